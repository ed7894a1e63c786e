/* test-import-job.c: copying releases into a library folder, with temporary folders only: files
 * and nested folders are taken, a release already there (same id) is not copied again, every
 * file that is not a release is listed with the importer's reason, and symbolic links lead
 * nowhere outside the folder chosen.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "cmq-import-job.h"
#include "cmq-importer.h"
#include "remove-tree.h"

typedef struct
{
  char *root;
  GFile *source;      /* where the user's files are */
  GFile *destination; /* the library folder, not made yet */
} Fixture;

/* The tests put links to folders outside their own and to "." in the folders they remove:
 * cmq_test_remove_tree() never follows them. No test links to a real system folder. */
static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autofree char *source = NULL;
  g_autofree char *destination = NULL;

  fixture->root = g_dir_make_tmp ("communique-test-import-XXXXXX", NULL);
  g_assert_nonnull (fixture->root);
  source = g_build_filename (fixture->root, "mine", NULL);
  destination = g_build_filename (fixture->root, "data", "communique", "releases", NULL);
  g_assert_cmpint (g_mkdir (source, 0700), ==, 0);
  fixture->source = g_file_new_for_path (source);
  fixture->destination = g_file_new_for_path (destination);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  cmq_test_remove_tree (fixture->root);
  g_free (fixture->root);
  g_clear_object (&fixture->source);
  g_clear_object (&fixture->destination);
}

static char *
seed_contents (const char *name, gsize *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "seeds", name, NULL);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, length, NULL));
  return contents;
}

