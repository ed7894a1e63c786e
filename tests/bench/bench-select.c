/* bench-select.c: select-to-painted latency of the reader in the real window (a benchmark, never
 * a test).
 *
 *   bench-select LIBRARY INDEX      (run by build-aux/bench-select, under Xvfb)
 *
 * Opens the window on INDEX (brought up to date with LIBRARY first) and selects releases one
 * after another, each once the page of the last is painted: 60 rows spread across the list,
 * then 30 rows one below the other (as Down does). For each it measures the time from the
 * selection to the new page painted: the page's load finished, then the page's own second
 * requestAnimationFrame (run in the web process once its first frame with the new page has
 * been drawn), then the end of the next frame that GTK paints in the window. Then bursts of
 * 12 rows selected 30 ms apart (a held Down key) measure the last one, and count the pages
 * that loaded on the way (only the last should). Last, a page of at least three screens is
 * scrolled by a script, step by step: each step from the scroll to the window painted after
 * the page's second animation frame (what WebKit's compositing mode costs while reading).
 *
 * On stderr, for each selection, the phases from the selection to the new page on screen: the
 * window had the release from the index; the reader asked for its page and copied the page shown
 * as its cover; the page's HTML was made (in a worker thread) and given to WebKit; WebKit
 * committed and finished the load, and the reader took it as the page it asked for; the page's
 * frame answered, and the window painted after it; the reader dropped its cover, and the window
 * painted after that. Then p50, p95 and max of each. On
 * stdout, last line alone: the p95 of selection to painted in milliseconds (of the single
 * selections and of each burst's last). On a loaded machine those times are mostly waiting for a
 * core: the CPU time that the window's process and WebKit's web process spent over the measured
 * selections (all their threads, from /proc's schedstat; a burst counts as one) is printed per
 * selection as well, the
 * figure to compare two builds by.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bench-window.h"
#include "cmq-hit-list.h"
#include "cmq-reader-view-private.h"
#include "cmq-search-model.h"
#include "cmq-window-private.h"

#define N_SPREAD     60
#define N_STEPS      30
#define N_BURSTS     5
#define BURST_LENGTH 12
#define BURST_GAP_MS 30
#define N_SCROLLS    40
#define SCROLL_STEP  150

typedef struct
{
  CmqWindow *window;
  WebKitWebView *web_view;
  CmqReaderView *reader; /* its timings of the page asked for last */
  char *expected_uri;    /* the page of the release selected last */
  gint64 started;        /* µs, the selection */
  gint64 loaded;         /* the window had the release from the index */
  gint64 committed;      /* WebKit committed the load of the expected page */
  gint64 finished;
  gint64 rendered; /* the page's second animation frame answered */
  gint64 painted;  /* the window's next frame after that was painted */
  gint64 shown;    /* the window's next frame after the reader dropped its cover */
  gboolean asked;  /* the page's frames are awaited */
  guint n_loads;   /* loads committed since the selection */
} Selection;

/* Columns of the report: µs from the selection, per measured selection. */
enum
{
  COL_LOADED,
  COL_ASKED,
  COL_COVERED,
  COL_MADE,
  COL_COMMITTED,
  COL_FINISHED,
  COL_READER_LOADED,
  COL_RENDERED,
  COL_PAINTED,
  COL_UNCOVERED,
  COL_SHOWN,
  N_COLS
};

static const char *const col_names[N_COLS] = {
  "release from the index", "reader asked",   "cover made",   "HTML made", "load committed",
  "load finished",          "reader took it", "page's frame", "painted",   "cover dropped",
  "shown uncovered",
};

static gint64
since (Selection *sel, gint64 at)
{
  return at != 0 ? at - sel->started : 0;
}

