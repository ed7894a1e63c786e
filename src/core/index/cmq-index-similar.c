/* cmq-index-similar.c: which releases are alike, answered from a signature written with each
 * release rather than by reading texts when the question is asked.
 *
 * A release's sketch is a MinHash of its words (those of four letters or more) and of its pairs
 * of consecutive words, title and text, ASCII letters folded: one hash per feature puts it in
 * one of CMQ_INDEX_SKETCH_SLOTS slots, each keeping its smallest value ("one permutation
 * hashing", the empty slots of a short text filled from their neighbours). Two releases have the
 * same value in a slot as often as they share features (the Jaccard index of their sets), so the
 * number of slots they share estimates how much of their wording they share. The sketch is
 * computed on the import threads (cmq-index-update.c) and written next to the release
 * (cmq-index-writer.c): its blob in sketches, and a row for each of its first
 * CMQ_INDEX_SKETCH_INDEXED slots in sketch_slots, keyed by slot and value, so that the releases
 * sharing one of these slots with another are one index lookup each. Only the first few: a row
 * per slot made the writer half as slow again (10,000 releases: 1.4 s more of its 2.6 s), and
 * a release much like another shares one of eight slots with it nearly always (19 times in 20
 * from a third of their features in common).
 *
 * Asking for the releases most like one is then CMQ_INDEX_SKETCH_INDEXED lookups of at most
 * SLOT_ROWS rows each, and the whole sketch of each candidate found, whatever the size of the
 * library (about 8 ms of CPU at 10,000 releases, bench-index similar); a value shared by more
 * releases than that is one of boilerplate, and tells little. cmq-similar.c (core/compare) weighs
 * the best of these candidates again with their whole texts.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-index"

#include <string.h>

#include "cmq-index-private.h"

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

/* One permutation for all slots: a feature goes to the slot its hash names, where the smallest
 * value is kept (one hash per feature rather than one per feature and slot). */
static inline void
add_feature (guint32 *sketch, guint32 *filled, guint64 feature)
{
  guint64 h = mix64 (feature);
  guint slot = h % CMQ_INDEX_SKETCH_SLOTS;
  guint32 value = (guint32) (h >> 32);

  *filled |= 1u << slot;
  if (value < sketch[slot])
    sketch[slot] = value;
}

/* A short text leaves slots empty: each takes the value of the next filled slot, the same way
 * in every sketch, so that two sketches still agree in a slot as often as the texts agree. */
static void
densify (guint32 *sketch, guint32 filled)
{
  G_STATIC_ASSERT (CMQ_INDEX_SKETCH_SLOTS <= 32);

  for (guint slot = 0; slot < CMQ_INDEX_SKETCH_SLOTS; slot++)
    for (guint next = 1; !(filled & (1u << slot)) && next < CMQ_INDEX_SKETCH_SLOTS; next++)
      {
        guint from = (slot + next) % CMQ_INDEX_SKETCH_SLOTS;

        if (filled & (1u << from))
          {
            sketch[slot] = sketch[from];
            break;
          }
      }
}

typedef struct
{
  guint32 *sketch;
  guint32 filled;
  guint64 previous; /* the hash of the word before; 0 at the start */
} Sketcher;

/* The length of the separator at @p: ASCII other than letters and digits, and the punctuation
 * of U+0080-U+00BF and U+2000-U+203F (no-break space, « », ’ “ ” – —…); 0 for a word's byte. */
static inline int
separator_length (const guchar *p)
{
  if (p[0] < 0x80)
    return g_ascii_isalnum (p[0]) ? 0 : 1;
  if (p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0xbf)
    return 2;
  if (p[0] == 0xe2 && p[1] == 0x80 && p[2] >= 0x80 && p[2] <= 0xbf)
    return 3;
  return 0;
}

/* Words are cut and folded here rather than by cmq_search_normalize(): only ASCII letters are
 * folded (a text and its next version write their accents alike), and nothing is allocated: the
 * import threads spent a tenth more time on a release with the search's folding. */
