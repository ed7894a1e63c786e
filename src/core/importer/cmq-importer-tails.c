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

/* Whether @c is a list's bullet: "•", "·", "●", "◦", "▪", "‣", "►", "-", "*", "–". */
static gboolean
is_bullet (gunichar c)
{
  return c == 0x2022 || c == 0x00B7 || c == 0x25CF || c == 0x25E6 || c == 0x25AA || c == 0x2023 ||
         c == 0x25BA || c == '-' || c == '*' || c == 0x2013;
}

/* A bullet alone on its line, as a page's list gives it when its marker is printed apart from
 * the item below. */
static gboolean
is_lone_bullet (GArray *lines, guint i)
{
  const char *text = g_array_index (lines, Line, i).text;

  while (*text == ' ' || *text == '\t')
    text++;
  if (*text == '\0' || !is_bullet (g_utf8_get_char (text)))
    return FALSE;
  for (text = g_utf8_next_char (text); *text == ' ' || *text == '\t'; text++)
    ;
  return *text == '\0';
}

/* Whether the item of line @i stands under a lone bullet, blank lines between. */
static gboolean
under_lone_bullet (GArray *lines, guint i)
{
  while (i-- > 0)
    if (!is_blank (lines, i))
      return is_lone_bullet (lines, i);
  return FALSE;
}

/* A list item's line: a bullet and a space, then the item, ending with a semicolon or a comma as
 * the items of a sentence's list do; or a lone bullet, or the item under one (heldout17
 * ecowas-01: "-", then "S. E. M. Michel KAFANDO, Président par Intérim du Burkina Faso"), the
 * bullet marking it an item whatever its end. */
static gboolean
is_list_item_line (GArray *lines, const LineInfo *info, guint i)
{
  const char *text = g_array_index (lines, Line, i).text;
  gsize len;

  if (is_lone_bullet (lines, i))
    return TRUE;
  if (info[i].known || info[i].repeated || info[i].interface || info[i].on_site)
    return FALSE;
  if (under_lone_bullet (lines, i))
    return TRUE;
  while (*text == ' ' || *text == '\t')
    text++;
  len = strlen (text);
  if (!is_bullet (g_utf8_get_char (text)) ||
      !g_unichar_isspace (g_utf8_get_char (g_utf8_next_char (text))))
    return FALSE;
  return len > 0 && strchr (";,", text[len - 1]) != NULL;
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

/* Under the story's last line @last, when it announces a list with a colon, the line after the
 * list's last item (its lone bullets, known as chrome elsewhere, then neither open the page's
 * tail nor end the story); else @last + 1. One pass: linear. */
guint
cmq_importer_announced_list_end (GArray *lines, const LineInfo *info, guint last)
{
  const char *text = last < lines->len ? g_array_index (lines, Line, last).text : "";
  gsize len = strlen (text);
  guint end = last + 1;

  if (len == 0 || text[len - 1] != ':' || g_array_index (lines, Line, last).role != CMQ_LINE_STORY)
    return end;
  for (guint i = last + 1; i < lines->len; i++)
    {
      if (is_blank (lines, i))
        continue;
      if (!is_list_item_line (lines, info, i))
        break;
      end = i + 1;
    }
  return end;
}
