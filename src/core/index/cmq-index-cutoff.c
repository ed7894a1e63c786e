/* cmq-index-cutoff.c: where a ranked query stops ranking: the docid of its rank_limit-th newest
 * match (cmq_index_set_rank_limit()), and that docid kept for the same query asked again.
 *
 * Finding it costs a walk of the query's doclists, newest first, that stops there: cheap for
 * words, but FTS5 answers a prefix of five letters or more ("stolt"*; fts has a prefix index of
 * four characters only, see cmq-index-schema.c) by merging the doclists of every word it starts,
 * positions and all, before its first row, and the ranked statement that follows merges them
 * again: two merges, each about 5 ms at 100,000 releases. The window ranks each keystroke's
 * query twice (its first screen, then the whole list), so the cut-off of the last query is kept
 * with what it depends on: the expression, the docid range, the source: filters, the limit, and
 * the database and its data version (SQLITE_FCNTL_DATA_VERSION, which any write by any
 * connection changes), read in the same read transaction as the cut-off itself. The second
 * ranking then merges once.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-index"

#include "cmq-index-private.h"

struct _CmqIndexCutoff
{
  char *match;
  char *sources;
  char *exclude_sources;
  sqlite3_int64 low, high;
  guint rank_limit;
  guint generation;     /* of the database it was found in */
  unsigned int version; /* its data version then */
  sqlite3_int64 threshold;
  sqlite3_int64 n_ranked; /* the matches from it on: rank_limit, or all when fewer match */
};

static guint n_found; /* atomic, see cmq_index_cutoff_get_n_found() */

guint
cmq_index_cutoff_get_n_found (void)
{
  return (guint) g_atomic_int_get (&n_found);
}

void
cmq_index_cutoff_free (CmqIndexCutoff *cutoff)
{
  g_free (cutoff->match);
  g_free (cutoff->sources);
  g_free (cutoff->exclude_sources);
  g_free (cutoff);
}

/* The docid of the @rank_limit-th newest match of @match, or -1 when fewer match (with short
 * prefixes, of all the matches of @match: the prefixes' rows are then read for that range only),
 * and in @n_ranked how many matches the ranked statement ranks: @rank_limit, or all of them when
 * fewer. FTS5 walks its doclists newest first and stops there. */
static sqlite3_int64
find_threshold (sqlite3 *db, CmqQuery *query, const char *match, sqlite3_int64 low,
                sqlite3_int64 high, guint rank_limit, sqlite3_int64 *n_ranked, int *rc_out)
{
  sqlite3_stmt *stmt = NULL;
  sqlite3_int64 threshold = -1;
  gboolean sources =
      cmq_query_get_sources (query) != NULL || cmq_query_get_exclude_sources (query) != NULL;
  /* With source: filters, the rank_limit-th newest match of those sources. */
  const char *sql =
      sources ? "SELECT count(*), min(r) FROM (SELECT fts.rowid AS r FROM fts JOIN docs d"
                " ON d.docid = fts.rowid WHERE fts MATCH ?1 AND fts.rowid >= ?2"
                " AND fts.rowid < ?3" CMQ_INDEX_SOURCE_FILTER " ORDER BY fts.rowid DESC LIMIT ?4)"
              : "SELECT count(*), min(r) FROM (SELECT rowid AS r FROM fts WHERE fts MATCH ?1"
                " AND rowid >= ?2 AND rowid < ?3 ORDER BY rowid DESC LIMIT ?4)";
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  g_atomic_int_inc (&n_found);
  *n_ranked = 0;
  if (rc == SQLITE_OK)
    {
      if (sources)
        {
          sqlite3_bind_text (stmt, 6, cmq_query_get_sources (query), -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 7, cmq_query_get_exclude_sources (query), -1, SQLITE_STATIC);
        }
      sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, low);
      sqlite3_bind_int64 (stmt, 3, high);
      sqlite3_bind_int64 (stmt, 4, (sqlite3_int64) rank_limit);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *n_ranked = sqlite3_column_int64 (stmt, 0);
          if (*n_ranked >= (sqlite3_int64) rank_limit)
            threshold = sqlite3_column_int64 (stmt, 1);
          rc = SQLITE_OK;
        }
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  *rc_out = rc;
  return threshold;
}

static gboolean
cutoff_is (const CmqIndexCutoff *cutoff, CmqIndex *self, CmqQuery *query, const char *match,
           sqlite3_int64 low, sqlite3_int64 high, unsigned int version)
{
  return cutoff != NULL && cutoff->generation == self->generation && cutoff->version == version &&
         cutoff->rank_limit == self->rank_limit && cutoff->low == low && cutoff->high == high &&
         g_strcmp0 (cutoff->match, match) == 0 &&
         g_strcmp0 (cutoff->sources, cmq_query_get_sources (query)) == 0 &&
         g_strcmp0 (cutoff->exclude_sources, cmq_query_get_exclude_sources (query)) == 0;
}

sqlite3_int64
cmq_index_rank_threshold (CmqIndex *self, CmqQuery *query, const char *match, sqlite3_int64 low,
                          sqlite3_int64 high, int *rc_out)
{
  /* One read transaction (the query's, see run_query_locked(), or its own): the data version is
   * that of the snapshot the cut-off is found in. */
  gboolean own = cmq_index_read_begin (self->db);
  unsigned int version = 0;
  gboolean versioned = FALSE;
  sqlite3_int64 threshold, n_ranked;
  int schema = 0;
  int rc = SQLITE_OK;

  if (!sqlite3_get_autocommit (self->db) &&
      cmq_index_query_int (self->db, "PRAGMA main.schema_version", &schema) == SQLITE_OK)
    versioned =
        sqlite3_file_control (self->db, "main", SQLITE_FCNTL_DATA_VERSION, &version) == SQLITE_OK;
  if (versioned && cutoff_is (self->cutoff, self, query, match, low, high, version))
    {
      threshold = self->cutoff->threshold;
      n_ranked = self->cutoff->n_ranked;
    }
  else
    {
      g_clear_pointer (&self->cutoff, cmq_index_cutoff_free);
      threshold =
          find_threshold (self->db, query, match, low, high, self->rank_limit, &n_ranked, &rc);
      if (rc == SQLITE_OK && versioned)
        {
          self->cutoff = g_new0 (CmqIndexCutoff, 1);
          *self->cutoff = (CmqIndexCutoff){ g_strdup (match),
                                            g_strdup (cmq_query_get_sources (query)),
                                            g_strdup (cmq_query_get_exclude_sources (query)),
                                            low,
                                            high,
                                            self->rank_limit,
                                            self->generation,
                                            version,
                                            threshold,
                                            n_ranked };
        }
    }
  /* The ranked statement reads the lengths of those rows only (see cmq-index-sizes.c). */
  if (rc == SQLITE_OK)
    cmq_index_rank_set_ranked (self->db, MAX (low, threshold), high, n_ranked);
  cmq_index_read_end (self->db, own);
  *rc_out = rc;
  return threshold;
}
