/* test-index-foreach.c: cmq_index_query_foreach(), what `communique --search` prints: the same
 * hits, in the same order and with the same snippets, as cmq_index_query() on a generated
 * library, for every kind of query, also when it reads only what the command line prints
 * (CMQ_INDEX_QUERY_BRIEF); and handed out while the query runs, not gathered first.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-index.h"
#include "index-fixture.h"

/* Words, phrases, prefixes (long and short), exclusions, OR, filters, nothing at all. */
static const char *const queries[] = {
  "nato",
  "defence ministers",
  "\"collective defence\"",
  "nato*",
  "stolt*",
  "ukraine OR georgia",
  "covid -vaccine",
  "-nato",
  "year:2015",
  "nato year:2021",
  "summit after:2020",
  "title:meets",
  "",
  "zzzz",
};

/* One line per hit, every field of it. */
static void
append_hit (GString *out, const CmqIndexHit *hit)
{
  g_string_append_printf (out, "%s|%s|%s|%s|%s|%s|%d|%.6g|%s|%s|%s|%s\n", hit->id, hit->file,
                          hit->title, hit->date, hit->partial_date, hit->language, hit->date_source,
                          hit->score, hit->snippet, hit->source, hit->url, hit->kind);
}

static gboolean
append_hit_cb (const CmqIndexHit *hit, gpointer user_data)
{
  append_hit (user_data, hit);
  return TRUE;
}

/* One line per hit, what CMQ_INDEX_QUERY_BRIEF reads. */
static void
append_brief (GString *out, const CmqIndexHit *hit)
{
  g_string_append_printf (out, "%s|%s|%s|%s|%.6g|%s\n", hit->id, hit->file, hit->title, hit->date,
                          hit->score, hit->snippet);
}

/* A brief hit: the fields it does not read are left empty. */
static gboolean
append_brief_cb (const CmqIndexHit *hit, gpointer user_data)
{
  g_assert_null (hit->partial_date);
  g_assert_null (hit->language);
  g_assert_cmpint (hit->date_source, ==, CMQ_DATE_SOURCE_NONE);
  g_assert_null (hit->source);
  g_assert_null (hit->url);
  g_assert_null (hit->kind);
  append_brief (user_data, hit);
  return TRUE;
}

static void
generate_library (Fixture *fixture, const char *size)
{
  g_autofree char *generator =
      g_test_build_filename (G_TEST_DIST, "..", "build-aux", "generate-library.py", NULL);
  const char *argv[] = { "python3", generator, fixture->library, size, NULL };
  g_autoptr (GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status,
                &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

static void
test_same_as_query (Fixture *fixture, gconstpointer data)
{
  static const guint limits[] = { 0, 1, 7, 150 };
  g_autoptr (CmqIndex) index = open_index (fixture);
  guint n_compared = 0;

  generate_library (fixture, "400");
  g_assert_cmpuint (update (index).n_releases, >, 350);
  /* A rank limit inside the results: ranked hits, then older ones. */
  cmq_index_set_rank_limit (index, 40);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    for (CmqIndexSort sort = CMQ_INDEX_SORT_RELEVANCE; sort <= CMQ_INDEX_SORT_OLDEST; sort++)
      for (guint l = 0; l < G_N_ELEMENTS (limits); l++)
        for (int flags = CMQ_INDEX_QUERY_NONE; flags <= CMQ_INDEX_QUERY_SNIPPETS; flags++)
          for (int typing = 0; typing <= 1; typing++)
            {
              g_autoptr (CmqQuery) parsed = cmq_query_parse (
                  queries[q], typing ? CMQ_QUERY_FLAGS_LAST_IS_PREFIX : CMQ_QUERY_FLAGS_NONE);
              g_autoptr (GPtrArray) hits = NULL;
              g_autoptr (GString) expected = g_string_new (NULL);
              g_autoptr (GString) handed = g_string_new (NULL);
              g_autoptr (GString) brief = g_string_new (NULL);
              g_autoptr (GString) handed_brief = g_string_new (NULL);
              g_autoptr (GError) error = NULL;

              hits = cmq_index_query (index, parsed, sort, limits[l], flags, NULL, &error);
              g_assert_no_error (error);
              for (guint i = 0; i < hits->len; i++)
                {
                  append_hit (expected, g_ptr_array_index (hits, i));
                  append_brief (brief, g_ptr_array_index (hits, i));
                }
              g_assert_true (cmq_index_query_foreach (index, parsed, sort, limits[l], flags,
                                                      append_hit_cb, handed, NULL, &error));
              g_assert_no_error (error);
              if (g_strcmp0 (expected->str, handed->str) != 0)
                g_test_message ("%s, sort %d, limit %u, flags %d, typing %d", queries[q], sort,
                                limits[l], flags, typing);
              g_assert_cmpstr (expected->str, ==, handed->str);
              /* Brief: the same hits, read with fewer columns. */
              g_assert_true (cmq_index_query_foreach (index, parsed, sort, limits[l],
                                                      flags | CMQ_INDEX_QUERY_BRIEF,
                                                      append_brief_cb, handed_brief, NULL, &error));
              g_assert_no_error (error);
              g_assert_cmpstr (brief->str, ==, handed_brief->str);
              n_compared += hits->len;
            }
  g_assert_cmpuint (n_compared, >, 10000);
}

typedef struct
{
  GCancellable *cancellable;
  guint n_hits;
} Counter;

static gboolean
cancel_cb (const CmqIndexHit *hit, gpointer user_data)
{
  Counter *counter = user_data;

  counter->n_hits++;
  g_cancellable_cancel (counter->cancellable);
  return TRUE;
}

/* A common word lists most of a large library: its hits go out as they are read, and a search
 * cancelled by the first of them reads no further (gathered first, every hit was handed out). */
static void
test_streamed (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autoptr (CmqQuery) all = cmq_query_parse ("", CMQ_QUERY_FLAGS_NONE);
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  Counter counter = { cancellable, 0 };
  guint n_releases;

  generate_library (fixture, "400");
  n_releases = update (index).n_releases;
  g_assert_cmpuint (n_releases, >, 350);

  g_assert_false (cmq_index_query_foreach (index, all, CMQ_INDEX_SORT_NEWEST, 0,
                                           CMQ_INDEX_QUERY_NONE, cancel_cb, &counter, cancellable,
                                           &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (counter.n_hits, >=, 1);
  g_assert_cmpuint (counter.n_hits, <, n_releases);

  /* The index is whole and answers the next search. */
  g_clear_error (&error);
  g_cancellable_reset (cancellable);
  g_assert_true (cmq_index_query_foreach (index, all, CMQ_INDEX_SORT_NEWEST, 0,
                                          CMQ_INDEX_QUERY_NONE, append_hit_cb, out, NULL, &error));
  g_assert_cmpuint (strlen (out->str), >, 0);
  g_assert_no_error (error);
}

int
main (int argc, char *argv[])
{
  g_autofree char *cache = g_dir_make_tmp ("test-index-foreach-cache-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/index-foreach/same-as-query", test_same_as_query);
  ADD ("/index-foreach/streamed", test_streamed);
#undef ADD

  status = g_test_run ();
  cmq_test_remove_tree (cache);
  return status;
}
