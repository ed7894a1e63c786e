/* test-search-timeline.c: the timeline's counts without a window: per year (or month) they are
 * the search's releases of that year (or month), for words, exclusions and date filters, over a
 * generated library; the month granularity; and the text that narrows a search to a period.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "cmq-search-timeline.h"
#include "remove-tree.h"
#include "test-timeout.h"

typedef struct
{
  char *dir;
  char *folder;
  CmqStore *store;
  CmqContext *context;
  CmqSearchModel *model;
  CmqSearchTimeline *timeline;
} Fixture;

static void
generate (const char *folder, const char *count)
{
  g_autofree char *generator =
      g_test_build_filename (G_TEST_DIST, "..", "build-aux", "generate-library.py", NULL);
  const char *argv[] = { "python3", generator, folder, count, NULL };
  g_autoptr (GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status,
                &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* The search is whole, the context idle and the timeline counted that search. */
static void
wait_ready (Fixture *fixture)
{
  gint64 deadline = cmq_test_deadline (120);

  do
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      if (g_get_monotonic_time () > deadline)
        g_error ("Gave up waiting for the timeline");
      if (cmq_search_model_is_running (fixture->model) ||
          cmq_context_is_updating (fixture->context) ||
          !cmq_search_timeline_is_ready (fixture->timeline))
        g_main_context_iteration (NULL, TRUE);
    }
  while (cmq_search_model_is_running (fixture->model) ||
         cmq_context_is_updating (fixture->context) || g_main_context_pending (NULL) ||
         !cmq_search_timeline_is_ready (fixture->timeline));
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autofree char *index_path = NULL;
  g_autofree char *store_path = NULL;
  g_autoptr (CmqLibrary) library = cmq_library_new ();
  g_autoptr (GFile) folder = NULL;
  g_autoptr (GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("cmq-search-timeline-XXXXXX", NULL);
  fixture->folder = g_build_filename (fixture->dir, "releases", NULL);
  generate (fixture->folder, "400");
  index_path = g_build_filename (fixture->dir, "index.sqlite", NULL);
  store_path = g_build_filename (fixture->dir, "library.ini", NULL);

  folder = g_file_new_for_path (fixture->folder);
  cmq_library_add_directory (library, folder);
  fixture->store = cmq_store_new (store_path);
  cmq_store_load (fixture->store, &error);
  g_assert_no_error (error);
  fixture->context = cmq_context_new (library, fixture->store, index_path);
  cmq_context_update (fixture->context);
  fixture->model = cmq_search_model_new (fixture->context, CMQ_INDEX_SORT_RELEVANCE);
  fixture->timeline = cmq_search_timeline_new (fixture->context, fixture->model);
  wait_ready (fixture);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->timeline);
  g_clear_object (&fixture->model);
  g_clear_object (&fixture->context);
  g_clear_object (&fixture->store);
  cmq_test_remove_tree (fixture->dir);
  g_free (fixture->folder);
  g_free (fixture->dir);
}

/* The whole result. */
static guint
n_listed (Fixture *fixture)
{
  return cmq_hit_list_get_n_hits (cmq_search_model_get_hit_list (fixture->model));
}

/* The key of a release's period: its year, or year * 100 + month; 0 when undated. */
static guint
period_key (const char *date, CmqSearchTimelineUnit unit)
{
  guint year, month;

  if (date == NULL || sscanf (date, "%4u-%2u", &year, &month) != 2)
    return 0;
  return unit == CMQ_SEARCH_TIMELINE_YEARS ? year : year * 100 + month;
}

