/* test-ui-common.h: what the in-process window tests share: the seed library and its index, a
 * window as the application makes it, waiting for its search, and the rows, stars and notes; for
 * the tests that type through the X server, openbox, xdotool and waiting for the keyboard.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "cmq-index.h"
#include "cmq-notes-window.h"
#include "cmq-store-private.h"
#include "cmq-window-private.h"
#include "test-watchdog.h"
#include "ui-util.h"

static CmqLibrary *library;
static CmqIndex *library_index;
static char *home;
/* The window open now: waiting lets its search finish (see spin()). */
static CmqWindow *shown_window;
/* Releases a test holds on to, for the whole run: rows make their own as the list changes. */
static GPtrArray *held_releases;

static inline gboolean
search_done_cb (gpointer data)
{
  return shown_window == NULL || !cmq_window_is_searching (shown_window);
}

/* Runs the main loop for @ms, then until the search of the window open now has finished (the
 * index answers in worker threads). */
static inline void
spin (guint ms)
{
  ui_spin (ms);
  ui_wait_until (search_done_cb, NULL);
}

static inline void
track_window (CmqWindow *window)
{
  if (shown_window != NULL)
    g_object_remove_weak_pointer (G_OBJECT (shown_window), (gpointer *) &shown_window);
  shown_window = window;
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &shown_window);
}

/* A window on @folder (NULL: the seeds) with the index at @db (NULL: the default one, built in
 * main()) and @store (nullable), as the application makes it. */
static inline CmqWindow *
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

static inline CmqWindow *
open_window_on (const char *folder, const char *db)
{
  CmqWindow *window = new_window (folder, db, NULL);
  const char *const folders[] = { folder, NULL };

  cmq_index_set_folders (cmq_window_get_index (window), folders);
  ui_show_window (window);
  return window;
}

static inline CmqWindow *
open_window (void)
{
  CmqWindow *window = new_window (NULL, NULL, NULL);

  ui_show_window (window);
  return window;
}

static inline gboolean
same_release (CmqRelease *a, CmqRelease *b)
{
  return a != NULL && b != NULL && g_str_equal (cmq_release_get_id (a), cmq_release_get_id (b));
}

static inline void
type (CmqWindow *window, const char *text)
{
  gtk_editable_set_text (cmq_window_get_search_entry (window), text);
  spin (50);
}

static inline CmqStore *
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

static inline CmqWindow *
open_window_with_store (CmqStore *store)
{
  CmqWindow *window = new_window (NULL, NULL, store);

  gtk_window_present (GTK_WINDOW (window));
  ui_wait_laid_out (GTK_WIDGET (window));
  spin (100);
  return window;
}

static inline void
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
static inline GtkWidget *
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

static inline GtkWidget *
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

static inline GtkWidget *
star_of (GtkWidget *row)
{
  GtkWidget *star = find_descendant (row, GTK_TYPE_TOGGLE_BUTTON);

  g_assert_nonnull (star);
  return star;
}

static inline CmqRelease *
release_at (CmqWindow *window, guint position)
{
  CmqRelease *release =
      g_list_model_get_item (G_LIST_MODEL (cmq_window_get_selection (window)), position);

  g_assert_nonnull (release);
  g_ptr_array_add (held_releases, release);
  return release;
}

/* What a filter button says of its count: "…" while it is counted (the last count, dimmed, is
 * not the current search's). */
static inline const char *
count_text (CmqWindow *window, CmqListFilterMode mode)
{
  CmqListFilter *list_filter = cmq_window_get_list_filter (window);

  if (!cmq_list_filter_get_counts_known (list_filter))
    return "…";
  return cmq_list_filter_get_count_text (list_filter, mode);
}

static inline void
clicked_cb (GtkButton *button, gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
}

/* Activates a button as a click or Space does (GTK presses it for a moment, then emits
 * "clicked"), and waits until it has been clicked. */
static inline void
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

static inline void
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

