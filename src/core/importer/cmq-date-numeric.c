/* cmq-date-numeric.c: dates written in figures: ISO (2016-01-14), DD.MM.YYYY, and DD/MM/YYYY or
 * MM/DD/YYYY, told apart by a value above 12, by the way the same source writes its other dates,
 * or by the language (only English writes the month first). An ambiguous date is never guessed:
 * the caller is told why it stays unknown.
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
      /* Not part of a longer number, a version ("1.2.2016.3") or a reference ("12/05/2016/7").
       * The year first is always followed by the month, whatever the separator ("Created:
       * 2021.04.13", heldout18 lithuania-01). */
      regex = g_regex_new ("(?<![\\d./-])(?:(\\d{4})-(\\d{2})-(\\d{2})|"
                           "(\\d{1,2})([./-])(\\d{1,2})\\5(\\d{4})|"
                           "(\\d{4})([./])(\\d{2})\\9(\\d{2}))(?![\\d]|[./-]\\d)",
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
read_numeric (GMatchInfo *match, const char *language, CmqDateFindFlags order, Mention *out,
              GString *note)
{
  int first = group (match, 4), second = group (match, 6);
  g_autofree char *separator = g_match_info_fetch (match, 5);
  gboolean month_first;

  *out = (Mention){ group (match, 1), group (match, 2), group (match, 3), G_DATE_BAD_WEEKDAY, 0 };
  if (out->year != 0)
    return TRUE;
  *out = (Mention){ group (match, 8), group (match, 10), group (match, 11), G_DATE_BAD_WEEKDAY, 0 };
  if (out->year != 0)
    return TRUE;
  out->year = group (match, 7);
  if (first > 12 || g_str_equal (separator, "."))
    month_first = FALSE;
  else if (second > 12)
    month_first = TRUE;
  else if (first == second)
    month_first = FALSE;
  else if ((order & (CMQ_DATE_FIND_DAY_FIRST | CMQ_DATE_FIND_MONTH_FIRST)) != 0)
    month_first = (order & CMQ_DATE_FIND_MONTH_FIRST) != 0;
  else if (language != NULL && !g_str_equal (language, "en"))
    month_first = FALSE;
  else
    {
      g_autofree char *text = g_match_info_fetch (match, 0);

      g_string_printf (note,
                       "%s: day and month cannot be told apart, and no other date of the same "
                       "source writes a number above 12",
                       text);
      return FALSE;
    }
  out->day = month_first ? second : first;
  out->month = month_first ? first : second;
  return TRUE;
}

/* "em 06 de agosto" and, further on, "Brasília (DF), 06/08/2020 –" (heldout10 defesa-br-01): the
 * year of a date in figures that agrees with a year-less date's day and month, never after
 * @reference; 0 when none does. */
int
cmq_date_numeric_year_of (const char *text, const char *language, CmqDateFindFlags order,
                          const Mention *mention, const GDate *reference)
{
  g_autoptr (GMatchInfo) match = NULL;
  g_autoptr (GString) note = g_string_new (NULL);
  Mention found;

  if (strpbrk (text, "./-") == NULL)
    return 0;
  g_regex_match (numeric_regex (), text, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      GDate date;

      /* an ambiguous date in figures says nothing: the next one may */
      if (!read_numeric (match, language, order, &found, note) || found.day != mention->day ||
          found.month != mention->month || found.year < 1900 ||
          !g_date_valid_dmy (found.day, found.month, found.year))
        continue;
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, found.day, found.month, found.year);
      if (g_date_compare (&date, reference) <= 0)
        return found.year;
    }
  return 0;
}

/* "03. 07. 12": day, month and a two-digit year after full stops (only ever day first); "08/26/19",
 * "26/08/19": with slashes, when one of the first two is above 12 and tells the order (heldout14
 * romania-01, 'Date: ' over '08/26/19'); an ambiguous one ("05/06/19") is never read. */
static gboolean
find_short_year (const char *text, Mention *out)
{
  static GRegex *regex = NULL;
  static gsize initialised = 0;
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *dot = NULL;
  int first, second;

  if (g_once_init_enter (&initialised))
    {
      regex = g_regex_new ("(?<![\\d./])(\\d{1,2})(?:(\\.) ?|/)(\\d{1,2})(?(2)\\. ?|/)(\\d{2})"
                           "(?![\\d]|[./]\\d)",
                           G_REGEX_OPTIMIZE, 0, NULL);
      g_assert (regex != NULL);
      g_once_init_leave (&initialised, 1);
    }
  if (!g_regex_match (regex, text, 0, &match))
    return FALSE;
  first = group (match, 1);
  second = group (match, 3);
  dot = g_match_info_fetch (match, 2);
  if (dot == NULL || *dot == '\0')
    {
      if ((first > 12) == (second > 12))
        return FALSE;
      if (second > 12)
        second = first, first = group (match, 3);
    }
  *out = (Mention){ group (match, 4), second, first, G_DATE_BAD_WEEKDAY, 0 };
  return g_date_valid_dmy (out->day, out->month, 2000 + out->year);
}

