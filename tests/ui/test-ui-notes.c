/* test-ui-notes.c: favourites and notes in the real window on the sample releases, under Xvfb:
 * stars clicked in rows, notes typed, the filter and its counts, the note's height, the banners
 * that tell about the store's file, export and import, notes whose release is gone, and search
 * in notes, highlights counted and filtered, and detached ones listed, re-attached and deleted.
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
  g_assert_cmpstr (cmq_fixed_label_get_label (cmq_window_get_status_label (window)), ==,
                   "2 favourites");
  type (window, "nato");
  g_assert_cmpstr (cmq_fixed_label_get_label (cmq_window_get_status_label (window)), ==,
                   "2 of 5 match");
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
  g_assert_cmpstr (cmq_window_get_no_match_title (window), ==, "No favourites match “zzzz”");
  type (window, "");

  /* With no favourites, the empty page says how to make one. */
  click (star_of (row_for (window, second)));
  click (star_of (row_for (window, third)));
  gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);
  spin (50);
  g_assert_cmpuint (ui_n_rows (window), ==, 0);
  g_assert_cmpstr (count_text (window, CMQ_LIST_FILTER_FAVOURITES), ==, "0");
  g_assert_cmpstr (cmq_window_get_no_match_title (window), ==, "No Favourites");

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
  g_assert_cmpstr (cmq_fixed_label_get_label (cmq_window_get_status_label (window)), ==,
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
  g_assert_cmpstr (cmq_window_get_no_match_title (window), ==, "No Notes");

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
  dialog = cmq_notes_window_new (store, known, NULL);
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

/* Highlights the first @n words of paragraph @paragraph of @release; the passage's id. */
static char *
highlight_words (CmqStore *store, CmqRelease *release, guint paragraph, guint n)
{
  const char *text = cmq_release_get_paragraphs (release)[paragraph - 1];
  const char *end = text;
  char *id;

  for (guint i = 0; i < n && end != NULL; i++)
    end = strchr (end + 1, ' ');
  g_assert_nonnull (end);
  id = cmq_store_add_passage (store, release, paragraph, 0, end - text, "yellow");
  g_assert_nonnull (id);
  return id;
}

static void
save_screenshot (gpointer widget, const char *name)
{
  g_autofree char *file = g_strdup_printf ("screenshot-%s%s.png", name,
                                           g_getenv ("CMQ_TEST_LOCALEDIR") != NULL ? "-fr" : "");
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, file, NULL);

  ui_save_screenshot (GTK_WIDGET (widget), path);
  g_test_message ("Screenshot: %s", path);
}

/* The reader shows its page in the colour scheme now in force, which reloads the page: the test
 * goes on once that page is there, not while it replaces the one the test reads or selects in. */
static void
wait_reader_scheme (void)
{
  CmqReaderView *reader = cmq_window_get_reader_view (shown_window);

  ui_wait_idle_callbacks (); /* the window gives the reader its page class when idle */
  ui_wait_page (cmq_reader_view_get_web_view (reader), "document.documentElement.className",
                cmq_reader_view_get_page_class (reader));
}

/* Light, dark, and narrow (600 px wide). */
static void
save_screenshots (GtkWindow *window, const char *name)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *dark = g_strdup_printf ("%s-dark", name);
  g_autofree char *narrow = g_strdup_printf ("%s-narrow", name);
  int width, height;

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  wait_reader_scheme ();
  spin (200);
  save_screenshot (window, name);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  wait_reader_scheme ();
  spin (200);
  save_screenshot (window, dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  wait_reader_scheme ();
  gtk_window_get_default_size (window, &width, &height);
  gtk_window_set_default_size (window, 600, height);
  ui_wait_laid_out (GTK_WIDGET (window));
  spin (200);
  save_screenshot (window, narrow);
  gtk_window_set_default_size (window, width, height);
}

/* Detached highlights */

typedef struct
{
  CmqWindow *window;
  const char *gone_id;
  guint n_releases; /* how many the list shows then; 0: the five seeds */
} Replaced;

/* The list shows the five releases (or n_releases), none of them with the old id any more. */
static gboolean
replaced_cb (gpointer data)
{
  Replaced *replaced = data;
  GListModel *model = G_LIST_MODEL (cmq_window_get_selection (replaced->window));
  guint n = g_list_model_get_n_items (model);

  if (n != (replaced->n_releases > 0 ? replaced->n_releases : 5) ||
      cmq_window_is_searching (replaced->window))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (CmqRelease) release = g_list_model_get_item (model, i);

      if (g_str_equal (cmq_release_get_id (release), replaced->gone_id))
        return FALSE;
    }
  return TRUE;
}

static gboolean
notes_window_shown_cb (gpointer data)
{
  GtkWindow *window = ui_find_toplevel (CMQ_TYPE_NOTES_WINDOW);

  return window != NULL && gtk_widget_get_mapped (GTK_WIDGET (window));
}

