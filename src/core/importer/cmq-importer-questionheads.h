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

G_END_DECLS
