/* bench-keystroke.c: keystroke-to-list latency in the real window (a benchmark, never a test).
 *
 *   bench-keystroke LIBRARY INDEX      (run by build-aux/bench-keystroke, under Xvfb)
 *
 * Opens the window on INDEX (brought up to date with LIBRARY first) and types fixed searches
 * into its search entry twice: one character at a time, waiting for each to settle, then at 15
 * characters a second whatever the window does (a key is inserted when it is due, or as soon as
 * the main thread is free again, as queued key events would be).
 *
 * Key by key, it measures on the window's frame clock the time from the entry's "changed" to the
 * end of the first frame painted after the list's model changed (the first screen of hits), or,
 * when the keystroke does not change the list, after the search model's first step (its
 * "result-changed": the list shown is then the right one), or after the search finished when
 * no step came. Where the main thread's
 * time goes until the search is over, per keystroke:
 *   layout  the frame clock's layout phase (measuring, allocating, and binding the list's rows),
 *   paint   its paint phase (snapshot and rendering, GSK_RENDERER's share),
 *   ours    everything else the main thread did outside waiting (the "changed" handler, the search
 *           model's callbacks, the list's "items-changed"), wall clock and thread CPU time,
 *   idle    the time from "changed" until the main loop first waited for something to do again.
 * It counts the layout phases too, and how often the window's size was worked out again (GDK 4.8
 * does it in each layout phase, and on X11 asks the server for the monitor and its work area
 * first: round trips that a profile of the main thread shows as a fifth of its time).
 * The phases are timed by emission hooks, which run before any handler of the frame clock's
 * signals (GDK's own among them), so each phase is the time from its start to the next one's.
 *
 * Typed at 15 characters a second, it measures the entry's lag (from when a key was due to the
 * end of the first frame that painted it, and how many keys were due and not painted then) and
 * the main thread's work per keystroke (from one key to the next).
 *
 * Prints the details and the summary on stderr and the key-by-key keystroke-to-list 95th
 * percentile in milliseconds, alone, as the last line of stdout (build-aux/bench reads it).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench-window.h"
#include "cmq-window-private.h"

static const char *const searches[] = {
  "nato summit",    "ukraine",           "defence ministers",      "covid",
  "stoltenberg",    "secretary general", "\"collective defence\"", "otan",
  "year:2021 nato", "russia -ukraine",
};

#define TYPING_INTERVAL_US (G_USEC_PER_SEC / 15)

/* What the main thread did, summed since the last reset. */
typedef struct
{
  gint64 busy;     /* µs outside waiting in poll() */
  gint64 busy_cpu; /* thread CPU µs outside waiting */
  gint64 frame;    /* µs in frame clock phases (from flush-events to the end of after-paint) */
  gint64 frame_cpu;
  gint64 layout, layout_cpu;
  gint64 paint, paint_cpu;
  guint binds;  /* rows bound by the list's factory */
  gint64 items; /* µs in the list's "items-changed" (the list view's handlers among them) */
  gint64 items_cpu;
  guint layouts; /* layout phases of the frame clock */
  guint sizes;   /* the window's size worked out again (its surface's "compute-size") */
} Work;

typedef struct
{
  CmqWindow *window;
  GMainContext *main_context;
  GPollFunc poll;

  /* the main loop */
  gint64 woke, woke_cpu;         /* when the last poll() returned */
  gint64 frame_start, frame_cpu; /* the frame being drawn, or 0 */
  gint64 layout_start, layout_cpu, paint_start, paint_cpu;
  gint64 items_start, items_cpu;
  Work work;

  /* the keystroke measured (key by key) */
  gint64 started;    /* µs, when "changed" is emitted */
  gboolean changed;  /* the model changed since */
  gboolean stepped;  /* the search model's first step since */
  gint64 changed_at; /* µs, when it did */
  gboolean measured; /* a frame was painted after it */
  gint64 latency;
  gint64 idle_at; /* µs, when the main loop first waited after "changed", or 0 */
  Work at_measured;

  /* typing at 15 characters a second */
  GArray *due;     /* gint64 µs, when each key was due */
  GArray *painted; /* gint64 µs, when it was painted */
  guint n_inserted;
} Bench;

