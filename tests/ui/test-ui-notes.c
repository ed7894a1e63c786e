/* test-ui-notes.c: favourites and notes in the real window on the sample releases, under Xvfb:
 * stars clicked in rows, notes typed, the filter and its counts, the note's height, the banners
 * that tell about the store's file, export and import, notes whose release is gone, and search
 * in notes.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "test-ui-common.h"

static void
test_favourites (void)
{
  g_autoptr (CmqStore) store = new_store ("favourites", NULL);
  CmqWindow *window = open_window_with_store (store);
  GtkSingleSelection *selection = cmq_window_get_selection (window);
  CmqListFilter *list_filter = cmq_window_get_list_filter (window);
  CmqRelease *second = release_at (window, 1);
  CmqRelease *third = release_at (window, 2);
  GtkWidget *star = star_of (row_for (window, second));

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (list_filter)));
  g_assert_cmpstr (count_text (window, CMQ_LIST_FILTER_ALL), ==, "5");
  g_assert_cmpstr (count_text (window, CMQ_LIST_FILTER_FAVOURITES), ==, "0");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (star), ==, "Add to Favourites");

  /* One click on the star of a row that is not selected stars it, and selects nothing. */
  click (star);
  g_assert_true (cmq_store_get_favourite (store, cmq_release_get_id (second)));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, GTK_INVALID_LIST_POSITION);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (star), ==, "Remove from Favourites");
  g_assert_cmpstr (count_text (window, CMQ_LIST_FILTER_FAVOURITES), ==, "1");

  /* Ctrl+D toggles the selected release, and the header's star follows. */
  gtk_single_selection_set_selected (selection, 2);
  spin (20);
  g_assert_false (gtk_toggle_button_get_active (cmq_window_get_favourite_button (window)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-favourite", NULL);
  spin (20);
  g_assert_true (cmq_store_get_favourite (store, cmq_release_get_id (third)));
  g_assert_true (gtk_toggle_button_get_active (cmq_window_get_favourite_button (window)));
  g_assert_true (
      gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (star_of (row_for (window, third)))));
  g_assert_cmpstr (count_text (window, CMQ_LIST_FILTER_FAVOURITES), ==, "2");

  /* The Favourites filter shows the two, and combines with the search. */
  cmq_list_filter_set_mode (list_filter, CMQ_LIST_FILTER_FAVOURITES);
  spin (20);
  g_assert_cmpuint (ui_n_rows (window), ==, 2);
  /* Nothing is searched: the status line counts the favourites, not "matches". */
  g_assert_cmpstr (gtk_label_get_label (cmq_window_get_status_label (window)), ==, "2 favourites");
  type (window, "nato");
  g_assert_cmpstr (gtk_label_get_label (cmq_window_get_status_label (window)), ==, "2 of 5 match");
  type (window, "");

  /* Unstarring the release being read keeps it in the list until the selection moves. */
  click (GTK_WIDGET (cmq_window_get_favourite_button (window)));
  g_assert_false (cmq_store_get_favourite (store, cmq_release_get_id (third)));
  g_assert_cmpuint (ui_n_rows (window), ==, 2);
  g_assert_cmpstr (count_text (window, CMQ_LIST_FILTER_FAVOURITES), ==, "1");
  click (GTK_WIDGET (cmq_window_get_favourite_button (window)));

  type (window, "zzzz");
  g_assert_cmpuint (ui_n_rows (window), ==, 0);
  g_assert_cmpstr (count_text (window, CMQ_LIST_FILTER_ALL), ==, "0");
  g_assert_cmpstr (cmq_window_get_visible_page (window), ==, "no-match");
  g_assert_cmpstr (adw_status_page_get_title (cmq_window_get_no_match_page (window)), ==,
                   "No favourites match “zzzz”");
  type (window, "");

  /* With no favourites, the empty page says how to make one. */
  click (star_of (row_for (window, second)));
  click (star_of (row_for (window, third)));
  gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);
  spin (50);
  g_assert_cmpuint (ui_n_rows (window), ==, 0);
  g_assert_cmpstr (count_text (window, CMQ_LIST_FILTER_FAVOURITES), ==, "0");
  g_assert_cmpstr (adw_status_page_get_title (cmq_window_get_no_match_page (window)), ==,
                   "No Favourites");

  cmq_list_filter_set_mode (list_filter, CMQ_LIST_FILTER_ALL);
  spin (20);
  g_assert_cmpuint (ui_n_rows (window), ==, 5);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_notes (void)
{
  g_autoptr (CmqStore) store = new_store ("notes", NULL);
  CmqWindow *window = open_window_with_store (store);
  GtkSingleSelection *selection = cmq_window_get_selection (window);
  CmqNoteEditor *editor = cmq_window_get_note_editor (window);
  CmqRelease *first = release_at (window, 0);
  CmqRelease *fourth = release_at (window, 3);
  g_autofree char *on_disk = NULL;
  GtkWidget *row;

  gtk_single_selection_set_selected (selection, 3);
  spin (50);
  g_assert_true (same_release (cmq_note_editor_get_release (editor), fourth));
  type_note (window, "Ask the spokesperson about zebras");
  g_assert_cmpstr (cmq_store_get_note (store, cmq_release_get_id (fourth)), ==,
                   "Ask the spokesperson about zebras");

  /* Switching release at once puts the note on disk, and the row shows that it has one. */
  gtk_single_selection_set_selected (selection, 0);
  spin (50);
  g_assert_false (cmq_store_has_pending_changes (store));
  g_assert_true (g_file_get_contents (cmq_store_get_path (store), &on_disk, NULL, NULL));
  g_assert_nonnull (strstr (on_disk, "zebras"));
  g_assert_true (same_release (cmq_note_editor_get_release (editor), first));
  g_assert_cmpint (gtk_text_buffer_get_char_count (
                       gtk_text_view_get_buffer (cmq_note_editor_get_text_view (editor))),
                   ==, 0);
  row = row_for (window, fourth);
  g_assert_true (gtk_widget_get_visible (find_descendant (row, GTK_TYPE_IMAGE)));
  g_assert_cmpstr (count_text (window, CMQ_LIST_FILTER_NOTES), ==, "1");

  /* The search finds words that are only in the note. */
  type (window, "zebras");
  g_assert_cmpuint (ui_n_rows (window), ==, 1);
  g_assert_true (same_release (release_at (window, 0), fourth));
  g_assert_cmpstr (count_text (window, CMQ_LIST_FILTER_ALL), ==, "1");
  g_assert_cmpstr (count_text (window, CMQ_LIST_FILTER_NOTES), ==, "1");
  type (window, "spokesperson zeb");
  g_assert_cmpuint (ui_n_rows (window), ==, 1);
  type (window, "");

  /* The Notes filter, and its empty page. */
  cmq_list_filter_set_mode (cmq_window_get_list_filter (window), CMQ_LIST_FILTER_NOTES);
  spin (20);
  g_assert_cmpuint (ui_n_rows (window), ==, 1);
  g_assert_cmpstr (gtk_label_get_label (cmq_window_get_status_label (window)), ==,
                   "1 release with a note");
  gtk_single_selection_set_selected (selection, 0);
  spin (20);
  g_assert_true (same_release (cmq_note_editor_get_release (editor), fourth));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (cmq_note_editor_get_text_view (editor)), "",
                            -1);
  spin (20);
  /* Emptied while it is being read: still listed, until the selection moves. */
  g_assert_cmpuint (ui_n_rows (window), ==, 1);
  g_assert_cmpstr (count_text (window, CMQ_LIST_FILTER_NOTES), ==, "0");
  gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);
  spin (20);
  g_assert_cmpuint (ui_n_rows (window), ==, 0);
  g_assert_cmpstr (adw_status_page_get_title (cmq_window_get_no_match_page (window)), ==,
                   "No Notes");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The note's height, dragged by the user, is there again in the next window. */
