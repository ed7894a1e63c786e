/* cmq-importer-clocktimes.c: a story's first date followed by the hour something happened at
 * ("Dimanche 19 avril 2020, peu après 20 heures, le centre reçoit un appel", "On 3 May 2020 at
 * about 8.30 p.m., a fire broke out", "Am 3. Mai 2020 gegen 20 Uhr"): the day of an event the
 * story tells, as "the evening of 3 May" is (cmq-importer-clauses.c), not the day of the release,
 * which may be that day or the next.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include "cmq-importer-clocktimes.h"
#include "cmq-importer-private.h"

#include <string.h>

/* The day in group 1; then up to three words (the month, "de abril de"), the year, up to three
 * words more ("peu après", "at about", "gegen"), and a time of day: "20:15", "20 h 15", "20h",
 * "20 heures", "20 Uhr", "20 uur", "8.30 p.m.", "8pm", "8 o'clock", noon or midnight. A time in
 * figures alone with a full stop ("2.50") is a number, not an hour. */
#define CLOCK_TIME_PATTERN                                                                         \
  "(?<![\\d.:/])(\\d{1,2})(?:er|\\.)?(?: \\p{L}+\\.?){0,3},?(?: \\d{4})?,? (?:\\p{L}+ ){0,3}"      \
  "(?:\\d{1,2}(?::\\d{2}| ?h ?\\d{2}| ?h|(?:[.:]\\d{2})? ?(?:heures?|Uhr|uur|[ap]\\.m\\.|[ap]m|"   \
  "o['’]clock))|midi|minuit|noon|midnight|Mitternacht)(?![\\p{L}\\d])"

/* Where a match of the pattern that starts before @length must have ended: the first ASCII byte
 * from there on that none of its parts matches (not a letter, digit, space or ".,:'"), which also
 * ends "(?![\\p{L}\\d])" as the end of the text does. The text after it, often the rest of the
 * story, need not be searched. */
static gsize
match_bound (const char *text, gsize length)
{
  gsize i = length;

  for (; text[i] != '\0'; i++)
    {
      guchar c = text[i];

      if (c < 0x80 && !g_ascii_isalnum (c) && strchr (" .,:'", c) == NULL)
        break;
    }
  return i;
}

gboolean
cmq_importer_clock_time_follows_day (const char *text, gsize length, guint day)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *cut = NULL;
  gsize bound;

  if (text == NULL || day == 0)
    return FALSE;
  cmq_regex_get (&initialised, &regex, CLOCK_TIME_PATTERN);
  bound = match_bound (text, length);
  if (text[bound] != '\0')
    text = cut = g_strndup (text, bound);
  return cmq_date_group_holds_day (regex, text, length, day);
}
