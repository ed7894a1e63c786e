/* test-store-sync.c: the store and another program writing the same file, as a sync tool does:
 * its edits are merged without dropping ours, an old copy put back is no one's edit, two stores
 * on one file agree, an edit made on a copy older than our last save keeps both texts, and 200
 * replacements of the file (a temporary file renamed over it) at random moments while someone
 * types lose no text.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "store-fixture.h"

/* Our own saves do not come back as changes (*@changed is set by the store's "changed"). */
static void
assert_own_save_quiet (Fixture *fixture, CmqStore *store, CmqRelease *kept, gboolean *changed)
{
  g_autoptr (GError) error = NULL;
  gboolean timed_out = FALSE;

  fixture_advance (fixture, G_TIME_SPAN_SECOND);
  cmq_store_set_note (store, kept, "saved by us");
  g_assert_true (cmq_store_flush (store, &error));
  *changed = FALSE;
  g_timeout_add (1500, timeout_cb, &timed_out);
  while (!timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (*changed);
  g_assert_false (cmq_store_has_pending_changes (store));
}

/* A file removed by another program is written back, with @kept's note. */
static void
assert_written_back (Fixture *fixture, CmqStore *store, CmqRelease *kept)
{
  g_autofree char *data_out = NULL;
  g_autofree char *group = NULL;
  gboolean saved = FALSE;

  g_assert_cmpint (g_unlink (fixture->path), ==, 0);
  g_signal_connect (store, "saved", G_CALLBACK (set_flag_cb), &saved);
  spin_until (&saved, 10);
  data_out = read_file (fixture->path);
  group = g_strdup_printf ("[%s]", cmq_release_get_id (kept));
  g_assert_nonnull (strstr (data_out, group));
  g_assert_nonnull (strstr (data_out, "note=saved by us"));
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

  assert_own_save_quiet (fixture, store, kept, &changed);

  assert_written_back (fixture, store, kept);
}

/* A sync tool puts back an older copy of the file: that is no one's edit. Our newer entries stay
 * as they are, without the old text appended, and are written back. */
static void
test_merge_stale_copy (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqStore) store = fixture_open (fixture);
  g_autoptr (CmqRelease) release = make_release ("One", "One text.", 2024, 5, 6);
  g_autoptr (GError) error = NULL;
  g_autofree char *old_copy = NULL;
  g_autofree char *contents = NULL;
  gboolean saved = FALSE;

  cmq_store_set_note (store, release, "first version");
  g_assert_true (cmq_store_flush (store, &error));
  old_copy = read_file (fixture->path);
  fixture_advance (fixture, G_TIME_SPAN_MINUTE);
  cmq_store_set_note (store, release, "second version");
  g_assert_true (cmq_store_flush (store, &error));
  g_assert_no_error (error);

  /* An edit not saved yet when the old copy lands must not collect the old text either. */
  fixture_advance (fixture, G_TIME_SPAN_SECOND);
  cmq_store_set_note (store, release, "third, not saved yet");
  g_signal_connect (store, "saved", G_CALLBACK (set_flag_cb), &saved);
  write_file (fixture->path, old_copy, -1);
  spin_until (&saved, 10);
  g_assert_cmpstr (cmq_store_get_note (store, cmq_release_get_id (release)), ==,
                   "third, not saved yet");
  contents = read_file (fixture->path);
  g_assert_nonnull (strstr (contents, "note=third, not saved yet\n"));
  g_assert_null (strstr (contents, "first version"));
}

/* Two stores on one file (two instances, or two machines through a sync tool): each save merges
 * what the other wrote, so both edits survive and both stores end up with the same state. */
