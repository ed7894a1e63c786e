/* cmq-importer-standingnotes.h: the organisation's standing note under the story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

G_BEGIN_DECLS

/* @cut, or the organisation's standing note that is the last line above @cut, under the story
 * (cmq-importer-standingnotes.c). */
guint cmq_importer_standing_note_start (GArray *lines, const LineInfo *info, guint first,
                                        guint cut);

G_END_DECLS
