/* cmq-index-schema.c: the index's database: its schema, the SQL functions it uses (cmq_body,
 * cmq_first, cmq_rank, cmq_source_ok), opening a connection and opening or rebuilding the file, and the SQLite
 * helpers every part of the index shares.
 *
 * Schema. docs holds one row per release (what a list row shows, see cmq-index-codec.c), bodies its
 * text (its paragraphs, a NUL and its quotes as JSON, deflated: the text would otherwise be most of
 * the file, and quotes repeat the text they are taken from; in a table of its own so that listing
 * releases does not read through the text; its rows in the order they were written, found by docid
 * through an index: keyed by docid, the batches of a bulk update, each spread over every year, were
 * inserted all over the table and page splits left a sixth of it empty), files one row per release
 * file (for the incremental scan: stat data and the release it holds, or why it is none), notes a
 * copy of the user's notes, sketches and sketch_slots the signature of each release's wording, for
 * finding similar releases (cmq-index-similar.c). fts is an FTS5 table over the view docs_text,
 * "external content": the index stores the words only and reads the text back through the view for
 * snippets, so the text is kept once. Two- and three-letter prefixes are looked up in prefixes,
 * each release's distinct prefixes without positions (cmq-index-prefixes.c, schema 7), tokenized by
 * cmq_words, which splits the worker's list of them at its spaces rather than folding it again, and
 * without the count of each row's tokens, which nothing ranks by (columnsize = 0) (schema 11). fts
 * has one prefix index, of four characters (schema 10): a prefix of four is how a word being typed
 * first reaches fts, and without it FTS5 merged the doclists of every word it starts ("nato" alone:
 * nine releases in ten) for each statement, 11 to 38 ms at 100,000 releases; with it, 2.5 to 3 ms,
 * for an index 28% larger. Longer prefixes still merge (words they start are fewer). fts's
 * tokenizer, cmq, is unicode61 with remove_diacritics 2, which replays the tokens an import worker
 * found (cmq-index-tokens.c, schema 8): opened without Communiqué's functions, fts cannot be
 * queried.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-index"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "cmq-index-private.h"

/* How long a statement waits for another connection's write to end. */
#define BUSY_TIMEOUT_MS 250
/* Title words weigh this much more than body words; notes a little more than the body. */
#define RANK_FUNCTION "bm25(8.0, 1.0, 2.0)"

static const char schema_sql[] =
    "CREATE TABLE docs ("
    "  docid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, file TEXT NOT NULL,"
    "  title TEXT NOT NULL, date TEXT, partial_date TEXT, language TEXT,"
    "  date_source TEXT NOT NULL, source TEXT, url TEXT, kind TEXT, mtime INTEGER NOT NULL,"
    "  chrome_lines INTEGER NOT NULL);"
    "CREATE TABLE bodies (docid INTEGER NOT NULL UNIQUE, body BLOB NOT NULL);"
    "CREATE TABLE files ("
    "  path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime INTEGER NOT NULL,"
    "  inode INTEGER NOT NULL, docid INTEGER, skipped TEXT) WITHOUT ROWID;"
    "CREATE INDEX files_docid ON files (docid);"
    "CREATE TABLE notes (id TEXT PRIMARY KEY, note TEXT NOT NULL) WITHOUT ROWID;"
    "CREATE TABLE sketches (docid INTEGER PRIMARY KEY, sketch BLOB NOT NULL);"
    "CREATE TABLE sketch_slots (key INTEGER NOT NULL, docid INTEGER NOT NULL,"
    "  PRIMARY KEY (key, docid)) WITHOUT ROWID;"
    "CREATE VIEW docs_text (docid, title, body, notes) AS"
    "  SELECT d.docid, d.title, cmq_body (b.body), coalesce (n.note, '')"
    "  FROM docs d JOIN bodies b ON b.docid = d.docid LEFT JOIN notes n ON n.id = d.id;"
    "CREATE VIRTUAL TABLE fts USING fts5 (title, body, notes, content = 'docs_text',"
    "  content_rowid = 'docid', tokenize = 'cmq', prefix = '4');" CMQ_INDEX_PREFIXES_SQL ";"
    "CREATE TABLE unfinished (what TEXT PRIMARY KEY) WITHOUT ROWID;"
    "INSERT INTO fts (fts, rank) VALUES ('rank', '" RANK_FUNCTION "');";

