/* cmq-index-update.c: bringing the index up to date with the library folders.
 *
 * The folders are scanned (names and stat data only) and compared with the files table: a file
 * whose size, modification time or inode changed, or that is new, is imported again; a file that
 * is gone is dropped, and its release with it unless another file holds the same release.
 * Nothing is read when nothing changed, which keeps starting up quick on a large archive.
 *
 * A complete update also records each folder's modification and change times and inode, taken
 * before its scan (the folders table). Adding, removing or renaming a file changes them, so
 * cmq_index_folders_unchanged() can tell without a stat of every file that the index still holds
 * what the folders list, as locate trusts updatedb. A folder changed less than RACY_NSEC before
 * it was stamped is not recorded: a second change within the same clock tick would leave its
 * times as they were.
 *
 * Importing is the slow part, so it runs on one worker thread per processor, each with its own
 * importer; this thread only writes, in transactions of up to BATCH_SIZE files, each written in
 * date order (see write_batch()). Before importing, the
 * importers learn the library's repeated lines (website chrome) from a fixed sample of its files
 * spread over the whole library, not from every file, so a few new files are imported as they
 * would be in a complete scan without reading the whole library again.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-index"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "cmq-importer.h"
#include "cmq-index-private.h"

/* Transactions grow from FIRST_BATCH files (so that a window lists the first releases soon) to
 * BATCH_SIZE: FTS5 writes a segment at each commit, merged again later. */
#define FIRST_BATCH       250
#define BATCH_SIZE        2000
#define WRITER_CACHE_SIZE "-32768" /* KiB */
#define LEARN_SAMPLE      300
#define MAX_WORKERS       4
#define WRITE_BUSY_MS     1000
#define MAX_BUSY_RETRIES  3
/* Imported releases waiting to be written; beyond this the workers wait, so that memory stays
 * flat when writing is slower than importing (a busy disk, another process on the CPUs). */
#define MAX_QUEUED 256
/* After an update that changed at least this many files (and a quarter of the library), the
 * FTS5 segments are merged into one: 7% smaller and faster to query, for about a tenth of the
 * time the import took. Smaller updates leave it to FTS5's automatic merging. */
#define MIN_OPTIMIZE_CHANGES 1000
/* Folder times closer than this to the moment they were read are not trusted (see above). */
#define RACY_NSEC ((gint64) 2 * G_USEC_PER_SEC * 1000)

/* FTS5's defaults (automerge 4, crisismerge 16, a 1 MB in-memory index), and those of a bulk
 * update, which merges everything at its end: 8 MB of words in memory before a segment is
 * written, and merging only when a level has 64 segments. */
#define DEFAULT_MERGE_CONFIG                                                                       \
  "INSERT INTO fts (fts, rank) VALUES ('automerge', 4);"                                           \
  " INSERT INTO fts (fts, rank) VALUES ('crisismerge', 16);"                                       \
  " INSERT INTO fts (fts, rank) VALUES ('hashsize', 1048576);"
#define BULK_MERGE_CONFIG                                                                          \
  "INSERT INTO fts (fts, rank) VALUES ('automerge', 0);"                                           \
  " INSERT INTO fts (fts, rank) VALUES ('crisismerge', 64);"                                       \
  " INSERT INTO fts (fts, rank) VALUES ('hashsize', 8388608);"

typedef struct
{
  char *path;
  gint64 size;
  gint64 mtime; /* microseconds */
  guint64 inode;
} ScannedFile;

typedef struct
{
  ScannedFile *file;
  CmqRelease *release; /* NULL when the file is not a release */
  char *reason;        /* why not */
  char *body;          /* paragraphs joined by "\n", marks removed */
  GBytes *deflated;    /* the paragraphs as imported, a NUL, the quotes as JSON */
  sqlite3_int64 key;   /* cmq_index_date_key() of its date; 0 when undated or not a release */
} Imported;

typedef struct
{
  GPtrArray *todo;   /* of ScannedFile, not owned */
  GPtrArray *sample; /* of paths to learn from */
  int next;          /* atomic: index of the next file to import */
  GAsyncQueue *results;
  GCancellable *cancellable;
} ImportJob;

/* Pushed by each worker when it has nothing left to import. */
static Imported worker_done;

static void
scanned_file_free (ScannedFile *file)
{
  g_free (file->path);
  g_free (file);
}

static void
imported_free (Imported *imported)
{
  g_clear_object (&imported->release);
  g_free (imported->reason);
  g_free (imported->body);
  g_clear_pointer (&imported->deflated, g_bytes_unref);
  g_free (imported);
}

/* Folder stamps */

typedef struct
{
  char *path;   /* canonical */
  gint64 mtime; /* nanoseconds; -1 for a folder that does not exist */
  gint64 ctime;
  guint64 inode;
  gboolean trusted; /* may be recorded: not racy, and a folder or missing */
} FolderStamp;

static void
folder_stamp_clear (FolderStamp *stamp)
{
  g_free (stamp->path);
}

