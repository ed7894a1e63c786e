/* test-store.c: the store of favourites and notes, on real files in a temporary folder.
 *
 * Hostile notes and odd ids round-trip; backups rotate across days; a damaged or newer file is
 * moved aside byte for byte and never written over; another program's edits are merged without
 * dropping unsaved ones; a failing save keeps everything and resumes; export and import lose
 * nothing. test-store-kill.c kills a saver at random moments.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <json-glib/json-glib.h>
#include <sys/stat.h>

#include "cmq-store-private.h"

typedef struct
{
  char *dir;
  char *path;
  GDateTime *now; /* the injected clock */
} Fixture;

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = g_dir_make_tmp ("cmq-store-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
  fixture->path = g_build_filename (fixture->dir, "communique", "library.ini", NULL);
  fixture->now = g_date_time_new_utc (2026, 3, 1, 9, 30, 0);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_date_time_unref (fixture->now);
}

static GDateTime *
fixture_clock_cb (gpointer user_data)
{
  Fixture *fixture = user_data;

  return g_date_time_ref (fixture->now);
}

static void
fixture_advance (Fixture *fixture, GTimeSpan span)
{
  GDateTime *later = g_date_time_add (fixture->now, span);

  g_date_time_unref (fixture->now);
  fixture->now = later;
}

static CmqStore *
fixture_open (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  CmqStore *store = cmq_store_new (fixture->path);

  cmq_store_set_clock_for_testing (store, fixture_clock_cb, fixture);
  g_assert_true (cmq_store_load (store, &error));
  g_assert_no_error (error);
  return store;
}

static CmqRelease *
make_release (const char *title, const char *text, guint year, guint month, guint day)
{
  const char *paragraphs[] = { text, NULL };
  CmqReleaseInfo info = {
    .file = "test.txt",
    .title = title,
    .language = "en",
    .paragraphs = paragraphs,
    .year = year,
    .month = month,
    .day = day,
    .date_source = year != 0 ? CMQ_DATE_SOURCE_STATED : CMQ_DATE_SOURCE_NONE,
  };

  return cmq_release_new (&info);
}

static char *
read_file (const char *path)
{
  g_autoptr (GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  return contents;
}

static void
write_file (const char *path, const char *contents, gssize length)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, length, &error));
  g_assert_no_error (error);
}

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until *@flag is set, failing after @seconds. */
static void
spin_until (gboolean *flag, guint seconds)
{
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add_seconds (seconds, timeout_cb, &timed_out);

  while (!*flag && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (timeout);
  g_assert_true (*flag);
}

static void
set_flag_cb (gpointer instance, gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
}

static void
count_cb (gpointer instance, gpointer user_data)
{
  (*(guint *) user_data)++;
}

static void
changed_count_cb (CmqStore *store, const char *id, gpointer user_data)
{
  g_assert_nonnull (id);
  (*(guint *) user_data)++;
}

static void
changed_flag_cb (CmqStore *store, const char *id, gpointer user_data)
{
  g_assert_nonnull (id);
  *(gboolean *) user_data = TRUE;
}

static void
save_failed_cb (CmqStore *store, GError *error, gpointer user_data)
{
  g_assert_nonnull (error);
  (*(guint *) user_data)++;
}

static const char *const hostile_notes[] = {
  "line one\nline two\n\nline four",
  "windows\r\nline ends\r",
  "[Communique]\nversion=99\n[other group]",
  "key = value\nnote=override",
  "# not a comment\n; nor this",
  "back\\slash \\n \\s \\t \\\\ at the end\\",
  "\ttabs\tinside\t",
  "   leading and trailing spaces   ",
  " ",
  "\n",
  "Emoji 😀🎉, CJK 北约, Gothic 𐌰𐌱𐌲, math 𝔘𝔫𝔦, RTL نص",
  "control \x01\x02\x1b chars",
  "",
};

static void
test_round_trip_hostile (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqStore) store = fixture_open (fixture);
  g_autoptr (GPtrArray) releases = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GString) big = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (CmqStore) reopened = NULL;
  GStatBuf st;

  for (guint i = 0; i < G_N_ELEMENTS (hostile_notes); i++)
    {
      g_autofree char *text = g_strdup_printf ("Release number %u.", i);
      g_autofree char *title = g_strdup_printf ("Title [%u] = #;", i);
      CmqRelease *release = make_release (title, text, 2024, 1 + i % 12, 1 + i);

      g_ptr_array_add (releases, release);
      cmq_store_set_note (store, release, hostile_notes[i]);
      cmq_store_set_favourite (store, release, i % 2 == 0);
    }
  /* One megabyte, with every kind of line. */
  while (big->len < 1024 * 1024)
    g_string_append (big, "A long note [x]=y # ; \\ \t 😀 \n");
  g_ptr_array_add (releases, make_release ("Big", "The big one.", 0, 0, 0));
  cmq_store_set_note (store, g_ptr_array_index (releases, releases->len - 1), big->str);

  g_assert_true (cmq_store_has_pending_changes (store));
  g_assert_true (cmq_store_flush (store, &error));
  g_assert_no_error (error);
  g_assert_false (cmq_store_has_pending_changes (store));
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  reopened = fixture_open (fixture);
  g_assert_null (cmq_store_get_problem (reopened));
  for (guint i = 0; i < G_N_ELEMENTS (hostile_notes); i++)
    {
      CmqRelease *release = g_ptr_array_index (releases, i);
      const char *id = cmq_release_get_id (release);

      g_assert_cmpstr (cmq_store_get_note (reopened, id), ==, hostile_notes[i]);
      g_assert_cmpint (cmq_store_get_favourite (reopened, id), ==, i % 2 == 0);
    }
  g_assert_cmpstr (cmq_store_get_note (reopened, cmq_release_get_id (g_ptr_array_index (
                                                     releases, releases->len - 1))),
                   ==, big->str);

  /* Titles and dates are copied so that orphaned notes still say what they were about. */
  {
    g_autoptr (GPtrArray) entries = cmq_store_dup_entries (reopened);
    CmqRelease *release = g_ptr_array_index (releases, 3);
    gboolean found = FALSE;

    g_assert_cmpuint (entries->len, ==, releases->len);
    for (guint i = 0; i < entries->len; i++)
      {
        CmqStoreEntry *entry = g_ptr_array_index (entries, i);

        if (i > 0)
          g_assert_cmpint (
              strcmp (((CmqStoreEntry *) g_ptr_array_index (entries, i - 1))->id, entry->id), <, 0);
        if (strcmp (entry->id, cmq_release_get_id (release)) != 0)
          continue;
        found = TRUE;
        g_assert_cmpstr (entry->title, ==, "Title [3] = #;");
        g_assert_cmpstr (entry->date, ==, "2024-04-04");
        g_assert_true (g_date_time_equal (entry->created, fixture->now));
        g_assert_true (g_date_time_compare (entry->modified, fixture->now) >= 0);
      }
    g_assert_true (found);
  }
}