/* "Date: 5 / 14 /2007" (heldout25 aafa-01): a date in figures with a space on either side of its
 * slashes, as a form or a page's template spaces them, written without them; NULL when @text has
 * no slash with a space beside it. */
static char *
squeeze_spaced_slashes (const char *text)
{
  static GRegex *regex = NULL;
  static gsize initialised = 0;

  if (strstr (text, " /") == NULL && strstr (text, "/ ") == NULL)
    return NULL;
  if (g_once_init_enter (&initialised))
    {
      GRegex *made =
          g_regex_new ("(?<![\\d./-])(\\d{1,2}) ?/ ?(\\d{1,2}) ?/ ?(\\d{4})(?![\\d]|[./-]\\d)",
                       G_REGEX_OPTIMIZE, 0, NULL);

      g_assert (made != NULL);
      regex = made;
      g_once_init_leave (&initialised, 1);
    }
  return g_regex_replace (regex, text, -1, 0, "\\1/\\2/\\3", 0, NULL);
}

gboolean
cmq_date_find_numeric (const char *text, const char *language, CmqDateFindFlags order, Mention *out,
                       GString *note)
{
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *squeezed = squeeze_spaced_slashes (text);

  if (squeezed != NULL)
    text = squeezed;
  if (strpbrk (text, "./-") == NULL)
    return FALSE;
  g_regex_match (numeric_regex (), text, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      if (!read_numeric (match, language, order, out, note))
        return FALSE;
      if (out->year >= 1900 && g_date_valid_dmy (out->day, out->month, out->year))
        return TRUE;
    }
  return (order & CMQ_DATE_FIND_SHORT_YEAR) != 0 && find_short_year (text, out);
}

/* Reads "D[D]<sep>D[D]<sep>" at @p, the same separator twice, then four figures not followed by
 * another; FALSE when @p does not start such a date. */
static gboolean
read_pair (const char *p, int *first, int *second)
{
  const char *q = p;
  char separator;

  *first = *second = 0;
  for (int n = 0; n < 2 && g_ascii_isdigit (*q); n++)
    *first = *first * 10 + (*q++ - '0');
  if (q == p || strchr ("./-", *q) == NULL || *q == '\0')
    return FALSE;
  separator = *q++;
  p = q;
  for (int n = 0; n < 2 && g_ascii_isdigit (*q); n++)
    *second = *second * 10 + (*q++ - '0');
  if (q == p || *q != separator)
    return FALSE;
  q++;
  for (int n = 0; n < 4; n++)
    if (!g_ascii_isdigit (*q++))
      return FALSE;
  return !g_ascii_isdigit (*q);
}

CmqDateFindFlags
cmq_date_numeric_order (const char *text, gboolean *ambiguous)
{
  gboolean day_first = FALSE, month_first = FALSE;

  g_return_val_if_fail (text != NULL, CMQ_DATE_FIND_NONE);
  if (ambiguous != NULL)
    *ambiguous = FALSE;
  /* One pass, by hand: this reads whole files, and a regex per figure would cost more. */
  for (const char *p = strpbrk (text, "0123456789"); p != NULL; p = strpbrk (p + 1, "0123456789"))
    {
      int first, second;

      if (p > text && (g_ascii_isdigit (p[-1]) || p[-1] == '.' || p[-1] == '/' || p[-1] == '-'))
        continue;
      if (!read_pair (p, &first, &second) || first < 1 || second < 1 ||
          (first > 12 && second > 12) || first > 31 || second > 31)
        continue;
      day_first = day_first || (first > 12 && second <= 12);
      month_first = month_first || (second > 12 && first <= 12);
      if (ambiguous != NULL && first <= 12 && second <= 12 && first != second)
        *ambiguous = TRUE;
    }
  if (day_first == month_first)
    return CMQ_DATE_FIND_NONE;
  return day_first ? CMQ_DATE_FIND_DAY_FIRST : CMQ_DATE_FIND_MONTH_FIRST;
}
