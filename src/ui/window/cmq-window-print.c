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

static void
print_done_cb (WebKitPrintOperation *operation, gpointer user_data)
{
  CmqWindow *self = user_data;

  cmq_reader_view_set_print_notes (self->reader_view, NULL, NULL, notes_removed_cb, NULL);
  g_object_unref (operation);
  g_object_unref (self);
}

static void
print_failed_cb (WebKitPrintOperation *operation, GError *error, gpointer user_data)
{
  g_message ("Printing failed: %s", error->message);
}

static void
prepared_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (CmqWindow) self = user_data;
  g_autoptr (GError) error = NULL;
  WebKitPrintOperation *operation;

  if (!cmq_reader_view_set_print_notes_finish (CMQ_READER_VIEW (source), result, &error))
    g_debug ("The notes could not be added to the print: %s", error->message);
  operation = _cmq_window_new_print_operation (self);
  if (operation == NULL)
    return;
  g_signal_connect (operation, "failed", G_CALLBACK (print_failed_cb), NULL);
  /* Printing goes on after the dialog: the operation lives until it is finished. */
  g_signal_connect (operation, "finished", G_CALLBACK (print_done_cb), g_object_ref (self));
  if (webkit_print_operation_run_dialog (operation, GTK_WINDOW (self)) ==
      WEBKIT_PRINT_OPERATION_RESPONSE_CANCEL)
    {
      g_signal_handlers_disconnect_by_func (operation, print_done_cb, self);
      print_done_cb (operation, self);
    }
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
