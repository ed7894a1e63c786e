/* cmq-index-counts.c: how many releases a query finds in each month, for the timeline above
 * the release list.
 *
 * A docid holds its release's day (see CMQ_INDEX_DOCID_DAY_SHIFT), so one GROUP BY over the
 * query's matches, reading neither the docs nor the bodies, gives the count of each day; the
 * days are then summed into months here. The same matches as cmq_index_query(): the same MATCH
 * expression, exclusions, date range and source: filters (only these read the docs).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-index"

#include "cmq-index-private.h"

/* How often a running statement checks whether it was cancelled (virtual machine steps). */
#define CANCEL_CHECK_STEPS 2000

/* ?1 the MATCH expression, ?2 and ?3 the docid range; columns the day and its count. */
#define COUNT_MATCH_SQL                                                                            \
  "SELECT rowid >> 10, count(*) FROM fts WHERE fts MATCH ?1 AND rowid >= ?2 AND rowid < ?3"        \
  " GROUP BY 1"
#define COUNT_EXCLUDE_SQL                                                                          \
  "SELECT docid >> 10, count(*) FROM docs WHERE docid >= ?2 AND docid < ?3 AND docid NOT IN"       \
  " (SELECT rowid FROM fts WHERE fts MATCH ?1) GROUP BY 1"
#define COUNT_ALL_SQL                                                                              \
  "SELECT docid >> 10, count(*) FROM docs WHERE docid >= ?2 AND docid < ?3 AND ?1 IS NULL"         \
  " GROUP BY 1"

/* With source: filters (?6 the sources, ?7 those left out; see SOURCE_FILTER in
 * cmq-index-query.c), each match's source is read from docs. */
#define SOURCE_OK " AND cmq_source_ok (d.source, ?6, ?7)"
#define COUNT_MATCH_SOURCE_SQL                                                                     \
  "SELECT fts.rowid >> 10, count(*) FROM fts JOIN docs d ON d.docid = fts.rowid"                   \
  " WHERE fts MATCH ?1 AND fts.rowid >= ?2 AND fts.rowid < ?3" SOURCE_OK " GROUP BY 1"
#define COUNT_EXCLUDE_SOURCE_SQL                                                                   \
  "SELECT d.docid >> 10, count(*) FROM docs d WHERE d.docid >= ?2 AND d.docid < ?3" SOURCE_OK      \
  " AND d.docid NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?1) GROUP BY 1"
#define COUNT_ALL_SOURCE_SQL                                                                       \
  "SELECT d.docid >> 10, count(*) FROM docs d WHERE d.docid >= ?2 AND d.docid < ?3 AND ?1 IS "     \
  "NULL" SOURCE_OK " GROUP BY 1"

/* Short prefixes (cmq_query_get_prefix_match(), ?8): with words, a filter of the statements over
 * fts; alone, the statements over prefixes. */
#define PREFIX_FILTER                                                                              \
  " AND +fts.rowid IN (SELECT rowid FROM prefixes WHERE prefixes MATCH ?8 AND rowid >= ?2"         \
  " AND rowid < ?3)"
#define COUNT_PREFIX_SQL                                                                           \
  "SELECT rowid >> 10, count(*) FROM prefixes WHERE prefixes MATCH ?8 AND rowid >= ?2"             \
  " AND rowid < ?3 GROUP BY 1"
/* The same without the releases of the excluded words ?1. */
#define NOT_EXCLUDED " AND rowid NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?1)"
#define COUNT_PREFIX_SQL_EXCLUDE                                                                   \
  "SELECT rowid >> 10, count(*) FROM prefixes WHERE prefixes MATCH ?8 AND rowid >= ?2"             \
  " AND rowid < ?3" NOT_EXCLUDED " GROUP BY 1"
