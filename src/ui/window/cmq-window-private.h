/* cmq-window-private.h: the window's struct and parts, for its own files and for the UI tests.
 *
 * The window is split by concern: cmq-window.c (the list, the content side, the object),
 * cmq-window-search.c (the search model bound to the entry, sort menu, filter and rows),
 * cmq-window-notes.c (favourites and notes), cmq-window-import.c (importing files) and
 * cmq-window-actions.c (every win.* action and its keys). Calls go one way: cmq-window.c and
 * cmq-window-actions.c call the others, which only read the struct and call the core.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-banner.h"
#include "cmq-cite-export.h"
#include "cmq-fixed-label.h"
#include "cmq-hit-bar.h"
#include "cmq-hit-list.h"
#include "cmq-index.h"
#include "cmq-list-filter.h"
#include "cmq-note-editor.h"
#include "cmq-passage-popover.h"
#include "cmq-reader-view.h"
#include "cmq-release-row.h"
#include "cmq-search-model.h"
#include "cmq-timeline.h"
#include "cmq-window.h"

G_BEGIN_DECLS

GtkEditable *cmq_window_get_search_entry (CmqWindow *self);
GtkSingleSelection *cmq_window_get_selection (CmqWindow *self);
CmqFixedLabel *cmq_window_get_status_label (CmqWindow *self);
/* Shown while the library is indexed, with its words ("Indexing 4,210 of 100,000 releases"). */
GtkProgressBar *cmq_window_get_index_progress (CmqWindow *self);
CmqReaderView *cmq_window_get_reader_view (CmqWindow *self);
/* "empty", "no-releases", "no-match" or "reader" */
const char *cmq_window_get_visible_page (CmqWindow *self);
AdwStatusPage *cmq_window_get_no_match_page (CmqWindow *self);
/* The no-match page's title: "No releases match “…”", "No Favourites"… */
const char *cmq_window_get_no_match_title (CmqWindow *self);
CmqHitBar *cmq_window_get_hit_bar (CmqWindow *self);
CmqContext *cmq_window_get_context (CmqWindow *self);
/* The context's index in use. */
CmqIndex *cmq_window_get_index (CmqWindow *self);
CmqHitList *cmq_window_get_hit_list (CmqWindow *self);
GtkDropDown *cmq_window_get_sort_dropdown (CmqWindow *self);
CmqLibrary *cmq_window_get_library (CmqWindow *self);
GSettings *cmq_window_get_settings (CmqWindow *self);

/* cmq-window-import.c: the Import actions, dropped files */
void _cmq_window_import_init (CmqWindow *self);
void _cmq_window_import_action (GtkWidget *widget, const char *action_name, GVariant *parameter);

/* cmq-window-adaptive.c: one pane at a time below about 700 px; the sidebar's width. */
void _cmq_window_adaptive_class_init (GtkWidgetClass *widget_class);
void _cmq_window_adaptive_init (CmqWindow *self);
gboolean _cmq_window_is_folded (CmqWindow *self);
/* Folded: the reader's page; the list's page (which also shows a hidden sidebar again). */
void _cmq_window_show_reader (CmqWindow *self);
void _cmq_window_show_list (CmqWindow *self);
/* F9 */
void _cmq_window_toggle_sidebar (CmqWindow *self);

/* cmq-window-outside.c: the banner of the release being read when the list leaves it out */
void _cmq_window_show_outside (CmqWindow *self);
void _cmq_window_outside_clicked_cb (CmqBanner *banner, CmqWindow *self);
/* Whether the content shows a release (not "No releases match", "No Release Selected"…). */
gboolean _cmq_window_shows_release (CmqWindow *self);
/* The header's buttons and the keys about a release: there while one is shown only. */
void _cmq_window_sync_release_actions (CmqWindow *self);

/* cmq-window-actions.c: every win.* action and its keys; text size and the reader's look */
void _cmq_window_actions_class_init (GtkWidgetClass *widget_class);
void _cmq_window_actions_init (CmqWindow *self);

/* cmq-window-compare.c: Compare With…, Ctrl+click in the list, the compare window. */
void _cmq_window_compare_class_init (GtkWidgetClass *widget_class);
void _cmq_window_trace_action (GtkWidget *widget, const char *action_name, GVariant *parameter);
void _cmq_window_compare_with_action (GtkWidget *widget, const char *action_name,
                                      GVariant *parameter);
void _cmq_window_compare_init (CmqWindow *self, GtkWidget *list_view);
/* Opens the compare window of @a and @b, the earlier first. */
void _cmq_window_compare (CmqWindow *self, CmqRelease *a, CmqRelease *b);
/* The Compare With… dialog for the release being read; NULL when none is. */
GtkWindow *_cmq_window_compare_with (CmqWindow *self);
void _cmq_window_compare_suggest_async (CmqWindow *self, CmqRelease *release,
                                        GCancellable *cancellable, GAsyncReadyCallback callback,
                                        gpointer user_data);
