/* cmq-importer-pairedheads.h: a headline set over two lines, where the lower was taken; a
 * picture's text taken for the headline.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-importer-roles-private.h"

G_BEGIN_DECLS

/* Line @headline, taken for the headline above the story's first line @first, is the second
 * line of a headline set over two lines with no blank line between, the pair a block of its own
 * (cmq-importer-pairedheads.c): both lines are the headline, joined into @parts, and the upper is
 * returned. Returns @headline otherwise. */
guint cmq_importer_paired_headline (GArray *lines, const LineInfo *info, guint headline,
                                    guint first, CmqDumpParts *parts);
/* Line @headline, taken for the headline, is a picture's text between the page's date line and
 * the story's first line @first (cmq-importer-pictureheads.c): its role is made a caption's and
 * lines->len returned (no headline; the title is made from the lead). Returns @headline
 * otherwise. */
guint cmq_importer_picture_text_headline (GArray *lines, const LineInfo *info, guint headline,
                                          guint first);

G_END_DECLS
