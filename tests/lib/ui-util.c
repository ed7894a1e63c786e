/* ui-util.c: waiting on the main loop and asking WebKit about its page, for the UI tests.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#include "remove-tree.h"
#include "ui-util.h"

static gboolean
timed_out_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
ui_wait_for (gboolean *done)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add ((guint) (cmq_test_timeout_seconds (UI_TIMEOUT_SECONDS) * 1000),
                            timed_out_cb, &timed_out);

  while (!*done && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  g_assert_false (timed_out);
}

void
ui_wait_until (gboolean (*check) (gpointer data), gpointer data)
{
  gint64 end = cmq_test_deadline (UI_TIMEOUT_SECONDS);

  while (!check (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      ui_spin (20);
    }
}

void
ui_wait_idle_callbacks (void)
{
  gboolean done = FALSE;

  /* GLib dispatches a ready source only when none of higher priority is ready, and an idle
   * callback is always ready. */
  g_idle_add_full (G_PRIORITY_LOW, timed_out_cb, &done, NULL);
  ui_wait_for (&done);
}

static void
after_paint_cb (GdkFrameClock *clock, gboolean *painted)
{
  *painted = TRUE;
}

void
ui_wait_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong handler;

  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  /* A frame is only painted when something asks for one. */
  gtk_widget_queue_draw (widget);
  ui_wait_for (&painted);
  g_signal_handler_disconnect (clock, handler);
}

static gboolean
has_size_cb (gpointer data)
{
  GtkWidget *widget = data;

  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0 &&
         gtk_widget_get_height (widget) > 0;
}

void
ui_wait_laid_out (GtkWidget *widget)
{
  ui_wait_until (has_size_cb, widget);
  ui_wait_frame (widget);
  ui_wait_frame (widget);
}

void
ui_spin (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timed_out_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static GPtrArray *isolated_homes;

/* A test that returns from main() passed: its temporary homes go (a failed assertion aborts and
 * leaves them to be looked at). */
static void
remove_isolated_homes (void)
{
  for (guint i = 0; i < isolated_homes->len; i++)
    cmq_test_remove_tree (g_ptr_array_index (isolated_homes, i));
}

char *
ui_isolate_home (void)
{
  char *home = g_dir_make_tmp ("communique-test-ui-XXXXXX", NULL);

  if (isolated_homes == NULL)
    {
      isolated_homes = g_ptr_array_new_with_free_func (g_free);
      atexit (remove_isolated_homes);
    }
  g_ptr_array_add (isolated_homes, g_strdup (home));
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
  return home;
}

char *
ui_key_name (guint keyval, GdkModifierType modifiers)
{
  return gtk_accelerator_name (gdk_keyval_to_lower (keyval),
                               modifiers & gtk_accelerator_get_default_mod_mask ());
}

GHashTable *
ui_widget_keys (GtkWidget *widget)
{
  GHashTable *keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *named = gtk_shortcut_get_action (shortcut);

          if (!GTK_IS_KEYVAL_TRIGGER (trigger) || !GTK_IS_NAMED_ACTION (named))
            continue;
          g_hash_table_insert (
              keys,
              ui_key_name (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                           gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger))),
              g_strdup (gtk_named_action_get_action_name (GTK_NAMED_ACTION (named))));
        }
    }
  return keys;
}

CmqLibrary *
ui_fixture_library (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autoptr (GFile) folder = g_file_new_for_path (path);
  CmqLibrary *library = cmq_library_new ();

  cmq_library_add_directory (library, folder);
  return library;
}

CmqWindow *
ui_open_window_with_store (CmqLibrary *library, CmqStore *store)
{
  static guint n_indexes;
  g_autofree char *name = g_strdup_printf ("ui-index-%u.sqlite", n_indexes++);
  g_autofree char *path = g_build_filename (g_get_user_cache_dir (), name, NULL);
  g_auto (GStrv) folders = cmq_library_dup_directory_paths (library);
  g_autoptr (CmqContext) context = cmq_context_new (library, store, path);
  CmqIndex *index = cmq_context_get_index (context);
  g_autoptr (GError) error = NULL;
  CmqWindow *window;

  /* A new index of the library's folders, as on a first start. */
  cmq_index_set_folders (index, (const char *const *) folders);
  cmq_index_update (index, NULL, NULL, &error);
  g_assert_no_error (error);
  window = cmq_window_new (NULL, context);
  ui_show_window (window);
  return window;
}

CmqWindow *
ui_open_window (CmqLibrary *library)
{
  return ui_open_window_with_store (library, NULL);
}

/* The app's own style sheet, as CmqApplication has GTK load it from its resource base path:
 * windows opened by the tests look as the user sees them. */
