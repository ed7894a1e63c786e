/* cmq-search-timeline.h: how many releases the current search finds in each year (or month),
 * for the timeline above the release list, with no widget.
 *
 * It follows a CmqSearchModel: each time the model knows the whole result of a new search (or
 * of the same search after the index changed), the releases of its query are counted by month
 * in the index (cmq_index_count_months()) in a worker thread, and "notify::ready" says when the
 * periods are those of the current search. The periods are years, or months when the result
 * spans two years or less; every period from the first release to the last is listed, those
 * without a release too. The counts are those of the search before the All / Favourites / Notes
 * filter, as the filter's buttons are.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cmq-search-model.h"

G_BEGIN_DECLS

/* A result spanning this many months or fewer is shown month by month. */
#define CMQ_SEARCH_TIMELINE_MAX_MONTHS 24

typedef enum
{
  CMQ_SEARCH_TIMELINE_YEARS,
  CMQ_SEARCH_TIMELINE_MONTHS,
} CmqSearchTimelineUnit;

typedef struct
{
  guint year;
  guint month; /* 1 to 12; 0 for a whole year */
  guint count;
} CmqSearchTimelinePeriod;

#define CMQ_TYPE_SEARCH_TIMELINE (cmq_search_timeline_get_type ())
G_DECLARE_FINAL_TYPE (CmqSearchTimeline, cmq_search_timeline, CMQ, SEARCH_TIMELINE, GObject)

/* @context: the one whose index @model searches. */
CmqSearchTimeline *cmq_search_timeline_new (CmqContext *context, CmqSearchModel *model);

/* TRUE once the periods are those of the model's current search. */
gboolean cmq_search_timeline_is_ready (CmqSearchTimeline *self);
CmqSearchTimelineUnit cmq_search_timeline_get_unit (CmqSearchTimeline *self);
guint cmq_search_timeline_get_n_periods (CmqSearchTimeline *self);
const CmqSearchTimelinePeriod *cmq_search_timeline_get_period (CmqSearchTimeline *self, guint i);
/* Releases of the result without a full date (in no period). */
guint cmq_search_timeline_get_n_undated (CmqSearchTimeline *self);

/* The periods of @months (CmqIndexMonthCount, oldest first): years, or months when they span
 * CMQ_SEARCH_TIMELINE_MAX_MONTHS or fewer. A GArray of CmqSearchTimelinePeriod. */
GArray *cmq_search_timeline_make_periods (GArray *months, CmqSearchTimelineUnit *unit);

/* "2019", or "June 2019" in the user's language. */
char *cmq_search_timeline_period_label (const CmqSearchTimelinePeriod *period);
/* @text narrowed to @period, as the search entry will show it: its year:, before: and after:
 * words (outside quotes) replaced by the period's ("year:2019", or for June 2019
 * "after:2019-05-31 before:2019-07-01"), put first so that the last word stays the last (a
 * prefix while typing). */
char *cmq_search_timeline_narrow_text (const char *text, const CmqSearchTimelinePeriod *period);

/* Signals: "notify::ready". */

G_END_DECLS
