/* cmq-importer-updated.c: a page whose only date above the story is its update stamp ("Mise à
 * jour : 08/02/2013 11:23", "Last updated: 12 March 2024", "Aktualisiert am 3.5.2021") and whose
 * lead dates an earlier day ("Le 5 février 2013, le général … s'est rendu …", heldout13
 * defense-fr-01). The stamp is a decoy, never the release's date (issue 11); but a stamp a few
 * days after the lead's date says the page was written after that day: the lead's date is the
 * one of the event it tells, and the release's day, somewhere between the two, cannot be told.
 * A wrong date is worse than none, so the release then has none, and says why. A stamp long
 * after the lead's date is a later edit, and says nothing of the release's day.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include "cmq-date.h"
#include "cmq-importer-private.h"

/* Days after the lead's date within which an update stamp is the page's writing, not a later
 * edit: a news story follows its event by days, a correction by weeks or years. */
#define MAX_DAYS_EVENT_TO_STAMP 14

char *
cmq_importer_find_update_stamp (GArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      if (line->role == CMQ_LINE_DECOY_DATE)
        return g_strdup (line->text);
      /* only above the story: one under it, in the footer, is no sign of when it was written */
      if (line->role == CMQ_LINE_STORY && *line->text != '\0' && !line->chrome)
        return NULL;
    }
  return NULL;
}

gboolean
cmq_importer_dated_before_stamp (const char *stamp, const char *language, CmqDateFindFlags order,
                                 const GDate *reference, const CmqDateGuess *found)
{
  CmqDateGuess stamped = {
    0,
  };
  GDate day, event;
  gint days;

  if (stamp == NULL || found->year == 0 || found->month == 0 || found->day == 0 ||
      !cmq_date_find_full (stamp, NULL, language, order | CMQ_DATE_FIND_ANY_LANGUAGE, reference,
                           &stamped) ||
      stamped.year == 0 || stamped.day == 0 ||
      !g_date_valid_dmy (found->day, found->month, found->year) ||
      !g_date_valid_dmy (stamped.day, stamped.month, stamped.year))
    return FALSE;
  g_date_clear (&day, 1);
  g_date_clear (&event, 1);
  g_date_set_dmy (&day, stamped.day, stamped.month, stamped.year);
  g_date_set_dmy (&event, found->day, found->month, found->year);
  days = g_date_days_between (&event, &day);
  return days > 0 && days <= MAX_DAYS_EVENT_TO_STAMP;
}
