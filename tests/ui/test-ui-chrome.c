/* test-ui-chrome.c: the real window under Xvfb, around the reading: releases that appear and
 * disappear as files come and go in the library folder, importing through the window with its
 * report, and preferences that change the page at once.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "cmq-import-report.h"
#include "cmq-library.h"
#include "cmq-preferences-window.h"
#include "test-watchdog.h"
#include "ui-util.h"

static char *home;

static char *
seed_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "seeds", name, NULL);
}

static void
copy_seed (const char *name, const char *to)
{
  g_autofree char *from = seed_path (name);
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (to, contents, length, NULL));
}

/* A fresh library folder holding the first @n seeds (the window's context watches it). */
static CmqLibrary *
make_library (const char *name, guint n, char **dir_out)
{
  static const char *const seeds[] = { "000_11bd6166c1d2e564.txt", "001_5f2881911b002c03.txt",
                                       "002_1cb5d52dedd5ff57.txt", "003_d53c59dffd3a3db1.txt",
                                       "004_ae336d1ab74cb350.txt" };
  g_autofree char *dir = g_build_filename (home, name, NULL);
  g_autoptr (GFile) folder = g_file_new_for_path (dir);
  CmqLibrary *library = cmq_library_new ();

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *to = g_build_filename (dir, seeds[i], NULL);

      copy_seed (seeds[i], to);
    }
  cmq_library_add_directory (library, folder);
  cmq_library_set_import_directory (library, folder);
  *dir_out = g_steal_pointer (&dir);
  return library;
}

typedef struct
{
  CmqWindow *window;
  guint rows;
} RowCount;

static gboolean
has_rows_cb (gpointer data)
{
  RowCount *count = data;

  return ui_n_rows (count->window) == count->rows;
}

static void
wait_rows (CmqWindow *window, guint rows)
{
  RowCount count = { window, rows };

  ui_wait_until (has_rows_cb, &count);
}

typedef struct
{
  CmqWindow *window;
  const char *path;
} WholeFile;

/* The window's index has the whole story of the file at @path, as its reader would show. */
static gboolean
has_whole_story_cb (gpointer data)
{
  WholeFile *whole = data;
  CmqHitList *list = cmq_window_get_hit_list (whole->window);

  for (guint i = 0; i < cmq_hit_list_get_n_hits (list); i++)
    {
      CmqIndexHit *hit = cmq_hit_list_get_hit (list, i);
      g_autoptr (CmqRelease) release = NULL;

      if (hit == NULL || g_strcmp0 (hit->file, whole->path) != 0)
        continue;
      release = cmq_index_load_release (cmq_window_get_index (whole->window), hit->id, NULL);
      return release != NULL && g_strv_length ((char **) cmq_release_get_paragraphs (release)) > 2;
    }
  return FALSE;
}