GPtrArray *_cmq_window_compare_suggest_finish (GAsyncResult *result, GError **error);
/* What Ctrl+click on a row does: compares its release with the one being read (FALSE when none
 * is, or it is that one). */
gboolean _cmq_window_compare_with_row (CmqWindow *self, CmqRelease *clicked);
/* Opens the trace of @phrase through the years, once it is made (in a thread). */
void _cmq_window_trace (CmqWindow *self, const char *phrase);

/* cmq-window-similar.c: the Similar list under the reader. */
void _cmq_window_similar_class_init (GtkWidgetClass *widget_class);
void _cmq_window_similar_init (CmqWindow *self);
/* Cancels the search of the releases like the one shown, if it still runs. */
void _cmq_window_similar_stop (CmqWindow *self);
/* The expander of the list (hidden while there is none); its list box holds a row per release. */
GtkExpander *_cmq_window_get_similar (CmqWindow *self);
/* The id of the release the list was last looked for, or NULL. */
const char *_cmq_window_similar_get_shown_id (CmqWindow *self);
/* "1 June 2021 · 62% alike" */
char *_cmq_window_similar_subtitle (CmqRelease *release, double similarity);

/* NULL before anything was typed */
CmqQuery *cmq_window_get_query (CmqWindow *self);
/* TRUE from a keystroke (or any other reason to search again) until the list shows the whole
 * result and the status line says so. */
gboolean cmq_window_is_searching (CmqWindow *self);
/* The list changed: keeps the selection and the content in step with it. */
void _cmq_window_list_changed (CmqWindow *self);
/* Sets the status line again (progress of an update, counts). */
void _cmq_window_update_status (CmqWindow *self);
/* What the no-match page shows. */
void _cmq_window_describe_no_match (CmqWindow *self, const char *icon_name, const char *title,
                                    const char *description);

typedef struct _CmqWindowSearch CmqWindowSearch;
typedef struct _CmqWindowRows CmqWindowRows;
typedef struct _CmqWindowNotes CmqWindowNotes;

struct _CmqWindow
{
  AdwApplicationWindow parent_instance;

  AdwLeaflet *leaflet; /* the list and the reader, one at a time when narrow */
  AdwBin *sidebar_bin; /* the sidebar, at its width side by side */
  GtkWidget *sidebar;
  GtkWidget *sidebar_handle; /* between the panes: dragged, it sets the sidebar's width */
  AdwHeaderBar *sidebar_header;
  GtkWidget *sidebar_menu_button;
  GtkWidget *content_box;
  AdwHeaderBar *content_header;
  GtkWidget *back_button;         /* folded: to the list */
  GtkWidget *content_menu_button; /* the main menu where the sidebar's is not shown */
  int sidebar_width;              /* side by side */
  int drag_start_width;           /* of the sidebar, when the handle's drag began */
  GtkSearchEntry *search_entry;
  GtkListView *list_view;
  AdwBin *list_bin; /* the list's scrolled window, measured across once (cmq-window-rows.c) */
  CmqFixedLabel *status_label;
  GtkProgressBar *index_progress; /* while the library is indexed */
  GtkWidget *drop_hint;           /* shown while files are dragged over the window */
  GtkMenuButton *search_help_button;
  GtkGrid *search_help_grid; /* examples of the query language (column 0) and what they do */
  guint page_class_idle;     /* a burst of reading settings, applied to the page once */
  CmqBanner *index_banner;   /* the search index is not complete, or not where it should be */
  CmqBanner *outside_banner; /* the release being read is not in the list */
  AdwWindowTitle *content_title;
  GtkStack *content_stack;
  GtkWidget *release_box; /* the header's buttons about the release shown */
  AdwStatusPage *no_match_page;
  CmqFixedLabel *no_match_title; /* changes per key while nothing matches: a fixed size */
  GtkLabel *no_match_description;
  CmqReaderView *reader_view;
  CmqHitBar *hit_bar;
  CmqTimeline *timeline;
  GtkDropDown *sort_dropdown;

  GSettings *settings;
  CmqContext *context; /* the library, its index and the store */
  CmqHitList *hit_list;
  CmqWindowRows *rows; /* the list view's rows (cmq-window-rows.c) */
  GtkSingleSelection *selection;
  CmqWindowSearch *search;
  CmqWindowNotes *notes;

  gboolean list_changing;  /* the selection follows a new result, not a click */
  gboolean to_list;        /* Down from the search box selects: the list stays in view */
  gboolean to_first_hit;   /* Enter in the search: the reader goes to the first hit once shown */
  gboolean outside_marked; /* the banner was shown since the release being read left the list */
  char *listed_text;       /* the search the list was last scrolled to the top for */
  char *selected_id;       /* of the release selected when the content was last updated */
  CmqRelease *open;        /* being read: selected, or left out of the list by a search */
  CmqRelease *loaded;      /* the whole release being read, once loaded */
  GCancellable *loading;   /* loading the selected release */
};

