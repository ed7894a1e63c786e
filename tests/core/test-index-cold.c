/* test-index-cold.c: a cold build writes the prefixes table on a thread of its own, into a
 * scratch database copied into the index at the end (cmq-index-prefix-build.c): the table holds
 * what writing it release by release gives, a note written before the build included, and a
 * build cut short before the copy is put right by the next update, with the notes written
 * meanwhile.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <sqlite3.h>
#include <string.h>

#include "cmq-index-private.h"
#include "index-fixture.h"

/* More than an update's bulk threshold (1,000 files): a cold build. */
#define N_FILES 1100

static const char *const topics[] = {
  "Arctic",   "cyber",  "ÉLYSÉE",     "straße", "naïve",   "Kosovo", "defence", "ΑΘΗΝΑ",
  "东京会议", "budget", "resilience", "space",  "Ukraine", "ocean",  "wheat",   "Zagreb",
};

static void
write_many (Fixture *fixture)
{
  static const char *const months[] = {
    "January", "March", "May", "July", "September", "November"
  };

  for (guint i = 0; i < N_FILES; i++)
    {
      g_autofree char *name = g_strdup_printf ("r%04u.txt", i);
      g_autofree char *title =
          g_strdup_printf ("Release %u on %s", i, topics[i % G_N_ELEMENTS (topics)]);
      g_autofree char *date = g_strdup_printf (
          "Monday (%u %s %u)", 1 + i % 28, months[i / 28 % G_N_ELEMENTS (months)], 2000 + i / 168);
      g_autofree char *body = g_strdup_printf (
          "Allies spoke of %s and %s, item q%ux%u.", topics[i * 7 % G_N_ELEMENTS (topics)],
          topics[i * 3 % G_N_ELEMENTS (topics)], i % 97, i % 13);
      g_autofree char *text = g_strdup_printf (RELEASE ("%s", "%s", "%s"), title, date, body);

      write_file (fixture, name, text);
    }
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(char *const *) a, *(char *const *) b);
}

/* The hits of @text typed in the search box, their titles sorted, joined by "|". */
static char *
typed (CmqIndex *index, const char *text)
{
  g_autoptr (CmqQuery) parsed = cmq_query_parse (text, CMQ_QUERY_FLAGS_LAST_IS_PREFIX);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) hits =
      cmq_index_query (index, parsed, CMQ_INDEX_SORT_NEWEST, 0, CMQ_INDEX_QUERY_NONE, NULL, &error);
  g_autoptr (GPtrArray) titles = g_ptr_array_new ();

  g_assert_no_error (error);
  for (guint i = 0; i < hits->len; i++)
    g_ptr_array_add (titles, ((CmqIndexHit *) g_ptr_array_index (hits, i))->title);
  g_ptr_array_sort (titles, compare_strings);
  g_ptr_array_add (titles, NULL);
  return g_strjoinv ("|", (char **) titles->pdata);
}

static int
count_except (sqlite3 *db, const char *a, const char *b)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM (SELECT * FROM %s EXCEPT"
                                          " SELECT * FROM %s)",
                                          a, b);
  int n = -1;

  g_assert_cmpint (cmq_index_query_int (db, sql, &n), ==, SQLITE_OK);
  return n;
}

/* The index's prefixes table against one written release by release from docs_text: the same
 * pairs of release and prefix, a sound FTS5 index, nothing left unfinished. */
static void
check_table (Fixture *fixture)
{
  int rc = SQLITE_OK, n = -1;
  sqlite3 *db = cmq_index_db_open (fixture->db_path, &rc);

  g_assert_nonnull (db);
  g_assert_true (cmq_index_db_exec (
      db,
      "CREATE VIRTUAL TABLE temp.ref USING fts5 (words, content = '', detail = none,"
      "  columnsize = 0, tokenize = 'cmq_words');"
      "INSERT INTO temp.ref (rowid, words)"
      "  SELECT docid, cmq_prefixes (title, body, notes) FROM docs_text;"
      "CREATE VIRTUAL TABLE temp.ours_vocab USING fts5vocab (main, prefixes, instance);"
      "CREATE VIRTUAL TABLE temp.ref_vocab USING fts5vocab (temp, ref, instance);"
      "INSERT INTO prefixes (prefixes, rank) VALUES ('integrity-check', 0);",
      NULL));
  g_assert_cmpint (cmq_index_query_int (db, "SELECT count(*) FROM temp.ours_vocab", &n), ==,
                   SQLITE_OK);
  g_assert_cmpint (n, >, 20 * N_FILES);
  g_assert_cmpint (count_except (db, "temp.ours_vocab", "temp.ref_vocab"), ==, 0);
  g_assert_cmpint (count_except (db, "temp.ref_vocab", "temp.ours_vocab"), ==, 0);
  g_assert_cmpint (cmq_index_query_int (db, "SELECT count(*) FROM unfinished", &n), ==, SQLITE_OK);
  g_assert_cmpint (n, ==, 0);
  sqlite3_close (db);
}