static void
test_watch_folder (void)
{
  g_autofree char *dir = NULL;
  g_autoptr (CmqLibrary) library = make_library ("watched", 2, &dir);
  CmqWindow *window = ui_open_window (library);
  CmqFixedLabel *status = cmq_window_get_status_label (window);
  g_autofree char *atomic = g_build_filename (dir, "written-by-editor.txt", NULL);
  g_autofree char *plain = g_build_filename (dir, "written-by-cp.txt", NULL);
  g_autofree char *other = g_build_filename (dir, "notes.md", NULL);
  g_autofree char *from = seed_path ("003_d53c59dffd3a3db1.txt");
  g_autofree char *contents = NULL;
  gsize length = 0;
  FILE *out;

  g_assert_cmpuint (ui_n_rows (window), ==, 2);
  g_assert_cmpstr (cmq_fixed_label_get_label (status), ==, "2 releases");

  /* Written the way editors do (a temporary file renamed over the name)… */
  copy_seed ("002_1cb5d52dedd5ff57.txt", atomic);
  wait_rows (window, 3);
  g_assert_cmpstr (cmq_fixed_label_get_label (status), ==, "3 releases");

  /* …or in pieces, as cp does: the release shows once the file is complete. */
  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  out = fopen (plain, "w");
  g_assert_nonnull (out);
  g_assert_cmpuint (fwrite (contents, 1, length / 2, out), ==, length / 2);
  fflush (out);
  ui_spin (200);
  g_assert_cmpuint (fwrite (contents + length / 2, 1, length - length / 2, out), ==,
                    length - length / 2);
  fclose (out);
  wait_rows (window, 4);
  {
    WholeFile whole = { window, plain };

    /* the whole story, not half of it: GLib may report a file still being written after two
     * seconds without news, and the rest then replaces it */
    ui_wait_until (has_whole_story_cb, &whole);
  }

  /* Newest first, still. */
  for (guint i = 0; i + 1 < ui_n_rows (window); i++)
    {
      g_autoptr (CmqRelease) a =
          g_list_model_get_item (G_LIST_MODEL (cmq_window_get_selection (window)), i);
      g_autoptr (CmqRelease) b =
          g_list_model_get_item (G_LIST_MODEL (cmq_window_get_selection (window)), i + 1);

      g_assert_cmpint (cmq_release_compare_newest_first (a, b, NULL), <=, 0);
    }

  /* Other kinds of files do not count. */
  g_assert_true (g_file_set_contents (other, "# notes\n", -1, NULL));
  ui_spin (300);
  g_assert_cmpuint (ui_n_rows (window), ==, 4);

  /* Deleted by another program: the row goes. */
  g_assert_cmpint (g_unlink (atomic), ==, 0);
  wait_rows (window, 3);
  g_assert_cmpint (g_unlink (plain), ==, 0);
  wait_rows (window, 2);
  g_assert_cmpstr (cmq_fixed_label_get_label (status), ==, "2 releases");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* What the Show Sample Releases switch does to the library: a folder leaves and comes back. */
static void
test_remove_directory (void)
{
  g_autofree char *dir = NULL;
  g_autoptr (CmqLibrary) library = make_library ("toggled", 3, &dir);
  g_autoptr (GFile) folder = g_file_new_for_path (dir);
  g_autofree char *samples = g_test_build_filename (G_TEST_DIST, "fixtures", "seeds", NULL);
  g_autoptr (GFile) seeds = g_file_new_for_path (samples);
  CmqWindow *window = ui_open_window (library);

  g_assert_cmpuint (ui_n_rows (window), ==, 3);
  g_assert_cmpstr (cmq_window_get_visible_page (window), ==, "empty");
  /* The seeds hold the same three releases and two more: each release shows once, once the
   * index has caught up with the folders. */
  cmq_library_add_directory (library, seeds);
  wait_rows (window, 5);
  cmq_library_remove_directory (library, seeds);
  wait_rows (window, 3);
  cmq_library_remove_directory (library, folder);
  wait_rows (window, 0);
  g_assert_cmpstr (cmq_fixed_label_get_label (cmq_window_get_status_label (window)), ==,
                   "0 releases");
  g_assert_cmpstr (cmq_window_get_visible_page (window), ==, "no-releases");
  cmq_library_add_directory (library, folder);
  wait_rows (window, 3);
  g_assert_cmpstr (cmq_window_get_visible_page (window), ==, "empty");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
report_shown_cb (gpointer data)
{
  return ui_find_toplevel (CMQ_TYPE_IMPORT_REPORT) != NULL;
}

static gboolean
selected_cb (gpointer data)
{
  return gtk_single_selection_get_selected_item (cmq_window_get_selection (data)) != NULL &&
         !cmq_window_is_searching (data);
}

static void
test_import (void)
{
  g_autofree char *dir = NULL;
  g_autoptr (CmqLibrary) library = make_library ("import-into", 1, &dir);
  g_autofree char *source_dir = g_build_filename (home, "to-import", "nested", NULL);
  g_autofree char *new_release = g_build_filename (source_dir, "new.txt", NULL);
  g_autofree char *known = g_build_filename (source_dir, "..", "known.txt", NULL);
  g_autofree char *binary = g_build_filename (source_dir, "photo.txt", NULL);
  g_autofree char *top = g_build_filename (home, "to-import", NULL);
  g_autofree char *copied = g_build_filename (dir, "new.txt", NULL);
  g_autofree char *screenshot = g_test_build_filename (G_TEST_BUILT, "screenshot-import.png", NULL);
  g_autoptr (GFile) folder = g_file_new_for_path (top);
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
  GFile *sources[] = { folder };
  CmqWindow *window = ui_open_window (library);
  CmqImportReport *report;
  GtkListBoxRow *row;
  CmqRelease *selected;

  g_assert_cmpint (g_mkdir_with_parents (source_dir, 0700), ==, 0);
  copy_seed ("004_ae336d1ab74cb350.txt", new_release);
  copy_seed ("000_11bd6166c1d2e564.txt", known); /* already in the library */
  g_assert_true (g_file_set_contents (binary, png, sizeof png, NULL));
  gtk_editable_set_text (cmq_window_get_search_entry (window), "zzzz");

  cmq_window_import_files (window, sources, 1);
  ui_wait_until (report_shown_cb, NULL);
  report = CMQ_IMPORT_REPORT (ui_find_toplevel (CMQ_TYPE_IMPORT_REPORT));

  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (report)), ==,
                   "1 Release Imported");
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (report)), ==,
                   "1 already in the library\n1 skipped");
  row = gtk_list_box_get_row_at_index (cmq_import_report_get_skipped_list (report), 0);
  g_assert_nonnull (row);
  g_assert_null (gtk_list_box_get_row_at_index (cmq_import_report_get_skipped_list (report), 1));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "photo.txt");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "The file is not text (it looks like binary data)");

  /* Copied into the library folder, in the list as soon as the index has it, and shown: the
   * search that would have hidden it is cleared. */
  g_assert_true (g_file_test (copied, G_FILE_TEST_IS_REGULAR));
  ui_wait_until (selected_cb, window);
  g_assert_cmpuint (ui_n_rows (window), ==, 2);
  selected = gtk_single_selection_get_selected_item (cmq_window_get_selection (window));
  g_assert_nonnull (selected);
  g_assert_cmpstr (cmq_release_get_file (selected), ==, copied);
  g_assert_cmpstr (cmq_window_get_visible_page (window), ==, "reader");

  ui_save_screenshot (GTK_WIDGET (report), screenshot);
  g_test_message ("Screenshot: %s", screenshot);

  /* The folder monitor then sees the same copy: it stays one row. */
  ui_spin (500);
  g_assert_cmpuint (ui_n_rows (window), ==, 2);

  gtk_window_destroy (GTK_WINDOW (report));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every icon-only button says what it does: a tooltip (the accessible name is set with it in the
 * templates; GTK 4.8 cannot read that back). */
