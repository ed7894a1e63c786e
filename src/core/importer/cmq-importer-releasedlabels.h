/* cmq-importer-releasedlabels.h: a release-date line labelled "Released on:".
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-importer-private.h"

G_BEGIN_DECLS

/* CMQ_LINE_RELEASE_DATE when @text is a date line whose label says the release was released,
 * distributed or sent that day ("Released on: August 07, 2012, 7:54 am", "Verbreitet am 3. Mai
 * 2021"), else CMQ_LINE_STORY (cmq-importer-releasedlabels.c). */
CmqLineRole cmq_importer_released_label_role (const char *text);

G_END_DECLS
