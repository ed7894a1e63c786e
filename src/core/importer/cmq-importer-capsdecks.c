/* cmq-importer-capsdecks.c: two headlines the nearest headline-shaped line hides. A headline in
 * capitals over a run of decks in the case of sentences, the wires' layout ("RESULTATS
 * SEMESTRIELS 2016 : CARREFOUR POURSUIT …" over "Forte hausse des ventes organiques : +2,9%"
 * and two more, heldout24 carrefour-01). A short line naming its kind and ending with a full stop
 * at the very top of the page, over the story ("Communiqué des associations de gendarmerie.",
 * heldout25 aamfg-01): the title, though a full stop ends it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* Decks between a headline in capitals and the line taken for the headline: this many at most. */
#define MAX_DECKS 4

/* A headline in capitals has this many words at least: fewer are a kicker or a banner. */
#define MIN_CAPS_WORDS 6

/* Whether @text has letters, none of them small, in MIN_CAPS_WORDS words or more. */
static gboolean
is_caps_line (const char *text, const LineInfo *info)
{
  gboolean letters = FALSE;

  if (info->words < MIN_CAPS_WORDS)
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      letters |= g_unichar_isupper (c);
    }
  return letters;
}

/* Whether @text has a small letter: a line in the case of sentences. */
static gboolean
has_small_letter (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_islower (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

guint
cmq_importer_caps_headline_over_decks (GArray *lines, const LineInfo *info, guint headline)
{
  guint k = headline, decks = 0;

  if (headline >= lines->len)
    return headline;
  while ((k = nonblank_above (lines, k)) < lines->len)
    {
      const char *text = g_array_index (lines, Line, k).text;

      if (is_caps_line (text, &info[k]))
        break;
      /* a deck: a fresh headline-shaped line in the case of sentences */
      if (++decks > MAX_DECKS || !has_small_letter (text) ||
          !cmq_importer_is_fresh_headline (lines, info, k))
        return headline;
    }
  /* one deck at least: a capitals line right above is cmq_importer_is_caps_headline_over ()'s */
  if (k == lines->len || decks == 0 || !cmq_importer_is_fresh_headline (lines, info, k))
    return headline;
  for (guint i = k + 1; i <= headline; i++)
    if (!is_blank (lines, i))
      set_role (lines, i, CMQ_LINE_STANDFIRST);
  set_role (lines, k, CMQ_LINE_HEADLINE);
  return k;
}

/* A title ending with a full stop is this many words at most. */
#define MAX_STOPPED_TITLE_WORDS 10

guint
cmq_importer_kind_titled_first_line (GArray *lines, const LineInfo *info, guint first)
{
  guint top = first < lines->len ? nonblank_above (lines, first) : lines->len;
  const char *text;
  const char *stop;
  g_autofree char *folded = NULL;

  /* the page's first line, right over the story's first paragraph */
  if (top == lines->len || nonblank_above (lines, top) < lines->len || !info[first].body)
    return lines->len;
  text = g_array_index (lines, Line, top).text;
  stop = strchr (text, '.');
  /* one sentence, short, its only full stop at its end */
  if (info[top].words < MIN_HEADLINE_WORDS || info[top].words > MAX_STOPPED_TITLE_WORDS ||
      info[top].label || stop == NULL || stop[1] != '\0' ||
      !g_unichar_isupper (g_utf8_get_char (text)))
    return lines->len;
  /* "Communiqué des associations …", "Statement by the Board.": it names the text's kind */
  folded = cmq_importer_fold (text);
  if (cmq_importer_kind_of_start (folded, FALSE) == NULL)
    return lines->len;
  set_role (lines, top, CMQ_LINE_HEADLINE);
  return top;
}
