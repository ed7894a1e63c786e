/* cmq-compare-window.c: a window showing how the wording changed between two releases, or a
 * phrase across the years.
 *
 * The page is cmq-html-compare.c's, in its own locked-down reader view; the labels of the
 * changes are the page's hits, so the reader's hit stepping is the step from change to change.
 * A window of its own keeps the main window's reading place, and several comparisons can stay
 * open side by side.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-compare-window"

#include <glib/gi18n.h>

#include "cmq-compare-window.h"
#include "cmq-compare.h"
#include "cmq-reading-style.h"

struct _CmqCompareWindow
{
  AdwWindow parent_instance;

  AdwWindowTitle *window_title;
  GtkLabel *position_label;
  GtkWidget *previous_button;
  GtkWidget *next_button;
  GtkToggleButton *variants_button;
  CmqReaderView *reader_view;

  GSettings *settings;
  char *position;
  gboolean tracing; /* a phrase across the years rather than two releases */
};

G_DEFINE_FINAL_TYPE (CmqCompareWindow, cmq_compare_window, ADW_TYPE_WINDOW)

static void
apply_settings (CmqCompareWindow *self)
{
  /* As the main window's reader: following the system, the page takes the window's look. */
  g_autofree char *page_class = cmq_reading_style_page_class (
      self->settings, adw_style_manager_get_dark (adw_style_manager_get_default ()));

  cmq_reader_view_set_page_class (self->reader_view, page_class);
  webkit_web_view_set_zoom_level (cmq_reader_view_get_web_view (self->reader_view),
                                  g_settings_get_int (self->settings, "text-size") / 100.0);
}

static void
update_position (CmqCompareWindow *self)
{
  guint n = cmq_reader_view_get_n_hits (self->reader_view);
  guint current = cmq_reader_view_get_current_hit (self->reader_view);

  g_free (self->position);
  if (current == 0)
    self->position = g_strdup ("");
  else if (self->tracing)
    /* Translators: which use of a traced phrase is shown, "2 of 7 uses" */
    self->position = g_strdup_printf (ngettext ("%u of %u use", "%u of %u uses", n), current, n);
  else
    /* Translators: which change of the compare view is shown, "2 of 7 changes" */
    self->position =
        g_strdup_printf (ngettext ("%u of %u change", "%u of %u changes", n), current, n);
  gtk_label_set_label (self->position_label, self->position);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.next-change", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.previous-change", n > 0);
}

static void
step_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  CmqCompareWindow *self = CMQ_COMPARE_WINDOW (widget);

  cmq_reader_view_step_hit (self->reader_view,
                            g_str_equal (action_name, "compare.previous-change"));
}

static void
variants_toggled_cb (GtkToggleButton *button, CmqCompareWindow *self)
{
  cmq_reader_view_set_show_variants (self->reader_view, gtk_toggle_button_get_active (button));
}

static void
cmq_compare_window_dispose (GObject *object)
{
  CmqCompareWindow *self = CMQ_COMPARE_WINDOW (object);

  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), CMQ_TYPE_COMPARE_WINDOW);

  G_OBJECT_CLASS (cmq_compare_window_parent_class)->dispose (object);
}

static void
cmq_compare_window_finalize (GObject *object)
{
  CmqCompareWindow *self = CMQ_COMPARE_WINDOW (object);

  g_free (self->position);

  G_OBJECT_CLASS (cmq_compare_window_parent_class)->finalize (object);
}

