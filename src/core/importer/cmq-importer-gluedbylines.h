/* cmq-importer-gluedbylines.h: a byline glued before the story's place and date ("Jane Doe
 * Spokesperson, Office of the Spokesperson Washington, DC August 9, 2013 On Sunday, …"), cut off.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

G_BEGIN_DECLS

/* Cuts the byline glued at the head of line @first, the story's first, before a place and a
 * full date that open the story (cmq-importer-gluedbylines.c). */
void cmq_importer_cut_glued_byline (GArray *lines, const LineInfo *info, guint first);

G_END_DECLS
