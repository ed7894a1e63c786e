/* cmq-window-adaptive.c: one pane at a time in a narrow window, and the sidebar's width.
 *
 * The list and the reader are the pages of an AdwLeaflet (libadwaita 1.2 has no split view nor
 * breakpoints). The leaflet folds when its pages no longer fit at their minimum widths, so the
 * reader's minimum width is set to what leaves FOLD_WIDTH for the two: below it, the window
 * shows the list, selecting a release goes on to the reader, and the reader's back button (or
 * Alt+Left, a swipe) returns. Side by side, the sidebar keeps the width it was dragged to (the
 * handle between the panes; the "sidebar-width" setting); folded, it takes the whole window.
 *
 * The main menu is in the sidebar's header; where that is not shown (folded on the reader's
 * page, or the sidebar hidden with F9) the reader's header has it. Both buttons show the one
 * menu of cmq-window-menu.ui.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-window-adaptive"

#include "config.h"

#include "cmq-window-private.h"

/* Below this width the window shows one pane at a time. */
#define FOLD_WIDTH 700
/* The sidebar's width side by side: within these bounds, so that the reader keeps some. */
#define SIDEBAR_MIN_WIDTH 260
#define SIDEBAR_MAX_WIDTH 420
/* A narrow window's reader is never narrower than this. */
#define READER_MIN_WIDTH 320

static int
sidebar_width (CmqWindow *self)
{
  return CLAMP (g_settings_get_int (self->settings, "sidebar-width"), SIDEBAR_MIN_WIDTH,
                SIDEBAR_MAX_WIDTH);
}

static void
update_widths (CmqWindow *self)
{
  int width = sidebar_width (self);

  self->sidebar_width = width;
  gtk_widget_set_size_request (self->sidebar, width, -1);
  gtk_widget_queue_resize (GTK_WIDGET (self->sidebar_bin));
  gtk_widget_set_size_request (self->content_box, MAX (READER_MIN_WIDTH, FOLD_WIDTH - width - 1),
                               -1);
}

static gboolean
sidebar_shown (CmqWindow *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->sidebar_bin));
}

static void
update_chrome (CmqWindow *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  gtk_widget_set_visible (self->back_button, folded);
  gtk_widget_set_visible (self->content_menu_button, folded || !sidebar_shown (self));
  /* Each page is the whole window when folded: it shows the window's buttons. */
  adw_header_bar_set_show_end_title_buttons (self->sidebar_header, folded);
  adw_header_bar_set_show_start_title_buttons (self->content_header, folded);
}

static void
folded_changed_cb (CmqWindow *self)
{
  /* Narrowed while a release is read: it stays in view. */
  if (adw_leaflet_get_folded (self->leaflet) && self->selected_id != NULL)
    adw_leaflet_set_visible_child (self->leaflet, self->content_box);
  update_chrome (self);
}

static void
sidebar_width_changed_cb (CmqWindow *self)
{
  update_widths (self);
}

/* Dragging the handle between the panes sets the sidebar's width. */
static void
handle_drag_begin_cb (GtkGestureDrag *gesture, double x, double y, CmqWindow *self)
{
  self->drag_start_width = sidebar_width (self);
}

static void
handle_drag_update_cb (GtkGestureDrag *gesture, double dx, double dy, CmqWindow *self)
{
  int width = self->drag_start_width +
              (int) (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? -dx : dx);

  g_settings_set_int (self->settings, "sidebar-width",
                      CLAMP (width, SIDEBAR_MIN_WIDTH, SIDEBAR_MAX_WIDTH));
}

/* The sidebar's natural width is the width it was given, whatever its rows would like: side by
 * side, the leaflet gives it that and the rest to the reader. Folded, it fills the window. */
static void
sidebar_measure (GtkWidget *bin, GtkOrientation orientation, int for_size, int *minimum,
                 int *natural, int *minimum_baseline, int *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (bin));
  CmqWindow *self = CMQ_WINDOW (gtk_widget_get_ancestor (bin, CMQ_TYPE_WINDOW));

  gtk_widget_measure (child, orientation, for_size, minimum, natural, minimum_baseline,
                      natural_baseline);
  if (orientation == GTK_ORIENTATION_HORIZONTAL && self != NULL)
    *natural = MAX (*minimum, self->sidebar_width);
}

static void
sidebar_allocate (GtkWidget *bin, int width, int height, int baseline)
{
  gtk_widget_allocate (adw_bin_get_child (ADW_BIN (bin)), width, height, baseline, NULL);
}

gboolean
_cmq_window_is_folded (CmqWindow *self)
{
  return adw_leaflet_get_folded (self->leaflet);
}

void
_cmq_window_show_reader (CmqWindow *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
}

void
_cmq_window_show_list (CmqWindow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->sidebar_bin), TRUE);
  gtk_widget_set_visible (self->sidebar_handle, TRUE);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->sidebar_bin));
  update_chrome (self);
}

/* F9: folded, from one page to the other; side by side, the list shown or hidden. */
void
_cmq_window_toggle_sidebar (CmqWindow *self)
{
  if (adw_leaflet_get_folded (self->leaflet))
    {
      if (adw_leaflet_get_visible_child (self->leaflet) == self->content_box)
        _cmq_window_show_list (self);
      else
        _cmq_window_show_reader (self);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->sidebar_bin), !sidebar_shown (self));
  gtk_widget_set_visible (self->sidebar_handle, sidebar_shown (self));
  update_chrome (self);
}

void
_cmq_window_adaptive_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, sidebar_bin);
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, sidebar_handle);
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, sidebar_header);
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, sidebar_menu_button);
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, content_header);
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, CmqWindow, content_menu_button);
}

void
_cmq_window_adaptive_init (CmqWindow *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  g_autoptr (GtkBuilder) builder =
      gtk_builder_new_from_resource (RESOURCE_BASE "/ui/cmq-window-menu.ui");
  GMenuModel *menu = G_MENU_MODEL (gtk_builder_get_object (builder, "primary_menu"));

  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->sidebar_menu_button), menu);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->content_menu_button), menu);

  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (folded_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::sidebar-width",
                           G_CALLBACK (sidebar_width_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (handle_drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (handle_drag_update_cb), self);
  gtk_widget_add_controller (self->sidebar_handle, GTK_EVENT_CONTROLLER (drag));
  gtk_widget_set_cursor_from_name (self->sidebar_handle, "col-resize");
  gtk_widget_set_layout_manager (GTK_WIDGET (self->sidebar_bin),
                                 gtk_custom_layout_new (NULL, sidebar_measure, sidebar_allocate));
  update_widths (self);
  update_chrome (self);
}