#define COUNT_PREFIX_SOURCE_SQL_EXCLUDE                                                            \
  "SELECT p.rowid >> 10, count(*) FROM prefixes p JOIN docs d ON d.docid = p.rowid"                \
  " WHERE prefixes MATCH ?8 AND p.rowid >= ?2 AND p.rowid < ?3"                                    \
  " AND p.rowid NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?1)" SOURCE_OK " GROUP BY 1"
#define COUNT_PREFIX_SOURCE_SQL                                                                    \
  "SELECT p.rowid >> 10, count(*) FROM prefixes p JOIN docs d ON d.docid = p.rowid"                \
  " WHERE prefixes MATCH ?8 AND p.rowid >= ?2 AND p.rowid < ?3" SOURCE_OK " GROUP BY 1"

G_STATIC_ASSERT (CMQ_INDEX_DOCID_DAY_SHIFT == 10);

/* The statement that counts the matches of @query (@words of it, see cmq_index_match_for()) by
 * day. */
static char *
count_sql (CmqQuery *query, const CmqIndexMatch *words)
{
  gboolean sources =
      cmq_query_get_sources (query) != NULL || cmq_query_get_exclude_sources (query) != NULL;
  const char *match = words->words;
  const char *prefixes = words->prefixes;

  if (prefixes != NULL && match == NULL && cmq_query_get_exclude_match (query) != NULL)
    return g_strdup (sources ? COUNT_PREFIX_SOURCE_SQL_EXCLUDE : COUNT_PREFIX_SQL_EXCLUDE);
  if (prefixes != NULL && match == NULL)
    return g_strdup (sources ? COUNT_PREFIX_SOURCE_SQL : COUNT_PREFIX_SQL);
  if (prefixes != NULL)
    return g_strdup_printf (sources ? "SELECT fts.rowid >> 10, count(*) FROM fts JOIN docs d"
                                      " ON d.docid = fts.rowid WHERE fts MATCH ?1"
                                      " AND fts.rowid >= ?2 AND fts.rowid < ?3" SOURCE_OK
                                      "%s GROUP BY 1"
                                    : "SELECT rowid >> 10, count(*) FROM fts WHERE fts MATCH ?1"
                                      " AND rowid >= ?2 AND rowid < ?3%s GROUP BY 1",
                            PREFIX_FILTER);
  if (sources)
    return g_strdup (match != NULL                                 ? COUNT_MATCH_SOURCE_SQL
                     : cmq_query_get_exclude_match (query) != NULL ? COUNT_EXCLUDE_SOURCE_SQL
                                                                   : COUNT_ALL_SOURCE_SQL);
  return g_strdup (match != NULL                                 ? COUNT_MATCH_SQL
                   : cmq_query_get_exclude_match (query) != NULL ? COUNT_EXCLUDE_SQL
                                                                 : COUNT_ALL_SQL);
}

static int
cancelled_cb (void *user_data)
{
  return g_cancellable_is_cancelled (user_data) ? 1 : 0;
}

static int
compare_days (gconstpointer a, gconstpointer b)
{
  sqlite3_int64 day_a = *(const sqlite3_int64 *) a;
  sqlite3_int64 day_b = *(const sqlite3_int64 *) b;

  return day_a < day_b ? -1 : day_a > day_b;
}

/* Adds @count releases of Julian day @day to the month it falls in (@months is sorted). */
static void
add_day (GArray *months, guint *n_undated, sqlite3_int64 day, guint count)
{
  CmqIndexMonthCount month = { 0, 0, count };
  GDate date;

  if (day < (CMQ_INDEX_UNDATED_END >> CMQ_INDEX_DOCID_DAY_SHIFT) || day > G_MAXUINT32 ||
      !g_date_valid_julian ((guint32) day))
    {
      *n_undated += count;
      return;
    }
  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32) day);
  month.year = g_date_get_year (&date);
  month.month = g_date_get_month (&date);
  if (months->len > 0)
    {
      CmqIndexMonthCount *last = &g_array_index (months, CmqIndexMonthCount, months->len - 1);

      if (last->year == month.year && last->month == month.month)
        {
          last->count += count;
          return;
        }
    }
  g_array_append_val (months, month);
}

