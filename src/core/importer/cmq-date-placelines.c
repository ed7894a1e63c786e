/* cmq-date-placelines.c: a place and a full date alone on their line above the story
 * ("Fort-de-France, le 1 juin 2016", "Wolfsburg, 27.01.2016"), among a document's head lines
 * (a PDF's name, its kind, its contacts; heldout30 martinique-01), dates the release when the
 * page gives no release-date line and no dateline with a full date: it is the letterhead's own
 * date. Two such
 * lines above the story (a list of related items) date nothing.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-date-rules.h"
#include "cmq-date.h"
#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* A place and a date alone: a few words ("Saint-Germain-en-Laye, le 9 décembre 2015"). */
#define MAX_PLACE_DATE_WORDS 8

gboolean
cmq_date_states_full_date (const char *text)
{
  CmqDateGuess guess;

  memset (&guess, 0, sizeof guess);
  return cmq_date_find_full (text, NULL, NULL, CMQ_DATE_FIND_ANY_LANGUAGE, NULL, &guess) &&
         guess.source == CMQ_DATE_SOURCE_STATED && guess.year != 0 && guess.month != 0 &&
         guess.day != 0;
}

/* Whether @text is a place, a comma and a full date (a day, a month and a year) with nothing
 * after them. */
static gboolean
is_place_full_date (const char *text)
{
  return cmq_importer_count_words (text) <= MAX_PLACE_DATE_WORDS &&
         !g_unichar_isdigit (g_utf8_get_char (text)) &&
         memchr (text, ',', strcspn (text, "0123456789")) != NULL &&
         cmq_importer_is_place_date (text) && cmq_date_states_full_date (text);
}

void
cmq_date_read_place_date_line (GArray *lines, const char *dateline, GPtrArray *date_lines)
{
  const char *found = NULL;

  /* a dateline that states no full date ("Name, 05-96-39-39-20", a contact's telephone number
   * taken for one) does not date the page */
  if (date_lines->len > 0 || (dateline != NULL && cmq_date_states_full_date (dateline)))
    return;
  found = cmq_date_lone_head_line (lines, is_place_full_date);
  if (found != NULL)
    g_ptr_array_add (date_lines, g_strdup (found));
}

const char *
cmq_date_lone_head_line (GArray *lines, gboolean (*is_date) (const char *text))
{
  const char *found = NULL;

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      if (*line->text == '\0' || line->role == CMQ_LINE_DECOY_DATE)
        continue;
      /* above the story only: a line of it is the story's */
      if (line->role == CMQ_LINE_STORY)
        break;
      if (!is_date (line->text))
        continue;
      /* two: which is the page's cannot be told */
      if (found != NULL)
        return NULL;
      found = line->text;
    }
  return found;
}
