/* cmq-search-timeline.c: the releases of the current search counted by year or month, for the
 * timeline above the release list; see cmq-search-timeline.h.
 *
 * The count is one GROUP BY in the index, in a worker thread: nothing that grows with the
 * library runs on the main thread, which only turns at most a few hundred months into periods.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-search-timeline"

#include <string.h>

#include "cmq-search-timeline.h"

struct _CmqSearchTimeline
{
  GObject parent_instance;

  CmqContext *context;
  CmqSearchModel *model;     /* weak: the model owns nothing of ours */
  GCancellable *cancellable; /* of the count running; NULL when none runs */
  CmqQuery *counted;         /* the query the periods are of */
  GArray *periods;           /* of CmqSearchTimelinePeriod */
  CmqSearchTimelineUnit unit;
  guint n_undated;
};

G_DEFINE_FINAL_TYPE (CmqSearchTimeline, cmq_search_timeline, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_READY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  CmqIndex *index;
  CmqQuery *query;
  GArray *months;
  guint n_undated;
} CountTask;

static void
count_task_free (CountTask *task)
{
  g_clear_object (&task->index);
  g_clear_pointer (&task->query, cmq_query_unref);
  g_clear_pointer (&task->months, g_array_unref);
  g_free (task);
}

static guint
month_number (guint year, guint month)
{
  return year * 12 + (month - 1);
}

GArray *
cmq_search_timeline_make_periods (GArray *months, CmqSearchTimelineUnit *unit)
{
  GArray *periods = g_array_new (FALSE, TRUE, sizeof (CmqSearchTimelinePeriod));
  const CmqIndexMonthCount *first, *last;
  gboolean by_month;
  guint start, end;

  g_return_val_if_fail (months != NULL, periods);

  *unit = CMQ_SEARCH_TIMELINE_YEARS;
  if (months->len == 0)
    return periods;
  first = &g_array_index (months, CmqIndexMonthCount, 0);
  last = &g_array_index (months, CmqIndexMonthCount, months->len - 1);
  by_month = month_number (last->year, last->month) - month_number (first->year, first->month) <
             CMQ_SEARCH_TIMELINE_MAX_MONTHS;
  if (by_month)
    *unit = CMQ_SEARCH_TIMELINE_MONTHS;
  start = by_month ? month_number (first->year, first->month) : first->year;
  end = by_month ? month_number (last->year, last->month) : last->year;
  g_array_set_size (periods, end - start + 1);
  for (guint i = 0; i < periods->len; i++)
    {
      CmqSearchTimelinePeriod *period = &g_array_index (periods, CmqSearchTimelinePeriod, i);

      period->year = by_month ? (start + i) / 12 : start + i;
      period->month = by_month ? (start + i) % 12 + 1 : 0;
    }
  for (guint i = 0; i < months->len; i++)
    {
      const CmqIndexMonthCount *month = &g_array_index (months, CmqIndexMonthCount, i);
      guint n = by_month ? month_number (month->year, month->month) : month->year;

      g_array_index (periods, CmqSearchTimelinePeriod, n - start).count += month->count;
    }
  return periods;
}

char *
cmq_search_timeline_period_label (const CmqSearchTimelinePeriod *period)
{
  g_autoptr (GDateTime) time = NULL;

  g_return_val_if_fail (period != NULL, NULL);

  if (period->month == 0)
    return g_strdup_printf ("%u", period->year);
  time = g_date_time_new_utc (period->year, period->month, 1, 0, 0, 0);
  return time != NULL ? g_date_time_format (time, "%OB %Y")
                      : g_strdup_printf ("%04u-%02u", period->year, period->month);
}

static gboolean
is_date_filter (const char *word, gsize length)
{
  static const char *const prefixes[] = { "year:", "before:", "after:" };

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (length >= strlen (prefixes[i]) &&
        g_ascii_strncasecmp (word, prefixes[i], strlen (prefixes[i])) == 0)
      return TRUE;
  return FALSE;
}

