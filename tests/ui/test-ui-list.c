/* test-ui-list.c: the release list and the release being read, under Xvfb: a phrase found is one
 * hit; a search that leaves out the release being read keeps it open, marked, and clearing the
 * search selects it again, in view; an update of the index never blanks the reader; indexing
 * shows a progress bar, and the All count says what the status line says.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "test-ui-common.h"

#include "cmq-search-model-private.h"

static gboolean
page_loaded (gpointer window)
{
  return !webkit_web_view_is_loading (
      cmq_reader_view_get_web_view (cmq_window_get_reader_view (window)));
}

static gboolean
narrow_cb (gpointer data)
{
  return gtk_widget_get_width (data) <= 600;
}

static gboolean
wide_cb (gpointer data)
{
  return gtk_widget_get_width (data) > 1000;
}

/* "screenshot-list-NAME.png", "-fr" in French (the ui-list-fr run). */
static void
screenshot (CmqWindow *window, const char *name)
{
  const char *language = g_getenv ("LANGUAGE");
  gboolean french = language != NULL && g_str_has_prefix (language, "fr");
  g_autofree char *file = g_strdup_printf ("screenshot-list-%s%s.png", name, french ? "-fr" : "");
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, file, NULL);
  WebKitWebView *web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));

  /* A page that follows the colours loads again: it has, once it is no longer loading; and
   * WebKit draws it at a new size (the window narrowed) in frames of its own, after GTK's.
   * Folded onto the list, the reader's page draws no frame: it may still be mapped while the
   * leaflet folds (the reader stays mapped under the status page), never for long. */
  ui_wait_laid_out (GTK_WIDGET (window));
  ui_wait_until (page_loaded, window);
  if (gtk_widget_get_mapped (GTK_WIDGET (web_view)) &&
      (!adw_leaflet_get_folded (window->leaflet) ||
       gtk_widget_is_ancestor (GTK_WIDGET (web_view),
                               adw_leaflet_get_visible_child (window->leaflet))))
    ui_wait_page_painted (web_view);
  ui_save_screenshot (GTK_WIDGET (window), path);
  g_test_message ("Screenshot: %s", path);
}

static void
notify_cb (GObject *object, GParamSpec *pspec, gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
}

static void
load_started_cb (WebKitWebView *web_view, WebKitLoadEvent event, guint *started)
{
  if (event == WEBKIT_LOAD_STARTED)
    (*started)++;
}