/* SQLite helpers */

gboolean
cmq_index_rc_is_corrupt (int rc)
{
  return (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB;
}

int
cmq_index_set_sqlite_error (GError **error, sqlite3 *db, int rc)
{
  int code = CMQ_INDEX_ERROR_FAILED;

  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
    code = CMQ_INDEX_ERROR_BUSY;
  if ((rc & 0xff) == SQLITE_INTERRUPT)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Cancelled");
  else
    g_set_error (error, CMQ_INDEX_ERROR, code, "SQLite: %s",
                 db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  return rc;
}

gboolean
cmq_index_db_exec (sqlite3 *db, const char *sql, GError **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      cmq_index_set_sqlite_error (error, db, rc);
      return FALSE;
    }
  return TRUE;
}

/* cmq_body (blob): the indexed text of a deflated body (up to the NUL before the quotes), used by
 * the docs_text view. */
static void
sql_body_cb (sqlite3_context *context, int argc, sqlite3_value **argv)
{
  char *text = cmq_index_body_text (sqlite3_value_blob (argv[0]), sqlite3_value_bytes (argv[0]));

  if (text == NULL)
    {
      sqlite3_result_error_code (context, SQLITE_CORRUPT);
      return;
    }
  sqlite3_result_text (context, text, -1, g_free);
}

/* cmq_first (n): true for the first @n rows of a statement (n a bound parameter), so that an
 * expensive column is computed only for the rows shown first. The count lives in the auxiliary
 * data of the constant argument, kept for the run of the statement; should SQLite drop it, the
 * count starts again, which only costs time. */
static void
sql_first_cb (sqlite3_context *context, int argc, sqlite3_value **argv)
{
  sqlite3_int64 *seen = sqlite3_get_auxdata (context, 0);

  if (seen == NULL)
    {
      seen = g_new0 (sqlite3_int64, 1);
      sqlite3_set_auxdata (context, 0, seen, g_free);
      /* set_auxdata frees @seen at once when it cannot keep it */
      seen = sqlite3_get_auxdata (context, 0);
    }
  if (seen == NULL)
    {
      sqlite3_result_int (context, sqlite3_value_int64 (argv[0]) > 0);
      return;
    }
  sqlite3_result_int (context, (*seen)++ < sqlite3_value_int64 (argv[0]));
}

/* cmq_source_ok (source, sources, excluded): whether a release's source passes a query's
 * source: filters (cmq_query_get_sources(), cmq_query_get_exclude_sources(); NULL: none). */
static void
sql_source_ok_cb (sqlite3_context *context, int argc, sqlite3_value **argv)
{
  const char *source = (const char *) sqlite3_value_text (argv[0]);
  const char *sources = (const char *) sqlite3_value_text (argv[1]);
  const char *excluded = (const char *) sqlite3_value_text (argv[2]);

  sqlite3_result_int (context,
                      cmq_query_source_matches (source, sources) &&
                          (excluded == NULL || !cmq_query_source_matches (source, excluded)));
}

/* cmq_rank (fts, weight…): FTS5's bm25() with the same weights, parameters and order, without
 * its most expensive part when the query has a single phrase (a word, a prefix, a quoted
 * phrase): bm25 multiplies each phrase's term by its inverse document frequency, which FTS5
 * finds by running the phrase over the whole index (20 ms at 100,000 releases for a common
 * phrase). With one phrase that is the same factor for every row: leaving it out changes the
 * scores, not their order. With several phrases it weighs them against each other and is
 * computed as bm25 does, but only for phrases some ranked row has, and only counted up to half
 * the rows (where it reaches its floor). */
typedef struct
{
  int n_phrases;
  gboolean sizes_ok; /* the lengths of cmq-index-sizes.c can be used */
  sqlite3_int64 n_rows;
  double avgdl;
  double *idf;
  double *freq;
} RankData;

typedef struct
{
  sqlite3_int64 n_hits;
  sqlite3_int64 n_rows;
} HitCount;

/* Stops at half the rows: from there on the IDF is at its floor whatever the count. */
static int
count_hit_cb (const Fts5ExtensionApi *api, Fts5Context *fts, void *user_data)
{
  HitCount *count = user_data;

  return ++count->n_hits * 2 >= count->n_rows ? SQLITE_DONE : SQLITE_OK;
}

static guint n_counted; /* atomic, see cmq_index_rank_get_n_counted() */

guint
cmq_index_rank_get_n_counted (void)
{
  return (guint) g_atomic_int_get (&n_counted);
}

/* The IDF of @phrase, from the rows having it: counted by running it over the index, unless the
 * statements of this connection counted it already for the same expression and data. */
static int
phrase_idf (const Fts5ExtensionApi *api, Fts5Context *fts, RankData *rank, int phrase)
{
  CmqIndexSizes *sizes = api->xUserData (fts);
  HitCount count = { 0, rank->n_rows };
  double idf;
  int rc = SQLITE_OK;

  if (!(rank->sizes_ok &&
        cmq_index_sizes_get_count (sizes, rank->n_phrases, phrase, &count.n_hits)))
    {
      g_atomic_int_inc (&n_counted);
      rc = api->xQueryPhrase (fts, phrase, &count, count_hit_cb);
      if (rc == SQLITE_OK && rank->sizes_ok)
        cmq_index_sizes_set_count (sizes, rank->n_phrases, phrase, count.n_hits);
    }
  idf = log ((rank->n_rows - count.n_hits + 0.5) / (count.n_hits + 0.5));
  rank->idf[phrase] = idf <= 0.0 || count.n_hits * 2 >= rank->n_rows ? 1e-6 : idf;
  return rc;
}

static void
rank_data_free (void *data)
{
  RankData *rank = data;

  g_free (rank->idf);
  g_free (rank->freq);
  g_free (rank);
}

static int
rank_data_get (const Fts5ExtensionApi *api, Fts5Context *fts, RankData **out)
{
  RankData *rank = api->xGetAuxdata (fts, 0);
  sqlite3_int64 n_rows = 0, n_tokens = 0;
  int rc;

  if (rank != NULL)
    {
      *out = rank;
      return SQLITE_OK;
    }
  rank = g_new0 (RankData, 1);
  rank->n_phrases = api->xPhraseCount (fts);
  rank->idf = g_new0 (double, MAX (rank->n_phrases, 1));
  rank->freq = g_new0 (double, MAX (rank->n_phrases, 1));
  rc = api->xRowCount (fts, &n_rows);
  if (rc == SQLITE_OK)
    rc = api->xColumnTotalSize (fts, -1, &n_tokens);
  if (rc == SQLITE_OK)
    rank->avgdl = n_rows > 0 ? (double) n_tokens / (double) n_rows : 1.0;
  rank->n_rows = n_rows;
  /* The lengths in memory, read again if the database changed since the last statement. */
  rank->sizes_ok = rc == SQLITE_OK && cmq_index_sizes_check (api->xUserData (fts)) == SQLITE_OK;
  for (int i = 0; i < rank->n_phrases; i++)
    rank->idf[i] = rank->n_phrases == 1 ? 1.0 : -1.0; /* -1: not known yet */
  if (rc == SQLITE_OK)
    rc = api->xSetAuxdata (fts, rank, rank_data_free); /* frees @rank when it fails */
  else
    rank_data_free (rank);
  *out = rc == SQLITE_OK ? rank : NULL;
  return rc;
}

static void
rank_cb (const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int n_values,
         sqlite3_value **values)
{
  const double k1 = 1.2, b = 0.75;
  RankData *rank = NULL;
  int n_inst = 0, n_tokens = 0;
  double score = 0.0;
  int rc = rank_data_get (api, fts, &rank);

  if (rc == SQLITE_OK)
    {
      memset (rank->freq, 0, sizeof (double) * MAX (rank->n_phrases, 1));
      rc = api->xInstCount (fts, &n_inst);
    }
  for (int i = 0; rc == SQLITE_OK && i < n_inst; i++)
    {
      int phrase, column, offset;

      rc = api->xInst (fts, i, &phrase, &column, &offset);
      if (rc == SQLITE_OK && phrase >= 0 && phrase < rank->n_phrases)
        rank->freq[phrase] += n_values > column ? sqlite3_value_double (values[column]) : 1.0;
    }
  if (rc == SQLITE_OK && !(rank->sizes_ok && cmq_index_sizes_lookup (api->xUserData (fts),
                                                                     api->xRowid (fts), &n_tokens)))
    rc = api->xColumnSize (fts, -1, &n_tokens);
  /* A phrase's IDF is counted when a row first has it: a phrase under NOT (or an alternative
   * no ranked row has) adds nothing to any score, and is never counted. */
  for (int i = 0; rc == SQLITE_OK && i < rank->n_phrases; i++)
    if (rank->freq[i] > 0 && rank->idf[i] < 0)
      rc = phrase_idf (api, fts, rank, i);
  if (rc != SQLITE_OK)
    {
      sqlite3_result_error_code (context, rc);
      return;
    }
  for (int i = 0; i < rank->n_phrases; i++)
    if (rank->freq[i] > 0)
      score += rank->idf[i] * (rank->freq[i] * (k1 + 1.0)) /
               (rank->freq[i] + k1 * (1.0 - b + b * n_tokens / rank->avgdl));
  sqlite3_result_double (context, -score);
}

static int
register_rank (sqlite3 *db)
{
  fts5_api *api = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "SELECT fts5 (?1)", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      sqlite3_bind_pointer (stmt, 1, (void *) &api, "fts5_api_ptr", NULL);
      sqlite3_step (stmt);
      rc = sqlite3_finalize (stmt);
    }
  if (rc == SQLITE_OK && api == NULL)
    rc = SQLITE_ERROR;
  if (rc == SQLITE_OK)
    {
      CmqIndexSizes *sizes = cmq_index_sizes_new (db);
      /* FTS5 frees @sizes with the connection, not when it fails. */
      rc = api->xCreateFunction (api, "cmq_rank", sizes, rank_cb, cmq_index_sizes_free);
      if (rc != SQLITE_OK)
        cmq_index_sizes_free (sizes);
    }
  if (rc == SQLITE_OK)
    rc = cmq_index_snippet_register (api);
  if (rc == SQLITE_OK)
    rc = cmq_index_tokens_register (api);
  return rc;
}

