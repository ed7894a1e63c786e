/* cmq-importer-capstails.h: a headline in capitals broken over two lines, its second line taken
 * for the story's first.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-importer-roles-private.h"

G_BEGIN_DECLS

/* A line in capitals right under the headline @headline in capitals that ends on a word no
 * headline ends with (an article, a preposition: "… PRECISE LES CONDITIONS DE" over "LA REPRISE
 * DES ACTIVITES DU SPORT CYCLISTE."), the story's first line @first or a short line between
 * them: the headline's second line, joined to it in @parts' headline. Returns the next story
 * paragraph when it was @first, or @first. */
guint cmq_importer_skip_caps_headline_tail (GArray *lines, const LineInfo *info, guint first,
                                            guint headline, CmqDumpParts *parts);

G_END_DECLS
