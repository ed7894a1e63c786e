/* cmq-index-query.c: reading the index: hits for a query, snippets, release bodies (the copy
 * of the notes that makes them searchable is written in cmq-index-notes.c).
 *
 * The SQL is put together from fixed fragments only; what the user typed reaches SQLite as bound
 * parameters (the MATCH expression cmq-query.c built, the date bounds and the source: filters).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-index"

#include <string.h>

#include "cmq-index-private.h"

#define SNIPPET_SQL                                                                                \
  "SELECT cmq_snippet (fts, -1, X'02', X'03', '…', 16) FROM fts WHERE fts MATCH ?1 AND rowid = ?2"
/* ?1 the short prefixes (cmq_query_get_short_prefixes()), ?2 the docid. */
#define PREFIX_SNIPPET_SQL                                                                         \
  "SELECT cmq_prefix_snippet (cmq_body (body), ?1) FROM bodies WHERE docid = ?2"
/* How often a running statement checks whether it was cancelled (virtual machine steps). */
#define CANCEL_CHECK_STEPS 2000
/* Snippets made with the hits of a query, for the first rows a window shows. */
#define SNIPPET_PREFETCH 20

static int
cancelled_cb (void *user_data)
{
  return g_cancellable_is_cancelled (user_data) ? 1 : 0;
}

static char *
snippet_for (sqlite3 *db, CmqQuery *query, sqlite3_int64 docid, int *rc_out)
{
  sqlite3_stmt *stmt = NULL;
  char *snippet = NULL;
  int rc;

  *rc_out = SQLITE_OK;
  if (cmq_query_get_match (query) == NULL)
    return cmq_index_lead_text (db, docid);

  /* Only prefixes being typed: their first word in the body, else its start. */
  rc = sqlite3_prepare_v2 (
      db, cmq_query_get_word_match (query) != NULL ? SNIPPET_SQL : PREFIX_SNIPPET_SQL, -1, &stmt,
      NULL);
  if (rc == SQLITE_OK)
    {
      if (cmq_query_get_word_match (query) != NULL)
        sqlite3_bind_text (stmt, 1, cmq_query_get_word_match (query), -1, SQLITE_STATIC);
      else
        sqlite3_bind_text (stmt, 1, cmq_query_get_short_prefixes (query), -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, docid);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          snippet = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          rc = SQLITE_OK;
        }
      else if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  *rc_out = rc;
  if (rc == SQLITE_OK && snippet == NULL && cmq_query_get_word_match (query) == NULL)
    return cmq_index_lead_text (db, docid);
  return snippet;
}

/* A hits statement: ?1 the MATCH expression (or NULL), ?2 and ?3 the docid range, ?4 the limit,
 * ?6 and ?7 the source: filters (SOURCE_FILTER); columns the docid, the hit's (see
 * cmq-index-codec.c), the score and maybe the snippet. */
#define HIT_COLUMNS          "SELECT d.docid, " CMQ_INDEX_HIT_COLUMNS ", "
#define SCORE_COLUMN         (1 + CMQ_INDEX_N_HIT_COLUMNS)
#define SNIPPET_COLUMN_INDEX (2 + CMQ_INDEX_N_HIT_COLUMNS)
/* HIT_COLUMNS for CMQ_INDEX_QUERY_BRIEF: the same number of columns, those after the date NULL. */
#define BRIEF_HIT_COLUMNS                                                                          \
  "SELECT d.docid, d.id, d.file, d.title, d.date, NULL, NULL, NULL, NULL, NULL, NULL, "
/* The snippets of the first ?5 hits of a statement over fts, made while its cursor is on them:
 * on its own, each snippet would run the query again (for a prefix, merging the lists of every
 * word it matches). */
#define SOURCE_FILTER CMQ_INDEX_SOURCE_FILTER
#define SNIPPET_COLUMN                                                                             \
  ", CASE WHEN cmq_first (?5) THEN cmq_snippet (fts, -1, X'02', X'03', '…', 16) END"
/* The releases that have the short prefixes ?8 (cmq_query_get_prefix_match()), for a statement
 * over fts: a filter (its "%s"), or nothing without short prefixes. */
#define PREFIX_FILTER                                                                              \
  " AND +fts.rowid IN (SELECT rowid FROM prefixes WHERE prefixes MATCH ?8 AND rowid >= ?2"         \
  " AND rowid < ?3)"
/* The same over fts while the prefixes table is unfinished, ?10 the prefixes as FTS5 prefix
 * queries (cmq_query_get_fts_prefix_match()). */
