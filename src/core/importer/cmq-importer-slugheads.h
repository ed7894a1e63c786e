/* cmq-importer-slugheads.h: a page's address slug taken for its headline.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-importer-roles-private.h"

G_BEGIN_DECLS

/* The line @headline taken for the headline, when a slug (words joined by hyphens), and a line
 * above the story's first line @first that says its words, perhaps after a short label
 * ("Byline: …"): that line is the headline (its words in @parts), the slug the page's. Returns
 * the headline's line. */
guint cmq_importer_headline_for_slug (GArray *lines, guint headline, guint first,
                                      CmqDumpParts *parts);

G_END_DECLS
