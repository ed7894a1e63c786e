/* cmq-index-similar.c: which releases are alike, answered from a signature written with each
 * release rather than by reading texts when the question is asked.
 *
 * A release's sketch is a MinHash of its words (those of four letters or more) and of its pairs
 * of consecutive words, title and text folded as the search folds them: CMQ_INDEX_SKETCH_SLOTS
 * hash functions, and for each the smallest hash of any of its features. Two releases have the
 * same value in a slot as often as they share features (the Jaccard index of their sets), so the
 * number of slots they share estimates how much of their wording they share. The sketch is
 * computed on the import threads (cmq-index-update.c) and written next to the release
 * (cmq-index-writer.c): its blob in sketches, and one row per slot in sketch_slots, keyed by slot
 * and value, so that the releases sharing a slot with another are one index lookup each.
 *
 * Asking for the releases most like one is then CMQ_INDEX_SKETCH_SLOTS lookups of at most
 * SLOT_ROWS rows each, whatever the size of the library; a value shared by more releases than
 * that is one of boilerplate, and tells little. cmq-similar.c (core/compare) weighs the best of
 * these candidates again with their whole texts.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-index"

#include <string.h>

#include "cmq-index-private.h"
#include "cmq-search.h"

/* Releases read per slot at most. */
#define SLOT_ROWS 200
/* A release sharing fewer slots is no candidate: one slot in common is what two releases that
 * share nothing but their common words often have. */
#define MIN_SHARED_SLOTS 2
/* Words shorter than this count only in pairs: alone they say little of a subject. */
#define MIN_WORD_BYTES 4

static inline guint64
mix64 (guint64 h)
{
  h ^= h >> 33;
  h *= G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  h ^= h >> 33;
  h *= G_GUINT64_CONSTANT (0xc4ceb9fe1a85ec53);
  h ^= h >> 33;
  return h;
}

static guint64
hash_word (const char *word, gsize length)
{
  guint64 h = G_GUINT64_CONSTANT (0xcbf29ce484222325);

  for (gsize i = 0; i < length; i++)
    h = (h ^ (guchar) word[i]) * G_GUINT64_CONSTANT (0x100000001b3);
  return mix64 (h);
}

static inline void
add_feature (guint32 *sketch, guint64 feature)
{
  for (guint slot = 0; slot < CMQ_INDEX_SKETCH_SLOTS; slot++)
    {
      guint32 value =
          (guint32) (mix64 (feature + (slot + 1) * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15)) >> 32);

      if (value < sketch[slot])
        sketch[slot] = value;
    }
}

gboolean
cmq_index_sketch_compute (const char *title, const char *text, guint32 *sketch)
{
  g_autofree char *joined = g_strconcat (title != NULL ? title : "", " ", text, NULL);
  g_autofree char *normalized = cmq_search_normalize (joined);
  guint64 previous = 0;
  gboolean any = FALSE;
  const char *p = normalized;

  for (guint slot = 0; slot < CMQ_INDEX_SKETCH_SLOTS; slot++)
    sketch[slot] = G_MAXUINT32;
  while (*p != '\0')
    {
      const char *end;
      guint64 word;

      while (*p == ' ')
        p++;
      if (*p == '\0')
        break;
      end = strchr (p, ' ');
      if (end == NULL)
        end = p + strlen (p);
      word = hash_word (p, end - p);
      if (end - p >= MIN_WORD_BYTES)
        add_feature (sketch, word);
      if (previous != 0)
        add_feature (sketch, mix64 (previous * 31 + word));
      any = any || previous != 0 || end - p >= MIN_WORD_BYTES;
      previous = word;
      p = end;
    }
  return any;
}

sqlite3_int64
cmq_index_sketch_key (guint slot, guint32 value)
{
  return ((sqlite3_int64) slot << 32) | value;
}

