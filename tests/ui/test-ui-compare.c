/* test-ui-compare.c: comparing two releases in the real window under Xvfb: Compare With…
 * suggests the earlier version of the release first, the compare window shows the alignment,
 * steps from change to change and follows a moved paragraph's link; Trace follows the search's
 * phrase, or the words selected in the reader, through the years, and a click on a use (or on
 * a near variant, shown by the view's toggle) opens that release in the main window at that
 * paragraph; a release's French version is offered in the header and shown; the Similar list
 * under the reader shows the earlier version, opens it and compares with it; screenshots in
 * light and dark. Run twice by meson: in English and in French (LANGUAGE=fr, the built
 * catalogue).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "cmq-compare-window.h"
#include "cmq-library.h"
#include "cmq-trace.h"
#include "test-watchdog.h"
#include "ui-util.h"

static char *home;
static CmqLibrary *library;
static const char *language = "en";

/* A real release and an earlier version of it: a year before, a word changed, a paragraph at
 * the end rather than second. */
static void
make_library (void)
{
  g_autofree char *dir = g_build_filename (home, "compare", NULL);
  g_autofree char *fixture =
      g_test_build_filename (G_TEST_DIST, "fixtures", "real", "016.txt", NULL);
  g_autofree char *other = g_test_build_filename (G_TEST_DIST, "fixtures", "real", "031.txt", NULL);
  g_autofree char *text = NULL;
  g_autofree char *other_text = NULL;
  g_autoptr (GString) earlier = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GFile) folder = g_file_new_for_path (dir);
  const char *moved =
      "Montenegro joined the Partnership for Peace in December 2006 and was invited "
      "to the Membership Action Plan in December 2009.";

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_get_contents (fixture, &text, NULL, NULL));
  g_assert_true (g_file_get_contents (other, &other_text, NULL, NULL));
  path = g_build_filename (dir, "016.txt", NULL);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_free (path);
  path = g_build_filename (dir, "031.txt", NULL);
  g_assert_true (g_file_set_contents (path, other_text, -1, NULL));

  earlier = g_string_new (text);
  g_assert_cmpuint (g_string_replace (earlier, "26 March 2013", "26 March 2012", 0), >, 0);
  g_assert_cmpuint (g_string_replace (earlier, "reforms are ambitious", "reforms are bold", 1), ==,
                    1);
  g_assert_cmpuint (g_string_replace (earlier, moved, "", 1), ==, 1);
  g_string_append_printf (earlier, "\n\n%s\n", moved);
  g_free (path);
  path = g_build_filename (dir, "016-earlier.txt", NULL);
  g_assert_true (g_file_set_contents (path, earlier->str, -1, NULL));

  library = cmq_library_new ();
  cmq_library_add_directory (library, folder);
}

static guint
row_of (CmqWindow *window, const char *date)
{
  GListModel *rows = G_LIST_MODEL (cmq_window_get_selection (window));

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr (CmqRelease) release = g_list_model_get_item (rows, i);

      if (g_strcmp0 (cmq_release_get_date (release), date) == 0)
        return i;
    }
  g_assert_not_reached ();
}

