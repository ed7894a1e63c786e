/* bench-index.c: in-process figures for build-aux/bench (not a test: it times, never fails on
 * time).
 *
 *   bench-index cold DB LIBRARY   index LIBRARY into a new DB; prints the time it took
 *   bench-index warm DB LIBRARY   reopen with nothing changed until the list of every release is
 *                                 read (what the window shows first), then 50 fixed queries,
 *                                 each run REPEAT times, as the search entry would run them;
 *                                 with BENCH_NO_UPDATE, no update first: the queries of an index
 *                                 as it is (one whose prefixes table is unfinished, say)
 *   bench-index similar DB LIBRARY  (after warm) the releases most like each of 100 releases
 *                                 spread over the library: the index's answer from the
 *                                 signatures alone, and the list the reader shows (rescored)
 *   bench-index timeline DB LIBRARY   the timeline's counts by month (cmq_index_count_months())
 *                                 of the same 50 queries and of the whole library
 *   bench-index lengths DB LIBRARY   (after warm; writes a note, then takes it back) one ranked
 *                                 query right after the index is opened (or BENCH_PAUSE_MS
 *                                 after), then a second after it, after a pause, again, and
 *                                 after a note was written
 *
 * Prints one JSON object. Peak RSS is the process's VmHWM.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "cmq-index.h"
#include "cmq-similar.h"

#define REPEAT       5
#define LIST_LIMIT   200 /* hits read per query: more than a window shows */
#define SNIPPET_ROWS 15  /* snippets made per query: the rows a window shows */

/* Rare and common words, two words, prefixes being typed (">": the last word is a prefix, as in
 * the search entry), phrases, exclusions, OR and filters. */
static const char *const queries[] = {
  "nato",
  "defence",
  "secretary",
  "ukraine",
  "alliance",
  "ministers",
  "covid",
  "reznikov",
  "dedonder",
  "antalya",
  "hospitals",
  "stockpile",
  "cameron",
  "dayton",
  "svalbard",
  "otan",
  "secrétaire",
  "nato ukraine",
  "defence ministers",
  "summit madrid",
  "stoltenberg rutte",
  "russia nuclear",
  ">ukr",
  ">sec",
  ">def",
  ">nat",
  ">sto",
  ">mi",
  ">defence min",
  ">secretary gen",
  ">collective de",
  "nato*",
  "stolt*",
  "\"collective defence\"",
  "\"secretary general\"",
  "\"second wave\"",
  "\"defence ministers\"",
  "\"nuclear planning group\"",
  "covid -vaccine",
  "defence -russia",
  "-nato",
  "ukraine OR georgia",
  "covid OR pandemic",
  "title:meets",
  "title:madrid",
  "nato year:2021",
  "summit after:2020",
  "ukraine before:2010",
  "year:2015",
  "defence after:2010-06-01 before:2012-01-01",
};

G_STATIC_ASSERT (G_N_ELEMENTS (queries) == 50);

/* This thread's CPU time: on a shared machine the wall-clock figures carry the other processes'
 * load, the CPU time much less. */
static double
thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static long
peak_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmHWM:");
  return line != NULL ? strtol (line + 6, NULL, 10) : -1;
}

static CmqIndex *
open_library (const char *db, const char *library)
{
  const char *folders[] = { library, NULL };
  CmqIndex *index = cmq_index_new (db);

  cmq_index_set_folders (index, folders);
  return index;
}

static int
cold (const char *db, const char *library)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr (CmqIndex) index = open_library (db, library);
  g_autoptr (GError) error = NULL;
  CmqIndexStats stats = { 0 };
  double seconds;

  if (!cmq_index_update (index, NULL, &stats, &error))
    {
      g_printerr ("update failed: %s\n", error->message);
      return 1;
    }
  seconds = (g_get_monotonic_time () - start) / 1e6;
  printf ("{\"cold_s\": %.3f, \"files\": %u, \"releases\": %u, \"cold_rss_kb\": %ld}\n", seconds,
          stats.n_files, stats.n_releases, peak_rss_kb ());
  return 0;
}

static int
compare_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
percentile (GArray *sorted, double p)
{
  guint i = MIN (sorted->len - 1, (guint) (p * sorted->len));
  return g_array_index (sorted, double, i);
}

