/* test-ui-highlight.c: the real window under Xvfb: the popover of words selected in the reader
 * (a colour highlights them, Add Note writes a note on them), the popover of a highlight (its
 * colour, its note, Remove), all kept in the store and shown in the page across a switch and a
 * restart of the window on the same store file. With LANGUAGE=fr (ui-highlight-fr), the same in
 * French, for the screenshots.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include <gdk/x11/gdkx.h>

#include "cmq-library.h"
#include "cmq-passage-popover.h"
#include "test-watchdog.h"
#include "ui-util.h"

static char *home;

static CmqWindow *
open_samples_with_store (CmqStore *store)
{
  g_autoptr (CmqLibrary) library = ui_fixture_library ("seeds");

  return ui_open_window_with_store (library, store);
}

/* The store file of the test, read afresh as a new start of Communiqué would. */
static CmqStore *
open_store (void)
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

/* Puts the caret inside the first highlight, as a click on it does. */
static void
click_in_highlight (WebKitWebView *web_view)
{
  g_autofree char *done =
      ui_page_eval (web_view, "(function () {"
                              "  const t = document.querySelector ('span.highlight').firstChild;"
                              "  document.getSelection ().collapse (t, 2);"
                              "  return 'yes';"
                              "}) ()");

  g_assert_cmpstr (done, ==, "yes");
}

static gboolean
popover_shown_cb (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static gboolean
popover_hidden_cb (gpointer data)
{
  return !gtk_widget_get_visible (GTK_WIDGET (data));
}

/* What Alt+Return does; waits until the popover is on screen. */
static CmqPassagePopover *
show_popover (CmqWindow *window, const char *action)
{
  CmqPassagePopover *popover = _cmq_window_get_passage_popover (window);

  g_assert_nonnull (popover);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  ui_wait_until (popover_shown_cb, popover);
  ui_wait_laid_out (GTK_WIDGET (popover));
  return popover;
}

static void
press (CmqPassagePopover *popover, const char *what)
{
  GtkWidget *button = cmq_passage_popover_get_button (popover, what);

  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_true (gtk_widget_activate (button));
  ui_wait_until (popover_hidden_cb, popover);
}

static void
type_note (CmqPassagePopover *popover, const char *text)
{
  GtkTextView *view = cmq_passage_popover_get_text_view (popover);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    gtk_text_buffer_insert_interactive_at_cursor (buffer, p, g_utf8_next_char (p) - p, TRUE);
}

static void
screenshot (GtkWidget *widget, const char *what)
{
  const char *language = g_getenv ("LANGUAGE");
  g_autofree char *name =
      g_strdup_printf ("screenshot-highlight-%s%s%s.png", what, language != NULL ? "-" : "",
                       language != NULL ? language : "");
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);

  ui_save_screenshot (widget, path);
  g_test_message ("Screenshot: %s", path);
}

/* The one passage of @release in @store. */
static CmqStorePassage *
only_passage (CmqStore *store, CmqRelease *release)
{
  g_autoptr (GPtrArray) passages = cmq_store_dup_passages (store, cmq_release_get_id (release));

  g_assert_cmpuint (passages->len, ==, 1);
  return cmq_store_passage_copy (g_ptr_array_index (passages, 0));
}

static const char green_script[] = "Array.from (document.querySelectorAll ('span.highlight.green'))"
                                   ".map (s => s.textContent).join ('')";
static const char any_script[] = "Array.from (document.querySelectorAll ('span.highlight'))"
                                 ".map (s => s.textContent).join ('')";
static const char title_script[] = "(document.querySelector ('span.highlight') || {}).title || ''";
/* The note is text, never markup: no element of it in the page. */
static const char marked_script[] =
    "String (document.querySelectorAll ('span.highlight.noted').length) + "
    "String (document.querySelectorAll ('span.highlight b, span.highlight img').length)";

/* A note with markup in it, to be shown as it was typed. */
static const char note_text[] = "Check <b>this</b> & \"that\"\n<img src=x onerror=alert(1)>";