typedef struct
{
  CmqNotesWindow *dialog;
  guint n;
} Detached;

static gboolean
n_detached_cb (gpointer data)
{
  Detached *detached = data;

  return cmq_notes_window_get_n_detached (detached->dialog) == detached->n;
}

static void
wait_n_detached (CmqNotesWindow *dialog, guint n)
{
  Detached detached = { dialog, n };

  ui_wait_until (n_detached_cb, &detached);
}

static gboolean
mapped_cb (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

/* The button @name of the first detached highlight, its row expanded to show it. */
static GtkWidget *
detached_button (CmqNotesWindow *dialog, const char *name)
{
  GtkButton *button = cmq_notes_window_get_detached_button (dialog, 0, name);
  GtkWidget *row;

  g_assert_nonnull (button);
  row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_EXPANDER_ROW);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  ui_wait_until (mapped_cb, button);
  return GTK_WIDGET (button);
}

static const char highlighted_script[] =
    "Array.from (document.querySelectorAll ('span.highlight')).map (s => s.textContent).join ('|')";

/* A window on a copy of the seeds (whose files the test changes), with @store. */
static CmqWindow *
open_copied_seeds (const char *name, CmqStore *store)
{
  g_autofree char *folder = g_build_filename (home, name, NULL);
  g_autofree char *db_name = g_strconcat (name, ".sqlite", NULL);
  g_autofree char *db = g_build_filename (home, db_name, NULL);
  const char *const folders[] = { folder, NULL };
  CmqWindow *window;
  Replaced listed;

  copy_seeds_to (folder);
  window = new_window (folder, db, store);
  cmq_index_set_folders (cmq_window_get_index (window), folders);
  ui_show_window (window);
  cmq_context_update (cmq_window_get_context (window));
  listed = (Replaced){ window, "" };
  ui_wait_until (replaced_cb, &listed);
  return window;
}

/* The row of @release counts its three highlights; the Highlights filter shows it alone. */
static void
check_highlights_filter (CmqWindow *window, CmqRelease *release)
{
  CmqListFilter *list_filter = cmq_window_get_list_filter (window);
  /* In the language of the run: the French screenshots are made by this test too. */
  g_autofree char *three =
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u highlight", "%u highlights", 3), 3);
  g_autofree char *status = g_strdup_printf (
      g_dngettext (GETTEXT_PACKAGE, "%s release with highlights", "%s releases with highlights", 1),
      "1");

  g_assert_cmpstr (
      cmq_release_row_get_highlights_text (CMQ_RELEASE_ROW (row_for (window, release))), ==, three);
  g_assert_null (cmq_release_row_get_highlights_text (
      CMQ_RELEASE_ROW (row_for (window, release_at (window, 1)))));
  g_assert_cmpstr (count_text (window, CMQ_LIST_FILTER_HIGHLIGHTS), ==, "1");
  cmq_list_filter_set_mode (list_filter, CMQ_LIST_FILTER_HIGHLIGHTS);
  spin (50);
  g_assert_cmpuint (ui_n_rows (window), ==, 1);
  g_assert_cmpstr (cmq_fixed_label_get_label (cmq_window_get_status_label (window)), ==, status);
  save_screenshots (GTK_WINDOW (window), "highlights-filter");
  cmq_list_filter_set_mode (list_filter, CMQ_LIST_FILTER_ALL);
  spin (50);
}

/* @release's file is replaced by two edited copies (a sentence added at the end of each): once
 * indexed again, the release is gone and two new ones hold its passages equally well, so they
 * cannot follow it by themselves (an edited file in place is followed: test-context-follow.c)
 * and are listed as detached; the reader shows one of the new versions. */
static CmqRelease *
change_release_file (CmqWindow *window, CmqRelease *release)
{
  WebKitWebView *web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  const char *file = cmq_release_get_file (release);
  g_autofree char *contents = NULL;
  g_autofree char *shown = NULL;
  Replaced replaced = { window, cmq_release_get_id (release), 6 };
  CmqRelease *new_version;

  g_assert_true (g_file_get_contents (file, &contents, NULL, NULL));
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *copy = g_strdup_printf ("%.*s-%u.txt", (int) strlen (file) - 4, file, i);
      g_autofree char *changed = g_strdup_printf (
          "%s\n\nThe Secretary General thanked the host nation for its careful preparations "
          "and its warm hospitality (%s).\n",
          contents, i == 0 ? "first copy" : "second copy");

      g_assert_true (g_file_set_contents (copy, changed, -1, NULL));
    }
  g_assert_cmpint (g_unlink (file), ==, 0);
  cmq_context_update (cmq_window_get_context (window));
  ui_wait_until (replaced_cb, &replaced);
  ui_select_and_wait (window, 0);
  new_version = cmq_reader_view_get_release (cmq_window_get_reader_view (window));
  g_assert_cmpstr (cmq_release_get_id (new_version), !=, cmq_release_get_id (release));
  /* None of the old passages is shown on its own. */
  shown = ui_page_eval (web_view, highlighted_script);
  g_assert_cmpstr (shown, ==, "");
  return new_version;
}

