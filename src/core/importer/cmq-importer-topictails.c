/* cmq-importer-topictails.c: a page title's tail that names a topic of the site ("St Helena
 * Police Education And Awareness Programme – Police Appeals", "… - Latest News", "… |
 * Actualités régionales"): a category the site files its pages under, a common noun phrase,
 * never the organisation that issued the text, though it is written with capitals. Its head
 * noun is a kind of content in the plural (topic-words.txt); a name with an acronym in it
 * ("BBC News") is a name.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

#define TOPIC_WORDS_PATH "/io/github/communique/Communique/core/topic-words.txt"

/* Whether @word is one of topic-words.txt, folded. */
static gboolean
is_topic_word (const char *word)
{
  static GHashTable *set = NULL;
  static gsize initialised = 0;
  g_autofree char *key = NULL;

  if (g_once_init_enter (&initialised))
    {
      set = cmq_importer_data_set (TOPIC_WORDS_PATH, "topic words");
      g_once_init_leave (&initialised, 1);
    }
  key = cmq_importer_key (word);
  return key != NULL && g_hash_table_contains (set, key);
}

/* Whether @word is an acronym: two capitals or more, no small letter ("BBC", "ECOWAS"). */
static gboolean
is_acronym (const char *word)
{
  guint capitals = 0;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      capitals += g_unichar_isupper (c);
    }
  return capitals >= 2;
}

gboolean
cmq_importer_is_topic_tail (const char *tail)
{
  g_auto (GStrv) words = g_strsplit (tail, " ", -1);
  guint n = g_strv_length (words);

  if (n == 0)
    return FALSE;
  for (guint w = 0; w < n; w++)
    if (is_acronym (words[w]))
      return FALSE;
  return is_topic_word (words[n - 1]) || is_topic_word (words[0]);
}
