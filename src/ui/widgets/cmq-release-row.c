/* cmq-release-row.c: one release in the sidebar list: its title, date and language, a star
 * that toggles the favourite with one click, a mark when it has a note, the number of its highlighted
 * passages, and while searching the words around the match.
 *
 * A row that has a store follows it itself: rows are recycled by the list view, and the store's
 * "changed" signal says which release to redraw, so no one has to find the row of a release.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-release-row"

#include <glib/gi18n.h>

#include "cmq-fixed-label.h"
#include "cmq-release-row.h"

#define RESOURCE_PATH_ROW "/io/github/communique/Communique/ui/cmq-release-row.ui"

struct _CmqReleaseRow
{
  GtkWidget parent_instance;

  /* Their size does not depend on their text (cmq-fixed-label.c): a row's height does not
   * either, and a new release in it is only drawn again. */
  CmqFixedLabel *title_label;
  CmqFixedLabel *caption_label;
  CmqFixedLabel *snippet_label;
  GtkImage *note_icon;
  GtkWidget *highlights_mark;
  GtkLabel *highlights_count;
  GtkToggleButton *star_button;

  CmqStore *store;
  CmqRelease *release;
  gboolean syncing;   /* the star is being set from the store, not clicked */
  gboolean reserve;   /* room for the snippet, also before it comes */
  gboolean described; /* the caption has an accessible description */
};

G_DEFINE_FINAL_TYPE (CmqReleaseRow, cmq_release_row, GTK_TYPE_WIDGET)

static gboolean caption_query_tooltip_cb (GtkWidget *label, int x, int y, gboolean keyboard,
                                          GtkTooltip *tooltip, CmqReleaseRow *self);

void
cmq_star_button_update (GtkToggleButton *button, gboolean favourite)
{
  const char *label = favourite ? _("Remove from Favourites") : _("Add to Favourites");

  g_return_if_fail (GTK_IS_TOGGLE_BUTTON (button));

  gtk_toggle_button_set_active (button, favourite);
  /* Rows are filled by the dozen per keystroke, nearly always with the same star: GTK 4.8 sets a
   * tooltip again even when it is the same, and asks the display server where the pointer is
   * each time (a round trip on X11). */
  if (g_strcmp0 (gtk_widget_get_tooltip_text (GTK_WIDGET (button)), label) == 0)
    return;
  gtk_button_set_icon_name (GTK_BUTTON (button),
                            favourite ? "starred-symbolic" : "non-starred-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (button), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  if (favourite)
    gtk_widget_add_css_class (GTK_WIDGET (button), "starred");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (button), "starred");
}

/* An icon and the number of highlighted passages, said in words to a screen reader. */
static void
sync_highlights (CmqReleaseRow *self, guint n)
{
  g_autofree char *count = g_strdup_printf ("%u", n);
  /* Translators: the mark of a release with highlighted passages in the list */
  g_autofree char *label =
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u highlight", "%u highlights", n), n);

  gtk_widget_set_visible (self->highlights_mark, n > 0);
  /* Not set again when the same (see cmq_star_button_update()). */
  if (n == 0 || g_strcmp0 (gtk_widget_get_tooltip_text (self->highlights_mark), label) == 0)
    return;
  gtk_label_set_label (self->highlights_count, count);
  gtk_widget_set_tooltip_text (self->highlights_mark, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->highlights_mark),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
sync_marks (CmqReleaseRow *self)
{
  gboolean favourite = FALSE;
  gboolean has_note = FALSE;
  guint n_highlights = 0;

  if (self->store != NULL && self->release != NULL)
    {
      const char *id = cmq_release_get_id (self->release);

      favourite = cmq_store_get_favourite (self->store, id);
      has_note = *cmq_store_get_note (self->store, id) != '\0';
      n_highlights = cmq_store_count_passages (self->store, id);
    }
  self->syncing = TRUE;
  cmq_star_button_update (self->star_button, favourite);
  self->syncing = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->star_button),
                          self->store != NULL && self->release != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->note_icon), has_note);
  sync_highlights (self, n_highlights);
}