#define FTS_PREFIX_FILTER                                                                          \
  " AND +fts.rowid IN (SELECT rowid FROM fts WHERE fts MATCH ?10 AND rowid >= ?2 AND rowid < ?3)"
/* A query of short prefixes only, over prefixes as p: the snippet of the first ?5 hits marks the
 * first word starting with one of the prefixes ?9 (cmq_query_get_short_prefixes()). */
#define PREFIX_SNIPPET_COLUMN                                                                      \
  ", CASE WHEN cmq_first (?5) THEN cmq_prefix_snippet ((SELECT cmq_body (b.body) FROM bodies b"    \
  " WHERE b.docid = d.docid), ?9) END"
#define PREFIX_HITS_SQL(order, limit)                                                              \
  HIT_COLUMNS "0.0" PREFIX_SNIPPET_COLUMN " FROM prefixes p JOIN docs d ON d.docid = p.rowid"      \
              " WHERE prefixes MATCH ?8 AND p.rowid >= ?2 AND p.rowid < ?3" SOURCE_FILTER          \
              " ORDER BY p.rowid " order limit

/* Where the hits of a query go: gathered (@hits and their @docids), or handed to @func one at a
 * time as the statements read them (@hits NULL), with their snippets when @snippets. */
typedef struct
{
  GPtrArray *hits;
  GArray *docids;
  CmqIndexHitFunc func;
  gpointer user_data;
  gboolean snippets;
  gboolean brief;   /* CMQ_INDEX_QUERY_BRIEF */
  guint n;          /* hits so far */
  gboolean stopped; /* @func returned FALSE */
} Sink;

/* The row @stmt is on, as a hit of @sink. */
static int
sink_add (Sink *sink, sqlite3 *db, CmqQuery *query, sqlite3_stmt *stmt, sqlite3_int64 docid)
{
  gboolean has_snippet = sqlite3_column_count (stmt) > SNIPPET_COLUMN_INDEX &&
                         sqlite3_column_type (stmt, SNIPPET_COLUMN_INDEX) != SQLITE_NULL;
  g_autofree char *made = NULL;
  CmqIndexHit hit = { 0 };
  int rc = SQLITE_OK;

  sink->n++;
  if (sink->hits != NULL)
    {
      CmqIndexHit *kept = cmq_index_read_hit (stmt, 1);

      kept->score = sqlite3_column_double (stmt, SCORE_COLUMN);
      if (has_snippet)
        kept->snippet = g_strdup ((const char *) sqlite3_column_text (stmt, SNIPPET_COLUMN_INDEX));
      g_ptr_array_add (sink->hits, kept);
      g_array_append_val (sink->docids, docid);
      return SQLITE_OK;
    }
  /* No copy of the strings: a common word matches most of a large library. */
  if (sink->brief)
    cmq_index_peek_brief_hit (stmt, 1, &hit);
  else
    cmq_index_peek_hit (stmt, 1, &hit);
  hit.score = sqlite3_column_double (stmt, SCORE_COLUMN);
  if (sink->snippets && has_snippet)
    hit.snippet = (char *) sqlite3_column_text (stmt, SNIPPET_COLUMN_INDEX);
  else if (sink->snippets)
    hit.snippet = made = snippet_for (db, query, docid, &rc);
  if (rc == SQLITE_OK && !sink->func (&hit, sink->user_data))
    sink->stopped = TRUE;
  return rc;
}

/* @skip (nullable): a statement whose first column is a docid, in the order of @sql (newest
 * first, or oldest first when @ascending) over the same range: rows of @sql with those docids
 * are left out. */
