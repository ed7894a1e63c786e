/* test-ui-paint.c: the reader never shows a blank page under Xvfb. Every frame GTK paints while
 * one release gives way to another (one at a time, a fast run of them as a held Down key gives,
 * a change of the reader's style) is read back from the reader's own drawing: it must show text,
 * the previous page's until the next one's. A fast run loads only the page of the release it
 * ends on, once the page on the way has been painted. When the web process ends under the page (a
 * crash), the last page painted stays until the page is painted again in a new process. Before
 * the first release, the reader is ready under the status page, its empty page painted.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "test-ui-common.h"

#include "cmq-reader-view-private.h"

/* A page with text has thousands of text pixels; a blank one none. */
#define MIN_INK 50

/* What the frames painted during a switch showed. */
typedef struct
{
  CmqWindow *window;
  GtkWidget *reader;
  guint n_frames;
  guint n_blank;     /* frames of the reader with no text */
  guint first_blank; /* the number of the first such frame, from 1 */
  guint least_ink;   /* the fewest text pixels of a frame */
  guint n_commits;   /* WebKit loads committed */
  guint n_painted;   /* pages the reader says it has painted */
  gboolean sampling;
} Frames;

/* Text pixels in the reader as GTK draws it now: dark enough on the light page to be ink. A blank
 * page (WebKit's white, or nothing drawn) has none. */
static guint
count_ink (GtkWidget *reader, gboolean save_blank)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (reader);
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  int width = gtk_widget_get_width (reader);
  int height = gtk_widget_get_height (reader);
  guint ink = 0;

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return 0;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (reader)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, pixels, (gsize) width * 4);
  /* Cairo's ARGB32, premultiplied: blue, green, red, alpha on a little-endian machine. */
  for (gsize i = 0; i < (gsize) width * height; i++)
    {
      const guchar *p = pixels + 4 * i;

      if (p[3] > 200 && p[0] + p[1] + p[2] < 3 * 110)
        ink++;
    }
  /* What a blank frame showed, to look at. */
  if (ink < MIN_INK && save_blank)
    {
      g_autofree char *path =
          g_test_build_filename (G_TEST_BUILT, "screenshot-paint-blank.png", NULL);

      gdk_texture_save_to_png (texture, path);
      g_test_message ("A blank frame is in %s", path);
    }
  return ink;
}

static void
after_paint_cb (GdkFrameClock *clock, Frames *frames)
{
  guint ink;

  if (!frames->sampling)
    return;
  ink = count_ink (frames->reader, frames->n_blank == 0);
  frames->n_frames++;
  frames->least_ink = MIN (frames->least_ink, ink);
  if (ink < MIN_INK)
    {
      if (frames->n_blank++ == 0)
        frames->first_blank = frames->n_frames;
    }
}

static void
load_changed_cb (WebKitWebView *web_view, WebKitLoadEvent event, Frames *frames)
{
  if (event == WEBKIT_LOAD_COMMITTED)
    frames->n_commits++;
}

static void
page_painted_cb (CmqReaderView *reader, Frames *frames)
{
  frames->n_painted++;
}

static gboolean
reader_painted_cb (gpointer data)
{
  Frames *frames = data;

  return frames->n_painted > 0;
}

static void
start_sampling (Frames *frames, CmqWindow *window)
{
  CmqReaderView *reader = cmq_window_get_reader_view (window);

  memset (frames, 0, sizeof *frames);
  frames->window = window;
  frames->reader = GTK_WIDGET (reader);
  frames->least_ink = G_MAXUINT;
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (after_paint_cb), frames);
  g_signal_connect (cmq_reader_view_get_web_view (reader), "load-changed",
                    G_CALLBACK (load_changed_cb), frames);
  g_signal_connect (reader, "page-painted", G_CALLBACK (page_painted_cb), frames);
  /* The page shown now has text, as the sampler sees it: a blank frame later is a fault. */
  g_assert_cmpuint (count_ink (frames->reader, FALSE), >=, MIN_INK);
  frames->sampling = TRUE;
}

