/* test-store-passages.c: highlighted passages in the store, with every guarantee a note has.
 *
 * Passages are saved and read back, merged with another program's edits passage by passage,
 * kept in backups and restored from one when the file is damaged, exported and imported without
 * loss, listed in Markdown; a file of format 1 is read and saved as format 2; a passage whose
 * release changed is found again or listed as detached, never dropped.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <json-glib/json-glib.h>
#include <string.h>

#include "store-fixture.h"

static const char *const story[] = {
  "NATO Foreign Ministers met in Brussels on Tuesday.",
  "The Secretary General said that the door to membership is open, and that Allies will keep "
  "supporting Ukraine.",
  "Ministers also discussed China.",
  NULL,
};

static CmqRelease *
story_release (const char *const *paragraphs)
{
  CmqReleaseInfo info = {
    .file = "story.txt",
    .title = "Ministers meet",
    .language = "en",
    .paragraphs = paragraphs,
    .year = 2024,
    .month = 4,
    .day = 4,
    .date_source = CMQ_DATE_SOURCE_STATED,
  };

  return cmq_release_new (&info);
}

/* Adds a highlight of @quote, which must be in paragraph @paragraph. */
static char *
highlight (CmqStore *store, CmqRelease *release, guint paragraph, const char *quote)
{
  const char *text = cmq_release_get_paragraphs (release)[paragraph - 1];
  const char *at = strstr (text, quote);

  g_assert_nonnull (at);
  return cmq_store_add_passage (store, release, paragraph, at - text, at - text + strlen (quote),
                                "green");
}

static CmqStorePassage *
by_id (GPtrArray *passages, const char *id)
{
  for (guint i = 0; i < passages->len; i++)
    if (strcmp (((CmqStorePassage *) g_ptr_array_index (passages, i))->id, id) == 0)
      return g_ptr_array_index (passages, i);
  g_assert_not_reached ();
}

static void
assert_quotes (CmqStore *store, const char *id, const char *const *quotes)
{
  g_autoptr (GPtrArray) passages = cmq_store_dup_passages (store, id);

  g_assert_cmpuint (passages->len, ==, g_strv_length ((char **) quotes));
  for (guint i = 0; quotes[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < passages->len; j++)
        found |= g_strcmp0 (((CmqStorePassage *) g_ptr_array_index (passages, j))->anchor->quote,
                            quotes[i]) == 0;
      g_assert_true (found);
    }
}

static void
test_saved_and_read_back (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqStore) store = fixture_open (fixture);
  g_autoptr (CmqStore) reopened = NULL;
  g_autoptr (CmqRelease) release = story_release (story);
  const char *id = cmq_release_get_id (release);
  g_autofree char *first = highlight (store, release, 2, "the door to membership is open");
  g_autofree char *second = highlight (store, release, 3, "China");
  g_autofree char *gone = highlight (store, release, 1, "Brussels");
  g_autofree char *contents = NULL;
  g_autoptr (GPtrArray) passages = NULL;
  g_autoptr (GError) error = NULL;
  CmqStorePassage *passage;

  g_assert_nonnull (first);
  g_assert_null (cmq_store_add_passage (store, release, 4, 0, 3, NULL));
  g_assert_null (cmq_store_add_passage (store, release, 1, 5, 500, NULL));
  g_assert_true (cmq_store_set_passage_note (store, release, first,
                                             "Quote in the report:\n  "
                                             "\"with\" [brackets]"));
  g_assert_true (cmq_store_set_passage_colour (store, release, second, "pink"));
  g_assert_true (cmq_store_remove_passage (store, release, gone));
  g_assert_false (cmq_store_remove_passage (store, release, gone));
  g_assert_false (cmq_store_set_passage_note (store, release, "no-such-passage", "x"));
  g_assert_true (cmq_store_flush (store, &error));
  g_assert_no_error (error);

  contents = read_file (fixture->path);
  g_assert_nonnull (strstr (contents, "version=2\n"));
  reopened = fixture_open (fixture);
  assert_quotes (reopened, id,
                 (const char *const[]){ "the door to membership is open", "China", NULL });
  passages = cmq_store_dup_passages (reopened, id);
  passage = by_id (passages, first);
  g_assert_cmpstr (passage->note, ==, "Quote in the report:\n  \"with\" [brackets]");
  g_assert_cmpstr (passage->colour, ==, "green");
  g_assert_cmpuint (passage->anchor->paragraph, ==, 2);
  g_assert_cmpstr (passage->anchor->prefix, ==, "The Secretary General said that ");
  g_assert_cmpstr (by_id (passages, second)->colour, ==, "pink");
  /* A release with only highlights still counts as having notes (orphans, exports). */
  {
    g_autoptr (GHashTable) known = g_hash_table_new (g_str_hash, g_str_equal);
    g_autoptr (GPtrArray) orphans = cmq_store_dup_orphans (reopened, known);

    g_assert_cmpuint (orphans->len, ==, 1);
  }
}

