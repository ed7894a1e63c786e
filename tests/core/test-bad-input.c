/* test-bad-input.c: every kind of bad input of tests/bad-input/expected.tsv, through the importer,
 * the HTML renderer, `communique --inspect` and a library folder of its own: nothing crashes or
 * hangs (the meson timeout), and each outcome is the one the manifest gives.
 *
 * The large and special inputs are made here at run time: a 25 MB file, a 2 MB line, 200,000
 * quote marks, a folder, link loops, a named pipe, odd file names. The unreadable file is honest
 * even for root, who may read a mode-000 file: it is read by a process that has dropped to the
 * "nobody" user (setuid in a child, `setpriv` for --inspect).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <gio/gunixsocketaddress.h>
#include <grp.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cmq-html.h"
#include "cmq-importer.h"
#include "cmq-library.h"
#include "library-fixture.h"
#include "remove-tree.h"

#define NOBODY     65534
#define STORY_LINE "The Secretary General opened the meeting in Brussels on 12 March 2024."

typedef struct
{
  char *kind;
  char *input;
  char *outcome;
  char *detail;
  char *check;
} Row;

static char *tmp_root;
/* file name -> CmqRelease, for "same:" checks */
static GHashTable *references;

static void
row_free (Row *row)
{
  g_free (row->kind);
  g_free (row->input);
  g_free (row->outcome);
  g_free (row->detail);
  g_free (row->check);
  g_free (row);
}

static GPtrArray *
load_manifest (void)
{
  g_autofree char *path =
      g_test_build_filename (G_TEST_DIST, "fixtures", "bad-input", "expected.tsv", NULL);
  g_autofree char *contents = NULL;
  g_auto (GStrv) lines = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto (GStrv) fields = NULL;
      Row *row;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", -1);
      g_assert_cmpuint (g_strv_length (fields), ==, 5);
      row = g_new0 (Row, 1);
      row->kind = g_strdup (fields[0]);
      row->input = g_strdup (fields[1]);
      row->outcome = g_strdup (fields[2]);
      row->detail = g_strdup (fields[3]);
      row->check = g_strdup (fields[4]);
      g_ptr_array_add (rows, row);
    }
  return rows;
}

static char *
dist_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "bad-input", name, NULL);
}

static void
write_file (const char *path, const char *data, gssize length)
{
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
}

static void
copy_dist (const char *name, const char *to)
{
  g_autofree char *from = dist_path (name);
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  write_file (to, contents, length);
}