sqlite3 *
cmq_index_db_open (const char *path, int *rc_out)
{
  sqlite3 *db = NULL;
  int rc;

  /* No mutex of SQLite's own per connection: a connection is only ever used by one thread at a
   * time. The index's (CmqIndex's @db) is only used with its lock held, an update's writer only
   * by the thread running that update (its import workers never touch it), and nothing calls
   * sqlite3_interrupt() from elsewhere. SQLite's locks on each call were a tenth of a query's
   * instructions. */
  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_function_v2 (db, "cmq_body", 1,
                                     SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
                                     sql_body_cb, NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_function_v2 (db, "cmq_first", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, NULL,
                                     sql_first_cb, NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_function_v2 (db, "cmq_source_ok", 3,
                                     SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
                                     sql_source_ok_cb, NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = cmq_index_prefixes_register (db);
  if (rc == SQLITE_OK)
    rc = register_rank (db);
  if (rc != SQLITE_OK)
    {
      g_debug ("Cannot open %s: %s", path, db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      sqlite3_close (db);
      *rc_out = rc;
      return NULL;
    }
  sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
  /* The WAL grows to the size of a bulk transaction; give the space back after checkpoints. */
  sqlite3_exec (db,
                "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -8000;"
                " PRAGMA journal_size_limit = 67108864;",
                NULL, NULL, NULL);
  *rc_out = SQLITE_OK;
  return db;
}

int
cmq_index_query_int (sqlite3 *db, const char *sql, int *value)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *value = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  return rc;
}

void
cmq_index_delete_files (const char *path)
{
  static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);
      g_unlink (name);
    }
}

/* Opens @path as an index of our schema: creates it when empty, rebuilds it when damaged or of
 * another version. NULL with @rc_out set when it cannot be used (locked, read-only, …). */
sqlite3 *
cmq_index_schema_open (const char *path, int *rc_out)
{
  for (int attempt = 0; attempt < 2; attempt++)
    {
      g_autoptr (GError) error = NULL;
      sqlite3 *db = cmq_index_db_open (path, rc_out);
      int version = -1;
      int n_tables = -1;
      int rc;

      if (db == NULL)
        return NULL;

      rc = cmq_index_query_int (db, "PRAGMA user_version", &version);
      if (rc == SQLITE_OK && version == 0)
        rc = cmq_index_query_int (db, "SELECT count(*) FROM sqlite_master", &n_tables);
      /* On a new file only (elsewhere they would wait for a lock for nothing): pages of 8 KiB
       * keep a deflated body (1-2 KiB) in its row rather than in a mostly empty overflow page,
       * and incremental vacuum gives back what an FTS5 'optimize' frees. */
      if (rc == SQLITE_OK && n_tables == 0)
        rc = sqlite3_exec (db, "PRAGMA page_size = 8192; PRAGMA auto_vacuum = INCREMENTAL", NULL,
                           NULL, NULL);
      if (rc == SQLITE_OK)
        rc = sqlite3_exec (db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);
      if (rc == SQLITE_OK && version == CMQ_INDEX_SCHEMA_VERSION)
        return db;

      if (rc == SQLITE_OK && n_tables == 0)
        {
          g_autofree char *sql =
              g_strdup_printf ("BEGIN IMMEDIATE; %s PRAGMA user_version = %d; COMMIT;", schema_sql,
                               CMQ_INDEX_SCHEMA_VERSION);

          if (cmq_index_db_exec (db, sql, &error))
            return db;
          rc = sqlite3_extended_errcode (db);
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
        }

      sqlite3_close (db);
      if (rc != SQLITE_OK && !cmq_index_rc_is_corrupt (rc))
        {
          *rc_out = rc;
          return NULL;
        }
      /* Damaged, or written by another version: a cache, so start again. */
      g_message ("Rebuilding the search index %s (%s)", path,
                 rc != SQLITE_OK ? sqlite3_errstr (rc) : "other schema version");
      cmq_index_delete_files (path);
    }
  *rc_out = SQLITE_CANTOPEN;
  return NULL;
}

/* The full text of one release, through the docs_text view, and its prefixes; not the prefixes
 * while a cold build writes them aside (the table unfinished has a row): the build's copy, or the
 * next update, writes them with the notes as they are then (cmq-index-prefix-build.c). */

/* Runs each statement of @sql with ?1 bound to @docid. */
static gboolean
exec_for_docid (sqlite3 *db, const char *sql, sqlite3_int64 docid, GError **error)
{
  int rc = SQLITE_OK;

  while (rc == SQLITE_OK && *sql != '\0')
    {
      sqlite3_stmt *stmt = NULL;

      rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, &sql);
      if (rc == SQLITE_OK && stmt != NULL)
        {
          sqlite3_bind_int64 (stmt, 1, docid);
          rc = sqlite3_step (stmt);
          sqlite3_finalize (stmt);
          if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
        }
    }
  if (rc != SQLITE_OK)
    {
      cmq_index_set_sqlite_error (error, db, rc);
      return FALSE;
    }
  return TRUE;
}

gboolean
cmq_index_fts_insert (sqlite3 *db, sqlite3_int64 docid, GError **error)
{
  static const char sql[] =
      "INSERT INTO fts (rowid, title, body, notes)"
      " SELECT docid, title, body, notes FROM docs_text WHERE docid = ?1;"
      " INSERT INTO prefixes (rowid, words)"
      " SELECT docid, cmq_prefixes (title, body, notes) FROM docs_text WHERE docid = ?1"
      "  AND NOT EXISTS (SELECT 1 FROM unfinished)";

  return exec_for_docid (db, sql, docid, error);
}

gboolean
cmq_index_fts_delete (sqlite3 *db, sqlite3_int64 docid, GError **error)
{
  static const char sql[] =
      "INSERT INTO fts (fts, rowid, title, body, notes)"
      " SELECT 'delete', docid, title, body, notes FROM docs_text WHERE docid = ?1;"
      " INSERT INTO prefixes (prefixes, rowid, words)"
      " SELECT 'delete', docid, cmq_prefixes (title, body, notes) FROM docs_text WHERE docid = ?1"
      "  AND NOT EXISTS (SELECT 1 FROM unfinished)";

  return exec_for_docid (db, sql, docid, error);
}
