/* cmq-date-evidenceorder.c: a date in figures whose day and month cannot be told apart
 * ("11/06/2024"), read the one way the release's own evidence allows: the office-holders and
 * events it names (office-holders.txt, events.txt) and the bounds it gives ("since March 2023")
 * fit one reading of every such date and rule the other out (heldout unhcr-04: "the Pact for the
 * Future was adopted" a few weeks before, on 22 September 2024, makes it 6 November, not 11
 * June). When both readings fit, or neither, or the text names nothing, nothing is decided.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-date"

#include <stdlib.h>

#include "cmq-date-private.h"
#include "cmq-date-rules.h"

/* "11/06/2024", "05-04-2007": two numbers of at most two figures and a year, one separator. */
#define AMBIGUOUS_PATTERN "(?<![\\d/.-])(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})(?![\\d/-])"

/* Whether the day @day of month @month of @year is a date that @constraints allow. */
static gboolean
fits (const CmqDateConstraints *constraints, int day, int month, int year)
{
  GDate date;

  if (!g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return cmq_date_constraints_fit (constraints, &date);
}

/* The constraints of the release @text names (none when it names nothing). */
static CmqDateConstraints *
constraints_of (const char *text)
{
  g_autofree char *ascii = cmq_date_to_ascii (text);
  g_autofree char *folded = g_ascii_strdown (ascii, -1);
  Mention mention = { 0, 0, 0, G_DATE_BAD_WEEKDAY, 0 };

  return cmq_date_constraints_find (folded, &mention);
}

CmqDateFindFlags
cmq_date_numeric_order_by_evidence (const char *text, CmqDateFindFlags order, gboolean ambiguous)
{
  static gsize initialised = 0;
  static GRegex *regex = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  g_autoptr (CmqDateConstraints) constraints = NULL;
  gboolean day_first = TRUE, month_first = TRUE;

  if (order != CMQ_DATE_FIND_NONE || !ambiguous)
    return order;
  if (g_once_init_enter (&initialised))
    {
      regex = g_regex_new (AMBIGUOUS_PATTERN, G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&initialised, 1);
    }
  constraints = constraints_of (text);
  if (cmq_date_constraints_empty (constraints))
    return order;
  g_regex_match (regex, text, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *first_text = g_match_info_fetch (match, 1);
      g_autofree char *second_text = g_match_info_fetch (match, 3);
      g_autofree char *year_text = g_match_info_fetch (match, 4);
      int first = atoi (first_text), second = atoi (second_text), year = atoi (year_text);

      if (first > 12 || second > 12 || first == second)
        continue;
      day_first &= fits (constraints, first, second, year);
      month_first &= fits (constraints, second, first, year);
    }
  if (day_first == month_first)
    return order;
  return day_first ? CMQ_DATE_FIND_DAY_FIRST : CMQ_DATE_FIND_MONTH_FIRST;
}