static guint
check_icon_buttons (GtkWidget *widget)
{
  const char *icon = NULL;
  guint checked = 0;

  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) == NULL)
    icon = gtk_button_get_icon_name (GTK_BUTTON (widget));
  else if (GTK_IS_MENU_BUTTON (widget) &&
           gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)) == NULL)
    icon = gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget));
  if (icon != NULL)
    {
      g_test_message ("%s %s: %s", G_OBJECT_TYPE_NAME (widget), icon,
                      gtk_widget_get_tooltip_text (widget));
      g_assert_nonnull (gtk_widget_get_tooltip_text (widget));
      checked++;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    checked += check_icon_buttons (child);
  return checked;
}

static void
test_icon_buttons (void)
{
  g_autofree char *dir = NULL;
  g_autoptr (CmqLibrary) library = make_library ("icons", 2, &dir);
  CmqWindow *window = ui_open_window (library);

  /* The main menu's button at least, and the search hit bar's two. */
  g_assert_cmpuint (check_icon_buttons (GTK_WIDGET (window)), >=, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every window action with a key has one of its keys in the shortcuts window (other keys for the
 * same action, such as Ctrl+= for Ctrl++, need not be listed), and none is a key GTK's
 * inspector takes (Shift+Ctrl+I, Shift+Ctrl+D). */
static void
test_shortcuts_listed (void)
{
  g_autofree char *dir = NULL;
  g_autoptr (CmqLibrary) library = make_library ("shortcuts", 1, &dir);
  CmqWindow *window = ui_open_window (library);
  g_autoptr (GtkBuilder) builder =
      gtk_builder_new_from_resource (RESOURCE_BASE "/gtk/help-overlay.ui");
  g_autoptr (GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) actions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) bound = ui_widget_keys (GTK_WIDGET (window));
  GSList *objects = gtk_builder_get_objects (builder);
  GHashTableIter iter;
  gpointer key, action;

  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *accelerator = NULL;
      g_auto (GStrv) keys = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "accelerator", &accelerator, NULL);
      keys = g_strsplit (accelerator != NULL ? accelerator : "", " ", -1);
      for (guint i = 0; keys[i] != NULL; i++)
        {
          guint keyval = 0;
          GdkModifierType modifiers = 0;

          if (!gtk_accelerator_parse (keys[i], &keyval, &modifiers))
            continue;
          g_hash_table_add (listed, ui_key_name (keyval, modifiers));
          /* None of GTK's own debugging keys (the inspector's), which would never reach us. */
          g_assert_false (gdk_keyval_to_lower (keyval) == GDK_KEY_i &&
                          modifiers == (GDK_CONTROL_MASK | GDK_SHIFT_MASK));
          g_assert_false (gdk_keyval_to_lower (keyval) == GDK_KEY_d &&
                          modifiers == (GDK_CONTROL_MASK | GDK_SHIFT_MASK));
        }
    }
  g_slist_free (objects);

  /* action name → TRUE once one of its keys is listed */
  g_hash_table_iter_init (&iter, bound);
  while (g_hash_table_iter_next (&iter, &key, &action))
    {
      if (!g_hash_table_contains (actions, action))
        g_hash_table_insert (actions, g_strdup (action), GINT_TO_POINTER (FALSE));
      if (g_hash_table_contains (listed, key))
        g_hash_table_insert (actions, g_strdup (action), GINT_TO_POINTER (TRUE));
    }

  g_assert_true (g_hash_table_contains (actions, "win.import"));
  g_assert_true (g_hash_table_contains (actions, "win.zoom-in"));
  g_hash_table_iter_init (&iter, actions);
  while (g_hash_table_iter_next (&iter, &action, NULL))
    {
      g_test_message ("%s: %s", (char *) action,
                      g_hash_table_lookup (actions, action) ? "listed" : "NOT LISTED");
      g_assert_true (GPOINTER_TO_INT (g_hash_table_lookup (actions, action)));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_drop_target (GtkEventController *controller)
{
  return GTK_IS_DROP_TARGET (controller) || GTK_IS_DROP_TARGET_ASYNC (controller);
}

/* A file name that is not UTF-8 (Latin-1 "é") and holds a newline: the report shows it escaped,
 * as the rest of the app does, never bytes GTK would refuse. */
static void
test_import_report_names (void)
{
  g_autofree char *source_dir = g_build_filename (home, "odd-names", NULL);
  g_autofree char *destination_dir = g_build_filename (home, "odd-names-into", NULL);
  g_autofree char *odd = g_build_filename (source_dir, "communiqu\xe9\nfinal.txt", NULL);
  g_autoptr (GFile) source = g_file_new_for_path (odd);
  g_autoptr (GFile) destination = g_file_new_for_path (destination_dir);
  g_autoptr (CmqImportJob) job = cmq_import_job_new (destination);
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
  GtkWidget *report;
  GtkListBoxRow *row;
  const char *title;
  const char *tooltip;

  g_assert_cmpint (g_mkdir_with_parents (source_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (odd, png, sizeof png, NULL));
  cmq_import_job_add_source (job, source);
  g_assert_true (cmq_import_job_run (job, NULL, NULL));

  report = cmq_import_report_new (NULL, job);
  gtk_window_present (GTK_WINDOW (report));
  row = gtk_list_box_get_row_at_index (
      cmq_import_report_get_skipped_list (CMQ_IMPORT_REPORT (report)), 0);
  g_assert_nonnull (row);
  title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
  g_assert_true (g_utf8_validate (title, -1, NULL));
  g_assert_cmpstr (title, ==, "communiqu\xef\xbf\xbd\\nfinal.txt"); /* U+FFFD, then "\n" */
  tooltip = gtk_widget_get_tooltip_text (GTK_WIDGET (row));
  g_assert_true (g_utf8_validate (tooltip, -1, NULL));
  g_assert_true (g_str_has_suffix (tooltip, "/odd-names/communiqu\xef\xbf\xbd\\nfinal.txt"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "The file is not text (it looks like binary data)");
  ui_spin (100);
  gtk_window_destroy (GTK_WINDOW (report));
}

/* Files dropped on the window are imported: the window's drop target takes a file list, and the
 * reading view (WebKit) lets drops through to it. */
static void
test_drop (void)
{
  g_autofree char *dir = NULL;
  g_autoptr (CmqLibrary) library = make_library ("drop-into", 1, &dir);
  g_autofree char *dropped = g_build_filename (home, "dropped.txt", NULL);
  g_autoptr (GFile) file = NULL;
  CmqWindow *window = ui_open_window (library);
  WebKitWebView *web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  g_autoptr (GListModel) web_controllers = gtk_widget_observe_controllers (GTK_WIDGET (web_view));
  g_autoptr (GSList) files = NULL;
  g_auto (GValue) value = G_VALUE_INIT;
  GtkDropTarget *target = NULL;
  gboolean accepted = FALSE;
  GdkDragAction action = 0;
  g_autofree char *screenshot = g_test_build_filename (G_TEST_BUILT, "screenshot-drop.png", NULL);

  for (guint i = 0; i < g_list_model_get_n_items (web_controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (web_controllers, i);

      if (is_drop_target (controller))
        g_assert_cmpint (gtk_event_controller_get_propagation_phase (controller), ==,
                         GTK_PHASE_NONE);
    }
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);
      GType type = G_TYPE_INVALID;

      if (GTK_IS_DROP_TARGET (controller) &&
          gtk_drop_target_get_gtypes (GTK_DROP_TARGET (controller), NULL) != NULL)
        type = gtk_drop_target_get_gtypes (GTK_DROP_TARGET (controller), NULL)[0];
      if (type == GDK_TYPE_FILE_LIST)
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);

  /* While files are over the window, a hint says what a drop does; it goes when they leave. */
  g_assert_false (gtk_widget_get_visible (window->drop_hint));
  g_signal_emit_by_name (target, "enter", 10.0, 10.0, &action);
  g_assert_cmpint (action, ==, GDK_ACTION_COPY);
  g_assert_true (gtk_widget_get_visible (window->drop_hint));
  ui_wait_frame (GTK_WIDGET (window));
  ui_save_screenshot (GTK_WIDGET (window), screenshot);
  g_signal_emit_by_name (target, "leave");
  g_assert_false (gtk_widget_get_visible (window->drop_hint));
  g_signal_emit_by_name (target, "enter", 10.0, 10.0, &action);

  copy_seed ("003_d53c59dffd3a3db1.txt", dropped);
  file = g_file_new_for_path (dropped);
  files = g_slist_prepend (NULL, file);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (files));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);
  g_assert_false (gtk_widget_get_visible (window->drop_hint));

  ui_wait_until (report_shown_cb, NULL);
  wait_rows (window, 2); /* once the index has the copy */
  gtk_window_destroy (ui_find_toplevel (CMQ_TYPE_IMPORT_REPORT));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A kind of file the import did not meet has no "0 …" line. */
static void
test_import_report_counts (void)
{
  g_autofree char *dir = g_build_filename (home, "report-counts", NULL);
  g_autofree char *empty_path = g_build_filename (home, "report-counts-empty", NULL);
  g_autoptr (GFile) destination = g_file_new_for_path (dir);
  g_autoptr (GFile) missing = g_file_new_for_path ("/nonexistent/release.txt");
  g_autoptr (GFile) empty = g_file_new_for_path (empty_path);
  g_autoptr (CmqImportJob) job = cmq_import_job_new (destination);
  g_autoptr (CmqImportJob) empty_job = cmq_import_job_new (destination);
  g_autofree char *one_path = g_build_filename (home, "report-counts-one.txt", NULL);
  g_autoptr (GFile) one = g_file_new_for_path (one_path);
  g_autoptr (CmqImportJob) one_job = cmq_import_job_new (destination);
  GtkWidget *report;

  g_assert_cmpint (g_mkdir_with_parents (empty_path, 0700), ==, 0);
  cmq_import_job_add_source (job, missing);
  g_assert_true (cmq_import_job_run (job, NULL, NULL));
  report = cmq_import_report_new (NULL, job);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (report)), ==,
                   "No Releases Imported");
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (report)), ==, "1 skipped");
  gtk_window_destroy (GTK_WINDOW (report));

  cmq_import_job_add_source (empty_job, empty);
  g_assert_true (cmq_import_job_run (empty_job, NULL, NULL));
  report = cmq_import_report_new (NULL, empty_job);
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (report)), ==,
                   "No files were found");
  gtk_window_destroy (GTK_WINDOW (report));

  /* Every file imported: the heading says how many, the body does not say it again. */
  copy_seed ("004_ae336d1ab74cb350.txt", one_path);
  cmq_import_job_add_source (one_job, one);
  g_assert_true (cmq_import_job_run (one_job, NULL, NULL));
  report = cmq_import_report_new (NULL, one_job);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (report)), ==,
                   "1 Release Imported");
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (report)), ==, "");
  gtk_window_destroy (GTK_WINDOW (report));
}