static GtkWidget *
find_widget (GtkWidget *widget, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_mapped (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_row_cb (gpointer data)
{
  return find_widget (data, ADW_TYPE_ACTION_ROW) != NULL;
}

static gboolean
has_changes_cb (gpointer data)
{
  return cmq_reader_view_get_n_hits (data) > 0;
}

static gboolean
stepped_cb (gpointer data)
{
  return cmq_reader_view_get_current_hit (data) == 1;
}

static void
screenshot (GtkWidget *widget, const char *what)
{
  g_autofree char *name = g_strdup_printf ("screenshot-compare-%s-%s.png", what, language);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);

  ui_spin (1500); /* let WebKit paint the page */
  ui_save_screenshot (widget, path);
  g_test_message ("Screenshot: %s", path);
}

static void
check_compare_window (CmqCompareWindow *compare)
{
  CmqReaderView *reader = cmq_compare_window_get_reader_view (compare);
  WebKitWebView *web_view = cmq_reader_view_get_web_view (reader);
  g_autofree char *position = NULL;
  guint n;

  ui_wait_until (has_changes_cb, reader);
  n = cmq_reader_view_get_n_hits (reader);
  /* The earlier version first: going to the later one, the date and a word are reworded, and
   * a paragraph moved back up. */
  g_assert_cmpuint (n, ==, 3);
  ui_wait_page (web_view, "String (document.querySelectorAll ('section.change.reworded').length)",
                "2");
  ui_wait_page (web_view, "String (document.querySelectorAll ('section.change.moved').length)",
                "1");
  ui_wait_page (web_view,
                "Array.from (document.querySelectorAll ('section.reworded del'))"
                ".map (e => e.textContent).join ('|')",
                "2012|bold");
  ui_wait_page (web_view,
                "Array.from (document.querySelectorAll ('section.reworded ins'))"
                ".map (e => e.textContent).join ('|')",
                "2013|ambitious");
  ui_wait_page (web_view, "String (document.querySelectorAll ('h1').length)", "2");

  gtk_widget_activate_action (GTK_WIDGET (compare), "compare.next-change", NULL);
  ui_wait_until (stepped_cb, reader);
  position = g_strdup_printf (ngettext ("%u of %u change", "%u of %u changes", n), 1, n);
  g_assert_cmpstr (cmq_compare_window_get_position (compare), ==, position);
}

static void
follow_moved_link (WebKitWebView *web_view)
{
  /* A moved paragraph's link leads to where it stood, inside the page. */
  ui_wait_page (web_view, "document.querySelector ('section.moved a').click (), 'clicked'",
                "clicked");
  ui_wait_page (web_view, "location.hash.startsWith ('#away-') ? 'there' : location.hash", "there");
  /* …in the same page, not a new load. */
  ui_spin (500);
  ui_wait_page (web_view, "document.querySelector ('section.moved') ? 'same' : 'gone'", "same");
}

static void
test_compare_with (void)
{
  CmqWindow *window = ui_open_window (library);
  GSettings *settings = cmq_window_get_settings (window);
  GtkWindow *dialog;
  GtkWidget *row;
  CmqRelease *suggested;
  CmqCompareWindow *compare;
  WebKitWebView *web_view;

  g_settings_set_string (settings, "color-scheme", "light");
  ui_select_and_wait (window, row_of (window, "2013-03-26"));
  dialog = _cmq_window_compare_with (window);
  g_assert_nonnull (dialog);
  ui_wait_until (has_row_cb, dialog);
  row = find_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW);
  suggested = g_object_get_data (G_OBJECT (row), "release");
  /* The earlier version of the release, of the same kind, comes first. */
  g_assert_cmpstr (cmq_release_get_date (suggested), ==, "2012-03-26");
  screenshot (GTK_WIDGET (dialog), "with");

  g_signal_emit_by_name (row, "activated");
  compare = CMQ_COMPARE_WINDOW (ui_find_toplevel (CMQ_TYPE_COMPARE_WINDOW));
  g_assert_nonnull (compare);
  gtk_window_set_default_size (GTK_WINDOW (compare), 1100, 800);
  check_compare_window (compare);
  screenshot (GTK_WIDGET (compare), "light");

  web_view = cmq_reader_view_get_web_view (cmq_compare_window_get_reader_view (compare));
  follow_moved_link (web_view);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  g_settings_set_string (settings, "color-scheme", "dark");
  ui_wait_page (web_view, "document.documentElement.classList.contains ('dark') ? 'dark' : ''",
                "dark");
  screenshot (GTK_WIDGET (compare), "dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  gtk_window_destroy (GTK_WINDOW (compare));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ctrl+click on another row: a compare window of the two, the earlier first, the list's
 * selection unchanged; on the row being read, nothing. */
static void
test_row (void)
{
  CmqWindow *window = ui_open_window (library);
  GtkSingleSelection *selection = cmq_window_get_selection (window);
  guint later = row_of (window, "2013-03-26");
  g_autoptr (CmqRelease) earlier = NULL;
  g_autoptr (CmqRelease) same = NULL;
  CmqCompareWindow *compare;
  WebKitWebView *web_view;

  ui_select_and_wait (window, later);
  earlier = g_list_model_get_item (G_LIST_MODEL (selection), row_of (window, "2011-03-03"));
  same = g_list_model_get_item (G_LIST_MODEL (selection), later);
  g_assert_false (_cmq_window_compare_with_row (window, same));
  g_assert_true (_cmq_window_compare_with_row (window, earlier));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, later);
  compare = CMQ_COMPARE_WINDOW (ui_find_toplevel (CMQ_TYPE_COMPARE_WINDOW));
  g_assert_nonnull (compare);
  web_view = cmq_reader_view_get_web_view (cmq_compare_window_get_reader_view (compare));
  ui_wait_page (web_view, "document.querySelector ('.side time').getAttribute ('datetime')",
                "2011-03-03");
  gtk_window_destroy (GTK_WINDOW (compare));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The first row of the Similar list (whose expander holds its list only while expanded). */
static GtkWidget *
first_similar (CmqWindow *window)
{
  return ui_find_widget (gtk_expander_get_child (_cmq_window_get_similar (window)),
                         ADW_TYPE_ACTION_ROW);
}

static gboolean
similar_listed_cb (gpointer data)
{
  return gtk_widget_get_visible (GTK_WIDGET (_cmq_window_get_similar (data))) &&
         first_similar (data) != NULL;
}

static gboolean
reader_shows_cb (gpointer data)
{
  CmqRelease *shown = cmq_reader_view_get_release (cmq_window_get_reader_view (data));

  return shown != NULL && g_strcmp0 (cmq_release_get_date (shown), "2012-03-26") == 0;
}

/* The list is that of the earlier release: it is not in it. */
static gboolean
similar_of_earlier_cb (gpointer data)
{
  GtkWidget *row = similar_listed_cb (data) ? first_similar (data) : NULL;
  CmqRelease *listed = row != NULL ? g_object_get_data (G_OBJECT (row), "release") : NULL;

  return listed != NULL && g_strcmp0 (cmq_release_get_date (listed), "2012-03-26") != 0;
}

static void
screenshot_similar (CmqWindow *window, const char *what)
{
  WebKitWebView *web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));

  ui_wait_laid_out (GTK_WIDGET (_cmq_window_get_similar (window)));
  ui_wait_page_painted (web_view);
  screenshot (GTK_WIDGET (window), what);
}

