/* test-ui-style.c: the reader's page takes a new colour scheme at once, without being opened
 * again: the system's or the app's light and dark, and sepia, in the release window and in the
 * compare window. What is checked is the page as drawn (a pixel of its paper), not only its
 * classes, with screenshots of each step.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-compare-window.h"
#include "test-ui-common.h"

/* The paper's colours of reader.css (--bg): light, dark, sepia. */
#define LIGHT_PAPER 250
#define DARK_PAPER  36
#define SEPIA_GREEN 236

/* Draws @web_view's page as it is now, saves it as @name and gives the green of a pixel of its
 * paper (the bottom left corner, left of the text). */
static int
paper_green (WebKitWebView *web_view, const char *name)
{
  GtkWidget *widget = GTK_WIDGET (web_view);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  int width, height;

  ui_wait_page_painted (web_view);
  ui_save_screenshot (widget, path);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), gtk_widget_get_width (widget),
                          gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, NULL);
  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, pixels, (gsize) width * 4);
  g_test_message ("%s: %s", name, path);
  /* GDK_MEMORY_DEFAULT is B, G, R, A: green is the second byte either way. */
  return pixels[((gsize) (height - 4) * width + 4) * 4 + 1];
}

/* The green of @web_view's paper once it is @green, or what it is at the deadline: when the web
 * process ends under the page (seen on a loaded machine), WebKit's frames are awaited again in a
 * new process, and the page may be drawn a frame later. */
static int
wait_paper_green (WebKitWebView *web_view, const char *name, int green)
{
  gint64 end = cmq_test_deadline (UI_TIMEOUT_SECONDS);
  int seen;

  while ((seen = paper_green (web_view, name)) != green && g_get_monotonic_time () < end)
    {
      g_test_message ("%s: the paper's green is %d, not %d yet", name, seen, green);
      ui_wait_frame (GTK_WIDGET (web_view));
    }
  return seen;
}

/* Switches to @scheme (a color-scheme setting, or NULL to force @dark on the style manager as
 * the system would) and checks that @web_view's page is drawn in @green without being opened
 * again. */
static void
switch_to (WebKitWebView *web_view, GSettings *settings, const char *scheme, gboolean dark,
           int green, const char *name)
{
  g_autofree char *shot = g_strdup_printf ("screenshot-style-%s.png", name);

  if (scheme != NULL)
    g_settings_set_string (settings, "color-scheme", scheme);
  else
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                             : ADW_COLOR_SCHEME_FORCE_LIGHT);
  ui_wait_page (web_view,
                "document.documentElement.classList.contains ('dark') ? 'dark' :"
                "document.documentElement.classList.contains ('sepia') ? 'sepia' : 'light'",
                scheme != NULL && g_str_equal (scheme, "sepia") ? "sepia"
                                                                : (dark ? "dark" : "light"));
  g_assert_cmpint (wait_paper_green (web_view, shot, green), ==, green);
}

static void
test_follow (void)
{
  CmqWindow *window = open_window ();
  GSettings *settings = cmq_window_get_settings (window);
  WebKitWebView *web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  g_autoptr (CmqRelease) a = NULL;
  g_autoptr (CmqRelease) b = NULL;
  CmqCompareWindow *compare;
  WebKitWebView *compare_view;

  ui_select_and_wait (window, 0);
  g_assert_cmpint (wait_paper_green (web_view, "screenshot-style-light.png", LIGHT_PAPER), ==,
                   LIGHT_PAPER);
  /* The system's look, the app following it. */
  switch_to (web_view, settings, NULL, TRUE, DARK_PAPER, "system-dark");
  switch_to (web_view, settings, NULL, FALSE, LIGHT_PAPER, "system-light");
  /* The app's own choice. */
  switch_to (web_view, settings, "dark", TRUE, DARK_PAPER, "dark");
  switch_to (web_view, settings, "sepia", FALSE, SEPIA_GREEN, "sepia");
  switch_to (web_view, settings, "light", FALSE, LIGHT_PAPER, "light-again");
  g_settings_reset (settings, "color-scheme");

  /* The compare window follows while it is open, and so does the page behind it. */
  a = cmq_index_load_release (cmq_window_get_index (window),
                              cmq_release_get_id (release_at (window, 0)), NULL);
  b = cmq_index_load_release (cmq_window_get_index (window),
                              cmq_release_get_id (release_at (window, 1)), NULL);
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  compare = cmq_compare_window_new (GTK_WINDOW (window), settings, a, b);
  compare_view = cmq_reader_view_get_web_view (cmq_compare_window_get_reader_view (compare));
  gtk_window_present (GTK_WINDOW (compare));
  ui_wait_laid_out (GTK_WIDGET (compare));
  ui_wait_page (compare_view, "document.readyState", "complete");
  switch_to (compare_view, settings, NULL, TRUE, DARK_PAPER, "compare-dark");
  switch_to (compare_view, settings, "sepia", FALSE, SEPIA_GREEN, "compare-sepia");
  g_settings_reset (settings, "color-scheme");
  switch_to (compare_view, settings, NULL, FALSE, LIGHT_PAPER, "compare-light");
  g_settings_set_string (settings, "color-scheme", "dark");
  ui_wait_page (web_view, "document.documentElement.className", "dark");
  g_assert_cmpint (wait_paper_green (web_view, "screenshot-style-behind-dark.png", DARK_PAPER), ==,
                   DARK_PAPER);

  g_settings_reset (settings, "color-scheme");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (compare));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  ui_test_init (&argc, &argv);
  g_test_add_func ("/ui-style/follow", test_follow);
  return ui_test_run ();
}
