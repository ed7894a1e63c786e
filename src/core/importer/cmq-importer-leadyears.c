/* cmq-importer-leadyears.c: a day and a month without a year read first ("4 avril - Journée
 * mondiale contre les mines :", a headline opened by its day, heldout39 handicap-01), over a
 * lead that opens with its dateline's full date of the same day ("Bruxelles, le 4 avril 2013. A
 * l'occasion …"): the year is the dateline's, stated, not left unknown. So is a lead's day
 * without its year ("Am 4. Juni stellten …", heldout39 hsfk-01) under a picture's caption that
 * dates the same day in full ("… bei der Bundespressekonferenz am 4. Juni 2019: …"): the event the
 * picture shows is the one the story tells, and the year is the caption's.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-date-rules.h"

/* A dateline opening the lead is this short: a place and a full date. */
#define MAX_LEAD_DATELINE_BYTES 80

static void
year_from_lead_dateline (const char *story, const char *language, CmqDateGuess *guess)
{
  g_autofree char *opening = NULL;
  CmqDateGuess lead;
  gsize len;

  if (guess->year != 0 || guess->month == 0 || guess->day == 0 ||
      strcmp (guess->evidence, "dateline") != 0)
    return;
  /* the lead's opening, up to its first sentence's end or its dateline's dash */
  len = strcspn (story, "\n");
  opening = g_strndup (story, MIN (len, MAX_LEAD_DATELINE_BYTES));
  for (char *p = opening; *p != '\0'; p++)
    if ((p[0] == '.' || p[0] == ':') && (p[1] == ' ' || p[1] == '\0') && p > opening &&
        g_ascii_isdigit (p[-1]))
      {
        p[1] = '\0';
        break;
      }
  memset (&lead, 0, sizeof lead);
  if (!cmq_date_find_full (opening, NULL, language, CMQ_DATE_FIND_ANY_LANGUAGE, NULL, &lead) ||
      lead.source != CMQ_DATE_SOURCE_STATED || lead.year == 0 || lead.day != guess->day ||
      lead.month != guess->month)
    return;
  guess->year = lead.year;
  guess->source = CMQ_DATE_SOURCE_STATED;
}

void
cmq_importer_date_evidence_set (CmqDateGuess *guess, const char *where, const char *story,
                                const char *language)
{
  if (guess->evidence[0] == '\0')
    g_strlcpy (guess->evidence, where, sizeof guess->evidence);
  year_from_lead_dateline (story, language, guess);
}

/* A caption that dates its picture holds its date in this many bytes. */
#define MAX_CAPTION_BYTES 400

void
cmq_importer_year_from_captions (GPtrArray *captions, const char *language, CmqDateGuess *guess)
{
  if (guess->year != 0 || guess->month == 0 || guess->day == 0 ||
      strcmp (guess->evidence, "story") != 0)
    return;
  for (guint i = 0; i < captions->len; i++)
    {
      const char *caption = g_ptr_array_index (captions, i);
      g_autofree char *opening = g_strndup (caption, MAX_CAPTION_BYTES);
      CmqDateGuess pictured;

      /* "am 4. Juni 2019: Tobias Debiel, …": the colon after the year opens the names of those
       * pictured, and is no time's */
      for (char *p = strchr (opening, ':'); p != NULL; p = strchr (p + 1, ':'))
        if (p - opening >= 4 && p[1] == ' ' && g_ascii_isdigit (p[-1]) && g_ascii_isdigit (p[-2]) &&
            g_ascii_isdigit (p[-3]) && g_ascii_isdigit (p[-4]))
          *p = ',';
      memset (&pictured, 0, sizeof pictured);
      if (!cmq_date_find_full (opening, NULL, language, CMQ_DATE_FIND_ANY_LANGUAGE, NULL,
                               &pictured) ||
          pictured.source != CMQ_DATE_SOURCE_STATED || pictured.year == 0 ||
          pictured.day != guess->day || pictured.month != guess->month)
        continue;
      guess->year = pictured.year;
      guess->source = CMQ_DATE_SOURCE_STATED;
      g_strlcpy (guess->evidence, "story, its year from a caption", sizeof guess->evidence);
      return;
    }
}
