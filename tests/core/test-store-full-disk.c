/* test-store-full-disk.c: the store on a real full disk, a 64 KiB tmpfs.
 *
 * The tmpfs is mounted in a private mount namespace of this process only, so nothing outside sees
 * it and it goes away with the process. Where namespaces are not allowed (no privilege) the test
 * is skipped; the injected-error test in test-store.c covers the same path everywhere.
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

#include "cmq-store.h"

static void
save_failed_cb (CmqStore *store, GError *error, gpointer user_data)
{
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC);
  (*(guint *) user_data)++;
}

static void
saved_cb (CmqStore *store, gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
}

static void
test_full_disk (void)
{
  const char *paragraphs[] = { "Full disk text.", NULL };
  CmqReleaseInfo info = { .file = "full.txt", .title = "Full", .paragraphs = paragraphs };
  g_autoptr (CmqRelease) release = cmq_release_new (&info);
  g_autofree char *dir = g_dir_make_tmp ("cmq-store-full-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "library.ini", NULL);
  g_autoptr (CmqStore) store = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) big = g_string_new (NULL);
  g_autofree char *contents = NULL;
  guint n_failed = 0;
  gboolean saved = FALSE;
  g_autoptr (GDir) listing = NULL;
  const char *name;

  if (unshare (CLONE_NEWNS) != 0 || mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0 ||
      mount ("tmpfs", dir, "tmpfs", 0, "size=64k,mode=0700") != 0)
    {
      g_autofree char *reason =
          g_strdup_printf ("cannot mount a private tmpfs here: %s", g_strerror (errno));
      g_rmdir (dir);
      g_test_skip (reason);
      return;
    }

  store = cmq_store_new (path);
  g_assert_true (cmq_store_load (store, &error));
  g_signal_connect (store, "save-failed", G_CALLBACK (save_failed_cb), &n_failed);
  g_signal_connect (store, "saved", G_CALLBACK (saved_cb), &saved);
  cmq_store_set_note (store, release, "small");
  g_assert_true (cmq_store_flush (store, &error));
  g_assert_no_error (error);

  /* 100 KB cannot fit: the save fails, the file keeps the old state, memory keeps the new. */
  while (big->len < 100000)
    g_string_append (big, "0123456789");
  cmq_store_set_note (store, release, big->str);
  g_assert_false (cmq_store_flush (store, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC);
  g_assert_cmpuint (n_failed, ==, 1);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "note=small\n"));
  g_assert_cmpstr (cmq_store_get_note (store, cmq_release_get_id (release)), ==, big->str);
  g_assert_true (cmq_store_has_pending_changes (store));

  /* Room comes back (here: the note shrinks); the retry saves without being asked. */
  saved = FALSE;
  g_string_truncate (big, 40000);
  cmq_store_set_note (store, release, big->str);
  while (!saved)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (cmq_store_get_save_error (store));
  g_assert_false (cmq_store_has_pending_changes (store));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, big->str));

  /* A failed write leaves no temporary file behind. */
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_assert_cmpstr (name, ==, "library.ini");
  g_clear_pointer (&listing, g_dir_close);

  /* Detached: the file monitor may still hold a watch for a moment. */
  g_clear_object (&store);
  g_assert_cmpint (umount2 (dir, MNT_DETACH), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/save-fails/real-full-disk", test_full_disk);
  return g_test_run ();
}