static void
sketch_text (Sketcher *sketcher, const char *text)
{
  const guchar *p = (const guchar *) text;

  while (*p != '\0')
    {
      guint64 h = G_GUINT64_CONSTANT (0xcbf29ce484222325);
      gsize length = 0;
      guint64 word;
      int skip;

      while (*p != '\0' && (skip = separator_length (p)) > 0)
        p += skip;
      for (; *p != '\0' && separator_length (p) == 0; p++, length++)
        h = (h ^ g_ascii_tolower (*p)) * G_GUINT64_CONSTANT (0x100000001b3);
      if (length == 0)
        break;
      word = mix64 (h);
      if (length >= MIN_WORD_BYTES)
        add_feature (sketcher->sketch, &sketcher->filled, word);
      if (sketcher->previous != 0)
        add_feature (sketcher->sketch, &sketcher->filled, sketcher->previous * 31 + word);
      sketcher->previous = word;
    }
}

gboolean
cmq_index_sketch_compute (const char *title, const char *text, guint32 *sketch)
{
  Sketcher sketcher = { sketch, 0, 0 };

  for (guint slot = 0; slot < CMQ_INDEX_SKETCH_SLOTS; slot++)
    sketch[slot] = G_MAXUINT32;
  if (title != NULL)
    sketch_text (&sketcher, title);
  if (text != NULL)
    sketch_text (&sketcher, text);
  densify (sketch, sketcher.filled);
  return sketcher.filled != 0;
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

/* The releases sharing an indexed slot with @sketch, each with the number of slots of the whole
 * sketches the two share. */
static int
count_shared (sqlite3 *db, sqlite3_int64 self_docid, const guint32 *sketch, GArray *candidates,
              GCancellable *cancellable)
{
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  sqlite3_stmt *lookup = NULL;
  sqlite3_stmt *read = NULL;
  int rc = sqlite3_prepare_v2 (db, "SELECT docid FROM sketch_slots WHERE key = ?1 LIMIT ?2", -1,
                               &lookup, NULL);

  for (guint slot = 0; rc == SQLITE_OK && slot < CMQ_INDEX_SKETCH_INDEXED; slot++)
    {
      sqlite3_reset (lookup);
      sqlite3_bind_int64 (lookup, 1, cmq_index_sketch_key (slot, sketch[slot]));
      sqlite3_bind_int (lookup, 2, SLOT_ROWS);
      while ((rc = sqlite3_step (lookup)) == SQLITE_ROW)
        {
          sqlite3_int64 docid = sqlite3_column_int64 (lookup, 0);
          Candidate candidate = { docid, 0 };

          if (docid != self_docid && !g_hash_table_contains (seen, &docid))
            {
              g_hash_table_add (seen, g_memdup2 (&docid, sizeof docid));
              g_array_append_val (candidates, candidate);
            }
        }
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  sqlite3_finalize (lookup);

  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "SELECT sketch FROM sketches WHERE docid = ?", -1, &read, NULL);
  for (guint i = 0; rc == SQLITE_OK && i < candidates->len; i++)
    {
      Candidate *candidate = &g_array_index (candidates, Candidate, i);

      if (g_cancellable_is_cancelled (cancellable))
        rc = SQLITE_INTERRUPT;
      sqlite3_reset (read);
      sqlite3_bind_int64 (read, 1, candidate->docid);
      if (rc == SQLITE_OK && (rc = sqlite3_step (read)) == SQLITE_ROW &&
          sqlite3_column_bytes (read, 0) == CMQ_INDEX_SKETCH_SLOTS * sizeof (guint32))
        {
          guint32 theirs[CMQ_INDEX_SKETCH_SLOTS];

          /* copied: a blob may lie unaligned in its page */
          memcpy (theirs, sqlite3_column_blob (read, 0), sizeof theirs);
          for (guint slot = 0; slot < CMQ_INDEX_SKETCH_SLOTS; slot++)
            candidate->shared += theirs[slot] == sketch[slot];
        }
      if (rc == SQLITE_ROW || rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  sqlite3_finalize (read);
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
