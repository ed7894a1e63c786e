/* test-index-full-disk.c: the index on a real full disk, a 1 MiB tmpfs (issue 12, defect 3).
 *
 * An update that runs out of space moves the index to a folder with room and says so, or, with
 * no such folder, stops, keeps what it has and says the index is incomplete; either way it leaves
 * the disk's reserve free, so a note can still be saved there; and `communique --search` says so
 * on stderr and exits 2 when its answer may be incomplete. The tmpfs is mounted in a private
 * mount namespace of this process (and its children) only, as in test-store-full-disk.c; where
 * that is not allowed the tests are skipped.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE
#include <errno.h>
#include <glib/gstdio.h>
#include <sched.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <sys/wait.h>

#include "cmq-index-private.h"
#include "cmq-index-update-private.h"
#include "cmq-store.h"
#include "remove-tree.h"

#define N_RELEASES 600
/* Rows of 200 random prefixes written aside: a scratch database of about 0.4 MiB. */
#define N_PREFIX_ROWS 1000

static char *disk;    /* the small tmpfs */
static char *library; /* the release files, on the real disk */
static char *spare;   /* a folder on the real disk, with room */

/* Each test leaves the disk as it found it. */
static void
clear_disk (const char *name)
{
  g_autofree char *path = g_build_filename (disk, name, NULL);

  cmq_test_remove_tree (path);
}

static void
make_library (void)
{
  static const char *const pool[] = { "ministers", "discussed",  "deterrence", "and",
                                      "defence",   "support",    "for",        "partners",
                                      "in",        "the",        "region",     "exercises",
                                      "cyber",     "resilience", "industry",   "capacity" };
  g_autoptr (GRand) rand = g_rand_new_with_seed (5);

  for (guint i = 0; i < N_RELEASES; i++)
    {
      g_autofree char *name = g_strdup_printf ("release-%03u.txt", i);
      g_autofree char *path = g_build_filename (library, name, NULL);
      g_autoptr (GString) text = g_string_new (NULL);

      g_string_append_printf (text, "Allies meet on topic %u\n\n", i);
      g_string_append_printf (text, "NATO Allies met on Monday (%u May 2021). Marker%u.",
                              1 + i % 28, i);
      for (guint w = 0; w < 450; w++)
        g_string_append_printf (text, " %s%s",
                                pool[g_rand_int_range (rand, 0, G_N_ELEMENTS (pool))],
                                w % 40 == 39 ? ".\n\nAllies" : "");
      g_string_append (text, ".\n");
      g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
    }
}

static guint64
free_on_disk (guint64 *size)
{
  struct statvfs st;

  g_assert_cmpint (statvfs (disk, &st), ==, 0);
  *size = (guint64) st.f_blocks * st.f_frsize;
  return (guint64) st.f_bavail * st.f_frsize;
}

/* The reserve is left (a little may be written after the last check), and a note can still be
 * saved on the disk. */
static void
assert_room_for_notes (const char *name)
{
  g_autofree char *path = g_build_filename (disk, name, "library.ini", NULL);
  const char *paragraphs[] = { "A release.", NULL };
  CmqReleaseInfo info = { .file = "a.txt", .title = "A", .paragraphs = paragraphs };
  g_autoptr (CmqRelease) release = cmq_release_new (&info);
  g_autoptr (CmqStore) store = cmq_store_new (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) note = g_string_new (NULL);
  guint64 size = 0;
  guint64 free_bytes = free_on_disk (&size);

  g_test_message ("%" G_GUINT64_FORMAT " of %" G_GUINT64_FORMAT " bytes free", free_bytes, size);
  g_assert_cmpuint (free_bytes, >=, size / 16);
  g_assert_true (cmq_store_load (store, &error));
  while (note->len < 16 * 1024)
    g_string_append (note, "A note typed while the disk of the index was full. ");
  cmq_store_set_note (store, release, note->str);
  g_assert_true (cmq_store_flush (store, &error));
  g_assert_no_error (error);
}

