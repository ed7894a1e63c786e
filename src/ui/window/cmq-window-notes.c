/* cmq-window-notes.c: the window's favourites and notes: the star in the list and the header,
 * the note editor, the All / Favourites / Notes filter with its counts, search in notes, the
 * banners that tell about the store's file, and export and import.
 *
 * Nothing here keeps user data of its own: every star and every keystroke goes to the CmqStore
 * at once, and the window asks the store to save whenever a person would expect it (the
 * selection changes, the editor loses focus, the window closes).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cmq-banner.h"
#include "cmq-list-filter.h"
#include "cmq-note-editor.h"
#include "cmq-notes-window.h"
#include "cmq-release-row.h"
#include "cmq-window-private.h"

struct _CmqWindowNotes
{
  CmqWindow *window; /* not a reference: the window owns this */
  CmqStore *store;

  CmqListFilter *list_filter;
  CmqNoteEditor *note_editor;
  CmqBanner *store_banner;
  CmqBanner *save_banner;
  GtkToggleButton *favourite_button;
  AdwToastOverlay *toast_overlay;
  AdwToast *last_toast; /* weak: the toast shown last, for the tests */
  GtkPaned *reader_paned;
  GSettings *settings;
  gboolean height_restored;

  gboolean syncing_star;
  gboolean close_despite_failure;
  GtkNativeDialog *chooser;
  guint refilter_source;
  GCancellable *orphans; /* listing the library's releases for the notes window */
};

static CmqRelease *
selected_release (CmqWindow *window)
{
  return _cmq_window_get_open_release (window);
}

static void
toast (CmqWindowNotes *notes, const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 5);
  g_set_weak_pointer (&notes->last_toast, toast);
  adw_toast_overlay_add_toast (notes->toast_overlay, toast);
}

/* A toast saying @file was written, with a button that opens it (win.open-file). */
static void
toast_file (CmqWindowNotes *notes, const char *message, GFile *file)
{
  AdwToast *toast = adw_toast_new (message);
  g_autofree char *uri = g_file_get_uri (file);

  adw_toast_set_timeout (toast, 5);
  /* Translators: the button of a toast saying that a file was exported: opens the file */
  adw_toast_set_button_label (toast, _("Open"));
  adw_toast_set_action_name (toast, "win.open-file");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  g_set_weak_pointer (&notes->last_toast, toast);
  adw_toast_overlay_add_toast (notes->toast_overlay, toast);
}

gboolean
_cmq_window_notes_describe_empty (CmqWindow *window)
{
  CmqWindowNotes *notes = window->notes;
  CmqQuery *query = cmq_search_model_get_query (_cmq_window_search_get_model (window));
  gboolean searching = query != NULL && !cmq_query_is_empty (query);
  CmqListFilterMode mode = cmq_list_filter_get_mode (notes->list_filter);
  g_autofree char *title = NULL;
  const char *icon_name, *description;

  if (mode == CMQ_LIST_FILTER_ALL)
    return FALSE; /* the search's own no-match page */
  if (mode == CMQ_LIST_FILTER_FAVOURITES)
    {
      icon_name = "starred-symbolic";
      if (searching)
        /* Translators: %s is what the user typed in the search entry */
        title = g_strdup_printf (_("No favourites match “%s”"), cmq_query_get_text (query));
      else
        title = g_strdup (_("No Favourites"));
      description =
          searching ? _("Try other words, or show all releases")
                    : _("Click the star next to a release, or press Ctrl+D, to keep it here");
    }
  else if (mode == CMQ_LIST_FILTER_HIGHLIGHTS)
    {
      icon_name = "edit-select-all-symbolic";
      if (searching)
        /* Translators: %s is what the user typed in the search entry */
        title = g_strdup_printf (_("No highlights match “%s”"), cmq_query_get_text (query));
      else
        title = g_strdup (_("No Highlights"));
      description =
          searching ? _("Try other words, or show all releases")
                    : _("Select words in a release and choose Highlight to keep them here");
    }
  else
    {
      icon_name = "document-edit-symbolic";
      if (searching)
        /* Translators: %s is what the user typed in the search entry */
        title = g_strdup_printf (_("No notes match “%s”"), cmq_query_get_text (query));
      else
        title = g_strdup (_("No Notes"));
      description = searching ? _("Try other words, or show all releases")
                              : _("Write in the note below a release to find it here");
    }
  _cmq_window_describe_no_match (window, icon_name, title, description);
  return TRUE;
}