static void
test_note_height (void)
{
  g_autoptr (CmqStore) store = new_store ("height", NULL);
  g_autoptr (GSettings) settings = g_settings_new (SCHEMA_ID);
  CmqWindow *window = open_window_with_store (store);
  GtkWidget *editor = GTK_WIDGET (cmq_window_get_note_editor (window));
  GtkPaned *paned = GTK_PANED (gtk_widget_get_parent (editor));
  int total;

  gtk_single_selection_set_selected (cmq_window_get_selection (window), 0);
  spin (0);
  ui_wait_laid_out (editor);
  total = gtk_widget_get_height (GTK_WIDGET (paned));
  g_assert_cmpint (total - gtk_paned_get_position (paned), ==, 180);
  g_assert_cmpint (ABS (gtk_widget_get_height (editor) - 180), <=, 2);
  gtk_paned_set_position (paned, total - 260);
  spin (100);
  gtk_window_close (GTK_WINDOW (window));
  spin (50);
  g_assert_cmpint (g_settings_get_int (settings, "note-height"), ==, 260);

  window = open_window_with_store (store);
  editor = GTK_WIDGET (cmq_window_get_note_editor (window));
  gtk_single_selection_set_selected (cmq_window_get_selection (window), 0);
  spin (0);
  ui_wait_laid_out (editor);
  paned = GTK_PANED (gtk_widget_get_parent (editor));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (paned)) - gtk_paned_get_position (paned), ==,
                   260);
  g_assert_cmpint (ABS (gtk_widget_get_height (editor) - 260), <=, 2);
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "note-height");
}

