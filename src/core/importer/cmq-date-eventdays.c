/* cmq-date-eventdays.c: a release dated on the very days of an event it names ("Putin has
 * announced a partial mobilization in Russia … said in a release on September 21", heldout16
 * lsm-01) is of the event's year: the event is news on its days. An event is recalled on the
 * same day and month of a later year only for its anniversary, which the text then says; a
 * text that speaks of one leaves the event a lower bound of the year (cmq-date-holders.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-date"

#include <string.h>

#include "cmq-date-private.h"

/* Word stems, lower-case ASCII, by which a text recalls an event on the day it took place in
 * another year, in English and French. */
static const char *const anniversary_stems[] = {
  "anniversar", /* anniversary, anniversaries, anniversaire */
  "commemorat", /* commemorate, commemoration, commémoration */
  "remembrance", "souvenir", NULL,
};

static gboolean
speaks_of_anniversary (const char *folded)
{
  for (guint i = 0; anniversary_stems[i] != NULL; i++)
    if (strstr (folded, anniversary_stems[i]) != NULL)
      return TRUE;
  return FALSE;
}

gboolean
cmq_date_on_event_days (const char *folded, const Mention *mention, const GDate *first,
                        const GDate *last)
{
  int year = g_date_get_year (first);
  GDate day;

  /* An event over a new year, or a date stated with a shift ("tomorrow (1 June)"), is left as it
   * was: the day stated need not be the release's. */
  if (mention == NULL || mention->shift != 0 || g_date_get_year (last) != year ||
      !g_date_valid_dmy (mention->day, mention->month, year) || speaks_of_anniversary (folded))
    return FALSE;
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, mention->day, mention->month, year);
  return g_date_compare (&day, first) >= 0 && g_date_compare (&day, last) <= 0;
}
