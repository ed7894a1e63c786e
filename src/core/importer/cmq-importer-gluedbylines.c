/* cmq-importer-gluedbylines.c: a byline glued to the head of the story's first paragraph, before
 * its place and full date: "Jane Doe Spokesperson, Office of the Spokesperson Washington, DC
 * August 9, 2013 On Sunday, August 11, the Department …" (heldout26 state-01, a repost whose
 * headline and label the repost rules already cut off the line), "Marie Martin Porte-parole,
 * Ministère de l'Intérieur Paris, le 9 août 2013 Le ministre …". No sentence writes a few words
 * in capitals with no stop, then a place, a comma and a full date, then a capital: the words
 * are the signer's name and office, not the story, which opens with its dateline. The byline is
 * cut off the line; a head that reads as a sentence (small letters, a stop) stays.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-fulldates.h"
#include "cmq-importer-gluedbylines.h"

/* A byline has this many words at least (a name) and at most (a name and an office). More is a
 * page's head (headline, label and byline, test-importer-found169.c): kept whole, since the cut
 * would take the headline with it. */
#define MIN_BYLINE_WORDS 2
#define MAX_BYLINE_WORDS 8
/* Of a byline's words, this share at least opens with a capital (a name, an office's words;
 * "of the", "de la" not). */
#define MIN_CAPITAL_PERCENT 60

/* Spaces before the date's year at most: the byline's words, the place and its region, "le" and
 * the date's own words ("9 de agosto de"), each perhaps after more than one space. */
#define MAX_SPACES_BEFORE_YEAR (2 * (MAX_BYLINE_WORDS + 8))

/* Whether @text has a comma and four figures in a row, the first such run after few enough
 * spaces, and no bracket, colon or sentence's stop, to be the year of a date after a byline and
 * a place: most first paragraphs have no full date there and are not given to the regex. */
static gboolean
may_hold_place_date (const char *text)
{
  guint figures = 0;
  guint spaces = 0;

  if (strchr (text, ',') == NULL)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          if (++figures == 4)
            return TRUE;
          continue;
        }
      figures = 0;
      /* none of these is in a byline, a place or a date ("On Tuesday (9 October 2012), …") */
      if (strchr ("()!?;:\"", *p) != NULL || (*p == ' ' && ++spaces > MAX_SPACES_BEFORE_YEAR))
        return FALSE;
    }
  return FALSE;
}

/* Whether @head reads as a byline: a capital first, a few words, most of them capitalised, and
 * no stop, colon or quotation mark of a sentence. */
static gboolean
is_byline (const char *head)
{
  g_auto (GStrv) words = g_strsplit (head, " ", -1);
  guint n_words = 0;
  guint capitals = 0;

  if (!g_unichar_isupper (g_utf8_get_char (head)) || strpbrk (head, ".!?;:\"()") != NULL ||
      strstr (head, "“") != NULL || strstr (head, "«") != NULL)
    return FALSE;
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      n_words++;
      capitals += g_unichar_isupper (g_utf8_get_char (words[i]));
    }
  return n_words >= MIN_BYLINE_WORDS && n_words <= MAX_BYLINE_WORDS &&
         capitals * 100 >= n_words * MIN_CAPITAL_PERCENT;
}

/* Where the place after a glued byline starts in @text, or 0. */
static gsize
place_after_byline (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *head = NULL;
  int place = 0, start = 0, end = 0;

  if (!may_hold_place_date (text))
    return 0;
  /* a place (its region perhaps after a comma: "Washington, DC"), a comma or not before the
   * date, and a capital over a small letter: the story's first word */
  cmq_regex_get (&initialised, &regex,
                 "^(?-i)[^.!?]{3,160}?\\s(\\p{Lu}[\\p{L}'’.‐-]+)(?:,\\s*\\p{Lu}[\\p{L}.]{1,15})?,?"
                 "\\s+(?:(?:le|den|am|el|il|the)\\s+)?(" CMQ_IMPORTER_FULL_DATE_PATTERN
                 ")\\s+(?=\\p{Lu}\\p{Ll})");
  if (!cmq_regex_find (regex, text, 1, &place, NULL) ||
      !cmq_regex_find (regex, text, 2, &start, &end))
    return 0;
  head = g_strchomp (g_strndup (text, place));
  if (!is_byline (head) || !cmq_importer_is_full_date (text + start, end - start))
    return 0;
  return (gsize) place;
}

void
cmq_importer_cut_glued_byline (GArray *lines, const LineInfo *info, guint first)
{
  Line *line;
  gsize place;
  char *rest;

  if (first >= lines->len || role_at (lines, first) != CMQ_LINE_STORY || !info[first].body)
    return;
  line = &g_array_index (lines, Line, first);
  if (!g_unichar_isupper (g_utf8_get_char (line->text)) ||
      (place = place_after_byline (line->text)) == 0 ||
      cmq_importer_count_words (line->text + place) < MIN_BODY_WORDS)
    return;
  rest = g_strdup (line->text + place);
  g_free (line->text);
  line->text = rest;
  g_free (line->key);
  line->key = cmq_importer_key (rest);
}