void
_cmq_window_notes_sync_header (CmqWindow *window)
{
  CmqWindowNotes *notes = window->notes;
  CmqRelease *release = selected_release (window);
  gboolean can = notes != NULL && notes->store != NULL && release != NULL &&
                 _cmq_window_shows_release (window);

  if (notes == NULL)
    return;
  notes->syncing_star = TRUE;
  cmq_star_button_update (notes->favourite_button,
                          can &&
                              cmq_store_get_favourite (notes->store, cmq_release_get_id (release)));
  notes->syncing_star = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (notes->favourite_button), can);
  gtk_widget_action_set_enabled (GTK_WIDGET (notes->window), "win.toggle-favourite", can);
}

static void
flush (CmqWindowNotes *notes)
{
  if (notes->store != NULL && cmq_store_has_pending_changes (notes->store))
    cmq_store_flush (notes->store, NULL); /* a failure is shown through "save-failed" */
}

static gboolean
refilter_cb (gpointer user_data)
{
  CmqWindowNotes *notes = user_data;

  notes->refilter_source = 0;
  cmq_search_model_keep (_cmq_window_search_get_model (notes->window), NULL);
  return G_SOURCE_REMOVE;
}

void
_cmq_window_notes_selection_changed (CmqWindow *window)
{
  CmqWindowNotes *notes = window->notes;
  CmqRelease *release = selected_release (window);
  const char *kept;

  if (notes == NULL)
    return;
  /* The note just typed is in the store already; put it on disk before moving on. */
  flush (notes);
  kept = cmq_search_model_get_kept_id (_cmq_window_search_get_model (window));
  if (kept != NULL && (release == NULL || g_strcmp0 (kept, cmq_release_get_id (release)) != 0))
    {
      /* The release that was kept in the list can go now; not from inside the selection's own
       * signal, which the refilter would change under it. */
      if (notes->refilter_source == 0)
        notes->refilter_source = g_idle_add_full (G_PRIORITY_DEFAULT, refilter_cb, notes, NULL);
    }
  cmq_note_editor_set_release (notes->note_editor, release);
  _cmq_window_notes_sync_header (notes->window);
}

/* The note keeps the height it was given. The paned's position is the reading view's height,
 * so the note's can only be set once the paned knows its own: when it has been laid out, which
 * is when it works out how far its handle may go. */
static void
paned_laid_out_cb (GtkPaned *paned, GParamSpec *pspec, CmqWindowNotes *notes)
{
  int total = gtk_widget_get_height (GTK_WIDGET (paned));

  if (notes->height_restored || total <= 0)
    return;
  notes->height_restored = TRUE;
  gtk_paned_set_position (paned,
                          MAX (0, total - g_settings_get_int (notes->settings, "note-height")));
}

static void
save_note_height (CmqWindowNotes *notes)
{
  /* With the handle, so that it reads back to the same position. */
  int height = gtk_widget_get_height (GTK_WIDGET (notes->reader_paned)) -
               gtk_paned_get_position (notes->reader_paned);

  if (notes->height_restored && height > 0)
    g_settings_set_int (notes->settings, "note-height", height);
}

gboolean
_cmq_window_notes_close_request (CmqWindow *window)
{
  CmqWindowNotes *notes = window->notes;
  g_autoptr (GError) error = NULL;

  if (notes->store == NULL || !cmq_store_has_pending_changes (notes->store) ||
      cmq_store_flush (notes->store, &error) || notes->close_despite_failure)
    {
      save_note_height (notes);
      return FALSE;
    }

  /* Closing would lose what could not be saved: say so once, then let the person decide. */
  notes->close_despite_failure = TRUE;
  cmq_banner_show (notes->save_banner,
                   _("Your latest notes could not be saved, so the window stayed open. Close it "
                     "again to quit without them."),
                      _("Try Again"));
  return TRUE;
}

void
_cmq_window_notes_bind_row (CmqWindow *window, CmqReleaseRow *row)
{
  CmqWindowNotes *notes = window->notes;

  if (notes == NULL)
    return;

  cmq_release_row_set_store (row, notes->store);
}

