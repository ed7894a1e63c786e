/* cmq-timeline.h: the timeline above the release list: a bar per year (or month) of the
 * current search's releases, a click on one narrows the search to that period.
 *
 * It shows a CmqSearchTimeline and hides itself while the result has fewer than two periods
 * (nothing to compare, and no room taken from the list). Each bar has a tooltip ("2019: 42
 * releases"); with the keyboard, Left and Right move between bars (each one announced as the
 * slider's value) and Enter narrows the search to the focused one.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cmq-search-timeline.h"

G_BEGIN_DECLS

#define CMQ_TYPE_TIMELINE (cmq_timeline_get_type ())
G_DECLARE_FINAL_TYPE (CmqTimeline, cmq_timeline, CMQ, TIMELINE, GtkWidget)

void cmq_timeline_set_model (CmqTimeline *self, CmqSearchTimeline *model);
CmqSearchTimeline *cmq_timeline_get_model (CmqTimeline *self);
/* The bar that the keyboard and the accessible value are on. */
guint cmq_timeline_get_focus_period (CmqTimeline *self);
/* "2019: 42 releases", for the tooltip and the accessible value of bar @i. */
char *cmq_timeline_dup_period_text (CmqTimeline *self, guint i);

/* Signals:
 * "period-activated" (guint i): bar @i was clicked, or activated with the keyboard or the
 *   "timeline.activate" action (parameter "u", the bar): narrow the search to its period. */

G_END_DECLS
