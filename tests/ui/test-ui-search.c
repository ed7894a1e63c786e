/* test-ui-search.c: the search entry's keys in the real window under Xvfb, on the releases of
 * other organisations' websites (enough rows to scroll).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "test-ui-common.h"

static gboolean
list_scrollable_cb (gpointer data)
{
  GtkAdjustment *adjustment = data;

  return gtk_adjustment_get_upper (adjustment) > 2 * gtk_adjustment_get_page_size (adjustment);
}

static gboolean
many_rows_cb (gpointer data)
{
  return ui_n_rows (data) >= 20 && !cmq_window_is_searching (data);
}

static gboolean
has_rows_cb (gpointer data)
{
  return ui_n_rows (data) > 0 && !cmq_window_is_searching (data);
}

/* Whether @action of @window is enabled, as a button bound to it sees it (the window's actions
 * are its class's, which GTK 4.8 does not list in an action group). */
static gboolean
action_enabled (CmqWindow *window, const char *action)
{
  GtkWidget *probe = gtk_button_new ();
  gboolean enabled;

  gtk_widget_set_visible (probe, FALSE);
  gtk_box_append (GTK_BOX (window->content_box), probe);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (probe), action);
  enabled = gtk_widget_get_sensitive (probe);
  gtk_box_remove (GTK_BOX (window->content_box), probe);
  return enabled;
}

static guint wanted_hit;

static gboolean
hit_shown_cb (gpointer data)
{
  return cmq_reader_view_get_current_hit (data) == wanted_hit;
}

/* Waits until the reader shows its hit @hit (steps are answered by the page). */
static void
wait_for_hit (CmqReaderView *view, guint hit)
{
  wanted_hit = hit;
  ui_wait_until (hit_shown_cb, view);
}

/* The keys of the search entry: a new search starts at the top of the list; Enter opens the
 * first result at its first hit; Ctrl+G and Shift+Ctrl+G (the entry's next-match and previous-match) step through
 * the hits while the entry has the focus; Down goes on to the results. */
static void
test_search_keys (void)
{
  g_autoptr (CmqLibrary) web_library = ui_fixture_library ("web");
  g_autoptr (GListModel) controllers = NULL;
  gboolean handled = FALSE;
  CmqWindow *window;
  CmqReaderView *view;
  GtkWidget *entry;
  GtkAdjustment *adjustment;

  window = ui_open_window (web_library);
  view = cmq_window_get_reader_view (window);
  entry = GTK_WIDGET (cmq_window_get_search_entry (window));
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (window->list_view));
  track_window (window);

  ui_wait_until (many_rows_cb, window);
  ui_wait_until (list_scrollable_cb, adjustment);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);

  /* Nearly every release has "the": the list stays long, and still starts at the top. */
  type (window, "the");
  g_assert_cmpuint (ui_n_rows (window), >=, 20);
  ui_wait_laid_out (GTK_WIDGET (window));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==,
                     gtk_adjustment_get_lower (adjustment));

  /* Enter: the first result, at its first hit. */
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (gtk_single_selection_get_selected (cmq_window_get_selection (window)), ==, 0);
  wait_for_hit (view, 1);

  /* Ctrl+G and Shift+Ctrl+G with the focus in the entry. */
  gtk_widget_grab_focus (entry);
  g_signal_emit_by_name (entry, "next-match");
  wait_for_hit (view, 2);
  g_signal_emit_by_name (entry, "previous-match");
  wait_for_hit (view, 1);

  /* Down goes to the list. */
  controllers = gtk_widget_observe_controllers (entry);
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Down, 0, 0, &handled);
    }
  g_assert_true (handled);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (window->list_view)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         GTK_WIDGET (window->list_view)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
