/* test-ui-adaptive.c: the window at phone and desktop widths under Xvfb: one pane at a time
 * below about 700 px (selecting goes to the reader, back returns), both side by side at
 * 1200 px, and the main menu reachable in every state, the sidebar hidden too. Screenshots at
 * both widths, light and dark (and French, as ui-adaptive-fr). The list's width follows its
 * rows' font.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "test-ui-common.h"

/* Shown: the widget is on screen (mapped, which a leaflet's hidden page and a hidden button
 * are not). */
static gboolean
mapped_cb (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static gboolean
unmapped_cb (gpointer data)
{
  return !gtk_widget_get_mapped (data);
}

static gboolean
settled_cb (gpointer data)
{
  return !adw_leaflet_get_child_transition_running (data);
}

static CmqWindow *
open_window_sized (int width)
{
  CmqWindow *window = new_window (NULL, NULL, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, 700);
  ui_show_window (window);
  /* The default size holds the client-side decoration's shadow: a little less is inside. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, width);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), >=, width - 40);
  return window;
}

static void
screenshot (CmqWindow *window, const char *name)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  const char *language = g_getenv ("LANGUAGE");
  const char *suffix = language != NULL && g_str_has_prefix (language, "fr") ? "-fr" : "";
  CmqReaderView *view = cmq_window_get_reader_view (window);
  WebKitWebView *web_view = cmq_reader_view_get_web_view (view);

  for (guint dark = 0; dark < 2; dark++)
    {
      g_autofree char *file =
          g_strdup_printf ("screenshot-adaptive-%s%s%s.png", name, dark ? "-dark" : "", suffix);
      g_autofree char *path = g_test_build_filename (G_TEST_BUILT, file, NULL);

      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                      : ADW_COLOR_SCHEME_FORCE_LIGHT);
      /* The page follows the window's look when it is loaded again. */
      if (gtk_widget_get_mapped (GTK_WIDGET (view)))
        {
          ui_wait_page (web_view,
                        "document.documentElement.classList.contains ('dark') ? 'dark' : 'light'",
                        dark ? "dark" : "light");
          ui_wait_page_painted (web_view);
        }
      ui_wait_frame (GTK_WIDGET (window));
      ui_save_screenshot (GTK_WIDGET (window), path);
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

/* Opens the main menu through @button and closes it again. */
static void
check_menu_opens (GtkWidget *button)
{
  GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));

  g_assert_true (gtk_widget_get_mapped (button));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  if (popover == NULL)
    popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  ui_wait_until (mapped_cb, popover);
  gtk_popover_popdown (popover);
  ui_wait_until (unmapped_cb, popover);
}

/* 600 px: the list alone; a release selected, the reader alone, with a back button and the
 * main menu; back, the list again. */
