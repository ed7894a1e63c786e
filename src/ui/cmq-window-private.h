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
/* "empty", "no-releases", "no-match" or "reader" */
const char *cmq_window_get_visible_page (CmqWindow *self);
AdwStatusPage *cmq_window_get_no_match_page (CmqWindow *self);
CmqHitBar *cmq_window_get_hit_bar (CmqWindow *self);
CmqLibrary *cmq_window_get_library (CmqWindow *self);
GSettings *cmq_window_get_settings (CmqWindow *self);

/* cmq-window-import.c: the Import actions, dropped files */
void cmq_window_import_class_init (GtkWidgetClass *widget_class);
void cmq_window_import_init (CmqWindow *self);

/* cmq-window-actions.c: text size and the reader's look, from the preferences */
void cmq_window_actions_class_init (GtkWidgetClass *widget_class);
void cmq_window_actions_init (CmqWindow *self);

G_END_DECLS