popover_shown_cb (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

/* The button by the search box shows the query language, one example of each part: every
 * example is a query the search understands (none is empty, none falls back to plain words). */
static void
test_search_help (void)
{
  g_autoptr (CmqLibrary) web_library = ui_fixture_library ("web");
  g_autofree char *screenshot =
      g_test_build_filename (G_TEST_BUILT, "screenshot-search-help.png", NULL);
  CmqWindow *window;
  GtkPopover *popover;
  guint n_examples = 0;

  window = ui_open_window (web_library);
  track_window (window);
  popover = gtk_menu_button_get_popover (window->search_help_button);
  gtk_menu_button_popup (window->search_help_button);
  ui_wait_until (popover_shown_cb, popover);
  ui_wait_frame (GTK_WIDGET (window));
  /* The popover is a surface of its own: shown apart from the window. */
  ui_save_screenshot (GTK_WIDGET (popover), screenshot);

  for (guint row = 0; gtk_grid_get_child_at (window->search_help_grid, 0, row) != NULL; row++)
    {
      GtkWidget *example = gtk_grid_get_child_at (window->search_help_grid, 0, row);
      GtkWidget *meaning = gtk_grid_get_child_at (window->search_help_grid, 1, row);
      const char *text = gtk_label_get_label (GTK_LABEL (example));
      g_autoptr (CmqQuery) query = cmq_query_parse (text, CMQ_QUERY_FLAGS_NONE);
      g_autofree char *parsed = cmq_query_to_string (query);

      g_test_message ("%s -> %s", text, parsed);
      g_assert_nonnull (meaning);
      g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (meaning)), !=, "");
      g_assert_false (cmq_query_is_empty (query));
      /* A filter is read as one, not as a word ("title" or "year" searched for). */
      if (strchr (text, ':') != NULL)
        {
          g_autofree char *name = g_strndup (text, strchr (text, ':') - text);
          g_autofree char *as_word = g_strdup_printf ("\"%s\"", name);

          g_assert_null (strstr (parsed, as_word));
        }
      n_examples++;
    }
  g_assert_cmpuint (n_examples, ==, 10);
  gtk_popover_popdown (popover);
  gtk_window_destroy (GTK_WINDOW (window));
}

static const char *const release_actions[] = {
  "win.toggle-favourite", "win.compare-with",       "win.print",        "win.highlight",
  "win.copy-citation",    "win.copy-with-citation", "win.passage-note", NULL,
};

/* The header's star and buttons, and the keys, about a release are there while one is shown: @on
 * says whether they should be. */
static void
check_release_actions (CmqWindow *window, gboolean on)
{
  for (guint i = 0; release_actions[i] != NULL; i++)
    {
      g_test_message ("%s enabled: %d", release_actions[i],
                      action_enabled (window, release_actions[i]));
      g_assert_cmpint (action_enabled (window, release_actions[i]), ==, on);
    }
  g_assert_cmpint (gtk_widget_get_mapped (GTK_WIDGET (cmq_window_get_favourite_button (window))),
                   ==, on);
}

/* "No releases match …" shows no release: no star, no Compare With…, no Print, no Ctrl+D for the
 * release read before, which comes back with them when the search is cleared. */
static void
test_no_match_actions (void)
{
  g_autoptr (CmqStore) store = new_store ("no-match", NULL);
  CmqWindow *window = open_window_with_store (store);
  g_autofree char *screenshot =
      g_test_build_filename (G_TEST_BUILT, "screenshot-no-match.png", NULL);
  CmqRelease *read;

  ui_select_and_wait (window, 0);
  read = release_at (window, 0);
  ui_wait_frame (GTK_WIDGET (window));
  check_release_actions (window, TRUE);

  type (window, "zzyzxnothing");
  g_assert_cmpuint (ui_n_rows (window), ==, 0);
  g_assert_cmpstr (cmq_window_get_visible_page (window), ==, "no-match");
  ui_wait_frame (GTK_WIDGET (window));
  check_release_actions (window, FALSE);
  /* Ctrl+D's action does nothing to the release read before. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-favourite", NULL);
  g_assert_false (cmq_store_get_favourite (store, cmq_release_get_id (read)));
  ui_save_screenshot (GTK_WIDGET (window), screenshot);

  type (window, "");
  ui_wait_until (has_rows_cb, window);
  g_assert_cmpstr (cmq_window_get_visible_page (window), ==, "reader");
  ui_wait_frame (GTK_WIDGET (window));
  check_release_actions (window, TRUE);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
release_open_cb (gpointer window)
{
  return cmq_reader_view_get_release (cmq_window_get_reader_view (window)) != NULL &&
         g_strcmp0 (cmq_window_get_visible_page (window), "reader") == 0;
}

static const char *typed_word;

static gboolean
word_searched_cb (gpointer window)
{
  /* As many letters as typed (which ones is checked after), and their search over. */
  return g_utf8_strlen (gtk_editable_get_text (cmq_window_get_search_entry (window)), -1) >=
             g_utf8_strlen (typed_word, -1) &&
         !cmq_window_is_searching (window);
}

