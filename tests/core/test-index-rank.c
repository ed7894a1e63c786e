/* test-index-rank.c: what cmq_rank keeps between the statements of a connection (the rows having
 * each phrase of a query), on real files in a temporary folder, with no display.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <sqlite3.h>

#include "cmq-index-private.h"
#include "index-fixture.h"

/* Each hit of @text, ranked by the index, has bm25's score on @db, a connection of its own. */
static void
assert_scores_are_bm25 (CmqIndex *index, sqlite3 *db, const char *text, GPtrArray *hits)
{
  g_autoptr (CmqQuery) parsed = cmq_query_parse (text, CMQ_QUERY_FLAGS_NONE);
  g_autoptr (GHashTable) bm25 = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT d.id, bm25 (fts, 8.0, 1.0, 2.0) FROM fts"
                                       " JOIN docs d ON d.docid = fts.rowid WHERE fts MATCH ?1",
                                       -1, &stmt, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, cmq_query_get_word_match (parsed), -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_replace (
        bm25, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
        g_memdup2 (&(double){ sqlite3_column_double (stmt, 1) }, sizeof (double)));
  g_assert_cmpint (sqlite3_finalize (stmt), ==, SQLITE_OK);

  g_assert_cmpuint (hits->len, ==, g_hash_table_size (bm25));
  for (guint i = 0; i < hits->len; i++)
    {
      CmqIndexHit *hit = g_ptr_array_index (hits, i);
      const double *theirs = g_hash_table_lookup (bm25, hit->id);

      g_assert_nonnull (theirs);
      g_assert_cmpfloat_with_epsilon (hit->score, -*theirs, 1e-9);
      if (i > 0)
        g_assert_cmpfloat (((CmqIndexHit *) g_ptr_array_index (hits, i - 1))->score, >=,
                           hit->score);
    }
}

/* A query of several phrases ranked again counts none of them again, until the index changes:
 * then its scores follow the new counts. */
static void
test_rank_counts (Fixture *fixture, gconstpointer data)
{
  static const char *const text = "brussels OR collective";
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autoptr (GPtrArray) first = NULL;
  g_autoptr (GPtrArray) again = NULL;
  g_autoptr (GPtrArray) changed = NULL;
  g_autoptr (GPtrArray) cyber = NULL;
  guint n_counted;
  sqlite3 *db;
  int rc;

  write_small_library (fixture);
  update (index);
  db = cmq_index_db_open (fixture->db_path, &rc);
  g_assert_nonnull (db);

  n_counted = cmq_index_rank_get_n_counted ();
  first = query (index, text, CMQ_INDEX_SORT_RELEVANCE);
  g_assert_cmpuint (first->len, ==, 2);
  g_assert_cmpuint (cmq_index_rank_get_n_counted (), ==, n_counted + 2);
  assert_scores_are_bm25 (index, db, text, first);

  n_counted = cmq_index_rank_get_n_counted ();
  again = query (index, text, CMQ_INDEX_SORT_RELEVANCE);
  g_assert_cmpuint (cmq_index_rank_get_n_counted (), ==, n_counted);
  assert_scores_are_bm25 (index, db, text, again);
  for (guint i = 0; i < first->len; i++)
    g_assert_cmpstr (((CmqIndexHit *) g_ptr_array_index (again, i))->id, ==,
                     ((CmqIndexHit *) g_ptr_array_index (first, i))->id);

  /* A note gives "brussels" to a second release of four: its weight falls to bm25's floor. */
  cyber = query (index, "cyber", CMQ_INDEX_SORT_NEWEST);
  g_assert_cmpuint (cyber->len, ==, 1);
  cmq_index_set_note (index, ((CmqIndexHit *) g_ptr_array_index (cyber, 0))->id,
                      "Discussed in Brussels");
  n_counted = cmq_index_rank_get_n_counted ();
  changed = query (index, text, CMQ_INDEX_SORT_RELEVANCE);
  g_assert_cmpuint (cmq_index_rank_get_n_counted (), ==, n_counted + 2);
  assert_scores_are_bm25 (index, db, text, changed);
  sqlite3_close (db);
}