static void
load_app_style (void)
{
  static gboolean loaded;
  g_autoptr (GtkCssProvider) provider = NULL;

  if (loaded)
    return;
  loaded = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/io/github/communique/Communique/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

void
ui_show_window (CmqWindow *window)
{
  load_app_style ();
  /* The list is filled before the window is shown, as the index answers at once. */
  while (cmq_window_is_searching (window))
    g_main_context_iteration (NULL, TRUE);
  gtk_window_present (GTK_WINDOW (window));
  ui_wait_laid_out (GTK_WIDGET (window));
}

guint
ui_n_rows (CmqWindow *window)
{
  return g_list_model_get_n_items (G_LIST_MODEL (cmq_window_get_selection (window)));
}

typedef struct
{
  gboolean done;
  char *result;
  GError *error;
} JsCall;

static void
js_finished_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  JsCall *call = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (JSCValue) value = NULL;

  value =
      webkit_web_view_evaluate_javascript_finish (WEBKIT_WEB_VIEW (source), result, &call->error);
  if (value != NULL)
    call->result = jsc_value_to_string (value);
  call->done = TRUE;
}

static char *
page_eval (WebKitWebView *web_view, const char *script, GError **error)
{
  JsCall call = { FALSE, NULL, NULL };

  webkit_web_view_evaluate_javascript (web_view, script, -1, NULL, NULL, NULL, js_finished_cb,
                                       &call);
  ui_wait_for (&call.done);
  if (call.error != NULL)
    g_propagate_error (error, call.error);
  return call.result;
}

char *
ui_page_eval (WebKitWebView *web_view, const char *script)
{
  g_autoptr (GError) error = NULL;
  char *result = page_eval (web_view, script, &error);

  g_assert_no_error (error);
  return result;
}

char *
ui_select_words (WebKitWebView *web_view, guint p, guint n)
{
  g_autofree char *script = g_strdup_printf (
      "(function () {"
      "  const p = document.getElementById ('p%u');"
      "  const t = document.createTreeWalker (p, NodeFilter.SHOW_TEXT).nextNode ();"
      "  const r = document.createRange ();"
      "  r.setStart (t, 0);"
      "  r.setEnd (t, Math.min (%u, t.length));"
      "  const s = document.getSelection ();"
      "  s.removeAllRanges ();"
      "  s.addRange (r);"
      "  return s.toString ();"
      "}) ()",
      p, n);

  return ui_page_eval (web_view, script);
}

typedef struct
{
  gboolean done;
  char *text;
} ClipboardRead;

static void
clipboard_text_read_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  ClipboardRead *read = user_data;

  read->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  read->done = TRUE;
}

char *
ui_clipboard_read_text (GdkClipboard *clipboard)
{
  ClipboardRead read = { FALSE, NULL };

  gdk_clipboard_read_text_async (clipboard, NULL, clipboard_text_read_cb, &read);
  ui_wait_for (&read.done);
  return read.text;
}

char *
ui_page_read (WebKitWebView *web_view, const char *script)
{
  gint64 end = cmq_test_deadline (UI_TIMEOUT_SECONDS);

  for (;;)
    {
      g_autoptr (GError) error = NULL;
      char *value = page_eval (web_view, script, &error);

      if (error == NULL)
        return value;
      g_free (value);
      g_test_message ("Asking the page again after: %s", error->message);
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      ui_spin (50);
    }
}

void
ui_wait_page (WebKitWebView *web_view, const char *script, const char *expected)
{
  gint64 end = cmq_test_deadline (UI_TIMEOUT_SECONDS);

  for (;;)
    {
      g_autoptr (GError) error = NULL;
      /* Asked while a page is being replaced, WebKit may answer with an error: ask again. */
      g_autofree char *value = page_eval (web_view, script, &error);

      if (error == NULL && g_strcmp0 (value, expected) == 0)
        return;
      if (error != NULL)
        g_test_message ("Asking the page again after: %s", error->message);
      if (g_get_monotonic_time () > end)
        g_assert_cmpstr (value, ==, expected);
      ui_spin (50);
    }
}

static void
painted_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  JsCall *call = user_data;
  g_autoptr (JSCValue) value = webkit_web_view_call_async_javascript_function_finish (
      WEBKIT_WEB_VIEW (source), result, &call->error);

  if (value != NULL)
    call->result = jsc_value_to_string (value);
  call->done = TRUE;
}