/* Ids do not come only from releases: a hand-edited file or an import may hold anything. */
static void
test_round_trip_odd_ids (Fixture *fixture, gconstpointer data)
{
  static const char *const ids[] = {
    "Communique", "communique", "with space", "[bracket]", "a]b[c",   "key=value",
    "#hash",      ";semi",      "per%cent",   "%41",       "tab\tid", "new\nline",
    "é accent",   "😀",          "C",          "Cx",        ".",       "back\\slash",
  };
  g_autoptr (CmqStore) store = fixture_open (fixture);
  g_autoptr (CmqStore) reopened = NULL;
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *json = NULL;
  g_autoptr (GError) error = NULL;
  guint n_changed = 0;

  json_builder_begin_array (builder);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *note = g_strdup_printf ("note %u", i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, ids[i]);
      json_builder_set_member_name (builder, "note");
      json_builder_add_string_value (builder, note);
      json_builder_set_member_name (builder, "favourite");
      json_builder_add_boolean_value (builder, TRUE);
      json_builder_set_member_name (builder, "modified");
      json_builder_add_string_value (builder, "2025-01-01T00:00:00Z");
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, NULL);
  g_assert_true (cmq_store_import_json (store, json, &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, G_N_ELEMENTS (ids));
  g_assert_true (cmq_store_flush (store, &error));
  g_assert_no_error (error);

  reopened = fixture_open (fixture);
  g_assert_null (cmq_store_get_problem (reopened));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *expected = g_strdup_printf ("note %u", i);

      g_assert_cmpstr (cmq_store_get_note (reopened, ids[i]), ==, expected);
      g_assert_true (cmq_store_get_favourite (reopened, ids[i]));
    }
  {
    g_autoptr (GPtrArray) entries = cmq_store_dup_entries (reopened);
    g_assert_cmpuint (entries->len, ==, G_N_ELEMENTS (ids));
  }
}