static void
stamp_folder (const char *path, FolderStamp *stamp)
{
  struct stat st;
  gint64 now = g_get_real_time () * 1000;

  memset (stamp, 0, sizeof *stamp);
  stamp->path = g_strdup (path);
  if (stat (path, &st) != 0)
    {
      /* A folder that is not there yet (the user's release folder) is as good as an empty one;
       * creating it changes what stat says. Any other failure is never trusted. */
      stamp->mtime = stamp->ctime = -1;
      stamp->trusted = errno == ENOENT;
      return;
    }
  stamp->mtime = (gint64) st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_mtim.tv_nsec;
  stamp->ctime = (gint64) st.st_ctim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_ctim.tv_nsec;
  stamp->inode = st.st_ino;
  stamp->trusted = S_ISDIR (st.st_mode) && now - MAX (stamp->mtime, stamp->ctime) >= RACY_NSEC;
}

/* Records @stamps as the state of the folders the index now holds. Best effort: when the
 * database is busy the folders are simply not trusted, and the next search scans them. */
static void
record_folders (sqlite3 *db, GArray *stamps)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_exec (db, "BEGIN IMMEDIATE; DELETE FROM folders", NULL, NULL, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "INSERT OR REPLACE INTO folders VALUES (?, ?, ?, ?)", -1, &stmt,
                             NULL);
  for (guint i = 0; rc == SQLITE_OK && i < stamps->len; i++)
    {
      FolderStamp *stamp = &g_array_index (stamps, FolderStamp, i);

      if (!stamp->trusted)
        continue;
      sqlite3_bind_text (stmt, 1, stamp->path, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, stamp->mtime);
      sqlite3_bind_int64 (stmt, 3, stamp->ctime);
      sqlite3_bind_int64 (stmt, 4, (sqlite3_int64) stamp->inode);
      rc = sqlite3_step (stmt);
      rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      g_debug ("The library folders were not recorded: %s", sqlite3_errstr (rc));
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
    }
}

gboolean
cmq_index_folders_unchanged (CmqIndex *self)
{
  g_autoptr (GHashTable) recorded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = NULL;
  gboolean unchanged;
  int rc;

  g_return_val_if_fail (CMQ_IS_INDEX (self), FALSE);

  g_mutex_lock (&self->lock);
  rc = sqlite3_prepare_v2 (self->db, "SELECT path, mtime, ctime, inode FROM folders", -1, &stmt,
                           NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FolderStamp *stamp = g_new0 (FolderStamp, 1);

      stamp->mtime = sqlite3_column_int64 (stmt, 1);
      stamp->ctime = sqlite3_column_int64 (stmt, 2);
      stamp->inode = sqlite3_column_int64 (stmt, 3);
      g_hash_table_replace (recorded, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                            stamp);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  unchanged = rc == SQLITE_DONE && self->folders != NULL;
  for (guint i = 0; unchanged && self->folders[i] != NULL; i++)
    {
      g_autofree char *path = g_canonicalize_filename (self->folders[i], NULL);
      FolderStamp *old = g_hash_table_lookup (recorded, path);
      FolderStamp now;

      stamp_folder (path, &now);
      unchanged = old != NULL && old->mtime == now.mtime && old->ctime == now.ctime &&
                  old->inode == now.inode;
      g_hash_table_add (listed, g_steal_pointer (&now.path));
    }
  /* Files of a folder no longer listed are still in the index. */
  unchanged = unchanged && g_hash_table_size (listed) == g_hash_table_size (recorded);
  g_mutex_unlock (&self->lock);
  return unchanged;
}

/* Scanning */

/* readdir and fstatat rather than GFileEnumerator: at 100,000 files the scan is most of the time
 * a start with nothing changed takes, and GFileInfo costs as much again as the stat calls. */
static void
scan_folder (const char *folder, GPtrArray *scanned, GHashTable *seen, GCancellable *cancellable)
{
  DIR *dir = opendir (folder);
  struct dirent *entry;

  if (dir == NULL)
    {
      if (errno != ENOENT)
        g_warning ("Cannot read the folder %s: %s", folder, g_strerror (errno));
      return;
    }

  while ((entry = readdir (dir)) != NULL && !g_cancellable_is_cancelled (cancellable))
    {
      struct stat st;
      ScannedFile *file;

      /* A pipe, socket or device named like a release is listed too: reading it
       * (cmq_importer_read_file()) refuses it without opening it, and the files table then
       * says why it is not a release. */
      if (entry->d_name[0] == '.' || !g_str_has_suffix (entry->d_name, ".txt") ||
          entry->d_type == DT_DIR)
        continue;
      if (fstatat (dirfd (dir), entry->d_name, &st, 0) != 0 || S_ISDIR (st.st_mode))
        continue;

      file = g_new0 (ScannedFile, 1);
      file->path = g_build_filename (folder, entry->d_name, NULL);
      if (!g_hash_table_add (seen, file->path))
        {
          scanned_file_free (file); /* a folder listed twice */
          continue;
        }
      file->size = st.st_size;
      file->mtime = (gint64) st.st_mtim.tv_sec * G_USEC_PER_SEC + st.st_mtim.tv_nsec / 1000;
      file->inode = st.st_ino;
      g_ptr_array_add (scanned, file);
    }
  closedir (dir);
}

static int
compare_scanned (gconstpointer a, gconstpointer b)
{
  return strcmp ((*(ScannedFile *const *) a)->path, (*(ScannedFile *const *) b)->path);
}

/* path -> ScannedFile as recorded in the files table (size, mtime, inode). */
static GHashTable *
load_known_files (sqlite3 *db, int *rc_out)
{
  GHashTable *known =
      g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) scanned_file_free);
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "SELECT path, size, mtime, inode FROM files", -1, &stmt, NULL);

  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ScannedFile *file = g_new0 (ScannedFile, 1);

      file->path = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      file->size = sqlite3_column_int64 (stmt, 1);
      file->mtime = sqlite3_column_int64 (stmt, 2);
      file->inode = sqlite3_column_int64 (stmt, 3);
      g_hash_table_replace (known, file->path, file);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  *rc_out = rc == SQLITE_DONE ? SQLITE_OK : rc;
  return known;
}

