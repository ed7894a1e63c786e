/* cmq-date-ended.h: a story's first date that is the day an event it tells ended.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether @day is written a few words after a verb of ended-events.txt in @key (a dated
 * sentence's cmq_importer_key ()): "Le 25e Festival du Film de Lama s'est achevé vendredi 3 août
 * 2018", "The conference ended on 3 May 2018". Not when a relative pronoun opens the verb's
 * clause ("qui s'est achevé le 3 avril"). The caller keeps the date of a sentence saying
 * "today" of its event (cmq-date-ended.c). */
gboolean cmq_date_ended_event_governs_day (const char *key, guint day);

G_END_DECLS
