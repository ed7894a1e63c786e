/* cmq-banner.c: a message across the top of the content, with one optional button.
 *
 * libadwaita 1.2 has no AdwBanner (it came in 1.3): this is the same idea, a wrapped label, an
 * action button and a way to dismiss it, styled in style.css. No GtkRevealer: GTK 4.8's rounds
 * the height of a wrapped label inconsistently and warns about it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-banner"

#include "config.h"

#include "cmq-banner.h"

struct _CmqBanner
{
  GtkWidget parent_instance;

  GtkWidget *box;
  GtkLabel *title_label;
  GtkButton *button;
};

G_DEFINE_FINAL_TYPE (CmqBanner, cmq_banner, GTK_TYPE_WIDGET)

enum
{
  BUTTON_CLICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
button_clicked_cb (GtkButton *button, CmqBanner *self)
{
  g_signal_emit (self, signals[BUTTON_CLICKED], 0);
}

static void
close_clicked_cb (GtkButton *button, CmqBanner *self)
{
  cmq_banner_hide (self);
}

static void
cmq_banner_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), CMQ_TYPE_BANNER);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (cmq_banner_parent_class)->dispose (object);
}

static void
cmq_banner_class_init (CmqBannerClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cmq_banner_dispose;

  signals[BUTTON_CLICKED] = g_signal_new ("button-clicked", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/cmq-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, CmqBanner, box);
  gtk_widget_class_bind_template_child (widget_class, CmqBanner, title_label);
  gtk_widget_class_bind_template_child (widget_class, CmqBanner, button);
  gtk_widget_class_bind_template_callback (widget_class, button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, close_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cmqbanner");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_ALERT);
}

static void
cmq_banner_init (CmqBanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cmq_banner_new (void)
{
  return g_object_new (CMQ_TYPE_BANNER, NULL);
}

void
cmq_banner_show (CmqBanner *self, const char *title, const char *button_label)
{
  g_return_if_fail (CMQ_IS_BANNER (self));
  g_return_if_fail (title != NULL);

  gtk_label_set_label (self->title_label, title);
  gtk_widget_set_visible (GTK_WIDGET (self->button), button_label != NULL);
  if (button_label != NULL)
    gtk_button_set_label (self->button, button_label);
  gtk_widget_set_visible (self->box, TRUE);
}

void
cmq_banner_hide (CmqBanner *self)
{
  g_return_if_fail (CMQ_IS_BANNER (self));
  gtk_widget_set_visible (self->box, FALSE);
}

gboolean
cmq_banner_get_shown (CmqBanner *self)
{
  g_return_val_if_fail (CMQ_IS_BANNER (self), FALSE);
  return gtk_widget_get_visible (self->box);
}

const char *
cmq_banner_get_title (CmqBanner *self)
{
  g_return_val_if_fail (CMQ_IS_BANNER (self), NULL);
  return gtk_label_get_label (self->title_label);
}

GtkButton *
cmq_banner_get_button (CmqBanner *self)
{
  g_return_val_if_fail (CMQ_IS_BANNER (self), NULL);
  return self->button;
}
