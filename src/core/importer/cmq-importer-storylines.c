/* cmq-importer-storylines.c: a line of the story that ends without a full stop ("Toutes les
 * forêts domaniales de l'Oise et de l'Aisne seront concernées", "Firstly to ensure that the
 * office would function in a proactive manner"), between two paragraphs of the story, is the
 * story's, not a caption: a caption names people, places and events, each word in capitals, in
 * few words; a line written in sentence case, in as many words as a sentence of the story, reads
 * as part of it, whatever its last character. So is one whose sentence the next line ends ("… sur
 * son décret de nomination" over "« , explique le communiqué.", heldout37 mali-01: a quote's
 * closing mark put at the start of the next line), however short that line.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-storylines.h"

/* A line of the story without its full stop has at least this many words. */
#define MIN_STORY_LINE_WORDS 16
/* The paragraphs around it have this many words at least: sentences, not a heading or a name. */
#define MIN_NEIGHBOUR_WORDS 6
/* At most one word in this many, after the first, opens with a capital in a sentence. */
#define MIN_WORDS_PER_CAPITAL 4

/* Counts the words of @text (runs of characters between spaces) and those after the first that
 * open with a capital; FALSE when a word is a bar or a bullet of a link list ("|", "•", "·"). */
static gboolean
count_words (const char *text, guint *words, guint *capitals)
{
  const char *p = text;

  *words = 0;
  *capitals = 0;
  while (*p != '\0')
    {
      gunichar c;
      const char *end;

      if (*p == ' ')
        {
          p++;
          continue;
        }
      c = g_utf8_get_char (p);
      if (c == '|' || c == 0x2022 || c == 0x00B7)
        return FALSE;
      *capitals += *words > 0 && g_unichar_isupper (c);
      (*words)++;
      end = strchr (p, ' ');
      p = end != NULL ? end : p + strlen (p);
    }
  return TRUE;
}

static gboolean
is_neighbour_sentence (const char *text)
{
  g_autofree char *key = text != NULL ? cmq_importer_key (text) : NULL;

  return key != NULL && cmq_importer_count_words (key) >= MIN_NEIGHBOUR_WORDS;
}

gboolean
cmq_importer_runs_on_from_above (const char *next)
{
  gunichar c;

  while ((c = g_utf8_get_char (next)) != 0 &&
         (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0x00AB || c == 0x00BB ||
          c == 0x201C || c == 0x201D || c == '"'))
    next = g_utf8_next_char (next);
  return g_unichar_islower (c) || c == ',' || c == ';';
}

gboolean
cmq_importer_is_story_line (const char *paragraph, const char *previous, const char *next)
{
  gunichar first;
  guint words, capitals;

  g_return_val_if_fail (paragraph != NULL, FALSE);

  first = g_utf8_get_char (paragraph);
  if (!g_unichar_isupper (first) || !count_words (paragraph, &words, &capitals))
    return FALSE;
  /* The line's own words first: they are cheaper than the neighbours' keys. */
  return words >= MIN_STORY_LINE_WORDS && capitals * MIN_WORDS_PER_CAPITAL <= words &&
         is_neighbour_sentence (previous) &&
         (is_neighbour_sentence (next) || (next != NULL && cmq_importer_runs_on_from_above (next)));
}