static void
star_toggled_cb (GtkToggleButton *button, CmqReleaseRow *self)
{
  if (self->syncing || self->store == NULL || self->release == NULL)
    return;
  cmq_store_set_favourite (self->store, self->release, gtk_toggle_button_get_active (button));
  /* The store emits "changed", which redraws this row; this covers a store that did not. */
  sync_marks (self);
}

static void
store_changed_cb (CmqStore *store, const char *id, CmqReleaseRow *self)
{
  if (self->release != NULL && g_strcmp0 (id, cmq_release_get_id (self->release)) == 0)
    sync_marks (self);
}

static void
cmq_release_row_dispose (GObject *object)
{
  CmqReleaseRow *self = CMQ_RELEASE_ROW (object);
  GtkWidget *child;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->release);

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

  g_type_ensure (CMQ_TYPE_FIXED_LABEL);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH_ROW);
  gtk_widget_class_bind_template_child (widget_class, CmqReleaseRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, CmqReleaseRow, caption_label);
  gtk_widget_class_bind_template_child (widget_class, CmqReleaseRow, snippet_label);
  gtk_widget_class_bind_template_child (widget_class, CmqReleaseRow, note_icon);
  gtk_widget_class_bind_template_child (widget_class, CmqReleaseRow, highlights_mark);
  gtk_widget_class_bind_template_child (widget_class, CmqReleaseRow, highlights_count);
  gtk_widget_class_bind_template_child (widget_class, CmqReleaseRow, star_button);
  gtk_widget_class_bind_template_callback (widget_class, star_toggled_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "releaserow");
}

static void
cmq_release_row_init (CmqReleaseRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->caption_label), TRUE);
  g_signal_connect (self->caption_label, "query-tooltip", G_CALLBACK (caption_query_tooltip_cb),
                    self);
}

GtkWidget *
cmq_release_row_new (void)
{
  return g_object_new (CMQ_TYPE_RELEASE_ROW, NULL);
}

/* Why the date is shown the way it is, when it was not read as it is: or NULL. */
static const char *
date_tooltip (CmqRelease *release)
{
  g_autofree char *date = release != NULL ? cmq_release_format_date (release) : NULL;

  if (date == NULL)
    return NULL;
  if (cmq_release_get_partial_date (release) != NULL)
    return _("The text gives no year, and none could be worked out");
  if (cmq_release_get_date_source (release) == CMQ_DATE_SOURCE_INFERRED_YEAR)
    return _("The year was worked out from the weekday and the Secretary General named in the "
             "text");
  return NULL;
}

/* "1 June 2021 · EN", with the year marked when it was worked out rather than read. */
static char *
caption_for (CmqRelease *release)
{
  g_autofree char *date = cmq_release_format_date (release);
  g_autofree char *shown = NULL;
  const char *language = cmq_release_get_language (release);
  g_autofree char *upper = language != NULL ? g_ascii_strup (language, -1) : NULL;

  if (date == NULL)
    shown = g_strdup (_("No date"));
  else if (cmq_release_get_partial_date (release) != NULL)
    /* Translators: a day and month whose year is unknown, e.g. "4 May, year unknown" */
    shown = g_strdup_printf (_("%s, year unknown"), date);
  else if (cmq_release_get_date_source (release) == CMQ_DATE_SOURCE_INFERRED_YEAR)
    /* Translators: a date whose year was worked out, not read; "≈" means "about" */
    shown = g_strdup_printf (_("≈ %s"), date);
  else
    shown = g_steal_pointer (&date);

  if (upper == NULL)
    return g_steal_pointer (&shown);
  return g_strdup_printf ("%s · %s", shown, upper);
}

/* The caption's tooltip is asked for when shown rather than set with each release: GTK 4.8
 * queries the pointer from the display server (a round trip on X11) whenever a tooltip changes,
 * and rows get a new release by the dozen per keystroke. */
