/* cmq-fixed-label.c: text in a fixed number of lines, whose size does not depend on the text.
 *
 * The release list's rows show another release at each step of a search, dozens per keystroke.
 * A GtkLabel whose text changes asks for a new size, up to the window: GTK measures the text
 * again for each width it is asked about, the list and its rows again, and GDK (X11) works the
 * window's size out again, before the frame; the label then shapes its text once more to draw
 * it. This label's size is that of its lines in its font (and of so many characters across),
 * whatever the text: a new text is only drawn again, laid out once at the allocated width,
 * wrapped at words and cut with an ellipsis after its last line. Its font is measured when its
 * style changes, not per text.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-fixed-label"

#include <math.h>

#include "cmq-fixed-label.h"

struct _CmqFixedLabel
{
  GtkWidget parent_instance;

  PangoLayout *layout;
  char *label;
  gboolean use_markup;
  int lines;
  int width_chars;
  int max_width_chars;
  /* where a text of fewer lines than the label's sits: 0 at the top, 1 at the bottom */
  float yalign;
  /* where its lines sit across: 0 at the start, 0.5 in the middle, 1 at the end */
  float xalign;
  /* NULL, or the texts whose widest gives the label its width (see set_widest()) */
  char **widest;
  int widest_width;
  /* The font's figures, in pixels; -1 until measured */
  int lines_height;
  int char_width;
  guint n_metrics;
  /* What the style gives text: the pango context's serial, the attributes (font features…) */
  guint serial;
  PangoAttrList *css_attrs;
};

enum
{
  PROP_0,
  PROP_LABEL,
  PROP_USE_MARKUP,
  PROP_LINES,
  PROP_WIDTH_CHARS,
  PROP_MAX_WIDTH_CHARS,
  PROP_YALIGN,
  PROP_XALIGN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (CmqFixedLabel, cmq_fixed_label, GTK_TYPE_WIDGET)

/* The height of @lines lines and the width of a character, as GtkLabel works them out. */
static void
ensure_metrics (CmqFixedLabel *self)
{
  PangoContext *context;
  PangoFontMetrics *metrics;
  g_autoptr (PangoLayout) sample = NULL;
  g_autoptr (GString) text = g_string_new ("Ag");
  int char_width, digit_width;

  if (self->lines_height >= 0)
    return;
  self->n_metrics++;
  context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  metrics = pango_context_get_metrics (context, NULL, NULL);
  char_width = pango_font_metrics_get_approximate_char_width (metrics);
  digit_width = pango_font_metrics_get_approximate_digit_width (metrics);
  self->char_width = MAX (char_width, digit_width);
  pango_font_metrics_unref (metrics);
  for (int i = 1; i < self->lines; i++)
    g_string_append (text, "\nAg");
  sample = gtk_widget_create_pango_layout (GTK_WIDGET (self), text->str);
  pango_layout_get_pixel_size (sample, NULL, &self->lines_height);
  self->widest_width = 0;
  for (guint i = 0; self->widest != NULL && self->widest[i] != NULL; i++)
    {
      int width = 0;

      pango_layout_set_text (sample, self->widest[i], -1);
      pango_layout_get_pixel_size (sample, &width, NULL);
      self->widest_width = MAX (self->widest_width, width);
    }
}

static void
cmq_fixed_label_measure (GtkWidget *widget, GtkOrientation orientation, int for_size, int *minimum,
                         int *natural, int *minimum_baseline, int *natural_baseline)
{
  CmqFixedLabel *self = CMQ_FIXED_LABEL (widget);

  ensure_metrics (self);
  if (orientation == GTK_ORIENTATION_VERTICAL)
    *minimum = *natural = self->lines_height;
  else if (self->widest != NULL)
    *minimum = *natural = self->widest_width;
  else
    {
      int min_chars = MAX (self->width_chars, 1);
      int nat_chars = MAX (self->max_width_chars, min_chars);

      *minimum = PANGO_PIXELS_CEIL (self->char_width * min_chars);
      *natural = PANGO_PIXELS_CEIL (self->char_width * nat_chars);
    }
}

static void
cmq_fixed_label_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  CmqFixedLabel *self = CMQ_FIXED_LABEL (widget);

  /* Pango does nothing when the width is the same. */
  pango_layout_set_width (self->layout, width * PANGO_SCALE);
}

static PangoAlignment
alignment (CmqFixedLabel *self)
{
  float xalign = self->xalign;

  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    xalign = 1 - xalign;
  if (xalign < 0.25)
    return PANGO_ALIGN_LEFT;
  return xalign > 0.75 ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_CENTER;
}

