/* cmq-index-update.c: bringing the index up to date with the library folders.
 *
 * The folders are scanned (names and stat data only) and compared with the files table: a file
 * whose size, modification time or inode changed, or that is new, is imported again; a file that is
 * gone is dropped, and its release with it unless another file holds the same release. Nothing is
 * read when nothing changed: starting up stays quick on a large archive. Scanning is in
 * cmq-index-scan.c, writing in cmq-index-writer.c, the stored format in cmq-index-codec.c.
 *
 * Importing is the slow part, so it runs on one worker thread per processor, each with its own
 * importer; this thread only writes, in transactions of up to BATCH_SIZE files, each written in
 * date order (see write_batch()). Before importing, the importers learn the library's repeated
 * lines (website chrome) from a fixed sample of its files spread over the whole library, not from
 * every file, so a few new files are imported as they would be in a complete scan without reading
 * the whole library again.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-index"

#include <glib/gi18n.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmq-importer.h"
#include "cmq-index-update-private.h"

/* Transactions grow from FIRST_BATCH files (so that a window lists the first releases soon) to
 * BATCH_SIZE: FTS5 writes a segment at each commit, merged again later. */
#define FIRST_BATCH 250
#define BATCH_SIZE  2000
#define MAX_WORKERS 4
/* Imported releases waiting to be written; beyond this the workers wait, so that memory stays
 * flat when writing is slower than importing (a busy disk, another process on the CPUs). */
#define MAX_QUEUED 256
/* After an update that changed at least this many files (and a quarter of the library), the
 * FTS5 segments are merged into one: 7% smaller and faster to query, for about a tenth of the
 * time the import took. Smaller updates leave it to FTS5's automatic merging. */
#define MIN_OPTIMIZE_CHANGES 1000

/* FTS5's defaults (automerge 4, crisismerge 16, a 1 MB in-memory index), and those of a bulk
 * update, which merges everything at its end: 8 MB of words in memory before a segment is
 * written, and merging only when a level has 64 segments. */
#define DEFAULT_MERGE_CONFIG                                                                       \
  "INSERT INTO fts (fts, rank) VALUES ('automerge', 4);"                                           \
  " INSERT INTO fts (fts, rank) VALUES ('crisismerge', 16);"                                       \
  " INSERT INTO fts (fts, rank) VALUES ('hashsize', 1048576);"                                     \
  " INSERT INTO prefixes (prefixes, rank) VALUES ('automerge', 4);"                                \
  " INSERT INTO prefixes (prefixes, rank) VALUES ('crisismerge', 16);"                             \
  " INSERT INTO prefixes (prefixes, rank) VALUES ('hashsize', 1048576);"
#define BULK_MERGE_CONFIG                                                                          \
  "INSERT INTO fts (fts, rank) VALUES ('automerge', 0);"                                           \
  " INSERT INTO fts (fts, rank) VALUES ('crisismerge', 64);"                                       \
  " INSERT INTO fts (fts, rank) VALUES ('hashsize', 8388608);"                                     \
  " INSERT INTO prefixes (prefixes, rank) VALUES ('automerge', 0);"                                \
  " INSERT INTO prefixes (prefixes, rank) VALUES ('crisismerge', 64);"                             \
  " INSERT INTO prefixes (prefixes, rank) VALUES ('hashsize', 8388608);"

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
imported_free (Imported *imported)
{
  g_clear_object (&imported->release);
  g_free (imported->reason);
  g_free (imported->body);
  g_free (imported->prefixes);
  cmq_index_tokens_free (imported->tokens);
  g_clear_pointer (&imported->deflated, g_bytes_unref);
  g_free (imported);
}

/* Importing, on the worker threads */

/* The common case of read_file() in a few system calls: a regular file of at most
 * CMQ_IMPORT_MAX_FILE_BYTES, read whole. Opened without blocking (a pipe or device put in its
 * place is closed again unread); NULL for anything else, which the importer's reader reads or
 * explains. Through GIO (a file info, a stream, a chunk copied into an array) that was a tenth of
 * an import worker's time. */
