/* cmq-window-import.c: bringing releases into the window's library.
 *
 * Three ways in, one path: the Import actions (a GtkFileChooserNative, so a Flatpak goes through
 * the file chooser portal), files and folders dropped on the window, and files named on the
 * command line all end in cmq_window_import_files(). The copying runs in a worker thread; the
 * index is then brought up to date at once (the folder monitor would find the copies too, a
 * moment later), the first release is shown as soon as the index has it and the report says
 * what happened.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-window-import"

#include "config.h"

#include <glib/gi18n.h>

#include "cmq-import-job.h"
#include "cmq-import-report.h"
#include "cmq-window-private.h"

static void
show_first_release (CmqWindow *self, CmqImportJob *job)
{
  GPtrArray *copies = cmq_import_job_get_copies (job);
  GPtrArray *ids = cmq_import_job_get_release_ids (job);
  g_autofree char *path = NULL;

  /* A copy is found by its file: the index may clean a text a little differently from the
   * job, having learnt from all its files. */
  if (copies->len > 0)
    path = g_file_get_path (g_ptr_array_index (copies, 0));
  if (path != NULL || ids->len > 0)
    _cmq_window_search_select (self, path, ids->len > 0 ? g_ptr_array_index (ids, 0) : NULL);
}

static void
import_finished_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (CmqWindow) self = user_data;
  CmqImportJob *job = CMQ_IMPORT_JOB (source);
  g_autoptr (GError) error = NULL;
  GtkWidget *dialog;

  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  if (!cmq_import_job_run_finish (job, result, &error))
    {
      g_warning ("Import failed: %s", error->message);
      dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Import"), NULL);
      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                      /* Translators: %s says why, e.g. "Permission denied" */
                                      _("The library folder cannot be written to: %s"),
                                         error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  cmq_context_update (self->context);
  show_first_release (self, job);

  dialog = cmq_import_report_new (GTK_WINDOW (self), job);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The ids already in the library, read in a worker thread, tell the job what is already there. */
static void
known_ids_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (CmqImportJob) job = user_data;
  g_autoptr (GHashTable) known = NULL;
  g_autoptr (GError) error = NULL;
  CmqWindow *self = g_object_get_data (G_OBJECT (job), "cmq-window");
  GHashTableIter iter;
  gpointer id;

  known = cmq_context_dup_known_ids_finish (CMQ_CONTEXT (source), result, &error);
  if (known == NULL)
    g_warning ("Cannot list the releases: %s", error->message);
  else
    {
      g_hash_table_iter_init (&iter, known);
      while (g_hash_table_iter_next (&iter, &id, NULL))
        cmq_import_job_add_known_id (job, id);
    }
  cmq_import_job_run_async (job, NULL, import_finished_cb, g_object_ref (self));
}

void
cmq_window_import_files (CmqWindow *self, GFile **files, guint n_files)
{
  CmqContext *context;
  GFile *destination;
  CmqImportJob *job;

  g_return_if_fail (CMQ_IS_WINDOW (self));
  g_return_if_fail (files != NULL || n_files == 0);

  context = self->context;
  destination = cmq_library_get_import_directory (cmq_context_get_library (context));
  if (destination == NULL || n_files == 0)
    {
      g_warning ("Nothing to import, or no library folder to import into");
      return;
    }

  job = cmq_import_job_new (destination);
  for (guint i = 0; i < n_files; i++)
    cmq_import_job_add_source (job, files[i]);

  /* A folder of hundreds of files takes a moment: say the window is busy until the report. */
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "progress");
  g_object_set_data_full (G_OBJECT (job), "cmq-window", g_object_ref (self), g_object_unref);
  cmq_context_dup_known_ids_async (context, NULL, known_ids_cb, job);
}

static void
chooser_response_cb (GtkNativeDialog *chooser, int response, CmqWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GListModel) chosen = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (chosen); i++)
        g_ptr_array_add (files, g_list_model_get_item (chosen, i));
      cmq_window_import_files (self, (GFile **) files->pdata, files->len);
    }
  g_object_unref (chooser);
}

/* win.import picks files, win.import-folder folders: a native chooser does one or the other. */
void
_cmq_window_import_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  CmqWindow *self = CMQ_WINDOW (widget);
  gboolean folders = g_str_equal (action_name, "win.import-folder");
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (
      folders ? _("Import Folders of Releases")
              : _("Import Releases"), GTK_WINDOW (self),
                   folders ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER : GTK_FILE_CHOOSER_ACTION_OPEN,
                   _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);

  if (!folders)
    {
      g_autoptr (GtkFileFilter) text = gtk_file_filter_new ();
      g_autoptr (GtkFileFilter) all = gtk_file_filter_new ();

      gtk_file_filter_set_name (text, _("Text Files"));
      gtk_file_filter_add_mime_type (text, "text/plain");
      gtk_file_filter_add_suffix (text, "txt");
      gtk_file_filter_set_name (all, _("All Files"));
      gtk_file_filter_add_pattern (all, "*");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), text);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
    }

  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static gboolean
drop_cb (GtkDropTarget *target, const GValue *value, double x, double y, CmqWindow *self)
{
  GdkFileList *list = g_value_get_boxed (value);
  GSList *files = list != NULL ? gdk_file_list_get_files (list) : NULL;
  g_autoptr (GPtrArray) array = g_ptr_array_new ();

  for (GSList *l = files; l != NULL; l = l->next)
    g_ptr_array_add (array, l->data);
  g_slist_free (files);
  gtk_widget_set_visible (self->drop_hint, FALSE);
  if (array->len == 0)
    return FALSE;
  cmq_window_import_files (self, (GFile **) array->pdata, array->len);
  return TRUE;
}

/* While files are over the window, a hint says that dropping them imports them. */
static GdkDragAction
drop_enter_cb (GtkDropTarget *target, double x, double y, CmqWindow *self)
{
  gtk_widget_set_visible (self->drop_hint, TRUE);
  return GDK_ACTION_COPY;
}

static void
drop_leave_cb (GtkDropTarget *target, CmqWindow *self)
{
  gtk_widget_set_visible (self->drop_hint, FALSE);
}

void
_cmq_window_import_init (CmqWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (target, "enter", G_CALLBACK (drop_enter_cb), self);
  g_signal_connect (target, "leave", G_CALLBACK (drop_leave_cb), self);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}