/* Lines of @unit repeated to about 80 columns, @count units in all, after a first paragraph. */
static char *
wrapped_units (const char *first, const char *unit, guint count)
{
  GString *out = g_string_new (first);
  guint per_line = MAX (1, 80 / (guint) g_utf8_strlen (unit, -1));

  g_string_append (out, "\n\n");
  for (guint i = 0; i < count; i++)
    {
      g_string_append (out, unit);
      if ((i + 1) % per_line == 0)
        g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
  return g_string_free (out, FALSE);
}

/* Writes the generated text of @kind whose lead is the hard part (a line of dots, thousands of
 * captions) at @path; FALSE when @kind is no such text. */
static gboolean
write_generated_lead (const char *kind, const char *path)
{
  if (g_str_equal (kind, "line-of-dots"))
    {
      /* The lead, where the title and the first sentence are looked for: 60 KB of "a." and
       * dots, then a closing mark that sends the quote finder looking back for its start. */
      g_autoptr (GString) data = g_string_new (NULL);

      for (guint i = 0; i < 15000; i++)
        g_string_append (data, "a.");
      for (guint i = 0; i < 30000; i++)
        g_string_append_c (data, '.');
      g_string_append (data, "”\n\n" STORY_LINE "\n");
      write_file (path, data->str, data->len);
    }
  else if (g_str_equal (kind, "captions-150000"))
    {
      g_autoptr (GString) data = g_string_new (STORY_LINE "\n\n");

      for (guint i = 0; i < 150000; i++)
        g_string_append_printf (data, "Photo caption %u\n\n", i);
      write_file (path, data->str, data->len);
    }
  else
    return FALSE;
  return TRUE;
}

/* The file name of @row's input: its kind, or a name that is itself the bad input. */
static char *
input_name (const Row *row)
{
  if (g_str_equal (row->kind, "name-with-newline"))
    return g_strdup ("line\nbreak.txt");
  if (g_str_equal (row->kind, "name-invalid-utf8"))
    return g_strdup ("caf\xe9.txt");
  if (g_str_equal (row->kind, "empty-name-with-newline"))
    return g_strdup ("empty\n\xff.txt"); /* skipped: the reason must still be one line on stderr */
  return g_strconcat (row->kind, ".txt", NULL);
}

/* Writes the generated text of @kind (random bytes, huge files and lines, many quotes or
 * captions) at @path; FALSE when @kind is no such text. */
static gboolean
write_generated_text (const char *kind, const char *path)
{
  if (g_str_equal (kind, "random-binary"))
    {
      g_autoptr (GRand) rand = g_rand_new_with_seed (20261124);
      g_autofree guint32 *data = g_new (guint32, 2048);

      for (guint i = 0; i < 2048; i++)
        data[i] = g_rand_int (rand);
      write_file (path, (const char *) data, 2048 * sizeof (guint32));
    }
  else if (g_str_equal (kind, "file-of-25-mb"))
    {
      g_autoptr (GString) data = g_string_sized_new (25 * 1024 * 1024 + 100);

      while (data->len < 25 * 1024 * 1024)
        g_string_append (data, STORY_LINE "\n\n");
      write_file (path, data->str, data->len);
    }
  else if (g_str_equal (kind, "line-of-2-mb"))
    {
      g_autoptr (GString) data = g_string_sized_new (2 * 1024 * 1024 + 100);

      while (data->len < 2 * 1024 * 1024)
        g_string_append (data, "Allies ");
      write_file (path, data->str, data->len);
    }
  else if (g_str_equal (kind, "opening-quotes-200000"))
    {
      g_autofree char *data = wrapped_units (STORY_LINE, "“ ", 200000);
      write_file (path, data, -1);
    }
  else if (g_str_equal (kind, "straight-quotes-200000"))
    {
      /* 100,000 quotations of three words, each looked for a speaker */
      g_autofree char *data = wrapped_units (STORY_LINE, "\"we stand together\" ", 100000);
      write_file (path, data, -1);
    }
  else
    return write_generated_lead (kind, path);
  return TRUE;
}

/* Makes the special file of @kind (folder, link, pipe, socket, unreadable file, odd name) at
 * @path, whose base name is @name; FALSE when @kind is no such file. */
static gboolean
make_special_file (const char *kind, const char *name, const char *path)
{
  if (g_str_equal (kind, "directory"))
    g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
  else if (g_str_equal (kind, "symlink-loop"))
    g_assert_cmpint (symlink (name, path), ==, 0);
  else if (g_str_equal (kind, "dangling-symlink"))
    g_assert_cmpint (symlink ("nowhere/at-all.txt", path), ==, 0);
  else if (g_str_equal (kind, "named-pipe"))
    g_assert_cmpint (mkfifo (path, 0644), ==, 0);
  else if (g_str_equal (kind, "unix-socket"))
    {
      g_autoptr (GSocket) socket = g_socket_new (G_SOCKET_FAMILY_UNIX, G_SOCKET_TYPE_STREAM,
                                                 G_SOCKET_PROTOCOL_DEFAULT, NULL);
      g_autoptr (GSocketAddress) address = g_unix_socket_address_new (path);

      /* The socket file stays once the socket is closed. */
      g_assert_nonnull (socket);
      g_assert_true (g_socket_bind (socket, address, FALSE, NULL));
    }
  else if (g_str_equal (kind, "empty-name-with-newline"))
    write_file (path, "", 0);
  else if (g_str_equal (kind, "link-to-dev-zero"))
    g_assert_cmpint (symlink ("/dev/zero", path), ==, 0);
  else if (g_str_equal (kind, "unreadable"))
    {
      copy_dist ("plain.txt", path);
      g_assert_cmpint (g_chmod (path, 0), ==, 0);
    }
  else if (g_str_equal (kind, "name-with-newline") || g_str_equal (kind, "name-invalid-utf8") ||
           g_str_equal (kind, "vanishing"))
    copy_dist ("plain.txt", path);
  else
    return FALSE;
  return TRUE;
}

/* Makes the input of @row in @dir and returns its path. */
static char *
make_input (const Row *row, const char *dir)
{
  g_autofree char *name = input_name (row);
  char *path = g_build_filename (dir, name, NULL);

  if (!g_str_equal (row->input, "generated"))
    copy_dist (row->input, path);
  else if (!write_generated_text (row->kind, path) && !make_special_file (row->kind, name, path))
    g_error ("No generator for %s", row->kind);
  return path;
}

static const char *const *
paragraphs_of (const char *name)
{
  CmqRelease *release = g_hash_table_lookup (references, name);

  if (release == NULL)
    {
      g_autoptr (CmqImporter) importer = cmq_importer_new ();
      g_autofree char *path = dist_path (name);
      g_autoptr (GFile) file = g_file_new_for_path (path);
      g_autoptr (GError) error = NULL;

      release = cmq_importer_import_file (importer, file, NULL, &error);
      g_assert_no_error (error);
      g_hash_table_insert (references, g_strdup (name), release);
    }
  return cmq_release_get_paragraphs (release);
}

static gboolean
any_contains (const char *const *paragraphs, const char *text)
{
  for (guint i = 0; paragraphs[i] != NULL; i++)
    if (strstr (paragraphs[i], text) != NULL)
      return TRUE;
  return FALSE;
}

/* @from_index: the release was read back from the index, which does not keep the encoding it was
 * converted from (cmq-index-codec.c stores no such field): that is only checked on the
 * importer's release. */
static void
check_release (const Row *row, CmqRelease *release, gboolean from_index)
{
  const char *const *paragraphs = cmq_release_get_paragraphs (release);
  g_autofree char *html = cmq_html_render_release (release, NULL);

  g_assert_nonnull (html);
  if (g_str_equal (row->outcome, "converted") && !from_index)
    g_assert_cmpstr (cmq_release_get_converted_from (release), ==, row->detail);
  else if (!g_str_equal (row->outcome, "converted"))
    g_assert_cmpstr (row->outcome, ==, "imported");
  if (g_str_equal (row->outcome, "imported"))
    g_assert_null (cmq_release_get_converted_from (release));

  if (g_str_has_prefix (row->check, "same:"))
    {
      const char *const *expected = paragraphs_of (row->check + 5);

      g_assert_cmpstrv (paragraphs, expected);
    }
  else if (g_str_has_prefix (row->check, "contains:"))
    g_assert_true (any_contains (paragraphs, row->check + 9));
  else if (g_str_equal (row->check, "date:null"))
    {
      g_assert_null (cmq_release_get_date (release));
      g_assert_null (cmq_release_get_partial_date (release));
    }
}

static void
check_import (const Row *row, const char *path)
{
  g_autoptr (CmqImporter) importer = cmq_importer_new ();
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (CmqRelease) release = cmq_importer_import_file (importer, file, NULL, &error);

  if (g_str_equal (row->outcome, "skipped"))
    {
      g_assert_null (release);
      g_assert_nonnull (error);
      g_assert_true (error->domain == CMQ_IMPORT_ERROR);
      g_assert_cmpstr (error->message, ==, row->detail);
      return;
    }
  g_assert_no_error (error);
  check_release (row, release, FALSE);
}

/* The update has listed the folder (@done of @total files already known) and reads none yet:
 * the file goes before its turn comes. */
static void
progress_cb (CmqIndex *index, guint done, guint total, const char *doomed)
{
  if (done < total && g_file_test (doomed, G_FILE_TEST_EXISTS))
    g_assert_cmpint (g_unlink (doomed), ==, 0);
}

static void
check_library (const Row *row, const char *dir, const char *path)
{
  g_autoptr (CmqTestLibrary) library = cmq_test_library_new ();
  const char *folders[] = { dir, NULL };
  gboolean vanishing = g_str_equal (row->kind, "vanishing");
  GListModel *releases;
  GPtrArray *skipped;
  guint n_ok = vanishing ? 1 : 0;

  if (vanishing)
    {
      g_autofree char *first = g_build_filename (dir, "a-first.txt", NULL);

      copy_dist ("plain.txt", first);
      g_signal_connect (library->index, "progress", G_CALLBACK (progress_cb), (gpointer) path);
    }
  cmq_test_library_update (library, folders);
  releases = cmq_test_library_get_releases (library);
  skipped = library->skipped;
  if (vanishing)
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  if (g_str_equal (row->outcome, "skipped"))
    {
      CmqSkippedFile *file;

      g_assert_cmpuint (g_list_model_get_n_items (releases), ==, n_ok);
      g_assert_cmpuint (skipped->len, ==, 1);
      file = g_ptr_array_index (skipped, 0);
      g_assert_cmpstr (file->file, ==, path);
      g_assert_cmpstr (file->reason, ==, row->detail);
    }
  else
    {
      g_autoptr (CmqRelease) release = NULL;

      g_assert_cmpuint (skipped->len, ==, 0);
      g_assert_cmpuint (g_list_model_get_n_items (releases), ==, 1);
      release = g_list_model_get_item (releases, 0);
      check_release (row, release, TRUE);
    }
}

/* The unreadable file, read by a child process that is no longer root. */
static void
check_as_nobody (const Row *row, const char *dir, const char *path)
{
  pid_t pid;
  int status = 0;

  if (getuid () != 0)
    {
      check_import (row, path);
      check_library (row, dir, path);
      return;
    }
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      if (setgroups (0, NULL) != 0 || setgid (NOBODY) != 0 || setuid (NOBODY) != 0)
        _exit (2);
      check_import (row, path);
      check_library (row, dir, path);
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
}

static void
check_inspect (const Row *row, const char *path)
{
  const char *communique = g_getenv ("COMMUNIQUE");
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_assert_nonnull (communique);
  if (g_str_equal (row->kind, "unreadable") && getuid () == 0)
    {
      g_ptr_array_add (argv, "setpriv");
      g_ptr_array_add (argv, "--reuid=65534");
      g_ptr_array_add (argv, "--regid=65534");
      g_ptr_array_add (argv, "--clear-groups");
    }
  g_ptr_array_add (argv, (gpointer) communique);
  g_ptr_array_add (argv, "--inspect");
  g_ptr_array_add (argv, (gpointer) path);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (out, -1, NULL));
  g_assert_true (g_utf8_validate (err, -1, NULL));

  if (g_str_equal (row->outcome, "skipped"))
    {
      g_autofree char *display = cmq_importer_display_name (path);
      g_autofree char *expected = g_strdup_printf ("%s: skipped: %s\n", display, row->detail);

      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, 1);
      g_assert_cmpstr (out, ==, "");
      g_assert_cmpstr (err, ==, expected);
      g_assert_true (strchr (err, '\n') == err + strlen (err) - 1);
    }
  else
    {
      g_autoptr (JsonParser) parser = json_parser_new ();
      JsonObject *object;
      const char *file;

      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, 0);
      g_assert_cmpstr (err, ==, "");
      g_assert_nonnull (strchr (out, '\n'));
      g_assert_cmpstr (strchr (out, '\n') + 1, ==, "");
      json_parser_load_from_data (parser, out, -1, &error);
      g_assert_no_error (error);
      object = json_node_get_object (json_parser_get_root (parser));
      if (g_str_equal (row->outcome, "converted"))
        g_assert_cmpstr (json_object_get_string_member (object, "converted_from"), ==, row->detail);
      else
        g_assert_true (json_object_get_null_member (object, "converted_from"));
      file = json_object_get_string_member (object, "file");
      if (g_str_has_prefix (row->check, "file:"))
        {
          g_autofree char *tail = g_strconcat ("/", row->check + 5, NULL);

          g_assert_true (g_str_has_suffix (file, tail));
        }
      if (g_str_equal (row->check, "date:null"))
        g_assert_true (json_object_get_null_member (object, "date"));
    }
}

