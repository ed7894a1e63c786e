/* cmq-importer-pictureheads.c: a picture's text (its alt text, "Hands together in a group",
 * heldout38 cheltenham-01) alone on its line between the page's date line and the lead, taken
 * for the headline: a few words in sentence case, no name, no figure, no end of a sentence, and
 * none of its words said by the story. A headline says what the story says, in its words
 * ("Work of charity trustees celebrated" over "… paid tribute to the one million charity
 * trustees …"); a picture's text says what the picture shows.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-pairedheads.h"
#include "cmq-importer-private.h"

/* A picture's text is this many words at most. */
#define MAX_PICTURE_TEXT_WORDS 8
/* A word of this many letters at least says what a line is about ("hands", "group"), */
#define MIN_CONTENT_LETTERS 4
/* and its first letters stand for it and the words it is inflected into ("celebrat…"). */
#define STEM_LETTERS 5

/* Whether @text is shaped as a picture's text: from a capital, every other word opening in lower
 * case, no figure, ending on a letter. */
static gboolean
is_picture_text_shape (const char *text, const LineInfo *info)
{
  gunichar last = g_utf8_get_char (g_utf8_prev_char (text + strlen (text)));

  if (info->words < MIN_HEADLINE_WORDS || info->words > MAX_PICTURE_TEXT_WORDS || info->sentence ||
      info->label || strpbrk (text, "0123456789") != NULL ||
      !g_unichar_isupper (g_utf8_get_char (text)) || !g_unichar_isalpha (last))
    return FALSE;
  for (const char *p = strchr (text, ' '); p != NULL; p = strchr (p + 1, ' '))
    if (g_unichar_isupper (g_utf8_get_char (p + 1)))
      return FALSE;
  return TRUE;
}

/* The stem of @word (a key's word), or NULL when it is too short to say anything. */
static char *
stem (const char *word, gsize len)
{
  glong letters = g_utf8_strlen (word, len);

  if (letters < MIN_CONTENT_LETTERS)
    return NULL;
  return g_strndup (word, g_utf8_offset_to_pointer (word, MIN (letters, STEM_LETTERS)) - word);
}

/* Adds the stems of the words of @key to @stems. */
static void
add_stems (GHashTable *stems, const char *key)
{
  for (const char *p = key; p != NULL && *p != '\0';)
    {
      gsize len = strcspn (p, " ");
      char *s = stem (p, len);

      if (s != NULL)
        g_hash_table_add (stems, s);
      p += len;
      p += strspn (p, " ");
    }
}

/* Whether a word of @key (a line's key) is said by a line from @first down. */
static gboolean
shares_a_word (GArray *lines, const char *key, guint first)
{
  g_autoptr (GHashTable) said = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) own = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer s;

  add_stems (own, key);
  for (guint i = first; i < lines->len; i++)
    add_stems (said, g_array_index (lines, Line, i).key);
  g_hash_table_iter_init (&iter, own);
  while (g_hash_table_iter_next (&iter, &s, NULL))
    if (g_hash_table_contains (said, s))
      return TRUE;
  return FALSE;
}

guint
cmq_importer_picture_text_headline (GArray *lines, const LineInfo *info, guint headline,
                                    guint first)
{
  const Line *line;
  guint above;

  if (headline >= first || nonblank_below (lines, headline) != first)
    return headline;
  line = &g_array_index (lines, Line, headline);
  if (!is_picture_text_shape (line->text, &info[headline]) ||
      (above = nonblank_above (lines, headline)) == lines->len ||
      (role_at (lines, above) != CMQ_LINE_RELEASE_DATE &&
       role_at (lines, above) != CMQ_LINE_DATELINE) ||
      shares_a_word (lines, line->key, first))
    return headline;
  set_role (lines, headline, CMQ_LINE_CAPTION);
  return lines->len;
}
