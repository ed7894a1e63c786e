/* test-ui-frames.c: the frames the window draws while a search fills the list, under Xvfb: GDK
 * runs the layout phase once per frame when a new result changes the list's length.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "test-ui-common.h"

#include "cmq-fixed-label.h"
#include "cmq-hit-bar.h"
#include "cmq-search-model-private.h"

static gboolean
search_over_cb (gpointer window)
{
  return !cmq_window_is_searching (window);
}

typedef struct
{
  guint in_frame; /* layout phases in the frame being drawn */
  guint most;     /* in one frame, at most */
  guint frames;
} Layouts;

static void
layout_phase_cb (GdkFrameClock *clock, Layouts *layouts)
{
  layouts->in_frame++;
}

static void
frame_painted_cb (GdkFrameClock *clock, Layouts *layouts)
{
  layouts->most = MAX (layouts->most, layouts->in_frame);
  layouts->frames += layouts->in_frame > 0;
  layouts->in_frame = 0;
}

/* A new result changes the list's length, and so its scrollbar, while GTK lays the window out:
 * the rows follow in the same layout phase, which GDK does not run a second time in the frame
 * (each time, it works the window's size out again, on X11 asking the server for the monitor and
 * its work area). The rows here keep their height (room for a snippet): nothing else asks. */
static void
test_one_layout_per_frame (void)
{
  g_autofree char *folder = ui_generated_library (300);
  g_autofree char *db = g_build_filename (home, "one-layout.sqlite", NULL);
  CmqWindow *window = open_window_on (folder, db);
  CmqSearchModel *model = _cmq_window_search_get_model (window);
  GdkFrameClock *clock;
  Layouts layouts = { 0 };
  const char *const searches[] = { "nato", "nato summit", "ministers", "nato" };

  {
    g_autoptr (GError) error = NULL;

    cmq_index_update (cmq_window_get_index (window), NULL, NULL, &error);
    g_assert_no_error (error);
  }
  type (window, "summit");
  ui_wait_laid_out (GTK_WIDGET (window));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "layout", G_CALLBACK (layout_phase_cb), &layouts);
  g_signal_connect_after (clock, "after-paint", G_CALLBACK (frame_painted_cb), &layouts);
  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      guint n_rows = ui_n_rows (window);

      gtk_editable_set_text (cmq_window_get_search_entry (window), searches[i]);
      ui_wait_until (search_over_cb, window);
      ui_wait_laid_out (GTK_WIDGET (window));
      /* The list's length changed: its scrollbar did, in a layout phase. */
      g_assert_cmpuint (ui_n_rows (window), !=, n_rows);
    }
  g_signal_handlers_disconnect_by_data (clock, &layouts);
  g_assert_true (cmq_search_model_is_complete (model));
  g_assert_cmpuint (layouts.frames, >, 0);
  g_assert_cmpuint (layouts.most, ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* GTK measures a widget again only when it, or a widget in it, asked for a new size: a bin that
 * counts its measures, put around a widget, says how often that widget's changes reached its
 * parents (and so the window, which each of them asks to lay the whole window out again). */
static void
probe_measure (GtkWidget *bin, GtkOrientation orientation, int for_size, int *minimum, int *natural,
               int *minimum_baseline, int *natural_baseline)
{
  guint *measures = g_object_get_data (G_OBJECT (bin), "measures");
  GdkFrameClock *clock = gtk_widget_get_frame_clock (bin);
  gint64 frame = clock != NULL ? gdk_frame_clock_get_frame_counter (clock) : -1;
  gint64 *last = g_object_get_data (G_OBJECT (bin), "frame");

  /* Counted once per layout phase: a new size is measured across, then down. */
  if (*last != frame || frame < 0)
    (*measures)++;
  *last = frame;
  /* A slot of the list (probe_slots()) may hold no row. */
  *minimum = *natural = 0;
  *minimum_baseline = *natural_baseline = -1;
  if (adw_bin_get_child (ADW_BIN (bin)) != NULL)
    gtk_widget_measure (adw_bin_get_child (ADW_BIN (bin)), orientation, for_size, minimum, natural,
                        minimum_baseline, natural_baseline);
}

static void
probe_allocate (GtkWidget *bin, int width, int height, int baseline)
{
  if (adw_bin_get_child (ADW_BIN (bin)) != NULL)
    gtk_widget_allocate (adw_bin_get_child (ADW_BIN (bin)), width, height, baseline, NULL);
}

static void
probe_bin (GtkWidget *bin, guint *measures)
{
  gtk_widget_set_layout_manager (bin, gtk_custom_layout_new (NULL, probe_measure, probe_allocate));
  g_object_set_data (G_OBJECT (bin), "measures", measures);
  g_object_set_data_full (G_OBJECT (bin), "frame", g_new0 (gint64, 1), g_free);
}

static void
probe_around (GtkWidget *widget, guint *measures)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);
  GtkWidget *previous = gtk_widget_get_prev_sibling (widget);
  GtkWidget *bin = adw_bin_new ();

  g_assert_true (GTK_IS_BOX (parent));
  probe_bin (bin, measures);
  g_object_ref (widget);
  gtk_box_remove (GTK_BOX (parent), widget);
  adw_bin_set_child (ADW_BIN (bin), widget);
  g_object_unref (widget);
  gtk_box_insert_child_after (GTK_BOX (parent), bin, previous);
}