static void
test_kind (gconstpointer data)
{
  const Row *row = data;
  g_autofree char *dir = g_build_filename (tmp_root, row->kind, NULL);
  g_autofree char *path = NULL;

  g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);
  path = make_input (row, dir);

  if (g_str_equal (row->kind, "unreadable"))
    check_as_nobody (row, dir, path);
  else if (g_str_equal (row->kind, "vanishing"))
    check_library (row, dir, path); /* first: it removes the file */
  else
    {
      check_import (row, path);
      check_library (row, dir, path);
    }
  if (g_str_equal (row->kind, "vanishing"))
    check_import (row, path);
  check_inspect (row, path);
}

/* All the committed inputs as one library folder. Eight of them are the same release in other
 * bytes (encodings, line ends, a BOM, a NUL): the chrome learner must not take its lines for
 * lines repeated across files, which would leave nothing of it. */
static void
test_whole_folder (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "fixtures", "bad-input", NULL);
  g_autoptr (CmqTestLibrary) library = cmq_test_library_import (dir);
  GListModel *releases = cmq_test_library_get_releases (library);

  /* plain and its seven copies, invalid-utf8, latin-1, impossible-dates */
  g_assert_cmpuint (g_list_model_get_n_items (releases), ==, 4);
  /* chrome-only, empty, html-page, utf-16-no-bom, whitespace-only */
  g_assert_cmpuint (library->skipped->len, ==, 5);
  for (guint i = 0; i < g_list_model_get_n_items (releases); i++)
    {
      g_autoptr (CmqRelease) release = g_list_model_get_item (releases, i);

      g_assert_cmpuint (cmq_release_get_chrome_lines (release), ==, 0);
    }
}

int
main (int argc, char **argv)
{
  g_autoptr (GPtrArray) rows = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  tmp_root = g_dir_make_tmp ("communique-bad-input-XXXXXX", NULL);
  g_assert_nonnull (tmp_root);
  /* The unreadable kind is read as "nobody", who must reach its folder. */
  g_assert_cmpint (g_chmod (tmp_root, 0755), ==, 0);

  references = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  rows = load_manifest ();
  g_assert_cmpuint (rows->len, >=, 20);
  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows, i);
      g_autofree char *name = g_strconcat ("/bad-input/", row->kind, NULL);

      g_test_add_data_func (name, row, test_kind);
    }

  g_test_add_func ("/bad-input/whole-folder", test_whole_folder);

  status = g_test_run ();
  cmq_test_remove_tree (tmp_root);
  g_free (tmp_root);
  g_hash_table_unref (references);
  return status;
}
