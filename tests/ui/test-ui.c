/* test-ui.c: the real window on the sample releases, under Xvfb: the list, the search entry and
 * the sort menu bound to the search model, the rows' snippets, the reading view's page text
 * (read back through WebKit), a screenshot, and the progress of indexing. Favourites and notes
 * are in test-ui-notes.c; the search's own behaviour in tests/core/test-search-model.c.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-index-private.h"
#include "test-ui-common.h"

static void
test_search (void)
{
  CmqWindow *window = open_window ();
  CmqFixedLabel *status = cmq_window_get_status_label (window);

  g_assert_cmpuint (ui_n_rows (window), ==, 5);
  g_assert_cmpstr (cmq_fixed_label_get_label (status), ==, "5 releases");
  g_assert_cmpstr (cmq_window_get_visible_page (window), ==, "empty");

  type (window, "ukraine");
  g_assert_cmpuint (ui_n_rows (window), ==, 2);
  g_assert_cmpstr (cmq_fixed_label_get_label (status), ==, "2 of 5 match");

  type (window, "turkiye");
  g_assert_cmpuint (ui_n_rows (window), ==, 1);

  type (window, "afghanistan");
  g_assert_cmpuint (ui_n_rows (window), ==, 3);

  /* every word must match; the last one is a prefix while typing */
  type (window, "STOLTENBERG afgh");
  g_assert_cmpuint (ui_n_rows (window), ==, 3);
  type (window, "rutte ukrain");
  g_assert_cmpuint (ui_n_rows (window), ==, 1);

  type (window, "zzzz");
  g_assert_cmpuint (ui_n_rows (window), ==, 0);
  g_assert_cmpstr (cmq_window_get_visible_page (window), ==, "no-match");
  g_assert_cmpstr (cmq_window_get_no_match_title (window), ==, "No releases match “zzzz”");
  /* What is typed around the words is not part of the message. */
  type (window, " zzzz  ");
  g_assert_cmpstr (cmq_window_get_no_match_title (window), ==, "No releases match “zzzz”");

  type (window, "");
  g_assert_cmpuint (ui_n_rows (window), ==, 5);
  g_assert_cmpstr (cmq_window_get_visible_page (window), ==, "empty");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
load_started_cb (WebKitWebView *web_view, WebKitLoadEvent event, guint *started)
{
  if (event == WEBKIT_LOAD_STARTED)
    (*started)++;
}

/* The same search run again (as after an index update) gives a new, equal query: the reader
 * keeps its page rather than loading it again under a test's or a reader's feet. */
static void
assert_same_search_keeps_page (CmqWindow *window)
{
  CmqReaderView *reader = cmq_window_get_reader_view (window);
  WebKitWebView *web_view = cmq_reader_view_get_web_view (reader);
  CmqQuery *shown = cmq_window_get_query (window);
  g_autoptr (CmqQuery) again =
      cmq_query_parse (cmq_query_get_text (shown), cmq_query_get_flags (shown));
  guint started = 0;
  gulong handler =
      g_signal_connect (web_view, "load-changed", G_CALLBACK (load_started_cb), &started);
  g_autofree char *marks = NULL;

  g_assert_true (again != shown);
  cmq_reader_view_show_release (reader, cmq_reader_view_get_release (reader), again);
  /* A load would have started before the page answers a script sent after it. */
  marks = ui_page_eval (web_view, "document.querySelectorAll('mark').length");
  g_assert_cmpint (atoi (marks), >=, 1);
  g_assert_cmpuint (started, ==, 0);
  g_assert_false (webkit_web_view_is_loading (web_view));
  g_signal_handler_disconnect (web_view, handler);
}

