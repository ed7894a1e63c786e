/* cmq-hit-bar.c: "3 of 7" and the previous/next buttons for the search hits of the page.
 *
 * It follows the reader view's "n-hits" and "current-hit", and shows itself while the pages read
 * have hits to count ("counts-hits"), at a size that does not depend on the count. The buttons use the window's win.previous-hit and win.next-hit actions, so the buttons,
 * Ctrl+G and Shift+Ctrl+G do the same thing.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-hit-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "cmq-fixed-label.h"
#include "cmq-hit-bar.h"

struct _CmqHitBar
{
  GtkWidget parent_instance;

  CmqFixedLabel *label;
  CmqReaderView *reader_view;
  guint digits; /* of the numbers the label has room for */
};

G_DEFINE_FINAL_TYPE (CmqHitBar, cmq_hit_bar, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_READER_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
digits_of (guint number)
{
  guint digits = 1;

  while (number >= 10)
    {
      number /= 10;
      digits++;
    }
  return digits;
}

/* The label is as wide as the widest text it can show with numbers of @digits digits (three at
 * least), in the language of the window: a count never asks for a new size, which would lay the
 * window out again at each key of a search typed with a release open. A page with a thousand
 * hits or more widens it once. */
static void
reserve (CmqHitBar *self, guint digits)
{
  /* One of each plural form, in the languages gettext knows */
  static const guint plurals[] = { 0, 1, 2, 3, 5, 11, 21, 22, 101, 111 };
  g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  guint widest = 0;

  digits = MAX (digits, 3);
  if (digits <= self->digits)
    return;
  self->digits = digits;
  for (guint i = 0; i < digits; i++)
    widest = widest * 10 + 8;
  g_ptr_array_add (texts, g_strdup_printf (_("%u of %u"), widest, widest));
  for (guint i = 0; i < G_N_ELEMENTS (plurals); i++)
    g_ptr_array_add (
        texts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u match", "%u matches", plurals[i]),
                                widest));
  g_ptr_array_add (texts, NULL);
  cmq_fixed_label_set_widest (self->label, (const char *const *) texts->pdata);
}

static void
update (CmqHitBar *self)
{
  guint total = 0;
  guint current = 0;
  gboolean counts = FALSE;
  gboolean counted = FALSE;
  g_autofree char *text = NULL;

  if (self->reader_view != NULL)
    g_object_get (self->reader_view, "n-hits", &total, "current-hit", &current, "counts-hits",
                  &counts, "hits-counted", &counted, NULL);
  /* Shown for as long as the pages read have hits to count, not per page: a search typed key
   * by key with a release open loads the page again at each key, and neither this bar nor the
   * buttons beside it may come and go, or move, with each. */
  gtk_widget_set_visible (GTK_WIDGET (self), counts);
  if (!counts)
    cmq_fixed_label_set_label (self->label, NULL);
  /* Until the new page's count comes, the page before is on screen, and its count stays. */
  if (!counted)
    return;
  reserve (self, digits_of (total));
  if (current > 0)
    /* Translators: the search hit stepped to, of all hits on the page: "3 of 7" */
    text = g_strdup_printf (_("%u of %u"), current, total);
  else
    /* Translators: how many times the search words occur on the page */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u match", "%u matches", total), total);
  cmq_fixed_label_set_label (self->label, text);
}

static void
hits_changed_cb (CmqReaderView *reader_view, GParamSpec *pspec, CmqHitBar *self)
{
  update (self);
}

void
cmq_hit_bar_set_reader_view (CmqHitBar *self, CmqReaderView *reader_view)
{
  g_return_if_fail (CMQ_IS_HIT_BAR (self));
  g_return_if_fail (reader_view == NULL || CMQ_IS_READER_VIEW (reader_view));

  if (self->reader_view == reader_view)
    return;
  if (self->reader_view != NULL)
    g_signal_handlers_disconnect_by_data (self->reader_view, self);
  g_set_object (&self->reader_view, reader_view);
  if (reader_view != NULL)
    {
      g_signal_connect (reader_view, "notify::n-hits", G_CALLBACK (hits_changed_cb), self);
      g_signal_connect (reader_view, "notify::current-hit", G_CALLBACK (hits_changed_cb), self);
      g_signal_connect (reader_view, "notify::counts-hits", G_CALLBACK (hits_changed_cb), self);
      g_signal_connect (reader_view, "notify::hits-counted", G_CALLBACK (hits_changed_cb), self);
    }
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READER_VIEW]);
}

const char *
cmq_hit_bar_get_text (CmqHitBar *self)
{
  g_return_val_if_fail (CMQ_IS_HIT_BAR (self), NULL);
  return cmq_fixed_label_get_label (self->label);
}

static void
cmq_hit_bar_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_READER_VIEW:
      cmq_hit_bar_set_reader_view (CMQ_HIT_BAR (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cmq_hit_bar_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_READER_VIEW:
      g_value_set_object (value, CMQ_HIT_BAR (object)->reader_view);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cmq_hit_bar_dispose (GObject *object)
{
  CmqHitBar *self = CMQ_HIT_BAR (object);
  GtkWidget *child;

  cmq_hit_bar_set_reader_view (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CMQ_TYPE_HIT_BAR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (cmq_hit_bar_parent_class)->dispose (object);
}

static void
cmq_hit_bar_class_init (CmqHitBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->set_property = cmq_hit_bar_set_property;
  object_class->get_property = cmq_hit_bar_get_property;
  object_class->dispose = cmq_hit_bar_dispose;

  properties[PROP_READER_VIEW] =
      g_param_spec_object ("reader-view", NULL, NULL, CMQ_TYPE_READER_VIEW,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CMQ_TYPE_FIXED_LABEL);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/cmq-hit-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, CmqHitBar, label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "hitbar");
}

static void
cmq_hit_bar_init (CmqHitBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  reserve (self, 3);
  update (self);
}
