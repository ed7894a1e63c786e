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

/* The day in group 1; then up to three words (the month, "de abril de"), the year, up to three
 * words more ("peu après", "at about", "gegen"), and a time of day: "20:15", "20 h 15", "20h",
 * "20 heures", "20 Uhr", "20 uur", "8.30 p.m.", "8pm", "8 o'clock", noon or midnight. A time in
 * figures alone with a full stop ("2.50") is a number, not an hour. */
#define CLOCK_TIME_PATTERN                                                                         \
  "(?<![\\d.:/])(\\d{1,2})(?:er|\\.)?(?: \\p{L}+\\.?){0,3},?(?: \\d{4})?,? (?:\\p{L}+ ){0,3}"      \
  "(?:\\d{1,2}(?::\\d{2}| ?h ?\\d{2}| ?h|(?:[.:]\\d{2})? ?(?:heures?|Uhr|uur|[ap]\\.m\\.|[ap]m|"   \
  "o['’]clock))|midi|minuit|noon|midnight|Mitternacht)(?![\\p{L}\\d])"

gboolean
cmq_importer_clock_time_follows_day (const char *sentence, guint day)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  if (sentence == NULL || day == 0)
    return FALSE;
  cmq_regex_get (&initialised, &regex, CLOCK_TIME_PATTERN);
  return cmq_date_group_holds_day (regex, sentence, G_MAXSIZE, day);
}
