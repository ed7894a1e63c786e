/* cmq-importer-excerpts.c: a page listing excerpts (a category archive, a blog's page, a news
 * list), each item's text cut and ended by a link to the whole ("… Era nota da qualche settimana
 * la Read more…", heldout21 legambiente-01). The release is the first item: its excerpt is the
 * story's last paragraph, less the link, and the next items are not the story. The link's words
 * are data (more-links.txt), in every language the importer knows.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

#define MORE_LINKS_PATH "/io/github/communique/Communique/core/more-links.txt"

/* An excerpt has at least this many words before its link: a shorter line ending in one is a
 * teaser's title, or a button. */
#define MIN_EXCERPT_WORDS 12

GPtrArray *
cmq_importer_more_links (void)
{
  static gsize init = 0;
  static GPtrArray *links = NULL;

  if (g_once_init_enter (&init))
    {
      links = cmq_importer_data_keys (MORE_LINKS_PATH, "links to a whole text");
      g_once_init_leave (&init, 1);
    }
  return links;
}

/* The number of words of the link that ends @key after at least MIN_EXCERPT_WORDS words of
 * text, or 0. */
static guint
more_link_words (const char *key, guint n_words)
{
  GPtrArray *links = cmq_importer_more_links ();
  gsize len = strlen (key);

  for (guint i = 0; i < links->len; i++)
    {
      const char *link = g_ptr_array_index (links, i);
      gsize n = strlen (link);
      guint link_words;

      if (len <= n || key[len - n - 1] != ' ' || strcmp (key + len - n, link) != 0)
        continue;
      link_words = cmq_importer_count_words (link);
      return n_words >= link_words + MIN_EXCERPT_WORDS ? link_words : 0;
    }
  return 0;
}

/* Whether @token holds a letter or a digit: a word of the link, not its arrow or ellipsis. */
static gboolean
has_alnum (const char *token, gsize len)
{
  for (const char *p = token; p < token + len; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* Drops the link's @n_words last words from @line's text, with the marks after them ("…",
 * "»", "→") and before them ("[", "|"), and gives the line its new key. */
static void
drop_link (Line *line, guint n_words)
{
  char *end = line->text + strlen (line->text);

  while (end > line->text)
    {
      char *space = end;
      gboolean word;

      while (space > line->text && space[-1] != ' ')
        space--;
      word = has_alnum (space, end - space);
      if (word && n_words == 0)
        break;
      n_words -= word;
      end = space;
      while (end > line->text && end[-1] == ' ')
        end--;
    }
  while (end > line->text && strchr ("[(|-", end[-1]) != NULL)
    end--;
  while (end > line->text && end[-1] == ' ')
    end--;
  *end = '\0';
  g_free (line->key);
  line->key = cmq_importer_key (line->text);
}

guint
cmq_importer_excerpt_end (GArray *lines, const LineInfo *info, guint first)
{
  guint excerpt = lines->len;
  guint n_link_words = 0;

  for (guint i = first; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      guint n;

      if (is_blank (lines, i) || role_at (lines, i) != CMQ_LINE_STORY || info[i].known)
        continue;
      n = more_link_words (line->key, info[i].words);
      /* the next item's excerpt: a list of them, whatever follows */
      if (excerpt < lines->len && n > 0)
        break;
      if (n > 0)
        {
          excerpt = i;
          n_link_words = n;
        }
      /* a paragraph under the excerpt that is no other one: the whole story goes on there */
      else if (excerpt < lines->len && info[i].body)
        return lines->len;
    }
  if (excerpt == lines->len)
    return lines->len;
  drop_link (&g_array_index (lines, Line, excerpt), n_link_words);
  return excerpt + 1;
}
