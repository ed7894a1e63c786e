/* cmq-index.c: the full-text index of the library: opening and recovering the database,
 * queries, snippets, release bodies and notes. The scan and bulk import are in
 * cmq-index-update.c.
 *
 * Schema. docs holds one row per release (what a list row shows), bodies its text (its paragraphs,
 * a NUL and its quotes as JSON, deflated: the text would otherwise be most of the file, and
 * quotes repeat the text they are taken from; in a table of its own so that listing releases
 * does not read through the text), files one row per release file (for the incremental scan:
 * stat data and the release it holds, or why it is none), notes a copy of the user's notes. fts is an FTS5 table over the view docs_text, "external content": the index stores the
 * words only and reads the text back through the view for snippets, so the text is kept once.
 *
 * Any SQLite error that says the file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB) replaces the
 * database with an empty one, to be filled again by the next update; a database another process
 * keeps locked on open is left alone and a private temporary one used instead.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-index"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cmq-index-private.h"

/* How long a statement waits for another connection's write to end. */
#define BUSY_TIMEOUT_MS 250
/* Title words weigh this much more than body words; notes a little more than the body. */
#define RANK_FUNCTION "bm25(8.0, 1.0, 2.0)"

static const char schema_sql[] =
    "CREATE TABLE docs ("
    "  docid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, file TEXT NOT NULL,"
    "  title TEXT NOT NULL, date TEXT, partial_date TEXT, language TEXT,"
    "  date_source TEXT NOT NULL, mtime INTEGER NOT NULL, chrome_lines INTEGER NOT NULL);"
    "CREATE TABLE bodies (docid INTEGER PRIMARY KEY, body BLOB NOT NULL);"
    "CREATE TABLE files ("
    "  path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime INTEGER NOT NULL,"
    "  inode INTEGER NOT NULL, docid INTEGER, skipped TEXT) WITHOUT ROWID;"
    "CREATE INDEX files_docid ON files (docid);"
    "CREATE TABLE notes (id TEXT PRIMARY KEY, note TEXT NOT NULL) WITHOUT ROWID;"
    "CREATE VIEW docs_text (docid, title, body, notes) AS"
    "  SELECT d.docid, d.title, cmq_body (b.body), coalesce (n.note, '')"
    "  FROM docs d JOIN bodies b ON b.docid = d.docid LEFT JOIN notes n ON n.id = d.id;"
    "CREATE VIRTUAL TABLE fts USING fts5 (title, body, notes, content = 'docs_text',"
    "  content_rowid = 'docid', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');"
    "INSERT INTO fts (fts, rank) VALUES ('rank', '" RANK_FUNCTION "');";

