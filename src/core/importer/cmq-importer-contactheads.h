/* cmq-importer-contactheads.h: the press contacts listed under their label above the story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

G_BEGIN_DECLS

/* The story's first line under the press contacts that open at line @first under their label,
 * the contacts made leading chrome; or @first (cmq-importer-contactheads.c). */
guint cmq_importer_skip_contacts_head (GArray *lines, const LineInfo *info, guint first);

G_END_DECLS