/* Every slot of the release list (cmq-window-rows.c: an AdwBin per list item, which holds a
 * release row or keeps a row's height) counts its measures in @measures: a slot is measured when
 * its row or its own height asked for a new size. */
static guint
probe_slots (CmqWindow *window, guint *measures)
{
  guint n_slots = 0;

  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (window->list_view)); item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *slot = gtk_widget_get_first_child (item);

      if (ADW_IS_BIN (slot))
        {
          probe_bin (slot, measures);
          n_slots++;
        }
    }
  return n_slots;
}

static void
count_cb (guint *count)
{
  (*count)++;
}

typedef struct
{
  CmqWindow *window;
  guint steps;  /* results shown for the text typed last */
  guint knowns; /* times the counts became known */
} Typing;

static void
counts_known_cb (CmqSearchModel *model, GParamSpec *pspec, Typing *typing)
{
  gboolean known = FALSE;

  g_object_get (model, "counts-known", &known, NULL);
  typing->knowns += known;
}

static void
step_cb (CmqSearchModel *model, guint select, Typing *typing)
{
  typing->steps++;
}

/* The text typed last has shown a result, or started no search: a space, or the first letter
 * of a new word, leaves the search as it was (the window searches each text set once, and the
 * model no text that searches what the one before did). */
static gboolean
stepped_cb (gpointer user_data)
{
  Typing *typing = user_data;

  return typing->steps > 0 || !cmq_window_is_searching (typing->window);
}

/* @query typed key by key, each key once its text has shown a result, until the whole result
 * of the last; @typing counts the results and the times the counts became known. */
static void
type_key_by_key (Typing *typing, const char *query)
{
  CmqWindow *window = typing->window;
  CmqSearchModel *model = _cmq_window_search_get_model (window);
  gulong handler = g_signal_connect (model, "result-changed", G_CALLBACK (step_cb), typing);
  gulong counts_handler =
      g_signal_connect (model, "notify::counts-known", G_CALLBACK (counts_known_cb), typing);

  for (guint i = 1; i <= strlen (query); i++)
    {
      g_autofree char *typed = g_strndup (query, i);

      typing->steps = 0;
      gtk_editable_set_text (cmq_window_get_search_entry (window), typed);
      ui_wait_until (stepped_cb, typing);
      ui_wait_laid_out (GTK_WIDGET (window));
      /* The one letter gives no snippets: the rows keep their room (for a person to look at). */
      if (i == 1)
        ui_save_screenshot (GTK_WIDGET (window),
                            g_test_get_filename (G_TEST_BUILT, "screenshot-typing-1.png", NULL));
    }
  ui_wait_until (search_over_cb, window);
  ui_wait_laid_out (GTK_WIDGET (window));
  spin (50);
  g_signal_handler_disconnect (model, handler);
  g_signal_handler_disconnect (model, counts_handler);
}

/* Typing a query, key by key: the status line ("Searching…", then how many match) and the
 * filter's counts change with every key, and none of it asks for a new size: the status line
 * has the size of a line whatever it says, the counts change once per whole result (dimmed,
 * not replaced, while they are counted). Only the list's own changes lay the window out.
 * Each text set is searched once: the sort menu shows Newest for the one letter (nothing to
 * rank), then Best Match again, two orders and no more (never the empty text's, between the
 * keys). The rows keep their height whatever the query's length, so no slot of the list is
 * measured again. */
