/* test-index-filters.c: the index's oldest-first order and its source: filter, on real files in
 * a temporary folder, with no display.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <sqlite3.h>
#include <string.h>

#include "cmq-importer.h"
#include "cmq-index-private.h"
#include "cmq-search.h"
#include "index-fixture.h"
#include "library-fixture.h"

/* Oldest first: the reverse of newest first among the dated releases, the undated ones still
 * last, for words, filters, exclusions alone and nothing at all, with and without a limit. */
static void
test_oldest (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  static const char *const queries[] = { "", "arctic", "-spending", "allies", "year:2021", NULL };
  g_autofree char *arctic = NULL;

  write_small_library (fixture);
  write_file (fixture, "e.txt",
              "Arctic notes without a date\n\nAllies spoke about the Arctic and its future. "
              "The meeting covered surveillance.\n");
  update (index);

  arctic = titles (index, "arctic", CMQ_INDEX_SORT_OLDEST);
  g_assert_cmpstr (arctic, ==,
                   "Arctic security in focus|Ministers meet in Brussels|Defence spending rises|"
                   "Arctic notes without a date");
  for (guint q = 0; queries[q] != NULL; q++)
    {
      g_autoptr (GPtrArray) newest = query (index, queries[q], CMQ_INDEX_SORT_NEWEST);
      g_autoptr (GPtrArray) oldest = query (index, queries[q], CMQ_INDEX_SORT_OLDEST);
      g_autoptr (GPtrArray) dated = g_ptr_array_new ();

      g_assert_cmpuint (oldest->len, ==, newest->len);
      g_assert_cmpuint (newest->len, >, 0);
      for (guint i = 0; i < newest->len; i++)
        if (((CmqIndexHit *) g_ptr_array_index (newest, i))->date != NULL)
          g_ptr_array_insert (dated, 0, g_ptr_array_index (newest, i));
      for (guint i = 0; i < oldest->len; i++)
        {
          CmqIndexHit *hit = g_ptr_array_index (oldest, i);

          if (i < dated->len)
            g_assert_cmpstr (hit->id, ==, ((CmqIndexHit *) g_ptr_array_index (dated, i))->id);
          else
            g_assert_null (hit->date);
        }
      for (guint limit = 1; limit <= oldest->len; limit++)
        {
          g_autoptr (CmqQuery) parsed = cmq_query_parse (queries[q], CMQ_QUERY_FLAGS_NONE);
          g_autoptr (GError) error = NULL;
          g_autoptr (GPtrArray) first = cmq_index_query (index, parsed, CMQ_INDEX_SORT_OLDEST,
                                                         limit, CMQ_INDEX_QUERY_NONE, NULL, &error);

          g_assert_no_error (error);
          g_assert_cmpuint (first->len, ==, limit);
          for (guint i = 0; i < limit; i++)
            g_assert_cmpstr (((CmqIndexHit *) g_ptr_array_index (first, i))->id, ==,
                             ((CmqIndexHit *) g_ptr_array_index (oldest, i))->id);
        }
    }
}

/* A phrase longer than 2,048 bytes is searched as written, not cut into words (which would also
 * find the same words in another order); one longer than 16 KiB matches nothing and says so. */
/* source: narrows the list to the releases whose source holds its words, whatever else the query
 * does (words, ranking, dates, exclusions); a release that names no source matches none. */
static void
test_source_filter (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);

  write_file (fixture, "osce.txt",
              "https://www.osce.org/chairmanship/123\n\n" RELEASE (
                  "Observers deployed", "Monday (3 May 2021)", "The Arctic mission grows."));
  write_file (fixture, "un.txt",
              "https://press.un.org/en/2021/sgsm1.doc.htm\n\n" RELEASE (
                  "Council meets on the Arctic", "Tuesday (8 June 2021)", "The Arctic, again."));
  write_file (fixture, "un2.txt",
              "https://press.un.org/en/2022/sgsm2.doc.htm\n\n" RELEASE (
                  "Assembly opens", "Friday (2 December 2022)", "Delegates arrived."));
  write_file (fixture, "none.txt",
              RELEASE ("Arctic exercise ends", "Wednesday (15 February 2023)", "On the Arctic."));
  update (index);

  {
    g_autofree char *osce = titles (index, "source:osce", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *un = titles (index, "SOURCE:\"united NATIONS\"", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *word = titles (index, "source:nations", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *ranked = titles (index, "arctic source:nations", CMQ_INDEX_SORT_RELEVANCE);
    g_autofree char *newest = titles (index, "arctic source:nations", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *either = titles (index, "source:osce source:nations", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *dated = titles (index, "source:nations year:2022", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *excluded = titles (index, "arctic -source:nations", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *both = titles (index, "-delegates source:nations", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *part = titles (index, "source:nation", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *prefix = titles (index, "source:nation*", CMQ_INDEX_SORT_NEWEST);

    g_assert_cmpstr (osce, ==, "Observers deployed");
    g_assert_cmpstr (un, ==, "Assembly opens|Council meets on the Arctic");
    g_assert_cmpstr (word, ==, "Assembly opens|Council meets on the Arctic");
    g_assert_cmpstr (ranked, ==, "Council meets on the Arctic");
    g_assert_cmpstr (newest, ==, "Council meets on the Arctic");
    g_assert_cmpstr (either, ==, "Assembly opens|Council meets on the Arctic|Observers deployed");
    g_assert_cmpstr (dated, ==, "Assembly opens");
    g_assert_cmpstr (excluded, ==, "Arctic exercise ends|Observers deployed");
    g_assert_cmpstr (both, ==, "Council meets on the Arctic");
    g_assert_cmpstr (part, ==, "");
    g_assert_cmpstr (prefix, ==, "Assembly opens|Council meets on the Arctic");
  }

  /* Ranked within a frame of the newest matches: the frame counts the source's matches only. */
  cmq_index_set_rank_limit (index, 1);
  {
    g_autofree char *ranked = titles (index, "arctic source:nations", CMQ_INDEX_SORT_RELEVANCE);

    g_assert_cmpstr (ranked, ==, "Council meets on the Arctic");
  }
}

int
main (int argc, char *argv[])
{
  g_autofree char *cache = g_dir_make_tmp ("test-index-filters-cache-XXXXXX", NULL);
  int status;

  /* Before anything asks GLib for the cache folder. */
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/index/oldest", test_oldest);
  ADD ("/index/source-filter", test_source_filter);
#undef ADD

  status = g_test_run ();
  cmq_test_remove_tree (cache);
  return status;
}