static void
stop_sampling (Frames *frames)
{
  CmqReaderView *reader = cmq_window_get_reader_view (frames->window);

  frames->sampling = FALSE;
  g_signal_handlers_disconnect_by_data (gtk_widget_get_frame_clock (GTK_WIDGET (frames->window)),
                                        frames);
  g_signal_handlers_disconnect_by_data (cmq_reader_view_get_web_view (reader), frames);
  g_signal_handlers_disconnect_by_data (reader, frames);
  g_test_message ("%u frames painted, %u blank (the first: %u), the least ink %u pixels; "
                  "%u loads committed",
                  frames->n_frames, frames->n_blank, frames->first_blank, frames->least_ink,
                  frames->n_commits);
}

static const char page_script[] = "document.querySelector('h1') ? document.location.href : ''";

static char *
page_uri (CmqWindow *window, guint position)
{
  return g_strconcat ("communique-page:release/",
                      cmq_release_get_id (release_at (window, position)), NULL);
}

typedef struct
{
  CmqReaderView *reader;
  const char *uri;
} ShownCheck;

/* The reader says the page of @uri is painted and its cover is gone. */
static gboolean
page_shown_cb (gpointer data)
{
  ShownCheck *check = data;

  return check->reader->page_painted && check->reader->cover == NULL &&
         g_strcmp0 (check->reader->page_uri, check->uri) == 0;
}

/* Selects @position and waits until its page is painted, then for a few frames more. WebKit's
 * frames are not enough: when the web process ends under the page (seen on a loaded machine),
 * the page is made again in a new process, and the reader shows it once it says so. */
static void
select_painted (CmqWindow *window, guint position)
{
  CmqReaderView *reader = cmq_window_get_reader_view (window);
  WebKitWebView *web_view = cmq_reader_view_get_web_view (reader);
  g_autofree char *expected = page_uri (window, position);
  ShownCheck check = { reader, expected };

  gtk_single_selection_set_selected (cmq_window_get_selection (window), position);
  ui_wait_page (web_view, page_script, expected);
  ui_wait_page_painted (web_view);
  ui_wait_until (page_shown_cb, &check);
  for (guint i = 0; i < 3; i++)
    ui_wait_frame (GTK_WIDGET (window));
}

static CmqWindow *
open_light_window (void)
{
  CmqWindow *window;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_LIGHT);
  window = open_window ();
  spin (50);
  select_painted (window, 0);
  return window;
}

