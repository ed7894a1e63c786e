/* cmq-preferences-window.c: the Preferences window: how releases read, the colours, the samples.
 *
 * Every control is bound to its GSettings key, so a change applies at once wherever the key is
 * watched (the reading view, the style manager, the library) and there is nothing to save.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-preferences-window"

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "cmq-preferences-window.h"

struct _CmqPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GtkSpinButton *text_size_spin;
  GtkAdjustment *text_size_adjustment;
  AdwComboRow *font_row;
  AdwComboRow *width_row;
  AdwComboRow *scheme_row;
  AdwComboRow *citation_row;
  GtkSwitch *samples_switch;
  GtkSwitch *print_notes_switch;
  GtkSwitch *numbers_switch;
  GtkWidget *library_group;

  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (CmqPreferencesWindow, cmq_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The settings values, in the order of the combo rows' items. */
static const char *const font_choices[] = { "serif", "sans", NULL };
static const char *const width_choices[] = { "narrow", "medium", "wide", NULL };
static const char *const scheme_choices[] = { "default", "light", "dark", "sepia", NULL };
static const char *const citation_choices[] = { "author-date-en", "note-en", "author-date-fr",
                                                "note-fr", NULL };

static gboolean
choice_to_position_cb (GValue *value, GVariant *variant, gpointer user_data)
{
  const char *const *choices = user_data;
  const char *choice = g_variant_get_string (variant, NULL);

  for (guint i = 0; choices[i] != NULL; i++)
    if (g_str_equal (choices[i], choice))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
position_to_choice_cb (const GValue *value, const GVariantType *type, gpointer user_data)
{
  const char *const *choices = user_data;
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length ((char **) choices))
    return NULL;
  return g_variant_new_string (choices[position]);
}

static gboolean
int_to_double_cb (GValue *value, GVariant *variant, gpointer user_data)
{
  g_value_set_double (value, g_variant_get_int32 (variant));
  return TRUE;
}

static GVariant *
double_to_int_cb (const GValue *value, const GVariantType *type, gpointer user_data)
{
  return g_variant_new_int32 ((gint32) (g_value_get_double (value) + 0.5));
}

/* The text size reads "120 %"; typing "120" or "120 %" both work. */
static gboolean
text_size_output_cb (GtkSpinButton *spin, gpointer user_data)
{
  /* Translators: a text size in percent, e.g. "120 %" */
  g_autofree char *text = g_strdup_printf (_("%d %%"), (int) gtk_spin_button_get_value (spin));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static int
text_size_input_cb (GtkSpinButton *spin, double *new_value, gpointer user_data)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  char *end = NULL;
  double value = g_ascii_strtod (text, &end);

  if (end == text)
    return GTK_INPUT_ERROR;
  while (*end == ' ' || g_str_has_prefix (end, "\u00a0") || g_str_has_prefix (end, "\u202f"))
    end = g_utf8_next_char (end);
  if (*end != '\0' && !g_str_equal (end, "%"))
    return GTK_INPUT_ERROR;
  *new_value = value;
  return TRUE;
}

static void
bind_choice (CmqPreferencesWindow *self, const char *key, AdwComboRow *row,
             const char *const *choices)
{
  g_settings_bind_with_mapping (self->settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                choice_to_position_cb, position_to_choice_cb, (gpointer) choices,
                                NULL);
}

static void
cmq_preferences_window_dispose (GObject *object)
{
  CmqPreferencesWindow *self = CMQ_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CMQ_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (cmq_preferences_window_parent_class)->dispose (object);
}

static void
cmq_preferences_window_class_init (CmqPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cmq_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/cmq-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CmqPreferencesWindow, text_size_spin);
  gtk_widget_class_bind_template_child (widget_class, CmqPreferencesWindow, text_size_adjustment);
  gtk_widget_class_bind_template_child (widget_class, CmqPreferencesWindow, font_row);
  gtk_widget_class_bind_template_child (widget_class, CmqPreferencesWindow, width_row);
  gtk_widget_class_bind_template_child (widget_class, CmqPreferencesWindow, scheme_row);
  gtk_widget_class_bind_template_child (widget_class, CmqPreferencesWindow, citation_row);
  gtk_widget_class_bind_template_child (widget_class, CmqPreferencesWindow, samples_switch);
  gtk_widget_class_bind_template_child (widget_class, CmqPreferencesWindow, print_notes_switch);
  gtk_widget_class_bind_template_child (widget_class, CmqPreferencesWindow, numbers_switch);
  gtk_widget_class_bind_template_child (widget_class, CmqPreferencesWindow, library_group);
  gtk_widget_class_bind_template_callback (widget_class, text_size_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, text_size_input_cb);
}

static void
cmq_preferences_window_init (CmqPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (SCHEMA_ID);
  g_settings_bind_with_mapping (self->settings, "text-size", self->text_size_adjustment, "value",
                                G_SETTINGS_BIND_DEFAULT, int_to_double_cb, double_to_int_cb, NULL,
                                NULL);
  bind_choice (self, "font-style", self->font_row, font_choices);
  bind_choice (self, "line-width", self->width_row, width_choices);
  bind_choice (self, "color-scheme", self->scheme_row, scheme_choices);
  bind_choice (self, "citation-style", self->citation_row, citation_choices);
  g_settings_bind (self->settings, "show-samples", self->samples_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "print-notes", self->print_notes_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "paragraph-numbers", self->numbers_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
}

GtkWidget *
cmq_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (CMQ_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
}

void
cmq_preferences_window_hide_samples (CmqPreferencesWindow *self)
{
  g_return_if_fail (CMQ_IS_PREFERENCES_WINDOW (self));
  gtk_widget_set_visible (self->library_group, FALSE);
}

GtkWidget *
cmq_preferences_window_get_control (CmqPreferencesWindow *self, const char *key)
{
  g_return_val_if_fail (CMQ_IS_PREFERENCES_WINDOW (self), NULL);

  if (g_str_equal (key, "text-size"))
    return GTK_WIDGET (self->text_size_spin);
  if (g_str_equal (key, "font-style"))
    return GTK_WIDGET (self->font_row);
  if (g_str_equal (key, "line-width"))
    return GTK_WIDGET (self->width_row);
  if (g_str_equal (key, "color-scheme"))
    return GTK_WIDGET (self->scheme_row);
  if (g_str_equal (key, "citation-style"))
    return GTK_WIDGET (self->citation_row);
  if (g_str_equal (key, "show-samples"))
    return GTK_WIDGET (self->samples_switch);
  if (g_str_equal (key, "print-notes"))
    return GTK_WIDGET (self->print_notes_switch);
  if (g_str_equal (key, "paragraph-numbers"))
    return GTK_WIDGET (self->numbers_switch);
  return NULL;
}
