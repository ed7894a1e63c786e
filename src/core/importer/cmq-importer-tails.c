/* cmq-importer-tails.c: what a page prints under the story that reads like its last paragraph: a
 * block of related items' titles, one a line with no stop (heldout16 bulgaria-02); and what only
 * looks like it: the items of a list that the story's last paragraph announces.
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

/* A list item's line: a bullet ("•", "·", "●", "◦", "▪", "‣", "►", "-", "*", "–") and a space,
 * then the item, ending with a semicolon or a comma as the items of a sentence's list do. */
static gboolean
is_list_item_line (GArray *lines, const LineInfo *info, guint i)
{
  const char *text = g_array_index (lines, Line, i).text;
  gsize len;
  gunichar c;

  while (*text == ' ' || *text == '\t')
    text++;
  c = g_utf8_get_char (text);
  len = strlen (text);
  if (!(c == 0x2022 || c == 0x00B7 || c == 0x25CF || c == 0x25E6 || c == 0x25AA || c == 0x2023 ||
        c == 0x25BA || c == '-' || c == '*' || c == 0x2013) ||
      !g_unichar_isspace (g_utf8_get_char (g_utf8_next_char (text))))
    return FALSE;
  return len > 0 && strchr (";,", text[len - 1]) != NULL && !info[i].known && !info[i].repeated &&
         !info[i].interface && !info[i].on_site;
}

/* "Also agreed was the change of nationalities for five athletes …:", then "• Ms … (biathlon),
 * from Russia to Korea;" (heldout7 ioc-02): the items of a list that the story's last paragraph
 * announces with a colon (at or under its last sentence), each under a bullet and ending like
 * an item of a sentence, are the story's, though short and no sentence. */
gboolean
cmq_importer_is_announced_item (GArray *lines, const LineInfo *info, guint last, guint i)
{
  guint k = i;
  const Line *announce;
  gsize len;

  if (is_blank (lines, i) || !is_list_item_line (lines, info, i))
    return FALSE;
  while (k > last && (is_blank (lines, k) || is_list_item_line (lines, info, k)))
    k--;
  announce = &g_array_index (lines, Line, k);
  len = strlen (announce->text);
  return len > 0 && announce->text[len - 1] == ':' && announce->role == CMQ_LINE_STORY;
}