enum
{
  SIGNAL_PROGRESS,
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (CmqIndex, cmq_index, G_TYPE_OBJECT)
/* clang-format would space out the dashes of the quark's name, and so the name itself. */
/* clang-format off */
G_DEFINE_QUARK (cmq-index-error-quark, cmq_index_error)
/* clang-format on */

void
cmq_index_hit_free (CmqIndexHit *hit)
{
  if (hit == NULL)
    return;
  g_free (hit->id);
  g_free (hit->file);
  g_free (hit->title);
  g_free (hit->date);
  g_free (hit->language);
  g_free (hit->partial_date);
  g_free (hit->snippet);
  g_free (hit);
}

CmqRelease *
cmq_index_hit_to_release (const CmqIndexHit *hit)
{
  CmqReleaseInfo info = { 0 };
  unsigned year = 0, month = 0, day = 0;

  g_return_val_if_fail (hit != NULL, NULL);

  if (hit->date != NULL)
    sscanf (hit->date, "%4u-%2u-%2u", &year, &month, &day);
  else if (hit->partial_date != NULL)
    sscanf (hit->partial_date, "--%2u-%2u", &month, &day);
  info.id = hit->id;
  info.file = hit->file;
  info.title = hit->title;
  info.language = hit->language;
  info.year = year;
  info.month = month;
  info.day = day;
  info.date_source = hit->date_source;
  return cmq_release_new (&info);
}

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

void
cmq_index_strip_marks (char *text)
{
  for (char *p = text; *p != '\0'; p++)
    if (*p == CMQ_INDEX_MARK_START[0] || *p == CMQ_INDEX_MARK_END[0])
      *p = ' ';
}

static GBytes *
convert_all (GConverter *converter, const void *data, gsize length)
{
  g_autoptr (GByteArray) out = g_byte_array_sized_new (length / 2 + 64);
  gsize read_total = 0;

  for (;;)
    {
      guint8 buffer[16384];
      gsize bytes_read = 0, bytes_written = 0;
      g_autoptr (GError) error = NULL;
      GConverterResult result;

      result = g_converter_convert (converter, (const guint8 *) data + read_total,
                                    length - read_total, buffer, sizeof buffer,
                                    G_CONVERTER_INPUT_AT_END, &bytes_read, &bytes_written, &error);
      if (result == G_CONVERTER_ERROR)
        {
          g_warning ("Cannot convert a stored body: %s", error->message);
          return NULL;
        }
      read_total += bytes_read;
      g_byte_array_append (out, buffer, bytes_written);
      if (result == G_CONVERTER_FINISHED)
        break;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

GBytes *
cmq_index_deflate (const char *text, gsize length)
{
  g_autoptr (GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_RAW, 6);

  return convert_all (G_CONVERTER (compressor), text, length);
}

char *
cmq_index_inflate (const void *data, gsize length, gsize *out_length)
{
  g_autoptr (GZlibDecompressor) decompressor =
      g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_RAW);
  g_autoptr (GBytes) bytes = NULL;
  gsize size;
  char *text;

  if (out_length != NULL)
    *out_length = 0;
  if (length == 0)
    return g_strdup ("");
  bytes = convert_all (G_CONVERTER (decompressor), data, length);
  if (bytes == NULL)
    return NULL;
  size = g_bytes_get_size (bytes);
  text = g_malloc (size + 1);
  memcpy (text, g_bytes_get_data (bytes, NULL), size);
  text[size] = '\0';
  if (out_length != NULL)
    *out_length = size;
  return text;
}

/* cmq_body (blob): the indexed text of a deflated body (up to the NUL before the quotes), used by
 * the docs_text view. */
static void
sql_body_cb (sqlite3_context *context, int argc, sqlite3_value **argv)
{
  char *text =
      cmq_index_inflate (sqlite3_value_blob (argv[0]), sqlite3_value_bytes (argv[0]), NULL);

  if (text == NULL)
    {
      sqlite3_result_error_code (context, SQLITE_CORRUPT);
      return;
    }
  cmq_index_strip_marks (text);
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
  if (rc == SQLITE_OK)
    rc = api->xColumnSize (fts, -1, &n_tokens);
  /* A phrase's IDF is counted when a row first has it: a phrase under NOT (or an alternative
   * no ranked row has) adds nothing to any score, and is never counted. */
  for (int i = 0; rc == SQLITE_OK && i < rank->n_phrases; i++)
    if (rank->freq[i] > 0 && rank->idf[i] < 0)
      {
        HitCount count = { 0, rank->n_rows };
        double idf;

        rc = api->xQueryPhrase (fts, i, &count, count_hit_cb);
        idf = log ((rank->n_rows - count.n_hits + 0.5) / (count.n_hits + 0.5));
        rank->idf[i] = idf <= 0.0 || count.n_hits * 2 >= rank->n_rows ? 1e-6 : idf;
      }
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
    rc = api->xCreateFunction (api, "cmq_rank", NULL, rank_cb, NULL);
  return rc;
}

sqlite3 *
cmq_index_db_open (const char *path, int *rc_out)
{
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_function_v2 (db, "cmq_body", 1,
                                     SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
                                     sql_body_cb, NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_function_v2 (db, "cmq_first", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, NULL,
                                     sql_first_cb, NULL, NULL, NULL);
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

static int
query_int (sqlite3 *db, const char *sql, int *value)
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

static void
delete_database_files (const char *path)
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
static sqlite3 *
open_index (const char *path, int *rc_out)
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

      rc = query_int (db, "PRAGMA user_version", &version);
      if (rc == SQLITE_OK && version == 0)
        rc = query_int (db, "SELECT count(*) FROM sqlite_master", &n_tables);
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
      delete_database_files (path);
    }
  *rc_out = SQLITE_CANTOPEN;
  return NULL;
}

/* Lock held. Opens self->path, or a private temporary index when it cannot be used. */
static void
open_or_fall_back (CmqIndex *self)
{
  g_autofree char *dir = g_path_get_dirname (self->path);
  g_autoptr (GError) error = NULL;
  g_autofree char *tmp_path = NULL;
  int rc = SQLITE_OK;
  int fd;

  g_mkdir_with_parents (dir, 0700);
  if (!self->fallback && (self->db = open_index (self->path, &rc)) != NULL)
    return;

  g_message ("Cannot use the search index %s (%s); using a temporary one", self->path,
             sqlite3_errstr (rc));
  fd = g_file_open_tmp ("communique-index-XXXXXX.sqlite", &tmp_path, &error);
  if (fd >= 0)
    {
      close (fd);
      self->db = open_index (tmp_path, &rc);
    }
  if (self->db == NULL)
    {
      /* Not even a temporary file: keep the index in memory for this run. */
      g_clear_pointer (&tmp_path, g_free);
      tmp_path = g_strdup_printf ("file:cmq-index-%p?mode=memory&cache=shared", (void *) self);
      self->db = open_index (tmp_path, &rc);
    }
  g_free (self->path);
  self->path = g_steal_pointer (&tmp_path);
  self->fallback = TRUE;
}

void
cmq_index_recover (CmqIndex *self, int rc)
{
  if (!cmq_index_rc_is_corrupt (rc))
    return;

  cmq_index_forget_snippets (self);
  g_mutex_lock (&self->lock);
  g_warning ("The search index %s is damaged (%s); rebuilding it", self->path, sqlite3_errstr (rc));
  g_clear_pointer (&self->db, sqlite3_close);
  delete_database_files (self->path);
  self->generation++;
  open_or_fall_back (self);
  g_mutex_unlock (&self->lock);

  /* The next update fills it again; tell the window its list is now empty. */
  cmq_index_emit_changed (self);
}

void
cmq_index_forget_snippets (CmqIndex *self)
{
  g_mutex_lock (&self->lock);
  g_hash_table_remove_all (self->snippets);
  g_clear_pointer (&self->snippets_match, g_free);
  g_mutex_unlock (&self->lock);
}

char *
cmq_index_dup_path (CmqIndex *self, guint *generation)
{
  char *path;

  g_mutex_lock (&self->lock);
  path = g_strdup (self->path);
  *generation = self->generation;
  g_mutex_unlock (&self->lock);
  return path;
}

/* The full text of one release, through the docs_text view. */

gboolean
cmq_index_fts_insert (sqlite3 *db, sqlite3_int64 docid, GError **error)
{
  static const char sql[] = "INSERT INTO fts (rowid, title, body, notes)"
                            " SELECT docid, title, body, notes FROM docs_text WHERE docid = ?";
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, docid);
      rc = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      cmq_index_set_sqlite_error (error, db, rc);
      return FALSE;
    }
  return TRUE;
}

