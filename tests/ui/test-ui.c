/* test-ui.c: the real window on the sample releases, under Xvfb: the list, the search, the
 * reading view's page text (read back through WebKit), a screenshot, and favourites and notes
 * (stars clicked in rows, notes typed, the filter and its counts, search in notes, the banners).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "cmq-index.h"
#include "cmq-notes-window.h"
#include "cmq-store-private.h"
#include "cmq-window-private.h"
#include "ui-util.h"

static CmqLibrary *library;
static CmqIndex *library_index;
static char *home;
/* The window open now: waiting lets its search finish (see spin()). */
static CmqWindow *shown_window;
/* Releases a test holds on to, for the whole run: rows make their own as the list changes. */
static GPtrArray *held_releases;

static gboolean
search_done_cb (gpointer data)
{
  return shown_window == NULL || !cmq_window_is_searching (shown_window);
}

/* Runs the main loop for @ms, then until the search of the window open now has finished (the
 * index answers in worker threads). */
static void
spin (guint ms)
{
  ui_spin (ms);
  ui_wait_until (search_done_cb, NULL);
}

static void
track_window (CmqWindow *window)
{
  if (shown_window != NULL)
    g_object_remove_weak_pointer (G_OBJECT (shown_window), (gpointer *) &shown_window);
  shown_window = window;
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &shown_window);
}

/* A window on @folder (NULL: the seeds) with the index at @db (NULL: the default one, built in
 * main()) and @store (nullable), as the application makes it. */
static CmqWindow *
new_window (const char *folder, const char *db, CmqStore *store)
{
  g_autoptr (CmqLibrary) folder_library = NULL;
  g_autoptr (CmqContext) context = NULL;
  CmqWindow *window;

  if (folder != NULL)
    {
      g_autoptr (GFile) dir = g_file_new_for_path (folder);

      folder_library = cmq_library_new ();
      cmq_library_add_directory (folder_library, dir);
    }
  context = cmq_context_new (folder_library != NULL ? folder_library : library, store, db);
  window = cmq_window_new (NULL, context);
  track_window (window);
  return window;
}

static CmqWindow *
open_window_on (const char *folder, const char *db)
{
  CmqWindow *window = new_window (folder, db, NULL);
  const char *const folders[] = { folder, NULL };

  cmq_index_set_folders (cmq_window_get_index (window), folders);
  ui_show_window (window);
  return window;
}

static CmqWindow *
open_window (void)
{
  CmqWindow *window = new_window (NULL, NULL, NULL);

  ui_show_window (window);
  return window;
}

static gboolean
same_release (CmqRelease *a, CmqRelease *b)
{
  return a != NULL && b != NULL && g_str_equal (cmq_release_get_id (a), cmq_release_get_id (b));
}

static void
type (CmqWindow *window, const char *text)
{
  gtk_editable_set_text (cmq_window_get_search_entry (window), text);
  spin (50);
}

