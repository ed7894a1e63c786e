/* cmq-search-model.h: the release list's search, with no widget: the staged query over the
 * context's index, the star and note filter, the counts, the status line and the snippets.
 *
 * A GListModel of CmqRelease (the hits of the search, filtered, rows made on demand by its
 * CmqHitList). The window binds to it: the search entry sets the text, the sort menu the sort,
 * the All / Favourites / Notes buttons the filter; the status line shows
 * cmq_search_model_dup_status() on "notify::status", the filter's buttons the counts on
 * "notify::counts-known", and the list keeps its selection on "result-changed". It runs the
 * search again when the context says "changed".
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cmq-context.h"
#include "cmq-hit-list.h"

G_BEGIN_DECLS

typedef enum
{
  CMQ_SEARCH_FILTER_ALL,
  CMQ_SEARCH_FILTER_FAVOURITES,
  CMQ_SEARCH_FILTER_NOTES,
  CMQ_SEARCH_FILTER_HIGHLIGHTS,
} CmqSearchFilter;

#define CMQ_TYPE_SEARCH_MODEL (cmq_search_model_get_type ())
G_DECLARE_FINAL_TYPE (CmqSearchModel, cmq_search_model, CMQ, SEARCH_MODEL, GObject)

/* Starts the search of everything at once. */
CmqSearchModel *cmq_search_model_new (CmqContext *context, CmqIndexSort sort);

/* The rows: CmqRelease, made on demand (also this model's items). */
CmqHitList *cmq_search_model_get_hit_list (CmqSearchModel *self);

/* What was typed: the last word is a prefix. A new text is a new list: the release kept (see
 * cmq_search_model_keep()) goes. Text that searches the same (a space, the first letter of a
 * word) starts nothing. */
void cmq_search_model_set_text (CmqSearchModel *self, const char *text);
/* NULL before anything was typed */
CmqQuery *cmq_search_model_get_query (CmqSearchModel *self);
/* TRUE when the query has words or filters */
gboolean cmq_search_model_is_narrowed (CmqSearchModel *self);
/* Best Match, Newest or Oldest first; with no word to rank (nothing typed, or filters only),
 * Best Match lists the newest first. */
void cmq_search_model_set_sort (CmqSearchModel *self, CmqIndexSort sort);
CmqIndexSort cmq_search_model_get_sort (CmqSearchModel *self);
/* Filters again without searching again; the release kept goes. */
void cmq_search_model_set_filter (CmqSearchModel *self, CmqSearchFilter filter);
CmqSearchFilter cmq_search_model_get_filter (CmqSearchModel *self);
/* Whether the filter lets release @id in, by its star, note and highlights in the context's
 * store. */
gboolean cmq_search_model_filter_accepts (CmqSearchModel *self, CmqSearchFilter filter,
                                          const char *id);

/* Release @id (being edited: its star or note changed) stays listed, in its place, until the
 * text, the filter or cmq_search_model_keep (NULL) says otherwise; the latter filters again. */
void cmq_search_model_keep (CmqSearchModel *self, const char *id);
const char *cmq_search_model_get_kept_id (CmqSearchModel *self);

/* Searches again, then shows the release read from @path (or else with @id) with no text and no
 * filter: "result-changed" gives its position once it is listed. */
void cmq_search_model_select (CmqSearchModel *self, const char *path, const char *id);

/* TRUE when the list holds the whole result, not only its first screen. */
gboolean cmq_search_model_is_complete (CmqSearchModel *self);
/* TRUE from a change of the search until the list shows the whole result with its snippets. */
gboolean cmq_search_model_is_running (CmqSearchModel *self);
/* What the list shows: "5 releases", "2 of 5 match", "Searching…", with the numbers of the
 * counts (also while the index is updated: a search run again for an update keeps both until its
 * result is whole, then both change). */
char *cmq_search_model_dup_status (CmqSearchModel *self);
/* While the index is updated: "Indexing 4,210 of 100,000 releases", with its progress from 0 to
 * 1 in @fraction (nullable); NULL when no update runs. Changes with "notify::status". */
char *cmq_search_model_dup_progress (CmqSearchModel *self, double *fraction);
/* FALSE while they are not known (a search runs); then the result's releases, favourites,
 * releases with notes and releases with highlights (before the filter). */
gboolean cmq_search_model_get_counts (CmqSearchModel *self, guint *all, guint *favourites,
                                      guint *notes, guint *highlights);
/* TRUE when the library has no release at all (and none is being indexed). */
gboolean cmq_search_model_library_is_empty (CmqSearchModel *self);

/* Snippets: a row shown at @position wants its hit's snippet (a search with words only); they
 * are read in a worker thread, a screenful at a time, and "snippets-ready" says when hits got
 * theirs. cmq_search_model_unwant_snippet() when the row goes. */
void cmq_search_model_want_snippet (CmqSearchModel *self, guint position);
void cmq_search_model_unwant_snippet (CmqSearchModel *self, guint position);
/* Pango markup for the row at @position, or NULL (none, or not yet). */
char *cmq_search_model_dup_snippet_markup (CmqSearchModel *self, guint position);

/* Signals:
 * "result-changed" (guint select): the list shows a new result (or the same one filtered
 *   again); @select is the position to select (cmq_search_model_select()), or G_MAXUINT to keep
 *   the selection where it can be;
 * "snippets-ready": hits of shown rows got their snippets;
 * "notify::status", "notify::counts-known": cmq_search_model_dup_status() and
 *   cmq_search_model_get_counts() changed (maybe). */

G_END_DECLS