/* Lock held. */
static int
count_months (CmqIndex *self, CmqQuery *query, GArray *months, guint *n_undated)
{
  CmqIndexMatch words;
  const char *exclude = cmq_query_get_exclude_match (query);
  const char *from = cmq_query_get_date_from (query);
  const char *until = cmq_query_get_date_until (query);
  const char *sources = cmq_query_get_sources (query);
  const char *exclude_sources = cmq_query_get_exclude_sources (query);
  sqlite3_int64 low = 0, high = G_MAXINT64;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *sql = NULL;
  int rc;

  /* A phrase too long to search matches nothing (see run_query() in cmq-index-query.c). */
  if (cmq_query_is_too_long (query))
    return SQLITE_OK;
  if (from != NULL || until != NULL)
    low = CMQ_INDEX_UNDATED_END;
  if (from != NULL)
    low = MAX (low, cmq_index_date_key (from));
  if (until != NULL)
    high = cmq_index_date_key (until);

  if ((rc = cmq_index_match_for (self->db, query, &words)) != SQLITE_OK)
    return rc;
  sql = count_sql (query, &words);
  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      /* Days come in no promised order: sorted first, so that months are summed in one pass. */
      g_autoptr (GArray) days = g_array_new (FALSE, FALSE, sizeof (sqlite3_int64) * 2);

      sqlite3_bind_text (stmt, 1, words.words != NULL ? words.words : exclude, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, low);
      sqlite3_bind_int64 (stmt, 3, high);
      if (sqlite3_bind_parameter_count (stmt) >= 7)
        {
          sqlite3_bind_text (stmt, 6, sources, -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 7, exclude_sources, -1, SQLITE_STATIC);
        }
      if (sqlite3_bind_parameter_count (stmt) >= 8)
        sqlite3_bind_text (stmt, 8, cmq_query_get_prefix_match (query), -1, SQLITE_STATIC);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          sqlite3_int64 day[2] = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1) };

          g_array_append_val (days, day);
        }
      if (rc == SQLITE_DONE)
        {
          rc = SQLITE_OK;
          g_array_sort (days, compare_days);
          for (guint i = 0; i < days->len; i++)
            {
              sqlite3_int64 *day = &g_array_index (days, sqlite3_int64, 2 * i);

              add_day (months, n_undated, day[0], (guint) day[1]);
            }
        }
    }
  sqlite3_finalize (stmt);
  return rc;
}

GArray *
cmq_index_count_months (CmqIndex *self, CmqQuery *query, guint *n_undated,
                        GCancellable *cancellable, GError **error)
{
  g_autoptr (GArray) months = g_array_new (FALSE, FALSE, sizeof (CmqIndexMonthCount));
  guint undated = 0;
  gboolean begun;
  int rc;

  g_return_val_if_fail (CMQ_IS_INDEX (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_mutex_lock (&self->lock);
  if (cancellable != NULL)
    sqlite3_progress_handler (self->db, CANCEL_CHECK_STEPS, cancelled_cb, cancellable);
  /* Whether the prefixes table is finished, in the snapshot the counts are read in. */
  begun = cmq_index_read_begin (self->db);
  rc = count_months (self, query, months, &undated);
  if (rc != SQLITE_OK)
    rc = cmq_index_set_sqlite_error (error, self->db, rc);
  cmq_index_read_end (self->db, begun);
  sqlite3_progress_handler (self->db, 0, NULL, NULL);
  g_mutex_unlock (&self->lock);

  if (rc != SQLITE_OK)
    {
      cmq_index_recover (self, rc);
      return NULL;
    }
  if (n_undated != NULL)
    *n_undated = undated;
  return g_steal_pointer (&months);
}
