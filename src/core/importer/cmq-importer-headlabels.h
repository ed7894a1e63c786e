/* cmq-importer-headlabels.h: what stands in or around the headline's line that belongs to the
 * site's interface or to the organisation's blocks, not to the headline
 * (cmq-importer-headlabels.c, cmq-importer-saidnames.c), and a headline above a deck taken for it
 * (cmq-importer-deckechoes.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cmq-importer-roles-private.h"

G_BEGIN_DECLS

/* "Le Secours populaire intensifie sa solidarité … [Archivé]", "… (PDF)": @text, a headline's
 * line, with a label of the site's interface in brackets or parentheses after it. Returns the
 * headline without it, or NULL when @text ends with no such label. */
char *cmq_importer_drop_interface_label (const char *text);

/* Whether line @i is a name and not a headline: written twice alone on its line (two blocks
 * that both name the same organisation or section) and said again inside a longer line of the
 * file, a sentence or a signature ("Discover The Palm Beaches" twice in a block of media
 * contacts, then "… - Discover The Palm Beaches (DTPB), the official …"). */
gboolean cmq_importer_is_name_said_again (GArray *lines, const LineInfo *info, guint i);

/* Line @headline, taken for the headline, is a deck right over the story's first line @first
 * that holds the whole of the shorter line above it, and that line opens the page and is said
 * nowhere under the deck: returns that line, now the headline, and makes @headline its
 * standfirst; else returns @headline. */
guint cmq_importer_headline_over_deck (GArray *lines, const LineInfo *info, guint headline,
                                       guint first);
/* Whether line @headline stands right on the story's first line @first, and line @upper above
 * it opens the page under its chrome only: the shape of a headline over its deck. */
gboolean cmq_importer_is_deck_under_opening (GArray *lines, const LineInfo *info, guint upper,
                                             guint headline, guint first);

G_END_DECLS
