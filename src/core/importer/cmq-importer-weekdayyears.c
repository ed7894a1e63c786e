/* cmq-importer-weekdayyears.c: when a year-less day of the story may be the release's date with
 * a year that only its weekday gives (the latest year, not after the file's date, whose calendar
 * fits). Only when the text states it as the release's day: in a dateline ("PARIS, mercredi 28
 * mars – …") or as today ("today, Wednesday 28 March"). Anywhere else the day is as often an
 * event's the story tells or calls to ("se rassembler … mercredi 28 mars à 19h", heldout25
 * ps92-01) as the release's, and the year no year the text gives: a wrong year is worse than none.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <stdlib.h>
#include <string.h>

#include "cmq-date.h"
#include "cmq-importer-private.h"

/* A dateline's place and date before its dash are this short ("SAINT-JEAN-DE-MAURIENNE (Savoie),
 * le mercredi 28 mars –"). */
#define MAX_DATELINE_BYTES 80

/* Days said from the release's own, as keys. */
static const char *const todays[] = {
  " today ", " this morning ", " tonight ", " aujourd hui ", " ce matin ", " ce soir ", NULL,
};

/* The dash after a dateline's date: a hyphen, an en dash or an em dash between spaces. */
static const char *const dashes[] = { " - ", " \u2013 ", " \u2014 ", NULL };

/* Whether @story opens with a dateline (its place and date, then a dash) holding @day. */
static gboolean
opens_with_dated_dateline (const char *story, guint day)
{
  gsize line = strcspn (story, "\n");
  const char *dash = NULL;

  for (guint i = 0; dashes[i] != NULL; i++)
    {
      const char *at =
          g_strstr_len (story, MIN (line, MAX_DATELINE_BYTES + strlen (dashes[i])), dashes[i]);

      if (at != NULL && (dash == NULL || at < dash))
        dash = at;
    }
  if (dash == NULL)
    return FALSE;
  for (const char *p = story; p < dash; p++)
    if (g_ascii_isdigit (*p) && (p == story || !g_ascii_isdigit (p[-1])) &&
        strtoul (p, NULL, 10) == day)
      return TRUE;
  return FALSE;
}

gboolean
cmq_importer_weekday_year_only (const char *story, const char *key, const CmqDateGuess *found)
{
  if (!found->weekday_only || found->source == CMQ_DATE_SOURCE_RELATIVE)
    return FALSE;
  if (key != NULL)
    for (guint i = 0; todays[i] != NULL; i++)
      if (strstr (key, todays[i]) != NULL)
        return FALSE;
  return story == NULL || !opens_with_dated_dateline (story, found->day);
}