static Bench bench;

static gint64
thread_cpu_time (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

/* Around every poll() of the main context: what lies between two is the main thread's work. */
static int
poll_cb (GPollFD *fds, guint n_fds, int timeout)
{
  gint64 now = g_get_monotonic_time ();
  int result;

  if (bench.woke != 0)
    {
      bench.work.busy += now - bench.woke;
      bench.work.busy_cpu += thread_cpu_time () - bench.woke_cpu;
    }
  /* Waiting for something to happen: what "changed" started is done. */
  if (timeout != 0 && bench.started != 0 && bench.idle_at == 0)
    bench.idle_at = now;
  result = bench.poll (fds, n_fds, timeout);
  bench.woke = g_get_monotonic_time ();
  bench.woke_cpu = thread_cpu_time ();
  return result;
}

/* Emission hooks run before every handler of the signal, GDK's and GTK's included. A frame
 * starts with the first phase emitted (a phase nobody asked for is not). */
static gboolean
phase_hook_cb (GSignalInvocationHint *hint, guint n_params, const GValue *params, gpointer data)
{
  const char *phase = data;
  gint64 now = g_get_monotonic_time ();
  gint64 cpu = thread_cpu_time ();

  if (bench.frame_start == 0)
    {
      bench.frame_start = now;
      bench.frame_cpu = cpu;
    }
  if (bench.layout_start != 0)
    {
      bench.work.layout += now - bench.layout_start;
      bench.work.layout_cpu += cpu - bench.layout_cpu;
      bench.layout_start = 0;
    }
  if (bench.paint_start != 0)
    {
      bench.work.paint += now - bench.paint_start;
      bench.work.paint_cpu += cpu - bench.paint_cpu;
      bench.paint_start = 0;
    }
  if (g_str_equal (phase, "layout"))
    {
      bench.work.layouts++;
      bench.layout_start = now;
      bench.layout_cpu = cpu;
    }
  else if (g_str_equal (phase, "paint"))
    {
      bench.paint_start = now;
      bench.paint_cpu = cpu;
    }
  return TRUE;
}

static void
add_hooks (void)
{
  static const char *const phases[] = {
    "flush-events", "before-paint", "update", "layout", "paint", "resume-events", "after-paint",
  };
  GTypeClass *klass = g_type_class_ref (GDK_TYPE_FRAME_CLOCK);

  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    g_signal_add_emission_hook (g_signal_lookup (phases[i], GDK_TYPE_FRAME_CLOCK), 0, phase_hook_cb,
                                (gpointer) phases[i], NULL);
  /* Kept: the hooks belong to the class. */
  (void) klass;
}

/* Before every handler of the hit list's "items-changed" (the search model's, which the list
 * view's follow). */
static gboolean
items_hook_cb (GSignalInvocationHint *hint, guint n_params, const GValue *params, gpointer data)
{
  if (g_value_get_object (&params[0]) == (GObject *) cmq_window_get_hit_list (bench.window))
    {
      bench.items_start = g_get_monotonic_time ();
      bench.items_cpu = thread_cpu_time ();
    }
  return TRUE;
}

/* After all of them. */
static void
items_changed_after_cb (GListModel *model, guint position, guint removed, guint added, Bench *b)
{
  b->work.items += g_get_monotonic_time () - b->items_start;
  b->work.items_cpu += thread_cpu_time () - b->items_cpu;
}

static void
items_changed_cb (GListModel *model, guint position, guint removed, guint added, Bench *b)
{
  if (!b->changed)
    b->changed_at = g_get_monotonic_time ();
  b->changed = TRUE;
}

static void
result_changed_cb (CmqSearchModel *model, guint selected, Bench *b)
{
  b->stepped = TRUE;
}

static void
bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, Bench *b)
{
  b->work.binds++;
}