/* The timeline's periods count exactly the releases the list shows in each. */
static void
assert_counts_match (Fixture *fixture, const char *text)
{
  CmqHitList *list = cmq_search_model_get_hit_list (fixture->model);
  CmqSearchTimelineUnit unit = cmq_search_timeline_get_unit (fixture->timeline);
  g_autoptr (GHashTable) expected = g_hash_table_new (NULL, NULL);
  guint n_undated = 0, n_counted = 0;

  /* The list has a row per hit. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==,
                    cmq_hit_list_get_n_hits (list));
  g_test_message ("%s: %u releases, %u periods", text, n_listed (fixture),
                  cmq_search_timeline_get_n_periods (fixture->timeline));
  for (guint i = 0; i < cmq_hit_list_get_n_hits (list); i++)
    {
      guint key = period_key (cmq_hit_list_get_hit (list, i)->date, unit);
      gpointer n = g_hash_table_lookup (expected, GUINT_TO_POINTER (key));

      if (key == 0)
        n_undated++;
      else
        g_hash_table_insert (expected, GUINT_TO_POINTER (key),
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (n) + 1));
    }
  for (guint i = 0; i < cmq_search_timeline_get_n_periods (fixture->timeline); i++)
    {
      const CmqSearchTimelinePeriod *period = cmq_search_timeline_get_period (fixture->timeline, i);
      guint key =
          unit == CMQ_SEARCH_TIMELINE_YEARS ? period->year : period->year * 100 + period->month;

      g_assert_cmpuint (unit == CMQ_SEARCH_TIMELINE_YEARS, ==, period->month == 0);
      g_assert_cmpuint (period->count, ==,
                        GPOINTER_TO_UINT (g_hash_table_lookup (expected, GUINT_TO_POINTER (key))));
      n_counted += period->count;
    }
  g_assert_cmpuint (cmq_search_timeline_get_n_undated (fixture->timeline), ==, n_undated);
  g_assert_cmpuint (n_counted + n_undated, ==, n_listed (fixture));
}

static void
search (Fixture *fixture, const char *text)
{
  cmq_search_model_set_text (fixture->model, text);
  wait_ready (fixture);
}

static void
test_years (Fixture *fixture, gconstpointer data)
{
  static const char *const texts[] = {
    "",
    "nato",
    "otan",
    "summit -otan",
    "-nato",
    "nato after:2010",
    "before:2005",
    "summ",
    "source:nato",
    "summit -source:otan",
  };

  g_assert_cmpuint (cmq_search_timeline_get_unit (fixture->timeline), ==,
                    CMQ_SEARCH_TIMELINE_YEARS);
  g_assert_cmpuint (cmq_search_timeline_get_n_periods (fixture->timeline), >, 10);
  assert_counts_match (fixture, "(all)");
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      search (fixture, texts[i]);
      g_assert_cmpuint (cmq_search_timeline_get_unit (fixture->timeline), ==,
                        CMQ_SEARCH_TIMELINE_YEARS);
      assert_counts_match (fixture, texts[i]);
    }
  /* Nothing found: no period. */
  search (fixture, "zzzzqqq");
  g_assert_cmpuint (cmq_search_timeline_get_n_periods (fixture->timeline), ==, 0);
}

/* Two years or less: months, every one from the first to the last. */
static void
test_months (Fixture *fixture, gconstpointer data)
{
  static const char *const texts[] = {
    "year:2015",
    "nato year:2012",
    "after:2018-06-30 before:2020-07-01",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      search (fixture, texts[i]);
      g_assert_cmpuint (cmq_search_timeline_get_unit (fixture->timeline), ==,
                        CMQ_SEARCH_TIMELINE_MONTHS);
      g_assert_cmpuint (cmq_search_timeline_get_n_periods (fixture->timeline), <=,
                        CMQ_SEARCH_TIMELINE_MAX_MONTHS);
      assert_counts_match (fixture, texts[i]);
    }
  g_assert_cmpuint (cmq_search_timeline_get_n_periods (fixture->timeline), >, 12);
  /* Three years: years again. */
  search (fixture, "after:2014-12-31 before:2018-01-01");
  g_assert_cmpuint (cmq_search_timeline_get_unit (fixture->timeline), ==,
                    CMQ_SEARCH_TIMELINE_YEARS);
  g_assert_cmpuint (cmq_search_timeline_get_n_periods (fixture->timeline), ==, 3);
  assert_counts_match (fixture, "2015-2017");
}

/* The text a click on a period puts in the search entry lists exactly that period's releases. */
static void
test_narrow (Fixture *fixture, gconstpointer data)
{
  const CmqSearchTimelinePeriod *period;
  g_autofree char *year_text = NULL;
  g_autofree char *month_text = NULL;
  g_autofree char *expected = NULL;
  guint count;

  search (fixture, "nato after:2001");
  period = cmq_search_timeline_get_period (fixture->timeline, 3);
  count = period->count;
  year_text = cmq_search_timeline_narrow_text ("nato after:2001", period);
  g_assert_cmpstr (year_text, ==, "year:2005 nato");
  search (fixture, year_text);
  g_assert_cmpuint (n_listed (fixture), ==, count);
  g_assert_cmpuint (cmq_search_timeline_get_unit (fixture->timeline), ==,
                    CMQ_SEARCH_TIMELINE_MONTHS);

  /* The first month that has a release: the periods start there. */
  period = cmq_search_timeline_get_period (fixture->timeline, 0);
  count = period->count;
  g_assert_cmpuint (count, >, 0);
  g_assert_cmpuint (period->month, >, 1);
  g_assert_cmpuint (period->month, <, 12);
  month_text = cmq_search_timeline_narrow_text (year_text, period);
  expected =
      g_strdup_printf ("after:2005-%02u-%02u before:2005-%02u-01 nato", period->month - 1,
                       g_date_get_days_in_month (period->month - 1, 2005), period->month + 1);
  g_assert_cmpstr (month_text, ==, expected);
  search (fixture, month_text);
  g_assert_cmpuint (n_listed (fixture), ==, count);
}