static void
test_store_banner_corrupt (void)
{
  g_autoptr (CmqStore) store = new_store ("corrupt", "this is [not a key file\n\x01\x02");
  CmqWindow *window = open_window_with_store (store);
  CmqBanner *banner = cmq_window_get_store_banner (window);

  /* The unreadable file was moved aside, and the window says where. */
  g_assert_nonnull (cmq_store_get_problem (store));
  g_assert_true (cmq_banner_get_shown (banner));
  g_assert_nonnull (strstr (cmq_banner_get_title (banner), "could not be read"));
  g_assert_nonnull (strstr (cmq_banner_get_title (banner), "library.ini.corrupt-"));
  g_assert_false (cmq_banner_get_shown (cmq_window_get_save_banner (window)));
  spin (300);
  ui_save_screenshot (GTK_WIDGET (window),
                      g_test_get_filename (G_TEST_BUILT, "screenshot-banner.png", NULL));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* With a good backup beside it, the store starts from it and the banner says which; the button
 * restores it (merging what changed since) and the banner goes. */
static void
test_store_banner_backup (void)
{
  g_autofree char *dir2 = g_build_filename (home, "stores", "with-backup", NULL);
  g_autofree char *backup = g_build_filename (dir2, "library.ini.backup-20260101", NULL);
  g_autoptr (CmqStore) restored = NULL;
  CmqRelease *first;
  CmqWindow *window;
  CmqBanner *banner;

  g_assert_cmpint (g_mkdir_with_parents (dir2, 0700), ==, 0);
  g_assert_true (g_file_set_contents (backup,
                                      "[Communique]\nversion=1\n\n[backed-up]\nfavourite=true\n"
                                      "note=From the backup\ncreated=2026-01-01T10:00:00Z\n"
                                      "modified=2026-01-01T10:00:00Z\ntitle=Gone\n",
                                      -1, NULL));
  restored = new_store ("with-backup", "[Communique\nnot = a key file [");
  window = open_window_with_store (restored);
  banner = cmq_window_get_store_banner (window);
  g_assert_true (cmq_banner_get_shown (banner));
  g_assert_nonnull (strstr (cmq_banner_get_title (banner), "started from the backup"));
  g_assert_nonnull (strstr (cmq_banner_get_title (banner), "library.ini.backup-20260101"));
  g_assert_cmpstr (cmq_store_get_note (restored, "backed-up"), ==, "From the backup");

  first = release_at (window, 0);
  click (star_of (row_for (window, first)));
  click (GTK_WIDGET (cmq_banner_get_button (banner)));
  g_assert_false (cmq_banner_get_shown (banner));
  g_assert_cmpstr (cmq_store_get_note (restored, "backed-up"), ==, "From the backup");
  g_assert_true (cmq_store_get_favourite (restored, cmq_release_get_id (first)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A save that fails says so, keeps the note, and a good save clears the message. The store's own
 * retry waits: on a slow machine (ASan) it would otherwise fail again, and change the banner,
 * while the test reads it. */
static void
test_store_banner_save_failed (void)
{
  g_autoptr (CmqStore) good = new_store ("failing", NULL);
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *moved = NULL;
  CmqWindow *window;

  cmq_store_set_retry_delay_for_testing (good, 60 * 1000);
  window = open_window_with_store (good);
  path = g_strdup (cmq_store_get_path (good));
  dir = g_path_get_dirname (path);
  moved = g_strconcat (dir, ".moved", NULL);
  gtk_single_selection_set_selected (cmq_window_get_selection (window), 0);
  spin (20);

  /* A plain file where the folder was: saving fails even for root. */
  g_assert_cmpint (g_rename (dir, moved), ==, 0);
  g_assert_true (g_file_set_contents (dir, "", 0, NULL));
  type_note (window, "kept");
  g_assert_false (cmq_store_flush (good, NULL));
  spin (20);
  g_assert_true (cmq_banner_get_shown (cmq_window_get_save_banner (window)));
  g_assert_cmpstr (cmq_note_editor_get_status (cmq_window_get_note_editor (window)), ==,
                   "Not saved");
  g_assert_cmpstr (cmq_store_get_note (good, cmq_release_get_id (release_at (window, 0))), ==,
                   "kept");
  spin (300);
  ui_save_screenshot (GTK_WIDGET (window),
                      g_test_get_filename (G_TEST_BUILT, "screenshot-save-failed.png", NULL));

  /* Closing would lose the note: the window stays open once, and says so. */
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  spin (20);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_nonnull (strstr (cmq_banner_get_title (cmq_window_get_save_banner (window)),
                            "the window stayed open"));
  g_object_unref (window);

  g_assert_cmpint (g_unlink (dir), ==, 0);
  g_assert_cmpint (g_rename (moved, dir), ==, 0);
  g_assert_true (cmq_store_flush (good, NULL));
  spin (20);
  g_assert_false (cmq_banner_get_shown (cmq_window_get_save_banner (window)));
  g_assert_cmpstr (cmq_note_editor_get_status (cmq_window_get_note_editor (window)), ==, "Saved");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The toast of an export has an Open button for the file written. */
static void
assert_toast_opens (CmqWindow *window, GFile *file)
{
  AdwToast *toast = _cmq_window_get_last_toast (window);
  g_autofree char *uri = g_file_get_uri (file);
  GVariant *target;

  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "Open");
  g_assert_cmpstr (adw_toast_get_action_name (toast), ==, "win.open-file");
  target = adw_toast_get_action_target_value (toast);
  g_assert_nonnull (target);
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, uri);
}

static void
test_export_import (void)
{
  g_autoptr (CmqStore) store = new_store ("export", NULL);
  g_autoptr (CmqStore) other = new_store ("import", NULL);
  CmqWindow *window = open_window_with_store (store);
  CmqRelease *release = release_at (window, 0);
  g_autofree char *dir = g_build_filename (home, "exports", NULL);
  g_autofree char *json_path = g_build_filename (dir, "notes.json", NULL);
  g_autofree char *md_path = g_build_filename (dir, "notes.md", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "bad.json", NULL);
  g_autoptr (GFile) json_file = g_file_new_for_path (json_path);
  g_autoptr (GFile) md_file = g_file_new_for_path (md_path);
  g_autoptr (GFile) bad_file = g_file_new_for_path (bad_path);
  g_autofree char *markdown = NULL;
  g_autofree char *message = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  click (star_of (row_for (window, release)));
  gtk_single_selection_set_selected (cmq_window_get_selection (window), 0);
  spin (20);
  type_note (window, "Quote the second paragraph");

  message = cmq_window_export_notes_to (window, md_file, FALSE);
  g_assert_cmpstr (message, ==, "Notes exported to notes.md");
  assert_toast_opens (window, md_file);
  g_assert_true (g_file_get_contents (md_path, &markdown, NULL, NULL));
  g_assert_nonnull (strstr (markdown, cmq_release_get_title (release)));
  g_assert_nonnull (strstr (markdown, "Quote the second paragraph"));
  g_clear_pointer (&message, g_free);
  message = cmq_window_export_notes_to (window, json_file, TRUE);
  g_assert_cmpstr (message, ==, "Notes exported to notes.json");
  g_clear_pointer (&message, g_free);
  gtk_window_destroy (GTK_WINDOW (window));

  /* Another store takes them in, says how many changed, and the window follows. */
  window = open_window_with_store (other);
  g_assert_cmpstr (count_text (window, CMQ_LIST_FILTER_FAVOURITES), ==, "0");
  message = cmq_window_import_notes_from (window, json_file);
  g_assert_cmpstr (message, ==, "Imported: 1 release changed");
  g_clear_pointer (&message, g_free);
  spin (20);
  g_assert_true (cmq_store_get_favourite (other, cmq_release_get_id (release)));
  g_assert_cmpstr (cmq_store_get_note (other, cmq_release_get_id (release)), ==,
                   "Quote the second paragraph");
  g_assert_cmpstr (count_text (window, CMQ_LIST_FILTER_FAVOURITES), ==, "1");
  g_assert_cmpstr (count_text (window, CMQ_LIST_FILTER_NOTES), ==, "1");
  g_assert_true (
      gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (star_of (row_for (window, release)))));
  g_assert_false (cmq_store_has_pending_changes (other));

  message = cmq_window_import_notes_from (window, json_file);
  g_assert_cmpstr (message, ==, "Nothing new to import: every note and star was already here");
  g_clear_pointer (&message, g_free);

  g_assert_true (g_file_set_contents (bad_path, "{\"not\": \"a list\"}", -1, NULL));
  message = cmq_window_import_notes_from (window, bad_file);
  g_assert_true (g_str_has_prefix (message, "No notes were imported from bad.json: "));
  g_assert_cmpstr (cmq_store_get_note (other, cmq_release_get_id (release)), ==,
                   "Quote the second paragraph");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_orphans (void)
{
  g_autoptr (CmqStore) store = new_store ("orphans", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GHashTable) known = NULL;
  guint n_changed = 0;
  GtkWidget *dialog;

  cmq_store_import_json (store,
                         "[{\"id\": \"gone-release\", \"title\": \"A release that was deleted\", "
                         "\"date\": \"2021-06-01\", \"favourite\": true, \"note\": \"Still here\", "
                         "\"created\": \"2021-06-01T10:00:00Z\", "
                         "\"modified\": \"2021-06-01T10:00:00Z\"}]",
                         &n_changed, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 1);

  known = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_add (known, (gpointer) "a-release-still-here");
  dialog = cmq_notes_window_new (store, known);
  gtk_window_present (GTK_WINDOW (dialog));
  while (!gtk_widget_get_mapped (dialog))
    g_main_context_iteration (NULL, TRUE);
  spin (300);
  g_assert_cmpuint (cmq_notes_window_get_n_orphans (CMQ_NOTES_WINDOW (dialog)), ==, 1);
  ui_save_screenshot (dialog, g_test_get_filename (G_TEST_BUILT, "screenshot-orphans.png", NULL));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Rows show the words around the match, the matched ones in bold, only while searching. */
/* A note's new words are found by the search at once, and its old ones no longer. */
static void
test_note_search (void)
{
  g_autoptr (CmqStore) store = new_store ("note-search", NULL);
  CmqWindow *window = open_window_with_store (store);
  CmqRelease *second = release_at (window, 1);

  gtk_single_selection_set_selected (cmq_window_get_selection (window), 1);
  spin (50);
  type_note (window, "quokka");
  type (window, "quokka");
  g_assert_cmpuint (ui_n_rows (window), ==, 1);
  g_assert_true (same_release (release_at (window, 0), second));

  /* Edited while the search shows it: the list follows once the search changes. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (cmq_note_editor_get_text_view (
                                cmq_window_get_note_editor (window))),
                            "wombat", -1);
  spin (50);
  type (window, "quokka ");
  g_assert_cmpuint (ui_n_rows (window), ==, 0);
  type (window, "womb");
  g_assert_cmpuint (ui_n_rows (window), ==, 1);
  g_assert_true (same_release (release_at (window, 0), second));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/favourites", test_favourites);
  g_test_add_func ("/ui/notes", test_notes);
  g_test_add_func ("/ui/note-height", test_note_height);
  g_test_add_func ("/ui/store-banner-corrupt", test_store_banner_corrupt);
  g_test_add_func ("/ui/store-banner-backup", test_store_banner_backup);
  g_test_add_func ("/ui/store-banner-save-failed", test_store_banner_save_failed);
  g_test_add_func ("/ui/export-import", test_export_import);
  g_test_add_func ("/ui/orphans", test_orphans);
  g_test_add_func ("/ui/note-search", test_note_search);

  return ui_test_run ();
}