/* GDK (X11, 4.8) works the window's size out in every layout phase of its frame clock, and asks
 * the X server for the monitor and its work area each time, before this signal (round trips). */
static void
compute_size_cb (GdkToplevel *toplevel, GdkToplevelSize *size, Bench *b)
{
  b->work.sizes++;
}

/* Connected last: runs after GDK's handlers, at the end of the frame. */
static void
after_paint_cb (GdkFrameClock *clock, Bench *b)
{
  gint64 now = g_get_monotonic_time ();

  if (b->frame_start != 0)
    {
      b->work.frame += now - b->frame_start;
      b->work.frame_cpu += thread_cpu_time () - b->frame_cpu;
    }
  b->frame_start = 0;
  for (; b->painted->len < b->n_inserted;)
    g_array_append_val (b->painted, now);
  if (b->measured || b->started == 0)
    return;
  if (b->changed || b->stepped || !cmq_window_is_searching (b->window))
    {
      b->latency = now - b->started;
      b->measured = TRUE;
      b->at_measured = b->work;
    }
}

/* Figures, µs, one per keystroke */
enum
{
  FIG_LATENCY,    /* to the measured frame */
  FIG_TO_MODEL,   /* until the list's model changed, for keys that changed it */
  FIG_SETTLED,    /* until the search was over */
  FIG_IDLE,       /* from "changed" until the main loop waited */
  FIG_LAYOUT,     /* until measured */
  FIG_PAINT,      /* until measured */
  FIG_OURS,       /* until settled: outside frames */
  FIG_OURS_CPU,   /* the same, thread CPU time */
  FIG_FRAMES,     /* until settled: in frames */
  FIG_LAYOUT_CPU, /* until settled: layout phases, thread CPU */
  FIG_PAINT_CPU,  /* until settled: paint phases, thread CPU */
  FIG_BINDS,      /* rows bound until settled (a count) */
  FIG_FILLED,     /* release rows given a release until settled (a count) */
  FIG_ITEMS_CPU,  /* until settled: in the list's "items-changed", thread CPU */
  FIG_LAYOUTS,    /* layout phases until settled (a count) */
  FIG_SIZES,      /* the window's size worked out until settled (a count) */
  FIG_LAG,        /* typing: from a key due to it painted */
  FIG_KEY_OURS,   /* typing: main thread outside frames, from a key to the next */
  FIG_KEY_CPU,    /* the same, thread CPU time */
  FIG_KEY_FRAME,  /* typing: in frames */
  FIG_KEY_FRAME_CPU,
  FIG_KEY_SIZES, /* typing: the window's size worked out, from a key to the next (a count) */
  N_FIGURES
};

static GArray *figures[N_FIGURES];

static void
add (guint figure, gint64 value)
{
  g_array_append_val (figures[figure], value);
}

static void
connect_window (Bench *b)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (b->window));

  g_signal_connect (cmq_window_get_hit_list (b->window), "items-changed",
                    G_CALLBACK (items_changed_cb), b);
  g_signal_connect_after (cmq_window_get_hit_list (b->window), "items-changed",
                          G_CALLBACK (items_changed_after_cb), b);
  g_signal_add_emission_hook (g_signal_lookup ("items-changed", G_TYPE_LIST_MODEL), 0,
                              items_hook_cb, NULL, NULL);
  g_signal_connect (_cmq_window_search_get_model (b->window), "result-changed",
                    G_CALLBACK (result_changed_cb), b);
  g_signal_connect (gtk_list_view_get_factory (b->window->list_view), "bind", G_CALLBACK (bind_cb),
                    b);
  g_signal_connect_after (clock, "after-paint", G_CALLBACK (after_paint_cb), b);
  g_signal_connect (gtk_native_get_surface (GTK_NATIVE (b->window)), "compute-size",
                    G_CALLBACK (compute_size_cb), b);
  add_hooks ();
  b->main_context = g_main_context_default ();
  b->poll = g_main_context_get_poll_func (b->main_context);
  g_main_context_set_poll_func (b->main_context, poll_cb);
}