static guint
count_all (CmqIndex *index)
{
  g_autoptr (CmqQuery) query = cmq_query_parse ("", CMQ_QUERY_FLAGS_NONE);
  g_autoptr (GPtrArray) hits =
      cmq_index_query (index, query, CMQ_INDEX_SORT_NEWEST, 0, CMQ_INDEX_QUERY_NONE, NULL, NULL);

  g_assert_nonnull (hits);
  return hits->len;
}

static CmqIndex *
open_on_disk (const char *name, const char *const *fallback_dirs)
{
  g_autofree char *path = g_build_filename (disk, name, "index.sqlite", NULL);
  const char *folders[] = { library, NULL };
  CmqIndex *index = cmq_index_new (path);

  g_assert_cmpstr (cmq_index_get_path (index), ==, path);
  cmq_index_set_folders (index, folders);
  cmq_index_set_fallback_dirs_for_testing (index, fallback_dirs);
  return index;
}

static void
status_changed_cb (CmqIndex *index, gpointer user_data)
{
  (*(guint *) user_data)++;
}

static void
spin (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* A folder on another disk has room: the index moves there, and is complete. */
static void
test_moved (void)
{
  const char *const dirs[] = { spare, NULL };
  g_autoptr (CmqIndex) index = open_on_disk ("moved", dirs);
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  guint n_status = 0;

  g_signal_connect (index, "status-changed", G_CALLBACK (status_changed_cb), &n_status);
  g_assert_true (cmq_index_update (index, NULL, NULL, &error));
  g_assert_no_error (error);
  spin ();
  g_assert_cmpint (cmq_index_get_status (index), ==, CMQ_INDEX_STATUS_MOVED);
  g_assert_cmpuint (n_status, ==, 1);
  message = cmq_index_dup_status_message (index);
  g_assert_nonnull (strstr (message, "temporary index"));
  g_assert_true (g_str_has_prefix (cmq_index_get_path (index), spare));
  g_assert_cmpuint (count_all (index), ==, N_RELEASES);
  assert_room_for_notes ("notes-moved");
  clear_disk ("moved");
  clear_disk ("notes-moved");
}

/* No folder has room: the update stops, says why, and the index says it is incomplete. */
static void
test_incomplete (void)
{
  const char *const dirs[] = { disk, NULL };
  g_autoptr (CmqIndex) index = open_on_disk ("incomplete", dirs);
  g_autoptr (GError) error = NULL;
  guint n;

  g_assert_false (cmq_index_update (index, NULL, NULL, &error));
  g_assert_error (error, CMQ_INDEX_ERROR, CMQ_INDEX_ERROR_NO_SPACE);
  spin ();
  g_assert_cmpint (cmq_index_get_status (index), ==, CMQ_INDEX_STATUS_INCOMPLETE);
  n = count_all (index);
  g_test_message ("%u of %u releases indexed", n, N_RELEASES);
  g_assert_cmpuint (n, <, N_RELEASES);
  assert_room_for_notes ("notes-incomplete");
  clear_disk ("incomplete");
  clear_disk ("notes-incomplete");
}

/* @n rows of 200 random three-letter words for @build. */
static void
add_prefix_rows (CmqPrefixBuild *build, GRand *rand, guint n)
{
  for (guint i = 1; i <= n; i++)
    {
      g_autoptr (GString) words = g_string_new (NULL);

      for (guint w = 0; w < 200; w++)
        g_string_append_printf (
            words, "%s%c%c%c", w > 0 ? " " : "", 'a' + g_rand_int_range (rand, 0, 26),
            'a' + g_rand_int_range (rand, 0, 26), 'a' + g_rand_int_range (rand, 0, 26));
      cmq_index_prefix_build_add (build, i, words->str);
    }
}

/* A new index in the folder @dir of the disk whose cold build has begun: its table marked
 * unfinished, its prefixes written aside by the returned build; @db receives the index. */
static CmqPrefixBuild *
start_cold_build (const char *dir, const char *path, sqlite3 **db)
{
  int rc = SQLITE_OK;

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  *db = cmq_index_schema_open (path, &rc);
  g_assert_nonnull (*db);
  g_assert_true (
      cmq_index_db_exec (*db, "INSERT INTO unfinished (what) VALUES ('prefixes')", NULL));
  return cmq_index_prefix_build_start (path);
}

/* The build's copy was refused: the index @db stays marked unfinished, and the notes in the
 * folder @notes still find room once the folder @name is cleared. */
static void
assert_left_unfinished (CmqPrefixBuild *build, sqlite3 *db, const char *name, const char *notes)
{
  int n = 0;

  cmq_index_prefix_build_free (build);
  g_assert_cmpint (cmq_index_query_int (db, "SELECT count(*) FROM unfinished", &n), ==, SQLITE_OK);
  g_assert_cmpint (n, ==, 1);
  sqlite3_close (db);
  assert_room_for_notes (notes);
  clear_disk (name);
  clear_disk (notes);
}

/* The scratch database's own writes (its rows and FTS5's merges of them) stop before the disk's
 * reserve, as the writer's do, and the build ends with SQLITE_FULL (the update's disk-full path),
 * the table still marked unfinished. */
static void
test_prefix_aside (void)
{
  g_autofree char *dir = g_build_filename (disk, "aside", NULL);
  g_autofree char *path = g_build_filename (dir, "index.sqlite", NULL);
  g_autoptr (GRand) rand = g_rand_new_with_seed (11);
  guint64 free_bytes, reserve;
  CmqPrefixBuild *build;
  sqlite3 *db;

  build = start_cold_build (dir, path, &db);
  /* Far more than the disk holds. */
  add_prefix_rows (build, rand, 3 * N_PREFIX_ROWS);
  cmq_index_prefix_build_end (build);
  g_assert_true (cmq_index_space_get (path, &free_bytes, &reserve));
  g_test_message ("%" G_GUINT64_FORMAT " bytes free, reserve %" G_GUINT64_FORMAT, free_bytes,
                  reserve);
  /* The reserve is left, but for a page or two written after the last check. */
  g_assert_cmpuint (free_bytes, >=, reserve / 2);
  g_assert_cmpint (cmq_index_prefix_build_copy (build, path), ==, SQLITE_FULL);
  assert_left_unfinished (build, db, "aside", "notes-aside");
}

/* A cold build's prefixes, written aside, are copied into the index only with room for the copy
 * (the scratch database's size, twice) beside the reserve: else it is refused, the scratch file
 * is given back and the table stays marked unfinished. */
static void
test_prefix_copy (void)
{
  g_autofree char *dir = g_build_filename (disk, "copy", NULL);
  g_autofree char *path = g_build_filename (dir, "index.sqlite", NULL);
  g_autofree char *scratch = g_strconcat (path, "-prefixes", NULL);
  g_autoptr (GRand) rand = g_rand_new_with_seed (7);
  guint64 free_bytes, reserve, needed;
  CmqPrefixBuild *build;
  sqlite3 *db;

  build = start_cold_build (dir, path, &db);
  add_prefix_rows (build, rand, N_PREFIX_ROWS);
  cmq_index_prefix_build_end (build);
  needed = cmq_index_prefix_build_get_needed (build);
  g_assert_true (cmq_index_space_get (path, &free_bytes, &reserve));
  g_test_message ("scratch %" G_GUINT64_FORMAT " bytes, %" G_GUINT64_FORMAT " free", needed / 2,
                  free_bytes);
  /* The scratch file fits, its copy does not. */
  g_assert_cmpuint (needed, >, 0);
  g_assert_cmpuint (free_bytes, <, reserve + needed);
  g_assert_cmpint (cmq_index_prefix_build_copy (build, path), ==, SQLITE_FULL);
  g_assert_false (g_file_test (scratch, G_FILE_TEST_EXISTS));
  assert_left_unfinished (build, db, "copy", "notes-copy");
}

static int
run_search (const char *cache, char **out, char **err)
{
  const char *communique = g_getenv ("COMMUNIQUE");
  const char *argv[] = { communique, "--library", library, "--search", "allies", NULL };
  g_auto (GStrv) env = g_get_environ ();
  g_autoptr (GError) error = NULL;
  int status = 0;

  env = g_environ_setenv (env, "XDG_CACHE_HOME", cache, TRUE);
  env = g_environ_setenv (env, "TMPDIR", disk, TRUE);
  env = g_environ_unsetenv (env, "XDG_RUNTIME_DIR");
  env = g_environ_unsetenv (env, "DISPLAY");
  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, out, err,
                               &status, &error));
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* The lines of hits (stdout may also carry GLib's debug messages). */
static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; (p = strstr (p, "  Allies meet on topic ")) != NULL; p++)
    n++;
  return n;
}

