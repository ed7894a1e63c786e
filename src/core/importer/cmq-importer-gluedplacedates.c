/* cmq-importer-gluedplacedates.c: a page saved as one line, its head and its story glued around
 * a place and a full date ("Update on Status of Embassies and Consulates Press Statement Jane Doe
 * Spokesperson Washington, DC August 9, 2013 On Sunday, August 11, …", the way heldout26 state-01
 * glues them; "I lupi non sono cani … gestione Potenza, 9 dicembre 2020 Il Comune …", as heldout21
 * legambiente-01 does). No sentence writes a place, a comma and a full date with its year, then a
 * word with a capital, with no stop or dash between: the date closes the page's head and the
 * capital opens the story, in any language. The head is cut off onto a line of its own; the
 * place and date stay with the story, as a dateline the rules on whole lines read.
 * Only the page's first line is cut: under an earlier head line (the page's title, a headline
 * already cut off), the piece cut off would stand nearest the story and be taken for the
 * headline, where it is a byline or the headline's copy with its subtitle (state-01 and
 * legambiente-01 themselves). In doubt (a head that reads as sentences, a short rest), the line
 * stays whole.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-date.h"
#include "cmq-importer-private.h"

/* The head before the place has this many words at least, and at most: a headline and the
 * page's labels, not a paragraph. Fewer words are a label ("Staatskanzlei - Pressemitteilung Nr.:
 * 584/02 Magdeburg, den 18. September 2002 Der …", heldout11 sachsen-anhalt-01) that the lead's
 * own rules read with the story. */
#define MIN_HEAD_WORDS 6
#define MAX_HEAD_WORDS 45
/* The story after the date has this many words at least. */
#define MIN_STORY_WORDS 6

/* A full date, its month a word of any language (checked by cmq_date_find_full ()): the day
 * first, or the month first. */
#define FULL_DATE                                                                                  \
  "(?:\\d{1,2}(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+)?\\p{L}{3,10}\\.?,?\\s+(?:de\\s+)?\\d{4}"       \
  "|\\p{L}{3,10}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})"

/* Whether @text has a comma and four figures in a row: most lines have no full date after a
 * place and are not given to the regex. */
static gboolean
may_hold_place_date (const char *text)
{
  guint figures = 0;

  if (strchr (text, ',') == NULL)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      figures = 0;
    else if (++figures == 4)
      return TRUE;
  return FALSE;
}

/* Whether @head (the text before the place) is a page's head: a capital first, a few words,
 * no full stop after a word of four letters or more (a sentence's end, where "Dr." or "St." is
 * not) and no stop or comma last. */
static gboolean
is_head (const char *head)
{
  guint words = cmq_importer_count_words (head);
  gsize len = strlen (head);
  const char *stop;

  if (len == 0 || !g_unichar_isupper (g_utf8_get_char (head)) || words < MIN_HEAD_WORDS ||
      words > MAX_HEAD_WORDS || strchr (".,;:", head[len - 1]) != NULL)
    return FALSE;
  for (stop = strstr (head, ". "); stop != NULL; stop = strstr (stop + 1, ". "))
    {
      const char *word = stop;

      while (word > head && word[-1] != ' ')
        word--;
      if (stop - word >= 4)
        return FALSE;
    }
  return TRUE;
}

/* Whether the @len bytes at @text are a full date, a day, a month and a year. */
static gboolean
is_full_date (const char *text, gsize len)
{
  g_autofree char *date = g_strndup (text, len);
  CmqDateGuess guess;

  return cmq_date_find_full (date, NULL, NULL, CMQ_DATE_FIND_ANY_LANGUAGE, NULL, &guess) &&
         guess.year != 0 && guess.month != 0 && guess.day != 0;
}

/* Where the place glued after @text's head starts, or 0 when there is none. */
static gsize
glued_place_date (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *head = NULL;
  int place = 0, start = 0, end = 0, rest = 0;

  if (!may_hold_place_date (text))
    return 0;
  /* a place (its region perhaps after a comma: "Washington, DC"), a comma or not before the
   * date, and a capital over a small letter: a word of a sentence, not a figure */
  cmq_regex_get (&initialised, &regex,
                 "\\s(\\p{Lu}[\\p{L}'’.‐-]+)(?:,\\s*\\p{Lu}[\\p{L}.]{1,15})?,?\\s+"
                 "(?:(?:le|den|am|el|il|the)\\s+)?(" FULL_DATE ")\\s+((?=\\p{Lu}\\p{Ll}))");
  if (!cmq_regex_find (regex, text, 1, &place, NULL) ||
      !cmq_regex_find (regex, text, 2, &start, &end) ||
      !cmq_regex_find (regex, text, 3, &rest, NULL))
    return 0;
  head = g_strchomp (g_strndup (text, place));
  if (!is_head (head) || cmq_importer_count_words (text + rest) < MIN_STORY_WORDS ||
      !is_full_date (text + start, end - start))
    return 0;
  return place;
}

/* Whether @lines holds a line that is not blank. */
static gboolean
has_text (GArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    if (*g_array_index (lines, Line, i).text != '\0')
      return TRUE;
  return FALSE;
}

void
cmq_importer_split_glued_place_date (GArray *lines, Line *line)
{
  gsize place;
  char *rest;

  if (has_text (lines) || (place = glued_place_date (line->text)) == 0)
    return;
  cmq_importer_append_paragraph (lines, line->text, place);
  rest = g_strdup (line->text + place);
  g_free (line->text);
  line->text = rest;
}