static void
test_merge_two_writers (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqStore) first = fixture_open (fixture);
  g_autoptr (CmqStore) second = fixture_open (fixture);
  g_autoptr (CmqRelease) shared = make_release ("Shared", "Shared text.", 2024, 2, 1);
  g_autoptr (CmqRelease) only_first = make_release ("First", "First text.", 2024, 2, 2);
  g_autoptr (CmqRelease) only_second = make_release ("Second", "Second text.", 2024, 2, 3);
  g_autoptr (GError) error = NULL;
  const char *shared_id = cmq_release_get_id (shared);

  cmq_store_set_note (first, shared, "the first writer's thought");
  cmq_store_set_favourite (first, only_first, TRUE);
  g_assert_true (cmq_store_flush (first, &error));
  g_assert_no_error (error);

  /* The second has not seen that yet (no main loop has run) and edits too, a little later. */
  fixture_advance (fixture, G_TIME_SPAN_SECOND);
  cmq_store_set_note (second, shared, "the second writer's thought");
  cmq_store_set_note (second, only_second, "only in the second");
  g_assert_true (cmq_store_flush (second, &error));
  g_assert_no_error (error);

  g_assert_true (cmq_store_get_favourite (second, cmq_release_get_id (only_first)));
  g_assert_cmpstr (cmq_store_get_note (second, shared_id), ==,
                   "the second writer's thought\n\nthe first writer's thought");

  /* The first catches up through its file monitor. */
  while (strcmp (cmq_store_get_note (first, cmq_release_get_id (only_second)), "") == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (cmq_store_get_note (first, shared_id), ==,
                   cmq_store_get_note (second, shared_id));
  g_assert_false (cmq_store_has_pending_changes (first));
  {
    g_autofree char *json_first = cmq_store_export_json (first);
    g_autofree char *json_second = cmq_store_export_json (second);

    g_assert_cmpstr (json_first, ==, json_second);
  }
}

/* Writes @note for @id into the file as another program would, with @modified (ISO 8601):
 * read, change, write a temporary file and rename it over the file. */
