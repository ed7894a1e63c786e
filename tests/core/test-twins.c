/* test-twins.c: one release in two languages. A real English release of the fixtures and its
 * French version (fixtures/twins/019-fr.txt, translated for the tests), an unrelated French
 * release of the same day, and the index finding each one's twin.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "cmq-importer.h"
#include "cmq-twins.h"
#include "remove-tree.h"

/* Another French release of the same day, on something else. */
static const char unrelated[] =
    "Le 28 février 2022, le Comité des ministres du Conseil de l’Europe a adopté à Strasbourg une "
    "recommandation sur la liberté de la presse, présentée par la délégation de la Norvège et "
    "soutenue par celle du Portugal.\n\n"
    "La recommandation invite les États membres à protéger les journalistes et à garantir "
    "l’accès aux documents publics, selon la présidence italienne du Comité.\n";

static CmqRelease *
import (CmqImporter *importer, const char *text, const char *name)
{
  g_autoptr (GError) error = NULL;
  CmqRelease *release = cmq_importer_import_text (importer, text, -1, name, 0, &error);

  g_assert_no_error (error);
  return release;
}

static char *
fixture_text (const char *folder, const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", folder, name, NULL);
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static void
test_score (void)
{
  g_autoptr (CmqImporter) importer = cmq_importer_new ();
  g_autofree char *english_text = fixture_text ("real", "019.txt");
  g_autofree char *french = fixture_text ("twins", "019-fr.txt");
  g_autoptr (CmqRelease) english = import (importer, english_text, "019.txt");
  g_autoptr (CmqRelease) twin = import (importer, french, "fr.txt");
  g_autoptr (CmqRelease) other = import (importer, unrelated, "other.txt");
  g_autoptr (GString) later_text = g_string_new (french);
  g_autoptr (CmqRelease) later = NULL;
  double score;

  g_assert_cmpstr (cmq_release_get_language (english), ==, "en");
  g_assert_cmpstr (cmq_release_get_language (twin), ==, "fr");
  g_assert_cmpstr (cmq_release_get_date (twin), ==, "2022-02-28");
  g_assert_cmpstr (cmq_release_get_date (other), ==, "2022-02-28");

  score = cmq_twins_score (english, twin);
  g_test_message ("twins: %.2f, unrelated: %.2f", score, cmq_twins_score (english, other));
  g_assert_cmpfloat (score, >=, CMQ_TWINS_THRESHOLD);
  g_assert_cmpfloat (cmq_twins_score (twin, english), ==, score);
  g_assert_cmpfloat (cmq_twins_score (english, other), <, CMQ_TWINS_THRESHOLD / 2);
  /* The same language is never a twin, nor a release three days later. */
  g_assert_cmpfloat (cmq_twins_score (english, english), ==, 0);
  g_string_replace (later_text, "28 février 2022", "3 mars 2022", 0);
  later = import (importer, later_text->str, "later.txt");
  g_assert_cmpfloat (cmq_twins_score (english, later), ==, 0);
}

static void
write_file (const char *dir, const char *name, const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

static void
test_find (void)
{
  g_autofree char *dir = g_dir_make_tmp ("communique-twins-XXXXXX", NULL);
  g_autofree char *library = g_build_filename (dir, "library", NULL);
  g_autofree char *database = g_build_filename (dir, "index.sqlite", NULL);
  g_autofree char *english_text = fixture_text ("real", "019.txt");
  g_autofree char *french = fixture_text ("twins", "019-fr.txt");
  const char *const folders[] = { library, NULL };
  static const char *const names[] = { "019.txt", "fr.txt", "other.txt" };
  g_autoptr (CmqIndex) index = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) all = NULL;
  g_autoptr (CmqQuery) everything = cmq_query_parse ("", CMQ_QUERY_FLAGS_NONE);
  CmqRelease *releases[3] = { NULL, NULL, NULL };

  g_assert_cmpint (g_mkdir (library, 0700), ==, 0);
  write_file (library, names[0], english_text);
  write_file (library, names[1], french);
  write_file (library, names[2], unrelated);
  index = cmq_index_new (database);
  cmq_index_set_folders (index, folders);
  g_assert_true (cmq_index_update (index, NULL, NULL, &error));
  g_assert_no_error (error);
  all = cmq_index_query (index, everything, CMQ_INDEX_SORT_NEWEST, 0, CMQ_INDEX_QUERY_NONE, NULL,
                         &error);
  g_assert_nonnull (all);
  g_assert_cmpuint (all->len, ==, 3);
  for (guint i = 0; i < all->len; i++)
    {
      const CmqIndexHit *hit = g_ptr_array_index (all, i);

      for (guint n = 0; n < G_N_ELEMENTS (names); n++)
        if (g_str_has_suffix (hit->file, names[n]))
          releases[n] = cmq_index_load_release (index, hit->id, NULL);
    }
  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    g_assert_nonnull (releases[n]);

  {
    g_autoptr (CmqRelease) of_english = cmq_twins_find (index, releases[0], NULL, &error);
    g_autoptr (CmqRelease) of_french = cmq_twins_find (index, releases[1], NULL, &error);
    g_autoptr (CmqRelease) of_other = cmq_twins_find (index, releases[2], NULL, &error);

    g_assert_no_error (error);
    g_assert_nonnull (of_english);
    g_assert_cmpstr (cmq_release_get_id (of_english), ==, cmq_release_get_id (releases[1]));
    g_assert_nonnull (of_french);
    g_assert_cmpstr (cmq_release_get_id (of_french), ==, cmq_release_get_id (releases[0]));
    g_assert_null (of_other);
  }

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    {
      g_autofree char *path = g_build_filename (library, names[n], NULL);

      g_object_unref (releases[n]);
      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_clear_object (&index);
  g_assert_cmpint (g_rmdir (library), ==, 0);
  /* The index and what SQLite leaves beside it. */
  cmq_test_remove_tree (dir);
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/twins/score", test_score);
  g_test_add_func ("/twins/find", test_find);

  return g_test_run ();
}