static GBytes *
read_regular_file (const char *path)
{
  int fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  gsize allocated, length = 0;
  struct stat st;
  char *data;

  if (fd < 0)
    return NULL;
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode) || st.st_size > CMQ_IMPORT_MAX_FILE_BYTES)
    {
      g_close (fd, NULL);
      return NULL;
    }
  /* One byte more than its size: reaching it means the file grew while it is read. */
  allocated = (gsize) st.st_size + 1;
  data = g_malloc (allocated);
  for (;;)
    {
      gssize n = read (fd, data + length, allocated - length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          if (n < 0)
            g_clear_pointer (&data, g_free);
          break;
        }
      length += n;
      if (length == allocated)
        {
          if (allocated > CMQ_IMPORT_MAX_FILE_BYTES)
            {
              g_clear_pointer (&data, g_free); /* too large now: the importer says so */
              break;
            }
          allocated = MIN (allocated * 2, (gsize) CMQ_IMPORT_MAX_FILE_BYTES + 1);
          data = g_realloc (data, allocated);
        }
    }
  g_close (fd, NULL);
  return data != NULL ? g_bytes_new_take (data, length) : NULL;
}

/* read_regular_file(), else the importer's guarded reader: it never blocks on a pipe or device
 * (listed by the scan, or put in a release's place since), never reads more than
 * CMQ_IMPORT_MAX_FILE_BYTES and says why in words a person understands. Not cancellable: a
 * cancelled read would be written down as a file that is not a release, and the read is short
 * anyway. */
static GBytes *
read_file (const char *path, GError **error)
{
  g_autoptr (GFile) file = NULL;
  GBytes *contents = read_regular_file (path);

  if (contents != NULL)
    return contents;
  file = g_file_new_for_path (path);
  return cmq_importer_read_file (file, NULL, NULL, error);
}

static Imported *
import_one (CmqImporter *importer, ScannedFile *file, GCancellable *cancellable)
{
  Imported *imported = g_new0 (Imported, 1);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) contents = NULL;
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

  imported->deflated = cmq_index_encode_body (imported->release, &imported->body);
  /* One pass of the tokenizer over the body, for its prefixes and for fts (replayed). */
  imported->tokens = cmq_index_tokens_new (imported->body);
  imported->prefixes = cmq_index_prefixes_of (cmq_release_get_title (imported->release),
                                              imported->body, imported->tokens);
  imported->has_sketch = cmq_index_sketch_compute (cmq_release_get_title (imported->release),
                                                   imported->body, imported->sketch);
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
  double write_cpu_s;    /* CPU time spent writing, for the debug log */
  char *path;            /* the database this pass writes */
  guint64 batch_bytes;   /* text written in the open transaction, for the space it will take */
  guint64 scanned_bytes; /* the size of every release file, for the space a rebuild needs */
  guint64 check_room;    /* text that may be written before the disk is looked at again */
  guint64 unchecked;     /* text written (or about to be) since it was last looked at */
  CmqPrefixBuild *prefix_build; /* a cold build's prefixes table, on a thread of its own */
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
  update->batch_bytes = 0;
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
  rc = cmq_index_writer_begin (&update->writer, update->cancellable);
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
      rc = cmq_index_writer_forget_file (&update->writer, g_ptr_array_index (removed, i));
      if (rc == SQLITE_OK)
        {
          update->stats.n_removed++;
          rc = after_write (update, FALSE);
        }
    }
  return rc == SQLITE_OK ? commit_batch (update) : rc;
}

static int
compare_imported (gconstpointer a, gconstpointer b)
{
  const Imported *x = *(Imported *const *) a, *y = *(Imported *const *) b;

  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return strcmp (x->file->path, y->file->path);
}

/* What writing @bytes of text costs on disk at most: deflated body, full-text rows, and the copy
 * of each page the WAL keeps until a checkpoint. */
#define DISK_PER_TEXT_BYTE 4
/* A statvfs() and a stat() before every release took a twentieth of a cold index's writing time
 * (10,000 releases): the disk is looked at again once the text written since could take a quarter
 * of the room left (at most this much text); near the reserve, before each release. */
#define MAX_UNCHECKED_BYTES ((guint64) 4 * 1024 * 1024)

/* SQLITE_FULL when writing @next_bytes more would eat into the reserve of the disk (see
 * cmq-index-space.c), counting what the open transaction will add to the WAL, what a checkpoint of
 * the WAL may add to the database and what a cold build's prefixes will need; the open transaction
 * is committed first when that makes room. */