/* The titles of @hits, joined by "|" (freed with the test's other strings). */
static const char *
hit_titles (GPtrArray *hits)
{
  GString *out = g_string_new (NULL);
  char *joined;

  for (guint i = 0; i < hits->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? "|" : "",
                            ((CmqIndexHit *) g_ptr_array_index (hits, i))->title);
  joined = g_string_free (out, FALSE);
  g_test_queue_free (joined);
  return joined;
}

/* A ranked query asked again (the window ranks each keystroke twice) finds where its ranking
 * stops once, until the index changes: then it finds it again. */
static void
test_rank_cutoff (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autoptr (GPtrArray) first = NULL;
  g_autoptr (GPtrArray) again = NULL;
  g_autoptr (GPtrArray) changed = NULL;
  guint n_found;

  write_small_library (fixture);
  update (index);
  /* The two newest of a, b and c are ranked (b has the most "arctic"), then a. */
  cmq_index_set_rank_limit (index, 2);
  n_found = cmq_index_cutoff_get_n_found ();
  first = query (index, "arct*", CMQ_INDEX_SORT_RELEVANCE);
  g_assert_cmpuint (cmq_index_cutoff_get_n_found (), ==, n_found + 1);
  g_assert_cmpstr (hit_titles (first), ==,
                   "Ministers meet in Brussels|Defence spending rises|Arctic security in focus");

  again = query (index, "arct*", CMQ_INDEX_SORT_RELEVANCE);
  g_assert_cmpuint (cmq_index_cutoff_get_n_found (), ==, n_found + 1);
  g_assert_cmpstr (hit_titles (again), ==, hit_titles (first));

  /* A match between b and c: b is no longer one of the two newest, and comes after them. */
  write_file (fixture, "e.txt",
              RELEASE ("Arctic patrol", "Monday (10 January 2022)", "A patrol in the Arctic."));
  g_assert_cmpuint (update (index).n_imported, ==, 1);
  changed = query (index, "arct*", CMQ_INDEX_SORT_RELEVANCE);
  g_assert_cmpuint (cmq_index_cutoff_get_n_found (), ==, n_found + 2);
  g_assert_cmpstr (hit_titles (changed), ==,
                   "Arctic patrol|Defence spending rises|Ministers meet in Brussels|"
                   "Arctic security in focus");
}

/* A prefix of five characters or more is ranked as the words it starts (FTS5 merged their
 * doclists for each statement): the same rows and bm25 scores as the prefix itself. The words are
 * read once for a word being typed, and again when the index changes. */
static void
test_rank_words (Fixture *fixture, gconstpointer data)
{
  static const char *const text = "defen* OR arctic";
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autoptr (GPtrArray) first = NULL;
  g_autoptr (GPtrArray) longer = NULL;
  g_autoptr (GPtrArray) noted = NULL;
  g_autoptr (GPtrArray) marked = NULL;
  g_autoptr (GPtrArray) arctic = NULL;
  guint n_listed;
  sqlite3 *db;
  int rc;

  write_small_library (fixture);
  update (index);
  db = cmq_index_db_open (fixture->db_path, &rc);
  g_assert_nonnull (db);

  /* "defence" and "defend" (c and d), beside "arctic" (a, b and c). */
  n_listed = cmq_index_terms_get_n_listed ();
  first = query (index, text, CMQ_INDEX_SORT_RELEVANCE);
  g_assert_cmpuint (cmq_index_terms_get_n_listed (), ==, n_listed + 1);
  g_assert_cmpuint (first->len, ==, 4);
  assert_scores_are_bm25 (index, db, text, first);

  /* The next letter typed: its words are among those already read. */
  longer = query (index, "defend* OR arctic", CMQ_INDEX_SORT_RELEVANCE);
  g_assert_cmpuint (cmq_index_terms_get_n_listed (), ==, n_listed + 1);
  assert_scores_are_bm25 (index, db, "defend* OR arctic", longer);
  g_assert_cmpuint (longer->len, ==, 4);
  /* The tokenizer's mark typed in a query is a space, as any control character. */
  marked = query (index,
                  "\x1f"
                  "Defence",
                  CMQ_INDEX_SORT_NEWEST);
  g_assert_cmpuint (marked->len, ==, 2);

  /* A note brings a new word of the prefix to a: read again, a has it. */
  arctic = query (index, "high north", CMQ_INDEX_SORT_NEWEST);
  g_assert_cmpuint (arctic->len, ==, 1);
  cmq_index_set_note (index, ((CmqIndexHit *) g_ptr_array_index (arctic, 0))->id,
                      "Defenders of the High North");
  noted = query (index, "defen* OR cyber", CMQ_INDEX_SORT_RELEVANCE);
  g_assert_cmpuint (cmq_index_terms_get_n_listed (), ==, n_listed + 2);
  g_assert_cmpuint (noted->len, ==, 3);
  assert_scores_are_bm25 (index, db, "defen* OR cyber", noted);
  sqlite3_close (db);
}