static void
test_typing_keeps_sizes (void)
{
  g_autofree char *folder = ui_generated_library (300);
  g_autofree char *db = g_build_filename (home, "typing-sizes.sqlite", NULL);
  CmqWindow *window = open_window_on (folder, db);
  /* More than a screenful matches each prefix: the first rows come before the whole result
   * and its counts, which are not known meanwhile. */
  const char *query = "nato";
  guint status_changes = 0;
  guint status_measures = 0;
  guint filter_measures = 0;
  guint sort_measures = 0;
  guint orders_shown = 0;
  guint slot_measures = 0;
  Typing typing = { window, 0, 0 };

  {
    g_autoptr (GError) error = NULL;

    cmq_index_update (cmq_window_get_index (window), NULL, NULL, &error);
    g_assert_no_error (error);
  }
  type (window, "summit");
  ui_wait_until (search_over_cb, window);
  probe_around (GTK_WIDGET (cmq_window_get_status_label (window)), &status_measures);
  probe_around (GTK_WIDGET (cmq_window_get_list_filter (window)), &filter_measures);
  probe_around (GTK_WIDGET (cmq_window_get_sort_dropdown (window)), &sort_measures);
  g_assert_cmpuint (probe_slots (window, &slot_measures), >, 0);
  ui_wait_laid_out (GTK_WIDGET (window));
  spin (50);
  g_assert_cmpuint (status_measures, >, 0);
  g_assert_cmpuint (filter_measures, >, 0);
  g_assert_cmpuint (sort_measures, >, 0);
  g_assert_cmpuint (slot_measures, >, 0);
  status_measures = filter_measures = sort_measures = slot_measures = 0;
  g_signal_connect_swapped (cmq_window_get_status_label (window), "notify::label",
                            G_CALLBACK (count_cb), &status_changes);
  g_signal_connect_swapped (cmq_window_get_sort_dropdown (window), "notify::selected",
                            G_CALLBACK (count_cb), &orders_shown);
  type_key_by_key (&typing, query);

  /* The status line did change ("Searching…", what was found), and the counts are known. */
  g_signal_handlers_disconnect_by_data (cmq_window_get_status_label (window), &status_changes);
  g_signal_handlers_disconnect_by_data (cmq_window_get_sort_dropdown (window), &orders_shown);
  g_assert_cmpuint (status_changes, >, 1);
  g_assert_cmpstr (count_text (window, CMQ_LIST_FILTER_ALL), !=, "…");
  g_test_message ("measured again while typing: status line %u (%u texts), filter %u (counts "
                  "known %u times), sort menu %u (%u orders shown), list slots %u",
                  status_measures, status_changes, filter_measures, typing.knowns, sort_measures,
                  orders_shown, slot_measures);
  g_assert_cmpuint (status_measures, ==, 0);
  /* At most once per whole result's counts (if their text changed); never per key. */
  g_assert_cmpuint (typing.knowns, >, 0);
  g_assert_cmpuint (filter_measures, <=, typing.knowns);
  g_assert_cmpuint (orders_shown, ==, 2);
  g_assert_cmpuint (sort_measures, <=, orders_shown);
  g_assert_cmpuint (slot_measures, ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
hits_counted_cb (gpointer view)
{
  gboolean counted = FALSE;

  g_object_get (view, "hits-counted", &counted, NULL);
  return counted;
}

/* The width the text @widget shows would take on one line, in its font. */
static int
text_width (GtkWidget *widget, const char *text)
{
  g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  int width = 0;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/* What @window shows, saved as screenshot-@name.png, then at 600 px wide (one pane) as
 * screenshot-@name-600.png, for a person to look at (light or dark, English or French, as the
 * test runs). */
static void
save_screenshots (CmqWindow *window, const char *name)
{
  g_autofree char *file = g_strdup_printf ("screenshot-%s.png", name);
  g_autofree char *narrow = g_strdup_printf ("screenshot-%s-600.png", name);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, file, NULL);
  g_autofree char *narrow_path = g_test_build_filename (G_TEST_BUILT, narrow, NULL);

  ui_save_screenshot (GTK_WIDGET (window), path);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 700);
  ui_wait_laid_out (GTK_WIDGET (window));
  ui_save_screenshot (GTK_WIDGET (window), narrow_path);
}

/* A search typed key by key with a release open: the reader shows the release again with each
 * new query and counts its hits again, and the header's hit bar says how many ("7 matches").
 * Neither its text nor the count being made (none, for a moment) asks for a new size: the bar
 * stays shown, and is as wide as the widest text it can show, which it never clips. */
static void
test_hit_bar_keeps_size (void)
{
  CmqWindow *window = open_window ();
  CmqSearchModel *model = _cmq_window_search_get_model (window);
  CmqReaderView *view = cmq_window_get_reader_view (window);
  CmqHitBar *bar = cmq_window_get_hit_bar (window);
  GtkWidget *label = NULL;
  const char *query = "nato summit";
  g_autoptr (GHashTable) texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint bar_measures = 0;
  Typing typing = { window, 0, 0 };
  gulong handler;

  type (window, "nato");
  ui_select_and_wait (window, 0);
  ui_wait_until (hits_counted_cb, view);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (bar)));
  probe_around (GTK_WIDGET (bar), &bar_measures);
  ui_wait_laid_out (GTK_WIDGET (window));
  spin (50);
  g_assert_cmpuint (bar_measures, >, 0);
  bar_measures = 0;
  for (label = gtk_widget_get_first_child (GTK_WIDGET (bar)); gtk_widget_get_first_child (label);)
    label = gtk_widget_get_first_child (label);

  handler = g_signal_connect (model, "result-changed", G_CALLBACK (step_cb), &typing);
  for (guint i = strlen ("nato") + 1; i <= strlen (query); i++)
    {
      g_autofree char *typed = g_strndup (query, i);
      const char *shown;

      typing.steps = 0;
      gtk_editable_set_text (cmq_window_get_search_entry (window), typed);
      ui_wait_until (stepped_cb, &typing);
      ui_wait_until (hits_counted_cb, view);
      ui_wait_laid_out (GTK_WIDGET (window));
      shown = cmq_hit_bar_get_text (bar);
      g_hash_table_add (texts, g_strdup (shown));
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (bar)));
      g_assert_cmpint (text_width (label, shown), <=, gtk_widget_get_width (label));
    }
  ui_wait_until (search_over_cb, window);
  ui_wait_laid_out (GTK_WIDGET (window));
  spin (50);
  g_signal_handler_disconnect (model, handler);

  g_test_message ("hit bar measured again while typing: %u (%u texts)", bar_measures,
                  g_hash_table_size (texts));
  /* The count did change with the query. */
  g_assert_cmpuint (g_hash_table_size (texts), >, 1);
  g_assert_cmpuint (bar_measures, ==, 0);
  save_screenshots (window, "hit-bar");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The widget in @root showing @text (a label's or a CmqFixedLabel's), or NULL. */
