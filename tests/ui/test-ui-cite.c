/* test-ui-cite.c: the real window under Xvfb: paragraphs numbered in the reader, Copy with
 * Citation of words selected in the page, Copy Citation of the release, as text and as HTML, in
 * the style the preference picks.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "cmq-library.h"
#include "cmq-preferences-window.h"
#include "test-watchdog.h"
#include "ui-util.h"

static char *home;

static CmqWindow *
open_samples_with_store (CmqStore *store)
{
  g_autoptr (CmqLibrary) library = ui_fixture_library ("seeds");

  return ui_open_window_with_store (library, store);
}

static CmqWindow *
open_samples (void)
{
  return open_samples_with_store (NULL);
}

typedef struct
{
  gboolean done;
  char *html;
} ClipboardRead;

static void
html_spliced_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  ClipboardRead *read = user_data;
  GMemoryOutputStream *memory = G_MEMORY_OUTPUT_STREAM (source);

  if (g_output_stream_splice_finish (G_OUTPUT_STREAM (source), result, NULL) >= 0)
    read->html = g_strndup (g_memory_output_stream_get_data (memory),
                            g_memory_output_stream_get_data_size (memory));
  read->done = TRUE;
}

/* The clipboard is this process's own: its data is written by the main loop, so it is read
 * without blocking it. */
static void
html_read_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  ClipboardRead *read = user_data;
  g_autoptr (GInputStream) stream = NULL;
  g_autoptr (GOutputStream) memory = g_memory_output_stream_new_resizable ();

  stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result, NULL, NULL);
  if (stream == NULL)
    {
      read->done = TRUE;
      return;
    }
  g_output_stream_splice_async (
      memory, stream, G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
      G_PRIORITY_DEFAULT, NULL, html_spliced_cb, read);
}

static gboolean
clipboard_has_html_cb (gpointer data)
{
  GdkContentFormats *formats = gdk_clipboard_get_formats (GDK_CLIPBOARD (data));

  return gdk_content_formats_contain_mime_type (formats, "text/html");
}

/* Runs @action with an empty clipboard, waits for its citation, and reads it as text and HTML. */
static void
copy (CmqWindow *window, const char *action, char **text, char **html)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  const char *mime_types[] = { "text/html", NULL };
  ClipboardRead read = { FALSE, NULL };

  gdk_clipboard_set_text (clipboard, "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  ui_wait_until (clipboard_has_html_cb, clipboard);
  *text = ui_clipboard_read_text (clipboard);
  gdk_clipboard_read_async (clipboard, mime_types, G_PRIORITY_DEFAULT, NULL, html_read_cb, &read);
  ui_wait_for (&read.done);
  *html = read.html;
}

