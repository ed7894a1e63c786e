/* cmq-list-filter.c: All / Favourites / Notes / Highlights, above the release list, each with the
 * number of releases it would show with the current search (the last three as icons, as the
 * rows' marks).
 *
 * While a search runs its counts are not known: the last ones stay, dimmed (a change of opacity
 * is only drawn again), and a screen reader hears the buttons' names without them. A count whose
 * text changes asks for a new size, up to the window, which GDK then works out again: that
 * happens once per whole result, not with each key typed ("…" and back).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-list-filter"

#include "config.h"

#include <glib/gi18n.h>

#include "cmq-format.h"
#include "cmq-list-filter.h"

#define N_MODES 4

struct _CmqListFilter
{
  GtkWidget parent_instance;

  GtkToggleButton *all_button;
  GtkToggleButton *favourites_button;
  GtkToggleButton *notes_button;
  GtkToggleButton *highlights_button;
  GtkLabel *all_count;
  GtkLabel *favourites_count;
  GtkLabel *notes_count;
  GtkLabel *highlights_count;

  CmqListFilterMode mode;
  gboolean known; /* the counts shown are the current search's */
};

G_DEFINE_FINAL_TYPE (CmqListFilter, cmq_list_filter, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkToggleButton *
button_for (CmqListFilter *self, CmqListFilterMode mode)
{
  GtkToggleButton *buttons[N_MODES] = { self->all_button, self->favourites_button,
                                        self->notes_button, self->highlights_button };

  g_assert (mode < N_MODES);
  return buttons[mode];
}

static GtkLabel *
count_for (CmqListFilter *self, CmqListFilterMode mode)
{
  GtkLabel *labels[N_MODES] = { self->all_count, self->favourites_count, self->notes_count,
                                self->highlights_count };

  g_assert (mode < N_MODES);
  return labels[mode];
}

static void
toggled_cb (GtkToggleButton *button, CmqListFilter *self)
{
  if (!gtk_toggle_button_get_active (button))
    return;
  for (CmqListFilterMode mode = 0; mode < N_MODES; mode++)
    if (button_for (self, mode) == button && self->mode != mode)
      {
        self->mode = mode;
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
      }
}

static void
cmq_list_filter_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  CmqListFilter *self = CMQ_LIST_FILTER (object);

  switch (prop_id)
    {
    case PROP_MODE:
      g_value_set_uint (value, self->mode);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cmq_list_filter_set_property (GObject *object, guint prop_id, const GValue *value,
                              GParamSpec *pspec)
{
  CmqListFilter *self = CMQ_LIST_FILTER (object);

  switch (prop_id)
    {
    case PROP_MODE:
      cmq_list_filter_set_mode (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cmq_list_filter_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), CMQ_TYPE_LIST_FILTER);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (cmq_list_filter_parent_class)->dispose (object);
}

static void
cmq_list_filter_class_init (CmqListFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = cmq_list_filter_get_property;
  object_class->set_property = cmq_list_filter_set_property;
  object_class->dispose = cmq_list_filter_dispose;

  properties[PROP_MODE] = g_param_spec_uint (
      "mode", NULL, NULL, CMQ_LIST_FILTER_ALL, CMQ_LIST_FILTER_HIGHLIGHTS, CMQ_LIST_FILTER_ALL,
      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/cmq-list-filter.ui");
  gtk_widget_class_bind_template_child (widget_class, CmqListFilter, all_button);
  gtk_widget_class_bind_template_child (widget_class, CmqListFilter, favourites_button);
  gtk_widget_class_bind_template_child (widget_class, CmqListFilter, notes_button);
  gtk_widget_class_bind_template_child (widget_class, CmqListFilter, all_count);
  gtk_widget_class_bind_template_child (widget_class, CmqListFilter, favourites_count);
  gtk_widget_class_bind_template_child (widget_class, CmqListFilter, notes_count);
  gtk_widget_class_bind_template_child (widget_class, CmqListFilter, highlights_button);
  gtk_widget_class_bind_template_child (widget_class, CmqListFilter, highlights_count);
  gtk_widget_class_bind_template_callback (widget_class, toggled_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "listfilter");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cmq_list_filter_init (CmqListFilter *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_toggle_button_set_active (self->all_button, TRUE);
  /* Favourites, Notes and Highlights show an icon, so that the four fit the sidebar: their names
   * are their tooltips and what a screen reader says of them. */
  cmq_list_filter_set_counts_unknown (self);
}

GtkWidget *
cmq_list_filter_new (void)
{
  return g_object_new (CMQ_TYPE_LIST_FILTER, NULL);
}

CmqListFilterMode
cmq_list_filter_get_mode (CmqListFilter *self)
{
  g_return_val_if_fail (CMQ_IS_LIST_FILTER (self), CMQ_LIST_FILTER_ALL);
  return self->mode;
}

void
cmq_list_filter_set_mode (CmqListFilter *self, CmqListFilterMode mode)
{
  g_return_if_fail (CMQ_IS_LIST_FILTER (self));
  g_return_if_fail (mode < N_MODES);

  /* The toggle handler stores the mode and notifies. */
  gtk_toggle_button_set_active (button_for (self, mode), TRUE);
}

static const char *
mode_name (CmqListFilterMode mode)
{
  switch (mode)
    {
    case CMQ_LIST_FILTER_FAVOURITES:
      return C_ ("list filter", "Favourites");
    case CMQ_LIST_FILTER_NOTES:
      return C_ ("list filter", "Notes");
    case CMQ_LIST_FILTER_HIGHLIGHTS:
      return C_ ("list filter", "Highlights");
    case CMQ_LIST_FILTER_ALL:
    default:
      /* Translators: the buttons above the list: all releases, favourites, those with a note */
      return C_ ("list filter", "All");
    }
}

void
cmq_list_filter_set_counts (CmqListFilter *self, guint all, guint favourites, guint notes,
                            guint highlights)
{
  guint counts[N_MODES] = { all, favourites, notes, highlights };

  g_return_if_fail (CMQ_IS_LIST_FILTER (self));

  for (CmqListFilterMode mode = 0; mode < N_MODES; mode++)
    {
      g_autofree char *text = cmq_format_count (counts[mode]); /* "1,402" */
      g_autofree char *label = NULL;

      label = g_strdup_printf (
          /* Translators: what a screen reader says of a filter button: "Favourites, 3 releases" */
          g_dngettext (GETTEXT_PACKAGE, "%s, %u release", "%s, %u releases", counts[mode]),
          mode_name (mode), counts[mode]);
      /* The same text asks for nothing (GtkLabel compares). */
      gtk_label_set_label (count_for (self, mode), text);
      gtk_widget_remove_css_class (GTK_WIDGET (count_for (self, mode)), "counting");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button_for (self, mode)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
  self->known = TRUE;
}

void
cmq_list_filter_set_counts_unknown (CmqListFilter *self)
{
  g_return_if_fail (CMQ_IS_LIST_FILTER (self));

  self->known = FALSE;
  for (CmqListFilterMode mode = 0; mode < N_MODES; mode++)
    {
      GtkLabel *count = count_for (self, mode);

      /* No count shown yet: "…" says that one is coming. */
      if (*gtk_label_get_label (count) == '\0')
        gtk_label_set_label (count, "…");
      gtk_widget_add_css_class (GTK_WIDGET (count), "counting");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button_for (self, mode)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, mode_name (mode), -1);
    }
}

gboolean
cmq_list_filter_get_counts_known (CmqListFilter *self)
{
  g_return_val_if_fail (CMQ_IS_LIST_FILTER (self), FALSE);
  return self->known;
}

const char *
cmq_list_filter_get_count_text (CmqListFilter *self, CmqListFilterMode mode)
{
  g_return_val_if_fail (CMQ_IS_LIST_FILTER (self), NULL);
  return gtk_label_get_label (count_for (self, mode));
}

GtkToggleButton *
cmq_list_filter_get_button (CmqListFilter *self, CmqListFilterMode mode)
{
  g_return_val_if_fail (CMQ_IS_LIST_FILTER (self), NULL);
  return button_for (self, mode);
}
