/* cmq-search-model-steps.c: the first-screen steps of a search, which the typing can meet.
 *
 * Each step is a query in a worker thread, as cmq_index_query_async() runs one, and ends in a
 * CmqSearchStepFunc on the main thread. A step started by a keystroke can also be met: the
 * "changed" handler waits for it a few milliseconds (_cmq_search_model_meet_steps()), and when it
 * comes within, its hits are shown before the handler returns, so the frame that paints the
 * letter typed paints the list with it. Without the wait that frame comes at once and shows the
 * old list, and the new one waits for the next frame: a frame later on every keystroke. The task's
 * own callback then finds the step taken and does nothing. A step that does not come in time ends
 * through that callback, as any other.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-search-model"

#include "cmq-search-model-private.h"

struct _CmqSearchStep
{
  gatomicrefcount ref;
  GMutex mutex;
  GCond cond;
  gboolean done;  /* the worker has its result */
  gboolean taken; /* the result was handed on (met, or through the task's callback) */
  GPtrArray *hits;
  GError *error;

  CmqSearchModel *model; /* not a reference: as for any query, a cancelled step never uses it */
  CmqIndex *index;
  CmqQuery *query;
  CmqIndexSort sort;
  guint limit;
  CmqSearchStepFunc func;
};

static CmqSearchStep *
step_ref (CmqSearchStep *step)
{
  g_atomic_ref_count_inc (&step->ref);
  return step;
}

void
_cmq_search_step_unref (CmqSearchStep *step)
{
  if (!g_atomic_ref_count_dec (&step->ref))
    return;
  g_clear_pointer (&step->hits, g_ptr_array_unref);
  g_clear_error (&step->error);
  g_clear_object (&step->index);
  g_clear_pointer (&step->query, cmq_query_unref);
  g_mutex_clear (&step->mutex);
  g_cond_clear (&step->cond);
  g_free (step);
}

static void
step_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  CmqSearchStep *step = task_data;
  GError *error = NULL;
  GPtrArray *hits;

  hits = cmq_index_query (step->index, step->query, step->sort, step->limit, CMQ_INDEX_QUERY_NONE,
                          cancellable, &error);
  g_mutex_lock (&step->mutex);
  step->hits = hits;
  step->error = error;
  step->done = TRUE;
  g_cond_broadcast (&step->cond);
  g_mutex_unlock (&step->mutex);
  g_task_return_boolean (task, TRUE);
}

/* Hands the step's result on, once: FALSE when it was handed on already. */
static gboolean
take (CmqSearchStep *step, GPtrArray **hits, GError **error)
{
  gboolean taken;

  taken = step->taken;
  step->taken = TRUE;
  *hits = g_steal_pointer (&step->hits);
  *error = g_steal_pointer (&step->error);
  return !taken;
}

static void
step_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  CmqSearchStep *step = g_task_get_task_data (G_TASK (result));
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (GError) error = NULL;
  gboolean mine;

  /* Cancelled: a newer search replaced this one, and the model may be gone. */
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      step->func (step->model, step->index, NULL, error);
      return;
    }
  g_mutex_lock (&step->mutex);
  mine = take (step, &hits, &error);
  g_mutex_unlock (&step->mutex);
  if (!mine)
    return;
  if (step->model->step == step)
    g_clear_pointer (&step->model->step, _cmq_search_step_unref);
  step->func (step->model, step->index, g_steal_pointer (&hits), error);
}

void
_cmq_search_model_start_step (CmqSearchModel *self, CmqIndex *index, CmqIndexSort sort, guint limit,
                              CmqSearchStepFunc func)
{
  g_autoptr (GTask) task = NULL;
  CmqSearchStep *step = g_new0 (CmqSearchStep, 1);

  g_atomic_ref_count_init (&step->ref);
  g_mutex_init (&step->mutex);
  g_cond_init (&step->cond);
  step->model = self;
  step->index = g_object_ref (index);
  step->query = cmq_query_ref (self->query);
  step->sort = sort;
  step->limit = limit;
  step->func = func;

  g_clear_pointer (&self->step, _cmq_search_step_unref);
  self->step = step_ref (step);
  task = g_task_new (NULL, self->cancellable, step_done_cb, NULL);
  g_task_set_source_tag (task, _cmq_search_model_start_step);
  g_task_set_task_data (task, step, (GDestroyNotify) _cmq_search_step_unref);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, step_thread);
}

/* Waits for the running step until @deadline (monotonic µs) and hands its result on here; a step
 * that starts another (the ranked screen after the newest matches) is met in turn. */
void
_cmq_search_model_meet_steps (CmqSearchModel *self, gint64 deadline)
{
  while (self->step != NULL)
    {
      CmqSearchStep *step = step_ref (self->step);
      g_autoptr (GPtrArray) hits = NULL;
      g_autoptr (GError) error = NULL;
      gboolean mine = FALSE;

      g_mutex_lock (&step->mutex);
      while (!step->done)
        if (!g_cond_wait_until (&step->cond, &step->mutex, deadline))
          break;
      if (step->done)
        mine = take (step, &hits, &error);
      g_mutex_unlock (&step->mutex);
      if (mine)
        {
          g_clear_pointer (&self->step, _cmq_search_step_unref);
          step->func (self, step->index, g_steal_pointer (&hits), error);
        }
      _cmq_search_step_unref (step);
      if (!mine)
        return;
    }
}
