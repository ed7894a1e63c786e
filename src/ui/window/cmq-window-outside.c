/* cmq-window-outside.c: the release being read when a search or a filter leaves it out of the
 * list: it stays open, with a banner whose "Show in List" brings it back; and when no release is
 * shown at all ("No releases match", "No Release Selected"), nothing about one is offered.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-window-outside"

#include "config.h"

#include <glib/gi18n.h>

#include "cmq-window-private.h"

/* The release being read is marked when the list leaves it out (a search, a filter), once the
 * list holds the whole result: the first screen of a result may not have it yet. */
void
_cmq_window_show_outside (CmqWindow *self)
{
  CmqSearchModel *model = _cmq_window_search_get_model (self);
  gboolean outside = self->open != NULL &&
                     gtk_single_selection_get_selected_item (self->selection) == NULL &&
                     g_list_model_get_n_items (G_LIST_MODEL (self->hit_list)) > 0;

  if (!outside)
    {
      cmq_banner_hide (self->outside_banner);
      self->outside_marked = FALSE;
      return;
    }
  /* Not from a first screen, which may lack it; once each time it leaves the list, so that a
   * closed banner stays closed while the search runs again. */
  if (!cmq_search_model_is_complete (model) || self->outside_marked)
    return;
  self->outside_marked = TRUE;
  /* Translators: a banner above a release that the search or the filter left out of the list;
   * the button clears them and selects the release in the list */
  cmq_banner_show (self->outside_banner, _("This release is not in the list"), _("Show in List"));
}

/* "Show in List": the search and the filter are cleared, the release selected and shown. */
void
_cmq_window_outside_clicked_cb (CmqBanner *banner, CmqWindow *self)
{
  if (self->open == NULL)
    return;
  _cmq_window_search_select (self, NULL, cmq_release_get_id (self->open));
  /* One pane at a time: the list, where the release is now shown. */
  if (_cmq_window_is_folded (self))
    _cmq_window_show_list (self);
}

gboolean
_cmq_window_shows_release (CmqWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "reader") == 0;
}

/* A release kept open while a search shows "No releases match" is not on screen: its star, its
 * buttons and the keys that would act on it (Ctrl+D, Print…) wait until it is shown again. */
void
_cmq_window_sync_release_actions (CmqWindow *self)
{
  static const char *const actions[] = {
    "win.print",
    "win.highlight",
    "win.copy-citation",
    "win.copy-with-citation",
    "win.passage-note",
    "win.passage-popover",
    NULL,
  };
  gboolean shown = _cmq_window_shows_release (self);

  gtk_widget_set_visible (self->release_box, shown);
  for (guint i = 0; actions[i] != NULL; i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compare-with",
                                 shown && cmq_reader_view_get_release (self->reader_view) != NULL);
  _cmq_window_notes_sync_header (self);
}