/* Words selected: the colours, Add Note, Copy, Copy with Citation, and no Remove; in the dark
 * style, then the light one (a new scheme draws the page again, the selection goes). Green
 * highlights them. Returns the words. */
static char *
highlight_in_green (CmqWindow *window, CmqStore *store, CmqRelease *release)
{
  WebKitWebView *web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  g_autoptr (CmqStorePassage) passage = NULL;
  char *selected = NULL;
  CmqPassagePopover *popover = NULL;

  for (int dark = 1; dark >= 0; dark--)
    {
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                               : ADW_COLOR_SCHEME_FORCE_LIGHT);
      ui_wait_page (web_view, "document.documentElement.classList.contains ('dark')",
                    dark ? "true" : "false");
      g_free (selected);
      selected = ui_select_words (web_view, 2, 45);
      g_assert_cmpuint (strlen (selected), >, 10);
      popover = show_popover (window, "win.passage-popover");
      g_assert_false (gtk_widget_get_visible (cmq_passage_popover_get_button (popover, "remove")));
      g_assert_true (gtk_widget_get_mapped (cmq_passage_popover_get_button (popover, "cite")));
      screenshot (GTK_WIDGET (popover), dark ? "popover-dark" : "popover-light");
      if (dark)
        {
          gtk_popover_popdown (GTK_POPOVER (popover));
          ui_wait_until (popover_hidden_cb, popover);
        }
    }
  press (popover, "green");
  ui_wait_page (web_view, green_script, selected);
  passage = only_passage (store, release);
  g_assert_cmpstr (passage->colour, ==, "green");
  g_assert_cmpstr (passage->anchor->quote, ==, selected);
  g_assert_cmpstr (passage->note, ==, "");
  g_clear_pointer (&passage, cmq_store_passage_free);
  return selected;
}

/* A click in the highlight: its popover, with Remove; a note on it, with markup that must stay
 * text. */
static void
annotate (CmqWindow *window, CmqStore *store, CmqRelease *release)
{
  WebKitWebView *web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  g_autoptr (CmqStorePassage) passage = NULL;
  CmqPassagePopover *popover;

  click_in_highlight (web_view);
  popover = show_popover (window, "win.passage-popover");
  g_assert_true (gtk_widget_get_mapped (cmq_passage_popover_get_button (popover, "remove")));
  {
    GtkWidget *note_button = cmq_passage_popover_get_button (popover, "note");

    g_assert_true (gtk_widget_activate (note_button));
    ui_wait_until ((gboolean (*) (gpointer)) cmq_passage_popover_is_editing_note, popover);
    ui_wait_laid_out (GTK_WIDGET (cmq_passage_popover_get_text_view (popover)));
  }
  type_note (popover, note_text);
  screenshot (GTK_WIDGET (popover), "note");
  press (popover, "save");
  ui_wait_page (web_view, title_script, note_text);
  ui_wait_page (web_view, marked_script, "10");
  passage = only_passage (store, release);
  g_assert_cmpstr (passage->note, ==, note_text);
  g_assert_cmpstr (passage->colour, ==, "green");
  g_clear_pointer (&passage, cmq_store_passage_free);
  ui_wait_page_painted (web_view);
  screenshot (GTK_WIDGET (window), "page");
}

/* Select, popover, a colour, a note; switch and back; a new window on the store read again;
 * then Remove from the highlight's popover. */