/* The text size typed in the Preferences window, with or without its percent sign. */
static void
type_text_size (GtkWidget *preferences, GSettings *settings, WebKitWebView *web_view)
{
  GtkWidget *control =
      cmq_preferences_window_get_control (CMQ_PREFERENCES_WINDOW (preferences), "text-size");

  gtk_editable_set_text (GTK_EDITABLE (control), "130");
  gtk_spin_button_update (GTK_SPIN_BUTTON (control));
  g_assert_cmpint (g_settings_get_int (settings, "text-size"), ==, 130);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (control)), ==, "130 %");
  gtk_editable_set_text (GTK_EDITABLE (control), "150 %");
  gtk_spin_button_update (GTK_SPIN_BUTTON (control));
  g_assert_cmpint (g_settings_get_int (settings, "text-size"), ==, 150);
  g_assert_cmpfloat_with_epsilon (webkit_web_view_get_zoom_level (web_view), 1.5, 0.001);
}

/* Paragraph numbers: on hover only, or beside every paragraph once the Preferences window's
 * switch asks for them; switched off again after. */
static void
check_paragraph_numbers (GtkWidget *preferences, GSettings *settings, WebKitWebView *web_view)
{
  GtkWidget *control = cmq_preferences_window_get_control (CMQ_PREFERENCES_WINDOW (preferences),
                                                           "paragraph-numbers");
  g_autofree char *screenshot =
      g_test_build_filename (G_TEST_BUILT, "screenshot-paragraph-numbers.png", NULL);

  ui_wait_page (web_view, "getComputedStyle(document.getElementById('p1'), '::before').content",
                "none");
  gtk_switch_set_active (GTK_SWITCH (control), TRUE);
  g_assert_true (g_settings_get_boolean (settings, "paragraph-numbers"));
  ui_wait_page (web_view, "document.documentElement.className", "sans wide sepia numbered");
  ui_wait_page (web_view,
                "getComputedStyle(document.getElementById('p1'), '::before').content !== 'none'",
                "true");
  ui_wait_page_painted (web_view);
  ui_save_screenshot (GTK_WIDGET (gtk_window_get_transient_for (GTK_WINDOW (preferences))),
                      screenshot);
  gtk_switch_set_active (GTK_SWITCH (control), FALSE);
  ui_wait_page (web_view, "document.documentElement.className", "sans wide sepia");
}