/* Copies seed @name to @relative under the source folder (making its folders). */
static GFile *
put_seed (Fixture *fixture, const char *name, const char *relative)
{
  gsize length = 0;
  g_autofree char *contents = seed_contents (name, &length);
  g_autoptr (GFile) file = g_file_resolve_relative_path (fixture->source, relative);
  g_autoptr (GFile) parent = g_file_get_parent (file);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *parent_path = g_file_get_path (parent);

  g_assert_cmpint (g_mkdir_with_parents (parent_path, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return g_steal_pointer (&file);
}

static GFile *
put_text (Fixture *fixture, const char *relative, const char *text, gssize length)
{
  g_autoptr (GFile) file = g_file_resolve_relative_path (fixture->source, relative);
  g_autofree char *path = g_file_get_path (file);

  g_assert_true (g_file_set_contents (path, text, length, NULL));
  return g_steal_pointer (&file);
}

static guint
count_txt (GFile *folder)
{
  g_autoptr (GFileEnumerator) enumerator = g_file_enumerate_children (
      folder, G_FILE_ATTRIBUTE_STANDARD_NAME, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  GFileInfo *info;
  guint n = 0;

  while (enumerator != NULL && (info = g_file_enumerator_next_file (enumerator, NULL, NULL)))
    {
      n += g_str_has_suffix (g_file_info_get_name (info), ".txt");
      g_object_unref (info);
    }
  return n;
}

static CmqImportJob *
run_job (Fixture *fixture, GFile **sources, guint n_sources)
{
  g_autoptr (CmqImportJob) job = cmq_import_job_new (fixture->destination);
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < n_sources; i++)
    cmq_import_job_add_source (job, sources[i]);
  g_assert_true (cmq_import_job_run (job, NULL, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&job);
}

static char *
id_of (GFile *file)
{
  g_autoptr (CmqImporter) importer = cmq_importer_new ();
  g_autoptr (CmqRelease) release = cmq_importer_import_file (importer, file, NULL, NULL);

  g_assert_nonnull (release);
  return g_strdup (cmq_release_get_id (release));
}

static void
test_copies_files (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GFile) a = put_seed (fixture, "000_11bd6166c1d2e564.txt", "statement.txt");
  g_autoptr (GFile) b = put_seed (fixture, "001_5f2881911b002c03.txt", "no-extension");
  GFile *sources[] = { a, b };
  g_autoptr (CmqImportJob) job = run_job (fixture, sources, 2);
  GPtrArray *copies = cmq_import_job_get_copies (job);
  GPtrArray *ids = cmq_import_job_get_release_ids (job);
  g_autofree char *copy_name = NULL;
  g_autofree char *other_name = NULL;
  g_autofree char *id = id_of (a);
  g_autofree char *copy_id = NULL;

  g_assert_cmpuint (cmq_import_job_get_n_imported (job), ==, 2);
  g_assert_cmpuint (cmq_import_job_get_n_duplicates (job), ==, 0);
  g_assert_cmpuint (cmq_import_job_get_skipped (job)->len, ==, 0);
  g_assert_cmpuint (copies->len, ==, 2);
  g_assert_cmpuint (count_txt (fixture->destination), ==, 2);

  /* The copy keeps its name, gains .txt when it had none, and is the same release. */
  copy_name = g_file_get_basename (g_ptr_array_index (copies, 0));
  other_name = g_file_get_basename (g_ptr_array_index (copies, 1));
  g_assert_cmpstr (copy_name, ==, "statement.txt");
  g_assert_cmpstr (other_name, ==, "no-extension.txt");
  copy_id = id_of (g_ptr_array_index (copies, 0));
  g_assert_cmpstr (copy_id, ==, id);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (ids, 0), ==, id);

  /* The sources are left as they were. */
  g_assert_true (g_file_query_exists (a, NULL));
}

static void
test_duplicates (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GFile) a = put_seed (fixture, "002_1cb5d52dedd5ff57.txt", "a.txt");
  g_autoptr (GFile) b = put_seed (fixture, "003_d53c59dffd3a3db1.txt", "b.txt");
  g_autoptr (GFile) copy_of_a = put_seed (fixture, "002_1cb5d52dedd5ff57.txt", "again/a.txt");
  g_autoptr (GFile) c = put_seed (fixture, "004_ae336d1ab74cb350.txt", "c.txt");
  GFile *first[] = { a, copy_of_a };
  GFile *second[] = { a, b };
  g_autoptr (CmqImportJob) job1 = run_job (fixture, first, 2);
  g_autoptr (CmqImportJob) job2 = NULL;
  g_autoptr (CmqImportJob) job3 = cmq_import_job_new (fixture->destination);
  g_autofree char *c_id = id_of (c);

  /* The same release twice in one import: copied once. */
  g_assert_cmpuint (cmq_import_job_get_n_imported (job1), ==, 1);
  g_assert_cmpuint (cmq_import_job_get_n_duplicates (job1), ==, 1);
  g_assert_cmpuint (count_txt (fixture->destination), ==, 1);

  /* Importing it again: the release is already in the library folder, under any name. */
  job2 = run_job (fixture, second, 2);
  g_assert_cmpuint (cmq_import_job_get_n_imported (job2), ==, 1);
  g_assert_cmpuint (cmq_import_job_get_n_duplicates (job2), ==, 1);
  g_assert_cmpuint (count_txt (fixture->destination), ==, 2);
  g_assert_cmpuint (cmq_import_job_get_release_ids (job2)->len, ==, 2);

  /* A release the library shows from elsewhere (the samples) is not copied either. */
  cmq_import_job_add_known_id (job3, c_id);
  cmq_import_job_add_source (job3, c);
  g_assert_true (cmq_import_job_run (job3, NULL, NULL));
  g_assert_cmpuint (cmq_import_job_get_n_imported (job3), ==, 0);
  g_assert_cmpuint (cmq_import_job_get_n_duplicates (job3), ==, 1);
  g_assert_cmpuint (count_txt (fixture->destination), ==, 2);
}

static const char *
reason_for (CmqImportJob *job, const char *basename)
{
  GPtrArray *skipped = cmq_import_job_get_skipped (job);

  for (guint i = 0; i < skipped->len; i++)
    {
      CmqSkippedFile *s = g_ptr_array_index (skipped, i);
      g_autofree char *base = g_path_get_basename (s->file);

      if (g_str_equal (base, basename))
        return s->reason;
    }
  return NULL;
}

