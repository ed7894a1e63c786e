/* cmq-search-model.c: the search over the index behind the release list: search as you type,
 * the list's model, the star and note filter and its counts, the snippets of the rows, the sort
 * order, and the status line (also the progress of an update of the index).
 *
 * Each keystroke cancels the search before it and starts steps in worker threads, each shown as
 * soon as it is done: under Best Match, first the newest matches (a walk of the index that stops
 * after a screenful: well under a millisecond of CPU even for a word in most of 100,000
 * releases), so the list follows the keystroke without waiting for the ranking; then the first
 * screen ranked best first (bm25 over up to 2,000 matches: milliseconds to tens of milliseconds
 * at archive scale), which replaces it (the newest matches wait for it up to NEWEST_GRACE, and
 * are not shown when it comes within: GTK 4.8 rebinds every list item it keeps for each change,
 * so a step less is a screen of rows less bound per keystroke); then (only when there are more)
 * the whole result with the number of releases in the library, for the rest of the list and the
 * counts of the All / Favourites / Notes filter, once the typing paused (TYPING_PAUSE): while
 * keys come, the cores serve the next keystroke's first screen rather than a whole result no one
 * sees. Until that last step the counts are not known, and the status line and the filter say
 * so rather than show the previous search's. A keystroke that does not change what is searched
 * (a space, the first letter of a word, which is not searched until the next) starts nothing.
 *
 * The main thread only filters hits by their star and note (hash lookups) and hands them to the
 * CmqHitList, which makes rows on demand: a keystroke costs about the same at 10 matches and at
 * 100,000. The whole result comes counted: the worker that runs it counts its stars, notes and
 * highlights from a copy of the store's marks taken when the step starts (a change of a mark
 * runs the search again, with a new copy), and indexes its rows by id for the window's
 * selection (cmq_hits_index_new()). Rows scrolled into view get their snippets from a worker
 * thread too, once the rows are the ranked ones, so the index's lock (held by an update in bulk
 * transactions) never blocks the window.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-search-model"

#include <glib/gi18n.h>

#include "cmq-search-model-private.h"

/* Enough hits for the first screen of a tall window. */
#define FIRST_SCREEN 60
/* The newest matches wait this long (µs, under a frame) for the ranked first screen: when it
 * comes within it, only the ranked screen is shown. Each step shown costs the main thread a
 * rebind of every list item GTK 4.8 keeps (about 60 to 150 of them), whatever changed. */
#define NEWEST_GRACE (8 * G_TIME_SPAN_MILLISECOND)
/* A keystroke waits this long (µs) for its first screen, so that both are painted in one frame;
 * the newest matches come in well under it, the ranked screen often. */
#define FIRST_WAIT (4 * G_TIME_SPAN_MILLISECOND)
/* The whole result waits until the typing paused this long (µs): at 100,000 releases it costs a
 * worker about 160 ms of CPU, which the next keystroke's steps need on two cores. */
#define TYPING_PAUSE (300 * G_TIME_SPAN_MILLISECOND)

static void cmq_search_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CmqSearchModel, cmq_search_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      cmq_search_model_list_model_init))

enum
{
  PROP_0,
  PROP_STATUS,
  PROP_COUNTS_KNOWN,
  PROP_RUNNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  SIGNAL_RESULT_CHANGED,
  SIGNAL_SNIPPETS_READY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  CmqIndex *index;
  CmqQuery *query;
  CmqIndexSort sort;
  gboolean whole; /* run the whole query, not only count the library */
  GPtrArray *hits;
  guint n_total;
  GHashTable *marks;     /* _cmq_search_model_dup_marks(), when the step started */
  guint counts[3];       /* favourites, notes, highlights */
  GHashTable *positions; /* of hits, cmq_hits_index_new() */
} RestTask;

