/* cmq-importer-questionheads.h: a headline that asks a question (cmq-importer-questionheads.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cmq-importer-roles-private.h"

G_BEGIN_DECLS

/* The story's first line @first, a short question alone (its one question mark its only end),
 * with no story sentence above it, right over a byline or the page's date line ("• Par …",
 * "• Publié le 26 février 2018"), one at least a date: the headline (set in @parts), the date
 * line the release's, the byline standfirst, a line over a picture's bare credit ("© J. Smith")
 * under them a caption, and what stands above the headline leading chrome. Returns the story's
 * first line under them, or @first. */
guint cmq_importer_skip_question_headline (GArray *lines, const LineInfo *info, guint first,
                                           CmqDumpParts *parts);

/* "Where are the books?" over "New National Library Treasures Gallery exhibition answers some of
 * our frequently asked questions", right on the story (heldout36 nla-01): a question of a few
 * words alone, opening the page under its chrome only, over the line @headline taken for the
 * headline, longer and asking nothing, with nothing between it and the story's first line
 * @first. The question asks what the line under it answers: it is the headline, the line its
 * deck (a standfirst). Returns the headline's line. */
guint cmq_importer_question_over_deck (GArray *lines, const LineInfo *info, guint headline,
                                       guint first);

G_END_DECLS
