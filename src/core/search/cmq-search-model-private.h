/* cmq-search-model-private.h: what the units of CmqSearchModel share (the search, the rows).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-search-model.h"

G_BEGIN_DECLS

/* cmq-search-model-steps.c: a first-screen step, in a worker thread */
typedef struct _CmqSearchStep CmqSearchStep;
/* Ends a step on the main thread: @hits (transfer full), or NULL with @error; a cancelled step
 * (G_IO_ERROR_CANCELLED) must not touch @self, which may be gone. */
typedef void (*CmqSearchStepFunc) (CmqSearchModel *self, CmqIndex *index, GPtrArray *hits,
                                   const GError *error);

struct _CmqSearchModel
{
  GObject parent_instance;

  CmqContext *context;
  CmqHitList *list;

  CmqQuery *query; /* NULL before anything was typed */
  CmqIndexSort sort;
  CmqSearchFilter filter;
  char *kept_id;             /* stays listed while it is edited */
  GCancellable *cancellable; /* of the running search; NULL when none runs */
  gint64 typed_at;           /* µs, monotonic: when the text last changed what is searched */
  gpointer pending_rest;     /* the whole result's step, waiting for a pause in the typing */
  guint rest_source;
  gint64 newest_grace;    /* µs the newest matches wait for the ranked screen (NEWEST_GRACE) */
  gint64 typing_pause;    /* µs the whole result waits for a pause in the typing (TYPING_PAUSE) */
  GPtrArray *newest_hits; /* the newest matches, held back while they wait */
  guint newest_source;
  CmqSearchStep *step;   /* the first-screen step running, that a keystroke may meet */
  gint64 first_wait;     /* µs a keystroke waits for its first screen (FIRST_WAIT) */
  GPtrArray *hits;       /* the result so far, of CmqIndexHit */
  GHashTable *positions; /* of hits, by id (cmq_hits_index_new()), or NULL */
  gboolean counts_fresh; /* n_all… are hits' */
  gboolean complete;     /* hits is the whole result */
  guint n_total;         /* releases in the library */
  guint n_listed;        /* releases the list shows, once the result is whole */
  gboolean ranking;      /* the newest matches are shown while the best ones are ranked */
  gboolean counts_known;
  gboolean rerun; /* the same search again: its counts and status stay until its result is whole */
  guint n_all, n_favourites, n_notes, n_highlights;

  char *select_file; /* select the release of this file (or id) once it is listed */
  char *select_id;

  gboolean indexing;
  guint indexed;
  guint to_index;

  GHashTable *wanted; /* position → rows showing it, that want its snippet */
  GCancellable *snippets_cancellable;
  guint snippets_source;
};

/* TRUE when the query has words or filters */
gboolean _cmq_search_model_searching (CmqSearchModel *self);
/* The context's index in use */
CmqIndex *_cmq_search_model_get_index (CmqSearchModel *self);
/* Disposed: searches nothing more. */
gboolean _cmq_search_model_disposed (CmqSearchModel *self);

/* cmq-search-model-rows.c: @a finds the same releases as @b, and marks the same words */
gboolean _cmq_search_model_same_search (CmqQuery *a, CmqQuery *b);
/* id → flags of every release the store marks, copied for a worker */
GHashTable *_cmq_search_model_dup_marks (CmqSearchModel *self);
/* in a worker: how many of @hits are favourites, have a note, have highlights */
void _cmq_search_model_count_marks (GHashTable *marks, GPtrArray *hits, guint counts[3]);
/* the hits of self->hits that the filter lets in, the release kept in its place; @owner: what
 * keeps them alive */
GPtrArray *_cmq_search_model_filter_hits (CmqSearchModel *self, GPtrArray **owner);
/* the position in @shown of the release cmq_search_model_select() asked for, or G_MAXUINT */
guint _cmq_search_model_find_selected (CmqSearchModel *self, GPtrArray *shown);
/* the rows shown want snippets, read after the ranked rows came */
void _cmq_search_model_schedule_snippets (CmqSearchModel *self);
void _cmq_search_model_cancel_snippets (CmqSearchModel *self);
/* "snippets-ready", then "notify::running" when the result is whole */
/* For tests: how long (µs) the newest matches wait for the ranked first screen; 0 shows them at
 * once. */
void _cmq_search_model_set_newest_grace (CmqSearchModel *self, gint64 grace);
/* For tests: how long (µs) the whole result waits for a pause in the typing, from the next
 * keystroke on; a long one keeps a search running with its first screen only. */
void _cmq_search_model_set_typing_pause (CmqSearchModel *self, gint64 pause);

void _cmq_search_model_emit_snippets_ready (CmqSearchModel *self);
/* For tests: how long (µs) a keystroke waits for its first screen; 0 never waits. */
void _cmq_search_model_set_first_wait (CmqSearchModel *self, gint64 wait);

/* cmq-search-model-steps.c: runs a query of self->query in a worker, ended by @func; it is the
 * step that _cmq_search_model_meet_steps() waits for (self->step). */
void _cmq_search_model_start_step (CmqSearchModel *self, CmqIndex *index, CmqIndexSort sort,
                                   guint limit, CmqSearchStepFunc func);
/* On the main thread: waits for self->step until @deadline (monotonic µs), and ends it here
 * when it comes in time, then the step it started, until the deadline. */
void _cmq_search_model_meet_steps (CmqSearchModel *self, gint64 deadline);
void _cmq_search_step_unref (CmqSearchStep *step);

G_END_DECLS
