/* cmq-date-rules.h: the date rules the importer calls that live in files of their own.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether @day, a date's day in @sentence (as written), is governed by a relative clause in a
 * past tense ("which he made on 3 May", "qu'il a prononcé le 3 mai", "die hij op 3 september
 * 2009 heeft afgelegd"): an earlier event's day (cmq-date-pastclauses.c). */
gboolean cmq_date_past_clause_governs_day (const char *sentence, guint day);

G_END_DECLS