/* cmq-window-prefetch.c: the neighbours in the list of the page painted last, loaded from the
 * index before they are selected. */

void _cmq_window_prefetch_init (CmqWindow *self);
/* The release @id if it was loaded as a neighbour (a new reference), or NULL. */
CmqRelease *_cmq_window_prefetch_take (CmqWindow *self, const char *id);
/* The index changed: the releases loaded may be stale. */
void _cmq_window_prefetch_forget (CmqWindow *self);

/* cmq-window-search.c: the search entry, sort menu, filter, status line and rows' snippets bound
 * to the window's CmqSearchModel. */

CmqWindowSearch *_cmq_window_get_search (CmqWindow *self);
CmqWindowSearch *_cmq_window_search_new (CmqWindow *window, CmqContext *context,
                                         CmqListFilter *list_filter, GtkDropDown *sort_dropdown);
void _cmq_window_search_free (CmqWindowSearch *search);
CmqSearchModel *_cmq_window_search_get_model (CmqWindow *self);
/* The search entry's text changed (after the model was told): the sort shown follows. */
void _cmq_window_search_text_changed (CmqWindow *self);
void _cmq_window_search_bind_row (CmqWindow *self, CmqReleaseRow *row, guint position);
void _cmq_window_search_unbind_row (CmqWindow *self, CmqReleaseRow *row);
/* Clears the search and selects the release read from @path (or else with @id) as soon as the
 * index has it. */
void _cmq_window_search_select (CmqWindow *self, const char *path, const char *id);

/* cmq-window-slots.c: the list view's model over the selection, one item per position. */
#define CMQ_TYPE_SLOTS_MODEL (cmq_slots_model_get_type ())
G_DECLARE_FINAL_TYPE (CmqSlotsModel, cmq_slots_model, CMQ, SLOTS_MODEL, GObject)
CmqSlotsModel *_cmq_slots_model_new (GtkSelectionModel *selection, CmqSearchModel *search);
/* The release the row at @position shows: the result's, or while a search runs and the result
 * has no row there yet, the last whole result's; NULL when neither has one. */
CmqRelease *_cmq_slots_model_dup_release (CmqSlotsModel *self, guint position);
/* A search runs: rows beyond those it has given show the last whole result's. */
gboolean _cmq_slots_model_is_held (CmqSlotsModel *self);

/* cmq-window-rows.c: the list view's rows, drawn only in view. */

/* Sets window->rows; returns the model for the selection: @model (the search model), which it
 * follows. */
GListModel *_cmq_window_rows_new (CmqWindow *window, GListModel *model);
/* The list view's factory and model, once the selection is made. */
void _cmq_window_rows_setup (CmqWindow *window);
/* @model: what _cmq_window_rows_new() returned. */
void _cmq_window_rows_dispose (CmqWindowRows *rows, GListModel *model);
/* Brings the row at @position into view (the list view's own scroll-to-item). */
void _cmq_window_rows_scroll_to (CmqWindow *window, guint position);
/* How many release rows were made (for tests: a new result makes none). */
guint _cmq_window_rows_get_n_made (CmqWindow *window);
/* How many times a slot's accessible label was reset, and (@n_filled) a slot got a row (for
 * tests: only a slot that had a row and its label is reset). */
guint _cmq_window_rows_get_n_label_resets (CmqWindow *window, guint *n_filled);

/* cmq-window-timeline.c: the timeline above the list, counting the search's releases; a
 * click on a bar narrows the search entry's text to its period. */
void _cmq_window_timeline_init (CmqWindow *self);
CmqTimeline *cmq_window_get_timeline (CmqWindow *self);

/* cmq-window-notes.c: favourites and notes. */

CmqWindowNotes *_cmq_window_get_notes (CmqWindow *self);
void _cmq_window_notes_class_init (GtkWidgetClass *widget_class);
CmqWindowNotes *_cmq_window_notes_new (CmqWindow *window);
/* The context's store (nullable), once the window is made. */
void _cmq_window_notes_set_store (CmqWindow *self, CmqStore *store);
void _cmq_window_notes_free (CmqWindowNotes *notes);
void _cmq_window_notes_selection_changed (CmqWindow *self);
/* The header's star and Ctrl+D follow the release read (and whether it is shown). */
void _cmq_window_notes_sync_header (CmqWindow *self);
void _cmq_window_notes_bind_row (CmqWindow *self, CmqReleaseRow *row);
/* Sets up the no-match page for an empty Favourites or Notes list; FALSE for the plain search. */
gboolean _cmq_window_notes_describe_empty (CmqWindow *self);
/* TRUE to keep the window open because notes could not be saved. */
gboolean _cmq_window_notes_close_request (CmqWindow *self);
void _cmq_window_notes_toggle_favourite_action (GtkWidget *widget, const char *action_name,
                                                GVariant *parameter);
