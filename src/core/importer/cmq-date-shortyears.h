/* cmq-date-shortyears.h: a date line with a year of two figures above the story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Adds to @date_lines, when it holds none and the page has no @dateline, the one line above the
 * story of @lines (of Line) that is a day, a month and a year of two figures alone ("02.05.19",
 * "26/08/19"): the page's date line, read as release-date lines are (cmq-date-shortyears.c). */
void cmq_date_read_short_year_line (GArray *lines, const char *dateline, GPtrArray *date_lines);

G_END_DECLS