/* The Similar list under the reader: the earlier version of the release first, with its date
 * and likeness; a click shows it, its Compare button compares the two. */
static void
test_similar (void)
{
  CmqWindow *window = ui_open_window (library);
  GSettings *settings = cmq_window_get_settings (window);
  GtkExpander *expander = _cmq_window_get_similar (window);
  GtkWidget *row;
  GtkWidget *button;
  CmqRelease *listed;
  g_autofree char *date = NULL;
  CmqCompareWindow *compare;
  WebKitWebView *web_view;
  gboolean later_listed = FALSE;

  g_settings_set_string (settings, "color-scheme", "light");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (expander)));
  ui_select_and_wait (window, row_of (window, "2013-03-26"));
  ui_wait_until (similar_listed_cb, window);
  row = first_similar (window);
  listed = g_object_get_data (G_OBJECT (row), "release");
  g_assert_cmpstr (cmq_release_get_date (listed), ==, "2012-03-26");
  date = cmq_release_format_date (listed);
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), date));
  g_assert_nonnull (strchr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), '%'));

  gtk_expander_set_expanded (expander, TRUE);
  screenshot_similar (window, "similar-light");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  g_settings_set_string (settings, "color-scheme", "dark");
  ui_wait_page (cmq_reader_view_get_web_view (cmq_window_get_reader_view (window)),
                "document.documentElement.classList.contains ('dark') ? 'dark' : ''", "dark");
  screenshot_similar (window, "similar-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  g_settings_set_string (settings, "color-scheme", "light");
  ui_wait_page (cmq_reader_view_get_web_view (cmq_window_get_reader_view (window)),
                "document.documentElement.classList.contains ('dark') ? 'dark' : 'light'", "light");
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 700);
  screenshot_similar (window, "similar-600");

  /* Its Compare button: the two compared, the earlier first. */
  button = ui_find_widget (row, GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  compare = CMQ_COMPARE_WINDOW (ui_find_toplevel (CMQ_TYPE_COMPARE_WINDOW));
  g_assert_nonnull (compare);
  web_view = cmq_reader_view_get_web_view (cmq_compare_window_get_reader_view (compare));
  ui_wait_page (web_view, "document.querySelector ('.side time').getAttribute ('datetime')",
                "2012-03-26");
  gtk_window_destroy (GTK_WINDOW (compare));

  /* A click on the row shows that release, selected in the list (it is listed), whose own
   * list then comes. */
  g_signal_emit_by_name (gtk_widget_get_parent (row), "row-activated", row);
  g_assert_cmpuint (gtk_single_selection_get_selected (cmq_window_get_selection (window)), ==,
                    row_of (window, "2012-03-26"));
  ui_wait_until (reader_shows_cb, window);
  ui_wait_until (similar_of_earlier_cb, window);
  for (row = first_similar (window); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      listed = g_object_get_data (G_OBJECT (row), "release");
      g_assert_cmpstr (cmq_release_get_date (listed), !=, "2012-03-26");
      later_listed |= g_strcmp0 (cmq_release_get_date (listed), "2013-03-26") == 0;
    }
  g_assert_true (later_listed);
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkButton *twin_button;

/* The twin button shows @data, the other language's name. */
static gboolean
twin_offered_cb (gpointer data)
{
  return gtk_widget_get_visible (GTK_WIDGET (twin_button)) &&
         g_strcmp0 (gtk_button_get_label (twin_button), data) == 0;
}

/* A release and its French version: the header offers the other language, which the reader
 * then shows, and offers the way back. */
static void
test_twins (void)
{
  g_autofree char *dir = g_build_filename (home, "twins", NULL);
  g_autofree char *english =
      g_test_build_filename (G_TEST_DIST, "fixtures", "real", "019.txt", NULL);
  g_autofree char *french =
      g_test_build_filename (G_TEST_DIST, "fixtures", "twins", "019-fr.txt", NULL);
  g_autoptr (GFile) folder = g_file_new_for_path (dir);
  g_autoptr (CmqLibrary) twins = cmq_library_new ();
  CmqWindow *window;
  GtkButton *button;
  WebKitWebView *web_view;
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_get_contents (english, &text, NULL, NULL));
  path = g_build_filename (dir, "019.txt", NULL);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&path, g_free);
  g_assert_true (g_file_get_contents (french, &text, NULL, NULL));
  path = g_build_filename (dir, "019-fr.txt", NULL);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  cmq_library_add_directory (twins, folder);

  window = ui_open_window (twins);
  button = GTK_BUTTON (
      gtk_widget_get_template_child (GTK_WIDGET (window), CMQ_TYPE_WINDOW, "twin_button"));
  web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (button)));
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr (CmqRelease) row =
          g_list_model_get_item (G_LIST_MODEL (cmq_window_get_selection (window)), i);

      if (g_strcmp0 (cmq_release_get_language (row), "en") == 0)
        ui_select_and_wait (window, i);
    }
  twin_button = button;
  ui_wait_until (twin_offered_cb, (gpointer) "Français");
  screenshot (GTK_WIDGET (window), "twin");

  g_signal_emit_by_name (button, "clicked");
  ui_wait_page (web_view, "document.documentElement.lang", "fr");
  ui_wait_until (twin_offered_cb, (gpointer) "English");
  g_signal_emit_by_name (button, "clicked");
  ui_wait_page (web_view, "document.documentElement.lang", "en");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A trace window on screen (a compare window just destroyed may still be listed). */
