/* cmq-index-prefix-build.c: the prefixes table of a cold build, written on a thread of its own.
 *
 * The update's writer is one thread, and the prefixes table (cmq-index-prefixes.c) was about a
 * quarter of its work: FTS5 hashing and merging 400-odd tokens a release. When the index holds no
 * release yet, the writer hands each release's prefixes to this thread, which writes them into a
 * scratch database of its own (the index's path and "-prefixes", no journal: it is thrown away)
 * on the other core, and merges them there while the writer merges fts. At the end the table's
 * data (its shadow tables prefixes_data and prefixes_idx, FTS5's own pages) is copied into the
 * index in one transaction, and the rows of the releases that have a note are written again
 * with it (the scratch table holds the title's and body's prefixes only: a note may change while
 * the build runs).
 *
 * Until that copy the index's prefixes table is empty: the first transaction of the build puts a
 * row in the table unfinished, the copy's removes it. An update that finds it (a build cut
 * short, by a crash, a cancellation or an error) first writes the whole prefixes table again from
 * the releases' text (cmq_index_prefix_build_repair()), so that the table never answers for a
 * part of the releases only once the update is over. Meanwhile queries match their short
 * prefixes over fts instead (cmq_index_match_for()): the same releases, more slowly.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-index"

#include <glib/gstdio.h>
#include <string.h>
#include <time.h>

#include "cmq-index-update-private.h"

/* Releases the thread may be behind the writer by before the writer waits (about 2 MB), and
 * its page cache: the index is written and merged in order, and cold indexing has an RSS target. */
#define MAX_QUEUED      1024
#define SIDE_BATCH      4000
#define SIDE_CACHE_SIZE "-4096" /* KiB */
#define SIDE_MERGE_CONFIG                                                                          \
  "INSERT INTO prefixes (prefixes, rank) VALUES ('automerge', 0);"                                 \
  " INSERT INTO prefixes (prefixes, rank) VALUES ('crisismerge', 64);"                             \
  " INSERT INTO prefixes (prefixes, rank) VALUES ('hashsize', 8388608);"

typedef struct
{
  sqlite3_int64 docid;
  char words[];
} Item;

struct _CmqPrefixBuild
{
  char *path; /* the scratch database */
  GThread *thread;
  GAsyncQueue *queue; /* of Item; &end_item ends it */
  gboolean ended;     /* &end_item pushed */
  gint abandoned;     /* atomic: the build was cut short, no need to merge */
  gint queued_bytes;  /* atomic: the words of the items in @queue */
  int rc;             /* the thread's, read after joining it */
  double cpu_s;
};

static Item end_item;
static guint n_copied; /* atomic: for the tests */

guint
cmq_index_prefix_build_get_n_copied (void)
{
  return g_atomic_int_get (&n_copied);
}