static void
test_preferences (void)
{
  g_autofree char *dir = NULL;
  g_autoptr (CmqLibrary) library = make_library ("preferences", 2, &dir);
  g_autoptr (GSettings) settings = g_settings_new (SCHEMA_ID);
  CmqWindow *window = ui_open_window (library);
  WebKitWebView *web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  g_autofree char *screenshot = g_test_build_filename (G_TEST_BUILT, "screenshot-sepia.png", NULL);
  GtkWidget *preferences;
  GtkWidget *control;

  ui_select_and_wait (window, 0);
  g_assert_cmpfloat (webkit_web_view_get_zoom_level (web_view), ==, 1.0);
  ui_wait_page (web_view, "document.documentElement.className", "light");

  /* The zoom keys' actions change the saved text size, and the page follows. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  g_assert_cmpint (g_settings_get_int (settings, "text-size"), ==, 110);
  g_assert_cmpfloat_with_epsilon (webkit_web_view_get_zoom_level (web_view), 1.1, 0.001);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL);
  g_assert_cmpint (g_settings_get_int (settings, "text-size"), ==, 100);
  g_assert_cmpfloat_with_epsilon (webkit_web_view_get_zoom_level (web_view), 1.0, 0.001);

  /* The Preferences window writes the settings; the page changes while it is open. */
  preferences = cmq_preferences_window_new (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (preferences));
  type_text_size (preferences, settings, web_view);

  control =
      cmq_preferences_window_get_control (CMQ_PREFERENCES_WINDOW (preferences), "color-scheme");
  adw_combo_row_set_selected (ADW_COMBO_ROW (control), 3);
  {
    g_autofree char *scheme = g_settings_get_string (settings, "color-scheme");

    g_assert_cmpstr (scheme, ==, "sepia");
  }
  control = cmq_preferences_window_get_control (CMQ_PREFERENCES_WINDOW (preferences), "font-style");
  adw_combo_row_set_selected (ADW_COMBO_ROW (control), 1);
  control = cmq_preferences_window_get_control (CMQ_PREFERENCES_WINDOW (preferences), "line-width");
  adw_combo_row_set_selected (ADW_COMBO_ROW (control), 2);

  ui_wait_page (web_view, "document.documentElement.className", "sans wide sepia");
  check_paragraph_numbers (preferences, settings, web_view);
  /* The note pane under the page takes the same paper colour. */
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "sepia"));
  /* The classes reach the stylesheet: paper background, sans-serif body, longer lines. */
  ui_wait_page (web_view, "getComputedStyle(document.documentElement).backgroundColor",
                "rgb(244, 236, 216)");
  ui_wait_page (web_view, "getComputedStyle(document.body).fontFamily.split(',')[0]", "Cantarell");
  ui_wait_page (web_view,
                "getComputedStyle(document.querySelector('article')).maxWidth.endsWith"
                "('px') && document.documentElement.classList.contains('wide')",
                "true");
  /* The same release is still shown. */
  {
    CmqRelease *release =
        gtk_single_selection_get_selected_item (cmq_window_get_selection (window));

    ui_wait_page (web_view, "document.querySelector('h1').textContent",
                  cmq_release_get_title (release));
  }

  gtk_window_destroy (GTK_WINDOW (preferences));
  ui_wait_page_painted (web_view);
  ui_save_screenshot (GTK_WIDGET (window), screenshot);
  g_test_message ("Screenshot: %s", screenshot);

  /* Back to the defaults: no class beyond the light or dark look. */
  g_settings_reset (settings, "color-scheme");
  g_settings_reset (settings, "font-style");
  g_settings_reset (settings, "line-width");
  g_settings_reset (settings, "text-size");
  ui_wait_page (web_view, "document.documentElement.className", "light");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  int status;

  cmq_test_watchdog_start (CMQ_TEST_WATCHDOG_UI_SECONDS);
  home = ui_isolate_home ();
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  g_test_add_func ("/ui-chrome/watch-folder", test_watch_folder);
  g_test_add_func ("/ui-chrome/remove-directory", test_remove_directory);
  g_test_add_func ("/ui-chrome/import", test_import);
  g_test_add_func ("/ui-chrome/import-report-names", test_import_report_names);
  g_test_add_func ("/ui-chrome/drop", test_drop);
  g_test_add_func ("/ui-chrome/import-report-counts", test_import_report_counts);
  g_test_add_func ("/ui-chrome/icon-buttons", test_icon_buttons);
  g_test_add_func ("/ui-chrome/shortcuts-listed", test_shortcuts_listed);
  g_test_add_func ("/ui-chrome/preferences", test_preferences);

  status = g_test_run ();
  g_free (home);
  return status;
}