static void
test_cold (Fixture *fixture, gconstpointer data)
{
  g_autofree char *first_db = g_build_filename (fixture->dir, "first", "index.sqlite", NULL);
  g_autofree char *scratch = g_strconcat (fixture->db_path, "-prefixes", NULL);
  guint before = cmq_index_prefix_build_get_n_copied ();
  g_autofree char *id = NULL;

  /* A release's id, from a first index, for a note written before the second one's build. */
  {
    g_autoptr (CmqIndex) first = cmq_index_new (first_db);
    const char *folders[] = { fixture->library, NULL };
    g_autoptr (GPtrArray) hits = NULL;

    write_many (fixture);
    cmq_index_set_folders (first, folders);
    update (first);
    hits = query (first, "\"release 17 on\"", CMQ_INDEX_SORT_NEWEST);
    g_assert_cmpuint (hits->len, ==, 1);
    id = g_strdup (((CmqIndexHit *) g_ptr_array_index (hits, 0))->id);
  }
  g_assert_cmpuint (cmq_index_prefix_build_get_n_copied (), ==, before + 1);

  {
    g_autoptr (CmqIndex) index = open_index (fixture);
    g_autofree char *quo = NULL;
    g_autofree char *ath = NULL;
    CmqIndexStats stats;

    cmq_index_set_note (index, id, "Quokka sighting");
    stats = update (index);
    g_assert_cmpuint (stats.n_releases, ==, N_FILES);
    g_assert_cmpuint (cmq_index_prefix_build_get_n_copied (), ==, before + 2);
    g_assert_false (g_file_test (scratch, G_FILE_TEST_EXISTS));
    check_table (fixture);
    quo = typed (index, "quo");
    g_assert_cmpstr (quo, ==, "Release 17 on cyber");
    ath = typed (index, "αθ");
    g_assert_cmpstr (strstr (ath, "Release 7 on ΑΘΗΝΑ"), !=, NULL);

    /* Notes and changed files after the build go to the table as before. */
    cmq_index_set_note (index, id, NULL);
    write_file (fixture, "r0017.txt",
                RELEASE ("Release 17 on wombats", "Monday (18 March 2000)", "Wombats."));
    touch_later (fixture, "r0017.txt");
    update (index);
    g_assert_cmpuint (cmq_index_prefix_build_get_n_copied (), ==, before + 2);
    g_clear_pointer (&quo, g_free);
    quo = typed (index, "quo");
    g_assert_cmpstr (quo, ==, "");
    g_clear_pointer (&quo, g_free);
    quo = typed (index, "wom");
    g_assert_cmpstr (quo, ==, "Release 17 on wombats");
    check_table (fixture);
  }
}

/* A cold build cut short before its prefixes were copied: the next update writes them. */
static void
test_cut_short (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autofree char *zag = NULL;
  int rc = SQLITE_OK;
  sqlite3 *db;

  write_many (fixture);
  update (index);
  db = cmq_index_db_open (fixture->db_path, &rc);
  g_assert_nonnull (db);
  g_assert_true (cmq_index_db_exec (db,
                                    "INSERT INTO prefixes (prefixes) VALUES ('delete-all');"
                                    "INSERT INTO unfinished (what) VALUES ('prefixes');",
                                    NULL));
  sqlite3_close (db);
  /* The table is empty meanwhile: fts answers for it (see test_unfinished()). */
  zag = typed (index, "zag");
  g_assert_cmpstr (strstr (zag, "Release 15 on Zagreb"), !=, NULL);
  /* A note meanwhile leaves the prefixes to the repair (its release has no row to delete). */
  {
    g_autoptr (GPtrArray) hits = query (index, "\"release 17 on\"", CMQ_INDEX_SORT_NEWEST);

    g_assert_cmpuint (hits->len, ==, 1);
    cmq_index_set_note (index, ((CmqIndexHit *) g_ptr_array_index (hits, 0))->id, "Quokka");
  }

  touch_later (fixture, "r0000.txt");
  update (index);
  g_clear_pointer (&zag, g_free);
  zag = typed (index, "zag");
  g_assert_cmpstr (strstr (zag, "Release 15 on Zagreb"), !=, NULL);
  g_clear_pointer (&zag, g_free);
  zag = typed (index, "quo");
  g_assert_cmpstr (zag, ==, "Release 17 on cyber");
  check_table (fixture);
}

/* Short prefixes typed, alone, beside a word, beside another prefix, with a word left out and
 * with a date filter. */
static const char *const prefix_queries[] = {
  "za", "zag", "budget za", "ocean zag", "-ocean zag", "ko* zag", "year:2003 de", "al",
};

/* The limits of the first screens asked (and all of them, 0): while the table is unfinished, a
 * prefix alone is read from the newest releases' text, then from fts for the rest. */
static const guint limits[] = { 0, 1, 7, 50, 300 };

