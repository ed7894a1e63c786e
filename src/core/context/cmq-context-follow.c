/* cmq-context-follow.c: the store's entries follow their release to a new id.
 *
 * A release's id comes from its text, so a file the user edits (or every file, when the
 * importer's rules change) is imported again as a release with another id, and the highlights,
 * the note and the star kept under the old id would no longer show. After each update that
 * changed the index, the entries whose id the index no longer holds are matched to the release
 * they became:
 *
 *   1. by file: each entry keeps the file of its release (CmqStoreEntry.file); the release the
 *      index now holds for that file is the new version. Entries from before the file was kept
 *      get it at the first pass that finds their release;
 *   2. by text, when the file is not known or the index holds nothing for it (the file renamed as
 *      well, say): the releases that hold the first words of one of the entry's passages or of its
 *      title are tried, and the only one in which every passage is found exactly or by its paragraph's hash, or whose
 *      title is the entry's and which holds one of its passages, is taken.
 *
 * The passages are then re-anchored on the new release with the anchor's own chain (exact,
 * paragraph hash, fuzzy); what does not fit stays with the old id, listed as detached in the Your
 * Notes window, never dropped (cmq_store_follow_release()). The lookups run in a worker thread;
 * the store is changed in the caller's.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-context"

#include <string.h>

#include "cmq-context-follow.h"

/* How many first words of a passage the text search looks for, how many releases it tries for
 * each, and for how many passages. */
#define SEARCH_WORDS    8
#define SEARCH_LIMIT    10
#define SEARCH_PASSAGES 8

typedef struct
{
  char *id;
  char *file;
  char *title;
  GPtrArray *anchors; /* of CmqAnchor: its passages that are not removed */
} Candidate;

typedef struct
{
  char *id;
  CmqRelease *release; /* what the release @id became */
} Follow;

typedef struct
{
  CmqIndex *index;
  GPtrArray *candidates; /* of Candidate */
  GPtrArray *follows;    /* of Follow */
  GPtrArray *files;      /* id, file, id, file… of entries to give their file */
} FollowData;

static void
candidate_free (Candidate *candidate)
{
  g_free (candidate->id);
  g_free (candidate->file);
  g_free (candidate->title);
  g_ptr_array_unref (candidate->anchors);
  g_free (candidate);
}

static void
follow_free (Follow *follow)
{
  g_free (follow->id);
  g_clear_object (&follow->release);
  g_free (follow);
}

static void
follow_data_free (FollowData *data)
{
  g_clear_object (&data->index);
  g_ptr_array_unref (data->candidates);
  g_ptr_array_unref (data->follows);
  g_ptr_array_unref (data->files);
  g_free (data);
}

/* A phrase query of the first words of @text; NULL when it has no word. */
static CmqQuery *
phrase_query (const char *text)
{
  g_autoptr (GString) phrase = g_string_new ("\"");
  guint n_words = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; p != NULL && *p && n_words < SEARCH_WORDS; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          g_string_append_unichar (phrase, c);
          in_word = TRUE;
        }
      else if (in_word)
        {
          g_string_append_c (phrase, ' ');
          in_word = FALSE;
          n_words++;
        }
    }
  if (n_words == 0 && !in_word)
    return NULL;
  g_string_append_c (phrase, '"');
  return cmq_query_parse (phrase->str, CMQ_QUERY_FLAGS_NONE);
}

/* Adds to @ids the releases that hold the first words of @text. */
static void
add_hits (CmqIndex *index, const char *text, GHashTable *ids, GCancellable *cancellable)
{
  g_autoptr (CmqQuery) query = phrase_query (text);
  g_autoptr (GPtrArray) hits = NULL;

  if (query == NULL)
    return;
  hits = cmq_index_query (index, query, CMQ_INDEX_SORT_NEWEST, SEARCH_LIMIT, CMQ_INDEX_QUERY_NONE,
                          cancellable, NULL);
  for (guint i = 0; hits != NULL && i < hits->len; i++)
    g_hash_table_add (ids, g_strdup (((CmqIndexHit *) g_ptr_array_index (hits, i))->id));
}

/* How well @release holds the candidate's passages: -1 when it is not the one. */
static int
text_fit (Candidate *candidate, CmqRelease *release)
{
  const char *const *paragraphs = cmq_release_get_paragraphs (release);
  guint n_found = 0, n_sure = 0;

  for (guint i = 0; i < candidate->anchors->len; i++)
    {
      CmqAnchorPosition position =
          cmq_anchor_locate (g_ptr_array_index (candidate->anchors, i), paragraphs);

      n_found += position.match != CMQ_ANCHOR_DETACHED;
      n_sure += position.match == CMQ_ANCHOR_EXACT || position.match == CMQ_ANCHOR_PARAGRAPH;
    }
  if (n_sure == candidate->anchors->len ||
      (n_found > 0 && g_strcmp0 (candidate->title, cmq_release_get_title (release)) == 0))
    return (int) (n_sure * 2 + n_found);
  return -1;
}

/* The only release that fits the candidate's passages well, or NULL. The releases tried are
 * those that hold the words of one of its passages (any of them may have been edited) or of its
 * title. */