static void
rest_task_free (RestTask *task)
{
  g_clear_object (&task->index);
  g_clear_pointer (&task->query, cmq_query_unref);
  g_clear_pointer (&task->marks, g_hash_table_unref);
  cmq_hits_index_unref_later (g_steal_pointer (&task->positions));
  /* A whole result that came too late (a newer search runs) is freed away from the window. */
  cmq_hits_unref_later (g_steal_pointer (&task->hits));
  g_free (task);
}

gboolean
_cmq_search_model_searching (CmqSearchModel *self)
{
  return self->query != NULL && !cmq_query_is_empty (self->query);
}

CmqIndex *
_cmq_search_model_get_index (CmqSearchModel *self)
{
  return cmq_context_get_index (self->context);
}

gboolean
_cmq_search_model_disposed (CmqSearchModel *self)
{
  return self->context == NULL;
}

/* The counts of self->hits: from the worker for a whole result, counted here for a screenful. */
static void
update_counts (CmqSearchModel *self)
{
  if (self->counts_fresh)
    {
      self->counts_known = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTS_KNOWN]);
      return;
    }
  self->n_favourites = 0;
  self->n_notes = 0;
  self->n_highlights = 0;
  for (guint i = 0; i < self->hits->len; i++)
    {
      const char *id = ((CmqIndexHit *) g_ptr_array_index (self->hits, i))->id;

      self->n_favourites +=
          cmq_search_model_filter_accepts (self, CMQ_SEARCH_FILTER_FAVOURITES, id);
      self->n_notes += cmq_search_model_filter_accepts (self, CMQ_SEARCH_FILTER_NOTES, id);
      self->n_highlights +=
          cmq_search_model_filter_accepts (self, CMQ_SEARCH_FILTER_HIGHLIGHTS, id);
    }
  self->n_all = self->hits->len;
  self->counts_fresh = TRUE;
  self->counts_known = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTS_KNOWN]);
}

static void
counts_unknown (CmqSearchModel *self)
{
  self->counts_known = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTS_KNOWN]);
}

/* Shows self->hits, filtered, in the list. */
static void
apply (CmqSearchModel *self)
{
  g_autoptr (GPtrArray) owner = NULL;
  g_autoptr (GPtrArray) shown = _cmq_search_model_filter_hits (self, &owner);
  guint selected = _cmq_search_model_find_selected (self, shown);

  if (self->complete)
    {
      update_counts (self);
      /* The status line says how many match only when it knows: not after the first screen. */
      self->n_listed = shown->len;
      self->rerun = FALSE;
    }
  else if (!self->rerun)
    counts_unknown (self);
  /* The same search again (an update of the index): the status line and the counts keep the
   * last whole result's numbers, and change together when the new one is whole. */
  cmq_hit_list_set_hits_indexed (self->list, shown, owner,
                                 shown == self->hits ? self->positions : NULL);
  if (selected != G_MAXUINT)
    {
      g_clear_pointer (&self->select_file, g_free);
      g_clear_pointer (&self->select_id, g_free);
    }
  g_signal_emit (self, signals[SIGNAL_RESULT_CHANGED], 0, selected);
}

static void
finish (CmqSearchModel *self)
{
  g_clear_object (&self->cancellable);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

/* A query that failed with @error: a cancelled one was replaced by a newer search (the model may
 * be gone: @self is not touched), any other ends the search. */
static void
search_failed (CmqSearchModel *self, const GError *error)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  /* The index recovers by itself and says "changed" when it can answer again. */
  g_warning ("Search failed: %s", error->message);
  finish (self);
}

/* The result so far is @hits: not counted yet, not indexed. */
static void
set_hits (CmqSearchModel *self, GPtrArray *hits)
{
  cmq_hits_index_unref_later (g_steal_pointer (&self->positions));
  /* A whole result of 100,000 hits takes milliseconds to free: not here. */
  cmq_hits_unref_later (g_steal_pointer (&self->hits));
  self->hits = hits;
  self->counts_fresh = FALSE;
}