static CmqCompareWindow *
find_trace_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (CMQ_IS_COMPARE_WINDOW (window) && gtk_widget_get_visible (GTK_WIDGET (window)) &&
          g_strcmp0 (gtk_window_get_title (window), _("Trace")) == 0)
        return CMQ_COMPARE_WINDOW (window);
    }
  return NULL;
}

static gboolean
has_trace_window_cb (gpointer data)
{
  return find_trace_window () != NULL;
}

static CmqCompareWindow *
wait_trace_window (void)
{
  CmqCompareWindow *trace;

  ui_wait_until (has_trace_window_cb, NULL);
  trace = find_trace_window ();
  ui_wait_until (has_changes_cb, cmq_compare_window_get_reader_view (trace));
  return trace;
}

/* Trace: the search's phrase, then the words selected in the reader, through the years. */
static void
test_trace (void)
{
  CmqWindow *window = ui_open_window (library);
  CmqCompareWindow *trace;
  CmqReaderView *reader;
  WebKitWebView *web_view;
  g_autofree char *position = NULL;
  g_autofree char *heading = NULL;
  guint n;

  g_settings_set_string (cmq_window_get_settings (window), "color-scheme", "light");
  gtk_editable_set_text (cmq_window_get_search_entry (window), "Euro-Atlantic");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.trace", NULL);
  trace = wait_trace_window ();
  gtk_window_set_default_size (GTK_WINDOW (trace), 1100, 800);
  reader = cmq_compare_window_get_reader_view (trace);
  web_view = cmq_reader_view_get_web_view (reader);
  n = cmq_reader_view_get_n_hits (reader);
  /* The three releases use it once each: 2011, 2012, 2013. */
  g_assert_cmpuint (n, ==, 3);
  heading = g_strdup_printf (_("“%s”"), "Euro-Atlantic");
  ui_wait_page (web_view, "document.querySelector ('h1').textContent", heading);
  ui_wait_page (web_view, "String (document.querySelectorAll ('table.uses mark').length)", "3");
  ui_wait_page (web_view, "String (document.querySelectorAll ('svg.chart rect.bar').length)", "3");
  gtk_widget_activate_action (GTK_WIDGET (trace), "compare.next-change", NULL);
  ui_wait_until (stepped_cb, reader);
  position = g_strdup_printf (ngettext ("%u of %u use", "%u of %u uses", n), 1, n);
  g_assert_cmpstr (cmq_compare_window_get_position (trace), ==, position);
  screenshot (GTK_WIDGET (trace), "trace");
  gtk_window_destroy (GTK_WINDOW (trace));

  /* Words selected in the reader come before the search. */
  ui_select_and_wait (window, row_of (window, "2011-03-03"));
  web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  ui_page_eval (web_view,
                "const r = document.createRange ();"
                "const t = document.querySelector ('h1').firstChild;"
                "r.setStart (t, 4); r.setEnd (t, 27);"
                "window.getSelection ().addRange (r); window.getSelection ().toString ()");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.trace", NULL);
  trace = wait_trace_window ();
  web_view = cmq_reader_view_get_web_view (cmq_compare_window_get_reader_view (trace));
  g_free (heading);
  heading = g_strdup_printf (_("“%s”"), "NATO Secretary General");
  ui_wait_page (web_view, "document.querySelector ('h1').textContent", heading);
  gtk_window_destroy (GTK_WINDOW (trace));
  gtk_window_destroy (GTK_WINDOW (window));
}