static CmqRelease *
find_by_text (CmqIndex *index, Candidate *candidate, GCancellable *cancellable)
{
  g_autoptr (GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (CmqRelease) best = NULL;
  int best_fit = -1;
  gboolean tie = FALSE;
  GHashTableIter iter;
  const char *id;

  for (guint i = 0; i < candidate->anchors->len && i < SEARCH_PASSAGES; i++)
    add_hits (index, ((CmqAnchor *) g_ptr_array_index (candidate->anchors, i))->quote, ids,
              cancellable);
  add_hits (index, candidate->title, ids, cancellable);
  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
    {
      g_autoptr (CmqRelease) release = cmq_index_load_release (index, id, NULL);
      int fit = release != NULL ? text_fit (candidate, release) : -1;

      if (fit < 0 || fit < best_fit)
        continue;
      tie = fit == best_fit;
      if (!tie)
        {
          g_set_object (&best, release);
          best_fit = fit;
        }
    }
  return tie ? NULL : g_steal_pointer (&best);
}

static void
follow_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  FollowData *data = task_data;
  g_autoptr (CmqQuery) all = cmq_query_parse ("", CMQ_QUERY_FLAGS_NONE);
  g_autoptr (GHashTable) file_of = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) id_of = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) hits = NULL;
  GError *error = NULL;

  hits = cmq_index_query (data->index, all, CMQ_INDEX_SORT_NEWEST, 0, CMQ_INDEX_QUERY_NONE,
                          cancellable, &error);
  if (hits == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  for (guint i = 0; i < hits->len; i++)
    {
      CmqIndexHit *hit = g_ptr_array_index (hits, i);

      g_hash_table_insert (file_of, hit->id, hit->file);
      if (hit->file != NULL)
        g_hash_table_insert (id_of, hit->file, hit->id);
    }

  for (guint i = 0; i < data->candidates->len; i++)
    {
      Candidate *candidate = g_ptr_array_index (data->candidates, i);
      const char *known_file = NULL;
      const char *new_id = NULL;
      CmqRelease *release = NULL;

      if (g_cancellable_is_cancelled (cancellable))
        break;
      if (g_hash_table_lookup_extended (file_of, candidate->id, NULL, (gpointer *) &known_file))
        {
          if (candidate->file == NULL && known_file != NULL)
            {
              g_ptr_array_add (data->files, g_strdup (candidate->id));
              g_ptr_array_add (data->files, g_strdup (known_file));
            }
          continue;
        }
      if (candidate->file != NULL)
        new_id = g_hash_table_lookup (id_of, candidate->file);
      if (new_id != NULL)
        release = cmq_index_load_release (data->index, new_id, NULL);
      else if (candidate->anchors->len > 0)
        release = find_by_text (data->index, candidate, cancellable);
      if (release != NULL)
        {
          Follow *follow = g_new0 (Follow, 1);

          follow->id = g_strdup (candidate->id);
          follow->release = release;
          g_ptr_array_add (data->follows, follow);
        }
    }
  g_task_return_boolean (task, TRUE);
}

static Candidate *
candidate_new (CmqStore *store, const CmqStoreEntry *entry)
{
  g_autoptr (GPtrArray) passages = cmq_store_dup_passages (store, entry->id);
  Candidate *candidate;

  if (!entry->favourite && entry->note[0] == '\0' && passages->len == 0)
    return NULL;
  candidate = g_new0 (Candidate, 1);
  candidate->id = g_strdup (entry->id);
  candidate->file = g_strdup (entry->file);
  candidate->title = g_strdup (entry->title);
  candidate->anchors = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_anchor_free);
  for (guint i = 0; i < passages->len; i++)
    g_ptr_array_add (
        candidate->anchors,
        cmq_anchor_copy (((CmqStorePassage *) g_ptr_array_index (passages, i))->anchor));
  return candidate;
}

void
cmq_context_follow_async (CmqIndex *index, CmqStore *store, GCancellable *cancellable,
                          GAsyncReadyCallback callback, gpointer user_data)
{
  g_autoptr (GTask) task = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  FollowData *data;

  g_return_if_fail (CMQ_IS_INDEX (index));
  g_return_if_fail (CMQ_IS_STORE (store));

  data = g_new0 (FollowData, 1);
  data->index = g_object_ref (index);
  data->candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) candidate_free);
  data->follows = g_ptr_array_new_with_free_func ((GDestroyNotify) follow_free);
  data->files = g_ptr_array_new_with_free_func (g_free);
  entries = cmq_store_dup_entries (store);
  for (guint i = 0; i < entries->len; i++)
    {
      Candidate *candidate = candidate_new (store, g_ptr_array_index (entries, i));

      if (candidate != NULL)
        g_ptr_array_add (data->candidates, candidate);
    }

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, cmq_context_follow_async);
  g_task_set_task_data (task, data, (GDestroyNotify) follow_data_free);
  if (data->candidates->len == 0)
    g_task_return_boolean (task, TRUE);
  else
    g_task_run_in_thread (task, follow_thread);
}

gboolean
cmq_context_follow_finish (CmqStore *store, GAsyncResult *result, CmqContextFollowStats *stats,
                           GError **error)
{
  FollowData *data;

  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);

  memset (stats, 0, sizeof *stats);
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  data = g_task_get_task_data (G_TASK (result));
  for (guint i = 0; i + 1 < data->files->len; i += 2)
    cmq_store_set_file (store, g_ptr_array_index (data->files, i),
                        g_ptr_array_index (data->files, i + 1));
  for (guint i = 0; i < data->follows->len; i++)
    {
      Follow *follow = g_ptr_array_index (data->follows, i);
      guint n_detached = 0;

      stats->n_moved += cmq_store_follow_release (store, follow->id, follow->release, &n_detached);
      stats->n_detached += n_detached;
      stats->n_releases++;
    }
  return TRUE;
}