static void
test_narrow (void)
{
  CmqWindow *window = open_window_sized (600);
  GtkWidget *list = GTK_WIDGET (window->sidebar_bin);
  GtkWidget *reader = window->content_box;

  g_assert_true (adw_leaflet_get_folded (window->leaflet));
  g_assert_true (gtk_widget_get_mapped (list));
  g_assert_false (gtk_widget_get_mapped (reader));
  g_assert_cmpint (gtk_widget_get_width (list), ==, gtk_widget_get_width (GTK_WIDGET (window)));
  check_menu_opens (window->sidebar_menu_button);
  screenshot (window, "600-list");

  gtk_single_selection_set_selected (cmq_window_get_selection (window), 0);
  ui_wait_until (mapped_cb, reader);
  ui_wait_until (unmapped_cb, list);
  g_assert_cmpint (gtk_widget_get_width (reader), ==, gtk_widget_get_width (GTK_WIDGET (window)));
  g_assert_true (gtk_widget_get_mapped (window->back_button));
  check_menu_opens (window->content_menu_button);
  /* The page is drawn once the reader has slid in. */
  ui_wait_until (settled_cb, window->leaflet);
  ui_wait_page_painted (cmq_reader_view_get_web_view (cmq_window_get_reader_view (window)));
  screenshot (window, "600-reader");

  /* Back: the list, the release still selected. */
  gtk_widget_activate (window->back_button);
  ui_wait_until (mapped_cb, list);
  ui_wait_until (unmapped_cb, reader);
  g_assert_cmpuint (gtk_single_selection_get_selected (cmq_window_get_selection (window)), ==, 0);

  /* Down from the search box looks through the list: it stays. */
  gtk_single_selection_set_selected (cmq_window_get_selection (window), GTK_INVALID_LIST_POSITION);
  gtk_widget_grab_focus (GTK_WIDGET (cmq_window_get_search_entry (window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  {
    GtkEventController *keys = NULL;
    g_autoptr (GListModel) controllers =
        gtk_widget_observe_controllers (GTK_WIDGET (cmq_window_get_search_entry (window)));
    gboolean handled = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (controllers) && keys == NULL; i++)
      {
        g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_EVENT_CONTROLLER_KEY (controller) &&
            gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE)
          keys = controller;
      }
    g_assert_nonnull (keys);
    g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Down, 0, 0, &handled);
    g_assert_true (handled);
  }
  spin (50);
  g_assert_true (gtk_widget_get_mapped (list));
  g_assert_false (gtk_widget_get_mapped (reader));
  g_assert_cmpuint (gtk_single_selection_get_selected (cmq_window_get_selection (window)), ==, 0);

  /* Enter on the row reached (the list view's "activate") opens it. */
  g_signal_emit_by_name (window->list_view, "activate", 0);
  ui_wait_until (mapped_cb, reader);
  ui_wait_until (unmapped_cb, list);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* 1200 px: both panes; selecting a release keeps both; F9 hides the list, and the main menu is
 * then in the reader's header. */
static void
test_wide (void)
{
  CmqWindow *window = open_window_sized (1200);
  GtkWidget *list = GTK_WIDGET (window->sidebar_bin);
  GtkWidget *reader = window->content_box;

  g_assert_false (adw_leaflet_get_folded (window->leaflet));
  g_assert_true (gtk_widget_get_mapped (list));
  g_assert_true (gtk_widget_get_mapped (reader));
  /* The sidebar keeps its width (the setting's default). */
  g_assert_cmpint (gtk_widget_get_width (list), ==,
                   g_settings_get_int (cmq_window_get_settings (window), "sidebar-width"));
  g_assert_false (gtk_widget_get_visible (window->back_button));
  g_assert_false (gtk_widget_get_visible (window->content_menu_button));

  gtk_single_selection_set_selected (cmq_window_get_selection (window), 0);
  ui_wait_page_painted (cmq_reader_view_get_web_view (cmq_window_get_reader_view (window)));
  g_assert_true (gtk_widget_get_mapped (list));
  g_assert_true (gtk_widget_get_mapped (reader));
  check_menu_opens (window->sidebar_menu_button);
  screenshot (window, "1200");

  /* F9: the list hidden, the menu still there. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL));
  ui_wait_until (unmapped_cb, list);
  ui_wait_until (mapped_cb, window->content_menu_button);
  check_menu_opens (window->content_menu_button);
  screenshot (window, "1200-no-sidebar");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL));
  ui_wait_until (mapped_cb, list);
  ui_wait_until (unmapped_cb, window->content_menu_button);

  /* Narrowed while a release is read: the reader stays in view. */
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 700);
  ui_wait_laid_out (GTK_WIDGET (window));
  g_assert_true (adw_leaflet_get_folded (window->leaflet));
  ui_wait_until (mapped_cb, reader);
  ui_wait_until (unmapped_cb, list);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The list's minimum width across: what its scrolled window measures now. */
static void
check_list_width (CmqWindow *window, int *width)
{
  GtkWidget *bin = GTK_WIDGET (window->list_bin);
  int min, measured;

  gtk_widget_measure (bin, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  gtk_widget_measure (adw_bin_get_child (window->list_bin), GTK_ORIENTATION_HORIZONTAL, -1,
                      &measured, NULL, NULL, NULL);
  g_assert_cmpint (min, ==, measured);
  *width = min;
}

/* The list is measured across once (its rows' minimum width does not depend on their text),
 * and again when the font changes: after a search, and with a larger font, the list asks for
 * what its rows do. */
static void
test_list_width (void)
{
  CmqWindow *window = open_window_sized (1200);
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (window));
  int dpi, before, after;

  check_list_width (window, &before);
  type (window, "nato");
  ui_wait_search (window);
  ui_wait_laid_out (GTK_WIDGET (window));
  check_list_width (window, &after);
  g_assert_cmpint (after, ==, before);
  screenshot (window, "1200-nato");

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  g_object_set (settings, "gtk-xft-dpi", (dpi > 0 ? dpi : 96 * 1024) * 2, NULL);
  ui_wait_laid_out (GTK_WIDGET (window));
  check_list_width (window, &after);
  g_assert_cmpint (after, >, before);
  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
  ui_wait_laid_out (GTK_WIDGET (window));
  check_list_width (window, &after);
  g_assert_cmpint (after, ==, before);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/ui-adaptive/narrow", test_narrow);
  g_test_add_func ("/ui-adaptive/wide", test_wide);
  g_test_add_func ("/ui-adaptive/list-width", test_list_width);

  return ui_test_run ();
}