static int
warm (const char *db, const char *library)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr (CmqIndex) index = open_library (db, library);
  g_autoptr (GError) error = NULL;
  g_autoptr (CmqQuery) all = cmq_query_parse ("", CMQ_QUERY_FLAGS_NONE);
  g_autoptr (GPtrArray) listed = NULL;
  g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) cpu_times = g_array_new (FALSE, FALSE, sizeof (double));
  CmqIndexStats stats = { 0 };
  double reopen, worst = 0;
  const char *worst_query = "";
  g_autoptr (GString) escaped = NULL;
  g_auto (GStrv) own = NULL;
  const char *const *list = queries;
  guint n_queries = G_N_ELEMENTS (queries);

  if (g_getenv ("BENCH_NO_UPDATE") == NULL && !cmq_index_update (index, NULL, &stats, &error))
    {
      g_printerr ("update failed: %s\n", error->message);
      return 1;
    }
  listed = cmq_index_query (index, all, CMQ_INDEX_SORT_NEWEST, 0, 0, NULL, &error);
  g_assert_no_error (error);
  reopen = (g_get_monotonic_time () - start) / 1e6;

  /* BENCH_QUERIES: other queries than the fixed ones, one a line (">" as there). */
  if (g_getenv ("BENCH_QUERIES") != NULL)
    {
      own = g_strsplit (g_getenv ("BENCH_QUERIES"), "\n", -1);
      list = (const char *const *) own;
      n_queries = g_strv_length (own);
    }
  for (guint r = 0; r < REPEAT; r++)
    for (guint q = 0; q < n_queries; q++)
      {
        gboolean typing = list[q][0] == '>';
        gint64 t0 = g_get_monotonic_time ();
        double cpu0 = thread_cpu_ms ();
        g_autoptr (CmqQuery) query = cmq_query_parse (
            list[q] + typing, typing ? CMQ_QUERY_FLAGS_LAST_IS_PREFIX : CMQ_QUERY_FLAGS_NONE);
        g_autoptr (GPtrArray) hits = NULL;
        double ms, cpu_ms;

        hits =
            cmq_index_query (index, query, CMQ_INDEX_SORT_RELEVANCE, LIST_LIMIT, 0, NULL, &error);
        g_assert_no_error (error);
        for (guint i = 0; i < MIN (hits->len, SNIPPET_ROWS); i++)
          g_free (cmq_index_dup_snippet (index, query,
                                         ((CmqIndexHit *) g_ptr_array_index (hits, i))->id, NULL));
        ms = (g_get_monotonic_time () - t0) / 1e3;
        cpu_ms = thread_cpu_ms () - cpu0;
        g_array_append_val (times, ms);
        g_array_append_val (cpu_times, cpu_ms);
        if (g_getenv ("BENCH_VERBOSE") != NULL && r == REPEAT - 1)
          g_printerr ("%8.2f ms %8.2f ms CPU %6u hits  %s\n", ms, cpu_ms, hits->len, list[q]);
        if (ms > worst)
          {
            worst = ms;
            worst_query = list[q];
          }
      }
  g_array_sort (times, compare_double);
  g_array_sort (cpu_times, compare_double);
  escaped = g_string_new (worst_query);
  g_string_replace (escaped, "\"", "\\\"", 0);

  printf ("{\"reopen_s\": %.3f, \"listed\": %u, \"imported_on_reopen\": %u, \"p50_ms\": %.2f, "
          "\"p95_ms\": %.2f, \"p99_ms\": %.2f, \"cpu_p50_ms\": %.2f, \"cpu_p95_ms\": %.2f, "
          "\"cpu_p99_ms\": %.2f, \"worst_query\": \"%s\", \"warm_rss_kb\": %ld}\n",
          reopen, listed->len, stats.n_imported, percentile (times, 0.50), percentile (times, 0.95),
          percentile (times, 0.99), percentile (cpu_times, 0.50), percentile (cpu_times, 0.95),
          percentile (cpu_times, 0.99), escaped->str, peak_rss_kb ());
  return 0;
}

