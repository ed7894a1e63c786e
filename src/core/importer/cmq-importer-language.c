/* cmq-importer-language.c: the language of a release, from its most common short words.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

enum
{
  WORD_EN = 1 << 0,
  WORD_FR = 1 << 1,
};

/* The longest word of the tables below. */
#define MAX_LANGUAGE_WORD 5

/* Word -> GUINT_TO_POINTER (WORD_EN | WORD_FR), the common short words of either language. */
static GHashTable *
language_words_get (void)
{
  static const char *const english[] = {
    "the", "and",  "of",   "to",  "in",  "is",    "that", "with", "for", "on",   "was", "said",
    "has", "have", "will", "are", "its", "their", "this", "by",   "at",  "from", NULL,
  };
  static const char *const french[] = {
    "le",   "la",   "les", "des",   "du",   "de",  "et", "est", "une",
    "pour", "dans", "que", "qui",   "avec", "sur", "au", "aux", "il",
    "ont",  "sont", "ses", "cette", "l",    "d",   "s",  "qu",  NULL,
  };
  static GHashTable *words = NULL;
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; english[i] != NULL; i++)
        g_assert (strlen (english[i]) <= MAX_LANGUAGE_WORD);
      for (guint i = 0; french[i] != NULL; i++)
        g_assert (strlen (french[i]) <= MAX_LANGUAGE_WORD);
      for (guint i = 0; english[i] != NULL; i++)
        g_hash_table_insert (table, (gpointer) english[i], GUINT_TO_POINTER (WORD_EN));
      for (guint i = 0; french[i] != NULL; i++)
        {
          guint flags = GPOINTER_TO_UINT (g_hash_table_lookup (table, french[i]));

          g_hash_table_insert (table, (gpointer) french[i], GUINT_TO_POINTER (flags | WORD_FR));
        }
      words = table;
      g_once_init_leave (&initialised, 1);
    }
  return words;
}

/* From the keys of the paragraphs, which it cuts into words. */
const char *
cmq_importer_detect_language (GPtrArray *keys)
{
  GHashTable *words = language_words_get ();
  int score_en = 0;
  int score_fr = 0;

  for (guint i = 0; i < keys->len; i++)
    {
      char *word = g_ptr_array_index (keys, i);

      /* The key's words, one space between them, cut in place. */
      for (;;)
        {
          char *space = strchr (word, ' ');
          guint flags;

          if (space != NULL)
            *space = '\0';
          /* Most words are longer than every word of the table. */
          if ((space != NULL ? (gsize) (space - word) : strlen (word)) > MAX_LANGUAGE_WORD)
            flags = 0;
          else
            flags = GPOINTER_TO_UINT (g_hash_table_lookup (words, word));
          score_en += (flags & WORD_EN) != 0;
          score_fr += (flags & WORD_FR) != 0;
          if (space == NULL)
            break;
          word = space + 1;
        }
    }
  if (score_en == 0 && score_fr == 0)
    return NULL;
  return score_fr > score_en ? "fr" : "en";
}