static void
test_skipped_with_reasons (Fixture *fixture, gconstpointer data)
{
  static const char binary[] = { 'P', 'K', 3, 4, 0, 0, 0, 1, 2, (char) 0xff, (char) 0xfe, 0 };
  g_autoptr (GFile) good = put_seed (fixture, "000_11bd6166c1d2e564.txt", "good.txt");
  g_autoptr (GFile) zip = put_text (fixture, "archive.txt", binary, sizeof binary);
  g_autoptr (GFile) chrome = put_text (fixture, "chrome.txt", "NATO MULTIMEDIA ACCOUNT\n", -1);
  g_autoptr (GFile) missing = g_file_get_child (fixture->source, "gone.txt");
  GFile *sources[] = { good, zip, chrome, missing };
  g_autoptr (CmqImportJob) job = run_job (fixture, sources, 4);
  g_autoptr (CmqImporter) importer = cmq_importer_new ();
  g_autoptr (GError) zip_error = NULL;
  g_autoptr (GError) chrome_error = NULL;
  g_autoptr (CmqRelease) none = NULL;

  g_assert_cmpuint (cmq_import_job_get_n_imported (job), ==, 1);
  g_assert_cmpuint (cmq_import_job_get_skipped (job)->len, ==, 3);
  g_assert_cmpuint (count_txt (fixture->destination), ==, 1);

  /* Each reason is the importer's own message. */
  none = cmq_importer_import_file (importer, zip, NULL, &zip_error);
  g_assert_null (none);
  g_assert_error (zip_error, CMQ_IMPORT_ERROR, CMQ_IMPORT_ERROR_NOT_TEXT);
  g_assert_cmpstr (reason_for (job, "archive.txt"), ==, zip_error->message);
  none = cmq_importer_import_file (importer, chrome, NULL, &chrome_error);
  g_assert_null (none);
  g_assert_cmpstr (reason_for (job, "chrome.txt"), ==, chrome_error->message);
  g_assert_nonnull (reason_for (job, "gone.txt"));
  g_assert_null (reason_for (job, "good.txt"));
}

static void
test_folders_recursive (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GFile) a = put_seed (fixture, "000_11bd6166c1d2e564.txt", "2021/june/a.txt");
  g_autoptr (GFile) b = put_seed (fixture, "001_5f2881911b002c03.txt", "2021/b.txt");
  g_autoptr (GFile) c = put_seed (fixture, "002_1cb5d52dedd5ff57.txt", "2022/deep/er/c.txt");
  g_autoptr (GFile) same_name = put_seed (fixture, "003_d53c59dffd3a3db1.txt", "2022/a.txt");
  g_autoptr (GFile) hidden = put_seed (fixture, "004_ae336d1ab74cb350.txt", "2022/.hidden.txt");
  g_autoptr (GFile) notes = put_text (fixture, "2021/notes.md", "# not a release\n", -1);
  GFile *sources[] = { fixture->source };
  g_autoptr (CmqImportJob) job = run_job (fixture, sources, 1);

  /* Four releases in nested folders; the hidden file and the other kinds are passed over. */
  g_assert_cmpuint (cmq_import_job_get_n_imported (job), ==, 4);
  g_assert_cmpuint (cmq_import_job_get_skipped (job)->len, ==, 0);
  g_assert_cmpuint (count_txt (fixture->destination), ==, 4);

  /* Two files named a.txt: the second copy gets a name of its own. */
  {
    g_autoptr (GFile) first = g_file_get_child (fixture->destination, "a.txt");
    g_autoptr (GFile) second = g_file_get_child (fixture->destination, "a-2.txt");

    g_assert_true (g_file_query_exists (first, NULL));
    g_assert_true (g_file_query_exists (second, NULL));
  }
}

static void
make_link (Fixture *fixture, const char *target, const char *relative)
{
  g_autoptr (GFile) link = g_file_resolve_relative_path (fixture->source, relative);
  g_autofree char *path = g_file_get_path (link);

  g_assert_cmpint (symlink (target, path), ==, 0);
}

/* Links in a folder the user imports (issue 12, defect 5): those leading out of it (to another
 * release elsewhere, to a private file, into /proc) are not followed; one to a file inside is;
 * `loop -> .` is not walked again; a release 25 folders deep is taken, one deeper than the limit
 * is reported; each entry left out is in the report with its reason. */
