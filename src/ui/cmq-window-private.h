/* cmq-window-private.h: the window's parts, for its own files and for the UI tests.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-banner.h"
#include "cmq-hit-bar.h"
#include "cmq-list-filter.h"
#include "cmq-note-editor.h"
#include "cmq-reader-view.h"
#include "cmq-release-row.h"
#include "cmq-search.h"
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

/* NULL before anything was typed */
CmqSearchQuery *cmq_window_get_query (CmqWindow *self);
/* Runs the list's filter again and updates the content to match. */
void cmq_window_refilter (CmqWindow *self);
/* Builds the list's rows again, for what they show that is not in the model (the store). */
void cmq_window_rebind_rows (CmqWindow *self);

/* cmq-window-notes.c: favourites and notes. */
typedef struct _CmqWindowNotes CmqWindowNotes;

CmqWindowNotes *_cmq_window_get_notes (CmqWindow *self);
void _cmq_window_notes_class_init (GtkWidgetClass *widget_class);
CmqWindowNotes *_cmq_window_notes_new (CmqWindow *window);
void _cmq_window_notes_free (CmqWindowNotes *notes);
/* The filter: a release being edited stays listed; then the mode; then the search, which also
 * looks in notes. */
gboolean _cmq_window_notes_keeps (CmqWindow *self, CmqRelease *release);
gboolean _cmq_window_notes_mode_accepts (CmqWindow *self, CmqRelease *release);
gboolean _cmq_window_notes_note_matches (CmqWindow *self, CmqRelease *release,
                                         CmqSearchQuery *query);
CmqListFilterMode _cmq_window_notes_get_mode (CmqWindow *self);
void _cmq_window_notes_search_changed (CmqWindow *self);
void _cmq_window_notes_selection_changed (CmqWindow *self);
void _cmq_window_notes_bind_row (CmqWindow *self, CmqReleaseRow *row);
/* Sets up @page for an empty Favourites or Notes list; FALSE for the plain search. */
gboolean _cmq_window_notes_describe_empty (CmqWindow *self, AdwStatusPage *page);
/* TRUE to keep the window open because notes could not be saved. */
gboolean _cmq_window_notes_close_request (CmqWindow *self);

CmqStore *cmq_window_get_store (CmqWindow *self);
CmqNoteEditor *cmq_window_get_note_editor (CmqWindow *self);
CmqListFilter *cmq_window_get_list_filter (CmqWindow *self);
CmqBanner *cmq_window_get_store_banner (CmqWindow *self);
CmqBanner *cmq_window_get_save_banner (CmqWindow *self);
GtkToggleButton *cmq_window_get_favourite_button (CmqWindow *self);
/* What Export Notes… and Import Notes… do with the chosen file; the message they show. */
char *cmq_window_export_notes_to (CmqWindow *self, GFile *file, gboolean json);
char *cmq_window_import_notes_from (CmqWindow *self, GFile *file);

G_END_DECLS
