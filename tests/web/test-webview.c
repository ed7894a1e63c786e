/* test-webview.c: a release full of hostile markup, shown in the real window under Xvfb, reaches
 * nothing and runs nothing.
 *
 * Two HTTP listeners run in this process on 127.0.0.1 and count the connections they get. The
 * control: the same markup, unescaped, in a WebKit view with WebKit's defaults, must reach its
 * listener and run its script, which shows that the markup is hostile and that the test can see
 * it. Then the release, imported from a file of a library folder and shown in CmqWindow: its
 * listener gets 0 requests, the script's sentinel stays unset, and the markup is on the page as
 * text. The navigation policy is tested as the pure function decide-policy calls.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "cmq-library.h"
#include "library-fixture.h"
#include "cmq-reader-view-private.h"
#include "cmq-window-private.h"
#include "test-watchdog.h"
#include "ui-util.h"

/* How long a page is given to try to reach the network before the count is read. */
#define SETTLE_MS 3000

/* Every kind of markup that can load a resource, run a script or navigate, at PORT. */
static const char *const hostile_lines[] = {
  "<script>window.cmqPwned = 'script'; document.title = 'PWNED'; "
  "fetch('http://127.0.0.1:PORT/fetch')</script>",
  "<img src=\"http://127.0.0.1:PORT/img.png\" onerror=\"window.cmqPwned = 'onerror'\">",
  "<iframe src=\"http://127.0.0.1:PORT/iframe\"></iframe>",
  "<object data=\"http://127.0.0.1:PORT/object\"></object>",
  "<video autoplay src=\"http://127.0.0.1:PORT/video.webm\"></video>",
  "<meta http-equiv=\"refresh\" content=\"0; url=http://127.0.0.1:PORT/refresh\">",
  "<link rel=\"stylesheet\" href=\"http://127.0.0.1:PORT/link.css\">",
  "<style>@import url(\"http://127.0.0.1:PORT/import.css\"); "
  "body { background: url(http://127.0.0.1:PORT/background.png) }</style>",
  "<a href=\"javascript:window.cmqPwned = 'link'\">a javascript: link</a>",
  "<form id=\"f\" action=\"http://127.0.0.1:PORT/form\" method=\"post\"><input name=\"q\"></form>"
  "<script>document.getElementById('f').submit()</script>",
  "<svg><image href=\"http://127.0.0.1:PORT/svg.png\" width=\"10\" height=\"10\"/></svg>",
};

typedef struct
{
  GSocketService *service;
  guint16 port;
  guint connections;
  GString *log;              /* first line of each request */
  GCancellable *cancellable; /* the reads still running when the listener goes */
} Listener;

typedef struct
{
  Listener *listener;
  GSocketConnection *connection;
  char buffer[1024];
} Exchange;

typedef struct
{
  guint *count;
  guint at_least;
} Count;

static gboolean
count_reached_cb (gpointer data)
{
  Count *count = data;

  return *count->count >= count->at_least;
}

/* Runs the main loop until *@count reaches @at_least; fails the test after UI_TIMEOUT_SECONDS. */
static void
wait_for_count (guint *count, guint at_least)
{
  Count wanted = { count, at_least };

  ui_wait_until (count_reached_cb, &wanted);
}

