/* test-index.c: the full-text index on real files in a temporary folder, with no display:
 * ranking, snippets, notes, bodies and how a release is stored, every odd query, and the same
 * hits as a plain scan on a generated library. Updates and recovery are in test-index-update.c,
 * the oldest-first order and the source: filter in test-index-filters.c.
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

static void
test_ranking (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  CmqIndexStats stats;
  g_autofree char *relevance = NULL;
  g_autofree char *newest = NULL;

  write_small_library (fixture);
  stats = update (index);

  g_assert_cmpuint (stats.n_files, ==, 4);
  g_assert_cmpuint (stats.n_imported, ==, 4);
  g_assert_cmpuint (stats.n_releases, ==, 4);
  g_assert_cmpuint (cmq_index_get_n_releases (index), ==, 4);

  /* A title word weighs most, then the body that says it most often. */
  relevance = titles (index, "arctic", CMQ_INDEX_SORT_RELEVANCE);
  g_assert_cmpstr (relevance, ==,
                   "Arctic security in focus|Ministers meet in Brussels|Defence spending rises");
  newest = titles (index, "arctic", CMQ_INDEX_SORT_NEWEST);
  g_assert_cmpstr (newest, ==,
                   "Defence spending rises|Ministers meet in Brussels|Arctic security in focus");

  {
    g_autofree char *all = titles (index, "", CMQ_INDEX_SORT_RELEVANCE);
    g_autofree char *phrase = titles (index, "\"collective defence\"", CMQ_INDEX_SORT_RELEVANCE);
    g_autofree char *excluded = titles (index, "arctic -brussels", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *only_excluded = titles (index, "-arctic", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *either = titles (index, "cyber OR focus", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *title = titles (index, "title:defence", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *year = titles (index, "arctic year:2021", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *before = titles (index, "before:2021-06-08", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *after = titles (index, "after:2022-12-01 -spending", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *prefix = titles (index, "defen*", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *whole = titles (index, "defen", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *accents = titles (index, "DÉFENCE ministèrs", CMQ_INDEX_SORT_NEWEST);

    g_assert_cmpstr (all, ==,
                     "Defence spending rises|Cyber defence exercise ends|Ministers meet in "
                     "Brussels|Arctic security in focus");
    g_assert_cmpstr (phrase, ==, "Cyber defence exercise ends");
    g_assert_cmpstr (excluded, ==, "Defence spending rises|Arctic security in focus");
    g_assert_cmpstr (only_excluded, ==, "Cyber defence exercise ends");
    g_assert_cmpstr (either, ==, "Cyber defence exercise ends|Arctic security in focus");
    g_assert_cmpstr (title, ==, "Defence spending rises|Cyber defence exercise ends");
    g_assert_cmpstr (year, ==, "Ministers meet in Brussels|Arctic security in focus");
    g_assert_cmpstr (before, ==, "Arctic security in focus");
    g_assert_cmpstr (after, ==, "Cyber defence exercise ends");
    g_assert_cmpstr (prefix, ==, "Defence spending rises|Cyber defence exercise ends");
    g_assert_cmpstr (whole, ==, ""); /* the command line matches whole words */
    g_assert_cmpstr (accents, ==, "");
  }

  /* Only exclusions, with a limit: the releases left out do not count towards it. */
  for (guint limit = 1; limit <= 4; limit++)
    {
      static const char *const expected[] = { "Cyber defence exercise ends",
                                              "Ministers meet in Brussels",
                                              "Arctic security in focus" };
      g_autoptr (CmqQuery) parsed = cmq_query_parse ("-spending", CMQ_QUERY_FLAGS_NONE);
      g_autoptr (GError) error = NULL;
      g_autoptr (GPtrArray) hits = cmq_index_query (index, parsed, CMQ_INDEX_SORT_NEWEST, limit,
                                                    CMQ_INDEX_QUERY_NONE, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (hits->len, ==, MIN (limit, 3));
      for (guint i = 0; i < hits->len; i++)
        g_assert_cmpstr (((CmqIndexHit *) g_ptr_array_index (hits, i))->title, ==, expected[i]);
    }
}

/* Rows of "SELECT rowid, RANK FROM fts WHERE fts MATCH ? ORDER BY rowid" as "rowid=score". */
static GPtrArray *
rank_rows (sqlite3 *db, const char *rank, const char *match)
{
  g_autofree char *sql =
      g_strdup_printf ("SELECT rowid, %s FROM fts WHERE fts MATCH ?1 ORDER BY rowid", rank);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      double *row = g_new (double, 2);
      row[0] = sqlite3_column_int64 (stmt, 0);
      row[1] = sqlite3_column_double (stmt, 1);
      g_ptr_array_add (rows, row);
    }
  g_assert_cmpint (sqlite3_finalize (stmt), ==, SQLITE_OK);
  return rows;
}

/* cmq_rank is FTS5's bm25 with the same weights, on @db: the same scores with several phrases,
 * and with one phrase the same scores but for a factor (the phrase's IDF, left out). */
static void
assert_rank_is_bm25 (sqlite3 *db)
{
  static const char *const several[] = { "arctic ministers", "arctic OR defence",
                                         "\"collective defence\" OR arctic",
                                         "title:arctic OR meeting", "arctic NOT brussels" };
  static const char *const one[] = { "arctic", "defen*", "\"collective defence\"", "meeting" };

  for (guint i = 0; i < G_N_ELEMENTS (several) + G_N_ELEMENTS (one); i++)
    {
      gboolean single = i >= G_N_ELEMENTS (several);
      const char *match = single ? one[i - G_N_ELEMENTS (several)] : several[i];
      g_autoptr (GPtrArray) bm25 = rank_rows (db, "bm25 (fts, 8.0, 1.0, 2.0)", match);
      g_autoptr (GPtrArray) ours = rank_rows (db, "cmq_rank (fts, 8.0, 1.0, 2.0)", match);
      double factor = 0;

      g_assert_cmpuint (bm25->len, >, single ? 0 : 1);
      g_assert_cmpuint (ours->len, ==, bm25->len);
      for (guint r = 0; r < bm25->len; r++)
        {
          const double *theirs = g_ptr_array_index (bm25, r), *mine = g_ptr_array_index (ours, r);

          g_assert_cmpfloat (mine[0], ==, theirs[0]);
          g_assert_cmpfloat (mine[1], <, 0);
          if (!single)
            g_assert_cmpfloat_with_epsilon (mine[1], theirs[1], 1e-9);
          else if (r == 0)
            factor = theirs[1] / mine[1];
          else
            g_assert_cmpfloat_with_epsilon (theirs[1] / mine[1], factor, 1e-9);
        }
    }
}

/* Makes the release titled @title longer through @db (its note, in fts). */
static void
lengthen (sqlite3 *db, const char *title)
{
  g_autoptr (GError) error = NULL;
  sqlite3_stmt *stmt = NULL;
  sqlite3_int64 docid;

  g_assert_cmpint (
      sqlite3_prepare_v2 (db, "SELECT docid FROM docs WHERE title = ?", -1, &stmt, NULL), ==,
      SQLITE_OK);
  sqlite3_bind_text (stmt, 1, title, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  docid = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  g_assert_true (cmq_index_fts_delete (db, docid, &error));
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "INSERT OR REPLACE INTO notes (id, note) SELECT id,"
                                       " 'a long note to make it longer still' FROM docs"
                                       " WHERE docid = ?",
                                       -1, &stmt, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, docid);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  g_assert_true (cmq_index_fts_insert (db, docid, &error));
}

/* cmq_rank keeps the releases' lengths in memory: they follow every change of the index, made
 * by the same connection or by another one. */
static void
test_rank_function (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autoptr (GPtrArray) hits = NULL;
  sqlite3 *db;
  int rc;

  write_small_library (fixture);
  update (index);
  db = cmq_index_db_open (fixture->db_path, &rc);
  g_assert_nonnull (db);
  assert_rank_is_bm25 (db);

  /* Another connection writes: a note, then a release changed (and so a new length). */
  hits = query (index, "brussels", CMQ_INDEX_SORT_NEWEST);
  g_assert_cmpuint (hits->len, ==, 1);
  cmq_index_set_note (index, ((CmqIndexHit *) g_ptr_array_index (hits, 0))->id,
                      "Arctic arctic: a note long enough to change how long the release is");
  assert_rank_is_bm25 (db);
  write_file (fixture, "b.txt",
              RELEASE ("Ministers meet in Brussels", "Tuesday (8 June 2021)",
                       "The Arctic matters, said the Secretary General in a longer statement "
                       "about the Arctic and the meeting than the one before."));
  touch_later (fixture, "b.txt");
  g_assert_cmpuint (update (index).n_imported, ==, 1);
  assert_rank_is_bm25 (db);

  /* The same connection writes. */
  lengthen (db, "Arctic security in focus");
  assert_rank_is_bm25 (db);
  sqlite3_close (db);
}

/* Relevance ranks the newest matches only (by default 2,000); older ones follow, newest first. */
static void
test_rank_limit (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);

  write_file (fixture, "old.txt",
              RELEASE ("Arctic Arctic Arctic", "Monday (4 January 2010)",
                       "The Arctic and the Arctic again."));
  for (guint i = 1; i <= 12; i++)
    {
      g_autofree char *name = g_strdup_printf ("r%02u.txt", i);
      g_autofree char *text = g_strdup_printf (
          "Report %02u\n\nNATO Allies met on %u March 2020 to discuss the situation in the "
          "Arctic.\n\nThe meeting covered exercises and cooperation number %u.\n",
          i, i, i);
      write_file (fixture, name, text);
    }
  g_assert_cmpuint (update (index).n_releases, ==, 13);

  {
    g_autofree char *all = titles (index, "arctic", CMQ_INDEX_SORT_RELEVANCE);
    g_assert_true (g_str_has_prefix (all, "Arctic Arctic Arctic|"));
  }

  cmq_index_set_rank_limit (index, 5);
  {
    g_autoptr (GPtrArray) hits = query (index, "arctic", CMQ_INDEX_SORT_RELEVANCE);
    g_autofree char *first = NULL;

    g_assert_cmpuint (hits->len, ==, 13);
    for (guint i = 0; i < 5; i++)
      {
        CmqIndexHit *hit = g_ptr_array_index (hits, i);
        g_assert_cmpstr (hit->date, >=, "2020-03-08");
        g_assert_cmpfloat (hit->score, >, 0);
      }
    for (guint i = 5; i < 13; i++)
      {
        CmqIndexHit *hit = g_ptr_array_index (hits, i);
        g_assert_cmpfloat (hit->score, ==, 0);
        if (i > 5)
          g_assert_cmpstr (hit->date, <, ((CmqIndexHit *) g_ptr_array_index (hits, i - 1))->date);
      }
    g_assert_cmpstr (((CmqIndexHit *) g_ptr_array_index (hits, 12))->title, ==,
                     "Arctic Arctic Arctic");

    /* With a date filter, the newest matches inside the range are ranked. */
    first = titles (index, "arctic before:2020-03-09", CMQ_INDEX_SORT_RELEVANCE);
    g_assert_true (g_str_has_suffix (first, "|Report 03|Report 02|Report 01|Arctic Arctic Arctic"));
    g_assert_nonnull (strstr (first, "Report 08"));
    g_assert_null (strstr (first, "Report 09"));
  }
  /* A limit inside the ranked part, and one reaching past it. */
  {
    g_autoptr (CmqQuery) parsed = cmq_query_parse ("arctic", CMQ_QUERY_FLAGS_NONE);
    g_autoptr (GPtrArray) three =
        cmq_index_query (index, parsed, CMQ_INDEX_SORT_RELEVANCE, 3, 0, NULL, NULL);
    g_autoptr (GPtrArray) seven =
        cmq_index_query (index, parsed, CMQ_INDEX_SORT_RELEVANCE, 7, 0, NULL, NULL);

    g_assert_cmpuint (three->len, ==, 3);
    g_assert_cmpuint (seven->len, ==, 7);
    g_assert_cmpstr (((CmqIndexHit *) g_ptr_array_index (seven, 5))->date, ==, "2020-03-07");
    g_assert_cmpstr (((CmqIndexHit *) g_ptr_array_index (seven, 6))->date, ==, "2020-03-06");
  }
}

static void
test_snippets (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (CmqQuery) parsed = cmq_query_parse ("collective", CMQ_QUERY_FLAGS_NONE);
  g_autofree char *snippet = NULL;
  g_autofree char *markup = NULL;
  g_autofree char *text = NULL;
  CmqIndexHit *hit;

  write_small_library (fixture);
  update (index);
  hits = query (index, "collective", CMQ_INDEX_SORT_RELEVANCE);
  g_assert_cmpuint (hits->len, ==, 1);
  hit = g_ptr_array_index (hits, 0);
  g_assert_nonnull (strstr (hit->snippet, CMQ_INDEX_MARK_START "Collective" CMQ_INDEX_MARK_END));
  g_assert_cmpfloat (hit->score, >, 0);
  g_assert_cmpstr (hit->date, ==, "2022-12-02");
  g_assert_true (g_str_has_suffix (hit->file, "/d.txt"));

  snippet = cmq_index_dup_snippet (index, parsed, hit->id, NULL);
  g_assert_cmpstr (snippet, ==, hit->snippet);
  g_clear_pointer (&snippet, g_free);
  {
    /* Made on its own (the snippets kept from a query are another query's now), and made with
     * the hits of a query ranked or newest first: the same text. */
    g_autoptr (GPtrArray) other = query (index, "arctic", CMQ_INDEX_SORT_RELEVANCE);
    g_autoptr (GPtrArray) newest = query (index, "collective", CMQ_INDEX_SORT_NEWEST);

    snippet = cmq_index_dup_snippet (index, parsed, hit->id, NULL);
    g_assert_cmpstr (snippet, ==, hit->snippet);
    g_assert_cmpstr (((CmqIndexHit *) g_ptr_array_index (newest, 0))->snippet, ==, hit->snippet);
  }
  text = cmq_index_snippet_to_text (snippet, "[", "]");
  g_assert_nonnull (strstr (text, "[Collective] defence"));
  markup = cmq_index_snippet_to_markup ("a < " CMQ_INDEX_MARK_START "b" CMQ_INDEX_MARK_END " &");
  g_assert_cmpstr (markup, ==, "a &lt; <b>b</b> &amp;");
}

static void
test_load_release (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autoptr (CmqImporter) importer = cmq_importer_new ();
  g_autoptr (GFile) file = NULL;
  g_autoptr (CmqRelease) imported = NULL;
  g_autoptr (CmqRelease) loaded = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *seed =
      g_test_build_filename (G_TEST_DIST, "fixtures", "seeds", "000_11bd6166c1d2e564.txt", NULL);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (seed, &contents, NULL, NULL));
  write_file (fixture, "seed.txt", contents);
  update (index);

  file = g_file_new_build_filename (fixture->library, "seed.txt", NULL);
  imported = cmq_importer_import_file (importer, file, NULL, &error);
  g_assert_no_error (error);
  loaded = cmq_index_load_release (index, cmq_release_get_id (imported), &error);
  g_assert_no_error (error);

  g_assert_cmpstr (cmq_release_get_id (loaded), ==, cmq_release_get_id (imported));
  g_assert_cmpstr (cmq_release_get_title (loaded), ==, cmq_release_get_title (imported));
  g_assert_cmpstr (cmq_release_get_date (loaded), ==, cmq_release_get_date (imported));
  g_assert_cmpstr (cmq_release_get_file (loaded), ==, cmq_release_get_file (imported));
  g_assert_cmpint (cmq_release_get_date_source (loaded), ==,
                   cmq_release_get_date_source (imported));
  g_assert_true (
      g_strv_equal (cmq_release_get_paragraphs (loaded), cmq_release_get_paragraphs (imported)));
  g_assert_cmpuint (cmq_release_get_quotes (loaded)->len, ==,
                    cmq_release_get_quotes (imported)->len);
  g_assert_cmpuint (cmq_release_get_quotes (loaded)->len, >, 0);
  for (guint i = 0; i < cmq_release_get_quotes (loaded)->len; i++)
    {
      CmqQuote *a = g_ptr_array_index (cmq_release_get_quotes (loaded), i);
      CmqQuote *b = g_ptr_array_index (cmq_release_get_quotes (imported), i);

      g_assert_cmpstr (a->text, ==, b->text);
      g_assert_cmpstr (a->speaker, ==, b->speaker);
      g_assert_cmpuint (a->paragraph, ==, b->paragraph);
    }

  g_clear_object (&loaded);
  loaded = cmq_index_load_release (index, "0000000000000000", &error);
  g_assert_error (error, CMQ_INDEX_ERROR, CMQ_INDEX_ERROR_NOT_FOUND);
  g_assert_null (loaded);
}

/* The subheadings an import marks are stored with the body and come back with the release, as
 * paragraphs of the story and in the index's text. */
static void
test_subheadings (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autoptr (CmqImporter) importer = cmq_importer_new ();
  g_autoptr (GFile) file = NULL;
  g_autoptr (CmqRelease) imported = NULL;
  g_autoptr (CmqRelease) loaded = NULL;
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (GError) error = NULL;
  const guint *subheadings;
  guint n = 0;

  write_file (fixture, "headed.txt",
              "The ministers of the river states agreed today on a plan to help the valley.\n\n"
              "Crisis Management\n\n"
              "They will meet again in the autumn to see how the work on the dams goes on.\n\n"
              "Dams & <Dykes>\n\n"
              "The council thanked the engineers who kept the dams standing this spring.\n");
  update (index);
  file = g_file_new_build_filename (fixture->library, "headed.txt", NULL);
  imported = cmq_importer_import_file (importer, file, NULL, &error);
  g_assert_no_error (error);
  cmq_release_get_subheadings (imported, &n);
  g_assert_cmpuint (n, ==, 2);

  loaded = cmq_index_load_release (index, cmq_release_get_id (imported), &error);
  g_assert_no_error (error);
  g_assert_true (
      g_strv_equal (cmq_release_get_paragraphs (loaded), cmq_release_get_paragraphs (imported)));
  subheadings = cmq_release_get_subheadings (loaded, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (subheadings[0], ==, 1);
  g_assert_cmpuint (subheadings[1], ==, 3);
  g_assert_cmpstr (cmq_release_get_id (loaded), ==, cmq_release_get_id (imported));
  /* and the subheading's words are searched, as the story's */
  hits = query (index, "crisis management", CMQ_INDEX_SORT_NEWEST);
  g_assert_cmpuint (hits->len, ==, 1);
}

/* Source, address and kind are stored with the release and come back both in a list row and in
 * the whole release. Written through the codec, as an update writes, since no importer fills them
 * yet. */
static void
test_codec (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  const char *paragraphs[] = { "NATO Allies met in Brussels.", "“We stand together,” she said.",
                               NULL };
  g_autoptr (GPtrArray) quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_quote_free);
  CmqReleaseInfo info = { 0 };
  g_autoptr (CmqRelease) release = NULL;
  g_autoptr (CmqRelease) row = NULL;
  g_autoptr (CmqRelease) loaded = NULL;
  g_autoptr (GBytes) body = NULL;
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db;
  int rc;

  g_ptr_array_add (quotes, cmq_quote_new ("We stand together", NULL, 1));
  info.title = "Allies meet";
  info.file = "/library/allies.txt";
  info.paragraphs = paragraphs;
  info.quotes = quotes;
  info.year = 2024;
  info.month = 7;
  info.day = 10;
  info.date_source = CMQ_DATE_SOURCE_STATED;
  info.source = "NATO";
  info.url = "https://www.nato.int/cps/en/natohq/news_227678.htm";
  info.kind = "press release";
  info.file_mtime = 1720000000;
  info.chrome_lines = 3;
  release = cmq_release_new (&info);

  db = cmq_index_db_open (cmq_index_get_path (index), &rc);
  g_assert_nonnull (db);
  g_assert_cmpint (sqlite3_prepare_v2 (db, CMQ_INDEX_INSERT_DOC_SQL, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  cmq_index_bind_doc (stmt, 1, release, info.file, info.title);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  body = cmq_index_encode_body (release, &text);
  g_assert_cmpstr (text, ==, "NATO Allies met in Brussels.\n“We stand together,” she said.");
  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO bodies VALUES (1, ?)", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  sqlite3_bind_blob (stmt, 1, g_bytes_get_data (body, NULL), g_bytes_get_size (body),
                     SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  hits = query (index, "", CMQ_INDEX_SORT_NEWEST);
  g_assert_cmpuint (hits->len, ==, 1);
  row = cmq_index_hit_to_release (g_ptr_array_index (hits, 0));
  loaded = cmq_index_load_release (index, cmq_release_get_id (release), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 2; i++)
    {
      CmqRelease *back = i == 0 ? row : loaded;

      g_assert_cmpstr (cmq_release_get_id (back), ==, cmq_release_get_id (release));
      g_assert_cmpstr (cmq_release_get_title (back), ==, "Allies meet");
      g_assert_cmpstr (cmq_release_get_date (back), ==, "2024-07-10");
      g_assert_cmpstr (cmq_release_get_source (back), ==, "NATO");
      g_assert_cmpstr (cmq_release_get_url (back), ==, info.url);
      g_assert_cmpstr (cmq_release_get_kind (back), ==, "press release");
    }
  g_assert_true (g_strv_equal (cmq_release_get_paragraphs (loaded), paragraphs));
  g_assert_cmpuint (cmq_release_get_quotes (loaded)->len, ==, 1);
  g_assert_cmpint (cmq_release_get_file_mtime (loaded), ==, 1720000000);
  g_assert_cmpuint (cmq_release_get_chrome_lines (loaded), ==, 3);

  /* A copy of a hit keeps them too. */
  {
    g_autoptr (CmqIndexHit) copy = cmq_index_hit_copy (g_ptr_array_index (hits, 0));
    g_autoptr (CmqRelease) from_copy = cmq_index_hit_to_release (copy);

    g_assert_cmpstr (cmq_release_get_url (from_copy), ==, info.url);
  }
}

static void
test_long_phrase (Fixture *fixture, gconstpointer data)
{
  static const char *const pool[] = { "allies",     "agreed",   "to",      "strengthen",
                                      "deterrence", "and",      "defence", "across",
                                      "the",        "eastern",  "flank",   "while",
                                      "supporting", "partners", "in",      "region" };
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autoptr (GRand) rand = g_rand_new_with_seed (3);
  g_autoptr (GPtrArray) words = g_ptr_array_new ();
  g_autoptr (GString) forward = g_string_new (NULL);
  g_autoptr (GString) backward = g_string_new (NULL);
  g_autoptr (GString) phrase = g_string_new ("\"");
  g_autoptr (GString) huge = g_string_new ("\"");
  g_autoptr (CmqQuery) too_long = NULL;
  g_autoptr (GPtrArray) none = NULL;
  g_autofree char *found = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  for (guint i = 0; i < 600; i++)
    g_ptr_array_add (words, (gpointer) pool[g_rand_int_range (rand, 0, G_N_ELEMENTS (pool))]);
  for (guint i = 0; i < words->len; i++)
    {
      g_string_append_printf (forward, "%s%s", i > 0 ? " " : "", (char *) words->pdata[i]);
      g_string_append_printf (backward, "%s%s", i > 0 ? " " : "",
                              (char *) words->pdata[words->len - 1 - i]);
    }
  a = g_strdup_printf ("Forward order\n\nNATO Allies met on Monday (3 May 2021). %s.\n",
                       forward->str);
  b = g_strdup_printf ("Backward order\n\nNATO Allies met on Monday (3 May 2021). %s.\n",
                       backward->str);
  write_file (fixture, "a.txt", a);
  write_file (fixture, "b.txt", b);
  update (index);

  /* The first 2,600 bytes or so of the forward text, whole words. */
  for (guint i = 0; i < words->len && phrase->len < 2600; i++)
    g_string_append_printf (phrase, "%s%s", i > 0 ? " " : "", (char *) words->pdata[i]);
  g_string_append_c (phrase, '"');
  g_assert_cmpuint (phrase->len, >, 2048);
  found = titles (index, phrase->str, CMQ_INDEX_SORT_RELEVANCE);
  g_assert_cmpstr (found, ==, "Forward order");

  while (huge->len < 17 * 1024)
    g_string_append (huge, "allies agreed ");
  g_string_append_c (huge, '"');
  too_long = cmq_query_parse (huge->str, CMQ_QUERY_FLAGS_NONE);
  g_assert_true (cmq_query_is_too_long (too_long));
  g_assert_false (cmq_query_is_empty (too_long));
  none = cmq_index_query (index, too_long, CMQ_INDEX_SORT_RELEVANCE, 0, CMQ_INDEX_QUERY_NONE, NULL,
                          NULL);
  g_assert_nonnull (none);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_notes (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autoptr (GPtrArray) hits = NULL;
  g_autofree char *id = NULL;

  write_small_library (fixture);
  update (index);
  hits = query (index, "brussels", CMQ_INDEX_SORT_NEWEST);
  g_assert_cmpuint (hits->len, ==, 1);
  id = g_strdup (((CmqIndexHit *) g_ptr_array_index (hits, 0))->id);

  cmq_index_set_note (index, id, "Quote this in the Svalbard chapter");
  {
    g_autofree char *found = titles (index, "svalbard", CMQ_INDEX_SORT_NEWEST);
    g_assert_cmpstr (found, ==, "Ministers meet in Brussels");
  }
  cmq_index_set_note (index, id, "Moved to the Greenland chapter");
  {
    g_autofree char *old = titles (index, "svalbard", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *found = titles (index, "greenland", CMQ_INDEX_SORT_NEWEST);
    g_assert_cmpstr (old, ==, "");
    g_assert_cmpstr (found, ==, "Ministers meet in Brussels");
  }
  cmq_index_set_note (index, id, NULL);
  {
    g_autofree char *found = titles (index, "greenland", CMQ_INDEX_SORT_NEWEST);
    g_assert_cmpstr (found, ==, "");
  }

  /* A note for a release not indexed yet applies once it is. */
  cmq_index_set_note (index, "a0a0a0a0a0a0a0a0", "orphan");
  {
    g_autofree char *found = titles (index, "orphan", CMQ_INDEX_SORT_NEWEST);
    g_assert_cmpstr (found, ==, "");
  }

  /* Notes survive re-indexing the release they belong to. */
  cmq_index_set_note (index, id, "Greenland again");
  write_file (fixture, "b.txt",
              RELEASE ("Ministers meet in Brussels", "Tuesday (8 June 2021)",
                       "The Arctic, the Arctic and again the Arctic: the Arctic matters, "
                       "said the Secretary General about the Arctic."));
  touch_later (fixture, "b.txt");
  g_assert_cmpuint (update (index).n_imported, ==, 1);
  {
    g_autofree char *found = titles (index, "greenland", CMQ_INDEX_SORT_NEWEST);
    g_assert_cmpstr (found, ==, "Ministers meet in Brussels");
  }
}

/* Every odd input of test-query.c reaches SQLite without an error. */
static void
test_odd_queries (Fixture *fixture, gconstpointer data)
{
  static const char *const odd[] = {
    "",
    "\"collective defence",
    "-",
    "nato OR",
    "OR",
    "*",
    "title:",
    "year:abc",
    "before:2021-13-45",
    "'; DROP TABLE docs; --",
    "NEAR(a b)",
    "{title}:x",
    "\"\"\"",
    "a\"b\"c",
    "-\"x y\"",
    "x OR OR y",
    "nato*",
    "\"arctic\"*",
    "title:\"arctic security\"*",
    "-a -b -c",
    "year:1000",
    "after:9998",
    "\x01\x02\x03 arctic",
    "arctic \xff\xfe",
  };
  g_autoptr (CmqIndex) index = open_index (fixture);

  write_small_library (fixture);
  update (index);
  for (guint i = 0; i < G_N_ELEMENTS (odd); i++)
    for (CmqQueryFlags flags = 0; flags <= CMQ_QUERY_FLAGS_LAST_IS_PREFIX; flags++)
      {
        g_autoptr (CmqQuery) parsed = cmq_query_parse (odd[i], flags);
        g_autoptr (GError) error = NULL;
        g_autoptr (GPtrArray) hits = NULL;

        hits = cmq_index_query (index, parsed, CMQ_INDEX_SORT_RELEVANCE, 10,
                                CMQ_INDEX_QUERY_SNIPPETS, NULL, &error);
        g_assert_no_error (error);
        g_assert_nonnull (hits);
      }

  /* The fuzzed inputs too. */
  {
    g_autoptr (GRand) rand = g_rand_new_with_seed (7);
    static const char alphabet[] = "ar \"-*:()OR^{}'\\;\xc3\xa9\xff\x01\t";

    for (guint round = 0; round < 2000; round++)
      {
        char text[24];
        guint length = g_rand_int_range (rand, 0, sizeof text);
        g_autoptr (CmqQuery) parsed = NULL;
        g_autoptr (GError) error = NULL;
        g_autoptr (GPtrArray) hits = NULL;

        for (guint i = 0; i < length; i++)
          text[i] = alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)];
        text[length] = '\0';
        parsed = cmq_query_parse (text, round % 2);
        hits = cmq_index_query (index, parsed, round % 3 == 0, 5, 0, NULL, &error);
        g_assert_no_error (error);
      }
  }
}

static void
query_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GPtrArray **hits = user_data;
  g_autoptr (GError) error = NULL;

  *hits = cmq_index_query_finish (CMQ_INDEX (source), result, &error);
  g_assert_no_error (error);
}

static void
test_query_async (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  /* Four letters or more rank (two or three add nothing to the rank: test-index-prefixes.c). */
  g_autoptr (CmqQuery) parsed = cmq_query_parse ("arct", CMQ_QUERY_FLAGS_LAST_IS_PREFIX);
  GPtrArray *hits = NULL;

  write_small_library (fixture);
  update (index);
  cmq_index_query_async (index, parsed, CMQ_INDEX_SORT_RELEVANCE, 2, CMQ_INDEX_QUERY_SNIPPETS, NULL,
                         query_done_cb, &hits);
  while (hits == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (hits->len, ==, 2);
  g_assert_cmpstr (((CmqIndexHit *) g_ptr_array_index (hits, 0))->title, ==,
                   "Arctic security in focus");
  g_ptr_array_unref (hits);
}

static void
test_default_path (void)
{
  g_autofree char *path = cmq_index_get_default_path ();
  g_autofree char *expected =
      g_build_filename (g_getenv ("XDG_CACHE_HOME"), "communique", "index.sqlite", NULL);

  g_assert_cmpstr (path, ==, expected);
}

/* For single words, the index finds exactly the releases a plain scan of the library finds. */
static void
test_same_as_scan (Fixture *fixture, gconstpointer data)
{
  static const char *const words[] = {
    "nato",    "otan",    "defence", "ukraine", "summit",   "covid", "stoltenberg",
    "turkiye", "antalya", "2021",    "the",     "password", "anan",  "zzzz",
  };
  g_autofree char *generator =
      g_test_build_filename (G_TEST_DIST, "..", "build-aux", "generate-library.py", NULL);
  const char *argv[] = { "python3", generator, fixture->library, "2000", NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (CmqTestLibrary) library = NULL;
  g_autoptr (CmqIndex) index = open_index (fixture);
  GListModel *releases;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status,
                &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  /* The releases read whole, as the reader shows them, from a second index of the folder. */
  library = cmq_test_library_import (fixture->library);
  releases = cmq_test_library_get_releases (library);
  g_assert_cmpuint (update (index).n_releases, ==, g_list_model_get_n_items (releases));
  g_assert_cmpuint (g_list_model_get_n_items (releases), >, 1900);

  for (guint w = 0; w < G_N_ELEMENTS (words); w++)
    {
      g_autofree char *text = g_strconcat (words[w], " ", NULL); /* a whole word */
      g_autofree char *scan = cmq_search_normalize (text);       /* " word " */
      g_autoptr (GHashTable) expected = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr (GPtrArray) hits = NULL;
      g_autoptr (CmqQuery) parsed = cmq_query_parse (words[w], CMQ_QUERY_FLAGS_NONE);

      for (guint i = 0; i < g_list_model_get_n_items (releases); i++)
        {
          g_autoptr (CmqRelease) release = g_list_model_get_item (releases, i);
          g_autofree char *release_text = cmq_search_release_text (release);

          if (strstr (release_text, scan) != NULL)
            g_hash_table_add (expected, (gpointer) cmq_release_get_id (release));
        }

      hits = cmq_index_query (index, parsed, CMQ_INDEX_SORT_RELEVANCE, 0, 0, NULL, &error);
      g_assert_no_error (error);
      g_test_message ("%s: %u by scan, %u by index", words[w], g_hash_table_size (expected),
                      hits->len);
      g_assert_cmpuint (hits->len, ==, g_hash_table_size (expected));
      for (guint i = 0; i < hits->len; i++)
        g_assert_true (
            g_hash_table_contains (expected, ((CmqIndexHit *) g_ptr_array_index (hits, i))->id));
    }
}

int
main (int argc, char *argv[])
{
  g_autofree char *cache = g_dir_make_tmp ("test-index-cache-XXXXXX", NULL);
  int status;

  /* Before anything asks GLib for the cache folder. */
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  g_test_add_func ("/index/default-path", test_default_path);
  ADD ("/index/ranking", test_ranking);
  ADD ("/index/rank-limit", test_rank_limit);
  ADD ("/index/rank-function", test_rank_function);
  ADD ("/index/snippets", test_snippets);
  ADD ("/index/load-release", test_load_release);
  ADD ("/index/codec", test_codec);
  ADD ("/index/subheadings", test_subheadings);
  ADD ("/index/long-phrase", test_long_phrase);
  ADD ("/index/notes", test_notes);
  ADD ("/index/odd-queries", test_odd_queries);
  ADD ("/index/query-async", test_query_async);
  ADD ("/index/same-as-scan", test_same_as_scan);
#undef ADD

  status = g_test_run ();
  cmq_test_remove_tree (cache);
  return status;
}