static void
load_changed_cb (WebKitWebView *web_view, WebKitLoadEvent event, Selection *sel)
{
  if (sel->started == 0 || g_strcmp0 (webkit_web_view_get_uri (web_view), sel->expected_uri) != 0)
    {
      if (event == WEBKIT_LOAD_COMMITTED && sel->started != 0)
        sel->n_loads++;
      return;
    }
  if (event == WEBKIT_LOAD_COMMITTED)
    {
      sel->n_loads++;
      sel->committed = g_get_monotonic_time ();
    }
  else if (event == WEBKIT_LOAD_FINISHED)
    sel->finished = g_get_monotonic_time ();
}

static void
frames_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  Selection *sel = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (JSCValue) value = webkit_web_view_call_async_javascript_function_finish (
      WEBKIT_WEB_VIEW (source), result, &error);

  if (value == NULL)
    {
      sel->asked = FALSE; /* the page was replaced under the script: ask the new one */
      return;
    }
  sel->rendered = g_get_monotonic_time ();
  gtk_widget_queue_draw (GTK_WIDGET (sel->window));
}

/* The reader's timings are of the page asked for since the selection. */
static gboolean
reader_asked (Selection *sel)
{
  return sel->reader->timings.asked >= sel->started;
}

static void
after_paint_cb (GdkFrameClock *clock, Selection *sel)
{
  if (sel->rendered != 0 && sel->painted == 0)
    sel->painted = g_get_monotonic_time ();
  if (reader_asked (sel) && sel->reader->timings.uncovered != 0 && sel->shown == 0)
    sel->shown = g_get_monotonic_time ();
}

/* The page's second animation frame runs once its first one has been drawn. */
static void
ask_frames (Selection *sel)
{
  static const char body[] = "return new Promise (done => requestAnimationFrame (() => "
                             "requestAnimationFrame (() => done ('painted'))));";

  sel->asked = TRUE;
  webkit_web_view_call_async_javascript_function (sel->web_view, body, -1, NULL, NULL, NULL, NULL,
                                                  frames_cb, sel);
}

static void
select_row (Selection *sel, guint position)
{
  GtkSingleSelection *selection = cmq_window_get_selection (sel->window);
  g_autoptr (CmqRelease) release = g_list_model_get_item (G_LIST_MODEL (selection), position);

  g_free (sel->expected_uri);
  sel->expected_uri = g_strconcat ("communique-page:release/", cmq_release_get_id (release), NULL);
  sel->loaded = sel->committed = sel->finished = sel->rendered = sel->painted = sel->shown = 0;
  sel->asked = FALSE;
  sel->started = g_get_monotonic_time ();
  gtk_single_selection_set_selected (selection, position);
}

/* Runs the main loop until the page of the last selection is painted. */
static void
wait_painted (Selection *sel)
{
  const char *id = sel->expected_uri + strlen ("communique-page:release/");
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (sel->painted == 0 || sel->shown == 0)
    {
      CmqRelease *loaded = sel->window->loaded;

      if (sel->loaded == 0 && loaded != NULL && g_str_equal (cmq_release_get_id (loaded), id))
        sel->loaded = g_get_monotonic_time ();
      /* A page that replaced the body of the document shown has no load: the reader took it
       * when its body was in, at the address of the release. */
      if ((sel->finished != 0 ||
           (reader_asked (sel) && sel->reader->timings.loaded != 0 &&
            g_strcmp0 (webkit_web_view_get_uri (sel->web_view), sel->expected_uri) == 0)) &&
          !sel->asked && sel->rendered == 0)
        ask_frames (sel);
      if (reader_asked (sel) && sel->reader->timings.uncovered != 0 && sel->shown == 0)
        gtk_widget_queue_draw (GTK_WIDGET (sel->window));
      if (g_get_monotonic_time () > deadline)
        g_error ("%s was not painted within a minute", sel->expected_uri);
      g_main_context_iteration (NULL, TRUE);
    }
}

