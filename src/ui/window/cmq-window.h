/* cmq-window.h: the main window: the release list with its search, and the reading view.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cmq-context.h"

G_BEGIN_DECLS

#define CMQ_TYPE_WINDOW (cmq_window_get_type ())
G_DECLARE_FINAL_TYPE (CmqWindow, cmq_window, CMQ, WINDOW, AdwApplicationWindow)

/* @context: the library (its folders, and where imports go), its index and the store of
 * favourites and notes, kept in step by the context (the application's). @app may be NULL
 * (tests). */
CmqWindow *cmq_window_new (GtkApplication *app, CmqContext *context);
/* Copies @files (release files or folders of them) into the library folder, shows the first
 * and reports what was imported, already there or skipped. */
void cmq_window_import_files (CmqWindow *self, GFile **files, guint n_files);
/* What went wrong loading the context's store, shown in the window. */
void cmq_window_show_store_error (CmqWindow *self, const GError *load_error);

G_END_DECLS