static void
test_reader (void)
{
  CmqWindow *window = open_window ();
  WebKitWebView *web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  g_autofree char *screenshot = g_test_build_filename (G_TEST_BUILT, "screenshot-ui.png", NULL);
  CmqRelease *release;
  CmqRelease *loaded;
  g_autofree char *h1 = NULL;
  g_autofree char *marks = NULL;
  g_autofree char *scripts = NULL;
  g_autofree char *body = NULL;
  GStatBuf st;

  ui_select_and_wait (window, 0);
  release = gtk_single_selection_get_selected_item (cmq_window_get_selection (window));
  g_assert_nonnull (release);
  g_assert_cmpstr (cmq_window_get_visible_page (window), ==, "reader");
  h1 = ui_page_eval (web_view, "document.querySelector('h1').textContent");
  g_assert_cmpstr (h1, ==, cmq_release_get_title (release));
  scripts = ui_page_eval (web_view, "document.scripts.length");
  g_assert_cmpstr (scripts, ==, "0");
  body = ui_page_eval (web_view, "document.body.innerText");
  /* The list holds releases without their text; the reader the whole one, from the index. */
  g_assert_null (cmq_release_get_paragraphs (release)[0]);
  loaded = cmq_reader_view_get_release (cmq_window_get_reader_view (window));
  g_assert_true (same_release (loaded, release));
  g_assert_nonnull (strstr (body, cmq_release_get_paragraphs (loaded)[0]));

  /* Searching re-renders the selected release with the words marked. */
  gtk_editable_set_text (cmq_window_get_search_entry (window), "afghanistan");
  spin (50);
  ui_select_and_wait (window, 0);
  marks = ui_page_eval (web_view, "document.querySelectorAll('mark').length");
  g_assert_cmpint (atoi (marks), >=, 1);
  assert_same_search_keeps_page (window);

  ui_wait_page_painted (web_view);
  ui_save_screenshot (GTK_WIDGET (window), screenshot);
  g_assert_cmpint (g_stat (screenshot, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 10000);
  g_test_message ("Screenshot: %s", screenshot);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
n_rows_is (gpointer data)
{
  return shown_window != NULL && !cmq_window_is_searching (shown_window) &&
         ui_n_rows (shown_window) == GPOINTER_TO_UINT (data);
}

static gboolean
entry_text_is (gpointer data)
{
  return shown_window != NULL &&
         g_strcmp0 (gtk_editable_get_text (cmq_window_get_search_entry (shown_window)), data) == 0;
}

/* A folder of releases of three sources: two NATO seeds, two United Nations statements and one
 * OECD speech. */
static char *
sources_library (void)
{
  static const char *const files[][2] = {
    { "seeds", "000_11bd6166c1d2e564.txt" },
    { "seeds", "001_5f2881911b002c03.txt" },
    { "web", "un-01.txt" },
    { "web", "un-02.txt" },
    { "web", "oecd-01.txt" },
  };
  char *folder = g_build_filename (home, "sources", NULL);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *from =
          g_test_build_filename (G_TEST_DIST, "fixtures", files[i][0], files[i][1], NULL);
      g_autofree char *to = g_build_filename (folder, files[i][1], NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;
      g_autoptr (GError) error = NULL;

      g_file_get_contents (from, &contents, &length, &error);
      g_assert_no_error (error);
      g_file_set_contents (to, contents, length, &error);
      g_assert_no_error (error);
    }
  return folder;
}

/* The source under the title is a link; clicking it searches that source (source:"…") and the
 * list narrows to its releases, while the page stays where it is. */
static void
test_more_from_source (void)
{
  g_autofree char *folder = sources_library ();
  g_autofree char *db = g_build_filename (home, "sources.sqlite", NULL);
  CmqWindow *window = open_window_on (folder, db);
  WebKitWebView *web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  g_autofree char *link = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *screenshot = g_test_build_filename (G_TEST_BUILT, "screenshot-source.png", NULL);
  g_autoptr (GError) error = NULL;

  g_assert_true (cmq_index_update (cmq_window_get_index (window), NULL, NULL, &error));
  g_assert_no_error (error);
  type (window, "");
  ui_wait_until (n_rows_is, GUINT_TO_POINTER (5));
  type (window, "title:\"on Pakistan\"");
  ui_wait_until (n_rows_is, GUINT_TO_POINTER (1));
  ui_select_and_wait (window, 0);
  link = ui_page_eval (web_view, "document.querySelector('p.source a').textContent");
  g_assert_cmpstr (link, ==, "United Nations");
  uri = g_strdup (webkit_web_view_get_uri (web_view));
  ui_wait_page_painted (web_view);
  ui_save_screenshot (GTK_WIDGET (window), screenshot);

  ui_wait_page (web_view, "document.querySelector('p.source a').click (), 'clicked'", "clicked");
  ui_wait_until (entry_text_is, "source:\"United Nations\"");
  spin (50);
  ui_wait_until (n_rows_is, GUINT_TO_POINTER (2));
  g_assert_cmpstr (webkit_web_view_get_uri (web_view), ==, uri);
  g_assert_cmpstr (cmq_window_get_visible_page (window), ==, "reader");

  type (window, "source:oecd");
  ui_wait_until (n_rows_is, GUINT_TO_POINTER (1));
  type (window, "-source:nato");
  ui_wait_until (n_rows_is, GUINT_TO_POINTER (3));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
notify_cb (GObject *object, GParamSpec *pspec, gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
}

/* Waits until the reader view's @property changes. */
static void
wait_for_notify (CmqReaderView *view, const char *property)
{
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);
  gboolean changed = FALSE;
  gulong handler = g_signal_connect (view, signal, G_CALLBACK (notify_cb), &changed);

  ui_wait_for (&changed);
  g_signal_handler_disconnect (view, handler);
}

/* Ctrl+G and Shift+Ctrl+G step through every hit on the page, wrapping around, and the header
 * says where the reader is. */
static void
test_hits (void)
{
  CmqWindow *window = open_window ();
  CmqReaderView *view = cmq_window_get_reader_view (window);
  WebKitWebView *web_view = cmq_reader_view_get_web_view (view);
  CmqHitBar *bar = cmq_window_get_hit_bar (window);
  g_autofree char *marks = NULL;
  g_autofree char *current = NULL;
  g_autofree char *expected = NULL;
  guint n;

  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (window));
  GtkWidget *entry = GTK_WIDGET (cmq_window_get_search_entry (window));

  /* The window opens ready for typing a search, spaces included. */
  g_assert_nonnull (focus);
  g_assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));
  type (window, "nato");
  ui_select_and_wait (window, 0);
  if (cmq_reader_view_get_n_hits (view) == 0)
    wait_for_notify (view, "n-hits");
  marks = ui_page_eval (web_view, "document.querySelectorAll('mark').length");
  n = cmq_reader_view_get_n_hits (view);
  g_assert_cmpuint (n, ==, (guint) atoi (marks));
  g_assert_cmpuint (n, >, 2);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (bar)));
  expected = g_strdup_printf ("%u matches", n);
  g_assert_cmpstr (cmq_hit_bar_get_text (bar), ==, expected);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-hit", NULL));
  wait_for_notify (view, "current-hit");
  g_assert_cmpuint (cmq_reader_view_get_current_hit (view), ==, 1);
  g_free (expected);
  expected = g_strdup_printf ("1 of %u", n);
  g_assert_cmpstr (cmq_hit_bar_get_text (bar), ==, expected);
  current = ui_page_eval (web_view, "Array.from(document.querySelectorAll('mark'))"
                                    ".findIndex(m => m.classList.contains('current'))");
  g_assert_cmpstr (current, ==, "0");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-hit", NULL));
  wait_for_notify (view, "current-hit");
  g_assert_cmpuint (cmq_reader_view_get_current_hit (view), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-hit", NULL));
  wait_for_notify (view, "current-hit");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-hit", NULL));
  wait_for_notify (view, "current-hit");
  g_assert_cmpuint (cmq_reader_view_get_current_hit (view), ==, n); /* wrapped around */
  g_free (current);
  current = ui_page_eval (web_view, "document.querySelectorAll('mark.current').length");
  g_assert_cmpstr (current, ==, "1");

  /* No search, no hits: the bar goes away. */
  type (window, "");
  ui_select_and_wait (window, 0);
  g_assert_cmpuint (cmq_reader_view_get_n_hits (view), ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_state (void)
{
  CmqWindow *window = open_window ();
  int width = 0;
  int height = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 600);
  spin (100);
  gtk_window_close (GTK_WINDOW (window));
  spin (100);

  window = open_window ();
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 600);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A store in a fresh folder of its own, loaded. */
static void
test_snippets (void)
{
  CmqWindow *window = open_window ();
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();
  guint with_snippet = 0;
  g_autofree char *screenshot =
      g_test_build_filename (G_TEST_BUILT, "screenshot-snippets.png", NULL);

  type (window, "afghanistan");
  spin (0);
  ui_wait_laid_out (GTK_WIDGET (window)); /* rows are bound in the next frame */
  collect_rows (GTK_WIDGET (window), rows);
  for (guint i = 0; i < rows->len; i++)
    {
      CmqReleaseRow *row = g_ptr_array_index (rows, i);
      const char *snippet = cmq_release_row_get_snippet (row);

      if (!gtk_widget_get_mapped (GTK_WIDGET (row)) || cmq_release_row_get_release (row) == NULL)
        continue;
      g_assert_nonnull (snippet);
      g_assert_nonnull (strstr (snippet, "<b>Afghanistan</b>"));
      g_assert_null (strchr (snippet, '\n'));
      with_snippet++;
    }
  g_assert_cmpuint (with_snippet, ==, 3);
  ui_save_screenshot (GTK_WIDGET (window), screenshot);
  g_test_message ("Screenshot: %s", screenshot);

  /* A prefix while typing: the whole word is emphasised. */
  type (window, "afgh");
  spin (0);
  ui_wait_laid_out (GTK_WIDGET (window));
  g_ptr_array_set_size (rows, 0);
  collect_rows (GTK_WIDGET (window), rows);
  for (guint i = 0; i < rows->len; i++)
    {
      CmqReleaseRow *row = g_ptr_array_index (rows, i);

      if (gtk_widget_get_mapped (GTK_WIDGET (row)) && cmq_release_row_get_release (row) != NULL)
        g_assert_nonnull (strstr (cmq_release_row_get_snippet (row), "<b>Afghanistan</b>"));
    }

  /* No search, no snippets. */
  type (window, "");
  spin (0);
  ui_wait_laid_out (GTK_WIDGET (window));
  g_ptr_array_set_size (rows, 0);
  collect_rows (GTK_WIDGET (window), rows);
  g_assert_cmpuint (rows->len, >=, 5);
  for (guint i = 0; i < rows->len; i++)
    g_assert_null (cmq_release_row_get_snippet (g_ptr_array_index (rows, i)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Best match or newest first: the dropdown orders the list, and is remembered. */
static void
test_sort (void)
{
  g_autoptr (GSettings) settings = g_settings_new (SCHEMA_ID);
  CmqWindow *window = open_window ();
  GtkDropDown *dropdown = cmq_window_get_sort_dropdown (window);
  CmqHitList *list = cmq_window_get_hit_list (window);
  gboolean differs = FALSE;
  g_autoptr (GPtrArray) relevance = g_ptr_array_new_with_free_func (g_free);

  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (dropdown)), !=, NULL);
  /* Nothing typed: Best Match has nothing to rank, the list is newest first and says so; the
   * setting stays. A word brings Best Match back. */
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 1);
  {
    g_autofree char *order = g_settings_get_string (settings, "sort-order");

    g_assert_cmpstr (order, ==, "relevance");
  }
  type (window, "nato");
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);
  g_assert_cmpuint (ui_n_rows (window), ==, 5);
  for (guint i = 0; i < ui_n_rows (window); i++)
    {
      CmqIndexHit *hit = cmq_hit_list_get_hit (list, i);

      g_ptr_array_add (relevance, g_strdup (hit->id));
      if (i > 0)
        g_assert_cmpfloat (cmq_hit_list_get_hit (list, i - 1)->score, >=, hit->score);
    }

  gtk_drop_down_set_selected (dropdown, 1);
  spin (20);
  {
    g_autofree char *order = g_settings_get_string (settings, "sort-order");

    g_assert_cmpstr (order, ==, "newest");
  }
  g_assert_cmpuint (ui_n_rows (window), ==, 5);
  for (guint i = 0; i < ui_n_rows (window); i++)
    {
      CmqIndexHit *hit = cmq_hit_list_get_hit (list, i);

      differs |= !g_str_equal (hit->id, g_ptr_array_index (relevance, i));
      if (i > 0 && hit->date != NULL)
        g_assert_cmpstr (cmq_hit_list_get_hit (list, i - 1)->date, >=, hit->date);
    }
  /* The sample's releases are not ranked by date for "nato", so the order really changed. */
  g_assert_true (differs);

  /* Oldest first: the same releases, the other way round. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==, 3);
  gtk_drop_down_set_selected (dropdown, 2);
  spin (20);
  {
    g_autofree char *order = g_settings_get_string (settings, "sort-order");

    g_assert_cmpstr (order, ==, "oldest");
  }
  g_assert_cmpuint (ui_n_rows (window), ==, 5);
  for (guint i = 1; i < ui_n_rows (window); i++)
    g_assert_cmpstr (cmq_hit_list_get_hit (list, i - 1)->date, <=,
                     cmq_hit_list_get_hit (list, i)->date);
  g_assert_cmpstr (cmq_hit_list_get_hit (list, 0)->date, <,
                   cmq_hit_list_get_hit (list, ui_n_rows (window) - 1)->date);
  gtk_window_destroy (GTK_WINDOW (window));

  window = open_window ();
  g_assert_cmpuint (gtk_drop_down_get_selected (cmq_window_get_sort_dropdown (window)), ==, 2);
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "sort-order");
}

static void
label_changed_cb (CmqFixedLabel *label, GParamSpec *pspec, GPtrArray *seen)
{
  g_ptr_array_add (seen, g_strdup (cmq_fixed_label_get_label (label)));
}

static void
updated_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (cmq_index_update_finish (CMQ_INDEX (source), result, NULL, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static void
set_true_cb (gboolean *flag)
{
  *flag = TRUE;
}

static void
cancelled_update_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;

  g_assert_false (cmq_index_update_finish (CMQ_INDEX (source), result, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  *(gboolean *) user_data = TRUE;
}

static gboolean
banner_shown_is (gpointer data)
{
  const gboolean *expected = data;

  return cmq_banner_get_shown (cmq_window_get_index_banner (CMQ_WINDOW (shown_window))) ==
         *expected;
}

/* The index's disk filled up (issue 12, defect 3): the window says so above the content while it
 * lasts, in the index's own words, and no longer once the index is whole. */
static void
test_index_status_banner (void)
{
  CmqWindow *window = open_window ();
  CmqIndex *index = cmq_window_get_index (window);
  CmqBanner *banner = cmq_window_get_index_banner (window);
  g_autofree char *message = NULL;
  gboolean shown = TRUE;

  g_assert_false (cmq_banner_get_shown (banner));
  cmq_index_set_status (index, CMQ_INDEX_STATUS_INCOMPLETE);
  ui_wait_until (banner_shown_is, &shown);
  message = cmq_index_dup_status_message (index);
  g_assert_cmpstr (cmq_banner_get_title (banner), ==, message);
  {
    g_autofree char *screenshot =
        g_test_build_filename (G_TEST_BUILT, "screenshot-index-banner.png", NULL);

    ui_save_screenshot (GTK_WIDGET (window), screenshot);
  }

  cmq_index_set_status (index, CMQ_INDEX_STATUS_OK);
  shown = FALSE;
  ui_wait_until (banner_shown_is, &shown);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* An update cancelled half-way: the progress bar goes away and the status line counts what was
 * indexed. */
static void
test_indexing_cancelled (void)
{
  g_autofree char *folder = ui_generated_library (2000);
  g_autofree char *db = g_build_filename (home, "cancelled.sqlite", NULL);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  gboolean done = FALSE;
  CmqWindow *window;
  CmqIndex *index;
  CmqFixedLabel *status;

  window = open_window_on (folder, db);
  index = cmq_window_get_index (window);
  status = cmq_window_get_status_label (window);
  cmq_index_update_async (index, cancellable, cancelled_update_cb, &done);
  while (!gtk_widget_get_visible (GTK_WIDGET (cmq_window_get_index_progress (window))))
    g_main_context_iteration (NULL, TRUE);
  g_cancellable_cancel (cancellable);
  ui_wait_for (&done);
  spin (100);
  while (cmq_window_is_searching (window))
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (cmq_window_get_index_progress (window))));
  g_assert_false (g_str_has_prefix (cmq_fixed_label_get_label (status), "Indexing"));
  g_assert_true (g_str_has_suffix (cmq_fixed_label_get_label (status), " releases"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* While the search for @text runs, its first rows come before its counts: the status line and
 * the filter say so rather than showing the counts of the search before. */
static void
search_counts_wait (CmqWindow *window, CmqFixedLabel *status, const char *text)
{
  g_autofree char *old_status = g_strdup (cmq_fixed_label_get_label (status));
  g_autofree char *old_count = g_strdup (count_text (window, CMQ_LIST_FILTER_ALL));
  gboolean list_changed = FALSE;
  gboolean partial_seen = FALSE;
  gulong handler = g_signal_connect_swapped (cmq_window_get_hit_list (window), "items-changed",
                                             G_CALLBACK (set_true_cb), &list_changed);

  gtk_editable_set_text (cmq_window_get_search_entry (window), text);
  while (cmq_window_is_searching (window))
    {
      g_main_context_iteration (NULL, TRUE);
      if (list_changed && cmq_window_is_searching (window))
        {
          partial_seen = TRUE;
          g_assert_cmpstr (cmq_fixed_label_get_label (status), !=, old_status);
          g_assert_cmpstr (count_text (window, CMQ_LIST_FILTER_ALL), !=, old_count);
        }
    }
  g_signal_handler_disconnect (cmq_window_get_hit_list (window), handler);
  /* More than a screenful matches, so the first rows came before the rest. */
  g_assert_cmpuint (cmq_hit_list_get_n_hits (cmq_window_get_hit_list (window)), >, 60);
  g_assert_true (partial_seen);
  g_assert_true (g_str_has_suffix (cmq_fixed_label_get_label (status), " match"));
  g_assert_cmpstr (count_text (window, CMQ_LIST_FILTER_ALL), !=, "…");
}

/* Indexing a larger library: the progress bar counts the releases indexed so far, in the
 * user's locale, and the window can be searched meanwhile. */
static void
test_indexing_progress (void)
{
  g_autofree char *folder = ui_generated_library (2000);
  g_autofree char *db = g_build_filename (home, "generated.sqlite", NULL);
  g_autoptr (GError) error = NULL;
  CmqIndex *index = NULL;
  g_autoptr (GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *total = NULL;
  g_autofree char *expected_end = NULL;
  g_autofree char *screenshot =
      g_test_build_filename (G_TEST_BUILT, "screenshot-indexing.png", NULL);
  char *old_locale = g_strdup (setlocale (LC_NUMERIC, NULL));
  gboolean grouped = setlocale (LC_NUMERIC, "fr_FR.UTF-8") != NULL;
  gboolean done = FALSE;
  gboolean progress_seen = FALSE;
  gboolean screenshot_taken = FALSE;
  guint searched_meanwhile = 0;
  CmqWindow *window;
  CmqFixedLabel *status;

  window = open_window_on (folder, db);
  index = cmq_window_get_index (window);
  status = cmq_window_get_status_label (window);
  g_assert_cmpstr (cmq_fixed_label_get_label (status), ==, "0 releases");
  g_signal_connect (status, "notify::label", G_CALLBACK (label_changed_cb), seen);

  total = g_strdup_printf ("%'u", 2000);
  /* With the French locale's grouping (when the machine has it): "2 000", not "2000". */
  g_assert_true (!grouped || !g_str_equal (total, "2000"));
  cmq_index_update_async (index, NULL, updated_cb, &done);
  gtk_editable_set_text (cmq_window_get_search_entry (window), "nato");
  while (!done)
    {
      const char *label;

      g_main_context_iteration (NULL, TRUE);
      /* Read after the iteration: a label read before it may be freed by it. */
      label = gtk_progress_bar_get_text (cmq_window_get_index_progress (window));
      if (gtk_widget_get_visible (GTK_WIDGET (cmq_window_get_index_progress (window))) &&
          g_str_has_prefix (label, "Indexing "))
        {
          g_autofree char *suffix = g_strdup_printf (" of %s releases", total);

          g_assert_true (g_str_has_suffix (label, suffix));
          progress_seen = TRUE;
          searched_meanwhile = MAX (searched_meanwhile, ui_n_rows (window));
          if (!screenshot_taken && searched_meanwhile > 0)
            {
              ui_save_screenshot (GTK_WIDGET (window), screenshot);
              g_test_message ("Screenshot: %s", screenshot);
              screenshot_taken = TRUE;
            }
        }
    }
  spin (20);
  g_assert_true (progress_seen);
  /* The search typed while indexing found releases before the update was over. */
  g_assert_cmpuint (searched_meanwhile, >, 0);

  /* The list has a row for every match, as the status line counts them. */
  g_assert_cmpuint (cmq_hit_list_get_n_hits (cmq_window_get_hit_list (window)), ==,
                    ui_n_rows (window));
  expected_end = g_strdup_printf (
      "%'u of %s match", cmq_hit_list_get_n_hits (cmq_window_get_hit_list (window)), total);
  g_assert_cmpstr (cmq_fixed_label_get_label (status), ==, expected_end);
  search_counts_wait (window, status, "summit");
  type (window, "");
  {
    g_autofree char *all = g_strdup_printf ("%s releases", total);

    g_assert_cmpstr (cmq_fixed_label_get_label (status), ==, all);
  }
  for (guint i = 0; i < seen->len; i++)
    g_test_message ("status: %s", (char *) g_ptr_array_index (seen, i));

  g_signal_handlers_disconnect_by_data (status, seen);
  gtk_window_destroy (GTK_WINDOW (window));
  setlocale (LC_NUMERIC, old_locale);
  g_free (old_locale);
}

int
main (int argc, char **argv)
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/search", test_search);
  g_test_add_func ("/ui/reader", test_reader);
  g_test_add_func ("/ui/more-from-source", test_more_from_source);
  g_test_add_func ("/ui/hits", test_hits);
  g_test_add_func ("/ui/window-state", test_window_state);
  g_test_add_func ("/ui/snippets", test_snippets);
  g_test_add_func ("/ui/sort", test_sort);
  g_test_add_func ("/ui/indexing-progress", test_indexing_progress);
  g_test_add_func ("/ui/indexing-cancelled", test_indexing_cancelled);
  g_test_add_func ("/ui/index-status-banner", test_index_status_banner);

  return ui_test_run ();
}