static void
record (Selection *sel, GArray **cols, const char *what, guint position)
{
  gint64 at[N_COLS] = {
    since (sel, sel->loaded),
    since (sel, sel->reader->timings.asked),
    since (sel, sel->reader->timings.covered),
    since (sel, sel->reader->timings.made),
    since (sel, sel->committed),
    since (sel, sel->finished),
    since (sel, sel->reader->timings.loaded),
    since (sel, sel->rendered),
    since (sel, sel->painted),
    since (sel, sel->reader->timings.uncovered),
    since (sel, sel->shown),
  };

  for (guint c = 0; c < N_COLS; c++)
    g_array_append_val (cols[c], at[c]);
  g_printerr ("%-7s row %6u:", what, position);
  for (guint c = 0; c < N_COLS; c++)
    g_printerr (" %s %.1f,", col_names[c], at[c] / 1000.0);
  g_printerr (" ms (%u loads)\n", sel->n_loads);
}

static void
measure_one (Selection *sel, GArray **cols, const char *what, guint position)
{
  sel->n_loads = 0;
  select_row (sel, position);
  wait_painted (sel);
  record (sel, cols, what, position);
  /* A person looks at the page for a moment; the web process settles. */
  bench_spin (100);
}

/* Selects BURST_LENGTH rows from @first down, BURST_GAP_MS apart, and measures the last. */
static void
measure_burst (Selection *sel, GArray **cols, guint first)
{
  sel->n_loads = 0;
  for (guint i = 0; i < BURST_LENGTH; i++)
    {
      select_row (sel, first + i);
      if (i + 1 < BURST_LENGTH)
        bench_spin (BURST_GAP_MS);
    }
  wait_painted (sel);
  record (sel, cols, "burst", first + BURST_LENGTH - 1);
  bench_spin (100);
}

static void
scrolled_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  Selection *sel = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (JSCValue) value = webkit_web_view_call_async_javascript_function_finish (
      WEBKIT_WEB_VIEW (source), result, &error);

  if (value == NULL)
    g_error ("Scrolling the reader failed: %s", error->message);
  sel->rendered = g_get_monotonic_time ();
  gtk_widget_queue_draw (GTK_WIDGET (sel->window));
}

/* Scrolls the page shown by SCROLL_STEP pixels (back to the top at its end) and answers once
 * the page's frame with it has been drawn. */
static gint64
scroll_once (Selection *sel)
{
  static const char body[] = "const y = window.scrollY;"
                             "window.scrollBy (0, step);"
                             "if (window.scrollY === y) window.scrollTo (0, 0);"
                             "return new Promise (done => requestAnimationFrame (() => "
                             "requestAnimationFrame (() => done (true))));";
  GVariantDict arguments;

  g_variant_dict_init (&arguments, NULL);
  g_variant_dict_insert (&arguments, "step", "i", SCROLL_STEP);
  sel->rendered = sel->painted = 0;
  sel->started = g_get_monotonic_time ();
  webkit_web_view_call_async_javascript_function (
      sel->web_view, body, -1, g_variant_dict_end (&arguments), NULL, NULL, NULL, scrolled_cb, sel);
  while (sel->painted == 0)
    g_main_context_iteration (NULL, TRUE);
  return sel->painted - sel->started;
}

/* Scrolling the page of the last selection: from the script's scroll to the window painted
 * after the page's frame with it. */
static void
heights_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  double *screens = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (JSCValue) value = webkit_web_view_call_async_javascript_function_finish (
      WEBKIT_WEB_VIEW (source), result, &error);

  *screens = value != NULL ? jsc_value_to_double (value) : 0;
}

/* How many of the view's heights the page shown is long. */
static double
page_screens (Selection *sel)
{
  static const char body[] = "return document.documentElement.scrollHeight / window.innerHeight;";
  double screens = -1;

  webkit_web_view_call_async_javascript_function (sel->web_view, body, -1, NULL, NULL, NULL, NULL,
                                                  heights_cb, &screens);
  while (screens < 0)
    g_main_context_iteration (NULL, TRUE);
  return screens;
}

