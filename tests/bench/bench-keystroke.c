/* bench-keystroke.c: keystroke-to-list latency in the real window (a benchmark, never a test).
 *
 *   bench-keystroke LIBRARY INDEX      (run by build-aux/bench-keystroke, under Xvfb)
 *
 * Opens the window on INDEX (brought up to date with LIBRARY first) and types fixed searches
 * into its search entry one character at a time, waiting for each to settle. For every
 * keystroke it measures, on the window's frame clock, the time from the entry's "changed" to
 * the end of the first frame painted after the list's model changed (the first screen of
 * hits), or, when the keystroke does not change the list, after the search finished. Prints
 * the 95th percentile in milliseconds on stdout, the details on stderr: for each key also when
 * the list changed and how long the frames until the measured one spent laying out and
 * painting (where a frame's time goes without a GPU).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <stdlib.h>

#include "cmq-window-private.h"

static const char *const searches[] = {
  "nato summit",    "ukraine",           "defence ministers",      "covid",
  "stoltenberg",    "secretary general", "\"collective defence\"", "otan",
  "year:2021 nato", "russia -ukraine",
};

typedef struct
{
  CmqWindow *window;
  gint64 started;    /* µs, when "changed" is emitted */
  gboolean changed;  /* the model changed since */
  gint64 changed_at; /* µs, when it did */
  gboolean measured; /* a frame was painted after it */
  gint64 latency;
  gint64 phase_start; /* µs, when the frame clock's layout or paint phase started */
  gint64 layout;      /* µs spent in layout and in paint until measured */
  gint64 paint;
} Keystroke;

static void
layout_cb (GdkFrameClock *clock, Keystroke *key)
{
  key->phase_start = g_get_monotonic_time ();
}

static void
paint_cb (GdkFrameClock *clock, Keystroke *key)
{
  gint64 now = g_get_monotonic_time ();

  if (!key->measured && key->phase_start != 0)
    key->layout += now - key->phase_start;
  key->phase_start = now;
}

static void
items_changed_cb (GListModel *model, guint position, guint removed, guint added, Keystroke *key)
{
  if (!key->changed)
    key->changed_at = g_get_monotonic_time ();
  key->changed = TRUE;
}

static void
after_paint_cb (GdkFrameClock *clock, Keystroke *key)
{
  if (!key->measured && key->phase_start != 0)
    key->paint += g_get_monotonic_time () - key->phase_start;
  key->phase_start = 0;
  if (key->measured || key->started == 0)
    return;
  if (key->changed || !cmq_window_is_searching (key->window))
    {
      key->latency = g_get_monotonic_time () - key->started;
      key->measured = TRUE;
    }
}

static int
compare_gint64 (gconstpointer a, gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
spin (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

typedef struct
{
  GArray *latencies;  /* gint64 µs, to the measured frame */
  GArray *to_model;   /* until the list's model changed, for keys that changed it */
  GArray *to_settled; /* until the search was over */
} Results;

static void
connect_clock (CmqWindow *window, Keystroke *key)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

  g_signal_connect (cmq_window_get_hit_list (window), "items-changed",
                    G_CALLBACK (items_changed_cb), key);
  g_signal_connect (clock, "layout", G_CALLBACK (layout_cb), key);
  g_signal_connect (clock, "paint", G_CALLBACK (paint_cb), key);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), key);
}

/* Types the last character of @typed (which ends at @end in its search) and measures it. */
static void
type_key (Keystroke *key, GtkEditable *entry, const char *typed, const char *end, Results *results)
{
  CmqWindow *window = key->window;
  const char *last = g_utf8_prev_char (end);
  int position = (int) g_utf8_strlen (gtk_editable_get_text (entry), -1);
  gint64 settled;

  /* One character inserted at the end, as a key press does (set_text() would say "changed"
   * twice: emptied, then filled). The entry emits "changed" before insert_text() returns: the
   * clock starts with it. */
  key->changed = FALSE;
  key->measured = FALSE;
  key->layout = key->paint = 0;
  key->started = g_get_monotonic_time ();
  gtk_editable_insert_text (entry, last, end - last, &position);
  g_assert (g_str_equal (gtk_editable_get_text (entry), typed));
  while (!key->measured || cmq_window_is_searching (window))
    {
      /* Without a change of the list nothing asks for a frame: ask, as a cursor blink
       * would. */
      if (!cmq_window_is_searching (window) && !key->measured)
        gtk_widget_queue_draw (GTK_WIDGET (window));
      g_main_context_iteration (NULL, TRUE);
    }
  /* Until the search is over: under Best Match, the ranked first screen has replaced the
   * newest matches shown first. */
  settled = g_get_monotonic_time () - key->started;
  g_array_append_val (results->to_settled, settled);
  g_array_append_val (results->latencies, key->latency);
  if (key->changed)
    {
      gint64 model_latency = key->changed_at - key->started;

      g_array_append_val (results->to_model, model_latency);
    }
  g_printerr ("%-24s %6.1f ms (list changed after %5.1f ms; layout %5.1f, paint %5.1f ms)"
              "  %u rows\n",
              typed, key->latency / 1000.0,
              key->changed ? (key->changed_at - key->started) / 1000.0 : 0.0, key->layout / 1000.0,
              key->paint / 1000.0, cmq_hit_list_get_n_hits (cmq_window_get_hit_list (window)));
}

