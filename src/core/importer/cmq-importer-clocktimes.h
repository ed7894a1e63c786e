/* cmq-importer-clocktimes.h: a story's date followed by the hour of what happened that day.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether, in @sentence, the date whose day is @day is followed by a time of that day ("19 avril
 * 2020, peu après 20 heures", "3 May at 8.30 p.m."): the day of an event the story tells. */
gboolean cmq_importer_clock_time_follows_day (const char *sentence, guint day);

G_END_DECLS