/* Importing, on the worker threads */

static char *
quotes_to_json (CmqRelease *release)
{
  GPtrArray *quotes = cmq_release_get_quotes (release);
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; quotes != NULL && i < quotes->len; i++)
    {
      CmqQuote *quote = g_ptr_array_index (quotes, i);

      json_builder_begin_array (builder);
      json_builder_add_string_value (builder, quote->text);
      if (quote->speaker != NULL)
        json_builder_add_string_value (builder, quote->speaker);
      else
        json_builder_add_null_value (builder);
      json_builder_add_int_value (builder, quote->paragraph);
      json_builder_end_array (builder);
    }
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/* The importer's guarded reader: it never blocks on a pipe or device (listed by the scan, or put
 * in a release's place since), never reads more than CMQ_IMPORT_MAX_FILE_BYTES and says why in
 * words a person understands. Not cancellable: a cancelled read would be written down as a file
 * that is not a release, and the read is short anyway. */
static GBytes *
read_file (const char *path, GError **error)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);

  return cmq_importer_read_file (file, NULL, NULL, error);
}

static Imported *
import_one (CmqImporter *importer, ScannedFile *file, GCancellable *cancellable)
{
  Imported *imported = g_new0 (Imported, 1);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) contents = NULL;
  g_autofree char *paragraphs = NULL;
  g_autofree char *quotes = NULL;
  g_autoptr (GString) stored = NULL;
  gsize length = 0;
  const char *text;

  imported->file = file;
  contents = read_file (file->path, &error);
  if (contents == NULL)
    {
      imported->reason = g_strdup (error->message);
      return imported;
    }
  text = g_bytes_get_data (contents, &length);
  imported->release = cmq_importer_import_text (importer, text, length, file->path,
                                                file->mtime / G_USEC_PER_SEC, &error);
  if (imported->release == NULL)
    {
      imported->reason = g_strdup (error->message);
      return imported;
    }

  paragraphs = g_strjoinv ("\n", (char **) cmq_release_get_paragraphs (imported->release));
  quotes = quotes_to_json (imported->release);
  stored = g_string_new (paragraphs);
  g_string_append_len (stored, "", 1);
  g_string_append (stored, quotes);
  imported->deflated = cmq_index_deflate (stored->str, stored->len);
  imported->body = g_steal_pointer (&paragraphs);
  cmq_index_strip_marks (imported->body);
  return imported;
}

static gpointer
import_worker_cb (gpointer user_data)
{
  ImportJob *job = user_data;
  g_autoptr (CmqImporter) importer = cmq_importer_new ();

  for (guint i = 0; i < job->sample->len; i++)
    {
      g_autoptr (GBytes) contents = read_file (g_ptr_array_index (job->sample, i), NULL);
      gsize length;
      const char *text;

      if (contents == NULL)
        continue;
      text = g_bytes_get_data (contents, &length);
      cmq_importer_learn (importer, text, length);
    }

  for (;;)
    {
      int i = g_atomic_int_add (&job->next, 1);

      if (i >= (int) job->todo->len || g_cancellable_is_cancelled (job->cancellable))
        break;
      while (g_async_queue_length (job->results) > MAX_QUEUED &&
             !g_cancellable_is_cancelled (job->cancellable))
        g_usleep (2000);
      g_async_queue_push (
          job->results, import_one (importer, g_ptr_array_index (job->todo, i), job->cancellable));
    }
  g_async_queue_push (job->results, &worker_done);
  return NULL;
}

/* Writing, on the update thread */

typedef struct
{
  sqlite3 *db;
  sqlite3_stmt *file_docid;
  sqlite3_stmt *delete_file;
  sqlite3_stmt *other_file;
  sqlite3_stmt *set_doc_file;
  sqlite3_stmt *delete_doc;
  sqlite3_stmt *delete_body;
  sqlite3_stmt *find_doc;
  sqlite3_stmt *next_docid;
  sqlite3_stmt *insert_doc;
  sqlite3_stmt *insert_body;
  sqlite3_stmt *insert_fts;
  sqlite3_stmt *insert_file;
} Writer;

