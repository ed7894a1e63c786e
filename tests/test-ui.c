/* test-ui.c: the real window on the sample releases, under Xvfb: the list, the search, the
 * reading view's page text (read back through WebKit), and a screenshot.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmq-library.h"
#include "cmq-window-private.h"

#define TIMEOUT_SECONDS 30

static CmqLibrary *library;

static gboolean
timed_out_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @done is set; fails the test after TIMEOUT_SECONDS. */
static void
wait_for (gboolean *done)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (TIMEOUT_SECONDS, timed_out_cb, &timed_out);

  while (!*done && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  g_assert_false (timed_out);
}

static void
spin (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timed_out_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static CmqWindow *
open_window (void)
{
  CmqWindow *window = cmq_window_new (NULL, library);

  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  return window;
}

static guint
n_rows (CmqWindow *window)
{
  return g_list_model_get_n_items (G_LIST_MODEL (cmq_window_get_selection (window)));
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

  g_assert_cmpuint (n_rows (window), ==, 5);
  g_assert_cmpstr (gtk_label_get_label (status), ==, "5 releases");
  g_assert_cmpstr (cmq_window_get_visible_page (window), ==, "empty");

  type (window, "ukraine");
  g_assert_cmpuint (n_rows (window), ==, 2);
  g_assert_cmpstr (gtk_label_get_label (status), ==, "2 of 5 match");

  type (window, "turkiye");
  g_assert_cmpuint (n_rows (window), ==, 1);

  type (window, "afghanistan");
  g_assert_cmpuint (n_rows (window), ==, 3);

  /* every word must match; the last one is a prefix while typing */
  type (window, "STOLTENBERG afgh");
  g_assert_cmpuint (n_rows (window), ==, 3);
  type (window, "rutte ukrain");
  g_assert_cmpuint (n_rows (window), ==, 1);

  type (window, "zzzz");
  g_assert_cmpuint (n_rows (window), ==, 0);
  g_assert_cmpstr (cmq_window_get_visible_page (window), ==, "no-match");
  g_assert_cmpstr (adw_status_page_get_title (cmq_window_get_no_match_page (window)), ==,
                   "No releases match “zzzz”");

  type (window, "");
  g_assert_cmpuint (n_rows (window), ==, 5);
  g_assert_cmpstr (cmq_window_get_visible_page (window), ==, "empty");

  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  gboolean done;
  char *result;
} JsCall;

static void
js_finished_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  JsCall *call = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (JSCValue) value = NULL;

  value = webkit_web_view_evaluate_javascript_finish (WEBKIT_WEB_VIEW (source), result, &error);
  g_assert_no_error (error);
  call->result = jsc_value_to_string (value);
  call->done = TRUE;
}

static char *
page_eval (WebKitWebView *web_view, const char *script)
{
  JsCall call = { FALSE, NULL };

  webkit_web_view_evaluate_javascript (web_view, script, -1, NULL, NULL, NULL, js_finished_cb,
                                       &call);
  wait_for (&call.done);
  return call.result;
}

static void
load_changed_cb (WebKitWebView *web_view, WebKitLoadEvent event, gpointer user_data)
{
  if (event == WEBKIT_LOAD_FINISHED)
    *(gboolean *) user_data = TRUE;
}

/* Selects a row and waits until its page has loaded. webkit_web_view_get_uri() moves to the new
 * page as soon as its load starts, while an earlier load (the empty page shown while a search had
 * no selection) may still be the one finishing: so the loaded document itself is asked. */
static void
select_and_wait (CmqWindow *window, guint position)
{
  WebKitWebView *web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  GtkSingleSelection *selection = cmq_window_get_selection (window);
  g_autoptr (CmqRelease) release = g_list_model_get_item (G_LIST_MODEL (selection), position);
  const char *id = cmq_release_get_id (release);

  gtk_single_selection_set_selected (selection, position);
  for (guint tries = 0;; tries++)
    {
      gboolean loaded = FALSE;
      /* Listening before asking: a load that finishes while the page is asked is not missed. */
      gulong handler =
          g_signal_connect (web_view, "load-changed", G_CALLBACK (load_changed_cb), &loaded);
      g_autofree char *shown = page_eval (web_view, "document.querySelector('h1') ? "
                                                    "document.location.href : ''");

      if (g_str_has_suffix (shown, id))
        {
          g_signal_handler_disconnect (web_view, handler);
          break;
        }
      g_assert_cmpuint (tries, <, 20);
      if (!loaded)
        wait_for (&loaded);
      g_signal_handler_disconnect (web_view, handler);
    }
}

