/* cmq-window-private.h: the window's parts, for its own files and for the UI tests.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-hit-bar.h"
#include "cmq-reader-view.h"
#include "cmq-window.h"

G_BEGIN_DECLS

GtkEditable *cmq_window_get_search_entry (CmqWindow *self);
GtkSingleSelection *cmq_window_get_selection (CmqWindow *self);
GtkLabel *cmq_window_get_status_label (CmqWindow *self);
CmqReaderView *cmq_window_get_reader_view (CmqWindow *self);
/* "empty", "no-match" or "reader" */
const char *cmq_window_get_visible_page (CmqWindow *self);
AdwStatusPage *cmq_window_get_no_match_page (CmqWindow *self);
CmqHitBar *cmq_window_get_hit_bar (CmqWindow *self);

G_END_DECLS