/* Types the last character of @typed (which ends at @end in its search) and measures it. */
static void
type_key (Bench *b, GtkEditable *entry, const char *typed, const char *end)
{
  CmqWindow *window = b->window;
  const char *last = g_utf8_prev_char (end);
  int position = (int) g_utf8_strlen (gtk_editable_get_text (entry), -1);
  gint64 settled;
  Work *w = &b->work;
  guint filled_before, filled;

  /* One character inserted at the end, as a key press does (set_text() would say "changed"
   * twice: emptied, then filled). The entry emits "changed" before insert_text() returns: the
   * clock starts with it. */
  b->changed = b->stepped = b->measured = FALSE;
  b->idle_at = 0;
  memset (w, 0, sizeof *w);
  _cmq_window_rows_get_n_label_resets (window, &filled_before);
  b->woke = b->started = g_get_monotonic_time ();
  b->woke_cpu = thread_cpu_time ();
  gtk_editable_insert_text (entry, last, end - last, &position);
  g_assert (g_str_equal (gtk_editable_get_text (entry), typed));
  while (!b->measured || cmq_window_is_searching (window))
    {
      /* Without a change of the list nothing asks for a frame: ask, as a cursor blink
       * would. */
      if (!cmq_window_is_searching (window) && !b->measured)
        gtk_widget_queue_draw (GTK_WIDGET (window));
      g_main_context_iteration (NULL, TRUE);
    }
  /* Until the search is over: under Best Match, the ranked first screen has replaced the
   * newest matches shown first, and the whole result has come. */
  settled = g_get_monotonic_time () - b->started;
  w->busy += g_get_monotonic_time () - b->woke;
  w->busy_cpu += thread_cpu_time () - b->woke_cpu;
  add (FIG_SETTLED, settled);
  add (FIG_LATENCY, b->latency);
  if (b->changed)
    add (FIG_TO_MODEL, b->changed_at - b->started);
  add (FIG_IDLE, (b->idle_at != 0 ? b->idle_at : g_get_monotonic_time ()) - b->started);
  add (FIG_LAYOUT, b->at_measured.layout);
  add (FIG_PAINT, b->at_measured.paint);
  add (FIG_OURS, w->busy - w->frame);
  add (FIG_OURS_CPU, w->busy_cpu - w->frame_cpu);
  add (FIG_FRAMES, w->frame);
  add (FIG_LAYOUT_CPU, w->layout_cpu);
  add (FIG_PAINT_CPU, w->paint_cpu);
  add (FIG_BINDS, w->binds);
  _cmq_window_rows_get_n_label_resets (window, &filled);
  add (FIG_FILLED, filled - filled_before);
  add (FIG_ITEMS_CPU, w->items_cpu);
  add (FIG_LAYOUTS, w->layouts);
  add (FIG_SIZES, w->sizes);
  g_printerr ("%-24s %6.1f ms (model %5.1f; layout %5.1f, paint %5.1f) | settled %6.1f: "
              "ours %5.1f ms (cpu %5.1f), idle after %5.1f, frames %5.1f, %3u binds, %3u filled | "
              "%u rows\n",
              typed, b->latency / 1000.0, b->changed ? (b->changed_at - b->started) / 1000.0 : 0.0,
              b->at_measured.layout / 1000.0, b->at_measured.paint / 1000.0, settled / 1000.0,
              (w->busy - w->frame) / 1000.0, (w->busy_cpu - w->frame_cpu) / 1000.0,
              g_array_index (figures[FIG_IDLE], gint64, figures[FIG_IDLE]->len - 1) / 1000.0,
              w->frame / 1000.0, w->binds, filled - filled_before,
              cmq_hit_list_get_n_hits (cmq_window_get_hit_list (window)));
}

static void
settle (Bench *b)
{
  while (cmq_window_is_searching (b->window))
    g_main_context_iteration (NULL, TRUE);
}