static void
store_changed_cb (CmqStore *store, const char *id, CmqWindowNotes *notes)
{
  CmqRelease *release = selected_release (notes->window);

  /* The context gives the index the note and has the search run again. */
  if (release != NULL && g_strcmp0 (id, cmq_release_get_id (release)) == 0)
    {
      _cmq_window_notes_sync_header (notes->window);
      /* Unstarring or emptying the note of the release being read must not take it from under
       * the reader's eyes: it stays listed until the selection or the search changes. */
      cmq_search_model_keep (_cmq_window_search_get_model (notes->window), id);
    }
}

static char *
problem_message (const CmqStoreProblem *problem)
{
  g_autofree char *aside = g_filename_display_name (problem->aside_path);

  if (problem->kind == CMQ_STORE_PROBLEM_NEWER_MOVED_ASIDE)
    /* Translators: %s is a file name */
    return g_strdup_printf (_("Your notes file was written by a newer version of Communiqué. It "
                              "was kept, unchanged, as %s; update Communiqué to use it again."),
                               aside);
  if (problem->backup_used != NULL)
    {
      g_autofree char *backup = g_filename_display_name (problem->backup_used);

      /* Translators: the first %s is a file name, the second a backup file's name */
      return g_strdup_printf (_("Your notes file could not be read. It was kept as %s, and "
                                "Communiqué started from the backup %s."),
                                 aside, backup);
    }
  /* Translators: %s is a file name */
  return g_strdup_printf (_("Your notes file could not be read. It was kept as %s, and "
                            "Communiqué started with no notes."),
                             aside);
}

static void
show_problem (CmqWindowNotes *notes)
{
  const CmqStoreProblem *problem = cmq_store_get_problem (notes->store);
  g_autofree char *message = NULL;

  if (problem == NULL || problem->kind == CMQ_STORE_PROBLEM_NONE)
    return;
  message = problem_message (problem);
  cmq_banner_show (notes->store_banner, message, _("Restore Backup"));
}

static void
store_problem_cb (CmqStore *store, CmqWindowNotes *notes)
{
  show_problem (notes);
}

static void
store_banner_clicked_cb (CmqBanner *banner, CmqWindowNotes *notes)
{
  g_autoptr (GError) error = NULL;

  if (!cmq_store_restore_backup (notes->store, &error))
    {
      if (g_error_matches (error, CMQ_STORE_ERROR, CMQ_STORE_ERROR_NO_BACKUP))
        toast (notes, _("There is no backup to restore"));
      else
        {
          g_autofree char *message =
              /* Translators: %s says why, e.g. "Permission denied" */
              g_strdup_printf (_("The backup could not be restored: %s"), error->message);

          toast (notes, message);
        }
      return;
    }
  cmq_banner_hide (banner);
  toast (notes, _("Backup restored"));
}

static void
store_save_failed_cb (CmqStore *store, GError *error, CmqWindowNotes *notes)
{
  g_autofree char *reason = g_strdup (error != NULL ? error->message : "");
  g_autofree char *message = NULL;

  /* The store's message already says what could not be saved where, and why. */
  g_strchomp (reason);
  if (g_str_has_suffix (reason, "."))
    reason[strlen (reason) - 1] = '\0';
  /* Translators: %s is what went wrong, e.g. "Could not save your notes to “…”: No space left
   * on device" */
  message = g_strdup_printf (_("%s. Nothing is lost: your notes stay here, and saving will be "
                               "tried again."),
                                reason);
  cmq_banner_show (notes->save_banner, message, _("Try Again"));
}

static void
store_saved_cb (CmqStore *store, CmqWindowNotes *notes)
{
  notes->close_despite_failure = FALSE;
  cmq_banner_hide (notes->save_banner);
}

static void
save_banner_clicked_cb (CmqBanner *banner, CmqWindowNotes *notes)
{
  cmq_store_flush (notes->store, NULL);
}

static void
favourite_toggled_cb (GtkToggleButton *button, CmqWindowNotes *notes)
{
  CmqRelease *release = selected_release (notes->window);

  if (notes->syncing_star || notes->store == NULL || release == NULL)
    return;
  cmq_store_set_favourite (notes->store, release, gtk_toggle_button_get_active (button));
  _cmq_window_notes_sync_header (notes->window);
}

void
_cmq_window_notes_toggle_favourite_action (GtkWidget *widget, const char *action_name,
                                           GVariant *parameter)
{
  CmqWindowNotes *notes = CMQ_WINDOW (widget)->notes;
  CmqRelease *release = selected_release (notes->window);
  const char *id;

  if (notes->store == NULL || release == NULL)
    return;
  id = cmq_release_get_id (release);
  cmq_store_set_favourite (notes->store, release, !cmq_store_get_favourite (notes->store, id));
  _cmq_window_notes_sync_header (notes->window);
}