static int
check_space (Update *update, guint64 next_bytes)
{
  guint64 free_bytes, reserve;
  int rc;

  if (update->unchecked + next_bytes <= update->check_room)
    {
      update->unchecked += next_bytes;
      return SQLITE_OK;
    }
  for (int committed = 0; committed < 2; committed++)
    {
      g_autofree char *wal = g_strconcat (update->path, "-wal", NULL);
      GStatBuf st;
      /* A checkpoint copies the WAL into the database before the WAL is emptied: room for it. */
      guint64 wal_bytes = g_stat (wal, &st) == 0 ? (guint64) st.st_size : 0;
      guint64 needed;

      if (!cmq_index_space_get (update->path, &free_bytes, &reserve))
        return SQLITE_OK;
      needed = reserve + wal_bytes + DISK_PER_TEXT_BYTE * (update->batch_bytes + next_bytes) +
               cmq_index_prefix_build_get_needed (update->prefix_build);
      if (free_bytes >= needed)
        {
          update->check_room =
              MIN ((free_bytes - needed) / (4 * DISK_PER_TEXT_BYTE), MAX_UNCHECKED_BYTES);
          update->unchecked = next_bytes;
          return SQLITE_OK;
        }
      if (committed || update->in_batch == 0)
        break;
      if ((rc = commit_batch (update)) != SQLITE_OK)
        return rc;
    }
  g_debug ("Stopping the update: %" G_GUINT64_FORMAT " bytes free, %" G_GUINT64_FORMAT
           " kept for other files",
           free_bytes, reserve);
  return SQLITE_FULL;
}

/* Writes the imported files of @batch (emptied) in one transaction, oldest first: FTS5 flushes
 * its in-memory index to a new segment whenever a rowid is not above the previous one, and
 * docids follow dates, so in the order the workers finish nearly every release would make a
 * segment of its own, to be merged again later (most of the writing time). */
