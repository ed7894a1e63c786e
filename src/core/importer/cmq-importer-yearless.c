/* cmq-importer-yearless.c: a wire's dateline that gives the day and the month without the year
 * ("MONTREAL, le 7 déc. /CNW Telbec/ - Le président …", heldout17 montreal-01), under a headline
 * that carries the full date of the meeting it reports ("Les faits saillants du comité exécutif
 * du 5 décembre 2007"): the release is dated by its dateline, the year read off the headline's
 * date a few days before it, not by the meeting's date.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-date.h"
#include "cmq-importer-private.h"

/* The dateline's date falls this many days after the headline's at most. */
#define MAX_DAYS_AFTER_HEADLINE 31

/* The date of the dateline that opens @story's first paragraph: "PLACE, [le] DAY MONTH[.] [/WIRE/]
 * - " or "PLACE (MONTH DAY) – ", with no year; its day and month in @out. The place may name its
 * state or country after a comma and the dash may be doubled, as American wires write it
 * ("ORLANDO, Fla., Jan. 2 /PRNewswire-FirstCall/ -- ", heldout30 airtran-01). */
static gboolean
read_yearless_dateline (const char *story, const char *language, CmqDateGuess *out)
{
  static gsize init = 0;
  static GRegex *regex = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *date = NULL;

  cmq_importer_regex_get (&init, &regex,
                          "^(?-i:\\p{Lu})[\\p{L} .'’-]{1,40}?"
                          "(?:, (?-i:\\p{Lu})[\\p{L} .'’-]{1,30}?)?"
                          "(?:, (?:le |on |am |el |il )?([^,()/\\n]{3,20}?)(?: /[^/\\n]{2,30}/)?|"
                          " \\(([^()\\n]{3,20})\\)) (?:[-–—]|--) ");
  if (!g_regex_match (regex, story, 0, &match))
    return FALSE;
  date = g_match_info_fetch (match, 1);
  if (date == NULL || *date == '\0')
    {
      g_free (date);
      date = g_match_info_fetch (match, 2);
    }
  if (date == NULL || strpbrk (date, "0123456789") == NULL)
    return FALSE;
  memset (out, 0, sizeof *out);
  return cmq_date_find_full (date, NULL, language, CMQ_DATE_FIND_ANY_LANGUAGE, NULL, out) &&
         out->year == 0 && out->month != 0 && out->day != 0;
}

void
cmq_importer_date_from_yearless_dateline (const char *story, const char *language,
                                          CmqDateGuess *guess)
{
  CmqDateGuess dateline;
  GDate headline;
  GDate date;

  if (guess->year == 0 || guess->month == 0 || guess->day == 0 ||
      !g_date_valid_dmy (guess->day, guess->month, guess->year) ||
      !read_yearless_dateline (story, language, &dateline))
    return;
  g_date_set_dmy (&headline, guess->day, guess->month, guess->year);
  for (GDateYear year = guess->year; year <= guess->year + 1; year++)
    {
      gint days;

      if (!g_date_valid_dmy (dateline.day, dateline.month, year))
        continue;
      g_date_set_dmy (&date, dateline.day, dateline.month, year);
      days = g_date_days_between (&headline, &date);
      if (days < 0 || days > MAX_DAYS_AFTER_HEADLINE)
        continue;
      guess->day = dateline.day;
      guess->month = dateline.month;
      guess->year = year;
      guess->source = CMQ_DATE_SOURCE_INFERRED_YEAR;
      g_strlcpy (guess->evidence, "dateline, its year from the headline's date",
                 sizeof guess->evidence);
      return;
    }
}