/* Export and import */

/* Writes the notes to @file and says how it went, in a toast and in the returned message. */
char *
cmq_window_export_notes_to (CmqWindow *self, GFile *file, gboolean json)
{
  CmqWindowNotes *notes = self->notes;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *data = NULL;
  g_autoptr (GError) error = NULL;
  char *message;

  g_return_val_if_fail (notes->store != NULL, NULL);

  data = json ? cmq_store_export_json (notes->store) : cmq_store_export_markdown (notes->store);
  if (!g_file_replace_contents (file, data, strlen (data), NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                NULL, &error))
    /* Translators: the first %s is a file name, the second says why */
    message =
        g_strdup_printf (_("The notes could not be exported to %s: %s"), name, error->message);
  else
    /* Translators: %s is a file name */
    message = g_strdup_printf (_("Notes exported to %s"), name);
  if (error == NULL)
    toast_file (notes, message, file);
  else
    toast (notes, message);
  return message;
}

static void
export_response_cb (GtkNativeDialog *dialog, int response, CmqWindowNotes *notes)
{
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (dialog);
  g_autoptr (GFile) file = NULL;
  g_autoptr (GFile) target = NULL;
  g_autofree char *name = NULL;
  g_autofree char *target_name = NULL;
  g_autofree char *message = NULL;
  GtkFileFilter *filter;
  CmqStoreExportFormat format;

  if (response != GTK_RESPONSE_ACCEPT || (file = gtk_file_chooser_get_file (chooser)) == NULL)
    goto out;

  /* The format chosen is the one written, and the name is made to say it: GTK keeps the
   * suggested .md when JSON is chosen. A name that had to change was not the one the dialog
   * asked about replacing, so an existing file of that name is left alone. */
  name = g_file_get_basename (file);
  filter = gtk_file_chooser_get_filter (chooser);
  format = cmq_store_export_format_for_name (
      name, filter != NULL && g_strcmp0 (gtk_file_filter_get_name (filter), _("JSON")) == 0,
                                         &target_name);
  if (strcmp (target_name, name) != 0)
    {
      g_autoptr (GFile) parent = g_file_get_parent (file);

      target = g_file_get_child (parent, target_name);
      if (g_file_query_exists (target, NULL))
        {
          /* Translators: %s is a file name */
          message = g_strdup_printf (_("Nothing was exported: %s already exists. Export again "
                                       "and choose it to replace it."),
                                        target_name);
          toast (notes, message);
          goto out;
        }
    }
  message = cmq_window_export_notes_to (notes->window, target != NULL ? target : file,
                                        format == CMQ_STORE_EXPORT_JSON);

out:
  g_clear_object (&notes->chooser);
}

static GtkFileFilter *
new_filter (const char *name, const char *pattern, const char *mime_type)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);
  return filter;
}

void
_cmq_window_notes_export_notes_action (GtkWidget *widget, const char *action_name,
                                       GVariant *parameter)
{
  CmqWindowNotes *notes = CMQ_WINDOW (widget)->notes;
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) markdown = new_filter (_("Markdown"), "*.md", "text/markdown");
  g_autoptr (GtkFileFilter) json = new_filter (_("JSON"), "*.json", "application/json");

  if (notes->store == NULL || notes->chooser != NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Export Notes"), GTK_WINDOW (widget),
                                            GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), markdown);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), markdown);
  /* Translators: the suggested file name of exported notes; keep the .md */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("Communiqué Notes.md"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), notes);
  notes->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (notes->chooser);
}

/* Merges the notes of a JSON export into the store and says what changed, in a toast and in
 * the returned message. */