/* The words of @text other than date filters; a phrase in quotes is one word. */
static GString *
words_without_dates (const char *text)
{
  GString *kept = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      const char *start;

      while (g_ascii_isspace (*p))
        p++;
      if (*p == '\0')
        break;
      start = p;
      if (*p == '"')
        {
          const char *close = strchr (p + 1, '"');
          p = close != NULL ? close + 1 : p + strlen (p);
        }
      while (*p != '\0' && !g_ascii_isspace (*p))
        p++;
      if (is_date_filter (start, p - start))
        continue;
      if (kept->len > 0)
        g_string_append_c (kept, ' ');
      g_string_append_len (kept, start, p - start);
    }
  return kept;
}

char *
cmq_search_timeline_narrow_text (const char *text, const CmqSearchTimelinePeriod *period)
{
  g_autoptr (GString) words = NULL;
  GString *narrowed = g_string_new (NULL);
  gsize length;

  g_return_val_if_fail (period != NULL, NULL);

  text = text != NULL ? text : "";
  if (period->month == 0)
    g_string_append_printf (narrowed, "year:%u", period->year);
  else
    {
      GDate day;

      g_date_clear (&day, 1);
      g_date_set_dmy (&day, 1, period->month, period->year);
      g_date_subtract_days (&day, 1);
      g_string_append_printf (narrowed, "after:%04u-%02u-%02u", g_date_get_year (&day),
                              g_date_get_month (&day), g_date_get_day (&day));
      g_date_add_days (&day, 1);
      g_date_add_months (&day, 1);
      g_string_append_printf (narrowed, " before:%04u-%02u-%02u", g_date_get_year (&day),
                              g_date_get_month (&day), g_date_get_day (&day));
    }
  words = words_without_dates (text);
  if (words->len > 0)
    g_string_append_printf (narrowed, " %s", words->str);
  length = strlen (text);
  /* A text that ended with a space searches its last word whole: it still does. */
  if (words->len > 0 && length > 0 && g_ascii_isspace (text[length - 1]))
    g_string_append_c (narrowed, ' ');
  return g_string_free (narrowed, FALSE);
}

static void
count_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  CountTask *count = task_data;
  g_autoptr (GError) error = NULL;

  count->months =
      cmq_index_count_months (count->index, count->query, &count->n_undated, cancellable, &error);
  if (count->months == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
count_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  CmqSearchTimeline *self = CMQ_SEARCH_TIMELINE (source);
  CountTask *count = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return; /* a newer count runs */
      g_warning ("Counting releases by year failed: %s", error->message);
      count->months = g_array_new (FALSE, FALSE, sizeof (CmqIndexMonthCount));
    }
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->periods, g_array_unref);
  self->periods = cmq_search_timeline_make_periods (count->months, &self->unit);
  self->n_undated = count->n_undated;
  g_clear_pointer (&self->counted, cmq_query_unref);
  self->counted = cmq_query_ref (count->query);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);
}

static void
count (CmqSearchTimeline *self, CmqQuery *query)
{
  g_autoptr (GTask) task = NULL;
  CountTask *data;
  CmqIndex *index = cmq_context_get_index (self->context);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (index == NULL || query == NULL)
    return;

  data = g_new0 (CountTask, 1);
  data->index = g_object_ref (index);
  data->query = cmq_query_ref (query);
  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, count_done_cb, NULL);
  g_task_set_source_tag (task, count);
  g_task_set_task_data (task, data, (GDestroyNotify) count_task_free);
  g_task_run_in_thread (task, count_thread);
}

/* The model knows the whole result (of a new search, or of the same one again after the index
 * changed, or filtered again): counted in step with it. */
static void
counts_known_cb (CmqSearchModel *model, GParamSpec *pspec, CmqSearchTimeline *self)
{
  gboolean was_ready = cmq_search_timeline_is_ready (self);

  if (!cmq_search_model_get_counts (model, NULL, NULL, NULL, NULL))
    {
      if (was_ready != cmq_search_timeline_is_ready (self))
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);
      return;
    }
  count (self, cmq_search_model_get_query (model));
}

