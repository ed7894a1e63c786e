/* cmq-importer-creditheads.h: a distributor's line and an author's name under the headline, a
 * headline opened by a quotation in single quotes or ending in a date in capitals.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-importer-roles-private.h"

G_BEGIN_DECLS

/* "News provided by <distributor> on <date>", "Publié par … le …": who provided the release
 * and when, a line of the page's head, never its headline. */
gboolean cmq_importer_is_distributor_credit (const char *text);
/* Line @i is an author's name alone (a given name and a surname or two, each with a capital)
 * under a longer headline-shaped line: the byline, the headline the line above. */
gboolean cmq_importer_is_byline_under_headline (GArray *lines, const LineInfo *info, guint i);
/* "‘A blow for wildlife’ - GWCT disappointed at …": @text opens with a quotation in curly single
 * quotes, a capital first inside them and the quotation closed further on: a headline may. */
gboolean cmq_importer_opens_with_single_quote (const char *text);
/* Whether @word and the month of @date, glued after it, are both written in capitals, two
 * letters at least ("… Opinions BEGINS JULY 1"): the date is in the headline's own type, part of
 * its phrase ("a date inside a headline"), not the page's date glued after it. */
gboolean cmq_importer_is_date_in_capitals (const char *word, const char *date);

G_END_DECLS