static void
rest_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  RestTask *rest = task_data;
  g_autoptr (GError) error = NULL;

  if (rest->whole)
    {
      rest->hits = cmq_index_query (rest->index, rest->query, rest->sort, 0, CMQ_INDEX_QUERY_NONE,
                                    cancellable, &error);
      if (rest->hits == NULL)
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      _cmq_search_model_count_marks (rest->marks, rest->hits, rest->counts);
      rest->positions = cmq_hits_index_new (rest->hits);
    }
  rest->n_total = cmq_index_get_n_releases (rest->index);
  g_task_return_boolean (task, TRUE);
}

static void
rest_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  CmqSearchModel *self = user_data;
  RestTask *rest = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      search_failed (self, error);
      return;
    }

  self->n_total = rest->n_total;
  if (rest->whole)
    {
      /* The first screen came with snippets; the same hits start the whole result. */
      for (guint i = 0; i < self->hits->len && i < rest->hits->len; i++)
        {
          CmqIndexHit *first = g_ptr_array_index (self->hits, i);
          CmqIndexHit *hit = g_ptr_array_index (rest->hits, i);

          if (hit->snippet == NULL && g_str_equal (first->id, hit->id))
            hit->snippet = g_steal_pointer (&first->snippet);
        }
      set_hits (self, g_steal_pointer (&rest->hits));
      self->positions = g_steal_pointer (&rest->positions);
      self->n_all = self->hits->len;
      self->n_favourites = rest->counts[0];
      self->n_notes = rest->counts[1];
      self->n_highlights = rest->counts[2];
      self->counts_fresh = TRUE;
      /* Every release is listed: counted apart, an update could commit between the two. */
      if (cmq_query_is_empty (self->query))
        self->n_total = self->hits->len;
    }
  self->complete = TRUE;
  apply (self);
  finish (self);
}

static void first_screen (CmqSearchModel *self, CmqIndex *index, GPtrArray *hits,
                          const GError *error);

static void
start_rest (CmqSearchModel *self, RestTask *rest)
{
  g_autoptr (GTask) task = g_task_new (NULL, self->cancellable, rest_done_cb, self);

  /* Taken now, once the typing paused: a mark changed since the search started ran it again. */
  if (rest->whole)
    rest->marks = _cmq_search_model_dup_marks (self);
  g_task_set_source_tag (task, start_rest);
  g_task_set_task_data (task, rest, (GDestroyNotify) rest_task_free);
  g_task_run_in_thread (task, rest_thread);
}

static gboolean
typing_paused_cb (gpointer user_data)
{
  CmqSearchModel *self = user_data;

  self->rest_source = 0;
  start_rest (self, g_steal_pointer (&self->pending_rest));
  return G_SOURCE_REMOVE;
}

/* The whole result once the typing paused; the first screen shows meanwhile. */
static void
start_rest_after_pause (CmqSearchModel *self, RestTask *rest)
{
  gint64 wait = self->typed_at + self->typing_pause - g_get_monotonic_time ();

  if (wait <= 0)
    {
      start_rest (self, rest);
      return;
    }
  self->pending_rest = rest;
  self->rest_source = g_timeout_add ((guint) (wait / 1000) + 1, typing_paused_cb, self);
}

static void
cancel_rest (CmqSearchModel *self)
{
  g_clear_handle_id (&self->rest_source, g_source_remove);
  g_clear_pointer (&self->pending_rest, rest_task_free);
}

static void
cancel_newest (CmqSearchModel *self)
{
  g_clear_pointer (&self->step, _cmq_search_step_unref);
  g_clear_handle_id (&self->newest_source, g_source_remove);
  g_clear_pointer (&self->newest_hits, g_ptr_array_unref);
}

