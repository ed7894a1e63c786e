/* cmq-importer-deckheads.h: a headline over its deck, where the deck was taken.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-importer-roles-private.h"

G_BEGIN_DECLS

/* Whether @text holds a word opening in lower case that is no small word of a name ("bleibt",
 * "warnen"): a phrase, as an office's or a site's name is not. */
gboolean cmq_importer_has_common_word (const char *text);

/* Line @headline, taken for the headline right above a wire's dateline opening the story at
 * @first ("Frankfurt/M. (ots) – "), is a deck when a headline-shaped phrase of a few words
 * stands over it, a blank line between: that line is the headline (returned), @headline its
 * deck. Returns @headline otherwise. */
guint cmq_importer_headline_over_wire_deck (GArray *lines, const LineInfo *info, guint headline,
                                            guint first);
/* Above the story's first line @first, one or two decks, then the page's date line, a kind label
 * (or a label of one word: "Pressestatement") and a headline-shaped phrase: that line is the headline (returned, its role set, the decks
 * made standfirsts, the date line's date read into @parts); or lines->len. */
guint cmq_importer_headline_over_dated_decks (GArray *lines, const LineInfo *info, guint first,
                                              CmqDumpParts *parts);

G_END_DECLS