/* An update that changed releases reads their lengths again for the index's ranking itself,
 * not the query after it; they are the new ones. */
static void
test_rank_preload (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autoptr (GPtrArray) before = NULL;
  g_autoptr (GPtrArray) after = NULL;
  guint n_loads;
  sqlite3 *db;
  int rc;

  cmq_index_wait_lengths (index);
  write_small_library (fixture);
  update (index);
  db = cmq_index_db_open (fixture->db_path, &rc);
  g_assert_nonnull (db);

  /* Read when the index was opened, and again by the update. */
  n_loads = cmq_index_sizes_get_n_loads ();
  before = query (index, "arctic", CMQ_INDEX_SORT_RELEVANCE);
  g_assert_cmpuint (cmq_index_sizes_get_n_loads (), ==, n_loads);

  write_file (fixture, "a.txt",
              RELEASE ("Arctic security in focus", "Monday (3 May 2021)",
                       "Ministers spoke about the High North, and about the Arctic at length: its "
                       "sea routes, its weather stations and its research."));
  touch_later (fixture, "a.txt");
  n_loads = cmq_index_sizes_get_n_loads ();
  g_assert_cmpuint (update (index).n_imported, ==, 1);
  g_assert_cmpuint (cmq_index_sizes_get_n_loads (), ==, n_loads + 1);

  n_loads = cmq_index_sizes_get_n_loads ();
  after = query (index, "arctic ministers", CMQ_INDEX_SORT_RELEVANCE);
  g_assert_cmpuint (cmq_index_sizes_get_n_loads (), ==, n_loads);
  assert_scores_are_bm25 (index, db, "arctic ministers", after);
  sqlite3_close (db);
}

/* The lengths are read when the index is opened, not by its first ranked query. */
static void
test_rank_open (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = NULL;
  g_autoptr (GPtrArray) hits = NULL;
  guint n_loads;
  sqlite3 *db;
  int rc;

  write_small_library (fixture);
  index = open_index (fixture);
  update (index);
  g_clear_object (&index);
  db = cmq_index_db_open (fixture->db_path, &rc);
  g_assert_nonnull (db);

  index = open_index (fixture);
  cmq_index_wait_lengths (index);
  n_loads = cmq_index_sizes_get_n_loads ();
  hits = query (index, "spending OR cyber", CMQ_INDEX_SORT_RELEVANCE);
  g_assert_cmpuint (hits->len, ==, 2);
  g_assert_cmpuint (cmq_index_sizes_get_n_loads (), ==, n_loads);
  assert_scores_are_bm25 (index, db, "spending OR cyber", hits);
  sqlite3_close (db);
}

/* A note written by the index changes one length in memory: the next ranked query reads none,
 * and its scores are bm25's with the new length. */