static void
cmq_fixed_label_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  CmqFixedLabel *self = CMQ_FIXED_LABEL (widget);
  int height = gtk_widget_get_height (widget);
  int text_height = 0;
  GdkRGBA color;

  if (self->label == NULL || *self->label == '\0')
    return;
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  pango_layout_set_alignment (self->layout, alignment (self));
  /* Lines of a text with line breaks beyond the label's are not drawn over what is below. */
  gtk_snapshot_push_clip (snapshot,
                          &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget), height));
  /* A text of fewer lines sits where yalign says, by its own lines: the layout is laid out to
   * be drawn anyway. */
  if (self->yalign > 0)
    pango_layout_get_pixel_size (self->layout, NULL, &text_height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (
      snapshot, &GRAPHENE_POINT_INIT (0, floorf (MAX (height - text_height, 0) * self->yalign)));
  gtk_snapshot_append_layout (snapshot, self->layout, &color);
  gtk_snapshot_restore (snapshot);
  gtk_snapshot_pop (snapshot);
}

/* The text into the layout, with the attributes the style gives text (GtkLabel's too). */
static void
apply_text (CmqFixedLabel *self)
{
  const char *text = self->label != NULL ? self->label : "";

  if (self->use_markup)
    {
      pango_layout_set_markup (self->layout, text, -1);
      if (self->css_attrs != NULL)
        {
          PangoAttrList *attrs = pango_attr_list_copy (self->css_attrs);

          pango_attr_list_splice (attrs, pango_layout_get_attributes (self->layout), 0, 0);
          pango_layout_set_attributes (self->layout, attrs);
          pango_attr_list_unref (attrs);
        }
    }
  else
    {
      pango_layout_set_attributes (self->layout, self->css_attrs);
      pango_layout_set_text (self->layout, text, -1);
    }
}

/* A style that changes the font or the text's attributes: the font is measured again, and the
 * text shaped again. Not for a change of colour (a row selected, the window in the back). */
static void
font_changed (CmqFixedLabel *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  guint serial = pango_context_get_serial (gtk_widget_get_pango_context (widget));
  g_autoptr (PangoLayout) fresh = gtk_widget_create_pango_layout (widget, NULL);
  PangoAttrList *attrs = pango_layout_get_attributes (fresh);
  int lines_height = self->lines_height;
  int char_width = self->char_width;
  int widest_width = self->widest_width;

  if (serial == self->serial &&
      (attrs == self->css_attrs || (attrs != NULL && self->css_attrs != NULL &&
                                    pango_attr_list_equal (attrs, self->css_attrs))))
    return;
  self->serial = serial;
  g_clear_pointer (&self->css_attrs, pango_attr_list_unref);
  if (attrs != NULL)
    self->css_attrs = pango_attr_list_ref (attrs);
  pango_layout_context_changed (self->layout);
  apply_text (self);
  self->lines_height = -1;
  ensure_metrics (self);
  if (self->lines_height != lines_height || self->char_width != char_width ||
      self->widest_width != widest_width)
    gtk_widget_queue_resize (widget);
  gtk_widget_queue_draw (widget);
}

static void
cmq_fixed_label_css_changed (GtkWidget *widget, GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (cmq_fixed_label_parent_class)->css_changed (widget, change);
  font_changed (CMQ_FIXED_LABEL (widget));
}

static void
cmq_fixed_label_system_setting_changed (GtkWidget *widget, GtkSystemSetting setting)
{
  GtkWidgetClass *parent_class = GTK_WIDGET_CLASS (cmq_fixed_label_parent_class);

  if (parent_class->system_setting_changed != NULL)
    parent_class->system_setting_changed (widget, setting);
  font_changed (CMQ_FIXED_LABEL (widget));
}

static void
cmq_fixed_label_direction_changed (GtkWidget *widget, GtkTextDirection previous)
{
  GtkWidgetClass *parent_class = GTK_WIDGET_CLASS (cmq_fixed_label_parent_class);

  if (parent_class->direction_changed != NULL)
    parent_class->direction_changed (widget, previous);
  font_changed (CMQ_FIXED_LABEL (widget));
}

