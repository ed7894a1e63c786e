/* cmq-date-short.c: month names cut to three letters that are read only in a date's shape (a
 * day and a year around them), where the whole name would be read anywhere: Polish calendars and
 * blog bylines write "paź 4, 2022" and "4 lis 2021", and "lis" (a fox), "lip" or "sty" alone are
 * no month.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-date"

#include <string.h>

#include "cmq-date-private.h"

/* Polish (folded to ASCII, "paź" is "paz"), January first. */
static const char *const polish_short[] = {
  "sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paz", "lis", "gru",
};

int
cmq_date_short_month (const char *word, gboolean polish)
{
  if (!polish || strlen (word) != 3)
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (polish_short); i++)
    if (strcmp (word, polish_short[i]) == 0)
      return (int) i + 1;
  return 0;
}
