/* cmq-date-bounds.c: bounds of a release's date from the dates its own text gives to what
 * happened before it and to what it announces: "since Denmark joined EDA in March 2023" (the
 * release is not older than March 2023), "the European Defence Innovation Days (31 May - 1 June
 * 2023, Brussels) which will focus on…" (it is not later than those days). They narrow the year
 * of a date stated without one as the office-holders and events named do (heldout16 eda-01).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-date"

#include <string.h>

#include "cmq-date-private.h"
#include "cmq-importer-private.h"

/* A release may come out during the days it announces ("which will close tomorrow"): the bound
 * is this many days after their first. */
#define ANNOUNCED_SLACK_DAYS 7

/* "since" and the date of what has gone on since then, the year last, at most eight words
 * between them in one clause (group 1: the word before the year, perhaps a month; group 2: the
 * year), in the folded text (lower-case ASCII). */
#define SINCE_PATTERN                                                                              \
  "(?<![a-z])(?:since|depuis|sinds|seit)(?: [a-z'-]+){0,8}? (?:(?:in|en|im|op|le|the) )?"          \
  "(?:\\d{1,2}(?:st|nd|rd|th|er)?\\.? )?(?:([a-z]+) )?((?:19|20)\\d\\d)(?![\\d])"

/* A date in brackets that a verb in the future tense follows ("(31 May - 1 June 2023,
 * Brussels) which will focus", "(3 mai 2023) qui se tiendra"), or that an announcing word comes
 * a few words before ("the upcoming Innovation Days (31 May 2023)"): the date of what the
 * release announces (group 1 or 2: the text in the brackets). */
#define ANNOUNCED_PATTERN                                                                          \
  "\\(([^()]{6,60})\\) ?,? (?:which |that |qui |die |welche )?"                                    \
  "(?:will|shall|se tiendr|aura lieu|auront lieu|sera |seront |zal |zullen |wird |werden )"        \
  "|(?<![a-z])(?:upcoming|forthcoming|a venir)(?: [a-z'-]+){0,8} \\(([^()]{6,60})\\)"

/* The month @word names (lower case), or 0. */
static int
month_named (const char *word)
{
  g_autofree char *text = g_strdup_printf ("1 %s 2000", word);
  CmqDateGuess guess;

  return cmq_date_find_full (text, NULL, NULL, CMQ_DATE_FIND_ANY_LANGUAGE, NULL, &guess) &&
                 guess.source == CMQ_DATE_SOURCE_STATED && guess.year == 2000
             ? (int) guess.month
             : 0;
}

/* The first day of the month named by @word (NULL: none) in @year, or of @year when @word names
 * none. */
static void
month_start (const char *word, int year, GDate *out)
{
  int month = word != NULL ? month_named (word) : 0;

  g_date_clear (out, 1);
  g_date_set_dmy (out, 1, month != 0 ? (GDateMonth) month : G_DATE_JANUARY, year);
}

/* Whether the text in brackets opens with its date, a day or a month first ("31 may - 1 june
 * 2023, brussels", "may 31, 2023"): "(signed on 3 May 2021) will enter into force" dates what
 * was done before, not what is announced. */
static gboolean
opens_with_date (const char *inside)
{
  g_autofree char *word = g_strndup (inside, strcspn (inside, " ,."));

  return g_ascii_isdigit (*inside) || month_named (word) != 0;
}

/* The latest day the text says something has gone on since, into @lower (unchanged when none). */
static void
find_lower (const char *folded, GDate *lower)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&initialised, &regex, SINCE_PATTERN);
  for (int count = cmq_regex_exec (regex, folded); count > 2;
       count = cmq_regex_exec_next (regex, folded))
    {
      g_autofree char *word = NULL;
      int start, end, year_start;
      GDate since;

      cmq_regex_group (2, &year_start, NULL);
      cmq_regex_group (1, &start, &end);
      word = start >= 0 ? g_strndup (folded + start, end - start) : NULL;
      month_start (word, (int) g_ascii_strtoull (folded + year_start, NULL, 10), &since);
      if (!g_date_valid (lower) || g_date_compare (&since, lower) > 0)
        *lower = since;
    }
}

/* The earliest day of what the text announces, with its slack, into @upper. */
static void
find_upper (const char *folded, GDate *upper)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&initialised, &regex, ANNOUNCED_PATTERN);
  for (int count = cmq_regex_exec (regex, folded); count > 1;
       count = cmq_regex_exec_next (regex, folded))
    {
      g_autofree char *inside = NULL;
      int start, end;
      CmqDateGuess guess;
      GDate announced;

      cmq_regex_group (1, &start, &end);
      if (start < 0)
        cmq_regex_group (2, &start, &end);
      if (start < 0)
        continue;
      inside = g_strndup (folded + start, end - start);
      if (!opens_with_date (inside) ||
          !cmq_date_find_full (inside, NULL, NULL, CMQ_DATE_FIND_ANY_LANGUAGE, NULL, &guess) ||
          guess.source != CMQ_DATE_SOURCE_STATED || guess.day == 0)
        continue;
      g_date_clear (&announced, 1);
      g_date_set_dmy (&announced, guess.day, guess.month, guess.year);
      g_date_add_days (&announced, ANNOUNCED_SLACK_DAYS);
      if (!g_date_valid (upper) || g_date_compare (&announced, upper) < 0)
        *upper = announced;
    }
}

void
cmq_date_bounds_find (const char *folded, GDate *lower, GDate *upper)
{
  g_date_clear (lower, 1);
  g_date_clear (upper, 1);
  if (strstr (folded, "(") != NULL)
    find_upper (folded, upper);
  if (strstr (folded, "since") != NULL || strstr (folded, "depuis") != NULL ||
      strstr (folded, "sinds") != NULL || strstr (folded, "seit") != NULL)
    find_lower (folded, lower);
  /* bounds that cannot both hold say nothing */
  if (g_date_valid (lower) && g_date_valid (upper) && g_date_compare (lower, upper) > 0)
    {
      g_date_clear (lower, 1);
      g_date_clear (upper, 1);
    }
}