static void
measure_scrolls (Selection *sel, GArray **cols)
{
  g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (gint64));
  double screens = page_screens (sel);

  /* A page of a few screens, as a long release's. */
  for (guint i = 0; i < 100 && screens < 3; i++)
    {
      measure_one (sel, cols, "to scroll", i * 7);
      screens = page_screens (sel);
    }
  g_printerr ("scrolling a page of %.1f screens\n", screens);
  for (guint i = 0; i < N_SCROLLS; i++)
    {
      gint64 t = scroll_once (sel);

      g_array_append_val (times, t);
      bench_spin (30);
    }
  g_printerr ("%-24s p50 %6.1f ms, p95 %6.1f ms, max %6.1f ms\n", "scroll to painted",
              bench_percentile (times, 50) / 1000.0, bench_percentile (times, 95) / 1000.0,
              bench_percentile (times, 100) / 1000.0);
}

/* Prints each column's p50, p95 and max on stderr; returns the p95 of the painted column. */
static gint64
report (GArray **cols)
{
  const char *renderer = g_getenv ("GSK_RENDERER");
  double load[3] = { 0 };

  g_printerr ("\nGSK_RENDERER=%s, %u selections\n", renderer != NULL ? renderer : "(default)",
              cols[0]->len);
  /* On a shared machine the figures of two runs compare only at a like load. */
  if (getloadavg (load, 3) == 3)
    g_printerr ("load average at the end: %.2f %.2f %.2f on %u CPUs\n", load[0], load[1], load[2],
                g_get_num_processors ());
  for (guint c = 0; c < N_COLS; c++)
    g_printerr ("%-24s p50 %6.1f ms, p95 %6.1f ms, max %6.1f ms\n", col_names[c],
                bench_percentile (cols[c], 50) / 1000.0, bench_percentile (cols[c], 95) / 1000.0,
                bench_percentile (cols[c], 100) / 1000.0);
  return bench_percentile (cols[COL_PAINTED], 95);
}

/* The window with every release listed, not only the first screen. */
static CmqWindow *
open_window (const char *library_path, const char *index_path, CmqContext **context)
{
  CmqWindow *window = bench_open_window (library_path, index_path, 1280, 800, context);

  if (window == NULL)
    return NULL;
  while (cmq_window_is_searching (window) ||
         !cmq_search_model_is_complete (_cmq_window_search_get_model (window)))
    g_main_context_iteration (NULL, TRUE);
  bench_spin (500);
  return window;
}

/* The CPU time (ns) of all the threads of process @pid, or 0. */
static guint64
process_cpu_ns (const char *pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%s/task", pid);
  g_autoptr (GDir) tasks = g_dir_open (path, 0, NULL);
  const char *task;
  guint64 ns = 0;

  while (tasks != NULL && (task = g_dir_read_name (tasks)) != NULL)
    {
      g_autofree char *stat = g_strdup_printf ("%s/%s/schedstat", path, task);
      g_autofree char *text = NULL;

      if (g_file_get_contents (stat, &text, NULL, NULL))
        ns += g_ascii_strtoull (text, NULL, 10);
    }
  return ns;
}

/* Process @pid is this one or below it (WebKit starts its web process through bwrap). */
static gboolean
is_ours (int pid)
{
  for (guint depth = 0; depth < 8 && pid > 1; depth++)
    {
      g_autofree char *path = g_strdup_printf ("/proc/%d/stat", pid);
      g_autofree char *stat = NULL;
      const char *end;

      if (pid == getpid ())
        return TRUE;
      if (!g_file_get_contents (path, &stat, NULL, NULL) || (end = strrchr (stat, ')')) == NULL ||
          sscanf (end + 1, " %*c %d", &pid) != 1)
        return FALSE;
    }
  return FALSE;
}