static void
request_read_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  Exchange *exchange = data;
  GOutputStream *out = g_io_stream_get_output_stream (G_IO_STREAM (exchange->connection));
  static const char response[] =
      "HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nContent-Length: 0\r\n\r\n";
  g_autoptr (GError) error = NULL;
  gssize n = g_input_stream_read_finish (G_INPUT_STREAM (source), result, &error);

  /* The listener is gone (its test ended while WebKit still had a request on its way): only the
   * exchange is left to free. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_object_unref (exchange->connection);
      g_free (exchange);
      return;
    }
  if (n > 0)
    {
      exchange->buffer[MIN ((gsize) n, sizeof exchange->buffer - 1)] = '\0';
      exchange->buffer[strcspn (exchange->buffer, "\r\n")] = '\0';
      g_string_append_printf (exchange->listener->log, "%s\n", exchange->buffer);
    }
  g_output_stream_write_all (out, response, sizeof response - 1, NULL, NULL, NULL);
  g_io_stream_close (G_IO_STREAM (exchange->connection), NULL, NULL);
  g_object_unref (exchange->connection);
  g_free (exchange);
}

static gboolean
incoming_cb (GSocketService *service, GSocketConnection *connection, GObject *source,
             Listener *listener)
{
  Exchange *exchange = g_new0 (Exchange, 1);
  GInputStream *in = g_io_stream_get_input_stream (G_IO_STREAM (connection));

  listener->connections++;
  exchange->listener = listener;
  exchange->connection = g_object_ref (connection);
  g_input_stream_read_async (in, exchange->buffer, sizeof exchange->buffer - 1, G_PRIORITY_DEFAULT,
                             listener->cancellable, request_read_cb, exchange);
  return TRUE;
}

static Listener *
listener_new (void)
{
  Listener *listener = g_new0 (Listener, 1);
  g_autoptr (GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr (GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr (GSocketAddress) effective = NULL;
  g_autoptr (GError) error = NULL;

  listener->service = g_socket_service_new ();
  listener->log = g_string_new (NULL);
  listener->cancellable = g_cancellable_new ();
  g_socket_listener_add_address (G_SOCKET_LISTENER (listener->service), address,
                                 G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL, &effective,
                                 &error);
  g_assert_no_error (error);
  listener->port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (effective));
  g_signal_connect (listener->service, "incoming", G_CALLBACK (incoming_cb), listener);
  g_socket_service_start (listener->service);
  return listener;
}

static void
listener_free (Listener *listener)
{
  g_cancellable_cancel (listener->cancellable);
  g_object_unref (listener->cancellable);
  g_socket_service_stop (listener->service);
  g_socket_listener_close (G_SOCKET_LISTENER (listener->service));
  g_object_unref (listener->service);
  g_string_free (listener->log, TRUE);
  g_free (listener);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Listener, listener_free)

/* The hostile markup for @port: one paragraph per line, each a sentence that ends with a full
 * stop, so that the importer keeps them all as story text. */
static char *
hostile_text (guint16 port)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (hostile_lines); i++)
    {
      g_autoptr (GString) line = g_string_new (hostile_lines[i]);
      g_autofree char *number = g_strdup_printf ("%u", port);

      g_string_replace (line, "PORT", number, 0);
      g_string_append_printf (out, "The text carries %s in paragraph %u.\n\n", line->str, i + 1);
    }
  return g_string_free (out, FALSE);
}

static void
load_changed_cb (WebKitWebView *web_view, WebKitLoadEvent event, guint *finished)
{
  /* Said in the log: a page loaded again during a test is what a failure here needs to know. */
  if (event == WEBKIT_LOAD_STARTED)
    g_test_message ("Load started: %s", webkit_web_view_get_uri (web_view));
  if (event == WEBKIT_LOAD_FINISHED)
    (*finished)++;
}

static gboolean
script_ran_cb (gpointer data)
{
  Listener *listener = data;

  return strstr (listener->log->str, "GET /fetch ") != NULL;
}

/* WebKit with its defaults (scripts on, no CSP, no proxy) on the raw markup: the listener is
 * reached and the script runs. Without this the zeros below could come from a broken test. */
static void
test_control (void)
{
  g_autoptr (Listener) listener = listener_new ();
  g_autoptr (WebKitNetworkSession) session = webkit_network_session_new_ephemeral ();
  g_autofree char *text = hostile_text (listener->port);
  g_autofree char *html = g_strdup_printf ("<!DOCTYPE html><html><body>%s</body></html>", text);
  g_autofree char *base = g_strdup_printf ("http://127.0.0.1:%u/", listener->port);
  GtkWidget *window = gtk_window_new ();
  WebKitWebView *web_view;
  guint finished = 0;

  webkit_network_session_set_proxy_settings (session, WEBKIT_NETWORK_PROXY_MODE_NO_PROXY, NULL);
  web_view = g_object_new (WEBKIT_TYPE_WEB_VIEW, "network-session", session, NULL);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (web_view));
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (web_view, "load-changed", G_CALLBACK (load_changed_cb), &finished);
  webkit_web_view_load_html (web_view, html, base);
  wait_for_count (&finished, 1);
  wait_for_count (&listener->connections, 3);
  /* The script ran: its fetch() reached the listener. (Not window.cmqPwned: the form the script
   * submits and the refresh replace the page, and the sentinel with it, at any moment.) */
  ui_wait_until (script_ran_cb, listener);
  g_test_message ("The control page made %u requests:\n%s", listener->connections,
                  listener->log->str);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The hostile release @release is the page shown: after SETTLE_MS, it reached nothing, ran
 * nothing, went nowhere, and its markup is text. */
