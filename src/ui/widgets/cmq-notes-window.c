/* cmq-notes-window.c: where the notes are kept (with a button that opens the folder), and the
 * notes and stars whose release is no longer in the library, with the title and date the store
 * kept for them.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-notes-window"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "cmq-notes-window.h"

struct _CmqNotesWindow
{
  AdwPreferencesWindow parent_instance;

  AdwActionRow *file_row;
  AdwPreferencesGroup *orphans_group;

  CmqStore *store;
  guint n_orphans;
};

G_DEFINE_FINAL_TYPE (CmqNotesWindow, cmq_notes_window, ADW_TYPE_PREFERENCES_WINDOW)

gboolean
cmq_notes_window_open_folder (GtkWidget *parent, CmqStore *store, GError **error)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GFile) folder = NULL;
  g_autofree char *uri = NULL;
  GdkAppLaunchContext *context;
  gboolean ok;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), FALSE);
  g_return_val_if_fail (CMQ_IS_STORE (store), FALSE);

  file = g_file_new_for_path (cmq_store_get_path (store));
  folder = g_file_get_parent (file);
  uri = g_file_get_uri (folder);
  context = gdk_display_get_app_launch_context (gtk_widget_get_display (parent));
  ok = g_app_info_launch_default_for_uri (uri, G_APP_LAUNCH_CONTEXT (context), error);
  g_object_unref (context);
  return ok;
}

static void
open_folder_clicked_cb (GtkButton *button, CmqNotesWindow *self)
{
  g_autoptr (GError) error = NULL;

  if (!cmq_notes_window_open_folder (GTK_WIDGET (self), self->store, &error))
    {
      g_autofree char *message =
          /* Translators: %s says why */
          g_strdup_printf (_("The folder could not be opened: %s"), error->message);

      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (message));
    }
}

/* "YYYY-MM-DD" as the release list writes dates: "1 June 2021". */
static char *
format_date (const char *date)
{
  guint year = 0;
  guint month = 0;
  guint day = 0;
  GDate gdate;
  char buf[128];

  if (date == NULL || *date == '\0')
    return NULL;
  if (sscanf (date, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return g_strdup (date);
  g_date_clear (&gdate, 1);
  g_date_set_dmy (&gdate, day, month, year);
  /* Translators: a date as strftime() writes it: "1 June 2021" */
  if (g_date_strftime (buf, sizeof buf, C_ ("date format", "%-d %B %Y"), &gdate) == 0)
    return g_strdup (date);
  return g_strdup (buf);
}

static GtkWidget *
orphan_row (const CmqStoreEntry *entry)
{
  g_autofree char *date = format_date (entry->date);
  g_autoptr (GString) subtitle = g_string_new (date != NULL ? date : _("No date"));
  const char *title = entry->title != NULL && *entry->title != '\0' ? entry->title : entry->id;
  GtkWidget *row;
  GtkWidget *label;

  if (entry->favourite)
    /* Translators: added to an orphaned note's date when the release was a favourite */
    g_string_append_printf (subtitle, " · %s", _("Favourite"));

  if (*entry->note == '\0')
    {
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
      return row;
    }

  row = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle->str);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  label = gtk_label_new (entry->note);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), label);
  return row;
}

static void
fill (CmqNotesWindow *self, GHashTable *known)
{
  g_autoptr (GPtrArray) orphans = NULL;
  g_autofree char *display = g_filename_display_name (cmq_store_get_path (self->store));

  /* The whole path as the title: titles can be selected and copied in libadwaita 1.2. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->file_row), display);

  orphans = cmq_store_dup_orphans (self->store, known);
  self->n_orphans = orphans->len;

  if (orphans->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("None"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Every note and star belongs to a release in the library"));
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (self->orphans_group, row);
      return;
    }
  for (guint i = 0; i < orphans->len; i++)
    adw_preferences_group_add (self->orphans_group, orphan_row (g_ptr_array_index (orphans, i)));
}

static void
cmq_notes_window_dispose (GObject *object)
{
  CmqNotesWindow *self = CMQ_NOTES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CMQ_TYPE_NOTES_WINDOW);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cmq_notes_window_parent_class)->dispose (object);
}

static void
cmq_notes_window_class_init (CmqNotesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cmq_notes_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/cmq-notes-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CmqNotesWindow, file_row);
  gtk_widget_class_bind_template_child (widget_class, CmqNotesWindow, orphans_group);
  gtk_widget_class_bind_template_callback (widget_class, open_folder_clicked_cb);
}

static void
cmq_notes_window_init (CmqNotesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cmq_notes_window_new (CmqStore *store, GHashTable *known_ids)
{
  CmqNotesWindow *self;

  g_return_val_if_fail (CMQ_IS_STORE (store), NULL);
  g_return_val_if_fail (known_ids != NULL, NULL);

  self = g_object_new (CMQ_TYPE_NOTES_WINDOW, NULL);
  self->store = g_object_ref (store);
  fill (self, known_ids);
  return GTK_WIDGET (self);
}

guint
cmq_notes_window_get_n_orphans (CmqNotesWindow *self)
{
  g_return_val_if_fail (CMQ_IS_NOTES_WINDOW (self), 0);
  return self->n_orphans;
}