static void
test_rank_note (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autoptr (GPtrArray) first = NULL;
  g_autoptr (GPtrArray) after = NULL;
  g_autoptr (GPtrArray) removed = NULL;
  guint n_loads;
  sqlite3 *db;
  int rc;

  write_small_library (fixture);
  update (index);
  cmq_index_wait_lengths (index);
  db = cmq_index_db_open (fixture->db_path, &rc);
  g_assert_nonnull (db);
  first = query (index, "spending OR cyber", CMQ_INDEX_SORT_RELEVANCE);
  g_assert_cmpuint (first->len, ==, 2);

  n_loads = cmq_index_sizes_get_n_loads ();
  cmq_index_set_note (index, ((CmqIndexHit *) g_ptr_array_index (first, 1))->id,
                      "Cyber, cyber and more cyber: a long note, longer than the title");
  after = query (index, "spending OR cyber", CMQ_INDEX_SORT_RELEVANCE);
  g_assert_cmpuint (cmq_index_sizes_get_n_loads (), ==, n_loads);
  assert_scores_are_bm25 (index, db, "spending OR cyber", after);

  cmq_index_set_note (index, ((CmqIndexHit *) g_ptr_array_index (first, 1))->id, "");
  removed = query (index, "spending OR cyber", CMQ_INDEX_SORT_RELEVANCE);
  g_assert_cmpuint (cmq_index_sizes_get_n_loads (), ==, n_loads);
  assert_scores_are_bm25 (index, db, "spending OR cyber", removed);
  sqlite3_close (db);
}

/* Another connection's write that leaves the full-text table alone keeps the lengths; one that
 * writes it (another process's update, or its note) has them read again. */
