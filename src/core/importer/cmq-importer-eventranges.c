/* cmq-importer-eventranges.c: a story's first date that opens a range of days of an event the
 * sentence reports as held ("was held at Georgetown on 16-17 February 2017", "s'est tenue du 16
 * au 17 février", "took place from 3 to 5 May"): the days the event lasted, not the one day of a
 * release, which came after them. When no dateline, date line or sign-off dated the release, such
 * a date is not taken for its day unless the sentence says it is today's ("was held today and
 * tomorrow, 16-17 February").
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <stdlib.h>
#include <string.h>

#include "cmq-importer-private.h"

/* The words between the first and the last day of a range ("16-17" is keyed "16 17"), as keys
 * without their spaces; "" is the dash, which the key turns into a space. */
static const char *const between_days[] = {
  "",    "to",  "until", "till", "through", "and", "au", "et", "jusqu au",
  "bis", "und", "tot",   "en",   "al",      "y",   "e",  NULL,
};

/* The verbs that report an event as held and over, as keys: "was held", "s'est tenue", "fand …
 * statt". A release that reports a meeting held over days is dated after them, on a day it does
 * not say; a visit or a meeting told otherwise ("visited Afghanistan on 22-23 November", as a
 * site's news item dated by its first day) is left alone. */
static const char *const held_events[] = {
  " was held ",
  " were held ",
  " took place ",
  " s est tenu ",
  " s est tenue ",
  " se sont tenus ",
  " se sont tenues ",
  " a eu lieu ",
  " ont eu lieu ",
  " s est deroule ",
  " s est deroulee ",
  " fand ",
  " vond ",
  " se celebro ",
  " si e svolto ",
  " si e svolta ",
  " si e tenuto ",
  " si e tenuta ",
  NULL,
};

/* What a sentence says of the release's own day, as keys. */
static const char *const release_days[] = {
  " today ", " this day ", " aujourd hui ", " ce jour ", " heute ", " vandaag ", NULL,
};

/* Whether @at (in a key, after a day and its space) is a range's last day: a number after it above
 * @day and at most 31, the range word if any between. */
static gboolean
ends_range_at (const char *at, guint day)
{
  for (guint i = 0; between_days[i] != NULL; i++)
    {
      gsize len = strlen (between_days[i]);
      const char *next = at;
      char *end = NULL;
      guint64 last;

      if (len > 0 && (strncmp (at, between_days[i], len) != 0 || at[len] != ' '))
        continue;
      next += len > 0 ? len + 1 : 0;
      if (!g_ascii_isdigit (*next))
        continue;
      last = g_ascii_strtoull (next, &end, 10);
      if ((*end == ' ' || *end == '\0') && last > day && last <= 31)
        return TRUE;
    }
  return FALSE;
}

gboolean
cmq_importer_opens_day_range (const char *key, guint day)
{
  g_autofree char *needle = NULL;

  gboolean held = FALSE;

  if (key == NULL || day == 0)
    return FALSE;
  for (guint i = 0; held_events[i] != NULL && !held; i++)
    held = strstr (key, held_events[i]) != NULL;
  if (!held)
    return FALSE;
  for (guint i = 0; release_days[i] != NULL; i++)
    if (strstr (key, release_days[i]) != NULL)
      return FALSE;
  needle = g_strdup_printf (" %u ", day);
  for (const char *at = strstr (key, needle); at != NULL; at = strstr (at + 1, needle))
    if (ends_range_at (at + strlen (needle), day))
      return TRUE;
  return FALSE;
}