/* Types @text one character at a time, then empties the entry. */
static void
type_search (Keystroke *key, GtkEditable *entry, const char *text, Results *results)
{
  for (const char *end = g_utf8_next_char (text);; end = g_utf8_next_char (end))
    {
      g_autofree char *typed = g_strndup (text, end - text);

      type_key (key, entry, typed, end, results);
      spin (30);
      if (*end == '\0')
        break;
    }
  gtk_editable_set_text (entry, "");
  while (cmq_window_is_searching (key->window))
    g_main_context_iteration (NULL, TRUE);
}

static gint64
percentile (GArray *sorted, guint percent)
{
  return g_array_index (sorted, gint64, (sorted->len * percent + 99) / 100 - 1);
}

/* Prints the figures on stderr; returns the 95th percentile of the latencies. */
static gint64
report (Results *results)
{
  GArray *latencies = results->latencies;
  gint64 p50, p95, max;

  g_array_sort (latencies, compare_gint64);
  p50 = g_array_index (latencies, gint64, latencies->len / 2);
  p95 = percentile (latencies, 95);
  max = g_array_index (latencies, gint64, latencies->len - 1);
  g_printerr ("%u keystrokes: p50 %.1f ms, p95 %.1f ms, max %.1f ms\n", latencies->len,
              p50 / 1000.0, p95 / 1000.0, max / 1000.0);
  g_array_sort (results->to_model, compare_gint64);
  if (results->to_model->len > 0)
    g_printerr ("of which until the list's model changed (the index's first screen): p50 %.1f ms, "
                "p95 %.1f ms\n",
                g_array_index (results->to_model, gint64, results->to_model->len / 2) / 1000.0,
                percentile (results->to_model, 95) / 1000.0);
  g_array_sort (results->to_settled, compare_gint64);
  g_printerr ("until the search was over (ranked, counted): p50 %.1f ms, p95 %.1f ms\n",
              g_array_index (results->to_settled, gint64, results->to_settled->len / 2) / 1000.0,
              percentile (results->to_settled, 95) / 1000.0);
  return p95;
}

/* The window on the index at @index_path, brought up to date with the folder @library_path. */
static CmqWindow *
open_window (const char *library_path, const char *index_path, CmqContext **context)
{
  g_autoptr (CmqLibrary) library = cmq_library_new ();
  g_autoptr (GFile) folder = g_file_new_for_commandline_arg (library_path);
  g_autoptr (GError) error = NULL;
  CmqIndex *index;
  CmqWindow *window;

  cmq_library_add_directory (library, folder);
  *context = cmq_context_new (library, NULL, index_path);
  index = cmq_context_get_index (*context);
  cmq_index_set_folders (index, (const char *const[]){ library_path, NULL });
  if (!cmq_index_update (index, NULL, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return NULL;
    }

  window = cmq_window_new (NULL, *context);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)) || cmq_window_is_searching (window))
    g_main_context_iteration (NULL, TRUE);
  spin (500);
  return window;
}

int
main (int argc, char **argv)
{
  g_autoptr (CmqContext) context = NULL;
  g_autoptr (GArray) latencies = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray) to_model = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray) to_settled = g_array_new (FALSE, FALSE, sizeof (gint64));
  Results results = { latencies, to_model, to_settled };
  Keystroke key = { 0 };
  GtkEditable *entry;
  CmqWindow *window;
  gint64 p95;

  if (argc != 3)
    {
      g_printerr ("usage: %s LIBRARY INDEX\n", argv[0]);
      return 2;
    }
  gtk_init ();
  adw_init ();

  window = open_window (argv[1], argv[2], &context);
  if (window == NULL)
    return 1;
  key.window = window;
  entry = cmq_window_get_search_entry (window);
  connect_clock (window, &key);

  for (guint s = 0; s < G_N_ELEMENTS (searches); s++)
    type_search (&key, entry, searches[s], &results);

  p95 = report (&results);
  g_print ("%.1f\n", p95 / 1000.0);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