static void
test_save_coalesced (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqStore) store = fixture_open (fixture);
  g_autoptr (CmqRelease) release = make_release ("One", "One text.", 2024, 5, 6);
  g_autofree char *contents = NULL;
  gboolean saved = FALSE;
  guint n_saved = 0;
  guint n_changed = 0;
  gint64 start;

  g_signal_connect (store, "saved", G_CALLBACK (set_flag_cb), &saved);
  g_signal_connect (store, "saved", G_CALLBACK (count_cb), &n_saved);
  g_signal_connect (store, "changed", G_CALLBACK (changed_count_cb), &n_changed);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *note = g_strdup_printf ("typing %u", i);
      cmq_store_set_note (store, release, note);
    }
  cmq_store_set_favourite (store, release, TRUE);
  /* Setting the same values again is no change. */
  cmq_store_set_favourite (store, release, TRUE);
  cmq_store_set_note (store, release, "typing 49");
  g_assert_cmpuint (n_changed, ==, 51);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));

  spin_until (&saved, 5);
  g_assert_cmpint (g_get_monotonic_time () - start, <=, G_USEC_PER_SEC);
  g_assert_cmpuint (n_saved, ==, 1);
  g_assert_false (cmq_store_has_pending_changes (store));
  contents = read_file (fixture->path);
  g_assert_nonnull (strstr (contents, "note=typing 49\n"));
  g_assert_nonnull (strstr (contents, "[Communique]\nversion=1\n"));
}

static char *
backup_path (Fixture *fixture, const char *day)
{
  return g_strdup_printf ("%s.backup-%s", fixture->path, day);
}

static void
test_backup_rotation (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqStore) store = fixture_open (fixture);
  g_autoptr (CmqRelease) release = make_release ("One", "One text.", 2024, 5, 6);
  g_autoptr (GPtrArray) states = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) error = NULL;
  static const char *const days[] = { "20260301", "20260302", "20260303", "20260304", "20260305" };

  /* Day 1: the first save has no previous file, hence no backup. */
  cmq_store_set_note (store, release, "day 1 morning");
  g_assert_true (cmq_store_flush (store, &error));
  fixture_advance (fixture, G_TIME_SPAN_HOUR);
  cmq_store_set_note (store, release, "day 1 noon");
  g_assert_true (cmq_store_flush (store, &error));
  g_assert_no_error (error);
  {
    g_autoptr (GPtrArray) backups = cmq_store_list_backups (store);
    g_assert_cmpuint (backups->len, ==, 0);
  }

  for (guint day = 1; day < G_N_ELEMENTS (days); day++)
    {
      g_autofree char *before = read_file (fixture->path);

      fixture_advance (fixture, G_TIME_SPAN_DAY);
      for (guint save = 0; save < 3; save++)
        {
          g_autofree char *note = g_strdup_printf ("day %u save %u", day + 1, save);
          g_autofree char *backup = backup_path (fixture, days[day]);
          g_autofree char *contents = NULL;

          cmq_store_set_note (store, release, note);
          g_assert_true (cmq_store_flush (store, &error));
          g_assert_no_error (error);
          /* The day's backup is the file as it was before the day's first save. */
          contents = read_file (backup);
          g_assert_cmpstr (contents, ==, before);
        }
      g_ptr_array_add (states, g_steal_pointer (&before));
    }

  {
    g_autoptr (GPtrArray) backups = cmq_store_list_backups (store);

    g_assert_cmpuint (backups->len, ==, CMQ_STORE_N_BACKUPS);
    for (guint i = 0; i < CMQ_STORE_N_BACKUPS; i++)
      {
        g_autofree char *expected = backup_path (fixture, days[G_N_ELEMENTS (days) - 1 - i]);
        g_assert_cmpstr (g_ptr_array_index (backups, i), ==, expected);
      }
  }
  for (guint day = 1; day < 2; day++)
    {
      g_autofree char *gone = backup_path (fixture, days[day]);
      g_assert_false (g_file_test (gone, G_FILE_TEST_EXISTS));
    }
}

static void
assert_file_is (const char *path, const char *contents, gsize length)
{
  g_autofree char *actual = NULL;
  gsize actual_length;

  g_assert_true (g_file_get_contents (path, &actual, &actual_length, NULL));
  g_assert_cmpmem (actual, actual_length, contents, length);
}