static void
test_copy_with_citation (void)
{
  CmqWindow *window = open_samples ();
  WebKitWebView *web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  GSettings *settings = cmq_window_get_settings (window);
  CmqRelease *release = NULL;
  g_autofree char *count = NULL;
  g_autofree char *expected_count = NULL;
  g_autofree char *selected = NULL;
  g_autofree char *text = NULL;
  g_autofree char *html = NULL;
  g_autofree char *quoted = NULL;
  g_autofree char *title_html = NULL;

  ui_select_and_wait (window, 0);
  release = cmq_reader_view_get_release (cmq_window_get_reader_view (window));
  g_assert_nonnull (release);

  /* Every paragraph of the story is addressable as #pN. */
  count = ui_page_eval (web_view, "String (document.querySelectorAll ("
                                  "'article > p[id^=\"p\"], article > blockquote[id^=\"p\"]')"
                                  ".length)");
  expected_count =
      g_strdup_printf ("%u", g_strv_length ((char **) cmq_release_get_paragraphs (release)));
  g_assert_cmpstr (count, ==, expected_count);

  g_settings_set_string (settings, "citation-style", "author-date-en");
  selected = ui_select_words (web_view, 2, 60);
  g_assert_cmpuint (strlen (selected), >, 10);
  copy (window, "win.copy-with-citation", &text, &html);
  quoted = g_strdup_printf ("\u201c%s", g_strstrip (selected));
  g_test_message ("%s", text);
  g_assert_nonnull (text);
  g_assert_true (g_str_has_prefix (text, quoted));
  g_assert_nonnull (strstr (text, ", para. 2)\n\n"));
  g_assert_nonnull (strstr (text, cmq_release_get_title (release)));
  g_assert_nonnull (html);
  g_assert_true (g_str_has_prefix (html, "<p>\u201c"));
  title_html = g_markup_escape_text (cmq_release_get_title (release), -1);
  g_assert_nonnull (strstr (html, title_html));
  g_assert_nonnull (strstr (html, "<i>"));
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&html, g_free);

  /* The French note style. */
  g_settings_set_string (settings, "citation-style", "note-fr");
  copy (window, "win.copy-with-citation", &text, &html);
  g_test_message ("%s", text);
  g_assert_true (g_str_has_prefix (text, "\u00ab\u00a0"));
  g_assert_nonnull (strstr (text, ", par. 2"));
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&html, g_free);

  /* The whole release. */
  g_settings_set_string (settings, "citation-style", "author-date-en");
  copy (window, "win.copy-citation", &text, &html);
  g_test_message ("%s", text);
  /* APA: the publisher first when the release names one, else the title. */
  g_assert_true (g_str_has_prefix (text, cmq_release_get_source (release) != NULL
                                             ? cmq_release_get_source (release)
                                             : cmq_release_get_title (release)));
  g_assert_nonnull (strstr (text, cmq_release_get_title (release)));
  g_assert_null (strstr (text, "para."));
  g_assert_true (g_str_has_prefix (html, "<p>"));
  g_assert_nonnull (strstr (html, "<i>"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
print_finished_cb (WebKitPrintOperation *operation, gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
}

static void
print_failed_cb (WebKitPrintOperation *operation, GError *error, gpointer user_data)
{
  g_error ("Printing failed: %s", error->message);
}

/* @text with runs of white space as one space, for text taken out of a PDF. */
static char *
squeeze (const char *text)
{
  g_autoptr (GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
}

/* Print to a PDF file, as Print with "Print to File" does: the title and the highlighted words
 * are in it. Returns its text, spaces squeezed (NULL without pdftotext). */
static char *
print_to_pdf (CmqWindow *window, CmqRelease *release, const char *highlighted)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "printed-release.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr (WebKitPrintOperation) operation = _cmq_window_new_print_operation (window);
  g_autoptr (GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autofree char *pdf = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  gsize length = 0;
  gboolean done = FALSE;

  g_assert_nonnull (operation);
  g_unlink (path);
  gtk_print_settings_set_printer (settings, "Print to File");
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);
  webkit_print_operation_set_print_settings (operation, settings);
  g_signal_connect (operation, "finished", G_CALLBACK (print_finished_cb), &done);
  g_signal_connect (operation, "failed", G_CALLBACK (print_failed_cb), NULL);
  webkit_print_operation_print (operation);
  ui_wait_for (&done);
  g_assert_true (g_file_get_contents (path, &pdf, &length, NULL));
  g_assert_true (length > 1000 && g_str_has_prefix (pdf, "%PDF"));
  /* Something was drawn: a page's content stream is not empty. */
  {
    g_autoptr (GRegex) lengths = g_regex_new ("/Length ([0-9]+)", G_REGEX_RAW, 0, NULL);
    g_autoptr (GMatchInfo) match = NULL;
    guint64 longest = 0;

    g_regex_match_full (lengths, pdf, length, 0, 0, &match, NULL);
    for (; g_match_info_matches (match); g_match_info_next (match, NULL))
      {
        g_autofree char *number = g_match_info_fetch (match, 1);

        longest = MAX (longest, g_ascii_strtoull (number, NULL, 10));
      }
    g_assert_cmpuint (longest, >, 1000);
  }
  g_test_message ("Printed: %s (%zu bytes)", path, length);

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed: the PDF's text is not checked");
      return NULL;
    }
  {
    const char *argv[] = { pdftotext, path, "-", NULL };
    g_autofree char *out = NULL;
    g_autofree char *text = NULL;
    g_autofree char *title = squeeze (cmq_release_get_title (release));
    g_autofree char *words = squeeze (highlighted);
    g_autoptr (GError) error = NULL;
    int status = 0;

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status,
                  &error);
    g_assert_no_error (error);
    text = squeeze (out);
    g_assert_nonnull (strstr (text, title));
    g_assert_nonnull (strstr (text, words));
    return g_steal_pointer (&text);
  }
}