static double
elapsed_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
similar (const char *db, const char *library)
{
  g_autoptr (CmqIndex) index = open_library (db, library);
  g_autoptr (CmqQuery) all = cmq_query_parse ("", CMQ_QUERY_FLAGS_NONE);
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (GArray) sketch_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) list_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) sketch_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) list_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  guint n_listed = 0;

  hits = cmq_index_query (index, all, CMQ_INDEX_SORT_NEWEST, 0, CMQ_INDEX_QUERY_NONE, NULL, NULL);
  for (guint i = 0; hits != NULL && i < hits->len; i += MAX (1, hits->len / 100))
    {
      const CmqIndexHit *hit = g_ptr_array_index (hits, i);
      g_autoptr (CmqRelease) release = cmq_index_load_release (index, hit->id, NULL);
      g_autoptr (GPtrArray) answer = NULL;
      g_autoptr (GPtrArray) listed = NULL;
      gint64 start = g_get_monotonic_time ();
      double cpu0 = thread_cpu_ms ();
      double ms;

      answer = cmq_index_similar (index, hit->id, 18, NULL, NULL);
      ms = elapsed_ms (start);
      g_array_append_val (sketch_ms, ms);
      ms = thread_cpu_ms () - cpu0;
      g_array_append_val (sketch_cpu, ms);
      start = g_get_monotonic_time ();
      cpu0 = thread_cpu_ms ();
      listed = cmq_similar_find (index, release, 6, NULL, NULL);
      ms = elapsed_ms (start);
      g_array_append_val (list_ms, ms);
      ms = thread_cpu_ms () - cpu0;
      g_array_append_val (list_cpu, ms);
      n_listed += listed != NULL ? listed->len : 0;
    }
  g_array_sort (sketch_ms, compare_double);
  g_array_sort (list_ms, compare_double);
  g_array_sort (sketch_cpu, compare_double);
  g_array_sort (list_cpu, compare_double);
  printf ("{\"releases\": %u, \"asked\": %u, \"listed_mean\": %.1f,"
          " \"index_p50_ms\": %.2f, \"index_p95_ms\": %.2f, \"list_p50_ms\": %.2f,"
          " \"list_p95_ms\": %.2f, \"index_cpu_p50_ms\": %.2f, \"index_cpu_p95_ms\": %.2f,"
          " \"list_cpu_p50_ms\": %.2f, \"list_cpu_p95_ms\": %.2f}\n",
          hits != NULL ? hits->len : 0, list_ms->len, (double) n_listed / MAX (1, list_ms->len),
          percentile (sketch_ms, 0.5), percentile (sketch_ms, 0.95), percentile (list_ms, 0.5),
          percentile (list_ms, 0.95), percentile (sketch_cpu, 0.5), percentile (sketch_cpu, 0.95),
          percentile (list_cpu, 0.5), percentile (list_cpu, 0.95));
  return 0;
}

static int
timeline (const char *db, const char *library)
{
  g_autoptr (CmqIndex) index = open_library (db, library);
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) cpu_times = g_array_new (FALSE, FALSE, sizeof (double));
  double all_ms = 0;

  if (!cmq_index_update (index, NULL, NULL, &error))
    {
      g_printerr ("update failed: %s\n", error->message);
      return 1;
    }
  for (guint r = 0; r < REPEAT; r++)
    for (guint q = 0; q <= G_N_ELEMENTS (queries); q++)
      {
        /* The last one: the empty search, every release of the library. */
        const char *text = q < G_N_ELEMENTS (queries) ? queries[q] : "";
        gboolean typing = text[0] == '>';
        g_autoptr (CmqQuery) query = cmq_query_parse (
            text + typing, typing ? CMQ_QUERY_FLAGS_LAST_IS_PREFIX : CMQ_QUERY_FLAGS_NONE);
        gint64 t0 = g_get_monotonic_time ();
        double cpu0 = thread_cpu_ms ();
        g_autoptr (GArray) months = cmq_index_count_months (index, query, NULL, NULL, &error);
        double ms = (g_get_monotonic_time () - t0) / 1e3;
        double cpu_ms = thread_cpu_ms () - cpu0;

        g_assert_no_error (error);
        if (q == G_N_ELEMENTS (queries))
          all_ms = MAX (all_ms, ms);
        g_array_append_val (times, ms);
        g_array_append_val (cpu_times, cpu_ms);
        if (g_getenv ("BENCH_VERBOSE") != NULL && r == REPEAT - 1)
          g_printerr ("%8.2f ms %8.2f ms CPU %4u months  %s\n", ms, cpu_ms, months->len, text);
      }
  g_array_sort (times, compare_double);
  g_array_sort (cpu_times, compare_double);
  printf ("{\"timeline_p50_ms\": %.2f, \"timeline_p95_ms\": %.2f, \"timeline_max_ms\": %.2f, "
          "\"timeline_cpu_p50_ms\": %.2f, \"timeline_cpu_p95_ms\": %.2f, "
          "\"timeline_all_ms\": %.2f}\n",
          percentile (times, 0.50), percentile (times, 0.95),
          g_array_index (times, double, times->len - 1), percentile (cpu_times, 0.50),
          percentile (cpu_times, 0.95), all_ms);
  return 0;
}

