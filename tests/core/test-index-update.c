/* test-index-update.c: bringing the index up to date on real files in a temporary folder, with
 * no display: incremental updates, the folder stamps, updates in a thread, files that cannot be
 * read, and a corrupt or locked database.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <utime.h>

#include "cmq-importer.h"
#include "cmq-index-private.h"
#include "index-fixture.h"
#include "test-timeout.h"

/* The same release saved twice is one release; it stays while one copy is left; deleted files
 * take their releases with them. */
static void
check_copies_and_deletions (Fixture *fixture, CmqIndex *index)
{
  CmqIndexStats stats;

  {
    g_autofree char *a = g_build_filename (fixture->library, "a.txt", NULL);
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (a, &contents, NULL, NULL));
    write_file (fixture, "a-copy.txt", contents);
  }
  stats = update (index);
  g_assert_cmpuint (stats.n_imported, ==, 1);
  g_assert_cmpuint (stats.n_releases, ==, 5);
  {
    g_autofree char *a = g_build_filename (fixture->library, "a.txt", NULL);
    g_autofree char *focus = NULL;

    g_assert_cmpint (g_unlink (a), ==, 0);
    stats = update (index);
    g_assert_cmpuint (stats.n_removed, ==, 1);
    g_assert_cmpuint (stats.n_releases, ==, 5);
    focus = titles (index, "focus", CMQ_INDEX_SORT_NEWEST);
    g_assert_cmpstr (focus, ==, "Arctic security in focus");
  }

  /* Deleted */
  {
    g_autofree char *copy = g_build_filename (fixture->library, "a-copy.txt", NULL);
    g_autofree char *e = g_build_filename (fixture->library, "e.txt", NULL);
    g_autofree char *focus = NULL;

    g_assert_cmpint (g_unlink (copy), ==, 0);
    g_assert_cmpint (g_unlink (e), ==, 0);
    stats = update (index);
    g_assert_cmpuint (stats.n_removed, ==, 2);
    g_assert_cmpuint (stats.n_releases, ==, 3);
    focus = titles (index, "focus OR nordic", CMQ_INDEX_SORT_NEWEST);
    g_assert_cmpstr (focus, ==, "");
  }
}