char *
cmq_window_import_notes_from (CmqWindow *self, GFile *file)
{
  CmqWindowNotes *notes = self->notes;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *data = NULL;
  g_autoptr (GError) error = NULL;
  guint n_changed = 0;
  char *message;

  g_return_val_if_fail (notes->store != NULL, NULL);

  if (!g_file_load_contents (file, NULL, &data, NULL, NULL, &error) ||
      !cmq_store_import_json (notes->store, data, &n_changed, &error))
    /* Translators: the first %s is a file name, the second says why */
    message = g_strdup_printf (_("No notes were imported from %s: %s"), name, error->message);
  else if (n_changed == 0)
    message = g_strdup (_("Nothing new to import: every note and star was already here"));
  else
    message = g_strdup_printf (
        /* Translators: %u is a number of releases whose note or star the import changed */
        g_dngettext (GETTEXT_PACKAGE, "Imported: %u release changed",
                     "Imported: %u releases changed", n_changed),
        n_changed);
  toast (notes, message);
  flush (notes);
  return message;
}

static void
import_response_cb (GtkNativeDialog *dialog, int response, CmqWindowNotes *notes)
{
  g_autoptr (GFile) file = NULL;
  g_autofree char *message = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL)
    message = cmq_window_import_notes_from (notes->window, file);
  g_clear_object (&notes->chooser);
}

void
_cmq_window_notes_import_notes_action (GtkWidget *widget, const char *action_name,
                                       GVariant *parameter)
{
  CmqWindowNotes *notes = CMQ_WINDOW (widget)->notes;
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) json = new_filter (_("JSON"), "*.json", "application/json");

  if (notes->store == NULL || notes->chooser != NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Import Notes"), GTK_WINDOW (widget),
                                            GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (import_response_cb), notes);
  notes->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (notes->chooser);
}

static void
known_ids_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GHashTable) known = NULL;
  g_autoptr (GError) error = NULL;
  CmqWindowNotes *notes;
  GtkWidget *dialog;

  known = cmq_context_dup_known_ids_finish (CMQ_CONTEXT (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return; /* the window is gone */
  notes = user_data;
  g_clear_object (&notes->orphans);
  if (known == NULL)
    {
      g_warning ("Cannot list the releases: %s", error->message);
      known = g_hash_table_new (g_str_hash, g_str_equal);
    }
  dialog = cmq_notes_window_new (notes->store, known, notes->window->reader_view);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (notes->window));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_cmq_window_notes_show_orphans_action (GtkWidget *widget, const char *action_name,
                                       GVariant *parameter)
{
  CmqWindow *window = CMQ_WINDOW (widget);
  CmqWindowNotes *notes = window->notes;

  if (notes->store == NULL || notes->orphans != NULL)
    return;
  flush (notes);
  /* Read in a worker thread: a large library takes a moment. */
  notes->orphans = g_cancellable_new ();
  cmq_context_dup_known_ids_async (window->context, notes->orphans, known_ids_cb, notes);
}

void
_cmq_window_notes_open_notes_folder_action (GtkWidget *widget, const char *action_name,
                                            GVariant *parameter)
{
  CmqWindowNotes *notes = CMQ_WINDOW (widget)->notes;
  g_autoptr (GError) error = NULL;

  if (notes->store != NULL && !cmq_notes_window_open_folder (widget, notes->store, &error))
    {
      g_autofree char *message =
          /* Translators: %s says why */
          g_strdup_printf (_("The folder could not be opened: %s"), error->message);

      toast (notes, message);
    }
}

void
_cmq_window_notes_class_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (CMQ_TYPE_BANNER);
  g_type_ensure (CMQ_TYPE_LIST_FILTER);
  g_type_ensure (CMQ_TYPE_NOTE_EDITOR);

  /* No struct fields: cmq-window.c keeps only a pointer to CmqWindowNotes, which fetches these
   * by name at init. */
  gtk_widget_class_bind_template_child_full (widget_class, "list_filter", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "note_editor", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "store_banner", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "save_banner", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "favourite_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "toast_overlay", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "reader_paned", FALSE, 0);
}

static gpointer
template_child (CmqWindow *window, const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (window), CMQ_TYPE_WINDOW, name);

  g_assert (child != NULL);
  return child;
}

CmqWindowNotes *
_cmq_window_notes_new (CmqWindow *window)
{
  CmqWindowNotes *notes = g_new0 (CmqWindowNotes, 1);

  notes->window = window;
  notes->list_filter = template_child (window, "list_filter");
  notes->note_editor = template_child (window, "note_editor");
  notes->store_banner = template_child (window, "store_banner");
  notes->save_banner = template_child (window, "save_banner");
  notes->favourite_button = template_child (window, "favourite_button");
  notes->toast_overlay = template_child (window, "toast_overlay");
  notes->reader_paned = template_child (window, "reader_paned");
  notes->settings = g_settings_new (SCHEMA_ID);

  g_signal_connect (notes->reader_paned, "notify::max-position", G_CALLBACK (paned_laid_out_cb),
                    notes);
  g_signal_connect (notes->favourite_button, "toggled", G_CALLBACK (favourite_toggled_cb), notes);
  g_signal_connect (notes->store_banner, "button-clicked", G_CALLBACK (store_banner_clicked_cb),
                    notes);
  g_signal_connect (notes->save_banner, "button-clicked", G_CALLBACK (save_banner_clicked_cb),
                    notes);
  return notes;
}