static void
set_int (CmqFixedLabel *self, int *field, int value)
{
  if (*field == value)
    return;
  *field = value;
  pango_layout_set_height (self->layout, -MAX (self->lines, 1));
  self->lines_height = -1;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
cmq_fixed_label_set_property (GObject *object, guint prop_id, const GValue *value,
                              GParamSpec *pspec)
{
  CmqFixedLabel *self = CMQ_FIXED_LABEL (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      cmq_fixed_label_set_label (self, g_value_get_string (value));
      break;
    case PROP_USE_MARKUP:
      self->use_markup = g_value_get_boolean (value);
      apply_text (self);
      break;
    case PROP_LINES:
      set_int (self, &self->lines, g_value_get_int (value));
      break;
    case PROP_WIDTH_CHARS:
      set_int (self, &self->width_chars, g_value_get_int (value));
      break;
    case PROP_MAX_WIDTH_CHARS:
      set_int (self, &self->max_width_chars, g_value_get_int (value));
      break;
    case PROP_YALIGN:
      self->yalign = g_value_get_float (value);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      break;
    case PROP_XALIGN:
      self->xalign = g_value_get_float (value);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cmq_fixed_label_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  CmqFixedLabel *self = CMQ_FIXED_LABEL (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, cmq_fixed_label_get_label (self));
      break;
    case PROP_USE_MARKUP:
      g_value_set_boolean (value, self->use_markup);
      break;
    case PROP_LINES:
      g_value_set_int (value, self->lines);
      break;
    case PROP_WIDTH_CHARS:
      g_value_set_int (value, self->width_chars);
      break;
    case PROP_MAX_WIDTH_CHARS:
      g_value_set_int (value, self->max_width_chars);
      break;
    case PROP_YALIGN:
      g_value_set_float (value, self->yalign);
      break;
    case PROP_XALIGN:
      g_value_set_float (value, self->xalign);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cmq_fixed_label_finalize (GObject *object)
{
  CmqFixedLabel *self = CMQ_FIXED_LABEL (object);

  g_clear_object (&self->layout);
  g_clear_pointer (&self->css_attrs, pango_attr_list_unref);
  g_free (self->label);
  g_strfreev (self->widest);

  G_OBJECT_CLASS (cmq_fixed_label_parent_class)->finalize (object);
}

static void
cmq_fixed_label_class_init (CmqFixedLabelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->set_property = cmq_fixed_label_set_property;
  object_class->get_property = cmq_fixed_label_get_property;
  object_class->finalize = cmq_fixed_label_finalize;
  widget_class->measure = cmq_fixed_label_measure;
  widget_class->size_allocate = cmq_fixed_label_size_allocate;
  widget_class->snapshot = cmq_fixed_label_snapshot;
  widget_class->css_changed = cmq_fixed_label_css_changed;
  widget_class->system_setting_changed = cmq_fixed_label_system_setting_changed;
  widget_class->direction_changed = cmq_fixed_label_direction_changed;

  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, "", flags);
  properties[PROP_USE_MARKUP] = g_param_spec_boolean ("use-markup", NULL, NULL, FALSE, flags);
  properties[PROP_LINES] = g_param_spec_int ("lines", NULL, NULL, 1, 100, 1, flags);
  properties[PROP_WIDTH_CHARS] = g_param_spec_int ("width-chars", NULL, NULL, 1, 1000, 1, flags);
  properties[PROP_MAX_WIDTH_CHARS] =
      g_param_spec_int ("max-width-chars", NULL, NULL, 1, 1000, 1, flags);
  properties[PROP_YALIGN] = g_param_spec_float ("yalign", NULL, NULL, 0, 1, 0, flags);
  properties[PROP_XALIGN] = g_param_spec_float ("xalign", NULL, NULL, 0, 1, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
cmq_fixed_label_init (CmqFixedLabel *self)
{
  self->lines = self->width_chars = self->max_width_chars = 1;
  self->lines_height = -1;
  self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (self->layout, -1);
}

GtkWidget *
cmq_fixed_label_new (void)
{
  return g_object_new (CMQ_TYPE_FIXED_LABEL, NULL);
}

/* Only drawn again: the size stays (see the top of the file). The screen reader hears the text
 * as it would a GtkLabel's. */
void
cmq_fixed_label_set_label (CmqFixedLabel *self, const char *label)
{
  const char *shown = label != NULL ? label : "";

  g_return_if_fail (CMQ_IS_FIXED_LABEL (self));

  if (g_strcmp0 (self->label, shown) == 0)
    return;
  g_free (self->label);
  self->label = g_strdup (shown);
  apply_text (self);
  if (*shown != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    pango_layout_get_text (self->layout), -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

/* A label that shows one of a few kinds of text ("3 of 7", "7 matches") is as wide as the widest
 * of them in its font and language, measured with the font (again when the font changes), not
 * per text: a text that fits one of them is never cut, whichever it shows. */
void
cmq_fixed_label_set_widest (CmqFixedLabel *self, const char *const *texts)
{
  g_return_if_fail (CMQ_IS_FIXED_LABEL (self));

  if (texts != NULL && self->widest != NULL &&
      g_strv_equal ((const char *const *) self->widest, texts))
    return;
  if (texts == NULL && self->widest == NULL)
    return;
  g_strfreev (self->widest);
  self->widest = g_strdupv ((char **) texts);
  self->lines_height = -1;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

const char *
cmq_fixed_label_get_label (CmqFixedLabel *self)
{
  g_return_val_if_fail (CMQ_IS_FIXED_LABEL (self), NULL);
  return self->label != NULL ? self->label : "";
}

const char *
cmq_fixed_label_get_text (CmqFixedLabel *self)
{
  g_return_val_if_fail (CMQ_IS_FIXED_LABEL (self), NULL);
  return pango_layout_get_text (self->layout);
}

guint
cmq_fixed_label_get_n_metrics (CmqFixedLabel *self)
{
  g_return_val_if_fail (CMQ_IS_FIXED_LABEL (self), 0);
  return self->n_metrics;
}