static void
test_search (void)
{
  CmqWindow *window = open_window ();
  GtkLabel *status = cmq_window_get_status_label (window);

  g_assert_cmpuint (ui_n_rows (window), ==, 5);
  g_assert_cmpstr (gtk_label_get_label (status), ==, "5 releases");
  g_assert_cmpstr (cmq_window_get_visible_page (window), ==, "empty");

  type (window, "ukraine");
  g_assert_cmpuint (ui_n_rows (window), ==, 2);
  g_assert_cmpstr (gtk_label_get_label (status), ==, "2 of 5 match");

  type (window, "turkiye");
  g_assert_cmpuint (ui_n_rows (window), ==, 1);

  type (window, "afghanistan");
  g_assert_cmpuint (ui_n_rows (window), ==, 3);

  /* every word must match; the last one is a prefix while typing */
  type (window, "STOLTENBERG afgh");
  g_assert_cmpuint (ui_n_rows (window), ==, 3);
  type (window, "rutte ukrain");
  g_assert_cmpuint (ui_n_rows (window), ==, 1);

  type (window, "zzzz");
  g_assert_cmpuint (ui_n_rows (window), ==, 0);
  g_assert_cmpstr (cmq_window_get_visible_page (window), ==, "no-match");
  g_assert_cmpstr (adw_status_page_get_title (cmq_window_get_no_match_page (window)), ==,
                   "No releases match “zzzz”");

  type (window, "");
  g_assert_cmpuint (ui_n_rows (window), ==, 5);
  g_assert_cmpstr (cmq_window_get_visible_page (window), ==, "empty");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_reader (void)
{
  CmqWindow *window = open_window ();
  WebKitWebView *web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  g_autofree char *screenshot = g_test_build_filename (G_TEST_BUILT, "screenshot-ui.png", NULL);
  CmqRelease *release;
  CmqRelease *loaded;
  g_autofree char *h1 = NULL;
  g_autofree char *marks = NULL;
  g_autofree char *scripts = NULL;
  g_autofree char *body = NULL;
  GStatBuf st;

  ui_select_and_wait (window, 0);
  release = gtk_single_selection_get_selected_item (cmq_window_get_selection (window));
  g_assert_nonnull (release);
  g_assert_cmpstr (cmq_window_get_visible_page (window), ==, "reader");
  h1 = ui_page_eval (web_view, "document.querySelector('h1').textContent");
  g_assert_cmpstr (h1, ==, cmq_release_get_title (release));
  scripts = ui_page_eval (web_view, "document.scripts.length");
  g_assert_cmpstr (scripts, ==, "0");
  body = ui_page_eval (web_view, "document.body.innerText");
  /* The list holds releases without their text; the reader the whole one, from the index. */
  g_assert_null (cmq_release_get_paragraphs (release)[0]);
  loaded = cmq_reader_view_get_release (cmq_window_get_reader_view (window));
  g_assert_true (same_release (loaded, release));
  g_assert_nonnull (strstr (body, cmq_release_get_paragraphs (loaded)[0]));

  /* Searching re-renders the selected release with the words marked. */
  gtk_editable_set_text (cmq_window_get_search_entry (window), "afghanistan");
  spin (50);
  ui_select_and_wait (window, 0);
  marks = ui_page_eval (web_view, "document.querySelectorAll('mark').length");
  g_assert_cmpint (atoi (marks), >=, 1);

  spin (300); /* let the page paint before the screenshot */
  ui_save_screenshot (GTK_WIDGET (window), screenshot);
  g_assert_cmpint (g_stat (screenshot, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 10000);
  g_test_message ("Screenshot: %s", screenshot);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
notify_cb (GObject *object, GParamSpec *pspec, gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
}

/* Waits until the reader view's @property changes. */
static void
wait_for_notify (CmqReaderView *view, const char *property)
{
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);
  gboolean changed = FALSE;
  gulong handler = g_signal_connect (view, signal, G_CALLBACK (notify_cb), &changed);

  ui_wait_for (&changed);
  g_signal_handler_disconnect (view, handler);
}

/* Ctrl+G and Shift+Ctrl+G step through every hit on the page, wrapping around, and the header
 * says where the reader is. */
static void
test_hits (void)
{
  CmqWindow *window = open_window ();
  CmqReaderView *view = cmq_window_get_reader_view (window);
  WebKitWebView *web_view = cmq_reader_view_get_web_view (view);
  CmqHitBar *bar = cmq_window_get_hit_bar (window);
  g_autofree char *marks = NULL;
  g_autofree char *current = NULL;
  g_autofree char *expected = NULL;
  guint n;

  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (window));
  GtkWidget *entry = GTK_WIDGET (cmq_window_get_search_entry (window));

  /* The window opens ready for typing a search, spaces included. */
  g_assert_nonnull (focus);
  g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));
  type (window, "nato");
  ui_select_and_wait (window, 0);
  if (cmq_reader_view_get_n_hits (view) == 0)
    wait_for_notify (view, "n-hits");
  marks = ui_page_eval (web_view, "document.querySelectorAll('mark').length");
  n = cmq_reader_view_get_n_hits (view);
  g_assert_cmpuint (n, ==, (guint) atoi (marks));
  g_assert_cmpuint (n, >, 2);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (bar)));
  expected = g_strdup_printf ("%u matches", n);
  g_assert_cmpstr (cmq_hit_bar_get_text (bar), ==, expected);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-hit", NULL));
  wait_for_notify (view, "current-hit");
  g_assert_cmpuint (cmq_reader_view_get_current_hit (view), ==, 1);
  g_free (expected);
  expected = g_strdup_printf ("1 of %u", n);
  g_assert_cmpstr (cmq_hit_bar_get_text (bar), ==, expected);
  current = ui_page_eval (web_view, "Array.from(document.querySelectorAll('mark'))"
                                    ".findIndex(m => m.classList.contains('current'))");
  g_assert_cmpstr (current, ==, "0");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-hit", NULL));
  wait_for_notify (view, "current-hit");
  g_assert_cmpuint (cmq_reader_view_get_current_hit (view), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-hit", NULL));
  wait_for_notify (view, "current-hit");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-hit", NULL));
  wait_for_notify (view, "current-hit");
  g_assert_cmpuint (cmq_reader_view_get_current_hit (view), ==, n); /* wrapped around */
  g_free (current);
  current = ui_page_eval (web_view, "document.querySelectorAll('mark.current').length");
  g_assert_cmpstr (current, ==, "1");

  /* No search, no hits: the bar goes away. */
  type (window, "");
  ui_select_and_wait (window, 0);
  g_assert_cmpuint (cmq_reader_view_get_n_hits (view), ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_state (void)
{
  CmqWindow *window = open_window ();
  int width = 0;
  int height = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 600);
  spin (100);
  gtk_window_close (GTK_WINDOW (window));
  spin (100);

  window = open_window ();
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 600);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A store in a fresh folder of its own, loaded. */
static CmqStore *
new_store (const char *name, const char *contents)
{
  g_autofree char *dir = g_build_filename (home, "stores", name, NULL);
  g_autofree char *path = g_build_filename (dir, "library.ini", NULL);
  g_autoptr (GError) error = NULL;
  CmqStore *store;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  if (contents != NULL)
    {
      g_file_set_contents (path, contents, -1, &error);
      g_assert_no_error (error);
    }
  store = cmq_store_new (path);
  cmq_store_load (store, &error);
  g_assert_no_error (error);
  return store;
}

static CmqWindow *
open_window_with_store (CmqStore *store)
{
  CmqWindow *window = new_window (NULL, NULL, store);

  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  spin (100);
  return window;
}

static void
collect_rows (GtkWidget *widget, GPtrArray *rows)
{
  if (CMQ_IS_RELEASE_ROW (widget))
    {
      g_ptr_array_add (rows, widget);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

/* The row widget that shows @release, as laid out in the list now. */
static GtkWidget *
row_for (CmqWindow *window, CmqRelease *release)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();

  collect_rows (GTK_WIDGET (window), rows);
  for (guint i = 0; i < rows->len; i++)
    {
      CmqReleaseRow *row = g_ptr_array_index (rows, i);

      if (gtk_widget_get_mapped (GTK_WIDGET (row)) &&
          same_release (cmq_release_row_get_release (row), release))
        return GTK_WIDGET (row);
    }
  g_assert_not_reached ();
}

static GtkWidget *
find_descendant (GtkWidget *widget, GType type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
star_of (GtkWidget *row)
{
  GtkWidget *star = find_descendant (row, GTK_TYPE_TOGGLE_BUTTON);

  g_assert_nonnull (star);
  return star;
}

static CmqRelease *
release_at (CmqWindow *window, guint position)
{
  CmqRelease *release =
      g_list_model_get_item (G_LIST_MODEL (cmq_window_get_selection (window)), position);

  g_assert_nonnull (release);
  g_ptr_array_add (held_releases, release);
  return release;
}

static const char *
count_text (CmqWindow *window, CmqListFilterMode mode)
{
  return cmq_list_filter_get_count_text (cmq_window_get_list_filter (window), mode);
}

static void
clicked_cb (GtkButton *button, gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
}

/* Activates a button as a click or Space does (GTK presses it for a moment, then emits
 * "clicked"), and waits until it has been clicked. */
static void
click (GtkWidget *button)
{
  gboolean clicked = FALSE;
  g_autoptr (GtkWidget) held = g_object_ref (button); /* the click may take its row away */
  gulong handler = g_signal_connect (button, "clicked", G_CALLBACK (clicked_cb), &clicked);

  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_true (gtk_widget_activate (button));
  ui_wait_for (&clicked);
  g_signal_handler_disconnect (button, handler);
  spin (20);
}

static void
type_note (CmqWindow *window, const char *text)
{
  GtkTextView *view = cmq_note_editor_get_text_view (cmq_window_get_note_editor (window));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);

  gtk_widget_grab_focus (GTK_WIDGET (view));
  /* As typing does: one interactive insertion per character, at the cursor. */
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    gtk_text_buffer_insert_interactive_at_cursor (buffer, p, g_utf8_next_char (p) - p, TRUE);
  spin (20);
}

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
  spin (200);
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
  spin (200);
  paned = GTK_PANED (gtk_widget_get_parent (editor));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (paned)) - gtk_paned_get_position (paned), ==,
                   260);
  g_assert_cmpint (ABS (gtk_widget_get_height (editor) - 260), <=, 2);
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "note-height");
}