static void
writer_clear (Writer *writer)
{
  sqlite3_finalize (writer->file_docid);
  sqlite3_finalize (writer->delete_file);
  sqlite3_finalize (writer->other_file);
  sqlite3_finalize (writer->set_doc_file);
  sqlite3_finalize (writer->delete_doc);
  sqlite3_finalize (writer->delete_body);
  sqlite3_finalize (writer->find_doc);
  sqlite3_finalize (writer->next_docid);
  sqlite3_finalize (writer->insert_doc);
  sqlite3_finalize (writer->insert_body);
  sqlite3_finalize (writer->insert_fts);
  sqlite3_finalize (writer->insert_file);
  sqlite3_close (writer->db);
  memset (writer, 0, sizeof *writer);
}

static int
writer_init (Writer *writer, const char *path)
{
  static const struct
  {
    gsize offset;
    const char *sql;
  } statements[] = {
    { G_STRUCT_OFFSET (Writer, file_docid), "SELECT docid FROM files WHERE path = ?" },
    { G_STRUCT_OFFSET (Writer, delete_file), "DELETE FROM files WHERE path = ?" },
    { G_STRUCT_OFFSET (Writer, other_file), "SELECT path FROM files WHERE docid = ? LIMIT 1" },
    { G_STRUCT_OFFSET (Writer, set_doc_file),
      "UPDATE docs SET file = ?2 WHERE docid = ?1 AND file = ?3" },
    { G_STRUCT_OFFSET (Writer, delete_doc), "DELETE FROM docs WHERE docid = ?" },
    { G_STRUCT_OFFSET (Writer, delete_body), "DELETE FROM bodies WHERE docid = ?" },
    { G_STRUCT_OFFSET (Writer, find_doc), "SELECT docid FROM docs WHERE id = ?" },
    { G_STRUCT_OFFSET (Writer, next_docid),
      "SELECT coalesce (max (docid), ?1) + 1 FROM docs WHERE docid > ?1 AND docid < ?2" },
    { G_STRUCT_OFFSET (Writer, insert_doc),
      "INSERT INTO docs (id, file, title, date, partial_date, language, date_source, mtime,"
      " chrome_lines, docid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" },
    { G_STRUCT_OFFSET (Writer, insert_body), "INSERT INTO bodies (docid, body) VALUES (?, ?)" },
    { G_STRUCT_OFFSET (Writer, insert_fts),
      "INSERT INTO fts (rowid, title, body, notes)"
      " VALUES (?1, ?2, ?3, coalesce ((SELECT note FROM notes WHERE id = ?4), ''))" },
    { G_STRUCT_OFFSET (Writer, insert_file),
      "INSERT OR REPLACE INTO files (path, size, mtime, inode, docid, skipped)"
      " VALUES (?, ?, ?, ?, ?, ?)" },
  };
  int rc;

  memset (writer, 0, sizeof *writer);
  writer->db = cmq_index_db_open (path, &rc);
  if (writer->db == NULL)
    return rc;
  sqlite3_busy_timeout (writer->db, WRITE_BUSY_MS);
  if ((rc = sqlite3_exec (writer->db, CMQ_INDEX_FOLDERS_SQL, NULL, NULL, NULL)) != SQLITE_OK)
    return rc;
  /* The index is a cache, rebuilt when damaged: no need to wait for the disk at each commit. A
   * larger cache keeps the b-tree pages a bulk import touches out of the WAL's way. */
  sqlite3_exec (writer->db, "PRAGMA synchronous = OFF; PRAGMA cache_size = " WRITER_CACHE_SIZE,
                NULL, NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    {
      sqlite3_stmt **stmt = G_STRUCT_MEMBER_P (writer, statements[i].offset);

      rc = sqlite3_prepare_v3 (writer->db, statements[i].sql, -1, SQLITE_PREPARE_PERSISTENT, stmt,
                               NULL);
      if (rc != SQLITE_OK)
        return rc;
    }
  return SQLITE_OK;
}

/* Runs @stmt once (its parameters bound) and resets it; SQLITE_ROW is kept for lookups. */
static int
step (sqlite3_stmt *stmt)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE)
    rc = SQLITE_OK;
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
    }
  return rc;
}