/* The ids of the hits of @text typed in each order (relevance's too: while the table is
 * unfinished the words are ranked alone, as after), then the timeline's counts of each month. */
static char *
answers (CmqIndex *index, const char *text)
{
  static const CmqIndexSort sorts[] = { CMQ_INDEX_SORT_NEWEST, CMQ_INDEX_SORT_OLDEST,
                                        CMQ_INDEX_SORT_RELEVANCE };
  g_autoptr (CmqQuery) parsed = cmq_query_parse (text, CMQ_QUERY_FLAGS_LAST_IS_PREFIX);
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) months = NULL;
  guint n_undated = 0;

  g_test_message ("%s", text);
  g_assert_nonnull (cmq_query_get_prefix_match (parsed));
  for (guint s = 0; s < G_N_ELEMENTS (sorts) * G_N_ELEMENTS (limits); s++)
    {
      g_autoptr (GPtrArray) hits =
          cmq_index_query (index, parsed, sorts[s % G_N_ELEMENTS (sorts)],
                           limits[s / G_N_ELEMENTS (sorts)], CMQ_INDEX_QUERY_NONE, NULL, &error);
      g_autoptr (GPtrArray) ids = g_ptr_array_new ();
      g_autofree char *joined = NULL;

      g_assert_no_error (error);
      g_assert_cmpuint (hits->len, >, 0);
      for (guint i = 0; i < hits->len; i++)
        g_ptr_array_add (ids, ((CmqIndexHit *) g_ptr_array_index (hits, i))->id);
      g_ptr_array_add (ids, NULL);
      joined = g_strjoinv (",", (char **) ids->pdata);
      g_string_append_printf (out, "%u:%s\n", hits->len, joined);
    }
  months = cmq_index_count_months (index, parsed, &n_undated, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < months->len; i++)
    {
      CmqIndexMonthCount *month = &g_array_index (months, CmqIndexMonthCount, i);

      g_string_append_printf (out, "%u-%u:%u ", month->year, month->month, month->count);
    }
  g_string_append_printf (out, "undated:%u", n_undated);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* While the prefixes table is unfinished (empty: a cold build writing it aside, or one cut
 * short), queries with short prefixes find the releases the finished table gives. */
static void
test_unfinished (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autoptr (GPtrArray) finished = g_ptr_array_new_with_free_func (g_free);
  int rc = SQLITE_OK, n = -1;
  sqlite3 *db;

  write_many (fixture);
  update (index);
  for (guint i = 0; i < G_N_ELEMENTS (prefix_queries); i++)
    g_ptr_array_add (finished, answers (index, prefix_queries[i]));

  db = cmq_index_db_open (fixture->db_path, &rc);
  g_assert_nonnull (db);
  g_assert_true (cmq_index_db_exec (db,
                                    "INSERT INTO prefixes (prefixes) VALUES ('delete-all');"
                                    "INSERT INTO unfinished (what) VALUES ('prefixes');",
                                    NULL));
  g_assert_cmpint (cmq_index_query_int (db, "SELECT count(*) FROM prefixes_idx", &n), ==,
                   SQLITE_OK);
  g_assert_cmpint (n, ==, 0);
  sqlite3_close (db);
  /* With windows of 32 releases (the first, then fts for most), then of 3, 6, 12… (many). */
  for (guint w = 0; w < 2; w++)
    {
      guint scanned = cmq_index_fallback_get_n_scanned ();

      cmq_index_fallback_set_window (w == 0 ? 32 : 3);
      for (guint i = 0; i < G_N_ELEMENTS (prefix_queries); i++)
        {
          g_autofree char *unfinished = answers (index, prefix_queries[i]);

          g_test_message ("%s", prefix_queries[i]);
          g_assert_cmpstr (unfinished, ==, g_ptr_array_index (finished, i));
        }
      /* "za", "zag", "year:2003 de" and "al", newest first (relevance too: nothing to rank),
       * with a limit, read text; "al", in every release, more than one window. */
      g_assert_cmpuint (cmq_index_fallback_get_n_scanned (), >, scanned + 4 * 4 * 2);
    }
  cmq_index_fallback_set_window (0);

  /* Repaired by the next update: the same again, from the table. */
  touch_later (fixture, "r0000.txt");
  update (index);
  check_table (fixture);
  for (guint i = 0; i < G_N_ELEMENTS (prefix_queries); i++)
    {
      g_autofree char *repaired = answers (index, prefix_queries[i]);

      g_assert_cmpstr (repaired, ==, g_ptr_array_index (finished, i));
    }
}

int
main (int argc, char *argv[])
{
  g_autofree char *cache = g_dir_make_tmp ("test-index-cold-cache-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/index-cold/build", test_cold);
  ADD ("/index-cold/cut-short", test_cut_short);
  ADD ("/index-cold/unfinished", test_unfinished);
#undef ADD

  status = g_test_run ();
  cmq_test_remove_tree (cache);
  return status;
}