static gboolean
caption_query_tooltip_cb (GtkWidget *label, int x, int y, gboolean keyboard, GtkTooltip *tooltip,
                          CmqReleaseRow *self)
{
  const char *text = date_tooltip (self->release);

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* A row shows another release at each step of a search, often the one it showed: a label whose
 * text is the same is not drawn again (cmq_fixed_label_set_label() compares). */
static void
set_text (CmqFixedLabel *label, const char *text)
{
  cmq_fixed_label_set_label (label, text);
}

void
cmq_release_row_set_release (CmqReleaseRow *self, CmqRelease *release)
{
  g_autofree char *caption = NULL;
  const char *tooltip;

  g_return_if_fail (CMQ_IS_RELEASE_ROW (self));

  /* The same release again (its id is its text's digest), as most rows in view get while a
   * search narrows: nothing it shows changed. */
  if (self->release != NULL && release != NULL &&
      g_strcmp0 (cmq_release_get_id (self->release), cmq_release_get_id (release)) == 0)
    {
      g_set_object (&self->release, release);
      return;
    }
  g_set_object (&self->release, release);
  sync_marks (self);
  /* What set_tooltip_text() would tell a screen reader (see caption_query_tooltip_cb()). */
  tooltip = date_tooltip (release);
  if (tooltip != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->caption_label),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip, -1);
  else if (self->described)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->caption_label),
                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  self->described = tooltip != NULL;
  if (release == NULL)
    {
      set_text (self->title_label, "");
      set_text (self->caption_label, "");
      return;
    }

  caption = caption_for (release);
  set_text (self->title_label, cmq_release_get_title (release));
  set_text (self->caption_label, caption);
}

const char *
cmq_release_row_get_date_tooltip (CmqReleaseRow *self)
{
  g_return_val_if_fail (CMQ_IS_RELEASE_ROW (self), NULL);
  return date_tooltip (self->release);
}

void
cmq_release_row_set_store (CmqReleaseRow *self, CmqStore *store)
{
  g_return_if_fail (CMQ_IS_RELEASE_ROW (self));
  g_return_if_fail (store == NULL || CMQ_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
  sync_marks (self);
}

CmqRelease *
cmq_release_row_get_release (CmqReleaseRow *self)
{
  g_return_val_if_fail (CMQ_IS_RELEASE_ROW (self), NULL);
  return self->release;
}

void
cmq_release_row_reserve_snippet (CmqReleaseRow *self, gboolean reserve)
{
  g_return_if_fail (CMQ_IS_RELEASE_ROW (self));

  if (self->reserve == reserve)
    return;
  self->reserve = reserve;
  /* The style's min-height for .reserved holds two lines of the snippet's font. */
  if (reserve)
    gtk_widget_add_css_class (GTK_WIDGET (self->snippet_label), "reserved");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->snippet_label), "reserved");
  gtk_widget_set_visible (GTK_WIDGET (self->snippet_label),
                          reserve || *cmq_fixed_label_get_label (self->snippet_label) != '\0');
}

void
cmq_release_row_set_snippet (CmqReleaseRow *self, const char *markup)
{
  const char *shown = markup != NULL ? markup : "";

  g_return_if_fail (CMQ_IS_RELEASE_ROW (self));

  /* Rows are bound by the hundred while typing, most of them without a snippet yet: the same text
   * is not laid out again. */
  cmq_fixed_label_set_label (self->snippet_label, shown);
  gtk_widget_set_visible (GTK_WIDGET (self->snippet_label), self->reserve || *shown != '\0');
}

const char *
cmq_release_row_get_snippet (CmqReleaseRow *self)
{
  g_return_val_if_fail (CMQ_IS_RELEASE_ROW (self), NULL);
  return *cmq_fixed_label_get_label (self->snippet_label) != '\0'
             ? cmq_fixed_label_get_label (self->snippet_label)
             : NULL;
}

const char *
cmq_release_row_get_title_text (CmqReleaseRow *self)
{
  g_return_val_if_fail (CMQ_IS_RELEASE_ROW (self), NULL);
  return cmq_fixed_label_get_label (self->title_label);
}

const char *
cmq_release_row_get_highlights_text (CmqReleaseRow *self)
{
  g_return_val_if_fail (CMQ_IS_RELEASE_ROW (self), NULL);
  return gtk_widget_get_visible (self->highlights_mark)
             ? gtk_widget_get_tooltip_text (self->highlights_mark)
             : NULL;
}