static void
write_as_other_program (const char *path, const char *id, const char *note, const char *modified)
{
  g_autoptr (GKeyFile) key_file = g_key_file_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *tmp = g_strconcat (path, ".sync-tmp", NULL);
  gsize length;

  g_assert_true (g_key_file_load_from_file (key_file, path, G_KEY_FILE_KEEP_COMMENTS, &error));
  g_assert_no_error (error);
  g_key_file_set_string (key_file, id, "note", note);
  g_key_file_set_string (key_file, id, "modified", modified);
  data = g_key_file_to_data (key_file, &length, NULL);
  g_assert_true (g_file_set_contents (tmp, data, length, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_rename (tmp, path), ==, 0);
}

static void
wait_for_note (CmqStore *store, const char *id, const char *part)
{
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add_seconds (10, timeout_cb, &timed_out);

  while (strstr (cmq_store_get_note (store, id), part) == NULL && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (timeout);
  g_assert_nonnull (strstr (cmq_store_get_note (store, id), part));
}

/* A sync tool brings another machine's edit, made on a copy of the file older than our last save
 * (it extends "abc" where we had saved "abcd" since), stamped later or earlier than ours: both
 * texts are kept, and written back. An edit that extends what we saved is simply taken. */
static void
test_merge_edit_on_older_copy (Fixture *fixture, gconstpointer data)
{
  const char *const stamps[] = { "2026-03-01T10:00:00Z", "2026-03-01T09:30:30Z" };

  for (guint i = 0; i < G_N_ELEMENTS (stamps); i++)
    {
      g_autoptr (CmqStore) store = NULL;
      g_autoptr (CmqRelease) release = make_release ("One", stamps[i], 2024, 5, 6);
      const char *id = cmq_release_get_id (release);
      g_autoptr (GError) error = NULL;
      g_autofree char *contents = NULL;

      g_unlink (fixture->path);
      store = fixture_open (fixture);
      cmq_store_set_note (store, release, "The summit opened");
      g_assert_true (cmq_store_flush (store, &error));
      fixture_advance (fixture, G_TIME_SPAN_MINUTE);
      cmq_store_set_note (store, release, "The summit opened in Vilnius");
      g_assert_true (cmq_store_flush (store, &error));
      g_assert_no_error (error);

      write_as_other_program (fixture->path, id, "The summit opened. Check the communiqué.",
                              stamps[i]);
      wait_for_note (store, id, "Check the communiqué.");
      g_assert_nonnull (strstr (cmq_store_get_note (store, id), "The summit opened in Vilnius"));

      g_assert_true (cmq_store_flush (store, &error));
      g_assert_no_error (error);
      contents = read_file (fixture->path);
      g_assert_nonnull (strstr (contents, "Check the communiqué."));
      g_assert_nonnull (strstr (contents, "The summit opened in Vilnius"));

      /* An edit that extends what we saved replaces it, nothing doubled. */
      write_as_other_program (fixture->path, id, "Merged, and more.", "2026-03-01T11:00:00Z");
      wait_for_note (store, id, "Merged, and more.");
      g_assert_cmpstr (cmq_store_get_note (store, id), ==, "Merged, and more.");
      g_clear_object (&store);
      fixture_tear_down (fixture, NULL);
      fixture_set_up (fixture, NULL);
    }
}

/* The fault injection: another writer replaces the file 200 times at random moments, each time
 * adding a word to the note as a sync tool bringing another machine's edit would (read, change,
 * write a temporary file, rename it over the file), while this thread types a word at a time into
 * the store and lets it save as it does in the window. At the end every word of both is in the
 * store and in the file. */

#define SYNC_ROUNDS 200

typedef struct
{
  char *path;
  char *id;
  guint seed;
  guint rounds_done; /* atomic */
} OtherWriter;

static gpointer
other_writer_thread (gpointer user_data)
{
  OtherWriter *writer = user_data;
  g_autoptr (GRand) rand = g_rand_new_with_seed (writer->seed);
  g_autofree char *tmp = g_strconcat (writer->path, ".sync-tmp", NULL);

  for (guint round = 0; round < SYNC_ROUNDS; round++)
    {
      g_autoptr (GKeyFile) key_file = g_key_file_new ();
      g_autoptr (GDateTime) now = NULL;
      g_autofree char *old = NULL;
      g_autofree char *note = NULL;
      g_autofree char *modified = NULL;
      g_autofree char *data = NULL;
      gsize length;

      g_usleep (g_rand_int_range (rand, 0, 15000));
      if (!g_key_file_load_from_file (key_file, writer->path, G_KEY_FILE_NONE, NULL))
        {
          round--; /* caught between the store's writes: try again */
          continue;
        }
      old = g_key_file_get_string (key_file, writer->id, "note", NULL);
      note = g_strdup_printf ("%s o%u", old != NULL ? old : "", round);
      /* The other machine's edit was made a moment ago, or a little before our last save. */
      now = g_date_time_new_now_utc ();
      if (g_rand_boolean (rand))
        {
          GDateTime *earlier = g_date_time_add (now, -g_rand_int_range (rand, 0, 800000));

          g_date_time_unref (now);
          now = earlier;
        }
      modified = g_date_time_format_iso8601 (now);
      g_key_file_set_string (key_file, writer->id, "note", note);
      g_key_file_set_string (key_file, writer->id, "modified", modified);
      data = g_key_file_to_data (key_file, &length, NULL);
      g_assert_true (g_file_set_contents (tmp, data, length, NULL));
      g_assert_cmpint (g_rename (tmp, writer->path), ==, 0);
      g_atomic_int_inc (&writer->rounds_done);
    }
  return NULL;
}

/* Runs the main loop for about @ms milliseconds. */
static void
spin_for (guint ms)
{
  gboolean timed_out = FALSE;

  g_timeout_add (ms, timeout_cb, &timed_out);
  while (!timed_out)
    g_main_context_iteration (NULL, TRUE);
}

static void
assert_all_words (const char *text, char prefix, guint n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *word = g_strdup_printf (" %c%u ", prefix, i);
      g_autofree char *padded = g_strconcat (" ", text, " ", NULL);

      g_strdelimit (padded, "\n", ' ');
      if (strstr (padded, word) == NULL)
        g_error ("“%s” is lost from: %s", word, text);
    }
}

/* A sync tool replaces the file again and again with an edit of the copy we last saved, while we
 * type: every word of both is kept once, and the note grows by the words, never doubling (each
 * merge joined the two whole notes, the copy's text twice: 21 MB of note in 30 seconds under
 * valgrind's timing in the fault injection below). */
#define REPEATED_ROUNDS 12

static void
test_merge_repeated_edits (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqStore) store = fixture_open (fixture);
  g_autoptr (CmqRelease) release = make_release ("Many", "Many edits.", 2024, 5, 7);
  const char *id = cmq_release_get_id (release);
  g_autoptr (GError) error = NULL;
  const char *note;

  cmq_store_set_note (store, release, "start");
  g_assert_true (cmq_store_flush (store, &error));
  for (guint round = 0; round < REPEATED_ROUNDS; round++)
    {
      g_autoptr (GKeyFile) key_file = g_key_file_new ();
      g_autofree char *ours = g_strdup_printf ("%s w%u", cmq_store_get_note (store, id), round);
      g_autofree char *word = g_strdup_printf (" o%u", round);
      g_autofree char *saved = NULL;
      g_autofree char *theirs = NULL;
      g_autofree char *stamp = g_strdup_printf ("2026-03-01T12:%02u:00Z", round);

      /* typed, not saved yet, when the other program's edit of the saved copy comes */
      fixture_advance (fixture, G_TIME_SPAN_SECOND);
      cmq_store_set_note (store, release, ours);
      g_assert_true (g_key_file_load_from_file (key_file, fixture->path, G_KEY_FILE_NONE, &error));
      saved = g_key_file_get_string (key_file, id, "note", &error);
      g_assert_no_error (error);
      theirs = g_strconcat (saved, word, NULL);
      write_as_other_program (fixture->path, id, theirs, stamp);
      wait_for_note (store, id, word);
      g_assert_true (cmq_store_flush (store, &error));
      g_assert_no_error (error);
    }
  note = cmq_store_get_note (store, id);
  g_test_message ("after %u rounds: %s", REPEATED_ROUNDS, note);
  assert_all_words (note, 'w', REPEATED_ROUNDS);
  assert_all_words (note, 'o', REPEATED_ROUNDS);
  g_assert_cmpuint (strlen (note), <, strlen ("start") + REPEATED_ROUNDS * strlen (" w10 o10") + 1);
}

