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

/* Whether @c is the ASCII letter @lower, in either case. */
#define IS_LETTER(c, lower) (((guchar) (c) | 0x20) == (lower))

/* Whether @p, right after a figure (and perhaps a space), may start the rest of a time of day:
 * ":15", "h", "h15", " h 15", "heures", "Uhr", "uur", "a.m.", "pm", "o'clock", whatever the case
 * of their letters. */
static gboolean
may_open_time (const char *p)
{
  if (*p == ':')
    return g_ascii_isdigit (p[1]) || (guchar) p[1] >= 0x80;
  if (IS_LETTER (*p, 'h'))
    return !g_ascii_isalnum (p[1]) || g_ascii_isdigit (p[1]) ||
           g_ascii_strncasecmp (p, "heure", 5) == 0;
  if (IS_LETTER (*p, 'u'))
    return IS_LETTER (p[1], 'h') || IS_LETTER (p[1], 'u');
  if (IS_LETTER (*p, 'a') || IS_LETTER (*p, 'p'))
    return p[1] == '.' || IS_LETTER (p[1], 'm');
  if (IS_LETTER (*p, 'o'))
    return p[1] == '\'' || g_str_has_prefix (p + 1, "’");
  return FALSE;
}

/* Whether a word of the hour ("midi", "minuit", "noon", "midnight", "Mitternacht") may start at
 * @p, whatever the case of its letters, or a character that caseless matching may take for an
 * ASCII letter (the long s, the Kelvin sign, the dotted and dotless i) stands there. */
static gboolean
may_open_hour_word (const char *p)
{
  guchar c = (guchar) *p;

  if (c >= 0x80)
    return (c == 0xC5 && (guchar) p[1] == 0xBF) ||
           (c == 0xE2 && (guchar) p[1] == 0x84 && (guchar) p[2] == 0xAA) ||
           (c == 0xC4 && ((guchar) p[1] == 0xB0 || (guchar) p[1] == 0xB1));
  if (IS_LETTER (c, 'm') && IS_LETTER (p[1], 'i'))
    return IS_LETTER (p[2], 'd') || g_ascii_strncasecmp (p, "minuit", 6) == 0 ||
           g_ascii_strncasecmp (p, "mitternacht", 11) == 0;
  return IS_LETTER (c, 'n') && IS_LETTER (p[1], 'o') && IS_LETTER (p[2], 'o') &&
         IS_LETTER (p[3], 'n');
}

/* Whether @sentence may hold a time of day the pattern reads: a figure (\d: an ASCII one, or
 * perhaps a character outside ASCII) that a time's rest follows (may_open_time ()), after one
 * space at most, or a word of the hour. FALSE only when the pattern cannot match: the scan of a
 * sentence without one, most of them, costs it a try of the words after every figure. */
static gboolean
may_hold_clock_time (const char *sentence)
{
  gboolean after_figure = FALSE;

  for (const char *p = sentence; *p != '\0'; p++)
    {
      /* most bytes: a space or a small letter that opens no word of the hour, after no figure */
      if (!after_figure && (*p == ' ' || (*p >= 'a' && *p <= 'z' && *p != 'm' && *p != 'n')))
        continue;
      if (after_figure && (may_open_time (p) || (*p == ' ' && may_open_time (p + 1))))
        return TRUE;
      if (may_open_hour_word (p))
        return TRUE;
      after_figure = g_ascii_isdigit (*p) || (guchar) *p >= 0x80;
    }
  return FALSE;
}

gboolean
cmq_importer_clock_time_follows_day (const char *sentence, guint day)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  if (sentence == NULL || day == 0 || !may_hold_clock_time (sentence))
    return FALSE;
  cmq_regex_get (&initialised, &regex, CLOCK_TIME_PATTERN);
  return cmq_date_group_holds_day (regex, sentence, G_MAXSIZE, day);
}