static void
cmq_compare_window_class_init (CmqCompareWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cmq_compare_window_dispose;
  object_class->finalize = cmq_compare_window_finalize;

  g_type_ensure (CMQ_TYPE_READER_VIEW);
  gtk_widget_class_set_template_from_resource (
      widget_class, "/io/github/communique/Communique/ui/cmq-compare-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CmqCompareWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CmqCompareWindow, position_label);
  gtk_widget_class_bind_template_child (widget_class, CmqCompareWindow, previous_button);
  gtk_widget_class_bind_template_child (widget_class, CmqCompareWindow, next_button);
  gtk_widget_class_bind_template_child (widget_class, CmqCompareWindow, variants_button);
  gtk_widget_class_bind_template_child (widget_class, CmqCompareWindow, reader_view);

  gtk_widget_class_install_action (widget_class, "compare.next-change", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "compare.previous-change", NULL, step_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK,
                                       "compare.next-change", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "compare.previous-change", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_G, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "compare.previous-change", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

/* Alt+Down and Alt+Up are WebKit's first when the page has the focus (as it has once clicked):
 * the window takes them before the page does. Ctrl+G and Shift+Ctrl+G reach the window's own
 * bindings. */
static void
add_change_keys (CmqCompareWindow *self)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (keys),
      gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Down, GDK_ALT_MASK),
                        gtk_named_action_new ("compare.next-change")));
  gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (keys),
      gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Up, GDK_ALT_MASK),
                        gtk_named_action_new ("compare.previous-change")));
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

static void
cmq_compare_window_init (CmqCompareWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_change_keys (self);
  g_signal_connect_object (self->reader_view, "notify::n-hits", G_CALLBACK (update_position), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reader_view, "notify::current-hit", G_CALLBACK (update_position),
                           self, G_CONNECT_SWAPPED);
  update_position (self);
}

static CmqCompareWindow *
make_window (GtkWindow *parent, GSettings *settings)
{
  CmqCompareWindow *self = g_object_new (CMQ_TYPE_COMPARE_WINDOW, "transient-for", parent, NULL);

  if (parent != NULL)
    gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
  self->settings = g_object_ref (settings);
  g_signal_connect_object (settings, "changed", G_CALLBACK (apply_settings), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (apply_settings), self, G_CONNECT_SWAPPED);
  apply_settings (self);
  return self;
}

CmqCompareWindow *
cmq_compare_window_new (GtkWindow *parent, GSettings *settings, CmqRelease *a, CmqRelease *b)
{
  CmqCompareWindow *self;
  g_autoptr (CmqComparison) cmp = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (CMQ_IS_RELEASE (a) && CMQ_IS_RELEASE (b), NULL);

  self = make_window (parent, settings);
  cmp = cmq_comparison_new (cmq_release_get_paragraphs (a), cmq_release_get_paragraphs (b));
  summary = cmq_comparison_summary (cmp);
  adw_window_title_set_subtitle (self->window_title, summary);
  cmq_reader_view_show_comparison (self->reader_view, a, b);
  return self;
}

CmqCompareWindow *
cmq_compare_window_new_for_trace (GtkWindow *parent, GSettings *settings, CmqTrace *trace)
{
  CmqCompareWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (trace != NULL, NULL);

  self = make_window (parent, settings);
  self->tracing = TRUE;
  gtk_window_set_title (GTK_WINDOW (self), _("Trace"));
  adw_window_title_set_title (self->window_title, _("Trace"));
  adw_window_title_set_subtitle (self->window_title, trace->phrase);
  gtk_widget_set_tooltip_text (self->previous_button, _("Previous Use"));
  gtk_widget_set_tooltip_text (self->next_button, _("Next Use"));
  /* The near variants, when they were looked for and could be (a phrase of two words or more
   * has candidates). */
  gtk_widget_set_visible (GTK_WIDGET (self->variants_button),
                          trace->variants != NULL && trace->n_variant_candidates > 0);
  g_signal_connect_object (self->variants_button, "toggled", G_CALLBACK (variants_toggled_cb), self,
                           0);
  cmq_reader_view_show_trace (self->reader_view, trace);
  return self;
}

CmqReaderView *
cmq_compare_window_get_reader_view (CmqCompareWindow *self)
{
  g_return_val_if_fail (CMQ_IS_COMPARE_WINDOW (self), NULL);
  return self->reader_view;
}

const char *
cmq_compare_window_get_position (CmqCompareWindow *self)
{
  g_return_val_if_fail (CMQ_IS_COMPARE_WINDOW (self), NULL);
  return self->position;
}