/* Enter opens the first release, the reader takes the focus (as a click in it gives it), and
 * @word is typed there, a key every @delay ms: the keys go to the search box, none lost. */
static void
type_in_reader (CmqWindow *window, const char *word, guint delay, guint n_rows)
{
  GtkEditable *entry = cmq_window_get_search_entry (window);
  GtkWidget *web_view =
      GTK_WIDGET (cmq_reader_view_get_web_view (cmq_window_get_reader_view (window)));
  g_autofree char *ms = g_strdup_printf ("%u", delay);
  const char *const enter[] = { "key", "Return", NULL };
  const char *const typing[] = { "type", "--delay", ms, word, NULL };

  type (window, "");
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  xdotool (enter);
  ui_wait_until (release_open_cb, window);
  ui_wait_page_painted (WEBKIT_WEB_VIEW (web_view));
  gtk_widget_grab_focus (web_view);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), web_view) ||
                 gtk_widget_has_focus (web_view));

  xdotool (typing);
  typed_word = word;
  ui_wait_until (word_searched_cb, window);
  g_test_message ("typed “%s” in the reader, a key every %u ms: the search box holds “%s”", word,
                  delay, gtk_editable_get_text (entry));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, word);
  g_assert_cmpuint (ui_n_rows (window), ==, n_rows);
}

/* Typing while the reader has the focus searches, as in GNOME's apps: the first key goes to the
 * search box, which takes the focus, and so do the next ones, typed slowly or as fast as xdotool
 * goes. The window is managed by openbox, so that it has the keyboard. */
static void
test_type_from_reader (void)
{
  GSubprocess *openbox = start_openbox ();
  CmqWindow *window;
  const char *const words[] = { "summit", "ministers" };
  const guint delays[] = { 80, 1 };
  guint n_rows[G_N_ELEMENTS (words)];

  window = open_window ();
  ui_wait_until (window_active_cb, window);
  /* What the list shows for each word, set as text. */
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      type (window, words[i]);
      n_rows[i] = ui_n_rows (window);
      g_assert_cmpuint (n_rows[i], >, 0);
    }

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    type_in_reader (window, words[i], delays[i], n_rows[i]);

  gtk_window_destroy (GTK_WINDOW (window));
  stop_openbox (openbox);
}

/* The height of the list's rows, once laid out (every row has the same: fixed lines). */
static int
row_height_now (CmqWindow *window)
{
  GtkWidget *row;

  ui_wait_until (has_rows_cb, window);
  ui_wait_laid_out (GTK_WIDGET (window));
  row = find_descendant (GTK_WIDGET (window->list_view), CMQ_TYPE_RELEASE_ROW);
  g_assert_nonnull (row);
  return gtk_widget_get_height (row);
}

/* While the box holds text the rows keep room for a snippet, whether the query gives one (a
 * word) or not (one letter, which shows the whole library again): typing does not change their
 * height. The whole library, with an empty box, has no blank room under its titles. */
static void
test_snippet_room (void)
{
  g_autoptr (CmqLibrary) web_library = ui_fixture_library ("web");
  CmqWindow *window;
  int whole, letter, word;

  window = ui_open_window (web_library);
  track_window (window);
  ui_wait_until (many_rows_cb, window);
  whole = row_height_now (window);

  type (window, "the");
  word = row_height_now (window);
  g_assert_cmpint (whole, <, word);
  type (window, "t");
  letter = row_height_now (window);
  g_assert_cmpint (letter, ==, word);

  type (window, "");
  g_assert_cmpint (row_height_now (window), ==, whole);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/ui-search/keys", test_search_keys);
  g_test_add_func ("/ui-search/help", test_search_help);
  g_test_add_func ("/ui-search/no-match-actions", test_no_match_actions);
  g_test_add_func ("/ui-search/type-from-reader", test_type_from_reader);
  g_test_add_func ("/ui-search/snippet-room", test_snippet_room);

  return ui_test_run ();
}