static CmqWindow *open_window;

/* The main window reads the release dated @data. */
static gboolean
reads_cb (gpointer data)
{
  CmqRelease *shown = cmq_reader_view_get_release (cmq_window_get_reader_view (open_window));

  return shown != NULL && g_strcmp0 (cmq_release_get_date (shown), data) == 0;
}

/* A click on a use of a trace opens its release in the main window, at its paragraph: the text
 * is large, so that the paragraph is far below the top of the page. */
static void
test_trace_open (void)
{
  CmqWindow *window = ui_open_window (library);
  GSettings *settings = cmq_window_get_settings (window);
  WebKitWebView *main_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  CmqCompareWindow *trace;
  WebKitWebView *web_view;
  CmqRelease *shown;
  const char *const *paragraphs;
  guint paragraph = 0;
  g_autofree char *in_view = NULL;
  g_autofree char *uri_before = NULL;

  g_settings_set_int (settings, "text-size", 300);
  ui_select_and_wait (window, row_of (window, "2011-03-03"));
  gtk_editable_set_text (cmq_window_get_search_entry (window), "dedicated contributor");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.trace", NULL);
  trace = wait_trace_window ();
  web_view = cmq_reader_view_get_web_view (cmq_compare_window_get_reader_view (trace));
  /* Oldest first: the earlier version, then the later one. */
  ui_wait_page (web_view,
                "Array.from (document.querySelectorAll ('table.uses td.when'))"
                ".map (e => e.textContent).join ('|')",
                "2012-03-26|2013-03-26");
  uri_before = g_strdup (webkit_web_view_get_uri (web_view));
  ui_wait_page (web_view, "document.querySelectorAll ('table.uses a.use')[1].click (), 'clicked'",
                "clicked");

  open_window = window;
  ui_wait_until (reads_cb, (gpointer) "2013-03-26");
  shown = cmq_reader_view_get_release (cmq_window_get_reader_view (window));
  paragraphs = cmq_release_get_paragraphs (shown);
  for (guint p = 0; paragraphs[p] != NULL; p++)
    {
      g_autoptr (GArray) found = cmq_trace_find (paragraphs[p], "dedicated contributor");

      if (found->len > 0)
        paragraph = p + 1;
    }
  g_assert_cmpuint (paragraph, >, 1);
  in_view = g_strdup_printf ("(function () {"
                             "  const r = document.getElementById ('p%u').getBoundingClientRect ();"
                             "  return window.scrollY > 0 && r.top >= 0 && r.top < innerHeight / 2"
                             "    ? 'in view' : 'top ' + r.top + ' bottom ' + r.bottom;"
                             "}) ()",
                             paragraph);
  ui_wait_page (main_view, in_view, "in view");
  /* The trace window went nowhere. */
  g_assert_cmpstr (webkit_web_view_get_uri (web_view), ==, uri_before);
  ui_wait_page (web_view, "document.querySelectorAll ('table.uses').length + ''", "1");
  /* …and stays there (the list's later stages of the search do not load the page again). */
  ui_spin (1500);
  ui_wait_page (main_view, in_view, "in view");
  screenshot (GTK_WIDGET (window), "trace-open");

  g_settings_reset (settings, "text-size");
  gtk_window_destroy (GTK_WINDOW (trace));
  gtk_window_destroy (GTK_WINDOW (window));
  open_window = NULL;
}

