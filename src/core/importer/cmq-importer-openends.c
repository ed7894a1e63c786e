/* cmq-importer-openends.c: a lead sentence broken across lines is no headline ("02/02/2004 -
 * President Bush’s 2005 budget provides $7.76 billion for the Environmental Protection Agency,
 * a" over "$133 million increase …", heldout24 epa-01): what follows a date-only dateline and
 * ends with a word that cannot end a sentence (open-words.txt: "a", "the", "of", "le", "de" …)
 * goes on on the next line; it opens the story, it does not name it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

#define OPEN_WORDS_PATH "/io/github/communique/Communique/core/open-words.txt"

/* A broken sentence has this many words at least: a short headline may end with a particle
 * ("Rates go up"). */
#define MIN_BROKEN_SENTENCE_WORDS 8

/* The keys of open-words.txt, as a set, loaded once. */
static GHashTable *
open_words_get (void)
{
  static gsize init = 0;
  static GHashTable *words = NULL;

  if (g_once_init_enter (&init))
    {
      g_autoptr (GPtrArray) keys = cmq_importer_data_keys (OPEN_WORDS_PATH, "open words");
      GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < keys->len; i++)
        g_hash_table_add (set, g_strdup (g_ptr_array_index (keys, i)));
      words = set;
      g_once_init_leave (&init, 1);
    }
  return words;
}

gboolean
cmq_importer_is_broken_sentence (const char *text)
{
  const char *space = strrchr (text, ' ');
  g_autofree char *key = NULL;
  g_autofree char *all = NULL;

  if (space == NULL)
    return FALSE;
  key = cmq_importer_key (space + 1);
  if (key == NULL || !g_hash_table_contains (open_words_get (), key))
    return FALSE;
  all = cmq_importer_key (text);
  return cmq_importer_count_words (all) >= MIN_BROKEN_SENTENCE_WORDS;
}