gboolean
cmq_index_fts_delete (sqlite3 *db, sqlite3_int64 docid, GError **error)
{
  static const char sql[] =
      "INSERT INTO fts (fts, rowid, title, body, notes)"
      " SELECT 'delete', docid, title, body, notes FROM docs_text WHERE docid = ?";
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, docid);
      rc = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      cmq_index_set_sqlite_error (error, db, rc);
      return FALSE;
    }
  return TRUE;
}

/* Signals */

typedef struct
{
  CmqIndex *self;
  guint done;
  guint total;
} ProgressData;

static gboolean
emit_progress_cb (gpointer user_data)
{
  ProgressData *data = user_data;

  g_signal_emit (data->self, signals[SIGNAL_PROGRESS], 0, data->done, data->total);
  return G_SOURCE_REMOVE;
}

static void
progress_data_free (gpointer user_data)
{
  ProgressData *data = user_data;

  g_object_unref (data->self);
  g_free (data);
}

void
cmq_index_emit_progress (CmqIndex *self, guint done, guint total)
{
  ProgressData *data = g_new0 (ProgressData, 1);

  data->self = g_object_ref (self);
  data->done = done;
  data->total = total;
  g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, emit_progress_cb, data,
                              progress_data_free);
}

static gboolean
emit_changed_cb (gpointer user_data)
{
  g_signal_emit (user_data, signals[SIGNAL_CHANGED], 0);
  return G_SOURCE_REMOVE;
}

void
cmq_index_emit_changed (CmqIndex *self)
{
  g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, emit_changed_cb,
                              g_object_ref (self), g_object_unref);
}

/* The object */

static void
cmq_index_finalize (GObject *object)
{
  CmqIndex *self = CMQ_INDEX (object);

  if (self->retry_notes != NULL)
    g_source_destroy (self->retry_notes);
  g_clear_pointer (&self->retry_notes, g_source_unref);
  g_clear_pointer (&self->db, sqlite3_close);
  if (self->fallback && !g_str_has_prefix (self->path, "file:"))
    delete_database_files (self->path);
  g_free (self->path);
  g_strfreev (self->folders);
  g_hash_table_unref (self->pending_notes);
  g_hash_table_unref (self->snippets);
  g_free (self->snippets_match);
  g_main_context_unref (self->context);
  g_mutex_clear (&self->lock);
  g_mutex_clear (&self->update_lock);

  G_OBJECT_CLASS (cmq_index_parent_class)->finalize (object);
}