/* The CPU time (ns) of this process and of the WebKit web processes it started. */
static void
cpu_times (guint64 *ui, guint64 *web)
{
  g_autoptr (GDir) proc = g_dir_open ("/proc", 0, NULL);
  g_autofree char *self = g_strdup_printf ("%d", (int) getpid ());
  const char *pid;

  *ui = process_cpu_ns (self);
  *web = 0;
  while (proc != NULL && (pid = g_dir_read_name (proc)) != NULL)
    {
      g_autofree char *path = g_strdup_printf ("/proc/%s/stat", pid);
      g_autofree char *stat = NULL;
      const char *end;
      int ppid = 0;

      if (!g_ascii_isdigit (pid[0]) || !g_file_get_contents (path, &stat, NULL, NULL))
        continue;
      /* "pid (comm) state ppid …": comm may hold spaces and parentheses, so from its last ')'. */
      end = strrchr (stat, ')');
      if (end == NULL || sscanf (end + 1, " %*c %d", &ppid) != 1 || !is_ours (ppid) ||
          strstr (stat, "(WebKitWebProces") == NULL)
        continue;
      *web += process_cpu_ns (pid);
    }
}

static void
run (Selection *sel, GArray **cols)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (cmq_window_get_selection (sel->window)));
  GArray *warm[N_COLS];
  guint64 ui_before, web_before, ui_after, web_after;

  g_printerr ("%u releases listed\n", n);
  g_assert (n > N_STEPS + N_BURSTS * BURST_LENGTH);
  /* The first page starts the web process: not a selection a reader waits for twice. */
  for (guint c = 0; c < N_COLS; c++)
    warm[c] = g_array_new (FALSE, FALSE, sizeof (gint64));
  measure_one (sel, warm, "warm-up", n / 2 + 1);
  for (guint c = 0; c < N_COLS; c++)
    g_array_unref (warm[c]);

  cpu_times (&ui_before, &web_before);
  for (guint i = 0; i < N_SPREAD; i++)
    measure_one (sel, cols, "spread", (guint) ((guint64) i * (n - 1) / (N_SPREAD - 1)));
  for (guint i = 0; i < N_STEPS; i++)
    measure_one (sel, cols, "down", n / 3 + i);
  for (guint b = 0; b < N_BURSTS; b++)
    measure_burst (sel, cols,
                   (guint) ((guint64) (2 * b + 1) * (n - BURST_LENGTH) / (2 * N_BURSTS)));
  cpu_times (&ui_after, &web_after);
  /* Each selection's pause after it (100 ms) is in these: the work a page sets off counts. */
  g_printerr ("CPU per selection: window %.1f ms, web process %.1f ms\n",
              (ui_after - ui_before) / 1e6 / cols[0]->len,
              (web_after - web_before) / 1e6 / cols[0]->len);
}

int
main (int argc, char **argv)
{
  g_autoptr (CmqContext) context = NULL;
  GArray *cols[N_COLS];
  Selection sel = { 0 };
  gint64 p95;

  if (argc != 3)
    {
      g_printerr ("usage: %s LIBRARY INDEX\n", argv[0]);
      return 2;
    }
  gtk_init ();
  adw_init ();

  sel.window = open_window (argv[1], argv[2], &context);
  if (sel.window == NULL)
    return 1;
  sel.reader = cmq_window_get_reader_view (sel.window);
  sel.web_view = cmq_reader_view_get_web_view (sel.reader);
  g_signal_connect (sel.web_view, "load-changed", G_CALLBACK (load_changed_cb), &sel);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (sel.window)), "after-paint",
                    G_CALLBACK (after_paint_cb), &sel);
  for (guint c = 0; c < N_COLS; c++)
    cols[c] = g_array_new (FALSE, FALSE, sizeof (gint64));

  run (&sel, cols);

  p95 = report (cols);
  measure_scrolls (&sel, cols);
  g_print ("%.1f\n", p95 / 1000.0);
  for (guint c = 0; c < N_COLS; c++)
    g_array_unref (cols[c]);
  g_free (sel.expected_uri);
  gtk_window_destroy (GTK_WINDOW (sel.window));
  return 0;
}
