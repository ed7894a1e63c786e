/* test-ui-frames.c: the frames the window draws while a search fills the list, under Xvfb: GDK
 * runs the layout phase once per frame when a new result changes the list's length.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "test-ui-common.h"

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

int
main (int argc, char **argv)
{
  ui_test_init (&argc, &argv);
  g_test_add_func ("/ui-frames/one-layout-per-frame", test_one_layout_per_frame);
  return ui_test_run ();
}
