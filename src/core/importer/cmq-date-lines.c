/* cmq-date-lines.c: a date broken over two lines of a dump, its year alone on the second ("For
 * immediate release: Tuesday 14 April," then "2009"): the year completes the date above it, and
 * the two lines are made one again before anything reads them, so that the date is read whole
 * and the year is never taken for a line of the story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-date-rules.h"
#include "cmq-date.h"
#include "cmq-importer-private.h"

/* A date line is short: a longer line is a sentence whose last words may name a day. */
#define MAX_DATE_LINE_CHARS 80

/* The year of @text when it is a year alone, four figures from 1900 on; 0 otherwise. */
static int
lone_year (const char *text)
{
  if (strlen (text) != 4 || strspn (text, "0123456789") != 4 || (text[0] != '1' && text[0] != '2'))
    return 0;
  return (int) g_ascii_strtoull (text, NULL, 10) >= 1900 ? (int) g_ascii_strtoull (text, NULL, 10)
                                                         : 0;
}

/* Whether @text ends with a day and a month, in either order ("Tuesday 14 April,", "April 14"),
 * perhaps with a comma after them. */
static gboolean
ends_with_day_and_month (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&initialised, &regex,
                 "(?<!\\p{L})(?:\\d{1,2}(?:st|nd|rd|th|er|e)?\\.?\\s+(?:of\\s+|de\\s+)?\\p{L}{3,}"
                 "\\.?|\\p{L}{3,}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?)\\s*,?$");
  return cmq_regex_match (regex, text);
}

/* @text and @year joined as one date line: with the comma that ends @text, or without it (a
 * day before its month takes no comma before the year), the one that states the date @alone
 * (found in @text without a year) with @year. NULL when neither does. */
static char *
join_year (const char *text, int year, const CmqDateGuess *alone)
{
  gsize len = strlen (text);

  while (len > 0 && text[len - 1] == ' ')
    len--;
  for (guint comma = 0; comma < 2; comma++)
    {
      gsize keep = comma == 1 && len > 0 && text[len - 1] == ',' ? len - 1 : len;
      g_autofree char *joined = g_strdup_printf ("%.*s %d", (int) keep, text, year);
      CmqDateGuess whole;

      if (cmq_date_find_full (joined, NULL, NULL, CMQ_DATE_FIND_ANY_LANGUAGE, NULL, &whole) &&
          whole.source == CMQ_DATE_SOURCE_STATED && whole.year == (GDateYear) year &&
          whole.month == alone->month && whole.day == alone->day)
        return g_steal_pointer (&joined);
    }
  return NULL;
}

void
cmq_date_join_lone_years (GArray *lines)
{
  for (guint i = 0; i + 1 < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);
      const char *next = g_array_index (lines, Line, i + 1).text;
      int year = lone_year (next);
      g_autofree char *joined = NULL;
      CmqDateGuess alone;

      if (year == 0 || *line->text == '\0' || strlen (line->text) > MAX_DATE_LINE_CHARS ||
          !ends_with_day_and_month (line->text) ||
          !cmq_date_find_full (line->text, NULL, NULL, CMQ_DATE_FIND_ANY_LANGUAGE, NULL, &alone) ||
          alone.source == CMQ_DATE_SOURCE_STATED || alone.day == 0 ||
          (joined = join_year (line->text, year, &alone)) == NULL)
        continue;
      g_free (line->text);
      line->text = g_steal_pointer (&joined);
      g_clear_pointer (&line->key, g_free);
      g_array_remove_index (lines, i + 1);
    }
}
