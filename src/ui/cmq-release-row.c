/* cmq-release-row.c: one release in the sidebar list: its title, date and language.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-release-row"

#include <glib/gi18n.h>

#include "cmq-release-row.h"

#define RESOURCE_PATH_ROW "/io/github/communique/Communique/ui/cmq-release-row.ui"

struct _CmqReleaseRow
{
  GtkWidget parent_instance;

  GtkLabel *title_label;
  GtkLabel *caption_label;
};

G_DEFINE_FINAL_TYPE (CmqReleaseRow, cmq_release_row, GTK_TYPE_WIDGET)

static void
cmq_release_row_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), CMQ_TYPE_RELEASE_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (cmq_release_row_parent_class)->dispose (object);
}

static void
cmq_release_row_class_init (CmqReleaseRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cmq_release_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH_ROW);
  gtk_widget_class_bind_template_child (widget_class, CmqReleaseRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, CmqReleaseRow, caption_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "releaserow");
}

static void
cmq_release_row_init (CmqReleaseRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cmq_release_row_new (void)
{
  return g_object_new (CMQ_TYPE_RELEASE_ROW, NULL);
}

/* "1 June 2021 · EN", with the year marked when it was worked out rather than read. */
static char *
caption_for (CmqRelease *release, char **tooltip)
{
  g_autofree char *date = cmq_release_format_date (release);
  g_autofree char *shown = NULL;
  const char *language = cmq_release_get_language (release);
  g_autofree char *upper = language != NULL ? g_ascii_strup (language, -1) : NULL;

  *tooltip = NULL;
  if (date == NULL)
    shown = g_strdup (_("No date"));
  else if (cmq_release_get_partial_date (release) != NULL)
    {
      /* Translators: a day and month whose year is unknown, e.g. "4 May, year unknown" */
      shown = g_strdup_printf (_("%s, year unknown"), date);
      *tooltip = g_strdup (_("The text gives no year, and none could be worked out"));
    }
  else if (cmq_release_get_date_source (release) == CMQ_DATE_SOURCE_INFERRED_YEAR)
    {
      /* Translators: a date whose year was worked out, not read; "≈" means "about" */
      shown = g_strdup_printf (_("≈ %s"), date);
      *tooltip = g_strdup (_("The year was worked out from the weekday and the Secretary "
                             "General named in the text"));
    }
  else
    shown = g_steal_pointer (&date);

  if (upper == NULL)
    return g_steal_pointer (&shown);
  return g_strdup_printf ("%s · %s", shown, upper);
}

void
cmq_release_row_set_release (CmqReleaseRow *self, CmqRelease *release)
{
  g_autofree char *caption = NULL;
  g_autofree char *tooltip = NULL;

  g_return_if_fail (CMQ_IS_RELEASE_ROW (self));

  if (release == NULL)
    {
      gtk_label_set_label (self->title_label, "");
      gtk_label_set_label (self->caption_label, "");
      return;
    }

  caption = caption_for (release, &tooltip);
  gtk_label_set_label (self->title_label, cmq_release_get_title (release));
  gtk_label_set_label (self->caption_label, caption);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->caption_label), tooltip);
}