static void
test_store_banners (void)
{
  g_autoptr (CmqStore) store = new_store ("corrupt", "this is [not a key file\n\x01\x02");
  g_autoptr (CmqStore) good = new_store ("failing", NULL);
  CmqWindow *window = open_window_with_store (store);
  CmqBanner *banner = cmq_window_get_store_banner (window);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

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

  /* With a good backup beside it, the store starts from it and the banner says which; the
   * button restores it (merging what changed since) and the banner goes. */
  {
    g_autofree char *dir2 = g_build_filename (home, "stores", "with-backup", NULL);
    g_autofree char *backup = g_build_filename (dir2, "library.ini.backup-20260101", NULL);
    g_autoptr (CmqStore) restored = NULL;
    CmqRelease *first;

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

  /* A save that fails says so, keeps the note, and a good save clears the message. The store's
   * own retry waits: on a slow machine (ASan) it would otherwise fail again, and change the
   * banner, while the test reads it. */
  cmq_store_set_retry_delay_for_testing (good, 60 * 1000);
  window = open_window_with_store (good);
  path = g_strdup (cmq_store_get_path (good));
  dir = g_path_get_dirname (path);
  gtk_single_selection_set_selected (cmq_window_get_selection (window), 0);
  spin (20);
  {
    g_autofree char *moved = g_strconcat (dir, ".moved", NULL);

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
  }
  gtk_window_destroy (GTK_WINDOW (window));
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
static void
test_snippets (void)
{
  CmqWindow *window = open_window ();
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();
  guint with_snippet = 0;
  g_autofree char *screenshot =
      g_test_build_filename (G_TEST_BUILT, "screenshot-snippets.png", NULL);

  type (window, "afghanistan");
  spin (100); /* rows bound by the next frame */
  collect_rows (GTK_WIDGET (window), rows);
  for (guint i = 0; i < rows->len; i++)
    {
      CmqReleaseRow *row = g_ptr_array_index (rows, i);
      const char *snippet = cmq_release_row_get_snippet (row);

      if (!gtk_widget_get_mapped (GTK_WIDGET (row)) || cmq_release_row_get_release (row) == NULL)
        continue;
      g_assert_nonnull (snippet);
      g_assert_nonnull (strstr (snippet, "<b>Afghanistan</b>"));
      g_assert_null (strchr (snippet, '\n'));
      with_snippet++;
    }
  g_assert_cmpuint (with_snippet, ==, 3);
  ui_save_screenshot (GTK_WIDGET (window), screenshot);
  g_test_message ("Screenshot: %s", screenshot);

  /* A prefix while typing: the whole word is emphasised. */
  type (window, "afgh");
  spin (100);
  g_ptr_array_set_size (rows, 0);
  collect_rows (GTK_WIDGET (window), rows);
  for (guint i = 0; i < rows->len; i++)
    {
      CmqReleaseRow *row = g_ptr_array_index (rows, i);

      if (gtk_widget_get_mapped (GTK_WIDGET (row)) && cmq_release_row_get_release (row) != NULL)
        g_assert_nonnull (strstr (cmq_release_row_get_snippet (row), "<b>Afghanistan</b>"));
    }

  /* No search, no snippets. */
  type (window, "");
  spin (100);
  g_ptr_array_set_size (rows, 0);
  collect_rows (GTK_WIDGET (window), rows);
  g_assert_cmpuint (rows->len, >=, 5);
  for (guint i = 0; i < rows->len; i++)
    g_assert_null (cmq_release_row_get_snippet (g_ptr_array_index (rows, i)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Best match or newest first: the dropdown orders the list, and is remembered. */
static void
test_sort (void)
{
  g_autoptr (GSettings) settings = g_settings_new (SCHEMA_ID);
  CmqWindow *window = open_window ();
  GtkDropDown *dropdown = cmq_window_get_sort_dropdown (window);
  CmqHitList *list = cmq_window_get_hit_list (window);
  gboolean differs = FALSE;
  g_autoptr (GPtrArray) relevance = g_ptr_array_new_with_free_func (g_free);

  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (dropdown)), !=, NULL);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);
  type (window, "nato");
  g_assert_cmpuint (ui_n_rows (window), ==, 5);
  for (guint i = 0; i < ui_n_rows (window); i++)
    {
      CmqIndexHit *hit = cmq_hit_list_get_hit (list, i);

      g_ptr_array_add (relevance, g_strdup (hit->id));
      if (i > 0)
        g_assert_cmpfloat (cmq_hit_list_get_hit (list, i - 1)->score, >=, hit->score);
    }

  gtk_drop_down_set_selected (dropdown, 1);
  spin (20);
  {
    g_autofree char *order = g_settings_get_string (settings, "sort-order");

    g_assert_cmpstr (order, ==, "newest");
  }
  g_assert_cmpuint (ui_n_rows (window), ==, 5);
  for (guint i = 0; i < ui_n_rows (window); i++)
    {
      CmqIndexHit *hit = cmq_hit_list_get_hit (list, i);

      differs |= !g_str_equal (hit->id, g_ptr_array_index (relevance, i));
      if (i > 0 && hit->date != NULL)
        g_assert_cmpstr (cmq_hit_list_get_hit (list, i - 1)->date, >=, hit->date);
    }
  /* The sample's releases are not ranked by date for "nato", so the order really changed. */
  g_assert_true (differs);
  gtk_window_destroy (GTK_WINDOW (window));

  window = open_window ();
  g_assert_cmpuint (gtk_drop_down_get_selected (cmq_window_get_sort_dropdown (window)), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "sort-order");
}

static void
label_changed_cb (GtkLabel *label, GParamSpec *pspec, GPtrArray *seen)
{
  g_ptr_array_add (seen, g_strdup (gtk_label_get_label (label)));
}

static void
updated_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (cmq_index_update_finish (CMQ_INDEX (source), result, NULL, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static void
set_true_cb (gboolean *flag)
{
  *flag = TRUE;
}

static void
cancelled_update_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;

  g_assert_false (cmq_index_update_finish (CMQ_INDEX (source), result, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  *(gboolean *) user_data = TRUE;
}

/* The generated library of /ui/indexing-progress, made again when that test did not run. */
static char *
generated_library (void)
{
  char *folder = g_build_filename (home, "generated", NULL);
  g_autofree char *generator =
      g_test_build_filename (G_TEST_DIST, "..", "build-aux", "generate-library.py", NULL);
  const char *argv[] = { "python3", generator, folder, "2000", NULL };
  g_autoptr (GError) error = NULL;
  int exit_status = 0;

  if (g_file_test (folder, G_FILE_TEST_IS_DIR))
    return folder;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                &exit_status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (exit_status, NULL));
  return folder;
}

/* An update cancelled half-way: the status line stops saying "Indexing" and counts what was
 * indexed. */
static void
test_indexing_cancelled (void)
{
  g_autofree char *folder = generated_library ();
  g_autofree char *db = g_build_filename (home, "cancelled.sqlite", NULL);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  gboolean done = FALSE;
  CmqWindow *window;
  CmqIndex *index;
  GtkLabel *status;

  window = open_window_on (folder, db);
  index = cmq_window_get_index (window);
  status = cmq_window_get_status_label (window);
  cmq_index_update_async (index, cancellable, cancelled_update_cb, &done);
  while (!g_str_has_prefix (gtk_label_get_label (status), "Indexing "))
    g_main_context_iteration (NULL, TRUE);
  g_cancellable_cancel (cancellable);
  ui_wait_for (&done);
  spin (100);
  while (cmq_window_is_searching (window))
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (g_str_has_prefix (gtk_label_get_label (status), "Indexing"));
  g_assert_true (g_str_has_suffix (gtk_label_get_label (status), " releases"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Indexing a larger library: the status line counts the releases indexed so far, in the
 * user's locale, and the window can be searched meanwhile. */
static void
test_indexing_progress (void)
{
  g_autofree char *folder = generated_library ();
  g_autofree char *db = g_build_filename (home, "generated.sqlite", NULL);
  g_autoptr (GError) error = NULL;
  CmqIndex *index = NULL;
  g_autoptr (GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *total = NULL;
  g_autofree char *expected_end = NULL;
  g_autofree char *screenshot =
      g_test_build_filename (G_TEST_BUILT, "screenshot-indexing.png", NULL);
  char *old_locale = g_strdup (setlocale (LC_NUMERIC, NULL));
  gboolean grouped = setlocale (LC_NUMERIC, "fr_FR.UTF-8") != NULL;
  gboolean done = FALSE;
  gboolean progress_seen = FALSE;
  gboolean screenshot_taken = FALSE;
  guint searched_meanwhile = 0;
  CmqWindow *window;
  GtkLabel *status;

  window = open_window_on (folder, db);
  index = cmq_window_get_index (window);
  status = cmq_window_get_status_label (window);
  g_assert_cmpstr (gtk_label_get_label (status), ==, "0 releases");
  g_signal_connect (status, "notify::label", G_CALLBACK (label_changed_cb), seen);

  total = g_strdup_printf ("%'u", 2000);
  /* With the French locale's grouping (when the machine has it): "2 000", not "2000". */
  g_assert_true (!grouped || !g_str_equal (total, "2000"));
  cmq_index_update_async (index, NULL, updated_cb, &done);
  gtk_editable_set_text (cmq_window_get_search_entry (window), "nato");
  while (!done)
    {
      const char *label;

      g_main_context_iteration (NULL, TRUE);
      /* Read after the iteration: a label read before it may be freed by it. */
      label = gtk_label_get_label (status);
      if (g_str_has_prefix (label, "Indexing "))
        {
          g_autofree char *suffix = g_strdup_printf (" of %s releases", total);

          g_assert_true (g_str_has_suffix (label, suffix));
          progress_seen = TRUE;
          searched_meanwhile = MAX (searched_meanwhile, ui_n_rows (window));
          if (!screenshot_taken && searched_meanwhile > 0)
            {
              ui_save_screenshot (GTK_WIDGET (window), screenshot);
              g_test_message ("Screenshot: %s", screenshot);
              screenshot_taken = TRUE;
            }
        }
    }
  spin (20);
  g_assert_true (progress_seen);
  /* The search typed while indexing found releases before the update was over. */
  g_assert_cmpuint (searched_meanwhile, >, 0);

  /* More than a page: the list has the first rows, the status line counts them all. */
  g_assert_cmpuint (cmq_hit_list_get_n_hits (cmq_window_get_hit_list (window)), >,
                    ui_n_rows (window));
  expected_end = g_strdup_printf (
      "%'u of %s match", cmq_hit_list_get_n_hits (cmq_window_get_hit_list (window)), total);
  g_assert_cmpstr (gtk_label_get_label (status), ==, expected_end);
  /* Scrolling to the end of the list brings the next page. */
  {
    GtkWidget *scrolled = gtk_widget_get_ancestor (
        find_descendant (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW), GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment =
        gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
    guint before = ui_n_rows (window);

    for (guint tries = 0; ui_n_rows (window) == before && tries < 50; tries++)
      {
        gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
        spin (50);
      }
    g_assert_cmpuint (ui_n_rows (window), >, before);
  }
  {
    /* While the next search runs, its first rows come before its counts: the status line and
     * the filter say so rather than showing the counts of "nato". */
    g_autofree char *old_status = g_strdup (gtk_label_get_label (status));
    g_autofree char *old_count = g_strdup (count_text (window, CMQ_LIST_FILTER_ALL));
    gboolean list_changed = FALSE;
    gboolean partial_seen = FALSE;
    gulong handler = g_signal_connect_swapped (cmq_window_get_hit_list (window), "items-changed",
                                               G_CALLBACK (set_true_cb), &list_changed);

    gtk_editable_set_text (cmq_window_get_search_entry (window), "summit");
    while (cmq_window_is_searching (window))
      {
        g_main_context_iteration (NULL, TRUE);
        if (list_changed && cmq_window_is_searching (window))
          {
            partial_seen = TRUE;
            g_assert_cmpstr (gtk_label_get_label (status), !=, old_status);
            g_assert_cmpstr (count_text (window, CMQ_LIST_FILTER_ALL), !=, old_count);
          }
      }
    g_signal_handler_disconnect (cmq_window_get_hit_list (window), handler);
    /* More than a screenful matches, so the first rows came before the rest. */
    g_assert_cmpuint (cmq_hit_list_get_n_hits (cmq_window_get_hit_list (window)), >, 60);
    g_assert_true (partial_seen);
    g_assert_true (g_str_has_suffix (gtk_label_get_label (status), " match"));
    g_assert_cmpstr (count_text (window, CMQ_LIST_FILTER_ALL), !=, "…");
  }
  type (window, "");
  {
    g_autofree char *all = g_strdup_printf ("%s releases", total);

    g_assert_cmpstr (gtk_label_get_label (status), ==, all);
  }
  for (guint i = 0; i < seen->len; i++)
    g_test_message ("status: %s", (char *) g_ptr_array_index (seen, i));

  g_signal_handlers_disconnect_by_data (status, seen);
  gtk_window_destroy (GTK_WINDOW (window));
  setlocale (LC_NUMERIC, old_locale);
  g_free (old_locale);
}

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
  g_autofree char *seeds = NULL;
  int status;

  home = ui_isolate_home ();

  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  seeds = g_test_build_filename (G_TEST_DIST, "fixtures", "seeds", NULL);
  {
    const char *const folders[] = { seeds, NULL };
    g_autoptr (GError) error = NULL;

    /* XDG_CACHE_HOME is new: the index is built from nothing, as on a first start. */
    g_autoptr (GFile) dir = g_file_new_for_path (seeds);

    /* Only watched, as the application does: the list is the index's. */
    library = cmq_library_new ();
    cmq_library_add_directory (library, dir);
    cmq_library_watch (library);
    library_index = cmq_index_new (NULL);
    cmq_index_set_folders (library_index, folders);
    cmq_index_update (library_index, NULL, NULL, &error);
    g_assert_no_error (error);
  }
  held_releases = g_ptr_array_new_with_free_func (g_object_unref);

  g_test_add_func ("/ui/search", test_search);
  g_test_add_func ("/ui/reader", test_reader);
  g_test_add_func ("/ui/hits", test_hits);
  g_test_add_func ("/ui/window-state", test_window_state);
  g_test_add_func ("/ui/favourites", test_favourites);
  g_test_add_func ("/ui/notes", test_notes);
  g_test_add_func ("/ui/note-height", test_note_height);
  g_test_add_func ("/ui/store-banners", test_store_banners);
  g_test_add_func ("/ui/export-import", test_export_import);
  g_test_add_func ("/ui/orphans", test_orphans);
  g_test_add_func ("/ui/snippets", test_snippets);
  g_test_add_func ("/ui/sort", test_sort);
  g_test_add_func ("/ui/indexing-progress", test_indexing_progress);
  g_test_add_func ("/ui/indexing-cancelled", test_indexing_cancelled);
  g_test_add_func ("/ui/note-search", test_note_search);

  status = g_test_run ();
  g_clear_pointer (&held_releases, g_ptr_array_unref);
  g_clear_object (&library_index);
  g_clear_object (&library);
  g_free (home);
  return status;
}
