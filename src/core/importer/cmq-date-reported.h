/* cmq-date-reported.h: a story's date that is an earlier event's, told by a past participle.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether @day, a date's day in @sentence (as written), is governed by a past participle without
 * a verb of its own: after "as", "tel que" or "comme" ("as announced on 3 May", "tels que
 * présentés … le 16 janvier"), or agreed right after its noun ("les statuts présentés … le 16
 * janvier"), or after a legal act ("le décret n°08-039/PM-RM signé par le Premier ministre le 22
 * janvier 2008"): the day of an earlier event the release reports (cmq-date-reported.c). */
gboolean cmq_date_participle_governs_day (const char *sentence, guint day);

G_END_DECLS