static void
test_popover (void)
{
  g_autoptr (CmqStore) store = open_store ();
  CmqWindow *window = open_samples_with_store (store);
  CmqReaderView *reader = cmq_window_get_reader_view (window);
  WebKitWebView *web_view = cmq_reader_view_get_web_view (reader);
  g_autoptr (CmqRelease) release = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *selected = NULL;
  CmqPassagePopover *popover;

  ui_select_and_wait (window, 0);
  release = g_object_ref (cmq_reader_view_get_release (reader));
  selected = highlight_in_green (window, store, release);
  annotate (window, store, release);

  /* Another release has none; back, the highlight and its note are there. */
  ui_select_and_wait (window, 1);
  ui_wait_page (web_view, any_script, "");
  ui_select_and_wait (window, 0);
  ui_wait_page (web_view, green_script, selected);
  ui_wait_page (web_view, title_script, note_text);

  /* Quit, and start again on the same file. */
  g_assert_true (cmq_store_flush (store, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  store = open_store ();
  window = open_samples_with_store (store);
  reader = cmq_window_get_reader_view (window);
  web_view = cmq_reader_view_get_web_view (reader);
  ui_select_and_wait (window, 0);
  ui_wait_page (web_view, green_script, selected);
  ui_wait_page (web_view, title_script, note_text);
  ui_wait_page (web_view, marked_script, "10");

  /* Narrow: the popover of the highlight still fits. */
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 700);
  ui_wait_laid_out (GTK_WIDGET (window));
  ui_wait_page_painted (web_view);
  screenshot (GTK_WIDGET (window), "narrow");
  click_in_highlight (web_view);
  popover = show_popover (window, "win.passage-popover");
  screenshot (GTK_WIDGET (popover), "popover-highlight");

  /* Remove: gone from the page and the store. */
  press (popover, "remove");
  ui_wait_page (web_view, any_script, "");
  {
    g_autoptr (GPtrArray) passages = cmq_store_dup_passages (store, cmq_release_get_id (release));

    g_assert_cmpuint (passages->len, ==, 0);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ctrl+Shift+N on words of the release at @position: the popover, its note editor open, once the
 * words are highlighted. */
static CmqPassagePopover *
note_on_words (CmqWindow *window, guint position, CmqRelease **release, char **selected)
{
  CmqReaderView *reader = cmq_window_get_reader_view (window);
  WebKitWebView *web_view = cmq_reader_view_get_web_view (reader);
  CmqPassagePopover *popover;

  ui_select_and_wait (window, position);
  *release = cmq_reader_view_get_release (reader);
  *selected = ui_select_words (web_view, 1, 30);
  popover = show_popover (window, "win.passage-note");
  ui_wait_until ((gboolean (*) (gpointer)) cmq_passage_popover_is_editing_note, popover);
  ui_wait_page (web_view, any_script, *selected);
  return popover;
}

/* Ctrl+Shift+N: the selection highlighted and its note open at once; a note typed is kept when
 * the popover closes without Save. */
static void
test_note_first (void)
{
  g_autoptr (CmqStore) store = open_store ();
  CmqWindow *window = open_samples_with_store (store);
  CmqReaderView *reader = cmq_window_get_reader_view (window);
  WebKitWebView *web_view = cmq_reader_view_get_web_view (reader);
  g_autoptr (CmqStorePassage) passage = NULL;
  g_autofree char *selected = NULL;
  CmqPassagePopover *popover;
  CmqRelease *release;

  popover = note_on_words (window, 1, &release, &selected);
  type_note (popover, "Ask the press office");
  gtk_popover_popdown (GTK_POPOVER (popover));
  ui_wait_until (popover_hidden_cb, popover);
  passage = only_passage (store, release);
  g_assert_cmpstr (passage->note, ==, "Ask the press office");
  g_assert_cmpstr (passage->colour, ==, "yellow");
  ui_wait_page (web_view, title_script, "Ask the press office");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
process_ended_cb (WebKitWebView *web_view, WebKitWebProcessTerminationReason reason,
                  gboolean *ended)
{
  *ended = TRUE;
}

/* The reader's web process ends (a crash) while a note is being typed in the popover: the page
 * is made again, and the popover stays open with what was typed, which goes on. */
static void
test_note_process_ended (void)
{
  g_autoptr (CmqStore) store = open_store ();
  CmqWindow *window = open_samples_with_store (store);
  CmqReaderView *reader = cmq_window_get_reader_view (window);
  WebKitWebView *web_view = cmq_reader_view_get_web_view (reader);
  g_autoptr (CmqStorePassage) passage = NULL;
  g_autofree char *selected = NULL;
  CmqPassagePopover *popover;
  CmqRelease *release;
  gboolean ended = FALSE;

  /* Not the release of the tests before, whose passages are in the same store. */
  popover = note_on_words (window, 2, &release, &selected);
  type_note (popover, "Ask the ");
  g_signal_connect (web_view, "web-process-terminated", G_CALLBACK (process_ended_cb), &ended);
  g_assert_cmpuint (ui_kill_web_processes (), >, 0);
  ui_wait_for (&ended);
  /* The page again, in a new process, with its highlight. */
  ui_wait_page (web_view, any_script, selected);
  ui_wait_page_painted (web_view);
  g_signal_handlers_disconnect_by_data (web_view, &ended);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (popover)));
  g_assert_true (cmq_passage_popover_is_editing_note (popover));
  type_note (popover, "press office");
  gtk_popover_popdown (GTK_POPOVER (popover));
  ui_wait_until (popover_hidden_cb, popover);
  passage = only_passage (store, release);
  g_assert_cmpstr (passage->note, ==, "Ask the press office");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
clipboard_changed_cb (GdkClipboard *clipboard, gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
}

/* Runs xdotool with @argv (NULL-terminated, after "xdotool"). */
static void
xdotool (const char *const *args)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;

  g_ptr_array_add (argv, (gpointer) "xdotool");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_async (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

/* Ctrl+C with the popover on screen (it has the keyboard): the selected words are copied. */
static void
copy_by_key (CmqWindow *window, const char *selected)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  CmqPassagePopover *popover = _cmq_window_get_passage_popover (window);
  const char *const key[] = { "key", "--clearmodifiers", "ctrl+c", NULL };
  g_autofree char *text = NULL;
  gboolean changed = FALSE;
  gulong handler;

  gdk_clipboard_set_text (clipboard, "before");
  handler = g_signal_connect (clipboard, "changed", G_CALLBACK (clipboard_changed_cb), &changed);
  xdotool (key);
  ui_wait_for (&changed);
  ui_wait_until (popover_hidden_cb, popover);
  g_signal_handler_disconnect (clipboard, handler);
  text = ui_clipboard_read_text (clipboard);
  g_assert_cmpstr (g_strstrip (text), ==, selected);
}

/* The point @x, @y of the page, in the X window of the window (xdotool's --window). */
static void
page_to_surface (CmqWindow *window, double x, double y, int *out_x, int *out_y)
{
  WebKitWebView *web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  graphene_point_t point = GRAPHENE_POINT_INIT (x, y), in_window;
  double shadow_x = 0, shadow_y = 0;

  g_assert_true (
      gtk_widget_compute_point (GTK_WIDGET (web_view), GTK_WIDGET (window), &point, &in_window));
  gtk_native_get_surface_transform (GTK_NATIVE (window), &shadow_x, &shadow_y);
  *out_x = (int) (in_window.x + shadow_x);
  *out_y = (int) (in_window.y + shadow_y);
}

/* A person's drag over words of the page (xdotool, under Xvfb): the popover comes by itself. */
static void
test_mouse (void)
{
  g_autoptr (CmqStore) store = open_store ();
  CmqWindow *window = open_samples_with_store (store);
  WebKitWebView *web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  CmqPassagePopover *popover = _cmq_window_get_passage_popover (window);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *line = NULL;
  g_autofree char *xid = NULL;
  g_autofree char *selected = NULL;
  g_auto (GStrv) numbers = NULL;
  int x1, y1, x2, y2;

  if (!GDK_IS_X11_SURFACE (surface) || g_find_program_in_path ("xdotool") == NULL)
    {
      g_test_skip ("needs X11 and xdotool");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  ui_select_and_wait (window, 0);
  ui_wait_page_painted (web_view);
  /* The first line of paragraph 2: its left, right and middle, in the view. */
  line = ui_page_eval (web_view, "(function () {"
                                 "  const r = document.getElementById ('p2').getClientRects ()[0];"
                                 "  return [r.left + 2, r.left + r.width / 2,"
                                 "          r.top + r.height / 2].join (' ');"
                                 "}) ()");
  numbers = g_strsplit (line, " ", 3);
  page_to_surface (window, g_ascii_strtod (numbers[0], NULL), g_ascii_strtod (numbers[2], NULL),
                   &x1, &y1);
  page_to_surface (window, g_ascii_strtod (numbers[1], NULL), g_ascii_strtod (numbers[2], NULL),
                   &x2, &y2);
  xid = g_strdup_printf ("%lu", (unsigned long) gdk_x11_surface_get_xid (surface));
  {
    g_autofree char *sx1 = g_strdup_printf ("%d", x1), *sy1 = g_strdup_printf ("%d", y1);
    g_autofree char *sx2 = g_strdup_printf ("%d", x2), *sy2 = g_strdup_printf ("%d", y2);
    g_autofree char *sxm = g_strdup_printf ("%d", (x1 + x2) / 2);
    const char *const drag[] = { "mousemove", "--window", xid,         sx1,        sy1,
                                 "mousedown", "1",        "mousemove", "--window", xid,
                                 sxm,         sy1,        "mousemove", "--window", xid,
                                 sx2,         sy2,        "mouseup",   "1",        NULL };

    xdotool (drag);
  }
  ui_wait_until (popover_shown_cb, popover);
  g_assert_false (gtk_widget_get_visible (cmq_passage_popover_get_button (popover, "remove")));
  selected = ui_page_eval (web_view, "document.getSelection ().toString ()");
  g_assert_cmpuint (strlen (selected), >, 5);
  copy_by_key (window, g_strstrip (selected));
  popover = show_popover (window, "win.passage-popover");
  press (popover, "blue");
  ui_wait_page (web_view, "String (document.querySelectorAll ('span.highlight.blue').length > 0)",
                "true");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The context menu's Add Note to Passage…: the same popover, at the note. */
static void
test_context_menu (void)
{
  g_autoptr (CmqStore) store = open_store ();
  CmqWindow *window = open_samples_with_store (store);
  WebKitWebView *web_view = cmq_reader_view_get_web_view (cmq_window_get_reader_view (window));
  g_autoptr (WebKitContextMenu) menu = g_object_ref_sink (webkit_context_menu_new ());
  g_autofree char *selected = NULL;
  CmqPassagePopover *popover = _cmq_window_get_passage_popover (window);
  GAction *note = NULL;
  gboolean handled = TRUE;

  ui_select_and_wait (window, 2);
  selected = ui_select_words (web_view, 1, 30);
  /* As WebKit asks before showing it (from the keyboard: no hit test result). */
  g_signal_emit_by_name (web_view, "context-menu", menu, NULL, &handled);
  for (GList *l = webkit_context_menu_get_items (menu); l != NULL; l = l->next)
    {
      GAction *action = webkit_context_menu_item_get_gaction (l->data);

      if (action != NULL && g_str_equal (g_action_get_name (action), "passage-note"))
        note = action;
    }
  g_assert_nonnull (note);
  g_action_activate (note, NULL);
  ui_wait_until (popover_shown_cb, popover);
  ui_wait_until ((gboolean (*) (gpointer)) cmq_passage_popover_is_editing_note, popover);
  ui_wait_page (web_view, any_script, selected);
  gtk_popover_popdown (GTK_POPOVER (popover));
  ui_wait_until (popover_hidden_cb, popover);
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
  /* The application's style sheet, which AdwApplication loads (the colour buttons' colours). */
  {
    g_autoptr (GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, "/io/github/communique/Communique/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  g_test_add_func ("/ui-highlight/popover", test_popover);
  g_test_add_func ("/ui-highlight/note-first", test_note_first);
  g_test_add_func ("/ui-highlight/note-process-ended", test_note_process_ended);
  g_test_add_func ("/ui-highlight/context-menu", test_context_menu);
  g_test_add_func ("/ui-highlight/mouse", test_mouse);

  status = g_test_run ();
  g_free (home);
  return status;
}
