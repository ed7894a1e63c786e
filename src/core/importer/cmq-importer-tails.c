/* cmq-importer-tails.c: what a page prints under the story that reads like its last paragraph: a
 * block of related items' titles, one a line with no stop (heldout16 bulgaria-02).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* A block of related titles has at least this many lines, */
#define MIN_TITLE_BLOCK_LINES 2
/* each a title of at least this many words and at most this many (a paragraph cut short is
 * longer), */
#define MIN_BLOCK_TITLE_WORDS 6
#define MAX_BLOCK_TITLE_WORDS 20

/* A related item's title: a capital first, no stop, colon, comma or semicolon last and no
 * sentence ending inside, the length of a short headline. */
static gboolean
is_block_title (GArray *lines, const LineInfo *info, guint i)
{
  const char *text = g_array_index (lines, Line, i).text;
  gsize len = strlen (text);

  return len > 0 && info[i].words >= MIN_BLOCK_TITLE_WORDS &&
         info[i].words <= MAX_BLOCK_TITLE_WORDS && g_unichar_isupper (g_utf8_get_char (text)) &&
         strchr (".;:,!?", text[len - 1]) == NULL && !cmq_importer_ends_sentence (text) &&
         strstr (text, ". ") == NULL;
}

/* Chrome under the block, to the end of the dump: blank, known, made of interface words, or a
 * short line that is no sentence (the site's name, a button). */
static gboolean
is_tail_chrome (GArray *lines, const LineInfo *info, guint i)
{
  return is_blank (lines, i) || info[i].known || info[i].interface || info[i].repeated ||
         (!info[i].sentence && info[i].words <= MAX_EDGE_WORDS);
}

guint
cmq_importer_title_block_start (GArray *lines, const LineInfo *info, guint first)
{
  guint i = lines->len;
  guint n_titles = 0;

  /* a title with another right above it is the block's, not chrome */
  while (i > first + 1 && is_tail_chrome (lines, info, i - 1) &&
         !(i > first + 2 && is_block_title (lines, info, i - 1) && !is_blank (lines, i - 2) &&
           is_block_title (lines, info, i - 2)))
    i--;
  /* the titles, one a line with no blank line between them */
  while (i > first + 1 && !is_blank (lines, i - 1) && is_block_title (lines, info, i - 1))
    {
      i--;
      n_titles++;
    }
  if (n_titles < MIN_TITLE_BLOCK_LINES || i <= first + 1 || !is_blank (lines, i - 1))
    return lines->len;
  /* over a story's paragraph that ends a sentence (a list that a colon announces is the story's) */
  for (guint k = i - 1; k-- > first;)
    if (!is_blank (lines, k))
      return !info[k].label && cmq_importer_ends_sentence (g_array_index (lines, Line, k).text)
                 ? i
                 : lines->len;
  return lines->len;
}
