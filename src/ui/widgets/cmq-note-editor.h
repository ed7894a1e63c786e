/* cmq-note-editor.h: the note of the selected release.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cmq-release.h"
#include "cmq-store.h"

G_BEGIN_DECLS

#define CMQ_TYPE_NOTE_EDITOR (cmq_note_editor_get_type ())
G_DECLARE_FINAL_TYPE (CmqNoteEditor, cmq_note_editor, CMQ, NOTE_EDITOR, GtkWidget)

GtkWidget *cmq_note_editor_new (void);
void cmq_note_editor_set_store (CmqNoteEditor *self, CmqStore *store);
/* @release nullable. The text typed so far is already in the store: switching loses nothing. */
void cmq_note_editor_set_release (CmqNoteEditor *self, CmqRelease *release);
CmqRelease *cmq_note_editor_get_release (CmqNoteEditor *self);
GtkTextView *cmq_note_editor_get_text_view (CmqNoteEditor *self);
/* What the quiet indicator says: "", "Saved" or "Not saved". */
const char *cmq_note_editor_get_status (CmqNoteEditor *self);

G_END_DECLS