void _cmq_window_notes_export_notes_action (GtkWidget *widget, const char *action_name,
                                            GVariant *parameter);
void _cmq_window_notes_import_notes_action (GtkWidget *widget, const char *action_name,
                                            GVariant *parameter);
void _cmq_window_notes_show_orphans_action (GtkWidget *widget, const char *action_name,
                                            GVariant *parameter);
void _cmq_window_notes_open_notes_folder_action (GtkWidget *widget, const char *action_name,
                                                 GVariant *parameter);

/* cmq-window-passages.c: Copy Citation, Copy with Citation. */
void _cmq_window_passages_init (CmqWindow *self);
/* Writes the citations of the favourites and highlights to @file in @format; the message shown
 * in a toast, also returned. */
char *cmq_window_export_citations_to (CmqWindow *self, GFile *file, CmqCiteExportFormat format);
/* cmq-window-notes.c */
void _cmq_window_toast (CmqWindow *self, const char *message);
/* A toast saying @file was written, with an Open button. */
void _cmq_window_toast_file (CmqWindow *self, const char *message, GFile *file);
AdwToast *_cmq_window_get_last_toast (CmqWindow *self);
void _cmq_window_open_file_action (GtkWidget *widget, const char *action_name, GVariant *parameter);
/* cmq-window-print.c: an operation printing the release shown (NULL when there is none), for
 * Print and the tests; the notes printed at the end of @release (NULL when none); the page made
 * ready for printing, with the notes when the "print-notes" preference asks for them
 * (cmq_reader_view_set_print_notes_finish() on the reader ends it). */
WebKitPrintOperation *_cmq_window_new_print_operation (CmqWindow *self);
char *_cmq_window_dup_print_notes (CmqWindow *self, CmqRelease *release);
void _cmq_window_prepare_print (CmqWindow *self, GAsyncReadyCallback callback, gpointer user_data);

CmqStore *cmq_window_get_store (CmqWindow *self);
CmqNoteEditor *cmq_window_get_note_editor (CmqWindow *self);
CmqListFilter *cmq_window_get_list_filter (CmqWindow *self);
CmqBanner *cmq_window_get_store_banner (CmqWindow *self);
CmqBanner *cmq_window_get_save_banner (CmqWindow *self);
CmqBanner *cmq_window_get_index_banner (CmqWindow *self);
/* Shown above the release being read while the list leaves it out. */
CmqBanner *cmq_window_get_outside_banner (CmqWindow *self);
/* The release being read (a list item, without its text): the one selected, or the one that a
 * search or a filter left out of the list; NULL when none is. */
CmqRelease *_cmq_window_get_open_release (CmqWindow *self);
GtkToggleButton *cmq_window_get_favourite_button (CmqWindow *self);
/* What Export Notes… and Import Notes… do with the chosen file; the message they show. */
char *cmq_window_export_notes_to (CmqWindow *self, GFile *file, gboolean json);
char *cmq_window_import_notes_from (CmqWindow *self, GFile *file);

/* The passages and citations (cmq-window-passages.c): win.* actions, installed in
 * cmq-window-actions.c. */
void _cmq_window_copy_citation_action (GtkWidget *widget, const char *action_name,
                                       GVariant *parameter);
void _cmq_window_copy_with_citation_action (GtkWidget *widget, const char *action_name,
                                            GVariant *parameter);
void _cmq_window_highlight_action (GtkWidget *widget, const char *action_name, GVariant *parameter);
void _cmq_window_export_citations_action (GtkWidget *widget, const char *action_name,
                                          GVariant *parameter);
void _cmq_window_print_action (GtkWidget *widget, const char *action_name, GVariant *parameter);
/* Puts @quote of paragraph @paragraph of @release on the clipboard with its citation. */
void _cmq_window_copy_passage_with_citation (CmqWindow *self, CmqRelease *release, guint paragraph,
                                             const char *quote);
/* The byte offset in @text of UTF-16 offset @units (the page's JavaScript counts those). */
gsize _cmq_window_bytes_from_utf16 (const char *text, guint units);

/* cmq-window-highlights.c: the popover of the selection or of a highlight in the reader
 * (colours, note, copy, copy with citation, remove). win.passage-popover shows it,
 * win.passage-note opens the note of the selection (highlighting it) at once. */
void _cmq_window_highlights_init (CmqWindow *self);
void _cmq_window_passage_popover_action (GtkWidget *widget, const char *action_name,
                                         GVariant *parameter);
CmqPassagePopover *_cmq_window_get_passage_popover (CmqWindow *self);

G_END_DECLS