/* Types @text one character at a time, then empties the entry. */
static void
type_search (Bench *b, GtkEditable *entry, const char *text)
{
  for (const char *end = g_utf8_next_char (text);; end = g_utf8_next_char (end))
    {
      g_autofree char *typed = g_strndup (text, end - text);

      type_key (b, entry, typed, end);
      bench_spin (30);
      if (*end == '\0')
        break;
    }
  gtk_editable_set_text (entry, "");
  settle (b);
}

/* Types @text at 15 characters a second: a key goes in when it is due, or when the main thread is
 * free again if it was busy then (queued key events go in the same way, all at once). */
static void
type_fast (Bench *b, GtkEditable *entry, const char *text)
{
  gint64 start = g_get_monotonic_time () + TYPING_INTERVAL_US;
  guint first = b->due->len;
  guint i = 0;

  b->started = 0;
  for (const char *c = text; *c != '\0'; c = g_utf8_next_char (c), i++)
    {
      gint64 due = start + i * TYPING_INTERVAL_US;
      int position = -1;

      g_array_append_val (b->due, due);
      bench_wait_until (due);
      memset (&b->work, 0, sizeof b->work);
      b->woke = g_get_monotonic_time ();
      b->woke_cpu = thread_cpu_time ();
      position = (int) g_utf8_strlen (gtk_editable_get_text (entry), -1);
      gtk_editable_insert_text (entry, c, g_utf8_next_char (c) - c, &position);
      b->n_inserted++;
      /* This key's work, measured until the next one (or the main thread is free again). */
      bench_wait_until (due + TYPING_INTERVAL_US);
      b->work.busy += g_get_monotonic_time () - b->woke;
      b->work.busy_cpu += thread_cpu_time () - b->woke_cpu;
      b->woke = g_get_monotonic_time ();
      b->woke_cpu = thread_cpu_time ();
      add (FIG_KEY_OURS, b->work.busy - b->work.frame);
      add (FIG_KEY_CPU, b->work.busy_cpu - b->work.frame_cpu);
      add (FIG_KEY_FRAME, b->work.frame);
      add (FIG_KEY_FRAME_CPU, b->work.frame_cpu);
      add (FIG_KEY_SIZES, b->work.sizes);
    }
  settle (b);
  while (b->painted->len < b->n_inserted)
    g_main_context_iteration (NULL, TRUE);
  for (guint k = first; k < b->due->len; k++)
    add (FIG_LAG, g_array_index (b->painted, gint64, k) - g_array_index (b->due, gint64, k));
  gtk_editable_set_text (entry, "");
  settle (b);
}

/* The keys due but not yet painted when a key was painted, at most. */
static guint
max_keys_behind (Bench *b)
{
  guint most = 0;

  for (guint k = 0; k < b->due->len; k++)
    {
      gint64 painted = g_array_index (b->painted, gint64, k);
      guint behind = 0;

      for (guint j = k + 1; j < b->due->len && g_array_index (b->due, gint64, j) <= painted; j++)
        behind++;
      most = MAX (most, behind);
    }
  return most;
}

static gint64
percentile (guint figure, guint percent)
{
  return bench_percentile (figures[figure], percent);
}

static void
print_figure (const char *label, guint figure, gboolean count)
{
  double scale = count ? 1.0 : 1000.0;

  g_printerr ("  %-44s p50 %7.1f  p95 %7.1f  p99 %7.1f  max %7.1f%s\n", label,
              percentile (figure, 50) / scale, percentile (figure, 95) / scale,
              percentile (figure, 99) / scale, percentile (figure, 100) / scale,
              count ? "" : " ms");
}

