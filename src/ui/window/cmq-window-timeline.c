/* cmq-window-timeline.c: the timeline above the release list, bound to the window's search.
 *
 * The counts come from a CmqSearchTimeline that follows the window's CmqSearchModel; a bar
 * activated puts the period's filter in the search entry (its year:, before: and after: words
 * replaced), so the narrowing is seen and undone by editing the text.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-window"

#include "cmq-window-private.h"

static void
period_activated_cb (CmqTimeline *timeline, guint i, CmqWindow *self)
{
  CmqSearchTimeline *model = cmq_timeline_get_model (timeline);
  GtkEditable *entry = cmq_window_get_search_entry (self);
  g_autofree char *text = NULL;

  if (model == NULL || i >= cmq_search_timeline_get_n_periods (model))
    return;
  text = cmq_search_timeline_narrow_text (gtk_editable_get_text (entry),
                                          cmq_search_timeline_get_period (model, i));
  gtk_editable_set_text (entry, text);
  gtk_editable_set_position (entry, -1);
}

void
_cmq_window_timeline_init (CmqWindow *self)
{
  g_autoptr (CmqSearchTimeline) model =
      cmq_search_timeline_new (cmq_window_get_context (self), _cmq_window_search_get_model (self));

  cmq_timeline_set_model (self->timeline, model);
  g_signal_connect_object (self->timeline, "period-activated", G_CALLBACK (period_activated_cb),
                           self, 0);
}

CmqTimeline *
cmq_window_get_timeline (CmqWindow *self)
{
  g_return_val_if_fail (CMQ_IS_WINDOW (self), NULL);
  return self->timeline;
}