static void
first_screen (CmqSearchModel *self, CmqIndex *index, GPtrArray *hits, const GError *error)
{
  RestTask *rest;

  if (hits == NULL)
    {
      search_failed (self, error);
      return;
    }

  /* The newest matches held back (newest_first_cb()) are not shown: this screen replaces them. */
  cancel_newest (self);
  set_hits (self, hits);
  self->complete = FALSE;
  self->ranking = FALSE;

  rest = g_new0 (RestTask, 1);
  rest->index = g_object_ref (index);
  rest->query = cmq_query_ref (self->query);
  rest->sort = self->sort;
  rest->whole = self->hits->len >= FIRST_SCREEN;
  if (!rest->whole)
    self->complete = TRUE;
  /* Every release is listed: the status line need not wait for the count. */
  if (self->complete && cmq_query_is_empty (self->query))
    self->n_total = self->hits->len;
  apply (self);
  start_rest_after_pause (self, rest);

  /* Rows kept from the newest matches were not bound again: they ask for their snippets now. */
  _cmq_search_model_schedule_snippets (self);
}

static void
show_newest (CmqSearchModel *self, GPtrArray *hits)
{
  set_hits (self, hits);
  /* Fewer than a screenful: these are all the matches, only their order is still to come. */
  self->complete = self->hits->len < FIRST_SCREEN;
  apply (self);
}

static gboolean
newest_grace_cb (gpointer user_data)
{
  CmqSearchModel *self = user_data;

  self->newest_source = 0;
  show_newest (self, g_steal_pointer (&self->newest_hits));
  return G_SOURCE_REMOVE;
}

/* The newest matches, while the first screen is ranked: shown unless the ranked screen comes
 * within self->newest_grace. */
static void
newest_first (CmqSearchModel *self, CmqIndex *index, GPtrArray *hits, const GError *error)
{
  if (hits == NULL)
    {
      search_failed (self, error);
      return;
    }

  /* Asked for before the list is redrawn, so the ranking runs while it is. */
  _cmq_search_model_start_step (self, index, self->sort, FIRST_SCREEN, first_screen);

  if (self->newest_grace <= 0)
    {
      show_newest (self, hits);
      return;
    }
  self->newest_hits = hits;
  self->newest_source =
      g_timeout_add ((guint) (self->newest_grace / G_TIME_SPAN_MILLISECOND), newest_grace_cb, self);
}

