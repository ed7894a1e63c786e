/* cmq-importer-urlyears.c: the year of a year-less date from the page's address. A site that files
 * its pages by year and month ("https://news.example.org/2023/11/ministry-opens-office/") states
 * in the address the month it published the page in: a date whose day and month the text states
 * without a year ("Accra, Nov 22, GNA – ", heldout27 ghana-01) takes the address's year when the
 * address's month is the date's. Any other month, an address with no such path or a year after
 * the file's own leaves the year unknown: never guessed.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <stdlib.h>

#include "cmq-importer-private.h"

/* "/2023/11/" in an address's path, after its host. */
#define DATED_PATH                                                                                 \
  "^[a-z][a-z0-9+.-]*://[^/\\s]+(?:/[^/\\s?#]+)*?/((?:19|20)\\d\\d)/(0[1-9]|1[0-2])/"

void
cmq_importer_year_from_url (const char *url, const GDate *reference, CmqDateGuess *guess)
{
  static gsize init;
  static GRegex *regex;
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char *year = NULL;
  g_autofree char *month = NULL;

  if (url == NULL || guess->year != 0 || guess->month == 0 || guess->day == 0)
    return;
  cmq_importer_regex_get (&init, &regex, DATED_PATH);
  if (!g_regex_match (regex, url, 0, &match))
    return;
  year = g_match_info_fetch (match, 1);
  month = g_match_info_fetch (match, 2);
  if ((guint) atoi (month) != guess->month ||
      (reference != NULL && g_date_valid (reference) &&
       atoi (year) > g_date_get_year (reference)) ||
      !g_date_valid_dmy (guess->day, guess->month, atoi (year)))
    return;
  guess->year = atoi (year);
  guess->source = CMQ_DATE_SOURCE_INFERRED_YEAR;
  g_strlcpy (guess->evidence, "the page's address", sizeof guess->evidence);
  guess->note[0] = '\0';
}
