/* cmq-importer-wordorder.c: what decides a date in figures whose day and month cannot be told
 * apart ("5/9/2003"), when no other date in figures of the file, its site or its template does:
 * the order in which the same file writes its dates in words. A text that writes "Monday, May
 * 12" and "May 15" (heldout27 citymuseum-01) writes its figures month first, as American usage
 * does; one that writes "12 May" or "le 12 mai" writes them day first. A text that writes both,
 * or neither, decides nothing, and the date stays unread with its note.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include "cmq-importer-private.h"

/* A month's English name (capitalised, as a date writes it, so that the verb "may" is none) or
 * its abbreviation, then the day: "May 12", "Sept. 5th". */
#define MONTH_FIRST                                                                                \
  "(?-i)(?<!\\p{L})(?:January|February|March|April|May|June|July|August|September|October|"        \
  "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.? \\d{1,2}"               \
  "(?:st|nd|rd|th)?(?![\\d\\p{L}])"
/* A day, then a month's name in English, French, German or Dutch: "12 May", "le 1er mai",
 * "12. März", "12 mei". */
#define DAY_FIRST                                                                                  \
  "(?<![\\d/.\\-])\\d{1,2}(?:st|nd|rd|th|er)?\\.? (?:of )?(?:january|february|march|april|may|"    \
  "june|july|august|september|october|november|december|janvier|f[eé]vrier|mars|avril|mai|juin|"  \
  "juillet|ao[uû]t|septembre|octobre|novembre|d[eé]cembre|januar|februar|m[aä]rz|juni|juli|"    \
  "oktober|dezember|januari|februari|maart|mei|augustus)(?!\\p{L})"

CmqDateFindFlags
cmq_importer_words_numeric_order (const char *text)
{
  static gsize month_init, day_init;
  static GRegex *month_first, *day_first;
  gboolean months, days;

  cmq_importer_regex_get (&month_init, &month_first, MONTH_FIRST);
  cmq_importer_regex_get (&day_init, &day_first, DAY_FIRST);
  months = g_regex_match (month_first, text, 0, NULL);
  days = g_regex_match (day_first, text, 0, NULL);
  if (months && !days)
    return CMQ_DATE_FIND_MONTH_FIRST;
  if (days && !months)
    return CMQ_DATE_FIND_DAY_FIRST;
  return CMQ_DATE_FIND_NONE;
}
