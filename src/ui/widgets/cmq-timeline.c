/* cmq-timeline.c: the bars of the releases per year (or month) of the current search, drawn
 * in the style's colours (the accent for the bars, the text colour for the axis), so that light,
 * dark and high contrast follow; see cmq-timeline.h.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-timeline"

#include "config.h"

#include <glib/gi18n.h>

#include "cmq-timeline.h"

/* Room between bars, as a share of a bar's slot, once the slots are wide enough. */
#define GAP_SHARE  0.25
#define LABEL_GAP  2.0
#define MIN_HEIGHT 2.0 /* a period with a release is never invisible */

struct _CmqTimeline
{
  GtkWidget parent_instance;

  CmqSearchTimeline *model;
  guint focus; /* the bar of the keyboard and the accessible value */
  int hover;   /* the bar under the pointer, or -1 */
};

G_DEFINE_FINAL_TYPE (CmqTimeline, cmq_timeline, GTK_TYPE_WIDGET)

enum
{
  SIGNAL_PERIOD_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static guint
n_periods (CmqTimeline *self)
{
  return self->model != NULL ? cmq_search_timeline_get_n_periods (self->model) : 0;
}

char *
cmq_timeline_dup_period_text (CmqTimeline *self, guint i)
{
  const CmqSearchTimelinePeriod *period;
  g_autofree char *label = NULL;

  g_return_val_if_fail (CMQ_IS_TIMELINE (self), NULL);
  g_return_val_if_fail (i < n_periods (self), NULL);

  period = cmq_search_timeline_get_period (self->model, i);
  label = cmq_search_timeline_period_label (period);
  /* Translators: a bar of the timeline: "2019: 42 releases", "June 2019: 3 releases" */
  return g_strdup_printf (ngettext ("%s: %u release", "%s: %u releases", period->count), label,
                          period->count);
}

/* The bar at @x, or -1. */
static int
period_at (CmqTimeline *self, double x)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  guint n = n_periods (self);

  if (n == 0 || width <= 0 || x < 0 || x >= width)
    return -1;
  return MIN ((guint) (x * n / width), n - 1);
}

static void
update_accessible (CmqTimeline *self)
{
  guint n = n_periods (self);
  g_autofree char *text = NULL;

  if (n == 0)
    return;
  text = cmq_timeline_dup_period_text (self, self->focus);
  gtk_accessible_update_property (
      GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
      cmq_search_timeline_get_unit (self->model) == CMQ_SEARCH_TIMELINE_MONTHS
      ? _("Releases per month")
      : _("Releases per year"), GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
           GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, (double) (n - 1), GTK_ACCESSIBLE_PROPERTY_VALUE_NOW,
           (double) self->focus, GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text, -1);
}