static int
collect_skipping (sqlite3 *db, const char *sql, CmqQuery *query, const char *match,
                  sqlite3_int64 low, sqlite3_int64 high, sqlite3_int64 limit, guint n_snippets,
                  sqlite3_stmt *skip, gboolean ascending, Sink *sink)
{
  sqlite3_stmt *stmt = NULL;
  sqlite3_int64 skipped = ascending ? G_MININT64 : G_MAXINT64;
  sqlite3_int64 n_added = 0;
  int skip_rc = SQLITE_ROW;
  g_autofree char *brief = NULL;
  int rc;

  /* Every hits statement starts with HIT_COLUMNS. */
  if (sink->brief && g_str_has_prefix (sql, HIT_COLUMNS))
    sql = brief = g_strconcat (BRIEF_HIT_COLUMNS, sql + strlen (HIT_COLUMNS), NULL);
  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, low);
      sqlite3_bind_int64 (stmt, 3, high);
      sqlite3_bind_int64 (stmt, 4, limit);
      if (sqlite3_bind_parameter_name (stmt, 5) != NULL)
        sqlite3_bind_int64 (stmt, 5, n_snippets);
      sqlite3_bind_text (stmt, 6, cmq_query_get_sources (query), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 7, cmq_query_get_exclude_sources (query), -1, SQLITE_STATIC);
      if (sqlite3_bind_parameter_count (stmt) >= 8)
        sqlite3_bind_text (stmt, 8, cmq_query_get_prefix_match (query), -1, SQLITE_STATIC);
      if (sqlite3_bind_parameter_count (stmt) >= 9)
        sqlite3_bind_text (stmt, 9, cmq_query_get_short_prefixes (query), -1, SQLITE_STATIC);
      if (sqlite3_bind_parameter_count (stmt) >= 10)
        sqlite3_bind_text (stmt, 10, cmq_query_get_fts_prefix_match (query), -1, SQLITE_STATIC);

      /* With @skip, the statement has no LIMIT: the rows left out must not count. */
      while ((limit < 0 || n_added < limit) && !sink->stopped &&
             (rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          sqlite3_int64 docid = sqlite3_column_int64 (stmt, 0);

          while (skip != NULL && skip_rc == SQLITE_ROW &&
                 (ascending ? skipped < docid : skipped > docid))
            {
              skip_rc = sqlite3_step (skip);
              if (skip_rc == SQLITE_ROW)
                skipped = sqlite3_column_int64 (skip, 0);
              else
                skipped = ascending ? G_MAXINT64 : G_MININT64;
            }
          if (skip != NULL && skip_rc != SQLITE_ROW && skip_rc != SQLITE_DONE)
            {
              rc = skip_rc;
              break;
            }
          if (skip != NULL && skipped == docid)
            continue;

          rc = sink_add (sink, db, query, stmt, docid);
          if (rc != SQLITE_OK)
            break;
          n_added++;
        }
    }
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE || rc == SQLITE_ROW ? SQLITE_OK : rc;
}

static int
collect (sqlite3 *db, const char *sql, CmqQuery *query, const char *match, sqlite3_int64 low,
         sqlite3_int64 high, sqlite3_int64 limit, guint n_snippets, Sink *sink)
{
  return collect_skipping (db, sql, query, match, low, high, limit, n_snippets, NULL, FALSE, sink);
}

/* Oldest first, undated last: @sql (ascending) over the dated part of the range, then over its
 * undated part, both walks stopping at @limit. */
static int
collect_oldest (sqlite3 *db, const char *sql, CmqQuery *query, const char *match, sqlite3_int64 low,
                sqlite3_int64 high, sqlite3_int64 limit, guint n_snippets, Sink *sink)
{
  guint before = sink->n;
  int rc = collect (db, sql, query, match, MAX (low, CMQ_INDEX_UNDATED_END), high, limit,
                    n_snippets, sink);
  guint added = sink->n - before;

  if (rc == SQLITE_OK && !sink->stopped && low < CMQ_INDEX_UNDATED_END &&
      (limit < 0 || added < limit))
    rc =
        collect (db, sql, query, match, low, MIN (high, CMQ_INDEX_UNDATED_END),
                 limit < 0 ? -1 : limit - added, n_snippets > added ? n_snippets - added : 0, sink);
  return rc;
}

/* The walk over the matches of @query's excluded words in [@low, @high), in date order, that
 * collect_skipping() steps beside the releases to leave them out. */
