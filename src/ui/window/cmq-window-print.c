/* cmq-window-print.c: Print and Save as PDF (Ctrl+P) of the release the reader shows.
 *
 * WebKit's print operation prints the page, whose print style (reader.css) puts the title,
 * source, date, address, paragraph numbers and highlights on paper. When the "print-notes"
 * preference asks for them, the user's notes (the release's note, then each highlighted passage
 * that has a note, with its paragraph) are added at the end of the page for the print, and
 * removed once it is done. They are off by default: a printed page is often handed to others, and
 * notes are private.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-window"

#include "config.h"

#include <glib/gi18n.h>

#include <gtk/gtkunixprint.h>
#include <json-glib/json-glib.h>

#include "cmq-window-private.h"

WebKitPrintOperation *
_cmq_window_new_print_operation (CmqWindow *self)
{
  CmqReaderView *reader = self->reader_view;

  if (cmq_reader_view_get_release (reader) == NULL)
    return NULL;
  return webkit_print_operation_new (cmq_reader_view_get_web_view (reader));
}

static void
add_passages (JsonBuilder *builder, CmqStore *store, CmqRelease *release)
{
  g_autoptr (GPtrArray) places =
      cmq_store_locate_passages (store, cmq_release_get_id (release), release);
  guint n = 0;

  json_builder_set_member_name (builder, "passages");
  json_builder_begin_array (builder);
  for (guint i = 0; i < places->len; i++)
    {
      CmqStorePassagePlace *place = g_ptr_array_index (places, i);
      g_autofree char *label = NULL;

      if (*place->passage->note == '\0')
        continue;
      if (place->position.match != CMQ_ANCHOR_DETACHED)
        /* Translators: above a highlighted passage and its note, in the notes of a print */
        label = g_strdup_printf (_("Paragraph %u"), place->position.paragraph);
      else
        label = g_strdup (_("Passage no longer in the text"));
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, label);
      json_builder_set_member_name (builder, "quote");
      json_builder_add_string_value (builder, place->passage->anchor->quote);
      json_builder_set_member_name (builder, "note");
      json_builder_add_string_value (builder, place->passage->note);
      json_builder_end_object (builder);
      n++;
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "n");
  json_builder_add_int_value (builder, n);
}

/* The notes to print for @release, as cmq_reader_view_set_print_notes() takes them; NULL when
 * there are none. */
char *
_cmq_window_dup_print_notes (CmqWindow *self, CmqRelease *release)
{
  CmqStore *store = cmq_window_get_store (self);
  const char *note;
  g_autoptr (JsonBuilder) builder = NULL;
  g_autoptr (JsonNode) root = NULL;
  JsonObject *object;

  if (store == NULL || release == NULL)
    return NULL;
  note = cmq_store_get_note (store, cmq_release_get_id (release));
  builder = json_builder_new ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "heading");
  /* Translators: the heading of the user's notes at the end of a printed release */
  json_builder_add_string_value (builder, _("Your Notes"));
  json_builder_set_member_name (builder, "note");
  json_builder_add_string_value (builder, note);
  add_passages (builder, store, release);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  object = json_node_get_object (root);
  if (*note == '\0' && json_object_get_int_member (object, "n") == 0)
    return NULL;
  return json_to_string (root, FALSE);
}

void
_cmq_window_prepare_print (CmqWindow *self, GAsyncReadyCallback callback, gpointer user_data)
{
  CmqReaderView *reader = self->reader_view;
  g_autofree char *notes = NULL;

  if (g_settings_get_boolean (self->settings, "print-notes"))
    notes = _cmq_window_dup_print_notes (self, cmq_reader_view_get_release (reader));
  cmq_reader_view_set_print_notes (reader, notes, NULL, callback, user_data);
}

static void
notes_removed_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  cmq_reader_view_set_print_notes_finish (CMQ_READER_VIEW (source), result, NULL);
}

/* One Print, from its dialog until the page is printed (or the dialog cancelled). */
typedef struct
{
  CmqWindow *window;
  WebKitPrintOperation *operation;
} Print;

/* The notes leave the page once the print is done with it. */
static void
print_free (Print *print)
{
  cmq_reader_view_set_print_notes (print->window->reader_view, NULL, NULL, notes_removed_cb, NULL);
  g_object_unref (print->operation);
  g_object_unref (print->window);
  g_free (print);
}

static void
print_finished_cb (WebKitPrintOperation *operation, gpointer user_data)
{
  print_free (user_data);
}

