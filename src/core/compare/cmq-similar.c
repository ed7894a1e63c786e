/* cmq-similar.c: the releases most like one. The index answers which releases share the most of
 * its signature (cmq-index-similar.c: a bounded number of lookups, no text read); the first few
 * of them are then weighed again exactly, by the words and pairs of words the two whole texts
 * share (cmq_compare_similarity()), which is the figure shown. Twins are another matter
 * (cmq-twins.c): a release and its translation share no words.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-similar"

#include "cmq-similar.h"

#include "cmq-compare.h"

/* Candidates weighed again for each release asked for, and at least. */
#define RESCORED_PER_RESULT 3
#define MIN_RESCORED        12

void
cmq_similar_free (CmqSimilar *similar)
{
  if (similar == NULL)
    return;
  g_object_unref (similar->release);
  g_free (similar);
}

static gboolean
is_earlier_same_kind (CmqRelease *candidate, CmqRelease *release)
{
  const GDate *mine = cmq_release_get_gdate (release), *theirs = cmq_release_get_gdate (candidate);

  return g_strcmp0 (cmq_release_get_kind (candidate), cmq_release_get_kind (release)) == 0 &&
         g_date_valid (mine) && g_date_valid (theirs) && g_date_compare (theirs, mine) < 0;
}

static int
compare_similar (gconstpointer x, gconstpointer y)
{
  const CmqSimilar *a = *(CmqSimilar *const *) x, *b = *(CmqSimilar *const *) y;

  if (a->earlier_same_kind != b->earlier_same_kind)
    return a->earlier_same_kind ? -1 : 1;
  return a->similarity > b->similarity ? -1 : a->similarity < b->similarity;
}

GPtrArray *
cmq_similar_find (CmqIndex *index, CmqRelease *release, guint limit, GCancellable *cancellable,
                  GError **error)
{
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_similar_free);
  const char *const *paragraphs;

  g_return_val_if_fail (CMQ_IS_INDEX (index), NULL);
  g_return_val_if_fail (CMQ_IS_RELEASE (release), NULL);

  hits = cmq_index_similar (index, cmq_release_get_id (release),
                            MAX (MIN_RESCORED, RESCORED_PER_RESULT * limit), cancellable, error);
  if (hits == NULL)
    return NULL;
  paragraphs = cmq_release_get_paragraphs (release);
  for (guint i = 0; i < hits->len; i++)
    {
      const CmqIndexHit *hit = g_ptr_array_index (hits, i);
      g_autoptr (CmqRelease) candidate = NULL;
      CmqSimilar *similar;
      double similarity;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      /* Gone since: the index changed between the two reads. */
      if ((candidate = cmq_index_load_release (index, hit->id, NULL)) == NULL)
        continue;
      similarity = cmq_compare_similarity (paragraphs, cmq_release_get_paragraphs (candidate));
      if (similarity < CMQ_SIMILAR_MIN)
        continue;
      similar = g_new0 (CmqSimilar, 1);
      similar->earlier_same_kind =
          similarity >= CMQ_SIMILAR_FOR_EARLIER && is_earlier_same_kind (candidate, release);
      similar->release = g_steal_pointer (&candidate);
      similar->similarity = similarity;
      g_ptr_array_add (found, similar);
    }
  g_ptr_array_sort (found, compare_similar);
  if (limit > 0 && found->len > limit)
    g_ptr_array_set_size (found, limit);
  return g_steal_pointer (&found);
}