/* A change of the store that leaves the detached passages as they were (a star) keeps their rows
 * and buttons: rows made again would close the open one and drop a click on them. */
static void
check_rows_kept (CmqNotesWindow *dialog, CmqStore *store, CmqRelease *starred)
{
  GtkButton *button = cmq_notes_window_get_detached_button (dialog, 0, "delete");
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_EXPANDER_ROW);

  for (guint i = 0; i < 2; i++)
    {
      cmq_store_set_favourite (store, starred, i == 0);
      ui_wait_idle_callbacks ();
      g_assert_true (cmq_notes_window_get_detached_button (dialog, 0, "delete") == button);
      g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
    }
}

/* Your Notes lists the three detached passages of @old_id; each is re-attached or deleted. */
static void
reattach_and_delete (CmqWindow *window, CmqStore *store, const char *old_id, const char *new_id)
{
  WebKitWebView *web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  CmqNotesWindow *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-orphans", NULL);
  ui_wait_until (notes_window_shown_cb, NULL);
  dialog = CMQ_NOTES_WINDOW (ui_find_toplevel (CMQ_TYPE_NOTES_WINDOW));
  g_assert_cmpuint (cmq_notes_window_get_n_detached (dialog), ==, 3);
  detached_button (dialog, "delete");
  save_screenshots (GTK_WINDOW (dialog), "detached");
  check_rows_kept (dialog, store, release_at (window, 1));

  /* The first: to the passage found in the new version. */
  click (detached_button (dialog, "attach-to-match"));
  wait_n_detached (dialog, 2);
  g_assert_cmpuint (cmq_store_count_passages (store, new_id), ==, 1);
  g_assert_cmpuint (cmq_store_count_passages (store, old_id), ==, 2);

  /* The second: to words selected in the reader (nothing selected: it says so, and stays). */
  click (detached_button (dialog, "attach-to-selection"));
  spin (300);
  g_assert_cmpuint (cmq_notes_window_get_n_detached (dialog), ==, 2);
  g_free (ui_select_words (web_view, 4, 20));
  click (detached_button (dialog, "attach-to-selection"));
  wait_n_detached (dialog, 1);
  g_assert_cmpuint (cmq_store_count_passages (store, new_id), ==, 2);
  ui_wait_page (web_view, "document.querySelectorAll ('span.highlight').length.toString ()", "2");

  /* The third: deleted, once the question is answered so. */
  click (detached_button (dialog, "delete"));
  adw_message_dialog_response (cmq_notes_window_get_confirmation (dialog), "cancel");
  spin (100);
  g_assert_cmpuint (cmq_notes_window_get_n_detached (dialog), ==, 1);
  click (detached_button (dialog, "delete"));
  adw_message_dialog_response (cmq_notes_window_get_confirmation (dialog), "delete");
  wait_n_detached (dialog, 0);
  g_assert_cmpuint (cmq_store_count_passages (store, old_id), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Three passages of a release, its file changed (so the release has a new id): they are listed
 * in Your Notes with their words and note, and re-attached to the passage found in the new
 * version, to words selected in it, or deleted after a question. */
static void
test_detached_highlights (void)
{
  g_autoptr (CmqStore) store = new_store ("detached", NULL);
  CmqWindow *window = open_copied_seeds ("detached", store);
  g_autoptr (CmqRelease) release = NULL;
  CmqRelease *new_version;
  g_autofree char *old_id = NULL;
  g_autofree char *new_id = NULL;
  g_autofree char *a = NULL, *b = NULL, *c = NULL;

  ui_select_and_wait (window, 0);
  /* Held: once its file changes, the window lets it go. */
  release = g_object_ref (cmq_reader_view_get_release (cmq_window_get_reader_view (window)));
  old_id = g_strdup (cmq_release_get_id (release));
  a = highlight_words (store, release, 1, 4);
  b = highlight_words (store, release, 2, 3);
  c = highlight_words (store, release, 3, 3);
  g_assert_true (cmq_store_set_passage_note (store, release, c, "Not this one.\nIt goes."));
  spin (50);
  check_highlights_filter (window, release);
  new_version = change_release_file (window, release);
  new_id = g_strdup (cmq_release_get_id (new_version));
  reattach_and_delete (window, store, old_id, new_id);
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
  g_test_add_func ("/ui/detached-highlights", test_detached_highlights);

  return ui_test_run ();
}