static void
assert_harmless (WebKitWebView *web_view, Listener *listener, CmqRelease *release)
{
  g_autofree char *sentinel = NULL;
  g_autofree char *title = NULL;
  g_autofree char *location = NULL;
  g_autofree char *elements = NULL;
  g_autofree char *body = NULL;

  g_assert_cmpuint (g_strv_length ((char **) cmq_release_get_paragraphs (release)), ==,
                    G_N_ELEMENTS (hostile_lines));
  ui_spin (SETTLE_MS);

  g_test_message ("The release page made %u requests:\n%s", listener->connections,
                  listener->log->str);
  g_assert_cmpuint (listener->connections, ==, 0);

  /* No script ran: neither the sentinel nor the title changed. */
  sentinel = ui_page_read (web_view, "String(window.cmqPwned)");
  g_assert_cmpstr (sentinel, ==, "undefined");
  title = ui_page_read (web_view, "document.title");
  g_assert_cmpstr (title, ==, cmq_release_get_title (release));
  /* Nothing navigated away. */
  location = ui_page_read (web_view, "document.location.href");
  g_assert_true (g_str_has_prefix (location, "communique-page:release/"));
  g_assert_true (g_str_has_suffix (location, cmq_release_get_id (release)));
  /* The markup is text: no element of it exists, every tag is visible. */
  elements =
      ui_page_read (web_view, "document.querySelectorAll('script, img, iframe, object, video, "
                              "link, form, svg, image, a, meta[http-equiv=refresh]').length");
  g_assert_cmpstr (elements, ==, "0");
  body = ui_page_read (web_view, "document.body.innerText");
  for (const char *const *tag =
           (const char *const[]){ "<script>", "<img src=", "onerror=", "<iframe", "<object",
                                  "<video autoplay", "<meta http-equiv=\"refresh\"",
                                  "<link rel=", "@import", "url(http", "javascript:", "<form",
                                  "<svg><image", NULL };
       *tag != NULL; tag++)
    {
      if (strstr (body, *tag) == NULL)
        g_error ("The page text does not show %s:\n%s", *tag, body);
    }
}

/* The hostile release, and with @before_text a release before it in the list (its date is
 * earlier): the library folder, for the window. */