static int
prepare_exclusion_walk (sqlite3 *db, CmqQuery *query, sqlite3_int64 low, sqlite3_int64 high,
                        gboolean ascending, sqlite3_stmt **out)
{
  int rc =
      sqlite3_prepare_v2 (db,
                          ascending ? "SELECT rowid FROM fts WHERE fts MATCH ?1 AND rowid >= ?2"
                                      " AND rowid < ?3 ORDER BY rowid ASC"
                                    : "SELECT rowid FROM fts WHERE fts MATCH ?1 AND rowid >= ?2"
                                      " AND rowid < ?3 ORDER BY rowid DESC",
                          -1, out, NULL);

  if (rc != SQLITE_OK)
    return rc;
  sqlite3_bind_text (*out, 1, cmq_query_get_exclude_match (query), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (*out, 2, low);
  sqlite3_bind_int64 (*out, 3, high);
  return SQLITE_OK;
}

/* Releases matching no word of @exclude, newest first: the releases and the matches of @exclude
 * are walked side by side, both newest first, and stop at @limit. (NOT IN a subquery would
 * first gather every match: 90,000 rows for "-nato" at 100,000 releases.) */
static int
collect_excluding (sqlite3 *db, CmqQuery *query, sqlite3_int64 low, sqlite3_int64 high,
                   sqlite3_int64 limit, gboolean ascending, Sink *sink)
{
  sqlite3_stmt *skip = NULL;
  int rc = prepare_exclusion_walk (db, query, low, high, ascending, &skip);

  if (rc == SQLITE_OK)
    rc = collect_skipping (
        db,
        ascending ? HIT_COLUMNS "0.0 FROM docs d WHERE d.docid >= ?2"
                                " AND d.docid < ?3" SOURCE_FILTER " ORDER BY d.docid ASC"
                  : HIT_COLUMNS "0.0 FROM docs d WHERE d.docid >= ?2"
                                " AND d.docid < ?3" SOURCE_FILTER " ORDER BY d.docid DESC",
        query, NULL, low, high, limit, 0, skip, ascending, sink);
  sqlite3_finalize (skip);
  return rc;
}

/* As collect_excluding(), oldest first, undated last. */
static int
collect_excluding_oldest (sqlite3 *db, CmqQuery *query, sqlite3_int64 low, sqlite3_int64 high,
                          sqlite3_int64 limit, Sink *sink)
{
  guint before = sink->n;
  int rc = collect_excluding (db, query, MAX (low, CMQ_INDEX_UNDATED_END), high, limit, TRUE, sink);
  guint added = sink->n - before;

  if (rc == SQLITE_OK && !sink->stopped && low < CMQ_INDEX_UNDATED_END &&
      (limit < 0 || added < limit))
    rc = collect_excluding (db, query, low, MIN (high, CMQ_INDEX_UNDATED_END),
                            limit < 0 ? -1 : limit - added, TRUE, sink);
  return rc;
}

/* A query with no word to match: every release in the range, or those without the words of its
 * exclusions, newest or oldest first (relevance has nothing to rank: newest). */
static int
collect_without_words (sqlite3 *db, CmqQuery *query, CmqIndexSort sort, sqlite3_int64 low,
                       sqlite3_int64 high, sqlite3_int64 limit, Sink *sink)
{
  gboolean exclude = cmq_query_get_exclude_match (query) != NULL;

  if (exclude && sort == CMQ_INDEX_SORT_OLDEST)
    return collect_excluding_oldest (db, query, low, high, limit, sink);
  if (exclude)
    return collect_excluding (db, query, low, high, limit, FALSE, sink);
  if (sort == CMQ_INDEX_SORT_OLDEST)
    return collect_oldest (db,
                           HIT_COLUMNS
                           "0.0 FROM docs d WHERE d.docid >= ?2 AND d.docid < ?3" SOURCE_FILTER
                           " ORDER BY d.docid ASC LIMIT ?4",
                           query, NULL, low, high, limit, 0, sink);
  return collect (db,
                  HIT_COLUMNS "0.0 FROM docs d WHERE d.docid >= ?2 AND d.docid < ?3" SOURCE_FILTER
                              " ORDER BY d.docid DESC LIMIT ?4",
                  query, NULL, low, high, limit, 0, sink);
}

/* A query of short prefixes only (and filters): the releases that have them, newest (or oldest)
 * first: with no positions, they have nothing to rank. */
static int
collect_prefixes_only (sqlite3 *db, CmqQuery *query, CmqIndexSort sort, sqlite3_int64 low,
                       sqlite3_int64 high, sqlite3_int64 limit, guint n_snippets, Sink *sink)
{
  gboolean ascending = sort == CMQ_INDEX_SORT_OLDEST;
  sqlite3_stmt *skip = NULL;
  int rc;

  if (cmq_query_get_exclude_match (query) == NULL && ascending)
    return collect_oldest (db, PREFIX_HITS_SQL ("ASC", " LIMIT ?4"), query, NULL, low, high, limit,
                           n_snippets, sink);
  if (cmq_query_get_exclude_match (query) == NULL)
    return collect (db, PREFIX_HITS_SQL ("DESC", " LIMIT ?4"), query, NULL, low, high, limit,
                    n_snippets, sink);
  /* Without the releases of the excluded words, walked beside them (see collect_excluding()). */
  rc = prepare_exclusion_walk (db, query, low, high, ascending, &skip);
  if (rc == SQLITE_OK)
    rc = collect_skipping (db,
                           ascending ? PREFIX_HITS_SQL ("ASC", "") : PREFIX_HITS_SQL ("DESC", ""),
                           query, NULL, low, high, limit, n_snippets, skip, ascending, sink);
  sqlite3_finalize (skip);
  return rc;
}

/* A query with words to match (@words->words, over fts), and maybe short prefixes (over the
 * table prefixes): the ranked matches first (relevance), then the older ones newest first; or
 * all of them by date. */
static int
collect_words (CmqIndex *self, CmqQuery *query, const CmqIndexMatch *words, CmqIndexSort sort,
               guint limit, sqlite3_int64 low, sqlite3_int64 high, guint n_snippets, Sink *sink)
{
  const char *match = words->words;
  const char *filter = words->prefixes != NULL ? PREFIX_FILTER : "";
  /* No snippet asked for (`--search` without --snippets): no function called on every row. */
  const char *snippet = n_snippets > 0 ? SNIPPET_COLUMN : ", NULL";
  sqlite3_int64 all = limit > 0 ? (sqlite3_int64) limit : -1;
  sqlite3_int64 threshold = -1;
  int rc = SQLITE_OK;
  g_autofree char *expanded = NULL;

  /* While the prefixes table is unfinished, the words are ranked alone and the prefixes filter
   * over fts, as after the build: bm25 over the prefixes too would order the hits otherwise. */
  if (words->fallback && cmq_query_get_prefix_match (query) != NULL &&
      cmq_query_get_word_match (query) != NULL)
    {
      match = cmq_query_get_word_match (query);
      filter = FTS_PREFIX_FILTER;
    }
  /* Long prefixes as their words: the same matches and scores, without FTS5's merges. */
  expanded = cmq_index_terms_expand (self, match, &rc);
  if (rc != SQLITE_OK)
    return rc;
  if (expanded != NULL)
    match = expanded;

  if (sort == CMQ_INDEX_SORT_OLDEST)
    {
      g_autofree char *sql = g_strdup_printf (
          HIT_COLUMNS "0.0%s FROM fts JOIN docs d ON d.docid = fts.rowid"
                      " WHERE fts MATCH ?1 AND fts.rowid >= ?2 AND fts.rowid < ?3%s" SOURCE_FILTER
                      " ORDER BY fts.rowid ASC LIMIT ?4",
          snippet, filter);

      return collect_oldest (self->db, sql, query, match, low, high, all, n_snippets, sink);
    }
  if (sort == CMQ_INDEX_SORT_RELEVANCE)
    {
      g_autofree char *sql =
          g_strdup_printf (HIT_COLUMNS "-fts.rank%s FROM fts JOIN docs d ON d.docid = fts.rowid"
                                       " WHERE fts MATCH ?1 AND fts.rank MATCH '" CMQ_INDEX_RANK
                                       "' AND fts.rowid >= ?2 AND fts.rowid < ?3%s" SOURCE_FILTER
                                       " ORDER BY fts.rank LIMIT ?4",
                           snippet, filter);

      if (self->rank_limit > 0)
        threshold = cmq_index_rank_threshold (self, query, match, low, high, &rc);
      /* cmq_rank keeps the counts of the phrases of @match (see cmq-index-sizes.c). */
      cmq_index_rank_set_match (self->db, match);
      if (rc == SQLITE_OK)
        rc = collect (self->db, sql, query, match, MAX (low, threshold), high, all, n_snippets,
                      sink);
      cmq_index_rank_set_match (self->db, NULL);
    }
  /* Newest first; after the ranked ones, the older matches. */
  if (rc == SQLITE_OK && !sink->stopped && (sort == CMQ_INDEX_SORT_NEWEST || threshold >= 0) &&
      (limit == 0 || sink->n < limit))
    {
      g_autofree char *sql = g_strdup_printf (
          HIT_COLUMNS "0.0%s FROM fts JOIN docs d ON d.docid = fts.rowid"
                      " WHERE fts MATCH ?1 AND fts.rowid >= ?2 AND fts.rowid < ?3%s" SOURCE_FILTER
                      " ORDER BY fts.rowid DESC LIMIT ?4",
          snippet, filter);

      rc = collect (self->db, sql, query, match, low, threshold >= 0 ? threshold : high,
                    limit > 0 ? (sqlite3_int64) (limit - sink->n) : -1,
                    n_snippets > sink->n ? n_snippets - sink->n : 0, sink);
    }
  return rc;
}

/* While the prefixes table is unfinished: the newest releases of the range whose words have the
 * short prefix ?9, read from their text (see cmq_index_fallback_bound()). */
#define FALLBACK_SCAN_SQL                                                                          \
  HIT_COLUMNS "0.0" PREFIX_SNIPPET_COLUMN " FROM docs d JOIN docs_text t ON t.docid = d.docid"     \
              " WHERE d.docid >= ?2 AND d.docid < ?3" SOURCE_FILTER                                \
              " AND cmq_has_prefix (?9, t.title, t.body, t.notes) ORDER BY d.docid DESC LIMIT ?4"

/* A query of one short prefix (and filters), newest first, while the prefixes table is
 * unfinished: its hits among the newest releases of the range from their text, the rest (when
 * the limit is not reached) over fts. The same hits in the same order as fts alone gives. */
static gboolean
fallback_scans (CmqQuery *query, const CmqIndexMatch *match, CmqIndexSort sort, guint limit)
{
  const char *prefixes = cmq_query_get_short_prefixes (query);

  return match->fallback && limit > 0 && sort == CMQ_INDEX_SORT_NEWEST &&
         cmq_query_get_word_match (query) == NULL && cmq_query_get_prefix_match (query) != NULL &&
         cmq_query_get_exclude_match (query) == NULL && prefixes != NULL &&
         strchr (prefixes, ' ') == NULL;
}

static int
collect_fallback (CmqIndex *self, CmqQuery *query, const CmqIndexMatch *match, guint limit,
                  sqlite3_int64 low, sqlite3_int64 high, guint n_snippets, Sink *sink)
{
  sqlite3_int64 span = MAX (1, cmq_index_fallback_get_window ());
  int rc = SQLITE_OK;

  /* Windows of the newest releases, each twice as long, while at least a quarter of their
   * releases have the prefix: a rare prefix is left to fts after the first (its merge is short). */
  while (rc == SQLITE_OK && !sink->stopped && sink->n < limit && high > low)
    {
      guint before = sink->n;
      sqlite3_int64 bound = cmq_index_fallback_bound (self->db, low, high, span, &rc);

      if (rc == SQLITE_OK)
        rc = collect (self->db, FALLBACK_SCAN_SQL, query, NULL, bound, high, limit - sink->n,
                      n_snippets > sink->n ? n_snippets - sink->n : 0, sink);
      high = bound;
      if ((sink->n - before) * 4 < span)
        break;
      span *= 2;
    }
  if (rc == SQLITE_OK && !sink->stopped && sink->n < limit && high > low)
    rc = collect_words (self, query, match, CMQ_INDEX_SORT_NEWEST, limit, low, high, n_snippets,
                        sink);
  return rc;
}

/* Lock held. Keeps the snippets of the first hits: what cmq_index_dup_snippet() will be asked
 * for next, for the rows first shown. */
static void
keep_snippets (CmqIndex *self, const char *match, GPtrArray *hits)
{
  g_hash_table_remove_all (self->snippets);
  g_clear_pointer (&self->snippets_match, g_free);
  if (match == NULL)
    return;
  self->snippets_match = g_strdup (match);
  for (guint i = 0; i < MIN (hits->len, SNIPPET_PREFETCH); i++)
    {
      CmqIndexHit *hit = g_ptr_array_index (hits, i);

      if (hit->snippet != NULL)
        g_hash_table_replace (self->snippets, g_strdup (hit->id), g_strdup (hit->snippet));
    }
}

/* Lock held. Every hit's snippet with CMQ_INDEX_QUERY_SNIPPETS, none without. */
static int
fill_snippets (CmqIndex *self, CmqQuery *query, CmqIndexQueryFlags flags, GPtrArray *hits,
               GArray *docids)
{
  int rc = SQLITE_OK;

  for (guint i = 0; i < hits->len && rc == SQLITE_OK; i++)
    {
      CmqIndexHit *hit = g_ptr_array_index (hits, i);

      if (!(flags & CMQ_INDEX_QUERY_SNIPPETS))
        g_clear_pointer (&hit->snippet, g_free);
      else if (hit->snippet == NULL)
        hit->snippet = snippet_for (self->db, query, g_array_index (docids, sqlite3_int64, i), &rc);
    }
  return rc;
}

/* Lock held. Dates are docid ranges (see cmq_index_date_key()), so filters and the newest-first
 * order are walks of the FTS5 doclists or the docs table in rowid order, which stop at @limit.
 * Returns an SQLite result code. */
static int
run_query (CmqIndex *self, CmqQuery *query, CmqIndexSort sort, guint limit,
           CmqIndexQueryFlags flags, Sink *sink)
{
  CmqIndexMatch match;
  const char *from = cmq_query_get_date_from (query);
  const char *until = cmq_query_get_date_until (query);
  sqlite3_int64 low = 0, high = G_MAXINT64;
  sqlite3_int64 all = limit > 0 ? (sqlite3_int64) limit : -1;
  /* Gathered hits bring the snippets of the rows a window shows first. */
  guint n_snippets = (flags & CMQ_INDEX_QUERY_SNIPPETS) ? G_MAXUINT
                     : sink->hits != NULL               ? SNIPPET_PREFETCH
                                                        : 0;
  int rc = SQLITE_OK;

  /* A phrase too long to search matches nothing (not everything, as no word would). */
  if (cmq_query_is_too_long (query))
    return SQLITE_OK;
  if (from != NULL || until != NULL)
    low = CMQ_INDEX_UNDATED_END; /* undated releases do not match */
  if (from != NULL)
    low = MAX (low, cmq_index_date_key (from));
  if (until != NULL)
    high = cmq_index_date_key (until);
  if ((rc = cmq_index_match_for (self->db, query, &match)) != SQLITE_OK)
    return rc;
  /* Short prefixes alone have nothing to rank over the table: nor over fts, for the same order. */
  if (match.fallback && cmq_query_get_word_match (query) == NULL &&
      sort == CMQ_INDEX_SORT_RELEVANCE)
    sort = CMQ_INDEX_SORT_NEWEST;

  if (fallback_scans (query, &match, sort, limit))
    rc = collect_fallback (self, query, &match, limit, low, high, n_snippets, sink);
  else if (match.words == NULL && match.prefixes != NULL)
    rc = collect_prefixes_only (self->db, query, sort, low, high, all, n_snippets, sink);
  else if (match.words == NULL)
    rc = collect_without_words (self->db, query, sort, low, high, all, sink);
  else
    rc = collect_words (self, query, &match, sort, limit, low, high, n_snippets, sink);

  if (rc != SQLITE_OK || sink->hits == NULL)
    return rc;
  keep_snippets (self, cmq_query_get_match (query), sink->hits);
  return fill_snippets (self, query, flags, sink->hits, sink->docids);
}

static gboolean
run_query_locked (CmqIndex *self, CmqQuery *query, CmqIndexSort sort, guint limit,
                  CmqIndexQueryFlags flags, Sink *sink, GCancellable *cancellable, GError **error)
{
  gboolean begun;
  int rc;

  g_mutex_lock (&self->lock);
  if (cancellable != NULL)
    sqlite3_progress_handler (self->db, CANCEL_CHECK_STEPS, cancelled_cb, cancellable);
  sink->snippets = (flags & CMQ_INDEX_QUERY_SNIPPETS) != 0;
  sink->brief = (flags & CMQ_INDEX_QUERY_BRIEF) != 0;
  /* Whether the prefixes table is finished holds for every statement of the query. */
  begun = cmq_index_read_begin (self->db);
  rc = run_query (self, query, sort, limit, flags, sink);
  if (rc != SQLITE_OK)
    rc = cmq_index_set_sqlite_error (error, self->db, rc);
  cmq_index_read_end (self->db, begun);
  sqlite3_progress_handler (self->db, 0, NULL, NULL);
  g_mutex_unlock (&self->lock);

  if (rc != SQLITE_OK)
    cmq_index_recover (self, rc);
  return rc == SQLITE_OK;
}

GPtrArray *
cmq_index_query (CmqIndex *self, CmqQuery *query, CmqIndexSort sort, guint limit,
                 CmqIndexQueryFlags flags, GCancellable *cancellable, GError **error)
{
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (GArray) docids = NULL;
  Sink sink = { 0 };

  g_return_val_if_fail (CMQ_IS_INDEX (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  hits = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_index_hit_free);
  docids = g_array_new (FALSE, FALSE, sizeof (sqlite3_int64));
  sink.hits = hits;
  sink.docids = docids;
  if (!run_query_locked (self, query, sort, limit, flags, &sink, cancellable, error))
    return NULL;
  return g_steal_pointer (&hits);
}

gboolean
cmq_index_query_foreach (CmqIndex *self, CmqQuery *query, CmqIndexSort sort, guint limit,
                         CmqIndexQueryFlags flags, CmqIndexHitFunc func, gpointer user_data,
                         GCancellable *cancellable, GError **error)
{
  Sink sink = { NULL, NULL, func, user_data };

  g_return_val_if_fail (CMQ_IS_INDEX (self), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return run_query_locked (self, query, sort, limit, flags, &sink, cancellable, error);
}

typedef struct
{
  CmqQuery *query;
  CmqIndexSort sort;
  guint limit;
  CmqIndexQueryFlags flags;
} QueryData;

static void
query_data_free (QueryData *data)
{
  cmq_query_unref (data->query);
  g_free (data);
}

static void
query_thread_cb (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  QueryData *data = task_data;
  g_autoptr (GError) error = NULL;
  GPtrArray *hits;

  hits = cmq_index_query (source, data->query, data->sort, data->limit, data->flags, cancellable,
                          &error);
  if (hits == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, hits, (GDestroyNotify) g_ptr_array_unref);
}

void
cmq_index_query_async (CmqIndex *self, CmqQuery *query, CmqIndexSort sort, guint limit,
                       CmqIndexQueryFlags flags, GCancellable *cancellable,
                       GAsyncReadyCallback callback, gpointer user_data)
{
  g_autoptr (GTask) task = NULL;
  QueryData *data;

  g_return_if_fail (CMQ_IS_INDEX (self));
  g_return_if_fail (query != NULL);

  data = g_new0 (QueryData, 1);
  data->query = cmq_query_ref (query);
  data->sort = sort;
  data->limit = limit;
  data->flags = flags;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cmq_index_query_async);
  g_task_set_task_data (task, data, (GDestroyNotify) query_data_free);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, query_thread_cb);
}

GPtrArray *
cmq_index_query_finish (CmqIndex *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

sqlite3_int64
cmq_index_lookup_docid (sqlite3 *db, const char *id, int *rc_out)
{
  sqlite3_stmt *stmt = NULL;
  sqlite3_int64 docid = 0;
  int rc = sqlite3_prepare_v2 (db, "SELECT docid FROM docs WHERE id = ?", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        docid = sqlite3_column_int64 (stmt, 0);
      if (rc == SQLITE_ROW || rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  *rc_out = rc;
  return docid;
}

char *
cmq_index_dup_snippet (CmqIndex *self, CmqQuery *query, const char *id, GError **error)
{
  sqlite3_int64 docid;
  char *snippet = NULL;
  int rc;

  g_return_val_if_fail (CMQ_IS_INDEX (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  g_mutex_lock (&self->lock);
  if (cmq_query_get_match (query) != NULL &&
      g_strcmp0 (self->snippets_match, cmq_query_get_match (query)) == 0 &&
      (snippet = g_strdup (g_hash_table_lookup (self->snippets, id))) != NULL)
    {
      g_mutex_unlock (&self->lock);
      return snippet;
    }
  docid = cmq_index_lookup_docid (self->db, id, &rc);
  if (rc == SQLITE_OK && docid == 0)
    g_set_error (error, CMQ_INDEX_ERROR, CMQ_INDEX_ERROR_NOT_FOUND, "No release %s", id);
  else if (rc == SQLITE_OK)
    snippet = snippet_for (self->db, query, docid, &rc);
  if (rc != SQLITE_OK)
    cmq_index_set_sqlite_error (error, self->db, rc);
  g_mutex_unlock (&self->lock);

  cmq_index_recover (self, rc);
  return snippet;
}

/* Release bodies */

/* Lock held. */
static CmqRelease *
read_release (sqlite3 *db, const char *id, int *rc_out, GError **error)
{
  static const char sql[] = "SELECT " CMQ_INDEX_RELEASE_COLUMNS
                            " FROM docs d JOIN bodies b ON b.docid = d.docid WHERE d.id = ?";
  sqlite3_stmt *stmt = NULL;
  CmqRelease *release = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
    }
  if (rc == SQLITE_ROW)
    {
      release = cmq_index_read_release (stmt, 0);
      rc = release != NULL ? SQLITE_OK : SQLITE_CORRUPT;
    }
  else if (rc == SQLITE_DONE)
    {
      g_set_error (error, CMQ_INDEX_ERROR, CMQ_INDEX_ERROR_NOT_FOUND, "No release %s", id);
      rc = SQLITE_OK;
    }
  if (rc != SQLITE_OK)
    cmq_index_set_sqlite_error (error, db, rc);
  sqlite3_finalize (stmt);
  *rc_out = rc;
  return release;
}

CmqRelease *
cmq_index_load_release (CmqIndex *self, const char *id, GError **error)
{
  CmqRelease *release;
  int rc;

  g_return_val_if_fail (CMQ_IS_INDEX (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_mutex_lock (&self->lock);
  release = read_release (self->db, id, &rc, error);
  g_mutex_unlock (&self->lock);

  cmq_index_recover (self, rc);
  return release;
}