static void
test_sync_fault_injection (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqRelease) release = make_release ("Typed", "Typed text.", 2024, 5, 6);
  g_autoptr (CmqStore) store = cmq_store_new (fixture->path);
  g_autoptr (GRand) rand = g_rand_new_with_seed (7);
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  OtherWriter writer = { fixture->path, (char *) cmq_release_get_id (release), 42, 0 };
  GThread *thread;
  guint typed = 0;

  /* The real clock: the other writer stamps its edits with it too. */
  g_assert_true (cmq_store_load (store, &error));
  cmq_store_set_note (store, release, "start");
  g_assert_true (cmq_store_flush (store, &error));
  g_assert_no_error (error);

  thread = g_thread_new ("other-writer", other_writer_thread, &writer);
  while (g_atomic_int_get (&writer.rounds_done) < SYNC_ROUNDS)
    {
      /* What the window's editor shows is the store's note; the person types at its end. */
      g_autofree char *note =
          g_strdup_printf ("%s w%u", cmq_store_get_note (store, writer.id), typed++);

      cmq_store_set_note (store, release, note);
      spin_for (g_rand_int_range (rand, 1, 20));
    }
  g_thread_join (thread);

  /* Let the last replacement be seen, then save. */
  spin_for (300);
  g_assert_true (cmq_store_flush (store, &error));
  g_assert_no_error (error);
  assert_all_words (cmq_store_get_note (store, writer.id), 'w', typed);
  assert_all_words (cmq_store_get_note (store, writer.id), 'o', SYNC_ROUNDS);
  {
    g_autoptr (GKeyFile) key_file = g_key_file_new ();
    g_autofree char *on_disk = NULL;

    g_assert_true (g_key_file_load_from_file (key_file, fixture->path, G_KEY_FILE_NONE, &error));
    on_disk = g_key_file_get_string (key_file, writer.id, "note", &error);
    g_assert_no_error (error);
    assert_all_words (on_disk, 'w', typed);
    assert_all_words (on_disk, 'o', SYNC_ROUNDS);
  }
  g_test_message ("%u words typed, %u replacements by the other writer", typed, SYNC_ROUNDS);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/merge/external-change", test_merge_external);
  ADD ("/store/merge/stale-copy", test_merge_stale_copy);
  ADD ("/store/merge/two-writers", test_merge_two_writers);
  ADD ("/store/merge/edit-on-older-copy", test_merge_edit_on_older_copy);
  ADD ("/store/merge/repeated-edits", test_merge_repeated_edits);
  ADD ("/store/sync/fault-injection", test_sync_fault_injection);
#undef ADD

  return g_test_run ();
}