static void
test_corrupt_moved_aside (Fixture *fixture, gconstpointer data)
{
  static const char garbage[] =
      "[Communique]\nversion=1\nthis line is not a key file line\n\x00\xff";
  static const char not_utf8[] = "[Communique]\nversion=1\n[abc]\nnote=caf\xe9\n";
  g_autoptr (CmqRelease) release = make_release ("One", "One text.", 2024, 5, 6);
  g_autofree char *good = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *expected_aside = NULL;
  g_autoptr (GError) error = NULL;

  /* A good file, its backup tomorrow, then garbage. */
  {
    g_autoptr (CmqStore) store = fixture_open (fixture);

    cmq_store_set_note (store, release, "kept in the backup");
    cmq_store_set_favourite (store, release, TRUE);
    g_assert_true (cmq_store_flush (store, &error));
    fixture_advance (fixture, G_TIME_SPAN_DAY);
    cmq_store_set_note (store, release, "newer, lost with the damaged file");
    g_assert_true (cmq_store_flush (store, &error));
    g_assert_no_error (error);
  }
  write_file (fixture->path, garbage, sizeof garbage - 1);

  {
    g_autoptr (CmqStore) store = cmq_store_new (fixture->path);
    const CmqStoreProblem *problem;
    gboolean problem_emitted = FALSE;

    cmq_store_set_clock_for_testing (store, fixture_clock_cb, fixture);
    g_signal_connect (store, "problem", G_CALLBACK (set_flag_cb), &problem_emitted);
    g_assert_true (cmq_store_load (store, &error));
    g_assert_no_error (error);
    g_assert_true (problem_emitted);
    problem = cmq_store_get_problem (store);
    g_assert_nonnull (problem);
    g_assert_cmpint (problem->kind, ==, CMQ_STORE_PROBLEM_CORRUPT_MOVED_ASIDE);
    aside = g_strdup (problem->aside_path);
    expected_aside = g_strconcat (fixture->path, ".corrupt-20260302-093000", NULL);
    g_assert_cmpstr (aside, ==, expected_aside);
    assert_file_is (aside, garbage, sizeof garbage - 1);
    g_assert_nonnull (problem->backup_used);
    g_assert_true (g_str_has_suffix (problem->backup_used, ".backup-20260302"));
    g_assert_cmpstr (cmq_store_get_note (store, cmq_release_get_id (release)), ==,
                     "kept in the backup");
    g_assert_true (cmq_store_get_favourite (store, cmq_release_get_id (release)));
    /* The restored state is written so the next start does not begin empty. */
    g_assert_true (cmq_store_has_pending_changes (store));
    g_assert_true (cmq_store_flush (store, &error));
    g_assert_no_error (error);
    good = read_file (fixture->path);
    assert_file_is (aside, garbage, sizeof garbage - 1);
  }

  /* Damaged again in the same second (not UTF-8 this time): the first aside file is kept. */
  write_file (fixture->path, not_utf8, sizeof not_utf8 - 1);
  {
    g_autoptr (CmqStore) store = fixture_open (fixture);
    const CmqStoreProblem *problem = cmq_store_get_problem (store);

    g_assert_nonnull (problem);
    g_assert_cmpstr (problem->aside_path, !=, aside);
    g_assert_true (g_str_has_prefix (problem->aside_path, aside));
    assert_file_is (problem->aside_path, not_utf8, sizeof not_utf8 - 1);
    assert_file_is (aside, garbage, sizeof garbage - 1);
  }

  /* With no backup at all: empty, and still never written over. */
  {
    g_autoptr (GPtrArray) backups = NULL;
    g_autoptr (CmqStore) store = cmq_store_new (fixture->path);

    cmq_store_set_clock_for_testing (store, fixture_clock_cb, fixture);
    backups = cmq_store_list_backups (store);
    for (guint i = 0; i < backups->len; i++)
      g_assert_cmpint (g_unlink (g_ptr_array_index (backups, i)), ==, 0);
    write_file (fixture->path, "", 0);
    fixture_advance (fixture, G_TIME_SPAN_SECOND);
    g_assert_true (cmq_store_load (store, &error));
    g_assert_nonnull (cmq_store_get_problem (store));
    g_assert_null (cmq_store_get_problem (store)->backup_used);
    g_assert_cmpstr (cmq_store_get_note (store, cmq_release_get_id (release)), ==, "");
    g_assert_false (cmq_store_restore_backup (store, &error));
    g_assert_error (error, CMQ_STORE_ERROR, CMQ_STORE_ERROR_NO_BACKUP);
  }
}

static void
test_corrupt_newer_version (Fixture *fixture, gconstpointer data)
{
  static const char newer[] = "[Communique]\nversion=2\n\n[abc]\nnote=from the future\n";
  g_autoptr (CmqStore) store = NULL;
  g_autoptr (CmqRelease) release = make_release ("One", "One text.", 2024, 5, 6);
  const CmqStoreProblem *problem;
  g_autoptr (GError) error = NULL;

  write_file (fixture->path, newer, -1);
  store = fixture_open (fixture);
  problem = cmq_store_get_problem (store);
  g_assert_nonnull (problem);
  g_assert_cmpint (problem->kind, ==, CMQ_STORE_PROBLEM_NEWER_MOVED_ASIDE);
  assert_file_is (problem->aside_path, newer, strlen (newer));
  g_assert_cmpstr (cmq_store_get_note (store, "abc"), ==, "");

  cmq_store_set_note (store, release, "a new note");
  g_assert_true (cmq_store_flush (store, &error));
  g_assert_no_error (error);
  assert_file_is (problem->aside_path, newer, strlen (newer));

  /* Parsing itself says why. */
  g_assert_null (cmq_store_parse (newer, strlen (newer), &error));
  g_assert_error (error, CMQ_STORE_ERROR, CMQ_STORE_ERROR_NEWER);
}