/* Today's files (format 1) are read as they are and saved as format 2, nothing lost, and the day's
 * backup keeps the file as it was. */
static void
test_migration (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqRelease) release = story_release (story);
  const char *id = cmq_release_get_id (release);
  g_autofree char *old = g_strdup_printf ("[Communique]\nversion=1\n\n[%s]\nfavourite=true\n"
                                          "note=An old note\ncreated=2025-01-01T10:00:00Z\n"
                                          "modified=2025-01-02T10:00:00Z\ntitle=Ministers meet\n",
                                          id);
  g_autofree char *dir = g_path_get_dirname (fixture->path);
  g_autofree char *backup = g_strdup_printf ("%s.backup-20260301", fixture->path);
  g_autoptr (CmqStore) store = NULL;
  g_autoptr (CmqStore) reopened = NULL;
  g_autofree char *passage = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *kept = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  write_file (fixture->path, old, -1);
  store = fixture_open (fixture);
  g_assert_null (cmq_store_get_problem (store));
  g_assert_cmpstr (cmq_store_get_note (store, id), ==, "An old note");
  passage = highlight (store, release, 2, "Allies will keep supporting Ukraine");
  g_assert_true (cmq_store_flush (store, &error));
  g_assert_no_error (error);

  contents = read_file (fixture->path);
  g_assert_nonnull (strstr (contents, "version=2\n"));
  kept = read_file (backup);
  g_assert_cmpstr (kept, ==, old);
  reopened = fixture_open (fixture);
  g_assert_cmpstr (cmq_store_get_note (reopened, id), ==, "An old note");
  g_assert_true (cmq_store_get_favourite (reopened, id));
  assert_quotes (reopened, id,
                 (const char *const[]){ "Allies will keep supporting Ukraine", NULL });
}

/* Two programs highlight the same release: both keep both; a removal is not undone. */
static void
test_merge_external (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqStore) ours = fixture_open (fixture);
  g_autoptr (CmqStore) theirs = NULL;
  g_autoptr (CmqRelease) release = story_release (story);
  const char *id = cmq_release_get_id (release);
  g_autofree char *shared = highlight (ours, release, 3, "discussed China");
  g_autofree char *mine = NULL;
  g_autofree char *other = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (cmq_store_flush (ours, &error));
  theirs = fixture_open (fixture);
  fixture_advance (fixture, G_TIME_SPAN_MINUTE);
  mine = highlight (ours, release, 1, "Foreign Ministers");
  other = highlight (theirs, release, 2, "the door to membership is open");
  g_assert_true (cmq_store_set_passage_note (theirs, release, shared, "their note"));
  g_assert_true (cmq_store_flush (theirs, &error));
  g_assert_no_error (error);
  g_assert_true (cmq_store_set_passage_note (ours, release, shared, "our note"));
  g_assert_true (cmq_store_flush (ours, &error));
  g_assert_no_error (error);

  /* Ours merged theirs before writing: three passages, and neither note lost. */
  assert_quotes (ours, id,
                 (const char *const[]){ "discussed China", "Foreign Ministers",
                                        "the door to membership is open", NULL });
  {
    g_autoptr (CmqStore) reread = fixture_open (fixture);
    g_autoptr (GPtrArray) passages = cmq_store_dup_passages (reread, id);

    assert_quotes (reread, id,
                   (const char *const[]){ "discussed China", "Foreign Ministers",
                                          "the door to membership is open", NULL });
    for (guint i = 0; i < passages->len; i++)
      {
        CmqStorePassage *passage = g_ptr_array_index (passages, i);

        if (strcmp (passage->id, shared) == 0)
          {
            g_assert_nonnull (strstr (passage->note, "our note"));
            g_assert_nonnull (strstr (passage->note, "their note"));
          }
      }
  }

  /* Removed here, then the other program writes its older copy: it stays removed. */
  fixture_advance (fixture, G_TIME_SPAN_MINUTE);
  g_assert_true (cmq_store_remove_passage (ours, release, other));
  g_assert_true (cmq_store_flush (ours, &error));
  cmq_store_set_favourite (theirs, release, TRUE);
  g_assert_true (cmq_store_flush (theirs, &error));
  g_assert_no_error (error);
  {
    g_autoptr (CmqStore) reread = fixture_open (fixture);

    assert_quotes (reread, id,
                   (const char *const[]){ "discussed China", "Foreign Ministers", NULL });
  }
}

