/* cmq-window-actions.c: every win.* action of the window and its keys, and how the reading view
 * looks: text size, typeface, line width, colours.
 *
 * The handlers of the actions on favourites, notes and imports are in cmq-window-notes.c and
 * cmq-window-import.c, those on passages and citations in cmq-window-passages.c, those that
 * compare and trace in cmq-window-compare.c; they are all declared here, with their keys, so
 * that the window's actions are in one list (the shortcuts window lists the same keys).
 *
 * The reader's look: the preferences live in GSettings; this file applies them to the window's
 * reader as they change (from the Preferences window, the zoom keys, or dconf). Text size is
 * WebKit's zoom level; the rest are classes on the page's <html>, which reader.css reads, so the
 * page stays free of scripts and of inline style attributes.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "cmq-reading-style.h"
#include "cmq-window-private.h"

#define TEXT_SIZE_MIN     50
#define TEXT_SIZE_MAX     300
#define TEXT_SIZE_DEFAULT 100
#define TEXT_SIZE_STEP    10

/* The page's classes for the reading settings: each change reloads the page, so a burst of
 * them (the Preferences window, dconf) is applied once, when the main loop is idle. */
static void
apply_page_class (CmqWindow *self)
{
  g_autofree char *scheme = g_settings_get_string (self->settings, "color-scheme");
  g_autofree char *page_class = cmq_reading_style_page_class (
      self->settings, adw_style_manager_get_dark (adw_style_manager_get_default ()));

  cmq_reader_view_set_page_class (self->reader_view, page_class);
  /* The note pane under the page takes the page's paper colour (style.css). */
  if (g_str_equal (scheme, "sepia"))
    gtk_widget_add_css_class (GTK_WIDGET (self), "sepia");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "sepia");
}

static gboolean
apply_page_class_cb (gpointer data)
{
  CmqWindow *self = data;

  self->page_class_idle = 0;
  apply_page_class (self);
  return G_SOURCE_REMOVE;
}

static void
apply_reader_settings (CmqWindow *self)
{
  int size = g_settings_get_int (self->settings, "text-size");

  if (self->page_class_idle == 0)
    self->page_class_idle = g_idle_add (apply_page_class_cb, self);
  webkit_web_view_set_zoom_level (cmq_reader_view_get_web_view (self->reader_view), size / 100.0);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-in", size < TEXT_SIZE_MAX);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-out", size > TEXT_SIZE_MIN);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-reset", size != TEXT_SIZE_DEFAULT);
}

static void
settings_changed_cb (CmqWindow *self, const char *key, GSettings *settings)
{
  static const char *const reader_keys[] = { "text-size",    "font-style",        "line-width",
                                             "color-scheme", "paragraph-numbers", NULL };

  if (g_strv_contains (reader_keys, key))
    apply_reader_settings (self);
}

static void
zoom_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  GSettings *settings = CMQ_WINDOW (widget)->settings;
  int size = g_settings_get_int (settings, "text-size");

  if (g_str_equal (action_name, "win.zoom-in"))
    size = MIN (size + TEXT_SIZE_STEP, TEXT_SIZE_MAX);
  else if (g_str_equal (action_name, "win.zoom-out"))
    size = MAX (size - TEXT_SIZE_STEP, TEXT_SIZE_MIN);
  else
    size = TEXT_SIZE_DEFAULT;
  g_settings_set_int (settings, "text-size", size);
}

static void
search_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  CmqWindow *self = CMQ_WINDOW (widget);

  _cmq_window_show_list (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
step_hit_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  CmqWindow *self = CMQ_WINDOW (widget);

  cmq_reader_view_step_hit (self->reader_view, g_str_equal (action_name, "win.previous-hit"));
}

static void
toggle_sidebar_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  _cmq_window_toggle_sidebar (CMQ_WINDOW (widget));
}

/* The reader's back button, when the window shows one pane at a time. */
static void
show_list_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  _cmq_window_show_list (CMQ_WINDOW (widget));
}

/* Ctrl+Shift+@keyval (a lower-case letter) for @action, bound with both the lower-case and the
 * upper-case letter, which is what the key gives with Shift held. */
static void
add_ctrl_shift_binding (GtkWidgetClass *widget_class, guint keyval, const char *action)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       action, NULL);
  gtk_widget_class_add_binding_action (widget_class, gdk_keyval_to_upper (keyval),
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, action, NULL);
}

/* Compare and trace (cmq-window-compare.c). */
static void
install_compare_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.trace", NULL, _cmq_window_trace_action);
  add_ctrl_shift_binding (widget_class, GDK_KEY_t, "win.trace");
  gtk_widget_class_install_action (widget_class, "win.compare-with", NULL,
                                   _cmq_window_compare_with_action);
  /* Not Shift+Ctrl+D: GTK's inspector takes it where debugging keys are on. */
  add_ctrl_shift_binding (widget_class, GDK_KEY_m, "win.compare-with");
}

