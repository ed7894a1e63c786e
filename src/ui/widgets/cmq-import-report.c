/* cmq-import-report.c: the dialog that says what an import did.
 *
 * Counts first (imported, already in the library, skipped), then each skipped file with the
 * importer's reason, so the user can tell a PDF from a page that was all website chrome.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-import-report"

#include "config.h"

#include <glib/gi18n.h>

#include "cmq-import-report.h"
#include "cmq-importer.h"

struct _CmqImportReport
{
  AdwMessageDialog parent_instance;

  GtkWidget *skipped_scroller;
  GtkListBox *skipped_list;
};

G_DEFINE_FINAL_TYPE (CmqImportReport, cmq_import_report, ADW_TYPE_MESSAGE_DIALOG)

static void
cmq_import_report_class_init (CmqImportReportClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/cmq-import-report.ui");
  gtk_widget_class_bind_template_child (widget_class, CmqImportReport, skipped_scroller);
  gtk_widget_class_bind_template_child (widget_class, CmqImportReport, skipped_list);
}

static void
cmq_import_report_init (CmqImportReport *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static char *
heading_for (guint imported, guint duplicates)
{
  if (imported > 0)
    /* Translators: the title of the import report */
    return g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "%u Release Imported", "%u Releases Imported", imported),
        imported);
  if (duplicates > 0)
    return g_strdup (_("Nothing New to Import"));
  return g_strdup (_("No Releases Imported"));
}

/* One line per other kind of file the import met (the heading has the imported count already;
 * a "0 skipped" line only adds reading), or none when every file was imported. */
static char *
body_for (guint imported, guint duplicates, guint skipped)
{
  g_autoptr (GString) body = g_string_new (NULL);

  if (duplicates > 0)
    {
      if (body->len > 0)
        g_string_append_c (body, '\n');
      /* Translators: a line of the import report: releases that were in the library before */
      g_string_append_printf (body,
                              g_dngettext (GETTEXT_PACKAGE, "%u already in the library",
                                           "%u already in the library", duplicates),
                              duplicates);
    }
  if (skipped > 0)
    {
      if (body->len > 0)
        g_string_append_c (body, '\n');
      /* Translators: a line of the import report: files that are not releases */
      g_string_append_printf (
          body, g_dngettext (GETTEXT_PACKAGE, "%u skipped", "%u skipped", skipped), skipped);
    }
  if (body->len == 0 && imported == 0)
    /* Translators: the import report when the chosen files and folders held no file at all */
    g_string_append (body, _("No files were found"));
  return g_string_free (g_steal_pointer (&body), FALSE);
}

GtkWidget *
cmq_import_report_new (GtkWindow *parent, CmqImportJob *job)
{
  CmqImportReport *self;
  GPtrArray *skipped;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  g_return_val_if_fail (CMQ_IS_IMPORT_JOB (job), NULL);

  skipped = cmq_import_job_get_skipped (job);
  heading =
      heading_for (cmq_import_job_get_n_imported (job), cmq_import_job_get_n_duplicates (job));
  body = body_for (cmq_import_job_get_n_imported (job), cmq_import_job_get_n_duplicates (job),
                   skipped->len);
  self = g_object_new (CMQ_TYPE_IMPORT_REPORT, "transient-for", parent, "heading", heading, "body",
                       body, NULL);

  for (guint i = 0; i < skipped->len; i++)
    {
      CmqSkippedFile *file = g_ptr_array_index (skipped, i);
      g_autofree char *base = g_path_get_basename (file->file);
      /* File names are in the file system's encoding, not always UTF-8, and may hold a newline:
       * shown escaped, as everywhere else. */
      g_autofree char *name = cmq_importer_display_name (base);
      g_autofree char *path = cmq_importer_display_name (file->file);
      GtkWidget *row = adw_action_row_new ();

      /* File names and reasons are shown as they are, never read as markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), file->reason);
      gtk_widget_set_tooltip_text (row, path);
      gtk_list_box_append (self->skipped_list, row);
    }
  /* Room for three skipped files before the list scrolls; their reasons take two lines or so. */
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (self->skipped_scroller),
                                              MIN (skipped->len, 3) * 64);
  gtk_widget_set_visible (self->skipped_scroller, skipped->len > 0);

  return GTK_WIDGET (self);
}

GtkListBox *
cmq_import_report_get_skipped_list (CmqImportReport *self)
{
  g_return_val_if_fail (CMQ_IS_IMPORT_REPORT (self), NULL);
  return self->skipped_list;
}
