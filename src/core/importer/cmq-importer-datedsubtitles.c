/* cmq-importer-datedsubtitles.c: a headline over its subtitle, right under the release's place
 * and date. The head is read from the story up: the subtitle, a line without a final stop, is
 * taken for the headline first; the line above it that speaks of the same thing, with the
 * place and date over it, is the headline. cmq_importer_is_headline_over_subtitle () takes such
 * a line only where it opens the file; a PDF's text puts the press office's address and the
 * place and date above it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-datedsubtitles.h"
#include "cmq-importer-private.h"

/* An acronym has this many capitals at least ("SIDA", "OPCW"). */
#define MIN_ACRONYM_BYTES 3

/* The next word of letters and figures at or after *@at, its length in *@len; NULL at the end. */
static const char *
next_word (const char **at, gsize *len)
{
  const char *p = *at, *start;

  while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  if (*p == '\0')
    return NULL;
  for (start = p; *p != '\0' && g_unichar_isalnum (g_utf8_get_char (p));)
    p = g_utf8_next_char (p);
  *len = p - start;
  *at = p;
  return start;
}

static gboolean
is_acronym (const char *word, gsize len)
{
  if (len < MIN_ACRONYM_BYTES)
    return FALSE;
  for (gsize k = 0; k < len; k++)
    if (!g_ascii_isupper (word[k]))
      return FALSE;
  return TRUE;
}

/* Whether @a and @b share a long word or an acronym written alike: a name, not a common word. */
static gboolean
names_same (const char *a, const char *b)
{
  const char *p, *q;
  gsize len, other;

  for (const char *at = a; (p = next_word (&at, &len)) != NULL;)
    {
      if (len < MIN_SHARED_WORD_BYTES && !is_acronym (p, len))
        continue;
      for (const char *bt = b; (q = next_word (&bt, &other)) != NULL;)
        if (other == len && memcmp (p, q, len) == 0)
          return TRUE;
    }
  return FALSE;
}

/* "Paris, le 7 janvier 2015": a place and a date with nothing after them, read on a scratch
 * copy of the parts so that nothing is set. */
static gboolean
is_place_and_date (const char *text)
{
  g_auto (CmqDumpParts) scratch = { 0 };

  return cmq_importer_meta_role (text, &scratch) == CMQ_LINE_DATELINE && scratch.headline == NULL &&
         scratch.kind == NULL;
}

gboolean
cmq_importer_is_dated_headline_over_subtitle (GArray *lines, const LineInfo *info, guint i,
                                              guint headline)
{
  const Line *line = &g_array_index (lines, Line, i);
  const Line *lower = &g_array_index (lines, Line, headline);
  char last = line->text[strlen (line->text) - 1];
  guint above = i;

  if (info[i].words < MIN_REPEATED_HEADLINE_WORDS || last == '!' || last == '?' ||
      strstr (lower->key, line->key) != NULL || strstr (line->key, lower->key) != NULL ||
      !names_same (line->text, lower->text))
    return FALSE;
  while (above-- > 0 && is_blank (lines, above))
    ;
  return above < i && is_place_and_date (g_array_index (lines, Line, above).text);
}