/* Passages and citations (cmq-window-passages.c). */
static void
install_passage_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.highlight", NULL,
                                   _cmq_window_highlight_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, _cmq_window_print_action);
  gtk_widget_class_install_action (widget_class, "win.export-citations", NULL,
                                   _cmq_window_export_citations_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print",
                                       NULL);
  add_ctrl_shift_binding (widget_class, GDK_KEY_h, "win.highlight");
  /* Alt+Return: the passage's "properties"; Ctrl+Shift+N: a note. (GTK's inspector has
   * Ctrl+Shift+I and Ctrl+Shift+D.) */
  gtk_widget_class_install_action (widget_class, "win.passage-popover", NULL,
                                   _cmq_window_passage_popover_action);
  gtk_widget_class_install_action (widget_class, "win.passage-note", NULL,
                                   _cmq_window_passage_popover_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_ALT_MASK,
                                       "win.passage-popover", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_ALT_MASK,
                                       "win.passage-popover", NULL);
  add_ctrl_shift_binding (widget_class, GDK_KEY_n, "win.passage-note");
  gtk_widget_class_install_action (widget_class, "win.copy-citation", NULL,
                                   _cmq_window_copy_citation_action);
  gtk_widget_class_install_action (widget_class, "win.copy-with-citation", NULL,
                                   _cmq_window_copy_with_citation_action);
  add_ctrl_shift_binding (widget_class, GDK_KEY_c, "win.copy-with-citation");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_ALT_MASK,
                                       "win.copy-citation", NULL);
}

/* The Open button of a toast about an exported file: the file, in the app the desktop picks. */
static void
open_file_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  const char *uri = g_variant_get_string (parameter, NULL);
  GdkAppLaunchContext *context =
      gdk_display_get_app_launch_context (gtk_widget_get_display (widget));
  g_autoptr (GError) error = NULL;

  if (!g_app_info_launch_default_for_uri (uri, G_APP_LAUNCH_CONTEXT (context), &error))
    {
      /* Translators: %s says why */
      g_autofree char *message =
          g_strdup_printf (_("The file could not be opened: %s"), error->message);

      _cmq_window_toast (CMQ_WINDOW (widget), message);
    }
  g_object_unref (context);
}

void
_cmq_window_actions_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL, toggle_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.show-list", NULL, show_list_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-sidebar", NULL);
  gtk_widget_class_install_action (widget_class, "win.next-hit", NULL, step_hit_action);
  gtk_widget_class_install_action (widget_class, "win.previous-hit", NULL, step_hit_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "win.next-hit",
                                       NULL);
  add_ctrl_shift_binding (widget_class, GDK_KEY_g, "win.previous-hit");

  /* cmq-window-import.c */
  gtk_widget_class_install_action (widget_class, "win.import", NULL, _cmq_window_import_action);
  gtk_widget_class_install_action (widget_class, "win.import-folder", NULL,
                                   _cmq_window_import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.import",
                                       NULL);
  /* Not Shift+Ctrl+I: GTK's inspector takes it where debugging keys are on. */
  add_ctrl_shift_binding (widget_class, GDK_KEY_o, "win.import-folder");

  /* cmq-window-notes.c */
  gtk_widget_class_install_action (widget_class, "win.toggle-favourite", NULL,
                                   _cmq_window_notes_toggle_favourite_action);
  gtk_widget_class_install_action (widget_class, "win.export-notes", NULL,
                                   _cmq_window_notes_export_notes_action);
  gtk_widget_class_install_action (widget_class, "win.import-notes", NULL,
                                   _cmq_window_notes_import_notes_action);
  gtk_widget_class_install_action (widget_class, "win.show-orphans", NULL,
                                   _cmq_window_notes_show_orphans_action);
  gtk_widget_class_install_action (widget_class, "win.open-file", "s", open_file_action);
  gtk_widget_class_install_action (widget_class, "win.open-notes-folder", NULL,
                                   _cmq_window_notes_open_notes_folder_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "win.toggle-favourite", NULL);

  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK,
                                       "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK,
                                       "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-reset",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK,
                                       "win.zoom-reset", NULL);

  install_compare_actions (widget_class);
  install_passage_actions (widget_class);
}

void
_cmq_window_actions_init (CmqWindow *self)
{
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (settings_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (apply_reader_settings), self, G_CONNECT_SWAPPED);
  apply_reader_settings (self);
  /* The first page is styled from the start. */
  g_clear_handle_id (&self->page_class_idle, g_source_remove);
  apply_page_class (self);
}