static int
write_batch (Update *update, GPtrArray *batch, GHashTable *known)
{
  double start = cmq_index_thread_cpu_seconds ();
  int rc = SQLITE_OK;

  g_ptr_array_sort (batch, compare_imported);
  for (guint i = 0; i < batch->len && rc == SQLITE_OK; i++)
    {
      Imported *imported = g_ptr_array_index (batch, i);
      guint64 bytes = imported->body != NULL ? strlen (imported->body) : 0;

      if ((rc = check_space (update, bytes)) != SQLITE_OK ||
          (rc = before_write (update)) != SQLITE_OK)
        break;
      rc = cmq_index_writer_write (&update->writer, imported,
                                   g_hash_table_contains (known, imported->file->path));
      if (rc == SQLITE_OK)
        {
          update->batch_bytes += bytes;
          update->stats.n_imported++;
          update->done++;
          update->batch_changed = TRUE;
          update->in_batch++;
        }
    }
  g_ptr_array_set_size (batch, 0);
  if (rc == SQLITE_OK)
    rc = commit_batch (update);
  update->write_cpu_s += cmq_index_thread_cpu_seconds () - start;
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
  guint stride = cmq_importer_learn_stride (all->len);
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
  g_ptr_array_sort (all, cmq_index_compare_scanned);
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

/* Files new or changed since the last update go to @todo, files gone to @removed (their paths,
 * owned by @known). */
static void
compare_files (GPtrArray *scanned, GHashTable *seen, GHashTable *known, GPtrArray *todo,
               GPtrArray *removed)
{
  GHashTableIter iter;
  gpointer key, value;

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
}

/* After a bulk update: every segment merged into one, and the pages that frees given back. */
static int
optimize (Update *update)
{
  double start = cmq_index_thread_cpu_seconds ();
  guint64 free_bytes, reserve;
  GStatBuf st;
  int rc;

  /* Merging rewrites the whole full-text index: not when the disk has no room for a copy. */
  if (cmq_index_space_get (update->path, &free_bytes, &reserve) &&
      g_stat (update->path, &st) == 0 && free_bytes < reserve + (guint64) st.st_size)
    {
      g_debug ("Not merging the index: the disk is nearly full");
      return SQLITE_OK;
    }
  rc = before_write (update);

  /* A cold build's prefixes are merged on their thread meanwhile. */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (
        update->writer.db,
        update->prefix_build != NULL
            ? "INSERT INTO fts (fts) VALUES ('optimize'); " DEFAULT_MERGE_CONFIG " COMMIT"
            : "INSERT INTO fts (fts) VALUES ('optimize');"
              " INSERT INTO prefixes (prefixes) VALUES ('optimize'); " DEFAULT_MERGE_CONFIG
              " COMMIT",
        NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return rc;
  sqlite3_exec (update->writer.db, "PRAGMA incremental_vacuum", NULL, NULL, NULL);
  g_debug ("Optimize and vacuum: %.2f s CPU", cmq_index_thread_cpu_seconds () - start);
  return SQLITE_OK;
}

/* A cold build (bulk, no release yet) writes its prefixes aside; one cut short is put right. */
static int
start_merging (Update *update, gboolean bulk, gboolean changes)
{
  int n_docs = 0;
  int rc = cmq_index_prefix_build_repair (update->writer.db);

  if (rc == SQLITE_OK)
    rc = cmq_index_query_int (update->writer.db, "SELECT count(*) FROM docs", &n_docs);
  if (rc != SQLITE_OK || !changes)
    return rc;
  if (!bulk || n_docs > 0)
    return set_merging (update, bulk ? BULK_MERGE_CONFIG : DEFAULT_MERGE_CONFIG);
  if ((rc = set_merging (update, BULK_MERGE_CONFIG COLD_BUILD_MARK)) == SQLITE_OK)
    update->writer.prefix_build = update->prefix_build =
        cmq_index_prefix_build_start (update->path);
  return rc;
}

static int
finish_merging (Update *update, gboolean bulk)
{
  int rc = SQLITE_OK;

  if (update->prefix_build != NULL)
    cmq_index_prefix_build_last (update->prefix_build);
  if (bulk && (rc = optimize (update)) != SQLITE_OK)
    return rc;
  if (update->prefix_build == NULL)
    return SQLITE_OK;
  update->writer.prefix_build = NULL;
  if ((rc = cmq_index_prefix_build_copy (update->prefix_build, update->path)) != SQLITE_OK &&
      !cmq_index_rc_is_space (rc))
    rc = cmq_index_prefix_build_repair (update->writer.db);
  g_clear_pointer (&update->prefix_build, cmq_index_prefix_build_free);
  return rc;
}

/* One pass: scan, compare, write. Returns an SQLite code; SQLITE_ABORT asks for another pass. */
static int
update_once (Update *update, const char *const *folders)
{
  g_autoptr (GPtrArray) scanned =
      g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_index_scanned_file_free);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) known = NULL;
  g_autoptr (GPtrArray) todo = g_ptr_array_new ();
  g_autoptr (GPtrArray) removed = g_ptr_array_new ();
  g_autoptr (GArray) stamps = g_array_new (FALSE, TRUE, sizeof (FolderStamp));
  gboolean bulk;
  int rc;

  g_array_set_clear_func (stamps, (GDestroyNotify) cmq_index_folder_stamp_clear);
  memset (&update->stats, 0, sizeof update->stats);
  update->folders_cleared = FALSE;
  update->batch_bytes = update->scanned_bytes = 0;
  update->check_room = update->unchecked = 0;
  g_free (update->path);
  update->path = cmq_index_dup_path (update->self, &update->generation);
  if ((rc = cmq_index_writer_init (&update->writer, update->path)) != SQLITE_OK)
    return rc;

  for (guint i = 0; folders[i] != NULL; i++)
    {
      g_autofree char *folder = g_canonicalize_filename (folders[i], NULL);
      FolderStamp stamp;

      /* Before the scan: a change during it makes the stamp differ next time. */
      cmq_index_stamp_folder (folder, &stamp);
      g_array_append_val (stamps, stamp);
      cmq_index_scan_folder (folder, scanned, seen, update->cancellable);
    }
  if (g_cancellable_is_cancelled (update->cancellable))
    return SQLITE_INTERRUPT;

  known = cmq_index_load_known_files (update->writer.db, &rc);
  if (rc != SQLITE_OK)
    return rc;

  compare_files (scanned, seen, known, todo, removed);
  for (guint i = 0; i < scanned->len; i++)
    update->scanned_bytes += ((ScannedFile *) g_ptr_array_index (scanned, i))->size;

  update->total = scanned->len;
  update->done = scanned->len - todo->len;
  update->stats.n_files = scanned->len;
  cmq_index_emit_progress (update->self, update->done, update->total);

  /* A bulk update ends with an 'optimize' that merges every segment at once: merging them as
   * they come (FTS5's automerge) would rewrite the same data several times over. Any other
   * update leaves merging to FTS5. Set for each update that writes, so that one cut short by a
   * crash is put right by the next. */
  bulk = todo->len + removed->len >= MAX (MIN_OPTIMIZE_CHANGES, scanned->len / 4);
  if ((rc = start_merging (update, bulk, todo->len + removed->len > 0)) != SQLITE_OK)
    return rc;

  if ((rc = remove_files (update, removed)) != SQLITE_OK ||
      (rc = import_files (update, todo, scanned, known)) != SQLITE_OK)
    return rc;

  g_debug ("Update: %u files imported, %.2f s CPU writing", update->stats.n_imported,
           update->write_cpu_s);
  if ((rc = finish_merging (update, bulk)) != SQLITE_OK)
    return rc;

  rc = count_skipped (update->writer.db, &update->stats.n_skipped);
  if (rc == SQLITE_OK)
    {
      int n = 0;

      rc = cmq_index_query_int (update->writer.db, "SELECT count(*) FROM docs", &n);
      update->stats.n_releases = n;
    }
  if (rc == SQLITE_OK && !g_cancellable_is_cancelled (update->cancellable))
    cmq_index_record_folders (update->writer.db, stamps);
  return rc;
}

