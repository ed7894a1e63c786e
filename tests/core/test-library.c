/* test-library.c: folders imported through the index without a display: files in and out,
 * newest first, each release once, and folders that leave and come back.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "cmq-library.h"
#include "library-fixture.h"

static const char *const seeds[] = { "000_11bd6166c1d2e564.txt", "001_5f2881911b002c03.txt",
                                     "002_1cb5d52dedd5ff57.txt", "003_d53c59dffd3a3db1.txt",
                                     "004_ae336d1ab74cb350.txt" };

static char *
make_dir (void)
{
  char *dir = g_dir_make_tmp ("communique-test-library-XXXXXX", NULL);

  g_assert_nonnull (dir);
  return dir;
}

static GFile *
put_seed (const char *dir, guint seed, const char *name)
{
  g_autofree char *from =
      g_test_build_filename (G_TEST_DIST, "fixtures", "seeds", seeds[seed], NULL);
  g_autofree char *to = g_build_filename (dir, name, NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (to, contents, length, NULL));
  return g_file_new_for_path (to);
}

static guint
n_releases (CmqTestLibrary *library)
{
  return cmq_test_library_n_releases (library);
}

static void
assert_newest_first (CmqTestLibrary *library)
{
  GListModel *releases = cmq_test_library_get_releases (library);

  for (guint i = 0; i + 1 < g_list_model_get_n_items (releases); i++)
    {
      g_autoptr (CmqRelease) a = g_list_model_get_item (releases, i);
      g_autoptr (CmqRelease) b = g_list_model_get_item (releases, i + 1);

      g_assert_cmpint (cmq_release_compare_newest_first (a, b, NULL), <=, 0);
    }
}

static void
remove_file (GFile *file)
{
  g_assert_cmpint (g_unlink (g_file_peek_path (file)), ==, 0);
}

static void
test_add_remove_files (void)
{
  g_autofree char *dir = make_dir ();
  const char *folders[] = { dir, NULL };
  g_autoptr (GFile) folder = g_file_new_for_path (dir);
  g_autoptr (CmqLibrary) folders_library = cmq_library_new ();
  g_autoptr (GFile) a = put_seed (dir, 0, "a.txt");
  g_autoptr (CmqTestLibrary) library = cmq_test_library_import (dir);
  g_autoptr (GFile) b = NULL;
  g_autoptr (GFile) c = NULL;
  g_autoptr (GFile) twin = NULL;
  g_autoptr (GFile) junk = NULL;
  g_autofree char *junk_path = g_build_filename (dir, "junk.txt", NULL);

  g_assert_cmpuint (n_releases (library), ==, 1);

  /* Files added, each in its place by date. */
  b = put_seed (dir, 3, "b.txt");
  c = put_seed (dir, 1, "c.txt");
  cmq_test_library_update (library, folders);
  g_assert_cmpuint (n_releases (library), ==, 3);
  assert_newest_first (library);
  g_assert_cmpuint (cmq_test_library_find_release_by_file (library, g_file_peek_path (b)), !=,
                    G_MAXUINT);

  /* Reading the same, unchanged files again changes nothing. */
  cmq_test_library_update (library, folders);
  g_assert_cmpuint (n_releases (library), ==, 3);

  /* The same release in a second file shows once; when the first file goes, the second one
   * takes its place. */
  twin = put_seed (dir, 3, "twin.txt");
  cmq_test_library_update (library, folders);
  g_assert_cmpuint (n_releases (library), ==, 3);
  remove_file (b);
  cmq_test_library_update (library, folders);
  g_assert_cmpuint (n_releases (library), ==, 3);
  g_assert_cmpuint (cmq_test_library_find_release_by_file (library, g_file_peek_path (twin)), !=,
                    G_MAXUINT);

  /* A file that is not a release is listed with its reason, and forgotten when it goes. */
  g_assert_true (g_file_set_contents (junk_path, "\x01\x02\x03\xff\xfe", 5, NULL));
  junk = g_file_new_for_path (junk_path);
  cmq_test_library_update (library, folders);
  g_assert_cmpuint (library->skipped->len, ==, 1);
  remove_file (junk);
  cmq_test_library_update (library, folders);
  g_assert_cmpuint (library->skipped->len, ==, 0);

  remove_file (a);
  remove_file (c);
  remove_file (twin);
  cmq_test_library_update (library, folders);
  g_assert_cmpuint (n_releases (library), ==, 0);

  /* The application's library of folders forgets one that is taken away. */
  cmq_library_add_directory (folders_library, folder);
  g_assert_true (cmq_library_has_directory (folders_library, folder));
  cmq_library_remove_directory (folders_library, folder);
  g_assert_false (cmq_library_has_directory (folders_library, folder));
  cmq_test_remove_tree (dir);
}

static void
test_directories (void)
{
  g_autofree char *first = make_dir ();
  g_autofree char *second = make_dir ();
  const char *both[] = { first, second, NULL };
  const char *only_second[] = { second, NULL };
  g_autoptr (CmqTestLibrary) library = NULL;

  for (guint i = 0; i < 3; i++)
    g_object_unref (put_seed (first, i, seeds[i]));
  for (guint i = 2; i < 5; i++)
    g_object_unref (put_seed (second, i, seeds[i]));

  library = cmq_test_library_import (first);
  g_assert_cmpuint (n_releases (library), ==, 3);

  /* Added after loading: read at once; the release both folders hold shows once. */
  cmq_test_library_update (library, both);
  g_assert_cmpuint (n_releases (library), ==, 5);
  assert_newest_first (library);

  /* Taken away: its releases go, the shared one stays, from the other folder. */
  cmq_test_library_update (library, only_second);
  g_assert_cmpuint (n_releases (library), ==, 3);
  cmq_test_library_update (library, both);
  g_assert_cmpuint (n_releases (library), ==, 5);
  cmq_test_remove_tree (first);
  cmq_test_remove_tree (second);
}

/* Three pages of one website among other files: the window learns the lines they share (a
 * tagline sentence too) as that site's chrome, as the index does. */
static void
test_site_chrome (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr (CmqTestLibrary) library = NULL;
  GListModel *releases;

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("site-%u.txt", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *page = g_strdup_printf (
          "Ministry of Fisheries of Northland\n\nWelcome to the Ministry. We serve the coast "
          "and its people.\n\nThe Minister met the fishermen of harbour %u to discuss the "
          "quotas for next year and the new market.\n",
          i);

      g_assert_true (g_file_set_contents (path, page, -1, NULL));
    }
  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *name = g_strdup_printf ("other-%u.txt", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *page = g_strdup_printf (
          "Town %u\n\nThe council of town %u approved its budget on Monday evening after a "
          "long debate.\n",
          i, i);

      g_assert_true (g_file_set_contents (path, page, -1, NULL));
    }

  library = cmq_test_library_import (dir);
  releases = cmq_test_library_get_releases (library);
  g_assert_cmpuint (g_list_model_get_n_items (releases), ==, 13);
  for (guint i = 0; i < g_list_model_get_n_items (releases); i++)
    {
      g_autoptr (CmqRelease) release = g_list_model_get_item (releases, i);
      const char *const *paragraphs = cmq_release_get_paragraphs (release);

      g_assert_cmpuint (g_strv_length ((char **) paragraphs), ==, 1);
      g_assert_false (g_str_has_prefix (paragraphs[0], "Welcome"));
    }
  cmq_test_remove_tree (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/library/add-remove-files", test_add_remove_files);
  g_test_add_func ("/library/directories", test_directories);
  g_test_add_func ("/library/site-chrome", test_site_chrome);

  return g_test_run ();
}