static void
test_rank_other (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autoptr (GPtrArray) first = NULL;
  g_autoptr (GPtrArray) kept = NULL;
  g_autoptr (GPtrArray) changed = NULL;
  g_autofree char *sql = NULL;
  sqlite3_int64 docid;
  guint n_loads;
  sqlite3 *db;
  int rc;

  write_small_library (fixture);
  update (index);
  cmq_index_wait_lengths (index);
  db = cmq_index_db_open (fixture->db_path, &rc);
  g_assert_nonnull (db);
  first = query (index, "spending OR cyber", CMQ_INDEX_SORT_RELEVANCE);
  g_assert_cmpuint (first->len, ==, 2);

  n_loads = cmq_index_sizes_get_n_loads ();
  g_assert_cmpint (
      sqlite3_exec (db, "INSERT INTO notes (id, note) VALUES ('none', 'cyber')", NULL, NULL, NULL),
      ==, SQLITE_OK);
  kept = query (index, "spending OR cyber", CMQ_INDEX_SORT_RELEVANCE);
  g_assert_cmpuint (cmq_index_sizes_get_n_loads (), ==, n_loads);
  assert_scores_are_bm25 (index, db, "spending OR cyber", kept);

  g_assert_cmpint (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  docid = cmq_index_lookup_docid (db, ((CmqIndexHit *) g_ptr_array_index (first, 1))->id, &rc);
  g_assert_cmpint (rc, ==, SQLITE_OK);
  g_assert_true (cmq_index_fts_delete (db, docid, NULL));
  sql = g_strdup_printf ("UPDATE docs SET title = title || ' and cyber again'"
                         " WHERE docid = %" G_GINT64_FORMAT,
                         (gint64) docid);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (cmq_index_fts_insert (db, docid, NULL));
  g_assert_cmpint (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  changed = query (index, "spending OR cyber", CMQ_INDEX_SORT_RELEVANCE);
  g_assert_cmpuint (cmq_index_sizes_get_n_loads (), ==, n_loads + 1);
  assert_scores_are_bm25 (index, db, "spending OR cyber", changed);
  sqlite3_close (db);
}

/* An index for one command reads no release's length whole once the releases are many enough
 * (here from none on): each ranked row looks its own up, with bm25's score, after a note it wrote
 * too. Below that number it reads them whole, by its first ranked query (no thread). */
static void
test_rank_on_demand (Fixture *fixture, gconstpointer data)
{
  const char *folders[] = { fixture->library, NULL };
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (GPtrArray) noted = NULL;
  g_autoptr (GPtrArray) few = NULL;
  guint n_loads;
  sqlite3 *db;
  int rc;

  write_small_library (fixture);
  update (index);
  g_clear_object (&index);
  db = cmq_index_db_open (fixture->db_path, &rc);
  g_assert_nonnull (db);

  index = cmq_index_new_for_command (fixture->db_path);
  cmq_index_set_folders (index, folders);
  cmq_index_set_lengths_on_demand (index, 0);
  n_loads = cmq_index_sizes_get_n_loads ();
  hits = query (index, "spending OR cyber", CMQ_INDEX_SORT_RELEVANCE);
  g_assert_cmpuint (hits->len, ==, 2);
  assert_scores_are_bm25 (index, db, "spending OR cyber", hits);
  cmq_index_set_note (index, ((CmqIndexHit *) g_ptr_array_index (hits, 1))->id,
                      "Cyber, cyber and more cyber: a long note, longer than the title");
  noted = query (index, "spending OR cyber", CMQ_INDEX_SORT_RELEVANCE);
  assert_scores_are_bm25 (index, db, "spending OR cyber", noted);
  g_assert_cmpuint (cmq_index_sizes_get_n_loads (), ==, n_loads);

  g_clear_object (&index);
  index = cmq_index_new_for_command (fixture->db_path);
  cmq_index_set_folders (index, folders);
  few = query (index, "spending OR cyber", CMQ_INDEX_SORT_RELEVANCE);
  g_assert_cmpuint (cmq_index_sizes_get_n_loads (), ==, n_loads + 1);
  assert_scores_are_bm25 (index, db, "spending OR cyber", few);
  sqlite3_close (db);
}

/* An index for one command reads the lengths its ranked statement needs, not every release's:
 * a query that ranks two rows of sixteen looks each up (reading sixteen lengths costs more), with
 * bm25's scores; one that ranks most of them reads them all, once. */
static void
test_rank_needed (Fixture *fixture, gconstpointer data)
{
  const char *folders[] = { fixture->library, NULL };
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autoptr (GPtrArray) few = NULL;
  g_autoptr (GPtrArray) many = NULL;
  guint n_loads;
  sqlite3 *db;
  int rc;

  write_small_library (fixture);
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *name = g_strdup_printf ("more-%u.txt", i);
      g_autofree char *text = g_strdup_printf (
          "Partners meet again, part %u\n\nNATO Allies met on Monday (%u March 2020) to discuss "
          "the situation. Their partners of the meeting numbered %u, and the meeting was long.\n",
          i, 2 + i, 10 + i);

      write_file (fixture, name, text);
    }
  update (index);
  g_clear_object (&index);
  db = cmq_index_db_open (fixture->db_path, &rc);
  g_assert_nonnull (db);

  index = cmq_index_new_for_command (fixture->db_path);
  cmq_index_set_folders (index, folders);
  n_loads = cmq_index_sizes_get_n_loads ();
  few = query (index, "spending OR cyber", CMQ_INDEX_SORT_RELEVANCE);
  g_assert_cmpuint (few->len, ==, 2);
  assert_scores_are_bm25 (index, db, "spending OR cyber", few);
  g_assert_cmpuint (cmq_index_sizes_get_n_loads (), ==, n_loads);

  g_clear_object (&index);
  index = cmq_index_new_for_command (fixture->db_path);
  cmq_index_set_folders (index, folders);
  many = query (index, "meeting OR arctic", CMQ_INDEX_SORT_RELEVANCE);
  g_assert_cmpuint (many->len, ==, 16);
  assert_scores_are_bm25 (index, db, "meeting OR arctic", many);
  g_assert_cmpuint (cmq_index_sizes_get_n_loads (), ==, n_loads + 1);
  sqlite3_close (db);
}

int
main (int argc, char *argv[])
{
  g_autofree char *cache = g_dir_make_tmp ("test-index-rank-cache-XXXXXX", NULL);
  int status;

  /* Before anything asks GLib for the cache folder. */
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/index/rank-counts", test_rank_counts);
  ADD ("/index/rank-cutoff", test_rank_cutoff);
  ADD ("/index/rank-words", test_rank_words);
  ADD ("/index/rank-preload", test_rank_preload);
  ADD ("/index/rank-open", test_rank_open);
  ADD ("/index/rank-note", test_rank_note);
  ADD ("/index/rank-other", test_rank_other);
  ADD ("/index/rank-on-demand", test_rank_on_demand);
  ADD ("/index/rank-needed", test_rank_needed);
#undef ADD

  status = g_test_run ();
  cmq_test_remove_tree (cache);
  return status;
}