/* The sketch of @docid into @sketch; FALSE when it has none. */
static int
read_sketch (sqlite3 *db, const char *id, sqlite3_int64 *docid, guint32 *sketch, gboolean *found)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db,
                               "SELECT d.docid, s.sketch FROM docs d JOIN sketches s"
                               " ON s.docid = d.docid WHERE d.id = ?",
                               -1, &stmt, NULL);

  *found = FALSE;
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
    }
  if (rc == SQLITE_ROW)
    {
      rc = SQLITE_OK;
      if (sqlite3_column_bytes (stmt, 1) == CMQ_INDEX_SKETCH_SLOTS * sizeof (guint32))
        {
          *docid = sqlite3_column_int64 (stmt, 0);
          memcpy (sketch, sqlite3_column_blob (stmt, 1), CMQ_INDEX_SKETCH_SLOTS * sizeof (guint32));
          *found = TRUE;
        }
    }
  else if (rc == SQLITE_DONE)
    rc = SQLITE_OK;
  sqlite3_finalize (stmt);
  return rc;
}

typedef struct
{
  sqlite3_int64 docid;
  guint shared;
} Candidate;

static int
compare_candidates (gconstpointer x, gconstpointer y)
{
  const Candidate *a = x, *b = y;

  if (a->shared != b->shared)
    return a->shared > b->shared ? -1 : 1;
  return a->docid > b->docid ? -1 : a->docid < b->docid; /* then the newer */
}

/* Counts, for each release sharing a slot with @sketch, how many it shares. */
static int
count_shared (sqlite3 *db, sqlite3_int64 self_docid, const guint32 *sketch, GArray *candidates,
              GCancellable *cancellable)
{
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "SELECT docid FROM sketch_slots WHERE key = ?1 LIMIT ?2", -1,
                               &stmt, NULL);

  for (guint slot = 0; rc == SQLITE_OK && slot < CMQ_INDEX_SKETCH_SLOTS; slot++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        {
          rc = SQLITE_INTERRUPT;
          break;
        }
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, cmq_index_sketch_key (slot, sketch[slot]));
      sqlite3_bind_int (stmt, 2, SLOT_ROWS);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          sqlite3_int64 docid = sqlite3_column_int64 (stmt, 0);
          gpointer position;

          if (docid == self_docid)
            continue;
          if (g_hash_table_lookup_extended (seen, &docid, NULL, &position))
            g_array_index (candidates, Candidate, GPOINTER_TO_UINT (position)).shared++;
          else
            {
              Candidate candidate = { docid, 1 };

              g_array_append_val (candidates, candidate);
              g_hash_table_insert (seen, g_memdup2 (&docid, sizeof docid),
                                   GUINT_TO_POINTER (candidates->len - 1));
            }
        }
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  return rc;
}

static int
read_hits (sqlite3 *db, GArray *candidates, guint limit, GPtrArray *hits)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "SELECT " CMQ_INDEX_HIT_COLUMNS " FROM docs d WHERE d.docid = ?",
                               -1, &stmt, NULL);

  for (guint i = 0; rc == SQLITE_OK && i < candidates->len && hits->len < limit; i++)
    {
      const Candidate *candidate = &g_array_index (candidates, Candidate, i);

      if (candidate->shared < MIN_SHARED_SLOTS)
        break; /* sorted: none after it either */
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, candidate->docid);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          CmqIndexHit *hit = cmq_index_read_hit (stmt, 0);

          hit->score = (double) candidate->shared / CMQ_INDEX_SKETCH_SLOTS;
          g_ptr_array_add (hits, hit);
        }
      if (rc == SQLITE_ROW || rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  return rc;
}

GPtrArray *
cmq_index_similar (CmqIndex *self, const char *id, guint limit, GCancellable *cancellable,
                   GError **error)
{
  g_autoptr (GPtrArray) hits = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_index_hit_free);
  g_autoptr (GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  guint32 sketch[CMQ_INDEX_SKETCH_SLOTS];
  sqlite3_int64 docid = 0;
  gboolean found = FALSE;
  int rc;

  g_return_val_if_fail (CMQ_IS_INDEX (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_mutex_lock (&self->lock);
  rc = read_sketch (self->db, id, &docid, sketch, &found);
  if (rc == SQLITE_OK && found)
    rc = count_shared (self->db, docid, sketch, candidates, cancellable);
  if (rc == SQLITE_OK)
    {
      g_array_sort (candidates, compare_candidates);
      rc = read_hits (self->db, candidates, limit > 0 ? limit : G_MAXUINT, hits);
    }
  if (rc != SQLITE_OK)
    cmq_index_set_sqlite_error (error, self->db, rc);
  g_mutex_unlock (&self->lock);

  cmq_index_recover (self, rc);
  return rc == SQLITE_OK ? g_steal_pointer (&hits) : NULL;
}