static void
run (CmqSearchModel *self)
{
  gboolean was_running = cmq_search_model_is_running (self);

  if (_cmq_search_model_disposed (self))
    return;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  cancel_newest (self);
  cancel_rest (self);
  _cmq_search_model_cancel_snippets (self);

  if (self->query == NULL)
    self->query = cmq_query_parse ("", CMQ_QUERY_FLAGS_LAST_IS_PREFIX);
  self->cancellable = g_cancellable_new ();
  self->rerun = FALSE;
  self->complete = FALSE;
  /* Only words are ranked: filters alone and the empty search list the newest first anyway. */
  self->ranking =
      self->sort == CMQ_INDEX_SORT_RELEVANCE && cmq_query_get_match (self->query) != NULL;
  /* Without snippets: each costs a lookup in the index, 60 of them more than the search. The
   * rows get theirs a moment later (fetch_snippets_cb()), once the rows are the ranked ones. */
  _cmq_search_model_start_step (self, _cmq_search_model_get_index (self),
                                self->ranking ? CMQ_INDEX_SORT_NEWEST : self->sort, FIRST_SCREEN,
                                self->ranking ? newest_first : first_screen);
  if (!was_running)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

/* The same search again, for what changed in the index or the store. */
static void
run_again (CmqSearchModel *self)
{
  gboolean known = self->counts_known;

  run (self);
  self->rerun = known;
}

/* The keystroke's first screen, shown before the "changed" handler returns when it comes within
 * self->first_wait: the frame that paints the letter typed paints the list too. Without it, that
 * frame shows the old list and the new one waits for the next frame. The newest matches held
 * back for the ranked screen are shown then, unless the ranked screen came within the wait. */
static void
meet_first_screen (CmqSearchModel *self)
{
  if (self->first_wait <= 0)
    return;
  _cmq_search_model_meet_steps (self, self->typed_at + self->first_wait);
  if (self->newest_hits != NULL)
    {
      g_clear_handle_id (&self->newest_source, g_source_remove);
      show_newest (self, g_steal_pointer (&self->newest_hits));
    }
}

void
cmq_search_model_set_text (CmqSearchModel *self, const char *text)
{
  CmqQuery *query;
  gboolean same;

  g_return_if_fail (CMQ_IS_SEARCH_MODEL (self));

  query = cmq_query_parse (text != NULL ? text : "", CMQ_QUERY_FLAGS_LAST_IS_PREFIX);
  same = self->query != NULL && _cmq_search_model_same_search (self->query, query);
  /* A new search is a new list: nothing is kept in it that does not match. */
  g_clear_pointer (&self->kept_id, g_free);
  g_clear_pointer (&self->query, cmq_query_unref);
  self->query = query;
  /* A space, or the first letter of a word (not searched yet): the list is already right. */
  if (!same)
    {
      self->typed_at = g_get_monotonic_time ();
      run (self);
      meet_first_screen (self);
    }
}

void
cmq_search_model_set_sort (CmqSearchModel *self, CmqIndexSort sort)
{
  g_return_if_fail (CMQ_IS_SEARCH_MODEL (self));

  if (sort == self->sort)
    return;
  self->sort = sort;
  run (self);
}

static void
refilter (CmqSearchModel *self)
{
  if (self->hits != NULL)
    apply (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

void
cmq_search_model_set_filter (CmqSearchModel *self, CmqSearchFilter filter)
{
  g_return_if_fail (CMQ_IS_SEARCH_MODEL (self));

  g_clear_pointer (&self->kept_id, g_free);
  self->filter = filter;
  refilter (self);
}

void
cmq_search_model_keep (CmqSearchModel *self, const char *id)
{
  g_return_if_fail (CMQ_IS_SEARCH_MODEL (self));

  if (g_strcmp0 (id, self->kept_id) == 0)
    return;
  g_free (self->kept_id);
  self->kept_id = g_strdup (id);
  if (id == NULL)
    refilter (self);
}

void
cmq_search_model_select (CmqSearchModel *self, const char *path, const char *id)
{
  g_return_if_fail (CMQ_IS_SEARCH_MODEL (self));

  g_free (self->select_file);
  self->select_file = g_strdup (path);
  g_free (self->select_id);
  self->select_id = g_strdup (id);
  g_clear_pointer (&self->kept_id, g_free);
  self->filter = CMQ_SEARCH_FILTER_ALL;
  g_clear_pointer (&self->query, cmq_query_unref);
  run (self);
}

gboolean
cmq_search_model_is_running (CmqSearchModel *self)
{
  g_return_val_if_fail (CMQ_IS_SEARCH_MODEL (self), FALSE);

  /* The rows' snippets are part of the result shown. */
  return self->cancellable != NULL || self->snippets_cancellable != NULL ||
         self->snippets_source != 0;
}

static void
progress_cb (CmqContext *context, guint done, guint total, CmqSearchModel *self)
{
  self->indexing = cmq_index_is_updating (_cmq_search_model_get_index (self)) && done < total;
  self->indexed = done;
  self->to_index = total;
  if (!self->indexing)
    run_again (self); /* for the number of releases, also when nothing changed */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/* The context says so once for a burst of changes: releases indexed, a note or a star changed,
 * the index opened again. */
static void
context_changed_cb (CmqContext *context, CmqSearchModel *self)
{
  run_again (self);
}

void
_cmq_search_model_emit_snippets_ready (CmqSearchModel *self)
{
  g_signal_emit (self, signals[SIGNAL_SNIPPETS_READY], 0);
  if (!cmq_search_model_is_running (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

void
_cmq_search_model_set_typing_pause (CmqSearchModel *self, gint64 pause)
{
  self->typing_pause = pause;
}

void
_cmq_search_model_set_newest_grace (CmqSearchModel *self, gint64 grace)
{
  self->newest_grace = grace;
}

void
_cmq_search_model_set_first_wait (CmqSearchModel *self, gint64 wait)
{
  self->first_wait = wait;
}

/* GListModel */

static GType
get_item_type (GListModel *model)
{
  return CMQ_TYPE_RELEASE;
}

static guint
get_n_items (GListModel *model)
{
  return g_list_model_get_n_items (G_LIST_MODEL (CMQ_SEARCH_MODEL (model)->list));
}

static gpointer
get_item (GListModel *model, guint position)
{
  return g_list_model_get_item (G_LIST_MODEL (CMQ_SEARCH_MODEL (model)->list), position);
}

static void
cmq_search_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
list_items_changed_cb (GListModel *list, guint position, guint removed, guint added,
                       CmqSearchModel *self)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

/* The object */

static void
cmq_search_model_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  CmqSearchModel *self = CMQ_SEARCH_MODEL (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      g_value_take_string (value, cmq_search_model_dup_status (self));
      break;
    case PROP_COUNTS_KNOWN:
      g_value_set_boolean (value, self->counts_known);
      break;
    case PROP_RUNNING:
      g_value_set_boolean (value, cmq_search_model_is_running (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cmq_search_model_dispose (GObject *object)
{
  CmqSearchModel *self = CMQ_SEARCH_MODEL (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  cancel_newest (self);
  cancel_rest (self);
  _cmq_search_model_cancel_snippets (self);
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cmq_search_model_parent_class)->dispose (object);
}

static void
cmq_search_model_finalize (GObject *object)
{
  CmqSearchModel *self = CMQ_SEARCH_MODEL (object);

  /* Kept until the end: a selection over this model may still ask for its items. */
  g_signal_handlers_disconnect_by_data (self->list, self);
  g_clear_object (&self->list);
  g_clear_pointer (&self->query, cmq_query_unref);
  g_clear_pointer (&self->positions, g_hash_table_unref);
  g_clear_pointer (&self->hits, g_ptr_array_unref);
  g_free (self->kept_id);
  g_free (self->select_file);
  g_free (self->select_id);
  g_hash_table_unref (self->wanted);

  G_OBJECT_CLASS (cmq_search_model_parent_class)->finalize (object);
}

static void
cmq_search_model_class_init (CmqSearchModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = cmq_search_model_get_property;
  object_class->dispose = cmq_search_model_dispose;
  object_class->finalize = cmq_search_model_finalize;

  properties[PROP_STATUS] =
      g_param_spec_string ("status", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNTS_KNOWN] = g_param_spec_boolean ("counts-known", NULL, NULL, FALSE,
                                                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_RUNNING] = g_param_spec_boolean ("running", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_RESULT_CHANGED] =
      g_signal_new ("result-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                    NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  signals[SIGNAL_SNIPPETS_READY] =
      g_signal_new ("snippets-ready", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                    NULL, G_TYPE_NONE, 0);
}

static void
cmq_search_model_init (CmqSearchModel *self)
{
  self->list = cmq_hit_list_new ();
  self->wanted = g_hash_table_new (NULL, NULL);
  self->hits = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_index_hit_free);
  self->newest_grace = NEWEST_GRACE;
  self->first_wait = FIRST_WAIT;
  self->typing_pause = TYPING_PAUSE;
  g_signal_connect (self->list, "items-changed", G_CALLBACK (list_items_changed_cb), self);
}

CmqSearchModel *
cmq_search_model_new (CmqContext *context, CmqIndexSort sort)
{
  CmqSearchModel *self;

  g_return_val_if_fail (CMQ_IS_CONTEXT (context), NULL);

  self = g_object_new (CMQ_TYPE_SEARCH_MODEL, NULL);
  self->context = g_object_ref (context);
  self->sort = sort;
  /* An update that already runs (the application started it) shows from its next batch. */
  self->indexing = cmq_index_is_updating (_cmq_search_model_get_index (self));
  g_signal_connect (context, "progress", G_CALLBACK (progress_cb), self);
  g_signal_connect (context, "changed", G_CALLBACK (context_changed_cb), self);
  run (self);
  return self;
}
