/* cmq-importer-teasers.h: a teaser of the release, cut and linked to the whole, above the whole.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

G_BEGIN_DECLS

/* The line where the story's first paragraph, line @first, comes again under a link to the whole
 * text a few lines below it, the teaser and the link made leading chrome, a dateline between the
 * link and the whole kept in @parts; or @first (cmq-importer-teasers.c). */
guint cmq_importer_skip_teaser (GArray *lines, const LineInfo *info, guint first,
                                CmqDumpParts *parts);

G_END_DECLS