static void
test_one_after_another (void)
{
  CmqWindow *window = open_light_window ();
  Frames frames;

  start_sampling (&frames, window);
  for (guint i = 1; i < 5; i++)
    select_painted (window, i);
  select_painted (window, 0);
  stop_sampling (&frames);

  g_assert_cmpuint (frames.n_frames, >, 0);
  g_assert_cmpuint (frames.n_blank, ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A held Down key: a new row every 30 ms, whatever the reader has shown by then. */
static void
test_fast_run (void)
{
  CmqWindow *window = open_light_window ();
  WebKitWebView *web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  g_autofree char *last = page_uri (window, 4);
  Frames frames;

  start_sampling (&frames, window);
  for (guint round = 0; round < 3; round++)
    for (guint i = 1; i < 5; i++)
      {
        gtk_single_selection_set_selected (cmq_window_get_selection (window), i);
        ui_spin (30);
      }
  ui_wait_page (web_view, page_script, last);
  ui_wait_page_painted (web_view);
  ui_wait_frame (GTK_WIDGET (window));
  stop_sampling (&frames);

  g_assert_cmpuint (frames.n_blank, ==, 0);
  /* Twelve rows in under half a second: the pages on the way are not all loaded. */
  g_assert_cmpuint (frames.n_commits, <, 12);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The reader's style changes (the text size, sepia, dark): the page is made again, and the old
 * one stays until the new one is painted. */
static void
test_restyle (void)
{
  CmqWindow *window = open_light_window ();
  CmqReaderView *reader = cmq_window_get_reader_view (window);
  WebKitWebView *web_view = cmq_reader_view_get_web_view (reader);
  g_autofree char *old_class = g_strdup (cmq_reader_view_get_page_class (reader));
  g_autofree char *new_class = g_strconcat (old_class != NULL ? old_class : "", " sepia", NULL);
  Frames frames;

  start_sampling (&frames, window);
  cmq_reader_view_set_page_class (reader, new_class);
  ui_wait_page (web_view, "document.documentElement.classList.contains ('sepia') ? 'y' : 'n'", "y");
  ui_wait_page_painted (web_view);
  ui_wait_frame (GTK_WIDGET (window));
  stop_sampling (&frames);

  g_assert_cmpuint (frames.n_blank, ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
committed_cb (gpointer data)
{
  Frames *frames = data;

  return frames->n_commits > 0;
}

/* The reader's web process ends under the page (seen under Xvfb: WebKit's compositor crashing
 * in Mesa's software rasterizer), killed as a crash kills it, while the page is shown: the page is
 * made again in a new process, and the last page painted stays on screen meanwhile, not a blank
 * view. */
static void
test_process_ended (void)
{
  CmqWindow *window = open_light_window ();
  WebKitWebView *web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  g_autofree char *expected = page_uri (window, 0);
  Frames frames;

  start_sampling (&frames, window);
  g_assert_cmpuint (ui_kill_web_processes (), >, 0);
  /* The page is loaded again: wait for its commit, then for it to be painted. */
  ui_wait_until (committed_cb, &frames);
  ui_wait_page (web_view, page_script, expected);
  ui_wait_page_painted (web_view);
  /* The reader's cover is gone: WebKit's own drawing of the page is on screen. */
  ui_wait_until (reader_painted_cb, &frames);
  ui_wait_frame (GTK_WIDGET (window));
  stop_sampling (&frames);

  g_assert_cmpuint (frames.n_frames, >, 0);
  g_assert_cmpuint (frames.n_blank, ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The process ends while the next page is on its way (its body replacing the page's, or its
 * load after a commit), before it is painted: the page before stays on screen until the next one
 * is painted in the new process. */
static void
test_process_ended_loading (void)
{
  CmqWindow *window = open_light_window ();
  WebKitWebView *web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  g_autofree char *expected = page_uri (window, 1);
  Frames frames;

  start_sampling (&frames, window);
  gtk_single_selection_set_selected (cmq_window_get_selection (window), 1);
  g_assert_cmpuint (ui_kill_web_processes (), >, 0);
  ui_wait_page (web_view, page_script, expected);
  ui_wait_page_painted (web_view);
  /* The reader's cover is gone: WebKit's own drawing of the page is on screen. */
  ui_wait_until (reader_painted_cb, &frames);
  ui_wait_frame (GTK_WIDGET (window));
  stop_sampling (&frames);

  /* The page was loaded in the new process. */
  g_assert_cmpuint (frames.n_commits, >=, 1);
  g_assert_cmpuint (frames.n_blank, ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  CmqWindow *window;
  const char *id;     /* the release selected */
  gboolean committed; /* its page is in WebKit's document */
  gboolean early;     /* its similar releases were looked for by then */
} SimilarCheck;

/* The page's address is the release's: its load committed, or its body replaced the page's. */
static void
similar_uri_cb (WebKitWebView *web_view, GParamSpec *pspec, SimilarCheck *check)
{
  const char *uri = webkit_web_view_get_uri (web_view);

  if (check->committed || uri == NULL || !g_str_has_suffix (uri, check->id))
    return;
  check->committed = TRUE;
  check->early = g_strcmp0 (_cmq_window_similar_get_shown_id (check->window), check->id) == 0;
}

static gboolean
similar_looked_for_cb (gpointer data)
{
  SimilarCheck *check = data;

  return g_strcmp0 (_cmq_window_similar_get_shown_id (check->window), check->id) == 0;
}

/* The Similar list (a search that holds the index and a core for a while on a large library) is
 * looked for once the page is on screen, not while WebKit makes it. */
static void
test_similar_after_paint (void)
{
  CmqWindow *window = open_light_window ();
  WebKitWebView *web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  SimilarCheck check = { window, cmq_release_get_id (release_at (window, 2)), FALSE, FALSE };
  gulong handler = g_signal_connect (web_view, "notify::uri", G_CALLBACK (similar_uri_cb), &check);

  select_painted (window, 2);
  g_signal_handler_disconnect (web_view, handler);
  g_assert_true (check.committed);
  g_assert_false (check.early);
  ui_wait_until (similar_looked_for_cb, &check);
  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  CmqWindow *window;
  const char *ids[2];
} NeighbourCheck;

static gboolean
neighbours_loaded_cb (gpointer data)
{
  NeighbourCheck *check = data;

  for (guint i = 0; i < G_N_ELEMENTS (check->ids); i++)
    {
      g_autoptr (CmqRelease) release = _cmq_window_prefetch_take (check->window, check->ids[i]);

      if (release == NULL)
        return FALSE;
    }
  return TRUE;
}

/* Once a page is painted, the releases above and below it are loaded: selecting one shows it at
 * once, with no worker thread to wait for, and the page before stays until its page is painted. */
static void
test_neighbour_at_once (void)
{
  CmqWindow *window = open_light_window ();
  CmqReaderView *reader = cmq_window_get_reader_view (window);
  WebKitWebView *web_view = cmq_reader_view_get_web_view (reader);
  NeighbourCheck check = { window,
                           { cmq_release_get_id (release_at (window, 1)),
                             cmq_release_get_id (release_at (window, 3)) } };
  g_autofree char *expected = page_uri (window, 3);
  Frames frames;

  select_painted (window, 2);
  ui_wait_until (neighbours_loaded_cb, &check);
  start_sampling (&frames, window);
  gtk_single_selection_set_selected (cmq_window_get_selection (window), 3);
  g_assert_nonnull (cmq_reader_view_get_release (reader));
  g_assert_cmpstr (cmq_release_get_id (cmq_reader_view_get_release (reader)), ==, check.ids[1]);
  ui_wait_page (web_view, page_script, expected);
  ui_wait_page_painted (web_view);
  ui_wait_frame (GTK_WIDGET (window));
  stop_sampling (&frames);
  g_assert_cmpuint (frames.n_blank, ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
empty_page_painted_cb (gpointer data)
{
  CmqReaderView *reader = data;

  return reader->document_ready && reader->page_painted;
}

static void
first_screenshot (CmqWindow *window, const char *scheme)
{
  g_autofree char *file = g_strdup_printf ("screenshot-paint-first-empty-%s.png", scheme);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, file, NULL);

  ui_wait_frame (GTK_WIDGET (window));
  ui_save_screenshot (GTK_WIDGET (window), path);
  g_test_message ("Screenshot: %s", path);
}

/* Before any release is selected, the reader is ready under "No Release Selected": mapped, with
 * an empty page in its style painted. The first release selected then replaces that page's body
 * (no load to wait for, no new document), and the pane never shows a blank frame meanwhile. */
static void
test_first_page_ready (void)
{
  CmqWindow *window;
  CmqReaderView *reader;
  WebKitWebView *web_view;
  g_autofree char *expected = NULL;
  Frames frames;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_LIGHT);
  window = open_window ();
  reader = cmq_window_get_reader_view (window);
  web_view = cmq_reader_view_get_web_view (reader);
  expected = page_uri (window, 0);
  g_assert_cmpstr (cmq_window_get_visible_page (window), ==, "empty");
  ui_wait_until (empty_page_painted_cb, reader);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (web_view)));
  g_assert_cmpstr (webkit_web_view_get_uri (web_view), ==, "communique-page:release/empty");
  /* The status page covers the reader whole, in light and in dark. */
  first_screenshot (window, "light");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  ui_wait_until (empty_page_painted_cb, reader);
  first_screenshot (window, "dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_LIGHT);
  ui_wait_until (empty_page_painted_cb, reader);

  memset (&frames, 0, sizeof frames);
  g_signal_connect (web_view, "load-changed", G_CALLBACK (load_changed_cb), &frames);
  gtk_single_selection_set_selected (cmq_window_get_selection (window), 0);
  ui_wait_page (web_view, page_script, expected);
  ui_wait_page_painted (web_view);
  g_signal_handlers_disconnect_by_data (web_view, &frames);
  g_assert_cmpuint (frames.n_commits, ==, 0);
  /* From now on the page has text: the sampler sees no blank frame on the next one. */
  start_sampling (&frames, window);
  select_painted (window, 1);
  stop_sampling (&frames);
  g_assert_cmpuint (frames.n_blank, ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
empty_page_loaded_cb (gpointer data)
{
  CmqReaderView *reader = data;

  return reader->page_state == CMQ_PAGE_LOADED &&
         g_strcmp0 (reader->page_uri, "communique-page:release/empty") == 0;
}

static gboolean
settled_cb (gpointer data)
{
  return !adw_leaflet_get_child_transition_running (data);
}

/* At 600 px the leaflet shows the list alone, and the reader under it is unmapped, so its empty
 * page is never painted: the first release opened there still replaces that page's body (no
 * document loaded, none committed), and is painted once the reader has slid in. */
static void
test_first_page_narrow (void)
{
  CmqWindow *window = new_window (NULL, NULL, NULL);
  CmqReaderView *reader = cmq_window_get_reader_view (window);
  WebKitWebView *web_view = cmq_reader_view_get_web_view (reader);
  g_autofree char *expected = NULL;
  Frames frames;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_LIGHT);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 700);
  ui_show_window (window);
  g_assert_true (adw_leaflet_get_folded (window->leaflet));
  expected = page_uri (window, 0);
  ui_wait_until (empty_page_loaded_cb, reader);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (reader)));

  memset (&frames, 0, sizeof frames);
  g_signal_connect (web_view, "load-changed", G_CALLBACK (load_changed_cb), &frames);
  g_signal_connect (reader, "page-painted", G_CALLBACK (page_painted_cb), &frames);
  gtk_single_selection_set_selected (cmq_window_get_selection (window), 0);
  ui_wait_until (settled_cb, window->leaflet);
  ui_wait_page (web_view, page_script, expected);
  ui_wait_page_painted (web_view);
  ui_wait_until (reader_painted_cb, &frames);
  g_signal_handlers_disconnect_by_data (web_view, &frames);
  g_signal_handlers_disconnect_by_data (reader, &frames);
  g_assert_cmpuint (frames.n_commits, ==, 0);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (reader)));
  g_assert_cmpuint (count_ink (GTK_WIDGET (reader), TRUE), >=, MIN_INK);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/ui-paint/first-page-ready", test_first_page_ready);
  g_test_add_func ("/ui-paint/first-page-narrow", test_first_page_narrow);
  g_test_add_func ("/ui-paint/one-after-another", test_one_after_another);
  g_test_add_func ("/ui-paint/fast-run", test_fast_run);
  g_test_add_func ("/ui-paint/restyle", test_restyle);
  g_test_add_func ("/ui-paint/similar-after-paint", test_similar_after_paint);
  g_test_add_func ("/ui-paint/neighbour-at-once", test_neighbour_at_once);
  g_test_add_func ("/ui-paint/process-ended", test_process_ended);
  g_test_add_func ("/ui-paint/process-ended-loading", test_process_ended_loading);

  return ui_test_run ();
}