static void
test_links_and_depth (Fixture *fixture, gconstpointer data)
{
  g_autofree char *outside_dir = g_build_filename (fixture->root, "elsewhere", NULL);
  g_autofree char *outside = g_build_filename (outside_dir, "private.txt", NULL);
  g_autofree char *key = g_build_filename (outside_dir, "id_ed25519", NULL);
  g_autoptr (GFile) inside = put_seed (fixture, "000_11bd6166c1d2e564.txt", "sub/inside.txt");
  g_autoptr (GString) deep = g_string_new (NULL);
  g_autoptr (GString) deeper = g_string_new (NULL);
  g_autoptr (GFile) deep_file = NULL;
  g_autoptr (GFile) deeper_file = NULL;
  g_autoptr (CmqImportJob) job = NULL;
  GFile *sources[] = { fixture->source };
  gsize length = 0;
  g_autofree char *release = seed_contents ("001_5f2881911b002c03.txt", &length);

  /* A real release outside the folder: were the link followed, it would be imported. */
  g_assert_cmpint (g_mkdir (outside_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (outside, release, length, NULL));
  g_assert_true (g_file_set_contents (key, "-----BEGIN OPENSSH PRIVATE KEY-----\n", -1, NULL));
  make_link (fixture, outside, "outside.txt");
  make_link (fixture, key, "key.txt");
  make_link (fixture, outside_dir, "elsewhere");
  make_link (fixture, "/proc/self/environ", "environ.txt");
  make_link (fixture, "gone.txt.orig", "dangling.txt");
  make_link (fixture, "sub/inside.txt", "again.txt");
  make_link (fixture, ".", "loop");

  for (guint i = 0; i < 25; i++)
    g_string_append_printf (deep, "d%u/", i);
  g_string_append (deep, "deep.txt");
  deep_file = put_seed (fixture, "002_1cb5d52dedd5ff57.txt", deep->str);
  for (guint i = 0; i < 40; i++)
    g_string_append_printf (deeper, "e%u/", i);
  g_string_append (deeper, "deeper.txt");
  deeper_file = put_seed (fixture, "003_d53c59dffd3a3db1.txt", deeper->str);

  job = run_job (fixture, sources, 1);

  /* inside.txt (also reached through again.txt) and the release 25 folders deep. */
  g_assert_cmpuint (cmq_import_job_get_n_imported (job), ==, 2);
  g_assert_cmpuint (cmq_import_job_get_n_duplicates (job), ==, 1);
  g_assert_cmpuint (count_txt (fixture->destination), ==, 2);
  {
    g_autoptr (GFile) copy = g_file_get_child (fixture->destination, "deep.txt");

    g_assert_true (g_file_query_exists (copy, NULL));
  }

  g_assert_cmpstr (reason_for (job, "outside.txt"), ==,
                   "A link to something outside the imported folder: not followed");
  g_assert_cmpstr (reason_for (job, "key.txt"), ==,
                   "A link to something outside the imported folder: not followed");
  g_assert_cmpstr (reason_for (job, "elsewhere"), ==,
                   "A link to something outside the imported folder: not followed");
  g_assert_cmpstr (reason_for (job, "environ.txt"), ==,
                   "A link into /proc, /sys or /dev: not followed");
  g_assert_cmpstr (reason_for (job, "dangling.txt"), ==, "A link to nothing: not followed");
  g_assert_cmpstr (reason_for (job, "loop"), ==,
                   "A link to a folder already imported: not followed");
  /* The limit is said, on the first folder beyond it. */
  g_assert_cmpstr (reason_for (job, "e32"), ==, "More than 32 folders deep: not imported");
  g_assert_cmpuint (cmq_import_job_get_skipped (job)->len, ==, 7);
  g_assert_null (reason_for (job, "again.txt"));
}

static void
run_finished_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (cmq_import_job_run_finish (CMQ_IMPORT_JOB (source), result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static void
test_async (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GFile) a = put_seed (fixture, "000_11bd6166c1d2e564.txt", "a.txt");
  g_autoptr (CmqImportJob) job = cmq_import_job_new (fixture->destination);
  gboolean done = FALSE;

  cmq_import_job_add_source (job, a);
  cmq_import_job_run_async (job, NULL, run_finished_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (cmq_import_job_get_n_imported (job), ==, 1);
  g_assert_cmpuint (count_txt (fixture->destination), ==, 1);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/import-job/copies-files", Fixture, NULL, fixture_set_up, test_copies_files,
              fixture_tear_down);
  g_test_add ("/import-job/duplicates", Fixture, NULL, fixture_set_up, test_duplicates,
              fixture_tear_down);
  g_test_add ("/import-job/skipped-with-reasons", Fixture, NULL, fixture_set_up,
              test_skipped_with_reasons, fixture_tear_down);
  g_test_add ("/import-job/folders-recursive", Fixture, NULL, fixture_set_up,
              test_folders_recursive, fixture_tear_down);
  g_test_add ("/import-job/links-and-depth", Fixture, NULL, fixture_set_up, test_links_and_depth,
              fixture_tear_down);
  g_test_add ("/import-job/async", Fixture, NULL, fixture_set_up, test_async, fixture_tear_down);

  return g_test_run ();
}