static void
print_failed_cb (WebKitPrintOperation *operation, GError *error, gpointer user_data)
{
  g_message ("Printing failed: %s", error->message);
}

static void
print_dialog_response_cb (GtkDialog *dialog, int response, gpointer user_data)
{
  Print *print = user_data;

  g_signal_handlers_disconnect_by_func (dialog, print_dialog_response_cb, print);
  gtk_widget_hide (GTK_WIDGET (dialog));
  if (response == GTK_RESPONSE_OK)
    {
      GtkPrintUnixDialog *unix_dialog = GTK_PRINT_UNIX_DIALOG (dialog);
      g_autoptr (GtkPrintSettings) settings = gtk_print_unix_dialog_get_settings (unix_dialog);

      webkit_print_operation_set_print_settings (print->operation, settings);
      webkit_print_operation_set_page_setup (print->operation,
                                             gtk_print_unix_dialog_get_page_setup (unix_dialog));
      /* Printing goes on after the dialog: the operation lives until it is finished. */
      g_signal_connect (print->operation, "failed", G_CALLBACK (print_failed_cb), NULL);
      g_signal_connect (print->operation, "finished", G_CALLBACK (print_finished_cb), print);
      webkit_print_operation_print (print->operation);
    }
  else
    print_free (print);
}

static void
dialog_free (gpointer dialog)
{
  gtk_window_destroy (dialog);
  g_object_unref (dialog);
}

/* The window's print dialog, made once and shown again for each Print (it keeps the printer and
 * the options chosen last). Not webkit_print_operation_run_dialog(): closed with Escape or its
 * close button, GTK destroys that dialog and WebKitGTK 6.0 then destroys it again (a
 * Gtk-CRITICAL), and it runs a main loop of its own meanwhile. The same dialog and capabilities
 * as WebKit's, then webkit_print_operation_print(). */
static GtkPrintUnixDialog *
print_dialog (CmqWindow *self)
{
  GtkPrintUnixDialog *dialog = g_object_get_data (G_OBJECT (self), "cmq-print-dialog");
  g_autoptr (GtkPrintSettings) settings = NULL;

  if (dialog != NULL)
    return dialog;
  dialog = GTK_PRINT_UNIX_DIALOG (gtk_print_unix_dialog_new (NULL, GTK_WINDOW (self)));
  gtk_print_unix_dialog_set_manual_capabilities (
      dialog, GTK_PRINT_CAPABILITY_NUMBER_UP | GTK_PRINT_CAPABILITY_NUMBER_UP_LAYOUT |
                  GTK_PRINT_CAPABILITY_PAGE_SET | GTK_PRINT_CAPABILITY_REVERSE |
                  GTK_PRINT_CAPABILITY_COPIES | GTK_PRINT_CAPABILITY_COLLATE |
                  GTK_PRINT_CAPABILITY_SCALE);
  /* A settings object from the start, as WebKit gives it (GTK's file backend needs one). */
  settings = gtk_print_settings_new ();
  gtk_print_unix_dialog_set_settings (dialog, settings);
  gtk_print_unix_dialog_set_embed_page_setup (dialog, TRUE);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_hide_on_close (GTK_WINDOW (dialog), TRUE);
  g_object_set_data_full (G_OBJECT (self), "cmq-print-dialog", g_object_ref (dialog), dialog_free);
  return dialog;
}

static void
prepared_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (CmqWindow) self = user_data;
  g_autoptr (GError) error = NULL;
  GtkPrintUnixDialog *dialog;
  Print *print;

  if (!cmq_reader_view_set_print_notes_finish (CMQ_READER_VIEW (source), result, &error))
    g_debug ("The notes could not be added to the print: %s", error->message);
  print = g_new0 (Print, 1);
  print->operation = _cmq_window_new_print_operation (self);
  if (print->operation == NULL)
    {
      g_free (print);
      return;
    }
  print->window = g_object_ref (self);
  dialog = print_dialog (self);
  g_signal_connect (dialog, "response", G_CALLBACK (print_dialog_response_cb), print);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The print dialog, with Print to File for a PDF, once the notes are on the page (or not). */
void
_cmq_window_print_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  CmqWindow *self = CMQ_WINDOW (widget);

  if (cmq_reader_view_get_release (self->reader_view) == NULL)
    return;
  _cmq_window_prepare_print (self, prepared_cb, g_object_ref (self));
}
