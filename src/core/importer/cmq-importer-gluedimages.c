/* cmq-importer-gluedimages.c: an image's name saved on a paragraph's line with no space before
 * its first word: its alternative text, a word in lower case ("marianneLe premier Conseil
 * municipal …", heldout28 saumur-01), or its file's name ("IMG_0412.jpgThe Minister …"). The name
 * is cut off onto a line of its own above the paragraph, where it is chrome like any other
 * image's name, and the paragraph opens with its own first word.
 *
 * A word in lower case glued to a capitalised one is also how brands are written ("easyJet",
 * "bioMérieux"): an alternative text is cut off only when the capitalised word is a common
 * one, which the paragraph writes in lower case too ("le"), or the word in lower case is one an
 * image carries as its text (image-words.txt: "vignetteDimanche 19 avril 2020, …", heldout32
 * sdis78-01), and the glued pair is not written again in it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* A paragraph whose first word can hide an image's name has at least this many words. */
#define MIN_GLUED_IMAGE_PARAGRAPH_WORDS 8

#define IMAGE_WORDS_PATH "/io/github/communique/Communique/core/image-words.txt"

/* Whether the @len bytes at @text are a word an image carries as its text (image-words.txt). */
static gboolean
is_image_word (const char *text, gsize len)
{
  static gsize init = 0;
  static GHashTable *words = NULL;
  g_autofree char *word = g_strndup (text, len);
  g_autofree char *key = cmq_importer_key (word);

  if (g_once_init_enter (&init))
    {
      words = cmq_importer_data_set (IMAGE_WORDS_PATH, "image words");
      g_once_init_leave (&init, 1);
    }
  return g_hash_table_contains (words, key);
}

/* Whether @word (@len bytes) is in @text as a whole word other than at @skip. */
static gboolean
has_word_elsewhere (const char *text, const char *word, gsize len, const char *skip)
{
  for (const char *p = strstr (text, word); p != NULL; p = strstr (p + 1, word))
    {
      gunichar before = p > text ? g_utf8_get_char (g_utf8_prev_char (p)) : ' ';
      gunichar after = g_utf8_get_char (p + len);

      if (p != skip && !g_unichar_isalnum (before) && !g_unichar_isalnum (after))
        return TRUE;
    }
  return FALSE;
}

/* The length of the image's name that opens @text, or 0. */
static gsize
glued_image_length (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  int name_end, word_start, word_end, mark_start, mark_end;
  g_autofree char *word = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *pair = NULL;

  /* a file's name with an image's extension, maybe then the quote that opens the paragraph
   * ("mme1-2.jpg« Des informations …", heldout37 mali-01), or a word of three letters or more in
   * lower case; then a capitalised word and a space */
  cmq_regex_get (
      &initialised, &regex,
      "^(?:\\S+?\\.(?:jpe?g|png|gif|webp|svg|tiff?|bmp)([«“„‘\"'(\\[][\\s\\x{a0}\\x{202f}]*)?|"
      "(?-i)\\p{Ll}{3,}[\\p{Ll}\\d_-]*)((?-i)\\p{Lu}\\p{Ll}*)(?= )");
  /* a name in lower case, or a full stop in the first word: \S+? never runs over a space */
  if (!g_unichar_islower (g_utf8_get_char (text)) && text[strcspn (text, " .")] != '.')
    return 0;
  if (!cmq_regex_find (regex, text, 2, &word_start, &word_end))
    return 0;
  cmq_regex_group (1, &mark_start, &mark_end);
  name_end = mark_start >= 0 ? mark_start : word_start;
  if (cmq_importer_count_words (text) < MIN_GLUED_IMAGE_PARAGRAPH_WORDS)
    return 0;
  if (g_unichar_isupper (g_utf8_get_char (text)) || memchr (text, '.', name_end) != NULL)
    return (gsize) name_end;
  /* an alternative text: an image's word, or the capitalised word is a common one; the pair is
   * no brand */
  word = g_strndup (text + word_start, word_end - word_start);
  lower = g_utf8_strdown (word, -1);
  pair = g_strndup (text, word_end);
  if ((!is_image_word (text, name_end) &&
       !has_word_elsewhere (text, lower, strlen (lower), NULL)) ||
      has_word_elsewhere (text, pair, strlen (pair), text))
    return 0;
  return (gsize) name_end;
}

void
cmq_importer_split_glued_image (GArray *lines, Line *line)
{
  gsize len = glued_image_length (line->text);
  Line name = {
    NULL,
  };
  char *rest;

  if (len == 0)
    return;
  name.text = g_strndup (line->text, len);
  g_array_append_val (lines, name);
  rest = g_strdup (line->text + len);
  g_free (line->text);
  line->text = rest;
}
