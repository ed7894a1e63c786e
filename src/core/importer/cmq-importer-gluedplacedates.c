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
 * Under an earlier line, a line is cut only when it opens with that line said again: a page's
 * excerpt that repeats its headline, then its subtitle, a place and a full date, perhaps the
 * kind, then the story ("I lupi non sono cani! E le ordinanze … faunistica Potenza, 9 dicembre
 * 2020 Comunicato Stampa Legambiente chiede …" under "I lupi non sono cani!", heldout21
 * legambiente-01). The copy, the subtitle, the dateline and the kind are lines of their own, the
 * story opens with its first word; the headline read again on its own line is read as a copy.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-fulldates.h"
#include "cmq-importer-private.h"

/* The head before the place has this many words at least, and at most: a headline and the
 * page's labels, not a paragraph. Fewer words are a label ("Staatskanzlei - Pressemitteilung Nr.:
 * 584/02 Magdeburg, den 18. September 2002 Der …", heldout11 sachsen-anhalt-01) that the lead's
 * own rules read with the story. */
#define MIN_HEAD_WORDS 6
#define MAX_HEAD_WORDS 45
/* The story after the date has this many words at least. */
#define MIN_STORY_WORDS 6
/* The earlier line said again at the head of the line has this many words at least. */
#define MIN_COPY_WORDS 3
/* A kind label after the date ("Comunicato Stampa") has this many words at most. */
#define MAX_KIND_WORDS 4

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

/* Where the place glued after @text's head starts, or 0 when there is none; where the story
 * after the date starts in @story. */
static gsize
glued_place_date (const char *text, gsize *story)
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
                 "(?:(?:le|den|am|el|il|the)\\s+)?(" CMQ_IMPORTER_FULL_DATE_PATTERN
                 ")\\s+((?=\\p{Lu}\\p{Ll}))");
  if (!cmq_regex_find (regex, text, 1, &place, NULL) ||
      !cmq_regex_find (regex, text, 2, &start, &end) ||
      !cmq_regex_find (regex, text, 3, &rest, NULL))
    return 0;
  head = g_strchomp (g_strndup (text, place));
  if (!is_head (head) || cmq_importer_count_words (text + rest) < MIN_STORY_WORDS ||
      !cmq_importer_is_full_date (text + start, end - start))
    return 0;
  *story = (gsize) rest;
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

/* The length of the earlier line of @lines, of a few words, that @text opens with before a
 * space: the page's headline said again at the head of the glued line; or 0. */
static gsize
earlier_line_copy (GArray *lines, const char *text)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const char *head = g_array_index (lines, Line, i).text;
      gsize len = strlen (head);

      if (len > 0 && strncmp (text, head, len) == 0 && text[len] == ' ' &&
          cmq_importer_count_words (head) >= MIN_COPY_WORDS)
        return len;
    }
  return 0;
}

/* The length of the kind label that opens @text ("Comunicato Stampa", "Press Release") before a
 * capitalised word, its longest run of words that kinds.txt names; or 0. */
static gsize
kind_length (const char *text)
{
  gsize length = 0;
  const char *end = text;

  for (guint k = 0; k < MAX_KIND_WORDS && *end != '\0'; k++)
    {
      g_autofree char *words = NULL;
      g_autofree char *folded = NULL;

      end += strcspn (end, " ");
      words = g_strndup (text, (gsize) (end - text));
      folded = cmq_importer_fold (words);
      if (cmq_importer_kind_of_start (folded, TRUE) != NULL && *end == ' ' &&
          g_unichar_isupper (g_utf8_get_char (end + 1)))
        length = (gsize) (end - text);
      end += strspn (end, " ");
    }
  return length;
}

/* Cuts @line, which opens with the @copy bytes of an earlier line, at @place: the copy, the
 * subtitle after it, the dateline and the kind label after the date are lines of their own. */
static void
split_under_copy (GArray *lines, Line *line, gsize copy, gsize place, gsize story)
{
  const char *text = line->text;
  gsize kind = kind_length (text + story);
  gsize start = kind > 0 ? story + kind : place;
  char *rest;

  cmq_importer_append_paragraph (lines, text, copy);
  if (place > copy + 1)
    cmq_importer_append_paragraph (lines, text + copy + 1, place - copy - 1);
  if (kind > 0)
    {
      cmq_importer_append_paragraph (lines, text + place, story - place);
      cmq_importer_append_paragraph (lines, text + story, kind);
    }
  rest = g_strdup (text + start + strspn (text + start, " "));
  g_free (line->text);
  line->text = rest;
}

void
cmq_importer_split_glued_place_date (GArray *lines, Line *line)
{
  gsize place, copy = 0, story = 0;
  char *rest;

  /* under an earlier line, only a line that opens with it said again (a cheap look first) */
  if (has_text (lines) && (copy = earlier_line_copy (lines, line->text)) == 0)
    return;
  if ((place = glued_place_date (line->text, &story)) == 0 || (copy > 0 && place <= copy))
    return;
  if (copy > 0)
    {
      split_under_copy (lines, line, copy, place, story);
      return;
    }
  cmq_importer_append_paragraph (lines, line->text, place);
  rest = g_strdup (line->text + place);
  g_free (line->text);
  line->text = rest;
}