static void
test_merge_external (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqStore) store = fixture_open (fixture);
  g_autoptr (CmqRelease) kept = make_release ("Kept", "Kept text.", 2024, 1, 1);
  g_autoptr (CmqRelease) theirs = make_release ("Theirs", "Theirs text.", 2024, 1, 2);
  g_autoptr (CmqRelease) ours = make_release ("Ours", "Ours text.", 2024, 1, 3);
  g_autoptr (CmqRelease) both = make_release ("Both", "Both text.", 2024, 1, 4);
  g_autoptr (GError) error = NULL;
  g_autoptr (GKeyFile) key_file = g_key_file_new ();
  g_autoptr (CmqStore) reopened = NULL;
  g_autofree char *data_out = NULL;
  g_autofree char *group = NULL;
  gboolean changed = FALSE;

  cmq_store_set_note (store, kept, "kept as it was");
  cmq_store_set_note (store, theirs, "old text");
  cmq_store_set_note (store, ours, "old text");
  cmq_store_set_note (store, both, "old text");
  g_assert_true (cmq_store_flush (store, &error));
  g_assert_no_error (error);

  /* Unsaved local edits, made later than the other program's. */
  fixture_advance (fixture, 2 * G_TIME_SPAN_MINUTE);
  cmq_store_set_note (store, ours, "our unsaved edit");
  cmq_store_set_note (store, both, "our unsaved edit");

  /* Another program (a sync tool) edits the file a minute earlier than our edits. */
  g_assert_true (g_key_file_load_from_file (key_file, fixture->path, G_KEY_FILE_NONE, &error));
  g_key_file_set_string (key_file, cmq_release_get_id (theirs), "note", "their edit");
  g_key_file_set_string (key_file, cmq_release_get_id (theirs), "modified",
                         "2026-03-01T09:31:00+00:00");
  g_key_file_set_boolean (key_file, cmq_release_get_id (theirs), "favourite", TRUE);
  g_key_file_set_string (key_file, cmq_release_get_id (both), "note", "their edit");
  g_key_file_set_string (key_file, cmq_release_get_id (both), "modified",
                         "2026-03-01T09:31:00+00:00");
  g_key_file_set_string (key_file, "new-from-elsewhere", "note", "added elsewhere");
  g_key_file_set_string (key_file, "new-from-elsewhere", "modified", "2026-03-01T09:31:00Z");
  g_assert_true (g_key_file_save_to_file (key_file, fixture->path, &error));
  g_assert_no_error (error);

  g_signal_connect (store, "changed", G_CALLBACK (changed_flag_cb), &changed);
  spin_until (&changed, 10);
  while (strcmp (cmq_store_get_note (store, "new-from-elsewhere"), "") == 0)
    {
      changed = FALSE;
      spin_until (&changed, 10);
    }

  g_assert_cmpstr (cmq_store_get_note (store, cmq_release_get_id (kept)), ==, "kept as it was");
  g_assert_cmpstr (cmq_store_get_note (store, cmq_release_get_id (theirs)), ==, "their edit");
  g_assert_true (cmq_store_get_favourite (store, cmq_release_get_id (theirs)));
  g_assert_cmpstr (cmq_store_get_note (store, cmq_release_get_id (ours)), ==, "our unsaved edit");
  /* Both sides edited: the newer (ours) leads, theirs is not dropped. */
  g_assert_cmpstr (cmq_store_get_note (store, cmq_release_get_id (both)), ==,
                   "our unsaved edit\n\ntheir edit");
  g_assert_cmpstr (cmq_store_get_note (store, "new-from-elsewhere"), ==, "added elsewhere");

  /* The file gets the merged state; a fresh store reads it back. */
  g_assert_true (cmq_store_flush (store, &error));
  g_assert_no_error (error);
  reopened = fixture_open (fixture);
  g_assert_cmpstr (cmq_store_get_note (reopened, cmq_release_get_id (ours)), ==,
                   "our unsaved edit");
  g_assert_cmpstr (cmq_store_get_note (reopened, cmq_release_get_id (both)), ==,
                   "our unsaved edit\n\ntheir edit");
  g_assert_cmpstr (cmq_store_get_note (reopened, "new-from-elsewhere"), ==, "added elsewhere");
  g_assert_cmpstr (cmq_store_get_note (reopened, cmq_release_get_id (theirs)), ==, "their edit");

  /* Our own saves do not come back as changes. */
  changed = FALSE;
  fixture_advance (fixture, G_TIME_SPAN_SECOND);
  cmq_store_set_note (store, kept, "saved by us");
  g_assert_true (cmq_store_flush (store, &error));
  changed = FALSE;
  {
    gboolean timed_out = FALSE;
    guint timeout = g_timeout_add (1500, timeout_cb, &timed_out);

    while (!timed_out)
      g_main_context_iteration (NULL, TRUE);
    (void) timeout;
  }
  g_assert_false (changed);
  g_assert_false (cmq_store_has_pending_changes (store));

  /* A file removed by another program is written back. */
  g_assert_cmpint (g_unlink (fixture->path), ==, 0);
  {
    gboolean saved = FALSE;

    g_signal_connect (store, "saved", G_CALLBACK (set_flag_cb), &saved);
    spin_until (&saved, 10);
  }
  data_out = read_file (fixture->path);
  group = g_strdup_printf ("[%s]", cmq_release_get_id (kept));
  g_assert_nonnull (strstr (data_out, group));
  g_assert_nonnull (strstr (data_out, "note=saved by us"));
}