static void
finish (sqlite3_stmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

/* Drops @path from the files table, and its release when no other file holds it. */
static int
forget_file (Writer *writer, const char *path)
{
  sqlite3_int64 docid = 0;
  int rc;

  sqlite3_bind_text (writer->file_docid, 1, path, -1, SQLITE_STATIC);
  rc = step (writer->file_docid);
  if (rc == SQLITE_ROW)
    {
      docid = sqlite3_column_int64 (writer->file_docid, 0);
      finish (writer->file_docid);
      rc = SQLITE_OK;
    }
  if (rc != SQLITE_OK)
    return rc;

  sqlite3_bind_text (writer->delete_file, 1, path, -1, SQLITE_STATIC);
  if ((rc = step (writer->delete_file)) != SQLITE_OK || docid == 0)
    return rc;

  sqlite3_bind_int64 (writer->other_file, 1, docid);
  rc = step (writer->other_file);
  if (rc == SQLITE_ROW)
    {
      g_autofree char *other =
          g_strdup ((const char *) sqlite3_column_text (writer->other_file, 0));

      finish (writer->other_file);
      sqlite3_bind_int64 (writer->set_doc_file, 1, docid);
      sqlite3_bind_text (writer->set_doc_file, 2, other, -1, SQLITE_STATIC);
      sqlite3_bind_text (writer->set_doc_file, 3, path, -1, SQLITE_STATIC);
      return step (writer->set_doc_file);
    }
  if (rc != SQLITE_OK)
    return rc;

  if (!cmq_index_fts_delete (writer->db, docid, NULL))
    return sqlite3_extended_errcode (writer->db);
  sqlite3_bind_int64 (writer->delete_body, 1, docid);
  if ((rc = step (writer->delete_body)) != SQLITE_OK)
    return rc;
  sqlite3_bind_int64 (writer->delete_doc, 1, docid);
  return step (writer->delete_doc);
}

static int
write_release (Writer *writer, Imported *imported, sqlite3_int64 *docid_out)
{
  CmqRelease *release = imported->release;
  const char *id = cmq_release_get_id (release);
  g_autofree char *title = g_strdup (cmq_release_get_title (release));
  sqlite3_stmt *stmt = writer->insert_doc;
  sqlite3_int64 day;
  int rc;

  sqlite3_bind_text (writer->find_doc, 1, id, -1, SQLITE_STATIC);
  rc = step (writer->find_doc);
  if (rc == SQLITE_ROW)
    {
      *docid_out = sqlite3_column_int64 (writer->find_doc, 0);
      finish (writer->find_doc);
      return SQLITE_OK; /* the same release in another file */
    }
  if (rc != SQLITE_OK)
    return rc;

  /* The next free docid of the release's day (see cmq_index_date_key()). Should a day ever be
   * full, the release goes to the next day with room: its date filters are then off by that much. */
  day = cmq_index_date_key (cmq_release_get_date (release));
  *docid_out = -1;
  for (int next = 0; next < 366 && *docid_out < 0; next++)
    {
      sqlite3_int64 start = day > 0 ? day + ((sqlite3_int64) next << CMQ_INDEX_DOCID_DAY_SHIFT) : 0;
      sqlite3_int64 end = day > 0 ? start + ((sqlite3_int64) 1 << CMQ_INDEX_DOCID_DAY_SHIFT)
                                  : CMQ_INDEX_UNDATED_END;

      sqlite3_bind_int64 (writer->next_docid, 1, start);
      sqlite3_bind_int64 (writer->next_docid, 2, end);
      rc = step (writer->next_docid);
      if (rc != SQLITE_ROW)
        return rc == SQLITE_OK ? SQLITE_ERROR : rc;
      if (sqlite3_column_int64 (writer->next_docid, 0) < end)
        *docid_out = sqlite3_column_int64 (writer->next_docid, 0);
      finish (writer->next_docid);
      if (day == 0)
        break;
    }
  if (*docid_out < 0)
    return SQLITE_FULL;

  cmq_index_strip_marks (title);
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, imported->file->path, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, cmq_release_get_date (release), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, cmq_release_get_partial_date (release), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, cmq_release_get_language (release), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, cmq_date_source_to_string (cmq_release_get_date_source (release)), -1,
                     SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 8, cmq_release_get_file_mtime (release));
  sqlite3_bind_int (stmt, 9, cmq_release_get_chrome_lines (release));
  sqlite3_bind_int64 (stmt, 10, *docid_out);
  if ((rc = step (stmt)) != SQLITE_OK)
    return rc;

  stmt = writer->insert_body;
  sqlite3_bind_int64 (stmt, 1, *docid_out);
  sqlite3_bind_blob (stmt, 2, g_bytes_get_data (imported->deflated, NULL),
                     g_bytes_get_size (imported->deflated), SQLITE_STATIC);
  if ((rc = step (stmt)) != SQLITE_OK)
    return rc;

  stmt = writer->insert_fts;
  sqlite3_bind_int64 (stmt, 1, *docid_out);
  sqlite3_bind_text (stmt, 2, title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, imported->body, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, id, -1, SQLITE_STATIC);
  return step (stmt);
}

static int
write_imported (Writer *writer, Imported *imported, gboolean known)
{
  CmqRelease *release = imported->release;
  sqlite3_stmt *stmt = writer->insert_file;
  sqlite3_int64 docid = 0;
  int rc;

  if (known && (rc = forget_file (writer, imported->file->path)) != SQLITE_OK)
    return rc;
  if (release != NULL && (rc = write_release (writer, imported, &docid)) != SQLITE_OK)
    return rc;

  sqlite3_bind_text (stmt, 1, imported->file->path, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, imported->file->size);
  sqlite3_bind_int64 (stmt, 3, imported->file->mtime);
  sqlite3_bind_int64 (stmt, 4, (sqlite3_int64) imported->file->inode);
  if (release != NULL)
    sqlite3_bind_int64 (stmt, 5, docid);
  else
    {
      sqlite3_bind_text (stmt, 6, imported->reason, -1, SQLITE_STATIC);
      g_debug ("Not a release: %s: %s", imported->file->path, imported->reason);
    }
  return step (stmt);
}