static void
save_screenshot (GtkWidget *widget, const char *path)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), gtk_widget_get_width (widget),
                          gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static void
test_reader (void)
{
  CmqWindow *window = open_window ();
  WebKitWebView *web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  g_autofree char *screenshot = g_test_build_filename (G_TEST_BUILT, "screenshot-ui.png", NULL);
  CmqRelease *release;
  g_autofree char *h1 = NULL;
  g_autofree char *marks = NULL;
  g_autofree char *scripts = NULL;
  g_autofree char *body = NULL;
  GStatBuf st;

  select_and_wait (window, 0);
  release = gtk_single_selection_get_selected_item (cmq_window_get_selection (window));
  g_assert_nonnull (release);
  g_assert_cmpstr (cmq_window_get_visible_page (window), ==, "reader");
  h1 = page_eval (web_view, "document.querySelector('h1').textContent");
  g_assert_cmpstr (h1, ==, cmq_release_get_title (release));
  scripts = page_eval (web_view, "document.scripts.length");
  g_assert_cmpstr (scripts, ==, "0");
  body = page_eval (web_view, "document.body.innerText");
  g_assert_nonnull (strstr (body, cmq_release_get_paragraphs (release)[0]));

  /* Searching re-renders the selected release with the words marked. */
  gtk_editable_set_text (cmq_window_get_search_entry (window), "afghanistan");
  spin (50);
  select_and_wait (window, 0);
  marks = page_eval (web_view, "document.querySelectorAll('mark').length");
  g_assert_cmpint (atoi (marks), >=, 1);

  spin (300); /* let the page paint before the screenshot */
  save_screenshot (GTK_WIDGET (window), screenshot);
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

  wait_for (&changed);
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
  select_and_wait (window, 0);
  if (cmq_reader_view_get_n_hits (view) == 0)
    wait_for_notify (view, "n-hits");
  marks = page_eval (web_view, "document.querySelectorAll('mark').length");
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
  current = page_eval (web_view, "Array.from(document.querySelectorAll('mark'))"
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
  current = page_eval (web_view, "document.querySelectorAll('mark.current').length");
  g_assert_cmpstr (current, ==, "1");

  /* No search, no hits: the bar goes away. */
  type (window, "");
  select_and_wait (window, 0);
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

int
main (int argc, char **argv)
{
  g_autofree char *seeds = NULL;
  g_autoptr (GFile) dir = NULL;
  int status;

  g_autofree char *home = g_dir_make_tmp ("communique-test-ui-XXXXXX", NULL);

  /* Only the user's folders are made temporary: G_TEST_OPTION_ISOLATE_DIRS would also hide the
   * system data folders, and with them the icon theme and the MIME database. */
  g_assert_nonnull (home);
  for (guint i = 0; i < 3; i++)
    {
      static const char *const vars[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME" };
      g_autofree char *path = g_build_filename (home, vars[i], NULL);

      g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
      g_setenv (vars[i], path, TRUE);
    }

  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  seeds = g_test_build_filename (G_TEST_DIST, "fixtures", "seeds", NULL);
  dir = g_file_new_for_path (seeds);
  library = cmq_library_new ();
  cmq_library_add_directory (library, dir);
  cmq_library_load (library, NULL);

  g_test_add_func ("/ui/search", test_search);
  g_test_add_func ("/ui/reader", test_reader);
  g_test_add_func ("/ui/hits", test_hits);
  g_test_add_func ("/ui/window-state", test_window_state);

  status = g_test_run ();
  g_clear_object (&library);
  return status;
}