static void
disconnect_store (CmqWindowNotes *notes)
{
  if (notes->store != NULL)
    g_signal_handlers_disconnect_by_data (notes->store, notes);
  g_clear_object (&notes->store);
}

void
_cmq_window_notes_free (CmqWindowNotes *notes)
{
  flush (notes);
  disconnect_store (notes);
  g_clear_weak_pointer (&notes->last_toast);
  if (notes->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (notes->chooser, notes);
      gtk_native_dialog_destroy (notes->chooser);
      g_clear_object (&notes->chooser);
    }
  g_clear_handle_id (&notes->refilter_source, g_source_remove);
  if (notes->orphans != NULL)
    g_cancellable_cancel (notes->orphans);
  g_clear_object (&notes->orphans);
  g_signal_handlers_disconnect_by_data (notes->reader_paned, notes);
  g_clear_object (&notes->settings);
  g_free (notes);
}

void
_cmq_window_notes_set_store (CmqWindow *self, CmqStore *store)
{
  CmqWindowNotes *notes = self->notes;

  disconnect_store (notes);
  if (store != NULL)
    {
      notes->store = g_object_ref (store);
      g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), notes);
      g_signal_connect (store, "problem", G_CALLBACK (store_problem_cb), notes);
      g_signal_connect (store, "save-failed", G_CALLBACK (store_save_failed_cb), notes);
      g_signal_connect (store, "saved", G_CALLBACK (store_saved_cb), notes);
    }
  cmq_note_editor_set_store (notes->note_editor, store);
  cmq_note_editor_set_release (notes->note_editor, selected_release (self));
  gtk_widget_set_visible (GTK_WIDGET (notes->list_filter), store != NULL);
  for (const char *const *name =
           (const char *const[]){ "win.export-notes", "win.import-notes", "win.show-orphans",
                                  "win.open-notes-folder", NULL };
       *name != NULL; name++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), *name, store != NULL);
  _cmq_window_notes_sync_header (notes->window);
  if (store != NULL)
    show_problem (notes);
}

void
cmq_window_show_store_error (CmqWindow *self, const GError *load_error)
{
  CmqWindowNotes *notes;
  g_autofree char *message = NULL;

  g_return_if_fail (CMQ_IS_WINDOW (self));
  g_return_if_fail (load_error != NULL);

  notes = self->notes;
  /* Translators: %s says why, e.g. "Permission denied" */
  message = g_strdup_printf (_("Your notes could not be read: %s. Nothing was changed on disk."),
                                load_error->message);
  cmq_banner_show (notes->store_banner, message, NULL);
}

CmqStore *
cmq_window_get_store (CmqWindow *self)
{
  return self->notes->store;
}

CmqNoteEditor *
cmq_window_get_note_editor (CmqWindow *self)
{
  return self->notes->note_editor;
}

CmqListFilter *
cmq_window_get_list_filter (CmqWindow *self)
{
  return self->notes->list_filter;
}

CmqBanner *
cmq_window_get_store_banner (CmqWindow *self)
{
  return self->notes->store_banner;
}

CmqBanner *
cmq_window_get_save_banner (CmqWindow *self)
{
  return self->notes->save_banner;
}

GtkToggleButton *
cmq_window_get_favourite_button (CmqWindow *self)
{
  return self->notes->favourite_button;
}

/* A toast in the window's overlay, for the window's other parts. */
void
_cmq_window_toast (CmqWindow *self, const char *message)
{
  toast (_cmq_window_get_notes (self), message);
}

void
_cmq_window_toast_file (CmqWindow *self, const char *message, GFile *file)
{
  toast_file (_cmq_window_get_notes (self), message, file);
}

AdwToast *
_cmq_window_get_last_toast (CmqWindow *self)
{
  return _cmq_window_get_notes (self)->last_toast;
}