static GtkWidget *
find_showing (GtkWidget *root, const char *text)
{
  if ((GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (root)), text) == 0) ||
      (CMQ_IS_FIXED_LABEL (root) &&
       g_strcmp0 (cmq_fixed_label_get_label (CMQ_FIXED_LABEL (root)), text) == 0))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_showing (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static char *
no_match_title (const char *typed)
{
  /* Translators: %s is what the user typed in the search entry */
  return g_strdup_printf (_("No releases match “%s”"), typed);
}

/* A search that finds nothing, typed on: "No releases match “…”" names it at each key, and
 * asks for no new size, with nothing else on the page changing. */
static void
test_no_match_keeps_size (void)
{
  CmqWindow *window = open_window ();
  const char *query = "zqxjkvw";
  g_autofree char *title = NULL;
  GtkWidget *shown;
  guint title_measures = 0;

  type (window, "zqx");
  g_assert_cmpstr (cmq_window_get_visible_page (window), ==, "no-match");
  title = no_match_title ("zqx");
  shown = find_showing (GTK_WIDGET (cmq_window_get_no_match_page (window)), title);
  g_assert_nonnull (shown);
  probe_around (shown, &title_measures);
  ui_wait_laid_out (GTK_WIDGET (window));
  spin (50);
  g_assert_cmpuint (title_measures, >, 0);
  title_measures = 0;

  for (guint i = strlen ("zqx") + 1; i <= strlen (query); i++)
    {
      g_autofree char *typed = g_strndup (query, i);

      g_free (title);
      title = no_match_title (typed);
      gtk_editable_set_text (cmq_window_get_search_entry (window), typed);
      ui_wait_until (search_over_cb, window);
      ui_wait_laid_out (GTK_WIDGET (window));
      g_assert_cmpstr (cmq_window_get_visible_page (window), ==, "no-match");
      g_assert_true (find_showing (GTK_WIDGET (cmq_window_get_no_match_page (window)), title) ==
                     shown);
    }
  spin (50);
  g_test_message ("no-match title measured again while typing: %u", title_measures);
  g_assert_cmpuint (title_measures, ==, 0);
  save_screenshots (window, "no-match-typed");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  ui_test_init (&argc, &argv);
  g_test_add_func ("/ui-frames/one-layout-per-frame", test_one_layout_per_frame);
  g_test_add_func ("/ui-frames/typing-keeps-sizes", test_typing_keeps_sizes);
  g_test_add_func ("/ui-frames/hit-bar-keeps-size", test_hit_bar_keeps_size);
  g_test_add_func ("/ui-frames/no-match-keeps-size", test_no_match_keeps_size);
  return ui_test_run ();
}