static void
set_focus_period (CmqTimeline *self, guint focus)
{
  self->focus = MIN (focus, MAX (n_periods (self), 1) - 1);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
ready_cb (CmqSearchTimeline *model, GParamSpec *pspec, CmqTimeline *self)
{
  /* Until the new search is counted, the bars of the one before stay. */
  if (!cmq_search_timeline_is_ready (model))
    return;
  gtk_widget_set_visible (GTK_WIDGET (self), n_periods (self) >= 2);
  self->hover = -1;
  /* The newest period, where a reader of the list starts. */
  set_focus_period (self, MAX (n_periods (self), 1) - 1);
}

void
cmq_timeline_set_model (CmqTimeline *self, CmqSearchTimeline *model)
{
  g_return_if_fail (CMQ_IS_TIMELINE (self));
  g_return_if_fail (model == NULL || CMQ_IS_SEARCH_TIMELINE (model));

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    {
      g_signal_connect (model, "notify::ready", G_CALLBACK (ready_cb), self);
      ready_cb (model, NULL, self);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

CmqSearchTimeline *
cmq_timeline_get_model (CmqTimeline *self)
{
  g_return_val_if_fail (CMQ_IS_TIMELINE (self), NULL);
  return self->model;
}

guint
cmq_timeline_get_focus_period (CmqTimeline *self)
{
  g_return_val_if_fail (CMQ_IS_TIMELINE (self), 0);
  return self->focus;
}

static void
activate (CmqTimeline *self, guint i)
{
  if (i >= n_periods (self))
    return;
  set_focus_period (self, i);
  g_signal_emit (self, signals[SIGNAL_PERIOD_ACTIVATED], 0, i);
}

static void
activate_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  CmqTimeline *self = CMQ_TIMELINE (widget);

  activate (self, parameter != NULL ? g_variant_get_uint32 (parameter) : self->focus);
}

static void
move_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  CmqTimeline *self = CMQ_TIMELINE (widget);
  int step = g_variant_get_int32 (parameter);
  gint64 focus = (gint64) self->focus + step;

  set_focus_period (self, (guint) CLAMP (focus, 0, (gint64) G_MAXUINT));
}

static void
released_cb (GtkGestureClick *gesture, int n_press, double x, double y, CmqTimeline *self)
{
  int i = period_at (self, x);

  if (i >= 0)
    activate (self, i);
}

static void
motion_cb (GtkEventControllerMotion *motion, double x, double y, CmqTimeline *self)
{
  int i = period_at (self, x);

  if (i != self->hover)
    {
      self->hover = i;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
leave_cb (GtkEventControllerMotion *motion, CmqTimeline *self)
{
  self->hover = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
cmq_timeline_query_tooltip (GtkWidget *widget, int x, int y, gboolean keyboard, GtkTooltip *tooltip)
{
  CmqTimeline *self = CMQ_TIMELINE (widget);
  int i = keyboard ? (int) self->focus : period_at (self, x);
  g_autofree char *text = NULL;

  if (i < 0 || (guint) i >= n_periods (self))
    return FALSE;
  text = cmq_timeline_dup_period_text (self, i);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* The label at an end of the axis: "2019", "Jun 2019". */
static char *
axis_label (const CmqSearchTimelinePeriod *period)
{
  g_autoptr (GDateTime) time = NULL;

  if (period->month == 0)
    return g_strdup_printf ("%u", period->year);
  time = g_date_time_new_utc (period->year, period->month, 1, 0, 0, 0);
  return time != NULL ? g_date_time_format (time, "%b %Y") : g_strdup ("");
}

/* Lays out the labels of both ends, and says how tall the taller one is. */
static int
axis_layouts (CmqTimeline *self, PangoLayout **first, PangoLayout **last)
{
  g_autofree char *first_text = axis_label (cmq_search_timeline_get_period (self->model, 0));
  g_autofree char *last_text =
      axis_label (cmq_search_timeline_get_period (self->model, n_periods (self) - 1));
  int first_height = 0, last_height = 0;

  *first = gtk_widget_create_pango_layout (GTK_WIDGET (self), first_text);
  *last = gtk_widget_create_pango_layout (GTK_WIDGET (self), last_text);
  pango_layout_get_pixel_size (*first, NULL, &first_height);
  pango_layout_get_pixel_size (*last, NULL, &last_height);
  return MAX (first_height, last_height);
}

static void
draw_labels (GtkSnapshot *snapshot, PangoLayout *first, PangoLayout *last, int width, double y,
             const GdkRGBA *color)
{
  int last_width = 0;

  pango_layout_get_pixel_size (last, &last_width, NULL);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, y));
  gtk_snapshot_append_layout (snapshot, first, color);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (width - last_width, 0));
  gtk_snapshot_append_layout (snapshot, last, color);
  gtk_snapshot_restore (snapshot);
}

static void
cmq_timeline_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  CmqTimeline *self = CMQ_TIMELINE (widget);
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  g_autoptr (PangoLayout) first = NULL;
  g_autoptr (PangoLayout) last = NULL;
  int width = gtk_widget_get_width (widget);
  guint n = n_periods (self);
  GdkRGBA fg, accent, dim;
  guint max = 1;
  double slot, gap, bars_height;

  if (n == 0 || width <= 0)
    return;
  gtk_style_context_get_color (style, &fg);
  if (!gtk_style_context_lookup_color (style, "accent_bg_color", &accent))
    accent = fg;
  dim = fg;
  dim.alpha *= 0.6f;
  for (guint i = 0; i < n; i++)
    max = MAX (max, cmq_search_timeline_get_period (self->model, i)->count);

  bars_height = gtk_widget_get_height (widget) - axis_layouts (self, &first, &last) - LABEL_GAP;
  slot = (double) width / n;
  gap = slot >= 4 ? MAX (1.0, slot * GAP_SHARE) : 0.0;
  /* The axis */
  gtk_snapshot_append_color (snapshot, &(GdkRGBA){ fg.red, fg.green, fg.blue, fg.alpha * 0.2f },
                             &GRAPHENE_RECT_INIT (0, bars_height - 1, width, 1));
  for (guint i = 0; i < n; i++)
    {
      guint count = cmq_search_timeline_get_period (self->model, i)->count;
      double height = count == 0 ? 0 : MAX (MIN_HEIGHT, bars_height * count / max);
      gboolean lit =
          (int) i == self->hover || (i == self->focus && gtk_widget_has_visible_focus (widget));
      GdkRGBA color = accent;

      color.alpha *= lit ? 1.0f : 0.7f;
      if (height > 0)
        gtk_snapshot_append_color (
            snapshot, &color,
            &GRAPHENE_RECT_INIT (i * slot + gap / 2, bars_height - height, slot - gap, height));
      if (i == self->focus && gtk_widget_has_visible_focus (widget))
        {
          GskRoundedRect outline;
          const GdkRGBA colors[4] = { fg, fg, fg, fg };
          const float widths[4] = { 1, 1, 1, 1 };

          gsk_rounded_rect_init_from_rect (
              &outline, &GRAPHENE_RECT_INIT (i * slot, 0, MAX (slot, 2), bars_height), 2);
          gtk_snapshot_append_border (snapshot, &outline, widths, colors);
        }
    }
  draw_labels (snapshot, first, last, width, bars_height + LABEL_GAP, &dim);
}

static void
cmq_timeline_measure (GtkWidget *widget, GtkOrientation orientation, int for_size, int *minimum,
                      int *natural, int *minimum_baseline, int *natural_baseline)
{
  /* As narrow as the sidebar: bars get thinner, down to a pixel. */
  *minimum = 0;
  *natural = 0;
}

static void
cmq_timeline_dispose (GObject *object)
{
  CmqTimeline *self = CMQ_TIMELINE (object);

  cmq_timeline_set_model (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CMQ_TYPE_TIMELINE);
  G_OBJECT_CLASS (cmq_timeline_parent_class)->dispose (object);
}

static void
cmq_timeline_class_init (CmqTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cmq_timeline_dispose;
  widget_class->snapshot = cmq_timeline_snapshot;
  widget_class->measure = cmq_timeline_measure;
  widget_class->query_tooltip = cmq_timeline_query_tooltip;

  signals[SIGNAL_PERIOD_ACTIVATED] =
      g_signal_new ("period-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                    NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_install_action (widget_class, "timeline.activate", "u", activate_action);
  gtk_widget_class_install_action (widget_class, "timeline.activate-focus", NULL, activate_action);
  gtk_widget_class_install_action (widget_class, "timeline.move", "i", move_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "timeline.activate-focus",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "timeline.activate-focus",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "timeline.activate-focus",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "timeline.move", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "timeline.move", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "timeline.move", "i",
                                       G_MININT32 / 2);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "timeline.move", "i",
                                       G_MAXINT32 / 2);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/cmq-timeline.ui");
  gtk_widget_class_bind_template_callback (widget_class, released_cb);
  gtk_widget_class_bind_template_callback (widget_class, motion_cb);
  gtk_widget_class_bind_template_callback (widget_class, leave_cb);
  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_SLIDER);
}

static void
cmq_timeline_init (CmqTimeline *self)
{
  self->hover = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
}