static void
prepared_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (cmq_reader_view_set_print_notes_finish (CMQ_READER_VIEW (source), result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

/* As Print does before its dialog. */
static void
prepare_print (CmqWindow *window)
{
  gboolean done = FALSE;

  _cmq_window_prepare_print (window, prepared_cb, &done);
  ui_wait_for (&done);
}

static CmqStore *
new_store (void)
{
  g_autofree char *dir = g_build_filename (home, "store", NULL);
  g_autofree char *path = g_build_filename (dir, "library.ini", NULL);
  g_autoptr (GError) error = NULL;
  CmqStore *store;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  store = cmq_store_new (path);
  g_assert_true (cmq_store_load (store, &error));
  g_assert_no_error (error);
  return store;
}

static const char highlighted_script[] =
    "Array.from (document.querySelectorAll ('span.highlight')).map (s => s.textContent).join ('')";

/* Words selected in the page are highlighted, kept in the store, and shown again when the release
 * is shown again. */
static void
test_highlight (void)
{
  g_autoptr (CmqStore) store = new_store ();
  CmqWindow *window = open_samples_with_store (store);
  WebKitWebView *web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  g_autofree char *selected = NULL;
  g_autoptr (GPtrArray) passages = NULL;
  g_autoptr (GError) error = NULL;
  CmqRelease *release;

  ui_select_and_wait (window, 0);
  release = cmq_reader_view_get_release (cmq_window_get_reader_view (window));
  selected = ui_select_words (web_view, 2, 45);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.highlight", NULL));
  ui_wait_page (web_view, highlighted_script, selected);

  passages = cmq_store_dup_passages (store, cmq_release_get_id (release));
  g_assert_cmpuint (passages->len, ==, 1);
  g_assert_cmpstr (((CmqStorePassage *) g_ptr_array_index (passages, 0))->anchor->quote, ==,
                   selected);
  g_assert_cmpuint (((CmqStorePassage *) g_ptr_array_index (passages, 0))->anchor->paragraph, ==,
                    2);
  g_assert_true (cmq_store_flush (store, &error));
  g_assert_no_error (error);

  /* Export Citations: the highlight, with its paragraph. */
  {
    g_autofree char *path = g_build_filename (home, "Citations.bib", NULL);
    g_autoptr (GFile) file = g_file_new_for_path (path);
    g_autofree char *message =
        cmq_window_export_citations_to (window, file, CMQ_CITE_EXPORT_BIBTEX);
    g_autofree char *bibtex = NULL;

    g_assert_cmpstr (message, ==, "1 citation exported to Citations.bib");
    g_assert_cmpstr (adw_toast_get_action_name (_cmq_window_get_last_toast (window)), ==,
                     "win.open-file");
    g_assert_true (g_file_get_contents (path, &bibtex, NULL, NULL));
    /* A report of its publisher when the release names one. */
    g_assert_true (g_str_has_prefix (
        bibtex, cmq_release_get_source (release) != NULL ? "@techreport{" : "@misc{"));
    g_assert_nonnull (strstr (bibtex, "note = {The year of the date was inferred, not stated; "
                                      "para. 2}"));
  }

  /* Another release has none; back to the first, it is shown again. */
  ui_select_and_wait (window, 1);
  ui_wait_page (web_view, highlighted_script, "");
  ui_select_and_wait (window, 0);
  ui_wait_page (web_view, highlighted_script, selected);
  {
    AdwStyleManager *style = adw_style_manager_get_default ();

    for (guint dark = 0; dark <= 1; dark++)
      {
        g_autofree char *name =
            g_strdup_printf ("screenshot-highlight-%s.png", dark ? "dark" : "light");
        g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);

        adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                        : ADW_COLOR_SCHEME_FORCE_LIGHT);
        /* The page is drawn again in the other scheme, and its highlights with it. */
        ui_wait_page (web_view, "document.documentElement.classList.contains ('dark')",
                      dark ? "true" : "false");
        ui_wait_page (web_view, highlighted_script, selected);
        ui_spin (300);
        ui_save_screenshot (GTK_WIDGET (window), path);
        g_test_message ("Screenshot: %s", path);
      }
    adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Print to a file: a PDF with the title and a highlighted passage's words. */
static void
test_print (void)
{
  g_autoptr (CmqStore) store = new_store ();
  CmqWindow *window = open_samples_with_store (store);
  WebKitWebView *web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  g_autoptr (CmqRelease) release = NULL;
  const char *paragraph;
  g_autofree char *words = NULL;
  g_autofree char *id = NULL;
  g_autofree char *text = NULL;

  ui_select_and_wait (window, 1);
  /* Held: selecting another release below lets the reader drop its own reference. */
  release = g_object_ref (cmq_reader_view_get_release (cmq_window_get_reader_view (window)));
  paragraph = cmq_release_get_paragraphs (release)[0];
  words = g_strndup (paragraph, strchr (paragraph + 20, ' ') - paragraph);
  id = cmq_store_add_passage (store, release, 1, 0, strlen (words), "green");
  g_assert_nonnull (id);
  g_assert_true (cmq_store_set_passage_note (store, release, id, "Quokkas agree.\nSecond line"));
  cmq_store_set_note (store, release, "Wombats too");
  ui_select_and_wait (window, 0);
  ui_select_and_wait (window, 1);
  ui_wait_page (web_view, highlighted_script, words);

  /* Not asked for (the default): no notes on paper. */
  prepare_print (window);
  text = print_to_pdf (window, release, words);
  g_assert_true (text == NULL || strstr (text, "Quokkas agree.") == NULL);
  g_clear_pointer (&text, g_free);

  /* Asked for: the release's note and the passage's, after the text, with the line break. */
  g_settings_set_boolean (cmq_window_get_settings (window), "print-notes", TRUE);
  prepare_print (window);
  ui_wait_page (web_view, "document.getElementById ('print-notes').innerText.includes ('Quokkas')",
                "true");
  ui_wait_page (web_view, "getComputedStyle (document.getElementById ('print-notes')).display",
                "none");
  text = print_to_pdf (window, release, words);
  g_settings_reset (cmq_window_get_settings (window), "print-notes");
  if (text != NULL)
    {
      const char *heading = strstr (text, "Your Notes");

      g_assert_nonnull (heading);
      g_assert_true (heading > strstr (text, words));
      g_assert_nonnull (strstr (heading, "Wombats too"));
      g_assert_nonnull (strstr (heading, "Paragraph 1"));
      g_assert_nonnull (strstr (heading, "Quokkas agree. Second line"));
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  guint round;
  gboolean closed;
} PrintDialogClose;

/* The print dialog, once it shows: closed by its Cancel button in even rounds, by its close
 * button (or Escape) in odd ones. */
static gboolean
close_print_dialog_cb (gpointer user_data)
{
  PrintDialogClose *close = user_data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_DIALOG (toplevel) && gtk_widget_get_mapped (GTK_WIDGET (toplevel)) &&
          g_str_equal (G_OBJECT_TYPE_NAME (toplevel), "GtkPrintUnixDialog"))
        {
          if (close->round % 2 == 0)
            gtk_dialog_response (GTK_DIALOG (toplevel), GTK_RESPONSE_CANCEL);
          else
            gtk_window_close (toplevel);
          close->closed = TRUE;
          return G_SOURCE_REMOVE;
        }
    }
  return G_SOURCE_CONTINUE;
}

/* Print (Ctrl+P), then Cancel or close its dialog: nothing printed, no warning, and Print works
 * again (G_DEBUG=fatal-criticals makes a critical fail the test). */
static void
test_print_cancel (void)
{
  CmqWindow *window = open_samples ();
  PrintDialogClose close = { 0 };

  ui_select_and_wait (window, 1);
  for (close.round = 0; close.round < 4; close.round++)
    {
      close.closed = FALSE;
      g_timeout_add (50, close_print_dialog_cb, &close);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
      ui_wait_for (&close.closed);
      ui_spin (200);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The reader's context menu offers Highlight, Colours and Note…, Add Note to Passage…, Copy with
 * Citation and Copy Citation (the popover's items: test-ui-highlight), and its Highlight
 * highlights the selected words. */
static void
test_context_menu (void)
{
  g_autoptr (CmqStore) store = new_store ();
  CmqWindow *window = open_samples_with_store (store);
  WebKitWebView *web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  g_autoptr (WebKitContextMenu) menu = webkit_context_menu_new ();
  g_autofree char *selected = NULL;
  GAction *highlight = NULL;
  GList *items;
  gboolean handled = TRUE;

  ui_select_and_wait (window, 2);
  selected = ui_select_words (web_view, 1, 30);
  /* As WebKit asks before showing it (from the keyboard: no hit test result). */
  g_object_ref_sink (menu);
  g_signal_emit_by_name (web_view, "context-menu", menu, NULL, &handled);
  g_assert_false (handled);
  items = webkit_context_menu_get_items (menu);
  /* The menu had nothing of WebKit's: no separator before the window's items. */
  g_assert_cmpuint (g_list_length (items), ==, 5);
  for (GList *l = items; l != NULL; l = l->next)
    {
      GAction *action = webkit_context_menu_item_get_gaction (l->data);

      g_assert_nonnull (action);
      if (g_str_equal (g_action_get_name (action), "highlight"))
        highlight = action;
    }
  g_assert_nonnull (highlight);
  g_action_activate (highlight, NULL);
  ui_wait_page (web_view, highlighted_script, selected);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The preference's row writes the key the copies read; screenshots in light and dark. */
static void
test_preference (void)
{
  CmqWindow *window = open_samples ();
  GSettings *settings = cmq_window_get_settings (window);
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkWidget *preferences = cmq_preferences_window_new (GTK_WINDOW (window));
  GtkWidget *row;
  g_autofree char *choice = NULL;

  gtk_window_set_default_size (GTK_WINDOW (preferences), 640, 780);
  gtk_window_present (GTK_WINDOW (preferences));
  row = cmq_preferences_window_get_control (CMQ_PREFERENCES_WINDOW (preferences), "citation-style");
  g_assert_nonnull (row);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 3);
  choice = g_settings_get_string (settings, "citation-style");
  g_assert_cmpstr (choice, ==, "note-fr");
  g_settings_set_string (settings, "citation-style", "note-en");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 1);

  for (guint dark = 0; dark <= 1; dark++)
    {
      g_autofree char *name =
          g_strdup_printf ("screenshot-citation-preferences-%s%s.png", dark ? "dark" : "light",
                           g_getenv ("CMQ_TEST_LOCALEDIR") != NULL ? "-translated" : "");
      g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);

      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                      : ADW_COLOR_SCHEME_FORCE_LIGHT);
      ui_spin (300);
      ui_save_screenshot (preferences, path);
      g_test_message ("Screenshot: %s", path);
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (preferences));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  int status;

  cmq_test_watchdog_start (CMQ_TEST_WATCHDOG_UI_SECONDS);
  home = ui_isolate_home ();
  ui_bind_test_translations ();
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  g_test_add_func ("/ui-cite/copy-with-citation", test_copy_with_citation);
  g_test_add_func ("/ui-cite/preference", test_preference);
  g_test_add_func ("/ui-cite/highlight", test_highlight);
  g_test_add_func ("/ui-cite/print", test_print);
  g_test_add_func ("/ui-cite/print-cancel", test_print_cancel);
  g_test_add_func ("/ui-cite/context-menu", test_context_menu);

  status = g_test_run ();
  g_free (home);
  return status;
}
