/* cmq-window.h: the main window: the release list with its search, and the reading view.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cmq-index.h"
#include "cmq-store.h"

G_BEGIN_DECLS

#define CMQ_TYPE_WINDOW (cmq_window_get_type ())
G_DECLARE_FINAL_TYPE (CmqWindow, cmq_window, CMQ, WINDOW, AdwApplicationWindow)

/* @index: the library's, owned by the application, which keeps it up to date. @app may be NULL
 * (tests). */
CmqWindow *cmq_window_new (GtkApplication *app, CmqIndex *index);
/* Favourites and notes (cmq-window-notes.c). @store nullable; @load_error is what went wrong
 * loading it, shown in the window. Set it before the window is shown. */
void cmq_window_set_store (CmqWindow *self, CmqStore *store, const GError *load_error);

G_END_DECLS
