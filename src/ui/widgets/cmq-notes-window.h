/* cmq-notes-window.h: where the notes are kept, and the notes whose release is gone.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cmq-store.h"

G_BEGIN_DECLS

#define CMQ_TYPE_NOTES_WINDOW (cmq_notes_window_get_type ())
G_DECLARE_FINAL_TYPE (CmqNotesWindow, cmq_notes_window, CMQ, NOTES_WINDOW, AdwPreferencesWindow)

/* @known_ids: the ids of every release of the library (a set of strings). */
GtkWidget *cmq_notes_window_new (CmqStore *store, GHashTable *known_ids);
/* How many orphans it lists (for tests). */
guint cmq_notes_window_get_n_orphans (CmqNotesWindow *self);
/* Opens the folder of the store's file in the file manager. */
gboolean cmq_notes_window_open_folder (GtkWidget *parent, CmqStore *store, GError **error);

G_END_DECLS