static gboolean
fail_write_cb (CmqStore *store, gpointer user_data, GError **error)
{
  guint *n_calls = user_data;

  (*n_calls)++;
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "No space left on device");
  return FALSE;
}

typedef enum
{
  FAULT_DIRECTORY, /* the file was replaced by a directory */
  FAULT_NOT_DIR,   /* its folder is a regular file */
  FAULT_FULL_DISK, /* an injected ENOSPC */
} Fault;

static void
test_save_fails_and_resumes (Fixture *fixture, gconstpointer data)
{
  Fault fault = GPOINTER_TO_INT (data);
  g_autoptr (CmqStore) store = NULL;
  g_autoptr (CmqRelease) release = make_release ("One", "One text.", 2024, 5, 6);
  g_autoptr (GError) error = NULL;
  g_autofree char *folder = g_path_get_dirname (fixture->path);
  g_autofree char *contents = NULL;
  guint n_failed = 0;
  guint n_hook_calls = 0;
  gboolean saved = FALSE;

  if (fault == FAULT_NOT_DIR)
    {
      /* Loading cannot read the folder; the store still works in memory. */
      write_file (fixture->path, "[Communique]\nversion=1\n", -1);
      remove_tree (folder);
      write_file (folder, "a file where the folder should be", -1);
      store = cmq_store_new (fixture->path);
      g_assert_false (cmq_store_load (store, &error));
      g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOTDIR);
      g_clear_error (&error);
    }
  else
    store = fixture_open (fixture);

  if (fault == FAULT_DIRECTORY)
    g_assert_cmpint (g_mkdir_with_parents (fixture->path, 0700), ==, 0);
  if (fault == FAULT_FULL_DISK)
    cmq_store_set_write_hook_for_testing (store, fail_write_cb, &n_hook_calls);

  g_signal_connect (store, "save-failed", G_CALLBACK (save_failed_cb), &n_failed);
  g_signal_connect (store, "saved", G_CALLBACK (set_flag_cb), &saved);

  cmq_store_set_note (store, release, "must not be lost");
  cmq_store_set_favourite (store, release, TRUE);
  g_assert_false (cmq_store_flush (store, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (n_failed, ==, 1);
  g_assert_nonnull (cmq_store_get_save_error (store));
  g_assert_true (cmq_store_has_pending_changes (store));
  g_assert_cmpstr (cmq_store_get_note (store, cmq_release_get_id (release)), ==,
                   "must not be lost");

  /* Edits keep landing in memory while the fault lasts. */
  cmq_store_set_note (store, release, "must not be lost, edited");

  /* The retry fails too while the fault lasts. */
  while (n_failed < 2)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (saved);
  if (fault == FAULT_FULL_DISK)
    g_assert_cmpuint (n_hook_calls, ==, 2);
  else
    g_assert_false (g_file_test (fixture->path, G_FILE_TEST_IS_REGULAR));

  /* The fault clears; the next retry saves everything. */
  if (fault == FAULT_FULL_DISK)
    cmq_store_set_write_hook_for_testing (store, NULL, NULL);
  else
    remove_tree (fault == FAULT_DIRECTORY ? fixture->path : folder);

  spin_until (&saved, 20);
  g_assert_null (cmq_store_get_save_error (store));
  g_assert_false (cmq_store_has_pending_changes (store));
  contents = read_file (fixture->path);
  g_assert_nonnull (strstr (contents, "note=must not be lost, edited\n"));
  g_assert_nonnull (strstr (contents, "favourite=true\n"));
}

static void
test_export_import (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqStore) store = fixture_open (fixture);
  g_autoptr (CmqRelease) early = make_release ("Early *summit*", "Early text.", 2021, 6, 14);
  g_autoptr (CmqRelease) late = make_release ("Late # title", "Late text.", 2024, 7, 10);
  g_autoptr (CmqRelease) undated = make_release ("Undated", "Undated text.", 0, 0, 0);
  g_autoptr (CmqRelease) cleared = make_release ("Cleared", "Cleared text.", 2022, 1, 1);
  g_autofree char *json = NULL;
  g_autofree char *markdown = NULL;
  g_autoptr (GError) error = NULL;
  guint n_changed = 99;
  const char *early_at, *late_at, *undated_at;

  cmq_store_set_note (store, late, "Late note\nwith [two] lines");
  cmq_store_set_note (store, early, "Early note 😀");
  cmq_store_set_favourite (store, early, TRUE);
  cmq_store_set_favourite (store, undated, TRUE);
  cmq_store_set_note (store, cleared, "soon gone");
  cmq_store_set_note (store, cleared, "");

  markdown = cmq_store_export_markdown (store);
  early_at = strstr (markdown, "## Early \\*summit\\*\n");
  late_at = strstr (markdown, "## Late \\# title\n");
  undated_at = strstr (markdown, "## Undated\n");
  g_assert_nonnull (early_at);
  g_assert_nonnull (late_at);
  g_assert_nonnull (undated_at);
  g_assert_true (early_at < late_at && late_at < undated_at);
  g_assert_nonnull (strstr (early_at, "2021-06-14"));
  g_assert_nonnull (strstr (late_at, "\nLate note\nwith [two] lines\n"));
  g_assert_null (strstr (markdown, "Cleared"));

  json = cmq_store_export_json (store);
  {
    g_autofree char *other_dir = g_dir_make_tmp ("cmq-store-XXXXXX", NULL);
    g_autofree char *other_path = g_build_filename (other_dir, "library.ini", NULL);
    g_autoptr (CmqStore) copy = cmq_store_new (other_path);
    g_autoptr (GPtrArray) ours = cmq_store_dup_entries (store);
    g_autoptr (GPtrArray) theirs = NULL;
    g_autofree char *json_again = NULL;

    g_assert_true (cmq_store_load (copy, &error));
    g_assert_true (cmq_store_import_json (copy, json, &n_changed, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n_changed, ==, 4);
    theirs = cmq_store_dup_entries (copy);
    g_assert_cmpuint (theirs->len, ==, ours->len);
    for (guint i = 0; i < ours->len; i++)
      g_assert_true (
          cmq_store_entry_equal (g_ptr_array_index (ours, i), g_ptr_array_index (theirs, i)));
    json_again = cmq_store_export_json (copy);
    g_assert_cmpstr (json_again, ==, json);

    /* Importing the same again changes nothing. */
    g_assert_true (cmq_store_import_json (copy, json, &n_changed, &error));
    g_assert_cmpuint (n_changed, ==, 0);
    g_assert_true (cmq_store_flush (copy, &error));
    g_assert_no_error (error);
    remove_tree (other_dir);
  }

  /* An older import with another note, and a newer one without a note: no text is lost. */
  {
    const char *early_id = cmq_release_get_id (early);
    const char *late_id = cmq_release_get_id (late);
    g_autofree char *conflict = g_strdup_printf (
        "[{\"id\": \"%s\", \"note\": \"An older thought\", \"favourite\": false,"
        "  \"modified\": \"2000-01-01T00:00:00Z\"},"
        " {\"id\": \"%s\", \"note\": \"\", \"favourite\": true, \"title\": \"Late\","
        "  \"modified\": \"2099-01-01T00:00:00Z\"},"
        " {\"id\": \"orphan\", \"note\": \"about a release we do not have\", \"title\": \"Gone\","
        "  \"date\": \"2019-01-01\", \"favourite\": false, \"created\": \"2019-01-01T10:00:00Z\","
        "  \"modified\": \"2019-01-02T10:00:00Z\"}]",
        early_id, late_id);
    g_autoptr (GHashTable) known = g_hash_table_new (g_str_hash, g_str_equal);
    g_autoptr (GPtrArray) orphans = NULL;

    g_assert_true (cmq_store_import_json (store, conflict, &n_changed, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n_changed, ==, 3);
    g_assert_cmpstr (cmq_store_get_note (store, early_id), ==, "Early note 😀\n\nAn older thought");
    g_assert_true (cmq_store_get_favourite (store, early_id));
    g_assert_cmpstr (cmq_store_get_note (store, late_id), ==, "Late note\nwith [two] lines");
    g_assert_true (cmq_store_get_favourite (store, late_id));

    g_hash_table_add (known, (gpointer) early_id);
    g_hash_table_add (known, (gpointer) late_id);
    g_hash_table_add (known, (gpointer) cmq_release_get_id (undated));
    orphans = cmq_store_dup_orphans (store, known);
    /* "cleared" has neither star nor note, so it is no orphan. */
    g_assert_cmpuint (orphans->len, ==, 1);
    g_assert_cmpstr (((CmqStoreEntry *) g_ptr_array_index (orphans, 0))->id, ==, "orphan");
    g_assert_cmpstr (((CmqStoreEntry *) g_ptr_array_index (orphans, 0))->title, ==, "Gone");
    g_assert_cmpstr (((CmqStoreEntry *) g_ptr_array_index (orphans, 0))->date, ==, "2019-01-01");
  }

  /* Bad imports change nothing. */
  {
    static const char *const bad[] = {
      "not json",
      "{\"id\": \"x\"}",
      "[{\"note\": \"no id\"}]",
      "[{\"id\": \"x\", \"note\": 3}]",
      "[{\"id\": \"x\", \"favourite\": \"yes\"}]",
      "[{\"id\": \"x\", \"modified\": \"yesterday\"}]",
      "[{\"id\": \"fine\", \"note\": \"x\"}, 7]",
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_assert_false (cmq_store_import_json (store, bad[i], &n_changed, &error));
        g_assert_error (error, CMQ_STORE_ERROR, CMQ_STORE_ERROR_INVALID);
        g_clear_error (&error);
      }
    g_assert_cmpstr (cmq_store_get_note (store, "fine"), ==, "");
  }
}

static void
test_restore_backup (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqStore) store = fixture_open (fixture);
  g_autoptr (CmqRelease) a = make_release ("A", "A text.", 2024, 5, 6);
  g_autoptr (CmqRelease) b = make_release ("B", "B text.", 2024, 5, 7);
  g_autoptr (GError) error = NULL;

  cmq_store_set_note (store, a, "in the backup");
  g_assert_true (cmq_store_flush (store, &error));
  fixture_advance (fixture, G_TIME_SPAN_DAY);
  cmq_store_set_note (store, b, "after the backup");
  g_assert_true (cmq_store_flush (store, &error));
  g_assert_no_error (error);

  /* Someone deletes A's group by hand; restoring brings it back and keeps B. */
  {
    g_autoptr (CmqStore) other = NULL;
    g_autoptr (GKeyFile) key_file = g_key_file_new ();

    g_assert_true (g_key_file_load_from_file (key_file, fixture->path, G_KEY_FILE_NONE, NULL));
    g_assert_true (g_key_file_remove_group (key_file, cmq_release_get_id (a), NULL));
    g_assert_true (g_key_file_save_to_file (key_file, fixture->path, NULL));
    other = fixture_open (fixture);
    g_assert_cmpstr (cmq_store_get_note (other, cmq_release_get_id (a)), ==, "");
    g_assert_true (cmq_store_restore_backup (other, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (cmq_store_get_note (other, cmq_release_get_id (a)), ==, "in the backup");
    g_assert_cmpstr (cmq_store_get_note (other, cmq_release_get_id (b)), ==, "after the backup");
    g_assert_true (cmq_store_has_pending_changes (other));
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func, data)                                                                      \
  g_test_add (name, Fixture, data, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/round-trip/hostile-notes", test_round_trip_hostile, NULL);
  ADD ("/store/round-trip/odd-ids", test_round_trip_odd_ids, NULL);
  ADD ("/store/save/coalesced", test_save_coalesced, NULL);
  ADD ("/store/backup/rotation", test_backup_rotation, NULL);
  ADD ("/store/backup/restore", test_restore_backup, NULL);
  ADD ("/store/corrupt/moved-aside", test_corrupt_moved_aside, NULL);
  ADD ("/store/corrupt/newer-version", test_corrupt_newer_version, NULL);
  ADD ("/store/merge/external-change", test_merge_external, NULL);
  ADD ("/store/save-fails/directory", test_save_fails_and_resumes,
       GINT_TO_POINTER (FAULT_DIRECTORY));
  ADD ("/store/save-fails/not-a-folder", test_save_fails_and_resumes,
       GINT_TO_POINTER (FAULT_NOT_DIR));
  ADD ("/store/save-fails/full-disk", test_save_fails_and_resumes,
       GINT_TO_POINTER (FAULT_FULL_DISK));
  ADD ("/store/export-import", test_export_import, NULL);
#undef ADD

  return g_test_run ();
}