/* "collective defence" is in one seed release, once: one hit, one match, one step. */
static void
test_phrase_hits (void)
{
  CmqWindow *window = open_window ();
  CmqReaderView *view = cmq_window_get_reader_view (window);
  CmqHitBar *bar = cmq_window_get_hit_bar (window);
  gboolean counted = FALSE;
  gulong handler;

  type (window, "\"collective defence\"");
  g_assert_cmpuint (ui_n_rows (window), ==, 1);
  handler = g_signal_connect (view, "notify::n-hits", G_CALLBACK (notify_cb), &counted);
  ui_select_and_wait (window, 0);
  if (cmq_reader_view_get_n_hits (view) == 0)
    ui_wait_for (&counted);
  g_signal_handler_disconnect (view, handler);
  g_assert_cmpuint (cmq_reader_view_get_n_hits (view), ==, 1);
  {
    g_autofree char *one =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u match", "%u matches", 1), 1);

    g_assert_cmpstr (cmq_hit_bar_get_text (bar), ==, one);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The hits of @text in @index, newest first (all of them). */
static GPtrArray *
search_index (CmqIndex *index, const char *text)
{
  g_autoptr (CmqQuery) query = cmq_query_parse (text, CMQ_QUERY_FLAGS_NONE);
  g_autoptr (GError) error = NULL;
  GPtrArray *hits =
      cmq_index_query (index, query, CMQ_INDEX_SORT_NEWEST, 0, CMQ_INDEX_QUERY_NONE, NULL, &error);

  g_assert_no_error (error);
  return hits;
}

static gboolean
has_release (GPtrArray *hits, const char *id)
{
  for (guint i = 0; i < hits->len; i++)
    if (g_str_equal (((CmqIndexHit *) g_ptr_array_index (hits, i))->id, id))
      return TRUE;
  return FALSE;
}

/* A word that finds releases, not @id. */
static const char *
word_without (CmqIndex *index, const char *id)
{
  static const char *const words[] = { "summit",   "ukraine", "nato",    "defence", "minister",
                                       "security", "allies",  "council", "russia",  "partners" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      g_autoptr (GPtrArray) hits = search_index (index, words[i]);

      if (hits->len > 0 && !has_release (hits, id))
        return words[i];
    }
  g_assert_not_reached ();
}

static const char *
reader_id (CmqWindow *window)
{
  CmqRelease *release = cmq_reader_view_get_release (cmq_window_get_reader_view (window));

  return release != NULL ? cmq_release_get_id (release) : NULL;
}

/* The row at @position is laid out inside the list's view. */
static void
assert_row_in_view (CmqWindow *window, guint position)
{
  CmqRelease *release = release_at (window, position);
  GtkWidget *row;
  GtkWidget *scrolled;
  graphene_rect_t bounds;

  ui_wait_laid_out (GTK_WIDGET (window));
  row = row_for (window, release);
  scrolled = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
  g_assert_true (gtk_widget_compute_bounds (row, scrolled, &bounds));
  g_assert_cmpfloat (bounds.origin.y, >=, -1);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=,
                     gtk_widget_get_height (scrolled) + 1);
}

/* A search that leaves out the release being read keeps it open and says so; clearing the search
 * selects it again, scrolled into view. */
static void
test_outside (void)
{
  g_autofree char *folder = ui_generated_library (200);
  g_autofree char *db = g_build_filename (home, "outside.sqlite", NULL);
  CmqWindow *window = open_window_on (folder, db);
  GtkSingleSelection *selection = cmq_window_get_selection (window);
  CmqBanner *banner = cmq_window_get_outside_banner (window);
  g_autoptr (GPtrArray) all = NULL;
  g_autofree char *id = NULL;
  const char *word;
  guint position;

  {
    g_autoptr (GError) error = NULL;

    cmq_index_update (cmq_window_get_index (window), NULL, NULL, &error);
    g_assert_no_error (error);
  }
  type (window, "");
  all = search_index (cmq_window_get_index (window), "");
  g_assert_cmpuint (all->len, >, 150);
  /* Far down the list, beyond the first screen of a result. */
  id = g_strdup (((CmqIndexHit *) g_ptr_array_index (all, 150))->id);
  position = cmq_hit_list_find (cmq_window_get_hit_list (window), id);
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  ui_select_and_wait (window, position);
  g_assert_false (cmq_banner_get_shown (banner));

  word = word_without (cmq_window_get_index (window), id);
  type (window, word);
  g_assert_cmpuint (ui_n_rows (window), >, 0);
  /* Still open, marked, and nothing selected in a list that does not have it. */
  g_assert_cmpstr (cmq_window_get_visible_page (window), ==, "reader");
  g_assert_cmpstr (reader_id (window), ==, id);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, GTK_INVALID_LIST_POSITION);
  g_assert_true (cmq_banner_get_shown (banner));
  g_assert_cmpstr (cmq_banner_get_title (banner), ==, _("This release is not in the list"));
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_LIGHT);
  screenshot (window, "outside");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  screenshot (window, "outside-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 700);
  ui_wait_until (narrow_cb, window);
  screenshot (window, "outside-narrow");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 600);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 750);

  /* Closed (as its close button does), it stays closed while the search runs again. */
  cmq_banner_hide (banner);
  g_signal_emit_by_name (cmq_window_get_context (window), "changed");
  spin (50);
  g_assert_false (cmq_banner_get_shown (banner));
  g_assert_cmpstr (reader_id (window), ==, id);

  /* Cleared: selected again, in its place, in view. */
  type (window, "");
  g_assert_false (cmq_banner_get_shown (banner));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, position);
  g_assert_cmpstr (reader_id (window), ==, id);
  assert_row_in_view (window, position);

  /* The banner's button does the same from another search. */
  gtk_editable_set_position (cmq_window_get_search_entry (window), 0);
  type (window, word);
  g_assert_true (cmq_banner_get_shown (banner));
  g_signal_emit_by_name (banner, "button-clicked");
  spin (50);
  g_assert_cmpstr (gtk_editable_get_text (cmq_window_get_search_entry (window)), ==, "");
  g_assert_false (cmq_banner_get_shown (banner));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, position);
  assert_row_in_view (window, position);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The search runs again (the index or the store changed) and its first screen lacks the release
 * being read: the page stays as it is, the release stays selected. */
