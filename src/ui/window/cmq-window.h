/* cmq-window.h: the main window: the release list with its search, and the reading view.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cmq-index.h"
#include "cmq-library.h"
#include "cmq-store.h"

G_BEGIN_DECLS

#define CMQ_TYPE_WINDOW (cmq_window_get_type ())
G_DECLARE_FINAL_TYPE (CmqWindow, cmq_window, CMQ, WINDOW, AdwApplicationWindow)

/* @library: its folders, watched, and where imports go; @index: its releases, kept up to date by
 * the application (both are the application's). @app may be NULL (tests). */
CmqWindow *cmq_window_new (GtkApplication *app, CmqLibrary *library, CmqIndex *index);
/* Copies @files (release files or folders of them) into the library folder, shows the first
 * and reports what was imported, already there or skipped. */
void cmq_window_import_files (CmqWindow *self, GFile **files, guint n_files);
/* Favourites and notes (cmq-window-notes.c). @store nullable; @load_error is what went wrong
 * loading it, shown in the window. Set it before the window is shown. */
void cmq_window_set_store (CmqWindow *self, CmqStore *store, const GError *load_error);

G_END_DECLS