gboolean
cmq_search_timeline_is_ready (CmqSearchTimeline *self)
{
  g_return_val_if_fail (CMQ_IS_SEARCH_TIMELINE (self), FALSE);

  return self->model != NULL && self->cancellable == NULL && self->counted != NULL &&
         cmq_search_model_get_query (self->model) != NULL &&
         cmq_query_finds_same (self->counted, cmq_search_model_get_query (self->model)) &&
         cmq_search_model_get_counts (self->model, NULL, NULL, NULL, NULL);
}

CmqSearchTimelineUnit
cmq_search_timeline_get_unit (CmqSearchTimeline *self)
{
  g_return_val_if_fail (CMQ_IS_SEARCH_TIMELINE (self), CMQ_SEARCH_TIMELINE_YEARS);
  return self->unit;
}

guint
cmq_search_timeline_get_n_periods (CmqSearchTimeline *self)
{
  g_return_val_if_fail (CMQ_IS_SEARCH_TIMELINE (self), 0);
  return self->periods->len;
}

const CmqSearchTimelinePeriod *
cmq_search_timeline_get_period (CmqSearchTimeline *self, guint i)
{
  g_return_val_if_fail (CMQ_IS_SEARCH_TIMELINE (self), NULL);
  g_return_val_if_fail (i < self->periods->len, NULL);
  return &g_array_index (self->periods, CmqSearchTimelinePeriod, i);
}

guint
cmq_search_timeline_get_n_undated (CmqSearchTimeline *self)
{
  g_return_val_if_fail (CMQ_IS_SEARCH_TIMELINE (self), 0);
  return self->n_undated;
}

static void
cmq_search_timeline_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  CmqSearchTimeline *self = CMQ_SEARCH_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_READY:
      g_value_set_boolean (value, cmq_search_timeline_is_ready (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cmq_search_timeline_dispose (GObject *object)
{
  CmqSearchTimeline *self = CMQ_SEARCH_TIMELINE (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->model != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->model, self);
      g_object_remove_weak_pointer (G_OBJECT (self->model), (gpointer *) &self->model);
      self->model = NULL;
    }
  g_clear_object (&self->context);
  G_OBJECT_CLASS (cmq_search_timeline_parent_class)->dispose (object);
}

static void
cmq_search_timeline_finalize (GObject *object)
{
  CmqSearchTimeline *self = CMQ_SEARCH_TIMELINE (object);

  g_clear_pointer (&self->counted, cmq_query_unref);
  g_clear_pointer (&self->periods, g_array_unref);
  G_OBJECT_CLASS (cmq_search_timeline_parent_class)->finalize (object);
}

static void
cmq_search_timeline_class_init (CmqSearchTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = cmq_search_timeline_get_property;
  object_class->dispose = cmq_search_timeline_dispose;
  object_class->finalize = cmq_search_timeline_finalize;

  properties[PROP_READY] =
      g_param_spec_boolean ("ready", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cmq_search_timeline_init (CmqSearchTimeline *self)
{
  self->periods = g_array_new (FALSE, TRUE, sizeof (CmqSearchTimelinePeriod));
}

CmqSearchTimeline *
cmq_search_timeline_new (CmqContext *context, CmqSearchModel *model)
{
  CmqSearchTimeline *self;

  g_return_val_if_fail (CMQ_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CMQ_IS_SEARCH_MODEL (model), NULL);

  self = g_object_new (CMQ_TYPE_SEARCH_TIMELINE, NULL);
  self->context = g_object_ref (context);
  self->model = model;
  g_object_add_weak_pointer (G_OBJECT (model), (gpointer *) &self->model);
  g_signal_connect (model, "notify::counts-known", G_CALLBACK (counts_known_cb), self);
  if (cmq_search_model_get_counts (model, NULL, NULL, NULL, NULL))
    count (self, cmq_search_model_get_query (model));
  return self;
}