static void
test_update_keeps_reader (void)
{
  g_autofree char *folder = ui_generated_library (200);
  g_autofree char *db = g_build_filename (home, "update.sqlite", NULL);
  CmqWindow *window = open_window_on (folder, db);
  GtkSingleSelection *selection = cmq_window_get_selection (window);
  WebKitWebView *web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  g_autoptr (GPtrArray) all = NULL;
  g_autofree char *id = NULL;
  guint started = 0;
  guint position;
  gulong handler;

  {
    g_autoptr (GError) error = NULL;

    cmq_index_update (cmq_window_get_index (window), NULL, NULL, &error);
    g_assert_no_error (error);
  }
  type (window, "");
  all = search_index (cmq_window_get_index (window), "");
  id = g_strdup (((CmqIndexHit *) g_ptr_array_index (all, 120))->id);
  position = cmq_hit_list_find (cmq_window_get_hit_list (window), id);
  ui_select_and_wait (window, position);

  handler = g_signal_connect (web_view, "load-changed", G_CALLBACK (load_started_cb), &started);
  g_signal_emit_by_name (cmq_window_get_context (window), "changed");
  ui_wait_until (search_done_cb, NULL);
  spin (50);
  g_signal_handler_disconnect (web_view, handler);
  g_assert_cmpuint (started, ==, 0);
  g_assert_cmpstr (reader_id (window), ==, id);
  g_assert_cmpstr (cmq_window_get_visible_page (window), ==, "reader");
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, position);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The window as drawn while the index is updated: TRUE when the progress bar was still shown
 * once the screenshot was made (it hides for good when the update ends). */
static gboolean
progress_screenshot (CmqWindow *window, const char *name)
{
  const char *language = g_getenv ("LANGUAGE");
  gboolean french = language != NULL && g_str_has_prefix (language, "fr");
  g_autofree char *file = g_strdup_printf ("screenshot-list-%s%s.png", name, french ? "-fr" : "");
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, file, NULL);

  GtkWidget *bar = GTK_WIDGET (cmq_window_get_index_progress (window));
  g_autoptr (GdkPaintable) paintable = NULL;
  g_autoptr (GtkSnapshot) snapshot = NULL;
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;

  /* Drawn as it is now, without waiting for frames: the update may end meanwhile. The bar has
   * been laid out once it is mapped. */
  if (!gtk_widget_get_mapped (bar))
    return FALSE;
  paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot),
                          gtk_widget_get_width (GTK_WIDGET (window)),
                          gtk_widget_get_height (GTK_WIDGET (window)));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return FALSE;
  texture = gsk_renderer_render_texture (
      gtk_native_get_renderer (gtk_widget_get_native (GTK_WIDGET (window))), node, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  return TRUE;
}

static void
updated_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;

  cmq_index_update_finish (CMQ_INDEX (source), result, NULL, &error);
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

/* The status line and the All count say the same number of releases at every moment of an
 * update, and after it; the progress bar shows how far the update is. */
