/* test-ui-timeline.c: the real window under Xvfb: the timeline above the list appears for a
 * search, with a bar per year (per month once narrowed to a year); activating a bar narrows the
 * search entry's text to its period and the list then has as many releases as the bar said; it
 * hides when nothing is found. Screenshots light, dark and 600 px wide (French when run as
 * ui-timeline-fr). A bar is activated by a click through its gesture, and by the keyboard's actions.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "cmq-library.h"
#include "cmq-window-private.h"
#include "remove-tree.h"
#include "test-watchdog.h"
#include "ui-util.h"

static char *home;
static const char *screenshot_prefix = "screenshot-timeline";

static CmqWindow *
open_generated (void)
{
  g_autofree char *folder = g_build_filename (home, "generated", NULL);
  g_autofree char *generator =
      g_test_build_filename (G_TEST_DIST, "..", "build-aux", "generate-library.py", NULL);
  const char *argv[] = { "python3", generator, folder, "300", NULL };
  g_autoptr (GFile) dir = g_file_new_for_path (folder);
  g_autoptr (CmqLibrary) library = cmq_library_new ();
  g_autoptr (GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status,
                &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  cmq_library_add_directory (library, dir);
  return ui_open_window (library);
}

static gboolean
timeline_ready_cb (gpointer data)
{
  CmqWindow *window = data;
  CmqTimeline *timeline = cmq_window_get_timeline (window);

  return !cmq_window_is_searching (window) &&
         cmq_search_timeline_is_ready (cmq_timeline_get_model (timeline));
}

static void
search (CmqWindow *window, const char *text)
{
  gtk_editable_set_text (cmq_window_get_search_entry (window), text);
  ui_wait_until (timeline_ready_cb, window);
}

static void
screenshot (CmqWindow *window, const char *name)
{
  g_autofree char *file = g_strdup_printf ("%s-%s.png", screenshot_prefix, name);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, file, NULL);

  ui_wait_laid_out (GTK_WIDGET (window));
  ui_save_screenshot (GTK_WIDGET (window), path);
  g_test_message ("Screenshot: %s", path);
}

/* The bar with the most releases. */
static guint
biggest (CmqSearchTimeline *model)
{
  guint best = 0;

  for (guint i = 0; i < cmq_search_timeline_get_n_periods (model); i++)
    if (cmq_search_timeline_get_period (model, i)->count >
        cmq_search_timeline_get_period (model, best)->count)
      best = i;
  return best;
}

/* A click in the middle of bar @i, through the timeline's own gesture. */
static void
click_bar (CmqTimeline *timeline, guint i)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (timeline));
  guint n = cmq_search_timeline_get_n_periods (cmq_timeline_get_model (timeline));
  double x = (i + 0.5) * gtk_widget_get_width (GTK_WIDGET (timeline)) / n;
  gboolean clicked = FALSE;

  for (guint c = 0; c < g_list_model_get_n_items (controllers); c++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, c);

      if (GTK_IS_GESTURE_CLICK (controller))
        {
          g_signal_emit_by_name (controller, "released", 1, x, 10.0);
          clicked = TRUE;
        }
    }
  g_assert_true (clicked);
}

/* Activates bar @i as a click does (@click: by the gesture, else by the action); the list then
 * lists its releases, and only them. */
static void
activate_bar (CmqWindow *window, guint i, gboolean click)
{
  CmqTimeline *timeline = cmq_window_get_timeline (window);
  CmqSearchTimeline *model = cmq_timeline_get_model (timeline);
  CmqSearchTimelinePeriod period = *cmq_search_timeline_get_period (model, i);
  g_autofree char *label = cmq_search_timeline_period_label (&period);
  guint n_all = 0;

  g_test_message ("Bar %u: %s, %u releases", i, label, period.count);
  g_assert_cmpuint (period.count, >, 0);
  if (click)
    click_bar (timeline, i);
  else
    {
      /* What Enter does, on the bar the keyboard is on. */
      g_assert_cmpuint (cmq_timeline_get_focus_period (timeline), ==, i);
      g_assert_true (
          gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.activate-focus", NULL));
    }
  ui_wait_until (timeline_ready_cb, window);
  g_assert_true (cmq_search_model_get_counts (_cmq_window_search_get_model (window), &n_all, NULL,
                                              NULL, NULL));
  g_assert_cmpuint (n_all, ==, period.count);
  g_assert_cmpuint (cmq_hit_list_get_n_hits (cmq_window_get_hit_list (window)), ==, period.count);
  g_test_message ("Search: %s", gtk_editable_get_text (cmq_window_get_search_entry (window)));
}

static void
test_timeline (void)
{
  CmqWindow *window = open_generated ();
  CmqTimeline *timeline = cmq_window_get_timeline (window);
  AdwStyleManager *style = adw_style_manager_get_default ();
  CmqSearchTimeline *model = cmq_timeline_get_model (timeline);
  g_autofree char *year = NULL;
  g_autofree char *text = NULL;
  const char *entry;

  search (window, "nato");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (timeline)));
  g_assert_cmpuint (cmq_search_timeline_get_unit (model), ==, CMQ_SEARCH_TIMELINE_YEARS);
  g_assert_cmpuint (cmq_search_timeline_get_n_periods (model), >, 10);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (timeline)), >, 0);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  screenshot (window, "light");

  /* The tooltip's words for a bar. */
  year = cmq_search_timeline_period_label (cmq_search_timeline_get_period (model, 0));
  text = cmq_timeline_dup_period_text (timeline, 0);
  g_assert_true (g_str_has_prefix (text, year));

  /* A year: the entry says so, and the timeline shows its months. */
  activate_bar (window, biggest (model), TRUE);
  entry = gtk_editable_get_text (cmq_window_get_search_entry (window));
  g_assert_true (g_str_has_prefix (entry, "year:"));
  g_assert_true (g_str_has_suffix (entry, " nato"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (timeline)));
  g_assert_cmpuint (cmq_search_timeline_get_unit (model), ==, CMQ_SEARCH_TIMELINE_MONTHS);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  screenshot (window, "dark");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  /* A month, by the keyboard: End, then Enter on the focused (newest) bar. */
  gtk_widget_grab_focus (GTK_WIDGET (timeline));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.move", "i", 1000));
  g_assert_cmpuint (cmq_timeline_get_focus_period (timeline), ==,
                    cmq_search_timeline_get_n_periods (model) - 1);
  activate_bar (window, cmq_timeline_get_focus_period (timeline), FALSE);
  entry = gtk_editable_get_text (cmq_window_get_search_entry (window));
  g_assert_true (g_str_has_prefix (entry, "after:"));
  g_assert_nonnull (strstr (entry, " before:"));
  /* One month: a single period, nothing to compare: hidden. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (timeline)));

  /* Undone by editing the text. */
  search (window, "nato");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (timeline)));
  /* Nothing found: hidden. */
  search (window, "zzzzqqqxx");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (timeline)));

  /* 600 px wide: every bar still there, the window no wider. */
  search (window, "");
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 700);
  ui_wait_laid_out (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (timeline)));
  screenshot (window, "narrow");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 600);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  int status;

  cmq_test_watchdog_start (CMQ_TEST_WATCHDOG_UI_SECONDS);
  home = ui_isolate_home ();
  if (ui_bind_test_translations ())
    screenshot_prefix = "screenshot-timeline-fr";
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  g_test_add_func ("/ui-timeline/timeline", test_timeline);

  status = g_test_run ();
  cmq_test_remove_tree (home);
  g_free (home);
  return status;
}