static char *
write_library (guint16 port, const char *before_text)
{
  g_autofree char *dir = g_dir_make_tmp ("communique-webview-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "hostile.txt", NULL);
  g_autofree char *text = hostile_text (port);
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  if (before_text != NULL)
    {
      g_autofree char *before = g_build_filename (dir, "before.txt", NULL);

      g_file_set_contents (before, before_text, -1, &error);
      g_assert_no_error (error);
    }
  return g_steal_pointer (&dir);
}

static void
remove_library (const char *dir)
{
  g_autoptr (GDir) entries = g_dir_open (dir, 0, NULL);
  const char *name;

  while (entries != NULL && (name = g_dir_read_name (entries)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static CmqWindow *
open_library (const char *dir, guint n_releases)
{
  g_autoptr (GFile) folder = g_file_new_for_path (dir);
  g_autoptr (CmqLibrary) library = cmq_library_new ();
  g_autoptr (CmqTestLibrary) imported = cmq_test_library_import (dir);

  g_assert_cmpuint (imported->skipped->len, ==, 0);
  g_assert_cmpuint (cmq_test_library_n_releases (imported), ==, n_releases);
  cmq_library_add_directory (library, folder);
  /* The window lists the release through the index, as the app does, and loads its body on
   * selection. */
  return ui_open_window (library);
}

static guint
find_release (CmqWindow *window, const char *title)
{
  GListModel *list = G_LIST_MODEL (cmq_window_get_selection (window));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr (CmqRelease) release = g_list_model_get_item (list, i);

      if (g_str_equal (cmq_release_get_title (release), title))
        return i;
    }
  g_error ("No release titled %s in the list", title);
}

static void
test_hostile_release (void)
{
  g_autoptr (Listener) listener = listener_new ();
  g_autofree char *dir = write_library (listener->port, NULL);
  CmqWindow *window = open_library (dir, 1);
  WebKitWebView *web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  CmqRelease *release;
  guint finished = 0;

  g_signal_connect (web_view, "load-changed", G_CALLBACK (load_changed_cb), &finished);
  gtk_single_selection_set_selected (cmq_window_get_selection (window), 0);
  ui_wait_page (web_view, "document.querySelector('h1') ? 'shown' : ''", "shown");
  release = cmq_reader_view_get_release (cmq_window_get_reader_view (window));
  g_assert_nonnull (release);
  assert_harmless (web_view, listener, release);

  gtk_window_destroy (GTK_WINDOW (window));
  remove_library (dir);
}

/* The hostile release replaces the body of the page of a harmless one, painted (no new document,
 * no load): its markup is as harmless there, under the same policy and settings. */
static void
test_hostile_release_swapped (void)
{
  g_autoptr (Listener) listener = listener_new ();
  g_autofree char *dir = write_library (
      listener->port, "Allies meet in Brussels\n\nBRUSSELS, 12 March 2019 - Allies met today in "
                      "Brussels to discuss the readiness of their forces.\n");
  CmqWindow *window = open_library (dir, 2);
  CmqReaderView *reader = cmq_window_get_reader_view (window);
  WebKitWebView *web_view = cmq_reader_view_get_web_view (reader);
  guint benign = find_release (window, "Allies meet in Brussels");
  guint finished = 0;

  ui_select_and_wait (window, benign);
  ui_wait_page_painted (web_view);
  g_signal_connect (web_view, "load-changed", G_CALLBACK (load_changed_cb), &finished);
  ui_select_and_wait (window, 1 - benign);
  ui_wait_page_painted (web_view);
  /* The page replaced the body of the one before: WebKit loaded no document for it. */
  g_assert_cmpuint (finished, ==, 0);
  assert_harmless (web_view, listener, cmq_reader_view_get_release (reader));
  g_assert_cmpuint (finished, ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  remove_library (dir);
}

/* WebKit's web process ends under the reader's page (as its compositor crashing does), even a few
 * times in a row: the page comes back in a new process, rather than a blank view that answers
 * nothing. */
static void
test_process_ended (void)
{
  g_autofree char *dir = g_dir_make_tmp ("communique-webview-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "release.txt", NULL);
  g_autoptr (GFile) folder = g_file_new_for_path (dir);
  g_autoptr (CmqLibrary) library = cmq_library_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *title = NULL;
  CmqWindow *window;
  WebKitWebView *web_view;
  guint finished = 0;

  g_file_set_contents (path,
                       "Allies meet in Brussels\n\nBRUSSELS, 12 March 2019 - Allies met today in "
                       "Brussels to discuss the readiness of their forces.\n\nThey agreed to "
                       "meet again in the autumn.\n",
                       -1, &error);
  g_assert_no_error (error);
  cmq_library_add_directory (library, folder);
  window = ui_open_window (library);
  web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  gtk_single_selection_set_selected (cmq_window_get_selection (window), 0);
  ui_wait_page (web_view, "document.querySelector('h1') ? 'shown' : ''", "shown");

  g_signal_connect (web_view, "load-changed", G_CALLBACK (load_changed_cb), &finished);
  /* Three times, each soon after the last (a busy machine's compositor crashed twice within
   * three seconds): the page comes back each time. */
  for (guint i = 1; i <= 3; i++)
    {
      g_test_expect_message ("cmq-reader-view", G_LOG_LEVEL_MESSAGE,
                             "The reader's web process ended*shown again");
      webkit_web_view_terminate_web_process (web_view);
      wait_for_count (&finished, i);
      g_test_assert_expected_messages ();
      ui_wait_page (web_view, "document.querySelector('h1') ? 'shown' : ''", "shown");
    }
  title = ui_page_read (web_view, "document.title");
  g_assert_cmpstr (title, ==, "Allies meet in Brussels");

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

static CmqRelease *
short_release (const char *title, const char *text)
{
  const char *paragraphs[] = { text, NULL };
  CmqReleaseInfo info = {
    .file = "short.txt", .title = title, .language = "en", .paragraphs = paragraphs
  };

  return cmq_release_new (&info);
}

static gboolean
page_with_hits_cb (gpointer data)
{
  return cmq_reader_view_get_n_hits (CMQ_READER_VIEW (data)) > 0;
}

static void
count_painted_cb (CmqReaderView *view, guint *n_painted)
{
  (*n_painted)++;
}

/* WebKit says the page before has started and finished loading after the next page was sent
 * (seen in a fast run of selections, made here by emitting those events): the reader waits for
 * the page it asked for, rather than uncovering the document before and ignoring the end of its
 * own page's load, which left the page before on screen for seconds, without the new page's hits
 * counted. */
static void
test_late_end_of_page_before (void)
{
  g_autoptr (CmqRelease) before = short_release ("The page before", "Nothing to find here.");
  g_autoptr (CmqRelease) asked = short_release ("The page asked for", "Allies met in Brussels.");
  g_autoptr (CmqQuery) query = cmq_query_parse ("allies", CMQ_QUERY_FLAGS_NONE);
  GtkWidget *window = gtk_window_new ();
  CmqReaderView *view = CMQ_READER_VIEW (cmq_reader_view_new ());
  WebKitWebView *web_view = cmq_reader_view_get_web_view (view);
  g_autofree char *uri = NULL;
  guint n_painted = 0;
  gint64 end;

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (view, "page-painted", G_CALLBACK (count_painted_cb), &n_painted);
  cmq_reader_view_show_release (view, before, NULL);
  wait_for_count (&n_painted, 1);

  cmq_reader_view_show_release (view, asked, query);
  /* The events come as the page is sent, before WebKit can say anything of it. */
  end = cmq_test_deadline (UI_TIMEOUT_SECONDS);
  while (view->page_state != CMQ_PAGE_SENT)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, TRUE);
    }
  g_test_message ("The page is sent: WebKit is told that the page before loaded");
  g_signal_emit_by_name (web_view, "load-changed", WEBKIT_LOAD_STARTED);
  g_signal_emit_by_name (web_view, "load-changed", WEBKIT_LOAD_FINISHED);
  wait_for_count (&n_painted, 2);
  g_test_message ("The page is painted");
  uri = ui_page_read (web_view, "document.URL");
  g_assert_true (g_str_has_suffix (uri, cmq_release_get_id (asked)));
  ui_wait_until (page_with_hits_cb, view);
  g_assert_cmpuint (cmq_reader_view_get_n_hits (view), ==, 1);

  /* Gone before the process ends: a window destroyed as the last test ends leaves its renderer's
   * textures to Mesa at exit, which LeakSanitizer reports (the 800 × 600 cover's storage). */
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &view);
  gtk_window_destroy (GTK_WINDOW (window));
  end = cmq_test_deadline (UI_TIMEOUT_SECONDS);
  while (view != NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, TRUE);
    }
}

/* The app on a library of the committed bad inputs: every file that is a release shows in the
 * real window, whatever its encoding; the others are listed as skipped, with their reasons. */
static void
test_bad_input_library (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "fixtures", "bad-input", NULL);
  g_autoptr (GFile) folder = g_file_new_for_path (dir);
  g_autoptr (CmqLibrary) library = cmq_library_new ();
  g_autoptr (CmqTestLibrary) imported = cmq_test_library_import (dir);
  CmqWindow *window;
  WebKitWebView *web_view;
  GtkSingleSelection *selection;
  guint n_releases;
  guint finished = 0;

  cmq_library_add_directory (library, folder);
  n_releases = cmq_test_library_n_releases (imported);
  /* plain, utf-8-bom, crlf, cr, nul-inside-text, windows-1252 and both UTF-16 files are one
   * release; invalid-utf8, latin-1 and impossible-dates three more. */
  g_assert_cmpuint (n_releases, ==, 4);
  g_assert_cmpuint (imported->skipped->len, ==, 5);
  for (guint i = 0; i < imported->skipped->len; i++)
    {
      CmqSkippedFile *skipped = g_ptr_array_index (imported->skipped, i);

      g_test_message ("Skipped %s: %s", skipped->file, skipped->reason);
      g_assert_cmpuint (strlen (skipped->reason), >, 0);
    }

  window = ui_open_window (library);
  web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  selection = cmq_window_get_selection (window);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, n_releases);
  g_signal_connect (web_view, "load-changed", G_CALLBACK (load_changed_cb), &finished);

  for (guint i = 0; i < n_releases; i++)
    {
      g_autoptr (CmqRelease) release = g_list_model_get_item (G_LIST_MODEL (selection), i);
      g_autofree char *page =
          g_strconcat ("communique-page:release/", cmq_release_get_id (release), NULL);
      g_autofree char *h1 = NULL;

      gtk_single_selection_set_selected (selection, i);
      /* A page still loading may finish first: wait for the one of this release. */
      ui_wait_page (web_view, "document.querySelector('h1') ? document.location.href : ''", page);
      h1 = ui_page_read (web_view, "document.querySelector('h1').textContent");
      g_assert_cmpstr (h1, ==, cmq_release_get_title (release));
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Where a navigation goes while the view shows "communique-page:release/0123456789abcdef". */
static const struct
{
  const char *uri;
  gboolean new_window;
  WebKitNavigationType type;
  gboolean gesture;
  CmqNavigation expected;
} navigation_cases[] = {
  /* the app's own page, loaded by the app */
  { "communique-page:release/0123456789abcdef", FALSE, WEBKIT_NAVIGATION_TYPE_OTHER, FALSE,
    CMQ_NAVIGATION_LOAD },
  /* …but not as a link, a reload, a form or a new window */
  { "communique-page:release/0123456789abcdef", FALSE, WEBKIT_NAVIGATION_TYPE_RELOAD, FALSE,
    CMQ_NAVIGATION_REFUSE },
  { "communique-page:release/0123456789abcdef", TRUE, WEBKIT_NAVIGATION_TYPE_OTHER, FALSE,
    CMQ_NAVIGATION_REFUSE },
  /* a link to an anchor of the page, clicked (the compare view's moves) */
  { "communique-page:release/0123456789abcdef#moved-4", FALSE, WEBKIT_NAVIGATION_TYPE_LINK_CLICKED,
    TRUE, CMQ_NAVIGATION_LOAD },
  /* …but not one of another page, nor opening a window */
  { "communique-page:release/0123456789abcdef0#moved-4", FALSE, WEBKIT_NAVIGATION_TYPE_LINK_CLICKED,
    TRUE, CMQ_NAVIGATION_REFUSE },
  { "communique-page:release/0123456789abcdef#moved-4", TRUE, WEBKIT_NAVIGATION_TYPE_LINK_CLICKED,
    TRUE, CMQ_NAVIGATION_REFUSE },
  /* a trace's link to a use, clicked: a signal, no navigation (a script, a new window, a form
   * or another page's use: refused) */
  { "communique-page:release/0123456789abcdef#use-3", FALSE, WEBKIT_NAVIGATION_TYPE_LINK_CLICKED,
    TRUE, CMQ_NAVIGATION_OPEN_USE },
  { "communique-page:release/0123456789abcdef#use-3", FALSE, WEBKIT_NAVIGATION_TYPE_LINK_CLICKED,
    FALSE, CMQ_NAVIGATION_OPEN_USE },
  { "communique-page:release/0123456789abcdef#use-3", TRUE, WEBKIT_NAVIGATION_TYPE_LINK_CLICKED,
    TRUE, CMQ_NAVIGATION_REFUSE },
  { "communique-page:release/0123456789abcdef#use-3", FALSE, WEBKIT_NAVIGATION_TYPE_OTHER, FALSE,
    CMQ_NAVIGATION_REFUSE },
  { "communique-page:release/0123456789abcdef#use-3", FALSE, WEBKIT_NAVIGATION_TYPE_FORM_SUBMITTED,
    TRUE, CMQ_NAVIGATION_REFUSE },
  { "communique-page:release/ffffffffffffffff#use-3", FALSE, WEBKIT_NAVIGATION_TYPE_LINK_CLICKED,
    TRUE, CMQ_NAVIGATION_REFUSE },
  /* another release page the view did not load */
  { "communique-page:release/ffffffffffffffff", FALSE, WEBKIT_NAVIGATION_TYPE_OTHER, FALSE,
    CMQ_NAVIGATION_REFUSE },
  /* web links the user clicked go to the browser */
  { "https://www.nato.int/", FALSE, WEBKIT_NAVIGATION_TYPE_LINK_CLICKED, TRUE,
    CMQ_NAVIGATION_OPEN_IN_BROWSER },
  { "HTTP://www.nato.int/", TRUE, WEBKIT_NAVIGATION_TYPE_LINK_CLICKED, TRUE,
    CMQ_NAVIGATION_OPEN_IN_BROWSER },
  /* …never without a click: redirects, refreshes, scripts */
  { "https://www.nato.int/", FALSE, WEBKIT_NAVIGATION_TYPE_LINK_CLICKED, FALSE,
    CMQ_NAVIGATION_REFUSE },
  { "http://127.0.0.1/refresh", FALSE, WEBKIT_NAVIGATION_TYPE_OTHER, FALSE, CMQ_NAVIGATION_REFUSE },
  { "https://www.nato.int/", TRUE, WEBKIT_NAVIGATION_TYPE_OTHER, FALSE, CMQ_NAVIGATION_REFUSE },
  /* …nor a form, even submitted by the user */
  { "http://127.0.0.1/form", FALSE, WEBKIT_NAVIGATION_TYPE_FORM_SUBMITTED, TRUE,
    CMQ_NAVIGATION_REFUSE },
  { "http://127.0.0.1/form", FALSE, WEBKIT_NAVIGATION_TYPE_FORM_RESUBMITTED, TRUE,
    CMQ_NAVIGATION_REFUSE },
  /* every other scheme is refused, clicked or not */
  { "javascript:window.cmqPwned = 1", FALSE, WEBKIT_NAVIGATION_TYPE_LINK_CLICKED, TRUE,
    CMQ_NAVIGATION_REFUSE },
  { "file:///etc/passwd", FALSE, WEBKIT_NAVIGATION_TYPE_LINK_CLICKED, TRUE, CMQ_NAVIGATION_REFUSE },
  { "data:text/html,<script>1</script>", FALSE, WEBKIT_NAVIGATION_TYPE_LINK_CLICKED, TRUE,
    CMQ_NAVIGATION_REFUSE },
  { "about:blank", FALSE, WEBKIT_NAVIGATION_TYPE_OTHER, FALSE, CMQ_NAVIGATION_REFUSE },
  { "ftp://example.org/", FALSE, WEBKIT_NAVIGATION_TYPE_LINK_CLICKED, TRUE, CMQ_NAVIGATION_REFUSE },
  { "mailto:press@hq.nato.int", FALSE, WEBKIT_NAVIGATION_TYPE_LINK_CLICKED, TRUE,
    CMQ_NAVIGATION_REFUSE },
  { "httpx://www.nato.int/", FALSE, WEBKIT_NAVIGATION_TYPE_LINK_CLICKED, TRUE,
    CMQ_NAVIGATION_REFUSE },
  { "", FALSE, WEBKIT_NAVIGATION_TYPE_OTHER, FALSE, CMQ_NAVIGATION_REFUSE },
};

static void
test_navigation_policy (void)
{
  const char *page = "communique-page:release/0123456789abcdef";

  for (guint i = 0; i < G_N_ELEMENTS (navigation_cases); i++)
    {
      CmqNavigation got = cmq_reader_view_decide_navigation (
          page, navigation_cases[i].uri, navigation_cases[i].new_window, navigation_cases[i].type,
          navigation_cases[i].gesture);

      if (got != navigation_cases[i].expected)
        g_error ("Case %u (%s): got %d, expected %d", i, navigation_cases[i].uri, got,
                 navigation_cases[i].expected);
    }
  /* A view that has loaded nothing loads nothing. */
  g_assert_cmpint (
      cmq_reader_view_decide_navigation (NULL, page, FALSE, WEBKIT_NAVIGATION_TYPE_OTHER, FALSE),
      ==, CMQ_NAVIGATION_REFUSE);
  g_assert_cmpint (
      cmq_reader_view_decide_navigation (NULL, NULL, FALSE, WEBKIT_NAVIGATION_TYPE_OTHER, FALSE),
      ==, CMQ_NAVIGATION_REFUSE);
}

/* The source's link under the title (cmq-html.c writes it, never the release): a click on it is
 * a search of that source, not a load; only that page's, only clicked, never as a new window. */
static void
test_more_from_source_policy (void)
{
  const char *page = "communique-page:release/0123456789abcdef";
  const char *link = "communique-page:release/0123456789abcdef#more-from-source";

  g_assert_cmpint (cmq_reader_view_decide_navigation (page, link, FALSE,
                                                      WEBKIT_NAVIGATION_TYPE_LINK_CLICKED, TRUE),
                   ==, CMQ_NAVIGATION_MORE_FROM_SOURCE);
  g_assert_cmpint (cmq_reader_view_decide_navigation (page, link, FALSE,
                                                      WEBKIT_NAVIGATION_TYPE_LINK_CLICKED, FALSE),
                   ==, CMQ_NAVIGATION_MORE_FROM_SOURCE);
  g_assert_cmpint (cmq_reader_view_decide_navigation ("communique-page:release/ffffffffffffffff",
                                                      link, FALSE,
                                                      WEBKIT_NAVIGATION_TYPE_LINK_CLICKED, TRUE),
                   ==, CMQ_NAVIGATION_REFUSE);
  g_assert_cmpint (
      cmq_reader_view_decide_navigation (page, link, FALSE, WEBKIT_NAVIGATION_TYPE_OTHER, FALSE),
      ==, CMQ_NAVIGATION_REFUSE);
  g_assert_cmpint (cmq_reader_view_decide_navigation (page, link, TRUE,
                                                      WEBKIT_NAVIGATION_TYPE_LINK_CLICKED, TRUE),
                   ==, CMQ_NAVIGATION_REFUSE);
  g_assert_cmpint (cmq_reader_view_decide_navigation (NULL, link, FALSE,
                                                      WEBKIT_NAVIGATION_TYPE_LINK_CLICKED, TRUE),
                   ==, CMQ_NAVIGATION_REFUSE);
  /* another anchor of the page is only a move on it */
  g_assert_cmpint (cmq_reader_view_decide_navigation (
                       page, "communique-page:release/0123456789abcdef#more-from-source-x", FALSE,
                       WEBKIT_NAVIGATION_TYPE_LINK_CLICKED, TRUE),
                   ==, CMQ_NAVIGATION_LOAD);
}

int
main (int argc, char **argv)
{
  g_autofree char *home = NULL;

  cmq_test_watchdog_start (CMQ_TEST_WATCHDOG_UI_SECONDS);
  home = ui_isolate_home ();
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  g_test_add_func ("/webview/navigation-policy", test_navigation_policy);
  g_test_add_func ("/webview/more-from-source-policy", test_more_from_source_policy);
  g_test_add_func ("/webview/control", test_control);
  g_test_add_func ("/webview/hostile-release", test_hostile_release);
  g_test_add_func ("/webview/hostile-release-swapped", test_hostile_release_swapped);
  g_test_add_func ("/webview/bad-input-library", test_bad_input_library);
  g_test_add_func ("/webview/process-ended", test_process_ended);
  g_test_add_func ("/webview/late-end-of-page-before", test_late_end_of_page_before);

  return g_test_run ();
}