static void
test_counts_follow_status (void)
{
  g_autofree char *folder = ui_generated_library (600);
  g_autofree char *db = g_build_filename (home, "counts.sqlite", NULL);
  CmqWindow *window = open_window_on (folder, db);
  CmqFixedLabel *status = cmq_window_get_status_label (window);
  GtkProgressBar *bar = cmq_window_get_index_progress (window);
  double last_fraction = 0.0;
  guint compared = 0;
  gboolean bar_seen = FALSE;
  gboolean light_seen = FALSE;
  gboolean dark_seen = FALSE;
  gboolean done = FALSE;

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));
  cmq_index_update_async (cmq_window_get_index (window), NULL, updated_cb, &done);
  while (!done || cmq_window_is_searching (window))
    {
      const char *all;

      g_main_context_iteration (NULL, TRUE);
      all = count_text (window, CMQ_LIST_FILTER_ALL);
      /* Known once, the counts stay known while the same search runs again for each batch. */
      if (compared > 0)
        g_assert_cmpstr (all, !=, "…");
      if (!g_str_equal (all, "…"))
        {
          g_autofree char *expected =
              g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s release", "%s releases", 2), all);

          /* "1 release" never comes: the first batch is larger. */
          if (!g_str_equal (all, "0"))
            g_assert_cmpstr (cmq_fixed_label_get_label (status), ==, expected);
          compared++;
        }
      if (gtk_widget_get_visible (GTK_WIDGET (bar)))
        {
          double fraction = gtk_progress_bar_get_fraction (bar);

          g_assert_nonnull (strstr (gtk_progress_bar_get_text (bar), " 600"));
          g_assert_cmpfloat (fraction, >=, last_fraction);
          g_assert_cmpfloat (fraction, <=, 1.0);
          /* Dark first, then light, each taken again while the update lasts until the bar is
           * still shown once drawn (a small library may be indexed before). */
          bar_seen = TRUE;
          if (!dark_seen && fraction > 0.0)
            {
              adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                                  ADW_COLOR_SCHEME_FORCE_DARK);
              dark_seen = progress_screenshot (window, "progress-dark");
            }
          else if (dark_seen && !light_seen)
            {
              adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                                  ADW_COLOR_SCHEME_DEFAULT);
              light_seen = progress_screenshot (window, "progress");
            }
          last_fraction = fraction;
        }
    }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  g_test_message ("Progress drawn in dark: %d, in light: %d", dark_seen, light_seen);
  spin (20);
  g_assert_true (bar_seen);
  g_assert_cmpuint (compared, >, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));
  g_assert_cmpstr (count_text (window, CMQ_LIST_FILTER_ALL), ==, "600");
  {
    g_autofree char *final =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s release", "%s releases", 600), "600");

    g_assert_cmpstr (cmq_fixed_label_get_label (status), ==, final);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The height @row asks for at its width (a window does not shrink by itself). */
static int
row_height (GtkWidget *row)
{
  int natural = 0;

  ui_wait_laid_out (row);
  gtk_widget_measure (row, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (row), NULL, &natural,
                      NULL, NULL);
  return natural;
}

/* A row that keeps room for a snippet (the window's do while there is a query) keeps its height when the snippet
 * comes, of two lines or of one: the list does not jump. */
static void
test_snippet_keeps_height (void)
{
  CmqIndexHit hit = { .id = "0123456789abcdef",
                      .file = "/library/a.txt",
                      .title = "NATO Secretary General meets the Prime Minister of Norway",
                      .date = "2021-05-03" };
  g_autoptr (CmqRelease) release = cmq_index_hit_to_release (&hit);
  g_autoptr (GtkCssProvider) style = gtk_css_provider_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *row = cmq_release_row_new ();
  int reserved, two_lines, one_line;

  /* The app's style sheet, as the window has it (this test opens no CmqWindow). */
  gtk_css_provider_load_from_resource (style, "/io/github/communique/Communique/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (style),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  gtk_window_set_default_size (GTK_WINDOW (window), 320, -1);
  gtk_window_set_child (GTK_WINDOW (window), row);
  cmq_release_row_set_release (CMQ_RELEASE_ROW (row), release);
  cmq_release_row_reserve_snippet (CMQ_RELEASE_ROW (row), TRUE);
  cmq_release_row_set_snippet (CMQ_RELEASE_ROW (row), NULL);
  gtk_window_present (GTK_WINDOW (window));
  reserved = row_height (row);

  cmq_release_row_set_snippet (CMQ_RELEASE_ROW (row),
                               "… Allies discussed the <b>collective</b> defence of the High "
                               "North, surveillance, exercises and cooperation with partners in "
                               "the region and beyond it, over two days …");
  two_lines = row_height (row);
  cmq_release_row_set_snippet (CMQ_RELEASE_ROW (row), "… <b>NATO</b> …");
  one_line = row_height (row);
  g_assert_cmpint (reserved, ==, two_lines);
  g_assert_cmpint (reserved, ==, one_line);

  /* No room kept: a row that reserves none is shorter. */
  cmq_release_row_reserve_snippet (CMQ_RELEASE_ROW (row), FALSE);
  cmq_release_row_set_snippet (CMQ_RELEASE_ROW (row), NULL);
  g_assert_cmpint (row_height (row), <, reserved);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The list scrolled as far down as it goes, as a dragged scrollbar leaves it. */
static void
scroll_to_end (CmqWindow *window, GtkAdjustment *adjustment)
{
  ui_wait_laid_out (GTK_WIDGET (window));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) -
                                            gtk_adjustment_get_page_size (adjustment));
  ui_wait_frame (GTK_WIDGET (window));
}

/* The list has a row for every match, so its scrollbar spans the whole result: dragged to the
 * end, the first frame shows the oldest release in its row; a new search starts at the top again,
 * and makes no new row widget (the rows are kept and bound again); a slot that never held a row
 * is emptied without touching its accessible state. */
static void
test_drag_to_end (void)
{
  g_autofree char *folder = ui_generated_library (200);
  g_autofree char *db = g_build_filename (home, "drag.sqlite", NULL);
  CmqWindow *window = open_window_on (folder, db);
  g_autoptr (GPtrArray) all = NULL;
  GtkAdjustment *adjustment;
  CmqIndexHit *oldest;
  guint made, filled, resets;

  {
    g_autoptr (GError) error = NULL;

    cmq_index_update (cmq_window_get_index (window), NULL, NULL, &error);
    g_assert_no_error (error);
  }
  type (window, "");
  all = search_index (cmq_window_get_index (window), "");
  g_assert_cmpuint (all->len, >, 150);
  g_assert_cmpuint (ui_n_rows (window), ==, all->len);
  oldest = g_ptr_array_index (all, all->len - 1);
  g_assert_cmpstr (cmq_release_get_id (release_at (window, all->len - 1)), ==, oldest->id);

  ui_wait_laid_out (GTK_WIDGET (window));
  adjustment = gtk_scrollable_get_vadjustment (
      GTK_SCROLLABLE (find_descendant (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW)));
  scroll_to_end (window, adjustment);
  assert_row_in_view (window, all->len - 1);
  screenshot (window, "end");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  screenshot (window, "end-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 700);
  ui_wait_until (narrow_cb, window);
  /* The list was at its end: it stays there when the rows' heights change with the width. */
  ui_wait_frame (GTK_WIDGET (window));
  assert_row_in_view (window, all->len - 1);
  screenshot (window, "end-narrow");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 750);
  ui_wait_until (wide_cb, window);
  ui_wait_frame (GTK_WIDGET (window));
  assert_row_in_view (window, all->len - 1);

  made = _cmq_window_rows_get_n_made (window);
  type (window, cmq_release_get_title (release_at (window, 0)));
  g_assert_cmpuint (ui_n_rows (window), >, 0);
  assert_row_in_view (window, 0);
  g_assert_cmpuint (_cmq_window_rows_get_n_made (window), ==, made);
  /* Slots without a row (most of the list view's 200) are emptied without touching their
   * accessible state: only a slot that held a row, and its title as label, is reset. */
  resets = _cmq_window_rows_get_n_label_resets (window, &filled);
  g_assert_cmpuint (filled, >, 0);
  g_assert_cmpuint (resets, <=, filled);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every slot of the list view in view shows a release row with its title: none is blank. Returns
 * how many rows are in view, and sets @last to the release of the lowest one. */
static guint
assert_no_blank_row (CmqWindow *window, CmqRelease **last)
{
  GtkWidget *list_view = find_descendant (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW);
  int height = gtk_widget_get_height (list_view);
  float lowest = -G_MAXFLOAT;
  guint n_in_view = 0;

  *last = NULL;
  for (GtkWidget *item = gtk_widget_get_first_child (list_view); item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *slot = gtk_widget_get_first_child (item);
      GtkWidget *row;
      CmqRelease *release;
      graphene_rect_t bounds;

      /* The list view keeps the selected and focused rows wherever they are, hidden. */
      if (!ADW_IS_BIN (slot) || !gtk_widget_get_child_visible (item) ||
          !gtk_widget_compute_bounds (item, list_view, &bounds) ||
          bounds.origin.y + bounds.size.height <= 0 || bounds.origin.y >= height)
        continue;
      n_in_view++;
      row = adw_bin_get_child (ADW_BIN (slot));
      g_assert_true (CMQ_IS_RELEASE_ROW (row));
      g_assert_true (gtk_widget_get_mapped (row));
      release = cmq_release_row_get_release (CMQ_RELEASE_ROW (row));
      g_assert_nonnull (release);
      g_assert_cmpstr (cmq_release_get_title (release), !=, "");
      /* The title label says it. */
      g_assert_cmpstr (cmq_release_row_get_title_text (CMQ_RELEASE_ROW (row)), ==,
                       cmq_release_get_title (release));
      if (bounds.origin.y > lowest)
        {
          lowest = bounds.origin.y;
          *last = release;
        }
    }
  return n_in_view;
}

static guint
position_in (GPtrArray *hits, CmqRelease *release)
{
  for (guint i = 0; i < hits->len; i++)
    if (g_str_equal (((CmqIndexHit *) g_ptr_array_index (hits, i))->id,
                     cmq_release_get_id (release)))
      return i;
  return G_MAXUINT;
}

typedef struct
{
  CmqWindow *window;
  guint n_rows;
} FirstScreen;

/* The search shows its first screen (fewer rows than the whole result), and is still running. */
static gboolean
first_screen_cb (gpointer data)
{
  FirstScreen *first = data;
  CmqSearchModel *model = _cmq_window_search_get_model (first->window);
  guint n_rows = g_list_model_get_n_items (G_LIST_MODEL (cmq_window_get_selection (first->window)));

  return n_rows > 0 && n_rows < first->n_rows && !cmq_search_model_is_complete (model);
}

/* The list scrolled to @fraction of its length, and laid out. */
static void
scroll_list (CmqWindow *window, GtkAdjustment *adjustment, double fraction)
{
  double end = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);

  gtk_adjustment_set_value (adjustment, end * fraction);
  ui_wait_frame (GTK_WIDGET (window));
  ui_wait_laid_out (GTK_WIDGET (window));
}

/* Scrolled while a search has shown only its first screen (its whole result waits for the typing
 * to pause, here for as long as the test needs), the list shows a real row at every place in
 * view, also far below the first screen: there, the last whole result's rows, until the new one
 * is whole. Then the new result starts at the top, its best match in view, with no blank row. */
static void
test_scroll_while_searching (void)
{
  g_autofree char *folder = ui_generated_library (300);
  g_autofree char *db = g_build_filename (home, "scroll-searching.sqlite", NULL);
  CmqWindow *window = open_window_on (folder, db);
  CmqSearchModel *model = _cmq_window_search_get_model (window);
  g_autoptr (GPtrArray) all = NULL;
  g_autoptr (GPtrArray) nato = NULL;
  FirstScreen first = { window, 0 };
  GtkAdjustment *adjustment;
  CmqRelease *last = NULL;

  {
    g_autoptr (GError) error = NULL;

    cmq_index_update (cmq_window_get_index (window), NULL, NULL, &error);
    g_assert_no_error (error);
  }
  type (window, "");
  all = search_index (cmq_window_get_index (window), "");
  nato = search_index (cmq_window_get_index (window), "nato");
  g_assert_cmpuint (nato->len, >, 150);
  g_assert_cmpuint (ui_n_rows (window), ==, all->len);
  adjustment = gtk_scrollable_get_vadjustment (
      GTK_SCROLLABLE (find_descendant (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW)));
  ui_wait_laid_out (GTK_WIDGET (window));

  /* The whole result of the next search waits: only its first screen comes. */
  _cmq_search_model_set_typing_pause (model, 600 * G_TIME_SPAN_SECOND);
  first.n_rows = nato->len;
  gtk_editable_set_text (cmq_window_get_search_entry (window), "nato");
  ui_wait_until (first_screen_cb, &first);

  /* A fast scroll to the end, then back to the middle and a quarter: a row at every place. */
  scroll_list (window, adjustment, 1.0);
  g_assert_cmpuint (assert_no_blank_row (window, &last), >, 2);
  /* Far below the first screen, the rows are the last whole result's, where it had them (near
   * its end: the rows there, filled, may be taller than the list view guessed, and the list does
   * not keep its end while a search refills it). */
  g_assert_cmpuint (position_in (all, last), >=, all->len - 10);
  scroll_list (window, adjustment, 0.5);
  g_assert_cmpuint (assert_no_blank_row (window, &last), >, 2);
  scroll_list (window, adjustment, 0.25);
  g_assert_cmpuint (assert_no_blank_row (window, &last), >, 2);
  g_assert_false (cmq_search_model_is_complete (model));

  /* The next search is whole at once: the list shows it from the top, best match in view. */
  _cmq_search_model_set_typing_pause (model, 0);
  type (window, "nato summit");
  g_assert_true (cmq_search_model_is_complete (model));
  g_assert_cmpuint (ui_n_rows (window), >, 0);
  assert_row_in_view (window, 0);
  g_assert_cmpuint (assert_no_blank_row (window, &last), >, 0);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
count_cb (GObject *object, GParamSpec *pspec, guint *count)
{
  (*count)++;
}

static void
watch_tooltips (GtkWidget *widget, guint *count)
{
  g_signal_connect (widget, "notify::tooltip-text", G_CALLBACK (count_cb), count);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    watch_tooltips (child, count);
}

static CmqRelease *
dated_release (const char *title, CmqDateSource source)
{
  const char *const paragraphs[] = { title, NULL };
  CmqReleaseInfo info = {
    .file = title,
    .title = title,
    .language = "en",
    .paragraphs = paragraphs,
    .year = 2019,
    .month = 5,
    .day = 4,
    .date_source = source,
  };

  return cmq_release_new (&info);
}

/* A row says why its date has a mark in the date's tooltip, asked for when it is shown: a row
 * given another release sets no tooltip, as each change of one makes GTK 4.8 ask the display
 * server where the pointer is (a round trip on X11), for every row filled while typing. */
static void
test_caption_tooltip (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *row = cmq_release_row_new ();
  g_autoptr (CmqRelease) inferred = dated_release ("Inferred", CMQ_DATE_SOURCE_INFERRED_YEAR);
  g_autoptr (CmqRelease) stated = dated_release ("Stated", CMQ_DATE_SOURCE_STATED);
  g_autoptr (CmqStore) store = new_store ("tooltips", NULL);
  guint changes = 0;

  /* With a store, as in the window: the star is shown. */
  cmq_release_row_set_store (CMQ_RELEASE_ROW (row), store);
  gtk_window_set_child (GTK_WINDOW (window), row);
  gtk_window_present (GTK_WINDOW (window));
  ui_wait_frame (window);
  watch_tooltips (row, &changes);
  cmq_release_row_set_release (CMQ_RELEASE_ROW (row), inferred);
  g_assert_nonnull (cmq_release_row_get_date_tooltip (CMQ_RELEASE_ROW (row)));
  cmq_release_row_set_release (CMQ_RELEASE_ROW (row), stated);
  g_assert_null (cmq_release_row_get_date_tooltip (CMQ_RELEASE_ROW (row)));
  cmq_release_row_set_release (CMQ_RELEASE_ROW (row), inferred);
  g_assert_cmpuint (changes, ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  ui_test_init (&argc, &argv);
  g_test_add_func ("/ui-list/phrase-hits", test_phrase_hits);
  g_test_add_func ("/ui-list/outside", test_outside);
  g_test_add_func ("/ui-list/update-keeps-reader", test_update_keeps_reader);
  g_test_add_func ("/ui-list/counts-follow-status", test_counts_follow_status);
  g_test_add_func ("/ui-list/snippet-keeps-height", test_snippet_keeps_height);
  g_test_add_func ("/ui-list/drag-to-end", test_drag_to_end);
  g_test_add_func ("/ui-list/scroll-while-searching", test_scroll_while_searching);
  g_test_add_func ("/ui-list/caption-tooltip", test_caption_tooltip);
  return ui_test_run ();
}