/* A copy of the seed releases in @to, for a test that changes their files. */
static inline void
copy_seeds_to (const char *to)
{
  g_autofree char *seeds = g_test_build_filename (G_TEST_DIST, "fixtures", "seeds", NULL);
  g_autoptr (GDir) dir = g_dir_open (seeds, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  g_assert_cmpint (g_mkdir_with_parents (to, 0700), ==, 0);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *from_path = g_build_filename (seeds, name, NULL);
      g_autofree char *to_path = g_build_filename (to, name, NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (!g_str_has_suffix (name, ".txt"))
        continue;
      g_assert_true (g_file_get_contents (from_path, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (to_path, contents, length, NULL));
    }
}

/* A library of @count generated releases (more than a screen of rows, and more than the first
 * screen of a result), made once in the temporary home. */
static inline char *
ui_generated_library (guint count)
{
  char *folder = g_strdup_printf ("%s/generated-%u", home, count);
  g_autofree char *generator =
      g_test_build_filename (G_TEST_DIST, "..", "build-aux", "generate-library.py", NULL);
  g_autofree char *n = g_strdup_printf ("%u", count);
  const char *argv[] = { "python3", generator, folder, n, NULL };
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

/* Runs xdotool with @args (NULL-terminated), quietly; whether it succeeded. */
static inline gboolean
xdotool_quiet (const char *const *args)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) argv = NULL;
  int status = 0;

  g_strv_builder_add (builder, "xdotool");
  g_strv_builder_addv (builder, (const char **) args);
  argv = g_strv_builder_end (builder);
  return g_spawn_sync (NULL, argv, NULL,
                       G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL |
                           G_SPAWN_STDERR_TO_DEV_NULL,
                       NULL, NULL, NULL, NULL, &status, NULL) &&
         g_spawn_check_wait_status (status, NULL);
}

/* For the tests that type through the X server: whether the window @data has the keyboard. A
 * window mapped while openbox was starting may never be given it (openbox refuses a request
 * without a user's time as focus stealing), so about once a second it is asked for as a pager
 * asks, which a window manager grants. */
static inline gboolean
window_active_cb (gpointer data)
{
  static guint n_calls;
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (data));

  if (gtk_window_is_active (data))
    return TRUE;
  gtk_window_present (data);
  if (++n_calls % 50 == 0 && GDK_IS_X11_SURFACE (surface))
    {
      g_autofree char *xid = g_strdup_printf ("%lu", gdk_x11_surface_get_xid (surface));
      const char *const activate[] = { "windowactivate", xid, NULL };

      xdotool_quiet (activate);
    }
  return FALSE;
}

/* openbox, started for a test that types: a managed window is given the keyboard. Stopped with
 * stop_openbox(). */
static inline GSubprocess *
start_openbox (void)
{
  g_autoptr (GError) error = NULL;
  GSubprocess *openbox =
      g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                        &error, "openbox", "--sm-disable", NULL);
  const char *const desktop[] = { "get_desktop", NULL };
  gint64 end = cmq_test_deadline (UI_TIMEOUT_SECONDS);

  g_assert_no_error (error);
  /* Running once it names the current desktop: a window shown after that is managed at once. */
  while (!xdotool_quiet (desktop))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      ui_spin (20);
    }
  return openbox;
}

static inline void
stop_openbox (GSubprocess *openbox)
{
  g_subprocess_force_exit (openbox);
  g_subprocess_wait (openbox, NULL, NULL);
  g_object_unref (openbox);
}

/* Runs xdotool with @args (NULL-terminated): keys through the X server, as a person types. */
static inline void
xdotool (const char *const *args)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) argv = NULL;
  g_autoptr (GError) error = NULL;
  int status = 0;

  g_strv_builder_add (builder, "xdotool");
  g_strv_builder_addv (builder, (const char **) args);
  argv = g_strv_builder_end (builder);
  g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* The seed releases, watched as the application does, and their index built from nothing in the
 * new XDG_CACHE_HOME, as on a first start. */
static inline void
ui_test_init (int *argc, char ***argv)
{
  g_autofree char *seeds = NULL;
  const char *folders[] = { NULL, NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) dir = NULL;

  cmq_test_watchdog_start (CMQ_TEST_WATCHDOG_UI_SECONDS);
  home = ui_isolate_home ();
  ui_bind_test_translations ();
  g_test_init (argc, argv, NULL);
  gtk_init ();
  adw_init ();

  seeds = g_test_build_filename (G_TEST_DIST, "fixtures", "seeds", NULL);
  folders[0] = seeds;
  dir = g_file_new_for_path (seeds);
  library = cmq_library_new ();
  cmq_library_add_directory (library, dir);
  cmq_library_watch (library);
  library_index = cmq_index_new (NULL);
  cmq_index_set_folders (library_index, folders);
  cmq_index_update (library_index, NULL, NULL, &error);
  g_assert_no_error (error);
  held_releases = g_ptr_array_new_with_free_func (g_object_unref);
}

static inline int
ui_test_run (void)
{
  int status = g_test_run ();

  g_clear_pointer (&held_releases, g_ptr_array_unref);
  g_clear_object (&library_index);
  g_clear_object (&library);
  g_free (home);
  return status;
}
