/* cmq-notes-window.h: where the notes are kept, and the notes whose release is gone.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cmq-reader-view.h"
#include "cmq-store.h"

G_BEGIN_DECLS

#define CMQ_TYPE_NOTES_WINDOW (cmq_notes_window_get_type ())
G_DECLARE_FINAL_TYPE (CmqNotesWindow, cmq_notes_window, CMQ, NOTES_WINDOW, AdwPreferencesWindow)

/* @known_ids: the ids of every release of the library (a set of strings). @reader (nullable):
 * the reader whose release and selection detached highlights can be re-attached to. */
GtkWidget *cmq_notes_window_new (CmqStore *store, GHashTable *known_ids, CmqReaderView *reader);
/* For tests: how many detached highlights it lists, and the button @name ("attach-to-match",
 * "attach-to-selection", "delete") of the @index-th, or NULL; the question a deletion asks. */
guint cmq_notes_window_get_n_detached (CmqNotesWindow *self);
GtkButton *cmq_notes_window_get_detached_button (CmqNotesWindow *self, guint index,
                                                 const char *name);
AdwMessageDialog *cmq_notes_window_get_confirmation (CmqNotesWindow *self);
/* How many orphans it lists (for tests). */
guint cmq_notes_window_get_n_orphans (CmqNotesWindow *self);
/* Opens the folder of the store's file in the file manager. */
gboolean cmq_notes_window_open_folder (GtkWidget *parent, CmqStore *store, GError **error);

G_END_DECLS