/* A damaged file is moved aside and the store starts from the newest backup, passages and all. */
static void
test_corrupt_file_backup (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqRelease) release = story_release (story);
  const char *id = cmq_release_get_id (release);
  g_autoptr (GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  {
    g_autoptr (CmqStore) store = fixture_open (fixture);

    first = highlight (store, release, 2, "the door to membership is open");
    g_assert_true (cmq_store_flush (store, &error));
  }
  fixture_advance (fixture, G_TIME_SPAN_DAY);
  {
    g_autoptr (CmqStore) store = fixture_open (fixture);

    second = highlight (store, release, 3, "China");
    g_assert_true (cmq_store_flush (store, &error));
    g_assert_no_error (error);
  }
  write_file (fixture->path, "[Communique]\nversion=2\n[broken", -1);
  {
    g_autoptr (CmqStore) store = fixture_open (fixture);
    const CmqStoreProblem *problem = cmq_store_get_problem (store);

    g_assert_nonnull (problem);
    g_assert_cmpint (problem->kind, ==, CMQ_STORE_PROBLEM_CORRUPT_MOVED_ASIDE);
    g_assert_nonnull (problem->backup_used);
    assert_quotes (store, id, (const char *const[]){ "the door to membership is open", NULL });
  }
}

static void
test_export_import (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqStore) store = fixture_open (fixture);
  g_autoptr (CmqRelease) release = story_release (story);
  const char *id = cmq_release_get_id (release);
  g_autofree char *kept = highlight (store, release, 2, "the door to membership is open");
  g_autofree char *removed = highlight (store, release, 3, "China");
  g_autofree char *markdown = NULL;
  g_autofree char *json = NULL;
  g_autofree char *other_dir = g_dir_make_tmp ("cmq-store-XXXXXX", NULL);
  g_autofree char *other_path = g_build_filename (other_dir, "library.ini", NULL);
  g_autoptr (CmqStore) copy = cmq_store_new (other_path);
  g_autoptr (CmqStore) reread = NULL;
  g_autoptr (GPtrArray) ours = NULL;
  g_autoptr (GPtrArray) theirs = NULL;
  g_autoptr (GError) error = NULL;

  cmq_store_set_passage_note (store, release, kept, "Use this\nin the report");
  cmq_store_remove_passage (store, release, removed);
  markdown = cmq_store_export_markdown (store);
  g_assert_nonnull (strstr (markdown, "### Highlights\n\n> the door to membership is open\n\n"
                                      "Paragraph 2\n\nUse this\\\nin the report\n"));
  g_assert_null (strstr (markdown, "China"));

  json = cmq_store_export_json (store);
  g_assert_true (cmq_store_load (copy, &error));
  g_assert_true (cmq_store_import_json (copy, json, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (cmq_store_flush (copy, &error));
  reread = cmq_store_new (other_path);
  g_assert_true (cmq_store_load (reread, &error));
  ours = cmq_store_dup_entries (store);
  theirs = cmq_store_dup_entries (reread);
  g_assert_cmpuint (ours->len, ==, theirs->len);
  for (guint i = 0; i < ours->len; i++)
    g_assert_true (
        cmq_store_entry_equal (g_ptr_array_index (ours, i), g_ptr_array_index (theirs, i)));
  assert_quotes (reread, id, (const char *const[]){ "the door to membership is open", NULL });

  /* A highlight without its text is refused, and nothing changes. */
  {
    g_autofree char *bad =
        g_strdup_printf ("[{\"id\": \"%s\", \"passages\": [{\"note\": \"x\"}]}]", id);

    g_assert_false (cmq_store_import_json (reread, bad, NULL, &error));
    g_assert_error (error, CMQ_STORE_ERROR, CMQ_STORE_ERROR_INVALID);
    assert_quotes (reread, id, (const char *const[]){ "the door to membership is open", NULL });
  }
  g_clear_object (&reread);
  g_clear_object (&copy);
  cmq_test_remove_tree (other_dir);
}

/* The release was edited: the passages of its old entry are found in the new version, and the
 * one whose text is gone is listed as detached with its note. */
static void
test_locate_after_edit (Fixture *fixture, gconstpointer data)
{
  static const char *const edited[] = {
    "NATO Foreign Ministers met in Brussels on Tuesday, 2 April.",
    "A new paragraph was added here.",
    "The Secretary General said that the door to NATO membership is open, and that Allies will "
    "keep supporting Ukraine.",
    NULL,
  };
  g_autoptr (CmqStore) store = fixture_open (fixture);
  g_autoptr (CmqRelease) release = story_release (story);
  g_autoptr (CmqRelease) new_version = story_release (edited);
  g_autofree char *door = highlight (store, release, 2, "the door to membership is open");
  g_autofree char *met = highlight (store, release, 1, "Foreign Ministers met in Brussels");
  g_autofree char *china = highlight (store, release, 3, "Ministers also discussed China");
  g_autoptr (GPtrArray) places = NULL;
  CmqStorePassagePlace *place;

  cmq_store_set_passage_note (store, release, china, "about China");
  places = cmq_store_locate_passages (store, cmq_release_get_id (release), new_version);
  g_assert_cmpuint (places->len, ==, 3);
  place = g_ptr_array_index (places, 0);
  g_assert_cmpstr (place->passage->id, ==, met);
  g_assert_cmpint (place->position.match, ==, CMQ_ANCHOR_EXACT);
  place = g_ptr_array_index (places, 1);
  g_assert_cmpstr (place->passage->id, ==, door);
  g_assert_cmpint (place->position.match, ==, CMQ_ANCHOR_FUZZY);
  g_assert_cmpuint (place->position.paragraph, ==, 3);
  g_assert_true (
      g_str_has_prefix (edited[2] + place->position.start, "the door to NATO membership is open"));
  place = g_ptr_array_index (places, 2);
  g_assert_cmpstr (place->passage->id, ==, china);
  g_assert_cmpint (place->position.match, ==, CMQ_ANCHOR_DETACHED);
  g_assert_cmpstr (place->passage->note, ==, "about China");

  /* Re-attached by hand to a span of the new version: found there from then on. */
  g_assert_true (cmq_store_reattach_passage (store, cmq_release_get_id (release), new_version,
                                             china, 2, 2, 15));
  g_assert_false (cmq_store_reattach_passage (store, cmq_release_get_id (release), new_version,
                                              china, 9, 0, 1));
  g_clear_pointer (&places, g_ptr_array_unref);
  places = cmq_store_locate_passages (store, cmq_release_get_id (release), new_version);
  place = g_ptr_array_index (places, 1);
  g_assert_cmpstr (place->passage->id, ==, china);
  g_assert_cmpint (place->position.match, ==, CMQ_ANCHOR_EXACT);
  g_assert_cmpstr (place->passage->anchor->quote, ==, "new paragraph");
  g_assert_cmpstr (place->passage->note, ==, "about China");
}

/* The passages of a release no longer in the library are listed as detached; moved to another
 * version, they leave the list and live in that version's entry, kept removed in the old one
 * (and so through a save and a reload); deleted, they leave it too, and can be restored. Their
 * words and notes are what the search gets of the release, and the count follows. */
static void
test_detached (Fixture *fixture, gconstpointer data)
{
  static const char *const edited[] = {
    "NATO Foreign Ministers met in Brussels on Tuesday, 2 April.",
    "The Secretary General said that the door to membership is open, and that Allies will keep "
    "supporting Ukraine.",
    NULL,
  };
  g_autoptr (CmqStore) store = fixture_open (fixture);
  g_autoptr (CmqStore) reread = NULL;
  g_autoptr (CmqRelease) release = story_release (story);
  g_autoptr (CmqRelease) new_version = story_release (edited);
  const char *old_id = cmq_release_get_id (release);
  const char *new_id = cmq_release_get_id (new_version);
  g_autofree char *door = highlight (store, release, 2, "the door to membership is open");
  g_autofree char *china = highlight (store, release, 3, "Ministers also discussed China");
  g_autoptr (GHashTable) known = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) detached = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GPtrArray) moved = NULL;

  cmq_store_set_passage_note (store, release, china, "about China");
  text = cmq_store_dup_search_text (store, old_id);
  /* In the passages' order (by creation, then id): both, each with its note. */
  g_assert_cmpuint (strlen (text), ==,
                    strlen ("the door to membership is open\n\nMinisters also discussed China"
                            "\n\nabout China"));
  g_assert_nonnull (strstr (text, "the door to membership is open"));
  g_assert_nonnull (strstr (text, "Ministers also discussed China\n\nabout China"));
  g_assert_cmpuint (cmq_store_count_passages (store, old_id), ==, 2);

  /* The old version is still in the library: nothing is detached. */
  g_hash_table_add (known, (gpointer) old_id);
  detached = cmq_store_dup_detached (store, known);
  g_assert_cmpuint (detached->len, ==, 0);
  g_clear_pointer (&detached, g_ptr_array_unref);
  g_hash_table_remove_all (known);
  g_hash_table_add (known, (gpointer) new_id);
  detached = cmq_store_dup_detached (store, known);
  g_assert_cmpuint (detached->len, ==, 2);
  g_assert_cmpstr (((CmqStoreDetached *) g_ptr_array_index (detached, 0))->title, ==,
                   "Ministers meet");

  /* Moved: to a span of the new version, with its note. */
  g_assert_true (cmq_store_move_passage (store, old_id, china, new_version, 1, 0, 22));
  g_assert_false (cmq_store_move_passage (store, old_id, china, new_version, 1, 0, 22));
  g_assert_false (cmq_store_move_passage (store, old_id, door, new_version, 7, 0, 1));
  g_assert_cmpuint (cmq_store_count_passages (store, new_id), ==, 1);
  g_assert_cmpuint (cmq_store_count_passages (store, old_id), ==, 1);
  assert_quotes (store, new_id, (const char *const[]){ "NATO Foreign Ministers", NULL });
  moved = cmq_store_dup_passages (store, new_id);
  g_assert_cmpstr (by_id (moved, china)->note, ==, "about China");

  /* Deleted, then restored, then deleted for good. */
  g_assert_true (cmq_store_delete_passage (store, old_id, door));
  g_assert_cmpuint (cmq_store_count_passages (store, old_id), ==, 0);
  g_assert_true (cmq_store_restore_passage (store, old_id, door));
  g_assert_cmpuint (cmq_store_count_passages (store, old_id), ==, 1);
  g_assert_true (cmq_store_delete_passage (store, old_id, door));
  g_clear_pointer (&detached, g_ptr_array_unref);
  detached = cmq_store_dup_detached (store, known);
  g_assert_cmpuint (detached->len, ==, 0);

  /* Saved and read back: the same. */
  g_assert_true (cmq_store_flush (store, &error));
  g_assert_no_error (error);
  reread = cmq_store_new (cmq_store_get_path (store));
  g_assert_true (cmq_store_load (reread, &error));
  g_assert_cmpuint (cmq_store_count_passages (reread, new_id), ==, 1);
  g_assert_cmpuint (cmq_store_count_passages (reread, old_id), ==, 0);
  g_clear_pointer (&detached, g_ptr_array_unref);
  detached = cmq_store_dup_detached (reread, known);
  g_assert_cmpuint (detached->len, ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store-passages/saved-and-read-back", Fixture, NULL, fixture_set_up,
              test_saved_and_read_back, fixture_tear_down);
  g_test_add ("/store-passages/migration", Fixture, NULL, fixture_set_up, test_migration,
              fixture_tear_down);
  g_test_add ("/store-passages/merge-external", Fixture, NULL, fixture_set_up, test_merge_external,
              fixture_tear_down);
  g_test_add ("/store-passages/corrupt-file-backup", Fixture, NULL, fixture_set_up,
              test_corrupt_file_backup, fixture_tear_down);
  g_test_add ("/store-passages/export-import", Fixture, NULL, fixture_set_up, test_export_import,
              fixture_tear_down);
  g_test_add ("/store-passages/locate-after-edit", Fixture, NULL, fixture_set_up,
              test_locate_after_edit, fixture_tear_down);
  g_test_add ("/store-passages/detached", Fixture, NULL, fixture_set_up, test_detached,
              fixture_tear_down);
  return g_test_run ();
}