static void
test_narrow_text (void)
{
  CmqSearchTimelinePeriod year = { 2012, 0, 4 };
  CmqSearchTimelinePeriod january = { 2019, 1, 4 };
  CmqSearchTimelinePeriod december = { 2019, 12, 4 };
  g_autofree char *a =
      cmq_search_timeline_narrow_text ("nato Year:2010 \"year:2000 x\" sum", &year);
  g_autofree char *b = cmq_search_timeline_narrow_text ("before:2020 after:2018 nato ", &january);
  g_autofree char *c = cmq_search_timeline_narrow_text (NULL, &december);
  g_autofree char *d = cmq_search_timeline_narrow_text ("  ", &year);

  g_assert_cmpstr (a, ==, "year:2012 nato \"year:2000 x\" sum");
  g_assert_cmpstr (b, ==, "after:2018-12-31 before:2019-02-01 nato ");
  g_assert_cmpstr (c, ==, "after:2019-11-30 before:2020-01-01");
  g_assert_cmpstr (d, ==, "year:2012");
}

static GArray *
months_of (const guint (*months)[3], guint n)
{
  GArray *array = g_array_new (FALSE, FALSE, sizeof (CmqIndexMonthCount));

  for (guint i = 0; i < n; i++)
    {
      CmqIndexMonthCount month = { months[i][0], months[i][1], months[i][2] };
      g_array_append_val (array, month);
    }
  return array;
}

/* 24 months or fewer from the first to the last: months; 25: years. */
static void
test_make_periods (void)
{
  static const guint short_span[][3] = { { 2019, 11, 2 }, { 2021, 10, 1 } };
  static const guint long_span[][3] = { { 2019, 11, 2 }, { 2020, 1, 3 }, { 2021, 11, 1 } };
  g_autoptr (GArray) short_months = months_of (short_span, G_N_ELEMENTS (short_span));
  g_autoptr (GArray) long_months = months_of (long_span, G_N_ELEMENTS (long_span));
  g_autoptr (GArray) none = g_array_new (FALSE, FALSE, sizeof (CmqIndexMonthCount));
  g_autoptr (GArray) by_month = NULL, by_year = NULL, empty = NULL;
  CmqSearchTimelineUnit unit;

  by_month = cmq_search_timeline_make_periods (short_months, &unit);
  g_assert_cmpuint (unit, ==, CMQ_SEARCH_TIMELINE_MONTHS);
  g_assert_cmpuint (by_month->len, ==, 24);
  g_assert_cmpuint (g_array_index (by_month, CmqSearchTimelinePeriod, 0).count, ==, 2);
  g_assert_cmpuint (g_array_index (by_month, CmqSearchTimelinePeriod, 1).count, ==, 0);
  g_assert_cmpuint (g_array_index (by_month, CmqSearchTimelinePeriod, 1).month, ==, 12);
  g_assert_cmpuint (g_array_index (by_month, CmqSearchTimelinePeriod, 2).year, ==, 2020);
  g_assert_cmpuint (g_array_index (by_month, CmqSearchTimelinePeriod, 23).count, ==, 1);

  by_year = cmq_search_timeline_make_periods (long_months, &unit);
  g_assert_cmpuint (unit, ==, CMQ_SEARCH_TIMELINE_YEARS);
  g_assert_cmpuint (by_year->len, ==, 3);
  g_assert_cmpuint (g_array_index (by_year, CmqSearchTimelinePeriod, 0).count, ==, 2);
  g_assert_cmpuint (g_array_index (by_year, CmqSearchTimelinePeriod, 1).count, ==, 3);
  g_assert_cmpuint (g_array_index (by_year, CmqSearchTimelinePeriod, 2).year, ==, 2021);

  empty = cmq_search_timeline_make_periods (none, &unit);
  g_assert_cmpuint (empty->len, ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search-timeline/make-periods", test_make_periods);
  g_test_add_func ("/search-timeline/narrow-text", test_narrow_text);
  g_test_add ("/search-timeline/years", Fixture, NULL, fixture_set_up, test_years,
              fixture_tear_down);
  g_test_add ("/search-timeline/months", Fixture, NULL, fixture_set_up, test_months,
              fixture_tear_down);
  g_test_add ("/search-timeline/narrow", Fixture, NULL, fixture_set_up, test_narrow,
              fixture_tear_down);
  return g_test_run ();
}