/* The Near Variants toggle: the phrase with one word changed, after the uses, the changed word
 * marked, not counted as a use; a variant opens its release as a use does. Screenshots in light
 * and dark. */
static void
test_trace_variants (void)
{
  CmqWindow *window = ui_open_window (library);
  GSettings *settings = cmq_window_get_settings (window);
  CmqCompareWindow *trace;
  CmqReaderView *reader;
  WebKitWebView *web_view;
  GtkToggleButton *toggle;

  g_settings_set_string (settings, "color-scheme", "light");
  ui_select_and_wait (window, row_of (window, "2011-03-03"));
  gtk_editable_set_text (cmq_window_get_search_entry (window), "dedicated contributor");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.trace", NULL);
  trace = wait_trace_window ();
  gtk_window_set_default_size (GTK_WINDOW (trace), 1100, 800);
  reader = cmq_compare_window_get_reader_view (trace);
  web_view = cmq_reader_view_get_web_view (reader);
  toggle = GTK_TOGGLE_BUTTON (gtk_widget_get_template_child (
      GTK_WIDGET (trace), CMQ_TYPE_COMPARE_WINDOW, "variants_button"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (toggle)));
  ui_wait_page (web_view, "String (document.querySelectorAll ('table.variants').length)", "0");

  gtk_toggle_button_set_active (toggle, TRUE);
  /* "has been a contributor" in both versions of the release, "a" for "dedicated". */
  ui_wait_page (web_view,
                "Array.from (document.querySelectorAll ('table.variants .changed'))"
                ".map (e => e.textContent + '/' + e.parentNode.textContent).join ('|')",
                "a/a contributor|a/a contributor");
  ui_wait_page (web_view, "String (document.querySelectorAll ('mark').length)", "2");
  ui_wait_until (has_changes_cb, reader);
  g_assert_cmpuint (cmq_reader_view_get_n_hits (reader), ==, 2);
  screenshot (GTK_WIDGET (trace), "variants-light");

  ui_wait_page (web_view, "document.querySelector ('table.variants a.use').click (), 'clicked'",
                "clicked");
  open_window = window;
  ui_wait_until (reads_cb, (gpointer) "2012-03-26");
  open_window = NULL;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  g_settings_set_string (settings, "color-scheme", "dark");
  ui_wait_page (web_view, "document.documentElement.classList.contains ('dark') ? 'dark' : ''",
                "dark");
  ui_wait_page (web_view, "String (document.querySelectorAll ('table.variants').length)", "1");
  screenshot (GTK_WIDGET (trace), "variants-dark");
  gtk_window_set_default_size (GTK_WINDOW (trace), 600, 700);
  ui_wait_laid_out (GTK_WIDGET (trace));
  screenshot (GTK_WIDGET (trace), "variants-narrow");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  g_settings_reset (settings, "color-scheme");

  gtk_window_destroy (GTK_WINDOW (trace));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  const char *localedir = g_getenv ("CMQ_TEST_LOCALEDIR");
  int status;

  cmq_test_watchdog_start (CMQ_TEST_WATCHDOG_UI_SECONDS);
  home = ui_isolate_home ();
  if (localedir != NULL)
    {
      const char *locale = setlocale (LC_ALL, "");

      if (locale == NULL || !g_str_has_prefix (locale, "fr"))
        {
          /* GTK would warn about the missing locale, and a warning fails a test. */
          g_setenv ("LC_ALL", "C.UTF-8", TRUE);
          setlocale (LC_ALL, "");
          g_test_init (&argc, &argv, NULL);
          g_test_skip ("The fr_FR.UTF-8 locale is not installed; build-aux/test makes it");
          return g_test_run ();
        }
      bindtextdomain (GETTEXT_PACKAGE, localedir);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
      language = "fr";
    }
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();
  make_library ();

  g_test_add_func ("/ui-compare/compare-with", test_compare_with);
  g_test_add_func ("/ui-compare/similar", test_similar);
  g_test_add_func ("/ui-compare/trace", test_trace);
  g_test_add_func ("/ui-compare/trace-open", test_trace_open);
  g_test_add_func ("/ui-compare/trace-variants", test_trace_variants);
  g_test_add_func ("/ui-compare/row", test_row);
  g_test_add_func ("/ui-compare/twins", test_twins);

  status = g_test_run ();
  g_clear_object (&library);
  g_free (home);
  return status;
}