/* BEGIN IMMEDIATE, waiting a while for another writer (another Communiqué) to finish. */
static int
begin (Writer *writer, GCancellable *cancellable)
{
  int rc = SQLITE_BUSY;

  for (int i = 0; i < MAX_BUSY_RETRIES && !g_cancellable_is_cancelled (cancellable); i++)
    {
      rc = sqlite3_exec (writer->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
      if ((rc & 0xff) != SQLITE_BUSY)
        break;
    }
  return rc;
}

typedef struct
{
  CmqIndex *self;
  GCancellable *cancellable;
  Writer writer;
  guint generation;
  guint done;
  guint total;
  guint in_batch;
  gboolean batch_changed;
  gboolean folders_cleared; /* the folders table was emptied in this pass */
  CmqIndexStats stats;
  double write_cpu_s; /* CPU time spent writing, for the debug log */
} Update;

/* Ends the open transaction (if any) and tells the window. */
static int
commit_batch (Update *update)
{
  int rc;

  if (update->in_batch == 0)
    return SQLITE_OK;
  rc = sqlite3_exec (update->writer.db, "COMMIT", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return rc;
  update->in_batch = 0;
  cmq_index_forget_snippets (update->self);
  cmq_index_emit_progress (update->self, update->done, update->total);
  if (update->batch_changed)
    cmq_index_emit_changed (update->self);
  update->batch_changed = FALSE;
  return SQLITE_OK;
}

static int
before_write (Update *update)
{
  guint generation;
  g_autofree char *path = NULL;
  int rc;

  if (update->in_batch > 0)
    return SQLITE_OK;
  path = cmq_index_dup_path (update->self, &generation);
  if (generation != update->generation)
    return SQLITE_ABORT; /* the database was replaced under us: start again */
  rc = begin (&update->writer, update->cancellable);
  if (rc == SQLITE_OK && g_cancellable_is_cancelled (update->cancellable))
    {
      sqlite3_exec (update->writer.db, "ROLLBACK", NULL, NULL, NULL);
      rc = SQLITE_INTERRUPT;
    }
  /* Until this update is complete the index matches no folder stamp. */
  if (rc == SQLITE_OK && !update->folders_cleared)
    {
      rc = sqlite3_exec (update->writer.db, "DELETE FROM folders", NULL, NULL, NULL);
      update->folders_cleared = rc == SQLITE_OK;
    }
  return rc;
}

/* @examined: the write was for one of the files found (not a removal). */
static int
after_write (Update *update, gboolean examined)
{
  if (examined)
    update->done++;
  update->batch_changed = TRUE;
  if (++update->in_batch >= BATCH_SIZE)
    return commit_batch (update);
  return SQLITE_OK;
}

static int
remove_files (Update *update, GPtrArray *removed)
{
  int rc = SQLITE_OK;

  for (guint i = 0; i < removed->len && rc == SQLITE_OK; i++)
    {
      if ((rc = before_write (update)) != SQLITE_OK)
        break;
      rc = forget_file (&update->writer, g_ptr_array_index (removed, i));
      if (rc == SQLITE_OK)
        {
          update->stats.n_removed++;
          rc = after_write (update, FALSE);
        }
    }
  return rc == SQLITE_OK ? commit_batch (update) : rc;
}

static double
thread_cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int
compare_imported (gconstpointer a, gconstpointer b)
{
  const Imported *x = *(Imported *const *) a, *y = *(Imported *const *) b;

  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return strcmp (x->file->path, y->file->path);
}

/* Writes the imported files of @batch (emptied) in one transaction, oldest first: FTS5 flushes
 * its in-memory index to a new segment whenever a rowid is not above the previous one, and
 * docids follow dates, so in the order the workers finish nearly every release would make a
 * segment of its own, to be merged again later (most of the writing time). */
static int
write_batch (Update *update, GPtrArray *batch, GHashTable *known)
{
  double start = thread_cpu_seconds ();
  int rc = SQLITE_OK;

  g_ptr_array_sort (batch, compare_imported);
  for (guint i = 0; i < batch->len && rc == SQLITE_OK; i++)
    {
      Imported *imported = g_ptr_array_index (batch, i);

      if ((rc = before_write (update)) != SQLITE_OK)
        break;
      rc = write_imported (&update->writer, imported,
                           g_hash_table_contains (known, imported->file->path));
      if (rc == SQLITE_OK)
        {
          update->stats.n_imported++;
          update->done++;
          update->batch_changed = TRUE;
          update->in_batch++;
        }
    }
  g_ptr_array_set_size (batch, 0);
  if (rc == SQLITE_OK)
    rc = commit_batch (update);
  update->write_cpu_s += thread_cpu_seconds () - start;
  return rc;
}

static int
import_files (Update *update, GPtrArray *todo, GPtrArray *all, GHashTable *known)
{
  g_autoptr (GPtrArray) sample = g_ptr_array_new ();
  g_autoptr (GCancellable) stop = g_cancellable_new ();
  g_autoptr (GPtrArray) threads = g_ptr_array_new ();
  g_autoptr (GPtrArray) batch = g_ptr_array_new_with_free_func ((GDestroyNotify) imported_free);
  ImportJob job = { todo, sample, 0, g_async_queue_new (), stop };
  guint stride = MAX (1, all->len / LEARN_SAMPLE);
  guint n_workers = CLAMP (g_get_num_processors (), 1, MAX_WORKERS);
  guint running;
  guint batch_size = FIRST_BATCH;
  gulong cancel_id = 0;
  int rc = SQLITE_OK;

  if (todo->len == 0)
    {
      g_async_queue_unref (job.results);
      return SQLITE_OK;
    }
  n_workers = MIN (n_workers, todo->len);
  /* The same sample whatever order the folder lists its files in. */
  g_ptr_array_sort (all, compare_scanned);
  for (guint i = 0; i < all->len; i += stride)
    g_ptr_array_add (sample, ((ScannedFile *) g_ptr_array_index (all, i))->path);

  if (update->cancellable != NULL)
    cancel_id =
        g_cancellable_connect (update->cancellable, G_CALLBACK (g_cancellable_cancel), stop, NULL);
  for (guint i = 0; i < n_workers; i++)
    g_ptr_array_add (threads, g_thread_new ("cmq-import", import_worker_cb, &job));

  running = n_workers;
  while (running > 0)
    {
      Imported *imported = g_async_queue_pop (job.results);

      if (imported == &worker_done)
        running--;
      else if (rc == SQLITE_OK)
        {
          imported->key = imported->release != NULL
                              ? cmq_index_date_key (cmq_release_get_date (imported->release))
                              : 0;
          g_ptr_array_add (batch, imported);
        }
      else
        imported_free (imported);
      if (rc == SQLITE_OK && batch->len > 0 && (batch->len >= batch_size || running == 0))
        {
          rc = write_batch (update, batch, known);
          batch_size = MIN (batch_size * 2, BATCH_SIZE);
        }
      if (rc != SQLITE_OK)
        g_cancellable_cancel (stop); /* the workers stop; their results are dropped */
    }

  for (guint i = 0; i < threads->len; i++)
    g_thread_join (g_ptr_array_index (threads, i));
  if (update->cancellable != NULL)
    g_cancellable_disconnect (update->cancellable, cancel_id);
  g_async_queue_unref (job.results);
  if (rc == SQLITE_OK && g_cancellable_is_cancelled (update->cancellable))
    rc = SQLITE_INTERRUPT;
  return rc == SQLITE_OK ? commit_batch (update) : rc;
}

static int
count_skipped (sqlite3 *db, guint *n)
{
  sqlite3_stmt *stmt = NULL;
  int rc =
      sqlite3_prepare_v2 (db, "SELECT count(*) FROM files WHERE docid IS NULL", -1, &stmt, NULL);

  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      *n = sqlite3_column_int (stmt, 0);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  return rc;
}

static int
set_merging (Update *update, const char *sql)
{
  int rc = before_write (update);

  if (rc == SQLITE_OK)
    rc = sqlite3_exec (update->writer.db, sql, NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    {
      update->in_batch = 1; /* commits, without telling the window of a change */
      rc = commit_batch (update);
    }
  return rc;
}

/* One pass: scan, compare, write. Returns an SQLite code; SQLITE_ABORT asks for another pass. */
static int
update_once (Update *update, const char *const *folders)
{
  g_autoptr (GPtrArray) scanned =
      g_ptr_array_new_with_free_func ((GDestroyNotify) scanned_file_free);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) known = NULL;
  g_autoptr (GPtrArray) todo = g_ptr_array_new ();
  g_autoptr (GPtrArray) removed = g_ptr_array_new ();
  g_autoptr (GArray) stamps = g_array_new (FALSE, TRUE, sizeof (FolderStamp));
  g_autofree char *path = cmq_index_dup_path (update->self, &update->generation);
  GHashTableIter iter;
  gpointer key, value;
  gboolean bulk;
  int rc;

  g_array_set_clear_func (stamps, (GDestroyNotify) folder_stamp_clear);
  memset (&update->stats, 0, sizeof update->stats);
  update->folders_cleared = FALSE;
  if ((rc = writer_init (&update->writer, path)) != SQLITE_OK)
    return rc;

  for (guint i = 0; folders[i] != NULL; i++)
    {
      g_autofree char *folder = g_canonicalize_filename (folders[i], NULL);
      FolderStamp stamp;

      /* Before the scan: a change during it makes the stamp differ next time. */
      stamp_folder (folder, &stamp);
      g_array_append_val (stamps, stamp);
      scan_folder (folder, scanned, seen, update->cancellable);
    }
  if (g_cancellable_is_cancelled (update->cancellable))
    return SQLITE_INTERRUPT;

  known = load_known_files (update->writer.db, &rc);
  if (rc != SQLITE_OK)
    return rc;

  for (guint i = 0; i < scanned->len; i++)
    {
      ScannedFile *file = g_ptr_array_index (scanned, i);
      ScannedFile *old = g_hash_table_lookup (known, file->path);

      if (old == NULL || old->size != file->size || old->mtime != file->mtime ||
          old->inode != file->inode)
        g_ptr_array_add (todo, file);
    }
  g_hash_table_iter_init (&iter, known);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (seen, key))
      g_ptr_array_add (removed, key);

  update->total = scanned->len;
  update->done = scanned->len - todo->len;
  update->stats.n_files = scanned->len;
  cmq_index_emit_progress (update->self, update->done, update->total);

  /* A bulk update ends with an 'optimize' that merges every segment at once: merging them as
   * they come (FTS5's automerge) would rewrite the same data several times over. Any other
   * update leaves merging to FTS5. Set for each update that writes, so that one cut short by a
   * crash is put right by the next. */
  bulk = todo->len + removed->len >= MAX (MIN_OPTIMIZE_CHANGES, scanned->len / 4);
  if (todo->len + removed->len > 0 &&
      (rc = set_merging (update, bulk ? BULK_MERGE_CONFIG : DEFAULT_MERGE_CONFIG)) != SQLITE_OK)
    return rc;

  if ((rc = remove_files (update, removed)) != SQLITE_OK ||
      (rc = import_files (update, todo, scanned, known)) != SQLITE_OK)
    return rc;

  g_debug ("Update: %u files imported, %.2f s CPU writing", update->stats.n_imported,
           update->write_cpu_s);
  if (bulk)
    {
      double start = thread_cpu_seconds ();

      rc = before_write (update);
      if (rc == SQLITE_OK)
        rc = sqlite3_exec (update->writer.db,
                           "INSERT INTO fts (fts) VALUES ('optimize'); " DEFAULT_MERGE_CONFIG
                           " COMMIT",
                           NULL, NULL, NULL);
      if (rc != SQLITE_OK)
        return rc;
      sqlite3_exec (update->writer.db, "PRAGMA incremental_vacuum", NULL, NULL, NULL);
      g_debug ("Optimize and vacuum: %.2f s CPU", thread_cpu_seconds () - start);
    }

  rc = count_skipped (update->writer.db, &update->stats.n_skipped);
  if (rc == SQLITE_OK)
    {
      int n = 0;
      sqlite3_stmt *stmt = NULL;

      rc = sqlite3_prepare_v2 (update->writer.db, "SELECT count(*) FROM docs", -1, &stmt, NULL);
      if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          n = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
      sqlite3_finalize (stmt);
      update->stats.n_releases = n;
    }
  if (rc == SQLITE_OK && !g_cancellable_is_cancelled (update->cancellable))
    record_folders (update->writer.db, stamps);
  return rc;
}

gboolean
cmq_index_run_update (CmqIndex *self, GCancellable *cancellable, CmqIndexStats *stats,
                      GError **error)
{
  Update update = { self, cancellable };
  g_auto (GStrv) folders = NULL;
  int rc = SQLITE_OK;

  g_mutex_lock (&self->update_lock);
  g_atomic_int_inc (&self->updating);

  g_mutex_lock (&self->lock);
  folders = g_strdupv (self->folders);
  g_mutex_unlock (&self->lock);

  /* A damaged database is replaced and the pass run again, once. */
  for (int attempt = 0; attempt < 3; attempt++)
    {
      rc = update_once (&update, (const char *const *) folders);
      if (rc == SQLITE_OK)
        cmq_index_flush_notes (self, update.writer.db);
      else if (!cmq_index_rc_is_corrupt (rc) && rc != SQLITE_ABORT)
        cmq_index_set_sqlite_error (error, update.writer.db, rc);
      if (rc != SQLITE_OK && update.writer.db != NULL)
        sqlite3_exec (update.writer.db, "ROLLBACK", NULL, NULL, NULL);
      writer_clear (&update.writer);
      if (rc != SQLITE_ABORT && !cmq_index_rc_is_corrupt (rc))
        break;
      cmq_index_recover (self, rc);
    }
  if (rc != SQLITE_OK && error != NULL && *error == NULL)
    g_set_error (error, CMQ_INDEX_ERROR, CMQ_INDEX_ERROR_FAILED, "SQLite: %s", sqlite3_errstr (rc));

  g_atomic_int_dec_and_test (&self->updating);
  g_mutex_unlock (&self->update_lock);

  if (rc == SQLITE_OK)
    {
      cmq_index_emit_progress (self, update.stats.n_files, update.stats.n_files);
      if (stats != NULL)
        *stats = update.stats;
    }
  else
    /* Failed or cancelled: a last word all the same, or a window would say "Indexing…" for
     * ever (cmq_index_is_updating() is already FALSE when it arrives). */
    cmq_index_emit_progress (self, update.done, update.total);
  return rc == SQLITE_OK;
}
