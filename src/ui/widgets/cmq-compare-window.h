/* cmq-compare-window.h: a window showing how the wording changed between two releases, or a
 * phrase across the years.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cmq-reader-view.h"
#include "cmq-release.h"

G_BEGIN_DECLS

#define CMQ_TYPE_COMPARE_WINDOW (cmq_compare_window_get_type ())
G_DECLARE_FINAL_TYPE (CmqCompareWindow, cmq_compare_window, CMQ, COMPARE_WINDOW, AdwWindow)

/* The compare view of @a (the first, usually the earlier) and @b, read with the reader's look
 * from @settings (text size, typeface, width, colours). Not shown yet. */
CmqCompareWindow *cmq_compare_window_new (GtkWindow *parent, GSettings *settings, CmqRelease *a,
                                          CmqRelease *b);
/* A phrase across the years (takes @trace): its chart and its uses, stepped through as changes
 * are. */
CmqCompareWindow *cmq_compare_window_new_for_trace (GtkWindow *parent, GSettings *settings,
                                                    CmqTrace *trace);
CmqReaderView *cmq_compare_window_get_reader_view (CmqCompareWindow *self);
/* "2 of 7 changes", or "" before the first step. */
const char *cmq_compare_window_get_position (CmqCompareWindow *self);

G_END_DECLS