/* Prints the figures on stderr; returns the 95th percentile of the latencies. */
static gint64
report (Bench *b)
{
  const char *renderer = g_getenv ("GSK_RENDERER");
  double load[3] = { 0 };

  g_printerr ("\nGSK_RENDERER=%s, %u keystrokes key by key, %u typed at 15 a second\n",
              renderer != NULL ? renderer : "(default)", figures[FIG_LATENCY]->len, b->due->len);
  /* Thread CPU times rise with the machine's load too (caches, shared cores): the figures of
   * two runs compare only at a like load. */
  if (getloadavg (load, 3) == 3)
    g_printerr ("load average at the end: %.2f %.2f %.2f on %u CPUs\n", load[0], load[1], load[2],
                g_get_num_processors ());
  g_printerr ("key by key:\n");
  print_figure ("keystroke to list (frame painted)", FIG_LATENCY, FALSE);
  print_figure ("… until the list's model changed", FIG_TO_MODEL, FALSE);
  print_figure ("… layout phase until then", FIG_LAYOUT, FALSE);
  print_figure ("… paint phase until then", FIG_PAINT, FALSE);
  print_figure ("until the search was over (ranked, whole)", FIG_SETTLED, FALSE);
  print_figure ("main thread, ours until over (wall)", FIG_OURS, FALSE);
  print_figure ("main thread, ours until over (thread CPU)", FIG_OURS_CPU, FALSE);
  print_figure ("main thread, frames until over", FIG_FRAMES, FALSE);
  print_figure ("… layout phases (thread CPU)", FIG_LAYOUT_CPU, FALSE);
  print_figure ("… paint phases (thread CPU)", FIG_PAINT_CPU, FALSE);
  print_figure ("… of ours, the list's items-changed (CPU)", FIG_ITEMS_CPU, FALSE);
  print_figure ("\"changed\" handler to idle", FIG_IDLE, FALSE);
  print_figure ("rows bound until over", FIG_BINDS, TRUE);
  print_figure ("release rows filled until over", FIG_FILLED, TRUE);
  print_figure ("layout phases until over", FIG_LAYOUTS, TRUE);
  print_figure ("window sizes worked out until over", FIG_SIZES, TRUE);
  g_printerr ("typed at 15 characters a second:\n");
  print_figure ("entry lag (key due to painted)", FIG_LAG, FALSE);
  g_printerr ("  %-44s %u\n", "keys behind at most", max_keys_behind (b));
  print_figure ("main thread per key, ours (wall)", FIG_KEY_OURS, FALSE);
  print_figure ("main thread per key, ours (thread CPU)", FIG_KEY_CPU, FALSE);
  print_figure ("main thread per key, frames (wall)", FIG_KEY_FRAME, FALSE);
  print_figure ("main thread per key, frames (thread CPU)", FIG_KEY_FRAME_CPU, FALSE);
  print_figure ("window sizes worked out per key", FIG_KEY_SIZES, TRUE);
  return percentile (FIG_LATENCY, 95);
}

int
main (int argc, char **argv)
{
  g_autoptr (CmqContext) context = NULL;
  GtkEditable *entry;
  gint64 p95;

  if (argc != 3)
    {
      g_printerr ("usage: %s LIBRARY INDEX\n", argv[0]);
      return 2;
    }
  gtk_init ();
  adw_init ();
  for (guint i = 0; i < N_FIGURES; i++)
    figures[i] = g_array_new (FALSE, FALSE, sizeof (gint64));
  bench.due = g_array_new (FALSE, FALSE, sizeof (gint64));
  bench.painted = g_array_new (FALSE, FALSE, sizeof (gint64));

  bench.window = bench_open_window (argv[1], argv[2], 0, 0, &context);
  if (bench.window == NULL)
    return 1;
  bench_spin (500);
  entry = cmq_window_get_search_entry (bench.window);
  connect_window (&bench);

  for (guint s = 0; s < G_N_ELEMENTS (searches); s++)
    type_search (&bench, entry, searches[s]);
  for (guint s = 0; s < G_N_ELEMENTS (searches); s++)
    type_fast (&bench, entry, searches[s]);

  p95 = report (&bench);
  g_print ("%.1f\n", p95 / 1000.0);
  gtk_window_destroy (GTK_WINDOW (bench.window));
  return 0;
}
