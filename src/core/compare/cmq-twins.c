/* cmq-twins.c: one release published in two languages ("twins").
 *
 * An organisation that publishes in English and French puts out both versions the same day (or
 * the next), and translation keeps what cannot be translated: figures, dates, people's and
 * places' names. So two releases in different languages dated within a day of each other are
 * twins when most of their numbers and names are the same. Words are compared folded
 * (cmq_search_normalize()), so "Monténégro" is "Montenegro".
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-twins"

#include <string.h>

#include "cmq-search.h"
#include "cmq-twins.h"

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static void
add_anchor (GHashTable *anchors, const char *start, const char *end)
{
  g_autofree char *raw = g_strndup (start, end - start);
  char *folded = cmq_search_normalize (raw);

  g_strstrip (folded);
  if (folded[0] != '\0')
    g_hash_table_add (anchors, folded);
  else
    g_free (folded);
}

/* The numbers and names of @text, added to @anchors. */
static void
collect_anchors (GHashTable *anchors, const char *text)
{
  gboolean sentence_start = TRUE;

  for (const char *p = text; *p != '\0';)
    {
      gunichar c = g_utf8_get_char (p);
      const char *start = p;
      guint length = 0;
      gboolean digits = TRUE;

      if (!is_word_char (c))
        {
          if (c == '.' || c == '!' || c == '?' || c == ':')
            sentence_start = TRUE;
          p = g_utf8_next_char (p);
          continue;
        }
      while (*p != '\0' && is_word_char (g_utf8_get_char (p)))
        {
          digits = digits && g_unichar_isdigit (g_utf8_get_char (p));
          length++;
          p = g_utf8_next_char (p);
        }
      if (digits ? length >= 2 : (!sentence_start && length >= 3 && g_unichar_isupper (c)))
        add_anchor (anchors, start, p);
      sentence_start = FALSE;
    }
}

static GHashTable *
anchors_of (CmqRelease *release)
{
  GHashTable *anchors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  collect_anchors (anchors, cmq_release_get_title (release));
  for (guint i = 0; paragraphs[i] != NULL; i++)
    collect_anchors (anchors, paragraphs[i]);
  return anchors;
}

static gboolean
within_a_day (CmqRelease *a, CmqRelease *b)
{
  const GDate *da = cmq_release_get_gdate (a), *db = cmq_release_get_gdate (b);

  return g_date_valid (da) && g_date_valid (db) && ABS (g_date_days_between (da, db)) <= 1;
}

double
cmq_twins_score (CmqRelease *a, CmqRelease *b)
{
  const char *la, *lb;
  g_autoptr (GHashTable) anchors_a = NULL;
  g_autoptr (GHashTable) anchors_b = NULL;
  GHashTableIter iter;
  gpointer anchor;
  guint shared = 0, all;

  g_return_val_if_fail (CMQ_IS_RELEASE (a) && CMQ_IS_RELEASE (b), 0);

  la = cmq_release_get_language (a);
  lb = cmq_release_get_language (b);
  if (la == NULL || lb == NULL || g_str_equal (la, lb) || !within_a_day (a, b))
    return 0;
  anchors_a = anchors_of (a);
  anchors_b = anchors_of (b);
  g_hash_table_iter_init (&iter, anchors_a);
  while (g_hash_table_iter_next (&iter, &anchor, NULL))
    if (g_hash_table_contains (anchors_b, anchor))
      shared++;
  all = g_hash_table_size (anchors_a) + g_hash_table_size (anchors_b) - shared;
  return all > 0 ? (double) shared / all : 0;
}

/* "after:2021-05-30 before:2021-06-03": from the day before @date to the day after. */
static char *
around (const GDate *date)
{
  GDate from = *date, until = *date;
  char from_text[16], until_text[16];

  g_date_subtract_days (&from, 2);
  g_date_add_days (&until, 2);
  g_date_strftime (from_text, sizeof from_text, "%Y-%m-%d", &from);
  g_date_strftime (until_text, sizeof until_text, "%Y-%m-%d", &until);
  return g_strdup_printf ("after:%s before:%s", from_text, until_text);
}

CmqRelease *
cmq_twins_find (CmqIndex *index, CmqRelease *release, GCancellable *cancellable, GError **error)
{
  g_autofree char *text = NULL;
  g_autoptr (CmqQuery) query = NULL;
  g_autoptr (GPtrArray) hits = NULL;
  CmqRelease *best = NULL;
  double best_score = CMQ_TWINS_THRESHOLD;
  const char *language;

  g_return_val_if_fail (CMQ_IS_INDEX (index) && CMQ_IS_RELEASE (release), NULL);

  language = cmq_release_get_language (release);
  if (language == NULL || !g_date_valid (cmq_release_get_gdate (release)))
    return NULL;
  text = around (cmq_release_get_gdate (release));
  query = cmq_query_parse (text, CMQ_QUERY_FLAGS_NONE);
  hits = cmq_index_query (index, query, CMQ_INDEX_SORT_NEWEST, 0, CMQ_INDEX_QUERY_NONE, cancellable,
                          error);
  if (hits == NULL)
    return NULL;
  for (guint i = 0; i < hits->len; i++)
    {
      const CmqIndexHit *hit = g_ptr_array_index (hits, i);
      g_autoptr (CmqRelease) candidate = NULL;
      double score;

      if (hit->language == NULL || g_str_equal (hit->language, language) ||
          (candidate = cmq_index_load_release (index, hit->id, NULL)) == NULL)
        continue;
      score = cmq_twins_score (release, candidate);
      if (score >= best_score)
        {
          g_set_object (&best, candidate);
          best_score = score;
        }
    }
  return best;
}