/* Runs @text ranked, as the search entry would; prints its times under @name. */
static void
time_ranked (CmqIndex *index, const char *name, const char *text, char **first_id)
{
  g_autoptr (CmqQuery) query = cmq_query_parse (text, CMQ_QUERY_FLAGS_NONE);
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  double cpu0 = thread_cpu_ms ();

  hits = cmq_index_query (index, query, CMQ_INDEX_SORT_RELEVANCE, LIST_LIMIT, 0, NULL, &error);
  g_assert_no_error (error);
  printf ("\"%s_ms\": %.2f, \"%s_cpu_ms\": %.2f, ", name, elapsed_ms (start), name,
          thread_cpu_ms () - cpu0);
  if (first_id != NULL && hits->len > 0)
    *first_id = g_strdup (((CmqIndexHit *) g_ptr_array_index (hits, 0))->id);
}

static int
lengths (const char *db, const char *library)
{
  static const char *const text = "ukraine OR reznikov";
  g_autoptr (CmqIndex) index = open_library (db, library);
  g_autofree char *id = NULL;
  gint64 start;
  double cpu0;

  /* BENCH_PAUSE_MS: the time a user takes to type, from the index opened to the first query. */
  if (g_getenv ("BENCH_PAUSE_MS") != NULL)
    g_usleep (1000 * g_ascii_strtoull (g_getenv ("BENCH_PAUSE_MS"), NULL, 10));
  printf ("{");
  time_ranked (index, "first", text, &id);
  time_ranked (index, "again", text, NULL);
  g_usleep (G_USEC_PER_SEC / 10);
  time_ranked (index, "paused", text, NULL);
  g_assert_nonnull (id);
  start = g_get_monotonic_time ();
  cpu0 = thread_cpu_ms ();
  cmq_index_set_note (index, id, "A note written by bench-index about Ukraine.");
  printf ("\"note_ms\": %.2f, \"note_cpu_ms\": %.2f, ", elapsed_ms (start),
          thread_cpu_ms () - cpu0);
  time_ranked (index, "after_note", text, NULL);
  time_ranked (index, "after_note_again", text, NULL);
  cmq_index_set_note (index, id, "");
  printf ("\"rss_kb\": %ld}\n", peak_rss_kb ());
  return 0;
}

int
main (int argc, char *argv[])
{
  if (argc != 4)
    {
      g_printerr ("usage: bench-index cold|warm|similar|timeline|lengths DB LIBRARY\n");
      return 2;
    }
  if (strcmp (argv[1], "cold") == 0)
    return cold (argv[2], argv[3]);
  if (strcmp (argv[1], "warm") == 0)
    return warm (argv[2], argv[3]);
  if (strcmp (argv[1], "similar") == 0)
    return similar (argv[2], argv[3]);
  if (strcmp (argv[1], "timeline") == 0)
    return timeline (argv[2], argv[3]);
  if (strcmp (argv[1], "lengths") == 0)
    return lengths (argv[2], argv[3]);
  g_printerr ("usage: bench-index cold|warm|similar|timeline|lengths DB LIBRARY\n");
  return 2;
}