static void
test_incremental (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  CmqIndexStats stats;

  write_small_library (fixture);
  stats = update (index);
  g_assert_cmpuint (stats.n_imported, ==, 4);

  /* Nothing changed: nothing is read again. */
  stats = update (index);
  g_assert_cmpuint (stats.n_files, ==, 4);
  g_assert_cmpuint (stats.n_imported, ==, 0);
  g_assert_cmpuint (stats.n_removed, ==, 0);

  /* Added */
  write_file (fixture, "e.txt",
              RELEASE ("Partners join Baltic drill", "Monday (5 June 2023)",
                       "Sweden and Finland joined the Baltic exercise."));
  stats = update (index);
  g_assert_cmpuint (stats.n_imported, ==, 1);
  g_assert_cmpuint (stats.n_releases, ==, 5);
  {
    g_autofree char *baltic = titles (index, "baltic", CMQ_INDEX_SORT_NEWEST);
    g_assert_cmpstr (baltic, ==, "Partners join Baltic drill");
  }

  /* Changed: the old words go, the new ones come. */
  write_file (fixture, "e.txt",
              RELEASE ("Partners join Nordic drill", "Monday (5 June 2023)",
                       "Sweden and Finland joined the Nordic exercise."));
  touch_later (fixture, "e.txt");
  stats = update (index);
  g_assert_cmpuint (stats.n_imported, ==, 1);
  g_assert_cmpuint (stats.n_releases, ==, 5);
  {
    g_autofree char *baltic = titles (index, "baltic", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *nordic = titles (index, "nordic", CMQ_INDEX_SORT_NEWEST);
    g_assert_cmpstr (baltic, ==, "");
    g_assert_cmpstr (nordic, ==, "Partners join Nordic drill");
  }

  check_copies_and_deletions (fixture, index);

  /* A file that is not a release is remembered, not imported again each time. */
  write_file (fixture, "empty.txt", "\n\n   \n");
  stats = update (index);
  g_assert_cmpuint (stats.n_imported, ==, 1);
  g_assert_cmpuint (stats.n_skipped, ==, 1);
  stats = update (index);
  g_assert_cmpuint (stats.n_imported, ==, 0);

  /* Reopened, the index still holds everything. */
  g_clear_object (&index);
  index = open_index (fixture);
  g_assert_cmpuint (cmq_index_get_n_releases (index), ==, 3);
  stats = update (index);
  g_assert_cmpuint (stats.n_imported, ==, 0);
}

static void
overwrite (const char *path, goffset offset, gsize length)
{
  g_autofree char *junk = g_malloc (length);
  FILE *file = fopen (path, "r+b");

  g_assert_nonnull (file);
  for (gsize i = 0; i < length; i++)
    junk[i] = (char) (i * 7 + 13);
  g_assert_cmpint (fseek (file, offset, SEEK_SET), ==, 0);
  g_assert_cmpuint (fwrite (junk, 1, length, file), ==, length);
  fclose (file);
}

static void
test_corrupt (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autoptr (GError) error = NULL;
  g_autoptr (CmqQuery) arctic = cmq_query_parse ("arctic", CMQ_QUERY_FLAGS_NONE);
  GPtrArray *hits;

  write_small_library (fixture);
  update (index);
  g_clear_object (&index);

  /* Garbage over the whole file: rebuilt on open. */
  overwrite (fixture->db_path, 0, 64 * 1024);
  g_test_expect_message ("cmq-index", G_LOG_LEVEL_MESSAGE, "Rebuilding the search index*");
  index = open_index (fixture);
  g_test_assert_expected_messages ();
  g_assert_false (cmq_index_is_fallback (index));
  g_assert_cmpuint (cmq_index_get_n_releases (index), ==, 0);
  g_assert_cmpuint (update (index).n_releases, ==, 4);
  {
    g_autofree char *found = titles (index, "arctic", CMQ_INDEX_SORT_RELEVANCE);
    g_assert_cmpstr (found, ==,
                     "Arctic security in focus|Ministers meet in Brussels|Defence spending rises");
  }
  g_clear_object (&index);

  /* Damage past the header: found by a query, which fails once, then the index is rebuilt. */
  overwrite (fixture->db_path, 8192, 8 * 8192);
  index = open_index (fixture);
  g_test_expect_message ("cmq-index", G_LOG_LEVEL_WARNING, "The search index * is damaged*");
  hits = cmq_index_query (index, arctic, CMQ_INDEX_SORT_RELEVANCE, 0, 0, NULL, &error);
  g_test_assert_expected_messages ();
  g_assert_error (error, CMQ_INDEX_ERROR, CMQ_INDEX_ERROR_FAILED);
  g_assert_null (hits);
  g_clear_error (&error);
  g_assert_cmpuint (update (index).n_releases, ==, 4);
  hits = cmq_index_query (index, arctic, CMQ_INDEX_SORT_RELEVANCE, 0, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 3);
  g_ptr_array_unref (hits);

  /* An index of another schema version is rebuilt on open. */
  g_clear_object (&index);
  {
    sqlite3 *db = NULL;

    g_assert_cmpint (sqlite3_open (fixture->db_path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 0", NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (db);
  }
  g_test_expect_message ("cmq-index", G_LOG_LEVEL_MESSAGE, "Rebuilding the search index*");
  index = open_index (fixture);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (cmq_index_get_n_releases (index), ==, 0);
}

static void
test_locked (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autoptr (CmqIndex) second = NULL;
  g_autoptr (GError) error = NULL;
  sqlite3 *holder = NULL;
  CmqIndexStats stats = { 0 };

  write_small_library (fixture);
  update (index);
  g_clear_object (&index);

  /* Another process writes and keeps the lock: the index is read as it is, updates give up. */
  g_assert_cmpint (sqlite3_open (fixture->db_path, &holder), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (holder, "BEGIN EXCLUSIVE; DELETE FROM notes;", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  index = open_index (fixture);
  {
    g_autofree char *found = titles (index, "focus", CMQ_INDEX_SORT_NEWEST);
    g_assert_cmpstr (found, ==, "Arctic security in focus");
  }
  write_file (fixture, "e.txt",
              RELEASE ("Partners join Baltic drill", "Monday (5 June 2023)", "Baltic."));
  g_assert_false (cmq_index_update (index, NULL, &stats, &error));
  g_assert_error (error, CMQ_INDEX_ERROR, CMQ_INDEX_ERROR_BUSY);
  g_clear_error (&error);
  cmq_index_set_note (index, "x", "pending while locked"); /* kept, not lost nor blocking */
  sqlite3_exec (holder, "ROLLBACK", NULL, NULL, NULL);
  g_assert_cmpuint (update (index).n_imported, ==, 1);
  g_clear_object (&index);

  /* Exclusive locking mode: not even readable. A temporary index takes its place. */
  g_assert_cmpint (sqlite3_exec (holder,
                                 "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;"
                                 " DELETE FROM notes; COMMIT;",
                                 NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_test_expect_message ("cmq-index", G_LOG_LEVEL_MESSAGE, "Cannot use the search index*");
  second = open_index (fixture);
  g_test_assert_expected_messages ();
  g_assert_true (cmq_index_is_fallback (second));
  g_assert_cmpstr (cmq_index_get_path (second), !=, fixture->db_path);
  stats = update (second);
  g_assert_cmpuint (stats.n_releases, ==, 5);
  {
    g_autofree char *found = titles (second, "baltic", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *tmp_path = g_strdup (cmq_index_get_path (second));

    g_assert_cmpstr (found, ==, "Partners join Baltic drill");
    g_clear_object (&second);
    g_assert_false (g_file_test (tmp_path, G_FILE_TEST_EXISTS)); /* removed with it */
  }
  sqlite3_close (holder);
}

static void
progress_cb (CmqIndex *index, guint done, guint total, gpointer user_data)
{
  guint *last = user_data;

  g_assert_cmpuint (done, <=, total);
  g_assert_cmpuint (done, >=, last[0]);
  last[0] = done;
  last[1] = total;
  last[2]++;
}

static void
changed_cb (CmqIndex *index, gpointer user_data)
{
  (*(guint *) user_data)++;
}

static void
update_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  CmqIndexStats *stats = user_data;
  g_autoptr (GError) error = NULL;

  g_assert_true (cmq_index_update_finish (CMQ_INDEX (source), result, stats, &error));
  g_assert_no_error (error);
}

static void
test_async (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  CmqIndexStats stats = { 0 };
  guint progress[3] = { 0 };
  guint changed = 0;

  for (guint i = 0; i < 1200; i++)
    {
      g_autofree char *name = g_strdup_printf ("r%04u.txt", i);
      g_autofree char *text = g_strdup_printf (
          "Release number %u\n\nNATO Allies met on Monday (3 May 2021) to discuss item%u in "
          "detail.\n\nThey agreed on the next steps for item%u.\n",
          i, i, i);
      write_file (fixture, name, text);
    }

  g_signal_connect (index, "progress", G_CALLBACK (progress_cb), progress);
  g_signal_connect (index, "changed", G_CALLBACK (changed_cb), &changed);
  cmq_index_update_async (index, NULL, update_done_cb, &stats);
  while (stats.n_files == 0)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);

  g_assert_cmpuint (stats.n_releases, ==, 1200);
  g_assert_cmpuint (progress[0], ==, 1200);
  g_assert_cmpuint (progress[1], ==, 1200);
  g_assert_cmpuint (progress[2], >=, 3); /* at the start, per batch of 500, at the end */
  g_assert_cmpuint (changed, >=, 3);
  g_assert_false (cmq_index_is_updating (index));
  {
    g_autofree char *found = titles (index, "item777", CMQ_INDEX_SORT_NEWEST);
    g_assert_cmpstr (found, ==, "Release number 777");
  }
}

static gboolean
update_blocked_cb (gpointer user_data)
{
  g_error ("The index update is still running after %.0f s: it blocks on a file",
           cmq_test_timeout_seconds (60));
  return G_SOURCE_REMOVE;
}

/* What the files table says about @name, "" when it is a release, NULL when it is not listed. */
static char *
skipped_reason (Fixture *fixture, const char *name)
{
  g_autofree char *path = g_build_filename (fixture->library, name, NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *reason = NULL;

  g_assert_cmpint (sqlite3_open_v2 (fixture->db_path, &db, SQLITE_OPEN_READONLY, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT coalesce (skipped, '') FROM files WHERE path = ?",
                                       -1, &stmt, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, path, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    reason = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return reason;
}

/* The importer's reason for not reading @name. */
static char *
importer_reason (Fixture *fixture, const char *name)
{
  g_autofree char *path = g_build_filename (fixture->library, name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) contents = cmq_importer_read_file (file, NULL, NULL, &error);

  g_assert_null (contents);
  g_assert_error (error, CMQ_IMPORT_ERROR, error->code);
  return g_strdup (error->message);
}

/* A named pipe would block a plain read for ever and a huge file would be read whole: the update
 * reads like the importer, so both are skipped at once, with the importer's reason. */
static void
test_unreadable_files (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autofree char *fifo = g_build_filename (fixture->library, "pipe.txt", NULL);
  g_autofree char *huge_path = g_build_filename (fixture->library, "huge.txt", NULL);
  g_autoptr (GString) huge = g_string_new ("A release far too long\n\n");
  g_autofree char *huge_reason = NULL;
  g_autofree char *fifo_reason = NULL;
  g_autofree char *listed = NULL;
  g_autofree char *found = NULL;
  CmqIndexStats stats = { 0 };
  GStatBuf st;
  guint timeout;

  write_small_library (fixture);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  /* Lines of ordinary length, so that only the size is wrong. */
  while (huge->len <= CMQ_IMPORT_MAX_FILE_BYTES)
    g_string_append (huge, "NATO Allies met on Monday (3 May 2021) to discuss zebraword.\n");
  g_assert_true (g_file_set_contents (huge_path, huge->str, huge->len, NULL));

  timeout = g_timeout_add_seconds ((guint) cmq_test_timeout_seconds (60), update_blocked_cb, NULL);
  cmq_index_update_async (index, NULL, update_done_cb, &stats);
  while (stats.n_files == 0)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);

  g_assert_cmpuint (stats.n_files, ==, 6);
  g_assert_cmpuint (stats.n_skipped, ==, 2);
  g_assert_cmpuint (stats.n_releases, ==, 4);

  fifo_reason = importer_reason (fixture, "pipe.txt");
  listed = skipped_reason (fixture, "pipe.txt");
  g_assert_cmpstr (listed, ==, fifo_reason);
  g_clear_pointer (&listed, g_free);
  huge_reason = importer_reason (fixture, "huge.txt");
  g_assert_true (strstr (huge_reason, "too large") != NULL);
  listed = skipped_reason (fixture, "huge.txt");
  g_assert_cmpstr (listed, ==, huge_reason);
  g_clear_pointer (&listed, g_free);
  listed = skipped_reason (fixture, "a.txt");
  g_assert_cmpstr (listed, ==, "");

  /* Nothing of the huge file is in the index, which stays small. */
  found = titles (index, "zebraword", CMQ_INDEX_SORT_NEWEST);
  g_assert_cmpstr (found, ==, "");
  g_assert_cmpint (g_stat (fixture->db_path, &st), ==, 0);
  g_assert_cmpint (st.st_size, <, 1024 * 1024);

  /* Remembered: neither is looked at again. */
  stats = update (index);
  g_assert_cmpuint (stats.n_imported, ==, 0);
  g_assert_cmpuint (stats.n_skipped, ==, 2);
}

static void
let_folders_settle (void)
{
  g_usleep (2100 * G_TIME_SPAN_MILLISECOND);
}

/* cmq_index_folders_unchanged(), which `communique --search` trusts instead of a stat of every
 * file: every way a file can come or go makes it FALSE, and only a complete update makes it TRUE
 * again. */
static void
test_folders_unchanged (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autofree char *a_path = g_build_filename (fixture->library, "a.txt", NULL);
  g_autofree char *b_path = g_build_filename (fixture->library, "b.txt", NULL);
  g_autofree char *moved = g_build_filename (fixture->library, "moved.txt", NULL);
  g_autofree char *other = g_build_filename (fixture->dir, "other", NULL);
  const char *two_folders[] = { fixture->library, other, NULL };
  const char *one_folder[] = { fixture->library, NULL };
  FILE *file;

  /* Never updated: nothing is recorded. */
  g_assert_false (cmq_index_folders_unchanged (index));
  write_small_library (fixture);
  update (index);
  /* Changed just now: an update does not record it. */
  g_assert_false (cmq_index_folders_unchanged (index));

  let_folders_settle ();
  update (index);
  g_assert_true (cmq_index_folders_unchanged (index));

  /* A file rewritten in place keeps its folder as it was: the documented limit (--rescan). */
  file = fopen (a_path, "a");
  g_assert_nonnull (file);
  fputs ("One more line about the Arctic.\n", file);
  fclose (file);
  g_assert_true (cmq_index_folders_unchanged (index));

  /* A new file. */
  write_file (fixture, "e.txt",
              RELEASE ("Summit in Vilnius", "Tuesday (11 July 2023)", "Ukraine."));
  g_assert_false (cmq_index_folders_unchanged (index));
  let_folders_settle ();
  update (index);
  g_assert_true (cmq_index_folders_unchanged (index));
  g_assert_cmpuint (cmq_index_get_n_releases (index), ==, 5);

  /* A file removed. */
  g_assert_cmpint (g_unlink (a_path), ==, 0);
  g_assert_false (cmq_index_folders_unchanged (index));
  let_folders_settle ();
  update (index);
  g_assert_true (cmq_index_folders_unchanged (index));
  g_assert_cmpuint (cmq_index_get_n_releases (index), ==, 4);

  /* A file renamed (as editors save), and another folder listed, even one that does not exist
   * yet, then created. */
  g_assert_cmpint (g_rename (b_path, moved), ==, 0);
  g_assert_false (cmq_index_folders_unchanged (index));
  cmq_index_set_folders (index, two_folders);
  let_folders_settle ();
  update (index);
  g_assert_true (cmq_index_folders_unchanged (index));
  g_assert_cmpint (g_mkdir (other, 0700), ==, 0);
  g_assert_false (cmq_index_folders_unchanged (index));

  /* A folder no longer listed: its files are still in the index until the next update. */
  cmq_index_set_folders (index, one_folder);
  g_assert_false (cmq_index_folders_unchanged (index));
  let_folders_settle ();
  update (index);
  g_assert_true (cmq_index_folders_unchanged (index));

  /* Another index of the same folders recorded nothing. */
  {
    g_autofree char *other_db = g_build_filename (fixture->dir, "other.sqlite", NULL);
    g_autoptr (CmqIndex) fresh = cmq_index_new (other_db);

    cmq_index_set_folders (fresh, one_folder);
    g_assert_false (cmq_index_folders_unchanged (fresh));
  }
}

int
main (int argc, char *argv[])
{
  g_autofree char *cache = g_dir_make_tmp ("test-index-cache-XXXXXX", NULL);
  int status;

  /* Before anything asks GLib for the cache folder. */
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/index/incremental", test_incremental);
  ADD ("/index/folders-unchanged", test_folders_unchanged);
  ADD ("/index/corrupt", test_corrupt);
  ADD ("/index/locked", test_locked);
  ADD ("/index/async", test_async);
  ADD ("/index/unreadable-files", test_unreadable_files);
#undef ADD

  status = g_test_run ();
  cmq_test_remove_tree (cache);
  return status;
}