double
cmq_index_thread_cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int
side_insert (sqlite3_stmt *insert, Item *item)
{
  int rc;

  sqlite3_bind_int64 (insert, 1, item->docid);
  sqlite3_bind_text (insert, 2, item->words, -1, SQLITE_STATIC);
  rc = sqlite3_step (insert);
  sqlite3_reset (insert);
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* The bytes the thread may write beside the disk's reserve (cmq-index-space.c), as the writer
 * checks each release: its writes grow the scratch file beside the index. */
static guint64
side_room (CmqPrefixBuild *build)
{
  guint64 free_bytes, reserve;

  if (!cmq_index_space_get (build->path, &free_bytes, &reserve))
    return G_MAXUINT64;
  return free_bytes > reserve ? free_bytes - reserve : 0;
}

/* Before a row of @length bytes of words joins the open batch of @batch_bytes: the batch is
 * committed first when both would not fit in @room (FTS5 keeps a batch in memory and writes it
 * at the commit, position-less, in fewer bytes than its words), and the row refused with
 * SQLITE_FULL when it alone does not fit in the room left then. */
static int
side_make_room (CmqPrefixBuild *build, sqlite3 *db, gsize length, guint64 *batch_bytes,
                guint64 *room)
{
  int rc = SQLITE_OK;

  if (*batch_bytes + length <= *room)
    return SQLITE_OK;
  if (*batch_bytes > 0)
    rc = sqlite3_exec (db, "COMMIT; BEGIN", NULL, NULL, NULL);
  *batch_bytes = 0;
  *room = side_room (build);
  if (rc == SQLITE_OK && length > *room)
    {
      g_debug ("No room to write the prefixes aside: %" G_GUINT64_FORMAT " bytes", *room);
      rc = SQLITE_FULL;
    }
  return rc;
}

/* Writes the items until the end one (or an error, after which they are only freed); @db NULL
 * when it could not be opened. */
static int
side_write (CmqPrefixBuild *build, sqlite3 *db)
{
  sqlite3_stmt *insert = NULL;
  guint in_batch = 0;
  guint64 batch_bytes = 0, room = side_room (build);
  int rc = db != NULL ? sqlite3_prepare_v2 (db, "INSERT INTO prefixes (rowid, words) VALUES (?, ?)",
                                            -1, &insert, NULL)
                      : SQLITE_CANTOPEN;

  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
  for (;;)
    {
      Item *item = g_async_queue_pop (build->queue);
      gsize length;

      if (item == &end_item)
        break;
      length = strlen (item->words);
      if (rc == SQLITE_OK)
        rc = side_make_room (build, db, length, &batch_bytes, &room);
      if (rc == SQLITE_OK)
        rc = side_insert (insert, item);
      batch_bytes += length;
      g_atomic_int_add (&build->queued_bytes, -(int) length);
      g_free (item);
      if (rc == SQLITE_OK && ++in_batch >= SIDE_BATCH)
        {
          rc = sqlite3_exec (db, "COMMIT; BEGIN", NULL, NULL, NULL);
          in_batch = 0;
          batch_bytes = 0;
          room = side_room (build);
        }
    }
  sqlite3_finalize (insert);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  return rc;
}

static guint64
side_size (CmqPrefixBuild *build)
{
  GStatBuf st;

  return g_stat (build->path, &st) == 0 ? (guint64) st.st_size : 0;
}

static gpointer
side_thread_cb (gpointer data)
{
  CmqPrefixBuild *build = data;
  double start = cmq_index_thread_cpu_seconds ();
  int rc = SQLITE_OK, write_rc;
  sqlite3 *db = cmq_index_db_open (build->path, &rc);

  if (db != NULL)
    rc = sqlite3_exec (db,
                       "PRAGMA page_size = 8192; PRAGMA journal_mode = OFF;"
                       " PRAGMA synchronous = OFF; PRAGMA cache_size = " SIDE_CACHE_SIZE ";"
                       " " CMQ_INDEX_PREFIXES_SQL "; " SIDE_MERGE_CONFIG,
                       NULL, NULL, NULL);
  /* A full disk stays SQLITE_FULL: the update's disk-full path takes it (see copy_into()). */
  write_rc = side_write (build, rc == SQLITE_OK ? db : NULL);
  if (rc == SQLITE_OK)
    rc = write_rc;
  /* The optimize writes the table again, beside itself. */
  if (rc == SQLITE_OK && !g_atomic_int_get (&build->abandoned) &&
      side_room (build) < side_size (build))
    {
      g_debug ("No room to merge the prefixes aside");
      rc = SQLITE_FULL;
    }
  else if (rc == SQLITE_OK && !g_atomic_int_get (&build->abandoned))
    rc = sqlite3_exec (db, "INSERT INTO prefixes (prefixes) VALUES ('optimize')", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    g_debug ("Writing the prefixes aside: %s", db != NULL ? sqlite3_errmsg (db) : "no database");
  sqlite3_close (db);
  build->rc = rc;
  build->cpu_s = cmq_index_thread_cpu_seconds () - start;
  return NULL;
}

CmqPrefixBuild *
cmq_index_prefix_build_start (const char *index_path)
{
  CmqPrefixBuild *build = g_new0 (CmqPrefixBuild, 1);

  build->path = g_strconcat (index_path, "-prefixes", NULL);
  cmq_index_delete_files (build->path); /* what a build cut short left */
  build->queue = g_async_queue_new ();
  build->thread = g_thread_new ("cmq-prefixes", side_thread_cb, build);
  return build;
}

void
cmq_index_prefix_build_add (CmqPrefixBuild *build, sqlite3_int64 docid, const char *words)
{
  gsize length = strlen (words);
  Item *item = g_malloc (sizeof (Item) + length + 1);

  item->docid = docid;
  memcpy (item->words, words, length + 1);
  /* Memory stays flat when the thread falls behind (the other core busy). */
  while (g_async_queue_length (build->queue) > MAX_QUEUED)
    g_usleep (2000);
  g_atomic_int_add (&build->queued_bytes, (int) length);
  g_async_queue_push (build->queue, item);
}

void
cmq_index_prefix_build_last (CmqPrefixBuild *build)
{
  if (!build->ended)
    g_async_queue_push (build->queue, &end_item);
  build->ended = TRUE;
}

void
cmq_index_prefix_build_end (CmqPrefixBuild *build)
{
  if (build->thread == NULL)
    return;
  cmq_index_prefix_build_last (build);
  g_thread_join (build->thread);
  build->thread = NULL;
  g_debug ("Prefixes written aside: %.2f s CPU", build->cpu_s);
}

guint64
cmq_index_prefix_build_get_needed (CmqPrefixBuild *build)
{
  GStatBuf st;
  guint64 queued;

  if (build == NULL)
    return 0;
  /* The words still queued are written three times: aside, then in the WAL and the database. */
  queued = 3 * (guint64) MAX (g_atomic_int_get (&build->queued_bytes), 0);
  return queued + (g_stat (build->path, &st) == 0 ? 2 * (guint64) st.st_size : 0);
}

/* The scratch table's data in place of the index's, then the rows of the releases with a note
 * written again with it, on a connection of its own: the writer's connection keeps what it read
 * of the table, which the copy makes stale (another connection's commit makes FTS5 read it
 * again). */
static int
copy_into (CmqPrefixBuild *build, const char *index_path)
{
  static const char copy_sql[] =
      "DELETE FROM main.prefixes_data; DELETE FROM main.prefixes_idx;"
      " INSERT INTO main.prefixes_data SELECT * FROM side.prefixes_data;"
      " INSERT INTO main.prefixes_idx SELECT * FROM side.prefixes_idx;"
      " INSERT INTO prefixes (prefixes, rowid, words)"
      "  SELECT 'delete', docid, cmq_prefixes (title, body, '') FROM docs_text WHERE notes <> '';"
      " INSERT INTO prefixes (rowid, words)"
      "  SELECT docid, cmq_prefixes (title, body, notes) FROM docs_text WHERE notes <> '';"
      " DELETE FROM unfinished; COMMIT";
  guint64 free_bytes, reserve;
  int rc = build->rc;
  sqlite3 *db;
  char *attach;

  if (build->rc != SQLITE_OK)
    return build->rc;
  /* Checked as the writer checks each release (the thread's writes were not). */
  if (cmq_index_space_get (index_path, &free_bytes, &reserve) &&
      free_bytes < reserve + cmq_index_prefix_build_get_needed (build))
    {
      g_debug ("No room to copy the prefixes: %" G_GUINT64_FORMAT " bytes free", free_bytes);
      return SQLITE_FULL;
    }
  if ((db = cmq_index_db_open (index_path, &rc)) == NULL)
    return rc;
  /* A missing file would be attached empty, and the copy would fail: said at once. */
  if (!g_file_test (build->path, G_FILE_TEST_IS_REGULAR))
    {
      sqlite3_close (db);
      return SQLITE_CANTOPEN;
    }
  attach = sqlite3_mprintf ("ATTACH %Q AS side", build->path);
  sqlite3_busy_timeout (db, 5000);
  rc = sqlite3_exec (db, "PRAGMA synchronous = OFF", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, attach, NULL, NULL, NULL);
  if (rc == SQLITE_OK &&
      (rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL)) == SQLITE_OK &&
      (rc = sqlite3_exec (db, copy_sql, NULL, NULL, NULL)) != SQLITE_OK)
    {
      g_debug ("Copying the prefixes: %s", sqlite3_errmsg (db));
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
    }
  if (rc == SQLITE_OK)
    g_atomic_int_inc (&n_copied);
  sqlite3_free (attach);
  sqlite3_close (db);
  return rc;
}

int
cmq_index_prefix_build_copy (CmqPrefixBuild *build, const char *index_path)
{
  int rc;

  cmq_index_prefix_build_end (build);
  rc = copy_into (build, index_path);
  /* Before anything else is written: the room it took is the disk's again. */
  cmq_index_delete_files (build->path);
  return rc;
}

void
cmq_index_prefix_build_free (CmqPrefixBuild *build)
{
  if (build == NULL)
    return;
  g_atomic_int_set (&build->abandoned, TRUE); /* ended already when it was copied */
  cmq_index_prefix_build_end (build);
  g_async_queue_unref (build->queue);
  cmq_index_delete_files (build->path);
  g_free (build->path);
  g_free (build);
}

/* After a build cut short: the prefixes table written again from every release's text. */
int
cmq_index_prefix_build_repair (sqlite3 *db)
{
  static const char repair_sql[] =
      "INSERT INTO prefixes (prefixes) VALUES ('delete-all');"
      " INSERT INTO prefixes (rowid, words)"
      "  SELECT docid, cmq_prefixes (title, body, notes) FROM docs_text;"
      " DELETE FROM unfinished";
  int n = 0;
  int rc = cmq_index_query_int (db, "SELECT count(*) FROM unfinished", &n);

  if (rc != SQLITE_OK || n == 0)
    return rc;
  g_message ("Writing the prefixes of a build cut short again");
  if ((rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL)) != SQLITE_OK)
    return rc;
  rc = sqlite3_exec (db, repair_sql, NULL, NULL, NULL);
  sqlite3_exec (db, rc == SQLITE_OK ? "COMMIT" : "ROLLBACK", NULL, NULL, NULL);
  return rc;
}