/* --search on a full cache: complete through /dev/shm (memory) and said on stderr; with no room
 * anywhere (a tiny tmpfs over /dev/shm too), the hits it has, said, and exit status 2. */
static void
test_search_command (void)
{
  g_autofree char *cache = g_build_filename (disk, "cli-cache", NULL);
  g_autofree char *cache2 = g_build_filename (disk, "cli-cache-2", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  if (g_getenv ("COMMUNIQUE") == NULL)
    {
      g_test_skip ("COMMUNIQUE is not set (run it through meson test)");
      return;
    }
  status = run_search (cache, &out, &err);
  g_test_message ("status %d, %u lines; %s", status, count_lines (out), err);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpuint (count_lines (out), ==, N_RELEASES);
  g_assert_nonnull (strstr (err, "temporary index"));

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  if (mount ("tmpfs", "/dev/shm", "tmpfs", 0, "size=64k") != 0)
    {
      g_test_message ("cannot mount over /dev/shm (%s): not checked with no room anywhere",
                      g_strerror (errno));
      return;
    }
  status = run_search (cache2, &out, &err);
  g_test_message ("status %d, %u lines; %s", status, count_lines (out), err);
  umount ("/dev/shm");
  clear_disk ("cli-cache");
  clear_disk ("cli-cache-2");
  g_assert_cmpint (status, ==, 2);
  g_assert_cmpuint (count_lines (out), <, N_RELEASES);
  g_assert_nonnull (strstr (err, "incomplete"));
}

int
main (int argc, char *argv[])
{
  g_autofree char *root = g_dir_make_tmp ("cmq-index-full-XXXXXX", NULL);
  int status;

  g_test_init (&argc, &argv, NULL);
  disk = g_build_filename (root, "disk", NULL);
  library = g_build_filename (root, "library", NULL);
  spare = g_build_filename (root, "spare", NULL);
  g_assert_cmpint (g_mkdir (disk, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (library, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (spare, 0700), ==, 0);

  if (unshare (CLONE_NEWNS) != 0 || mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0 ||
      mount ("tmpfs", disk, "tmpfs", 0, "size=1m,mode=0700") != 0)
    {
      g_autofree char *reason =
          g_strdup_printf ("cannot mount a private tmpfs here: %s", g_strerror (errno));

      g_test_add_data_func ("/index/full-disk", reason, (GTestDataFunc) g_test_skip);
      status = g_test_run ();
      cmq_test_remove_tree (root);
      return status;
    }
  make_library ();

  g_test_add_func ("/index/full-disk/moved", test_moved);
  g_test_add_func ("/index/full-disk/incomplete", test_incomplete);
  g_test_add_func ("/index/full-disk/prefix-copy", test_prefix_copy);
  g_test_add_func ("/index/full-disk/prefix-aside", test_prefix_aside);
  g_test_add_func ("/index/full-disk/search-command", test_search_command);

  status = g_test_run ();
  umount (disk);
  cmq_test_remove_tree (root);
  return status;
}