static void
cmq_index_class_init (CmqIndexClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cmq_index_finalize;

  signals[SIGNAL_PROGRESS] =
      g_signal_new ("progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                    G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
cmq_index_init (CmqIndex *self)
{
  g_mutex_init (&self->lock);
  g_mutex_init (&self->update_lock);
  self->context = g_main_context_ref_thread_default ();
  self->folders = g_new0 (char *, 1);
  self->pending_notes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->rank_limit = CMQ_INDEX_DEFAULT_RANK_LIMIT;
  self->snippets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

char *
cmq_index_get_default_path (void)
{
  return g_build_filename (g_get_user_cache_dir (), "communique", "index.sqlite", NULL);
}

CmqIndex *
cmq_index_new (const char *path)
{
  CmqIndex *self = g_object_new (CMQ_TYPE_INDEX, NULL);

  self->path = path != NULL ? g_strdup (path) : cmq_index_get_default_path ();
  g_mutex_lock (&self->lock);
  open_or_fall_back (self);
  g_mutex_unlock (&self->lock);
  return self;
}

const char *
cmq_index_get_path (CmqIndex *self)
{
  g_return_val_if_fail (CMQ_IS_INDEX (self), NULL);
  return self->path;
}

gboolean
cmq_index_is_fallback (CmqIndex *self)
{
  g_return_val_if_fail (CMQ_IS_INDEX (self), FALSE);
  return self->fallback;
}

void
cmq_index_set_folders (CmqIndex *self, const char *const *folders)
{
  g_return_if_fail (CMQ_IS_INDEX (self));

  g_mutex_lock (&self->lock);
  g_strfreev (self->folders);
  self->folders = folders != NULL ? g_strdupv ((char **) folders) : g_new0 (char *, 1);
  g_mutex_unlock (&self->lock);
}

void
cmq_index_set_rank_limit (CmqIndex *self, guint rank_limit)
{
  g_return_if_fail (CMQ_IS_INDEX (self));

  g_mutex_lock (&self->lock);
  self->rank_limit = rank_limit;
  g_mutex_unlock (&self->lock);
}

sqlite3_int64
cmq_index_date_key (const char *date)
{
  unsigned year, month, day;
  GDate gdate;

  if (date == NULL || sscanf (date, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year) || year < 1000)
    return 0;
  g_date_clear (&gdate, 1);
  g_date_set_dmy (&gdate, day, month, year);
  return (sqlite3_int64) g_date_get_julian (&gdate) << CMQ_INDEX_DOCID_DAY_SHIFT;
}

gboolean
cmq_index_is_updating (CmqIndex *self)
{
  g_return_val_if_fail (CMQ_IS_INDEX (self), FALSE);
  return g_atomic_int_get (&self->updating) > 0;
}

guint
cmq_index_get_n_releases (CmqIndex *self)
{
  int n = 0;

  g_return_val_if_fail (CMQ_IS_INDEX (self), 0);

  g_mutex_lock (&self->lock);
  if (query_int (self->db, "SELECT count(*) FROM docs", &n) != SQLITE_OK)
    n = 0;
  g_mutex_unlock (&self->lock);
  return n;
}

/* Updates */

gboolean
cmq_index_update (CmqIndex *self, GCancellable *cancellable, CmqIndexStats *stats, GError **error)
{
  g_return_val_if_fail (CMQ_IS_INDEX (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return cmq_index_run_update (self, cancellable, stats, error);
}

static void
update_thread_cb (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  g_autoptr (GError) error = NULL;
  CmqIndexStats *stats = g_new0 (CmqIndexStats, 1);

  if (!cmq_index_run_update (source, cancellable, stats, &error))
    {
      g_free (stats);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_pointer (task, stats, g_free);
}

void
cmq_index_update_async (CmqIndex *self, GCancellable *cancellable, GAsyncReadyCallback callback,
                        gpointer user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (CMQ_IS_INDEX (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cmq_index_update_async);
  g_task_run_in_thread (task, update_thread_cb);
}

gboolean
cmq_index_update_finish (CmqIndex *self, GAsyncResult *result, CmqIndexStats *stats, GError **error)
{
  g_autofree CmqIndexStats *found = NULL;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  found = g_task_propagate_pointer (G_TASK (result), error);
  if (found == NULL)
    return FALSE;
  if (stats != NULL)
    *stats = *found;
  return TRUE;
}

/* Queries: see cmq-index-query.c */