/* After a failed pass (@rc): TRUE when another pass must run (a damaged database was replaced,
 * or the index moved to a folder with room); otherwise @error is set when it should be. */
static gboolean
after_failure (Update *update, int rc, gboolean *moved, GError **error)
{
  CmqIndex *self = update->self;

  if (update->writer.db != NULL)
    {
      sqlite3_exec (update->writer.db, "ROLLBACK", NULL, NULL, NULL);
      /* What the WAL took is given back at once. */
      if (cmq_index_rc_is_space (rc))
        sqlite3_exec (update->writer.db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
    }
  if (cmq_index_rc_is_space (rc))
    {
      /* The text of every release, and room to merge. */
      guint64 needed = DISK_PER_TEXT_BYTE * update->scanned_bytes + 16 * 1024 * 1024;

      if (!*moved && cmq_index_move_for_space (self, needed))
        return *moved = TRUE;
      cmq_index_set_status (self, CMQ_INDEX_STATUS_INCOMPLETE);
      g_set_error_literal (error, CMQ_INDEX_ERROR, CMQ_INDEX_ERROR_NO_SPACE,
                           _("The disk of the search index is full"));
      return FALSE;
    }
  if (!cmq_index_rc_is_corrupt (rc) && rc != SQLITE_ABORT)
    {
      cmq_index_set_sqlite_error (error, update->writer.db, rc);
      return FALSE;
    }
  cmq_index_recover (self, rc);
  return TRUE;
}

gboolean
cmq_index_run_update (CmqIndex *self, GCancellable *cancellable, CmqIndexStats *stats,
                      GError **error)
{
  Update update = { self, cancellable };
  g_auto (GStrv) folders = NULL;
  gboolean moved = FALSE;
  int rc = SQLITE_OK;

  g_mutex_lock (&self->update_lock);
  g_atomic_int_inc (&self->updating);

  g_mutex_lock (&self->lock);
  folders = g_strdupv (self->folders);
  g_mutex_unlock (&self->lock);

  /* A damaged database is replaced and the pass run again, once; so is a full one. */
  for (int attempt = 0; attempt < 3; attempt++)
    {
      gboolean again;

      rc = update_once (&update, (const char *const *) folders);
      if (rc == SQLITE_OK)
        {
          cmq_index_flush_notes (self, update.writer.db);
          /* Complete again where it is. */
          if (cmq_index_get_status (self) == CMQ_INDEX_STATUS_INCOMPLETE)
            cmq_index_set_status (self, cmq_index_is_fallback (self) ? CMQ_INDEX_STATUS_MOVED
                                                                     : CMQ_INDEX_STATUS_OK);
        }
      /* A cold build cut short leaves its row in unfinished, for the next pass to repair. */
      g_clear_pointer (&update.prefix_build, cmq_index_prefix_build_free);
      again = rc != SQLITE_OK && after_failure (&update, rc, &moved, error);
      cmq_index_writer_clear (&update.writer);
      if (!again)
        break;
    }
  if (rc != SQLITE_OK && error != NULL && *error == NULL)
    g_set_error (error, CMQ_INDEX_ERROR, CMQ_INDEX_ERROR_FAILED, "SQLite: %s", sqlite3_errstr (rc));
  g_free (update.path);
  /* The releases' lengths the index's connection ranks with, read again here (if anything was
   * written, the folders at least), not by the next query (30 ms at 100,000 releases). */
  if (rc == SQLITE_OK)
    {
      g_mutex_lock (&self->lock);
      if (self->db != NULL)
        cmq_index_rank_preload (self->db);
      g_mutex_unlock (&self->lock);
    }

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