void
ui_wait_page_painted (WebKitWebView *web_view)
{
  /* A callback of requestAnimationFrame runs before the page's next frame is drawn: the second
   * one runs once the first has been. */
  static const char body[] = "return new Promise (done => requestAnimationFrame (() => "
                             "requestAnimationFrame (() => done ('painted'))));";
  gint64 end = cmq_test_deadline (UI_TIMEOUT_SECONDS);
  gint64 failing_since = 0;

  for (;;)
    {
      JsCall call = { FALSE, NULL, NULL };

      webkit_web_view_call_async_javascript_function (web_view, body, -1, NULL, NULL, NULL, NULL,
                                                      painted_cb, &call);
      ui_wait_for (&call.done);
      /* Seen on a loaded machine: WebKit answers the frame promise with "Unsupported result
       * type" again and again for a page that is shown. Then the page loaded and two frames
       * of the view drawn after it are the condition. */
      if (call.error != NULL && failing_since != 0 &&
          g_get_monotonic_time () - failing_since > 5 * G_USEC_PER_SEC)
        {
          g_test_message ("The page's frames cannot be awaited (%s; mapped %d, loading %d, %s): "
                          "awaiting the loaded page and the view's frames instead",
                          call.error->message, gtk_widget_get_mapped (GTK_WIDGET (web_view)),
                          webkit_web_view_is_loading (web_view),
                          webkit_web_view_get_uri (web_view));
          g_clear_error (&call.error);
          g_free (call.result);
          ui_wait_page (web_view, "document.readyState", "complete");
          ui_wait_frame (GTK_WIDGET (web_view));
          break;
        }
      /* The page was replaced while its frames were awaited (WebKit answers with an error):
       * the new one is awaited, and the log says so. */
      if (call.error != NULL && g_get_monotonic_time () < end)
        {
          if (failing_since == 0)
            failing_since = g_get_monotonic_time ();
          g_test_message ("Awaiting the page's frames again after: %s", call.error->message);
          g_clear_error (&call.error);
          g_free (call.result);
          ui_spin (50);
          continue;
        }
      g_assert_no_error (call.error);
      g_assert_cmpstr (call.result, ==, "painted");
      g_free (call.result);
      break;
    }
  ui_wait_frame (GTK_WIDGET (web_view));
}

static gboolean
search_over_cb (gpointer data)
{
  return !cmq_window_is_searching (data);
}

void
ui_wait_search (CmqWindow *window)
{
  ui_wait_until (search_over_cb, window);
}

void
ui_select_and_wait (CmqWindow *window, guint position)
{
  WebKitWebView *web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  GtkSingleSelection *selection = cmq_window_get_selection (window);
  g_autoptr (CmqRelease) release = NULL;
  g_autofree char *expected = NULL;

  release = g_list_model_get_item (G_LIST_MODEL (selection), position);
  expected = g_strconcat ("communique-page:release/", cmq_release_get_id (release), NULL);
  gtk_single_selection_set_selected (selection, position);
  ui_wait_page (web_view, "document.querySelector('h1') ? document.location.href : ''", expected);
}

/* A window only has something to snapshot once it has been drawn: on a busy machine that can
 * take a while after it is mapped, so this waits for its frames, then tries again until the
 * snapshot has something (up to UI_TIMEOUT_SECONDS). */
void
ui_save_screenshot (GtkWidget *widget, const char *path)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  GskRenderer *renderer = NULL;
  gint64 end;

  /* A dialog just presented may not be on screen yet. */
  ui_wait_laid_out (widget);
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  end = cmq_test_deadline (UI_TIMEOUT_SECONDS);
  for (guint tries = 0; node == NULL && g_get_monotonic_time () < end; tries++)
    {
      g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();

      if (tries > 0)
        ui_wait_frame (widget);
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), gtk_widget_get_width (widget),
                              gtk_widget_get_height (widget));
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

GtkWindow *
ui_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window; /* still held by GTK's list */
    }
  return NULL;
}

GtkWidget *
ui_find_widget (GtkWidget *widget, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ui_find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

gboolean
ui_bind_test_translations (void)
{
  const char *localedir = g_getenv ("CMQ_TEST_LOCALEDIR");

  if (localedir == NULL)
    return FALSE;
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  return TRUE;
}

/* The parent of process @pid, or 0. */
static pid_t
parent_of (pid_t pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/stat", (int) pid);
  g_autofree char *stat = NULL;
  const char *end;
  int parent = 0;

  if (!g_file_get_contents (path, &stat, NULL, NULL) || (end = strrchr (stat, ')')) == NULL)
    return 0;
  /* After the name in parentheses: the state, then the parent. */
  if (sscanf (end + 1, " %*c %d", &parent) != 1)
    return 0;
  return parent;
}

/* Kills WebKit's web processes under this test, as a crash does: unannounced, from outside. */
guint
ui_kill_web_processes (void)
{
  g_autoptr (GDir) dir = g_dir_open ("/proc", 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      pid_t pid = atoi (name);
      g_autofree char *comm_path = g_strdup_printf ("/proc/%s/comm", name);
      g_autofree char *comm = NULL;

      if (pid <= 0 || !g_file_get_contents (comm_path, &comm, NULL, NULL) ||
          !g_str_has_prefix (comm, "WebKitWebProces"))
        continue;
      for (pid_t up = parent_of (pid); up > 1; up = parent_of (up))
        if (up == getpid ())
          {
            kill (pid, SIGKILL);
            n++;
            break;
          }
    }
  return n;
}
