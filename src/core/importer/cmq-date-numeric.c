/* cmq-date-numeric.c: dates written in figures: ISO (2016-01-14), DD.MM.YYYY, and DD/MM/YYYY or
 * MM/DD/YYYY, told apart by a value above 12 or by the language (only English writes the month
 * first). An ambiguous date is never guessed: the caller is told why it stays unknown.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-date"

#include <stdlib.h>
#include <string.h>

#include "cmq-date-private.h"

static GRegex *
numeric_regex (void)
{
  static GRegex *regex = NULL;
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      /* Not part of a longer number, a version ("1.2.2016.3") or a reference ("12/05/2016/7"). */
      regex = g_regex_new ("(?<![\\d./-])(?:(\\d{4})-(\\d{2})-(\\d{2})|"
                           "(\\d{1,2})([./-])(\\d{1,2})\\5(\\d{4}))(?![\\d]|[./-]\\d)",
                           G_REGEX_OPTIMIZE, 0, NULL);
      g_assert (regex != NULL);
      g_once_init_leave (&initialised, 1);
    }
  return regex;
}

static int
group (GMatchInfo *match, int n)
{
  g_autofree char *text = g_match_info_fetch (match, n);

  return text != NULL && *text != '\0' ? atoi (text) : 0;
}

/* Reads the one numeric date at @match into @out; FALSE, with @note saying why, when the day
 * and month cannot be told apart. */
static gboolean
read_numeric (GMatchInfo *match, const char *language, Mention *out, GString *note)
{
  int first = group (match, 4), second = group (match, 6);
  g_autofree char *separator = g_match_info_fetch (match, 5);
  gboolean month_first;

  *out = (Mention){ group (match, 1), group (match, 2), group (match, 3), G_DATE_BAD_WEEKDAY, 0 };
  if (out->year != 0)
    return TRUE;
  out->year = group (match, 7);
  if (first > 12 || g_str_equal (separator, "."))
    month_first = FALSE;
  else if (second > 12)
    month_first = TRUE;
  else if (first == second)
    month_first = FALSE;
  else if (language != NULL && !g_str_equal (language, "en"))
    month_first = FALSE;
  else
    {
      g_autofree char *text = g_match_info_fetch (match, 0);

      g_string_printf (note, "%s: day and month cannot be told apart", text);
      return FALSE;
    }
  out->day = month_first ? second : first;
  out->month = month_first ? first : second;
  return TRUE;
}

gboolean
cmq_date_find_numeric (const char *text, const char *language, Mention *out, GString *note)
{
  g_autoptr (GMatchInfo) match = NULL;

  if (strpbrk (text, "./-") == NULL)
    return FALSE;
  g_regex_match (numeric_regex (), text, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      if (!read_numeric (match, language, out, note))
        return FALSE;
      if (out->year >= 1900 && g_date_valid_dmy (out->day, out->month, out->year))
        return TRUE;
    }
  return FALSE;
}
