/* test-index.c: the full-text index on real files in a temporary folder, with no display:
 * ranking, incremental updates, notes, bodies, a corrupt and a locked database, every odd query,
 * and the same hits as a plain scan on a generated library.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <utime.h>

#include "cmq-importer.h"
#include "cmq-index-private.h"
#include "cmq-index.h"
#include "cmq-library.h"
#include "cmq-search.h"
#include "test-timeout.h"

typedef struct
{
  char *dir;     /* the temporary folder of this test */
  char *library; /* release files */
  char *db_path;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("test-index-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->library = g_build_filename (fixture->dir, "library", NULL);
  fixture->db_path = g_build_filename (fixture->dir, "cache", "index.sqlite", NULL);
  g_assert_cmpint (g_mkdir (fixture->library, 0700), ==, 0);
}

static void
remove_tree (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->library);
  g_free (fixture->db_path);
}

static void
write_file (Fixture *fixture, const char *name, const char *text)
{
  g_autofree char *path = g_build_filename (fixture->library, name, NULL);
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

static CmqIndex *
open_index (Fixture *fixture)
{
  const char *folders[] = { fixture->library, NULL };
  CmqIndex *index = cmq_index_new (fixture->db_path);

  cmq_index_set_folders (index, folders);
  return index;
}

static CmqIndexStats
update (CmqIndex *index)
{
  CmqIndexStats stats = { 0 };
  g_autoptr (GError) error = NULL;

  g_assert_true (cmq_index_update (index, NULL, &stats, &error));
  g_assert_no_error (error);
  return stats;
}

static GPtrArray *
query (CmqIndex *index, const char *text, CmqIndexSort sort)
{
  g_autoptr (CmqQuery) parsed = cmq_query_parse (text, CMQ_QUERY_FLAGS_NONE);
  g_autoptr (GError) error = NULL;
  GPtrArray *hits;

  hits = cmq_index_query (index, parsed, sort, 0, CMQ_INDEX_QUERY_SNIPPETS, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (hits);
  return hits;
}

/* The hits' titles, joined by "|". */
static char *
titles (CmqIndex *index, const char *text, CmqIndexSort sort)
{
  g_autoptr (GPtrArray) hits = query (index, text, sort);
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; i < hits->len; i++)
    {
      CmqIndexHit *hit = g_ptr_array_index (hits, i);
      g_string_append_printf (out, "%s%s", i > 0 ? "|" : "", hit->title);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

#define RELEASE(title, date, body)                                                                 \
  title "\n\nNATO Allies met on " date " to discuss the situation. " body                          \
        "\n\nThe meeting covered surveillance, exercises and cooperation with partners.\n"

static void
write_small_library (Fixture *fixture)
{
  write_file (fixture, "a.txt",
              RELEASE ("Arctic security in focus", "Monday (3 May 2021)",
                       "Ministers spoke about the High North."));
  write_file (fixture, "b.txt",
              RELEASE ("Ministers meet in Brussels", "Tuesday (8 June 2021)",
                       "The Arctic, the Arctic and again the Arctic: the Arctic matters, "
                       "said the Secretary General about the Arctic."));
  write_file (fixture, "c.txt",
              RELEASE ("Defence spending rises", "Wednesday (15 February 2023)",
                       "Allies also mentioned the Arctic once, among many other regions of the "
                       "world and many other topics of the long meeting agenda today."));
  write_file (fixture, "d.txt",
              RELEASE ("Cyber defence exercise ends", "Friday (2 December 2022)",
                       "Experts from thirty nations trained to defend networks. Collective "
                       "defence stays the core task of the Alliance."));
}

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

/* cmq_rank is FTS5's bm25 with the same weights: the same scores with several phrases, and with
 * one phrase the same scores but for a factor (the phrase's IDF, left out). */
static void
test_rank_function (Fixture *fixture, gconstpointer data)
{
  static const char *const several[] = { "arctic ministers", "arctic OR defence",
                                         "\"collective defence\" OR arctic",
                                         "title:arctic OR meeting", "arctic NOT brussels" };
  static const char *const one[] = { "arctic", "defen*", "\"collective defence\"", "meeting" };
  g_autoptr (CmqIndex) index = open_index (fixture);
  sqlite3 *db;
  int rc;

  write_small_library (fixture);
  update (index);
  db = cmq_index_db_open (fixture->db_path, &rc);
  g_assert_nonnull (db);

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

static void
touch_later (Fixture *fixture, const char *name)
{
  g_autofree char *path = g_build_filename (fixture->library, name, NULL);
  GStatBuf st;
  struct utimbuf times;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  times.actime = st.st_atime;
  times.modtime = st.st_mtime + 10;
  g_assert_cmpint (g_utime (path, &times), ==, 0);
}

static void
test_incremental (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  CmqIndexStats stats;

  write_small_library (fixture);
  stats = update (index);
  g_assert_cmpuint (stats.n_imported, ==, 4);

  /* Nothing changed: nothing is read again. */
  stats = update (index);
  g_assert_cmpuint (stats.n_files, ==, 4);
  g_assert_cmpuint (stats.n_imported, ==, 0);
  g_assert_cmpuint (stats.n_removed, ==, 0);

  /* Added */
  write_file (fixture, "e.txt",
              RELEASE ("Partners join Baltic drill", "Monday (5 June 2023)",
                       "Sweden and Finland joined the Baltic exercise."));
  stats = update (index);
  g_assert_cmpuint (stats.n_imported, ==, 1);
  g_assert_cmpuint (stats.n_releases, ==, 5);
  {
    g_autofree char *baltic = titles (index, "baltic", CMQ_INDEX_SORT_NEWEST);
    g_assert_cmpstr (baltic, ==, "Partners join Baltic drill");
  }

  /* Changed: the old words go, the new ones come. */
  write_file (fixture, "e.txt",
              RELEASE ("Partners join Nordic drill", "Monday (5 June 2023)",
                       "Sweden and Finland joined the Nordic exercise."));
  touch_later (fixture, "e.txt");
  stats = update (index);
  g_assert_cmpuint (stats.n_imported, ==, 1);
  g_assert_cmpuint (stats.n_releases, ==, 5);
  {
    g_autofree char *baltic = titles (index, "baltic", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *nordic = titles (index, "nordic", CMQ_INDEX_SORT_NEWEST);
    g_assert_cmpstr (baltic, ==, "");
    g_assert_cmpstr (nordic, ==, "Partners join Nordic drill");
  }

  /* The same release saved twice is one release; it stays while one copy is left. */
  {
    g_autofree char *a = g_build_filename (fixture->library, "a.txt", NULL);
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (a, &contents, NULL, NULL));
    write_file (fixture, "a-copy.txt", contents);
  }
  stats = update (index);
  g_assert_cmpuint (stats.n_imported, ==, 1);
  g_assert_cmpuint (stats.n_releases, ==, 5);
  {
    g_autofree char *a = g_build_filename (fixture->library, "a.txt", NULL);
    g_autofree char *focus = NULL;

    g_assert_cmpint (g_unlink (a), ==, 0);
    stats = update (index);
    g_assert_cmpuint (stats.n_removed, ==, 1);
    g_assert_cmpuint (stats.n_releases, ==, 5);
    focus = titles (index, "focus", CMQ_INDEX_SORT_NEWEST);
    g_assert_cmpstr (focus, ==, "Arctic security in focus");
  }

  /* Deleted */
  {
    g_autofree char *copy = g_build_filename (fixture->library, "a-copy.txt", NULL);
    g_autofree char *e = g_build_filename (fixture->library, "e.txt", NULL);
    g_autofree char *focus = NULL;

    g_assert_cmpint (g_unlink (copy), ==, 0);
    g_assert_cmpint (g_unlink (e), ==, 0);
    stats = update (index);
    g_assert_cmpuint (stats.n_removed, ==, 2);
    g_assert_cmpuint (stats.n_releases, ==, 3);
    focus = titles (index, "focus OR nordic", CMQ_INDEX_SORT_NEWEST);
    g_assert_cmpstr (focus, ==, "");
  }

  /* A file that is not a release is remembered, not imported again each time. */
  write_file (fixture, "empty.txt", "\n\n   \n");
  stats = update (index);
  g_assert_cmpuint (stats.n_imported, ==, 1);
  g_assert_cmpuint (stats.n_skipped, ==, 1);
  stats = update (index);
  g_assert_cmpuint (stats.n_imported, ==, 0);

  /* Reopened, the index still holds everything. */
  g_clear_object (&index);
  index = open_index (fixture);
  g_assert_cmpuint (cmq_index_get_n_releases (index), ==, 3);
  stats = update (index);
  g_assert_cmpuint (stats.n_imported, ==, 0);
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
overwrite (const char *path, goffset offset, gsize length)
{
  g_autofree char *junk = g_malloc (length);
  FILE *file = fopen (path, "r+b");

  g_assert_nonnull (file);
  for (gsize i = 0; i < length; i++)
    junk[i] = (char) (i * 7 + 13);
  g_assert_cmpint (fseek (file, offset, SEEK_SET), ==, 0);
  g_assert_cmpuint (fwrite (junk, 1, length, file), ==, length);
  fclose (file);
}

static void
test_corrupt (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autoptr (GError) error = NULL;
  g_autoptr (CmqQuery) arctic = cmq_query_parse ("arctic", CMQ_QUERY_FLAGS_NONE);
  GPtrArray *hits;

  write_small_library (fixture);
  update (index);
  g_clear_object (&index);

  /* Garbage over the whole file: rebuilt on open. */
  overwrite (fixture->db_path, 0, 64 * 1024);
  g_test_expect_message ("cmq-index", G_LOG_LEVEL_MESSAGE, "Rebuilding the search index*");
  index = open_index (fixture);
  g_test_assert_expected_messages ();
  g_assert_false (cmq_index_is_fallback (index));
  g_assert_cmpuint (cmq_index_get_n_releases (index), ==, 0);
  g_assert_cmpuint (update (index).n_releases, ==, 4);
  {
    g_autofree char *found = titles (index, "arctic", CMQ_INDEX_SORT_RELEVANCE);
    g_assert_cmpstr (found, ==,
                     "Arctic security in focus|Ministers meet in Brussels|Defence spending rises");
  }
  g_clear_object (&index);

  /* Damage past the header: found by a query, which fails once, then the index is rebuilt. */
  overwrite (fixture->db_path, 8192, 8 * 8192);
  index = open_index (fixture);
  g_test_expect_message ("cmq-index", G_LOG_LEVEL_WARNING, "The search index * is damaged*");
  hits = cmq_index_query (index, arctic, CMQ_INDEX_SORT_RELEVANCE, 0, 0, NULL, &error);
  g_test_assert_expected_messages ();
  g_assert_error (error, CMQ_INDEX_ERROR, CMQ_INDEX_ERROR_FAILED);
  g_assert_null (hits);
  g_clear_error (&error);
  g_assert_cmpuint (update (index).n_releases, ==, 4);
  hits = cmq_index_query (index, arctic, CMQ_INDEX_SORT_RELEVANCE, 0, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 3);
  g_ptr_array_unref (hits);

  /* An index of another schema version is rebuilt on open. */
  g_clear_object (&index);
  {
    sqlite3 *db = NULL;

    g_assert_cmpint (sqlite3_open (fixture->db_path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 0", NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (db);
  }
  g_test_expect_message ("cmq-index", G_LOG_LEVEL_MESSAGE, "Rebuilding the search index*");
  index = open_index (fixture);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (cmq_index_get_n_releases (index), ==, 0);
}

static void
test_locked (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autoptr (CmqIndex) second = NULL;
  g_autoptr (GError) error = NULL;
  sqlite3 *holder = NULL;
  CmqIndexStats stats = { 0 };

  write_small_library (fixture);
  update (index);
  g_clear_object (&index);

  /* Another process writes and keeps the lock: the index is read as it is, updates give up. */
  g_assert_cmpint (sqlite3_open (fixture->db_path, &holder), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (holder, "BEGIN EXCLUSIVE; DELETE FROM notes;", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  index = open_index (fixture);
  {
    g_autofree char *found = titles (index, "focus", CMQ_INDEX_SORT_NEWEST);
    g_assert_cmpstr (found, ==, "Arctic security in focus");
  }
  write_file (fixture, "e.txt",
              RELEASE ("Partners join Baltic drill", "Monday (5 June 2023)", "Baltic."));
  g_assert_false (cmq_index_update (index, NULL, &stats, &error));
  g_assert_error (error, CMQ_INDEX_ERROR, CMQ_INDEX_ERROR_BUSY);
  g_clear_error (&error);
  cmq_index_set_note (index, "x", "pending while locked"); /* kept, not lost nor blocking */
  sqlite3_exec (holder, "ROLLBACK", NULL, NULL, NULL);
  g_assert_cmpuint (update (index).n_imported, ==, 1);
  g_clear_object (&index);

  /* Exclusive locking mode: not even readable. A temporary index takes its place. */
  g_assert_cmpint (sqlite3_exec (holder,
                                 "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;"
                                 " DELETE FROM notes; COMMIT;",
                                 NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_test_expect_message ("cmq-index", G_LOG_LEVEL_MESSAGE, "Cannot use the search index*");
  second = open_index (fixture);
  g_test_assert_expected_messages ();
  g_assert_true (cmq_index_is_fallback (second));
  g_assert_cmpstr (cmq_index_get_path (second), !=, fixture->db_path);
  stats = update (second);
  g_assert_cmpuint (stats.n_releases, ==, 5);
  {
    g_autofree char *found = titles (second, "baltic", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *tmp_path = g_strdup (cmq_index_get_path (second));

    g_assert_cmpstr (found, ==, "Partners join Baltic drill");
    g_clear_object (&second);
    g_assert_false (g_file_test (tmp_path, G_FILE_TEST_EXISTS)); /* removed with it */
  }
  sqlite3_close (holder);
}

static void
progress_cb (CmqIndex *index, guint done, guint total, gpointer user_data)
{
  guint *last = user_data;

  g_assert_cmpuint (done, <=, total);
  g_assert_cmpuint (done, >=, last[0]);
  last[0] = done;
  last[1] = total;
  last[2]++;
}

static void
changed_cb (CmqIndex *index, gpointer user_data)
{
  (*(guint *) user_data)++;
}

static void
update_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  CmqIndexStats *stats = user_data;
  g_autoptr (GError) error = NULL;

  g_assert_true (cmq_index_update_finish (CMQ_INDEX (source), result, stats, &error));
  g_assert_no_error (error);
}

static void
test_async (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  CmqIndexStats stats = { 0 };
  guint progress[3] = { 0 };
  guint changed = 0;

  for (guint i = 0; i < 1200; i++)
    {
      g_autofree char *name = g_strdup_printf ("r%04u.txt", i);
      g_autofree char *text = g_strdup_printf (
          "Release number %u\n\nNATO Allies met on Monday (3 May 2021) to discuss item%u in "
          "detail.\n\nThey agreed on the next steps for item%u.\n",
          i, i, i);
      write_file (fixture, name, text);
    }

  g_signal_connect (index, "progress", G_CALLBACK (progress_cb), progress);
  g_signal_connect (index, "changed", G_CALLBACK (changed_cb), &changed);
  cmq_index_update_async (index, NULL, update_done_cb, &stats);
  while (stats.n_files == 0)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);

  g_assert_cmpuint (stats.n_releases, ==, 1200);
  g_assert_cmpuint (progress[0], ==, 1200);
  g_assert_cmpuint (progress[1], ==, 1200);
  g_assert_cmpuint (progress[2], >=, 3); /* at the start, per batch of 500, at the end */
  g_assert_cmpuint (changed, >=, 3);
  g_assert_false (cmq_index_is_updating (index));
  {
    g_autofree char *found = titles (index, "item777", CMQ_INDEX_SORT_NEWEST);
    g_assert_cmpstr (found, ==, "Release number 777");
  }
}

static gboolean
update_blocked_cb (gpointer user_data)
{
  g_error ("The index update is still running after %.0f s: it blocks on a file",
           cmq_test_timeout_seconds (60));
  return G_SOURCE_REMOVE;
}

/* What the files table says about @name, "" when it is a release, NULL when it is not listed. */
static char *
skipped_reason (Fixture *fixture, const char *name)
{
  g_autofree char *path = g_build_filename (fixture->library, name, NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *reason = NULL;

  g_assert_cmpint (sqlite3_open_v2 (fixture->db_path, &db, SQLITE_OPEN_READONLY, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT coalesce (skipped, '') FROM files WHERE path = ?",
                                       -1, &stmt, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, path, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    reason = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return reason;
}

/* The importer's reason for not reading @name. */
static char *
importer_reason (Fixture *fixture, const char *name)
{
  g_autofree char *path = g_build_filename (fixture->library, name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) contents = cmq_importer_read_file (file, NULL, NULL, &error);

  g_assert_null (contents);
  g_assert_error (error, CMQ_IMPORT_ERROR, error->code);
  return g_strdup (error->message);
}

/* A named pipe would block a plain read for ever and a huge file would be read whole: the update
 * reads like the importer, so both are skipped at once, with the importer's reason. */
static void
test_unreadable_files (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autofree char *fifo = g_build_filename (fixture->library, "pipe.txt", NULL);
  g_autofree char *huge_path = g_build_filename (fixture->library, "huge.txt", NULL);
  g_autoptr (GString) huge = g_string_new ("A release far too long\n\n");
  g_autofree char *huge_reason = NULL;
  g_autofree char *fifo_reason = NULL;
  g_autofree char *listed = NULL;
  g_autofree char *found = NULL;
  CmqIndexStats stats = { 0 };
  GStatBuf st;
  guint timeout;

  write_small_library (fixture);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  /* Lines of ordinary length, so that only the size is wrong. */
  while (huge->len <= CMQ_IMPORT_MAX_FILE_BYTES)
    g_string_append (huge, "NATO Allies met on Monday (3 May 2021) to discuss zebraword.\n");
  g_assert_true (g_file_set_contents (huge_path, huge->str, huge->len, NULL));

  timeout = g_timeout_add_seconds ((guint) cmq_test_timeout_seconds (60), update_blocked_cb, NULL);
  cmq_index_update_async (index, NULL, update_done_cb, &stats);
  while (stats.n_files == 0)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);

  g_assert_cmpuint (stats.n_files, ==, 6);
  g_assert_cmpuint (stats.n_skipped, ==, 2);
  g_assert_cmpuint (stats.n_releases, ==, 4);

  fifo_reason = importer_reason (fixture, "pipe.txt");
  listed = skipped_reason (fixture, "pipe.txt");
  g_assert_cmpstr (listed, ==, fifo_reason);
  g_clear_pointer (&listed, g_free);
  huge_reason = importer_reason (fixture, "huge.txt");
  g_assert_true (strstr (huge_reason, "too large") != NULL);
  listed = skipped_reason (fixture, "huge.txt");
  g_assert_cmpstr (listed, ==, huge_reason);
  g_clear_pointer (&listed, g_free);
  listed = skipped_reason (fixture, "a.txt");
  g_assert_cmpstr (listed, ==, "");

  /* Nothing of the huge file is in the index, which stays small. */
  found = titles (index, "zebraword", CMQ_INDEX_SORT_NEWEST);
  g_assert_cmpstr (found, ==, "");
  g_assert_cmpint (g_stat (fixture->db_path, &st), ==, 0);
  g_assert_cmpint (st.st_size, <, 1024 * 1024);

  /* Remembered: neither is looked at again. */
  stats = update (index);
  g_assert_cmpuint (stats.n_imported, ==, 0);
  g_assert_cmpuint (stats.n_skipped, ==, 2);
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
  g_autoptr (CmqQuery) parsed = cmq_query_parse ("arc", CMQ_QUERY_FLAGS_LAST_IS_PREFIX);
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
  g_autoptr (CmqLibrary) library = cmq_library_new ();
  g_autoptr (GFile) folder = g_file_new_for_path (fixture->library);
  g_autoptr (CmqIndex) index = open_index (fixture);
  GListModel *releases;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status,
                &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  cmq_library_add_directory (library, folder);
  cmq_library_load (library, NULL);
  releases = cmq_library_get_releases (library);
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

          if (strstr (cmq_release_get_search_text (release), scan) != NULL)
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

/* A folder changed within the last two seconds is not trusted (see cmq-index-update.c): wait
 * until the last change is old enough for an update to record the folders. */
static void
let_folders_settle (void)
{
  g_usleep (2100 * G_TIME_SPAN_MILLISECOND);
}

/* cmq_index_folders_unchanged(), which `communique --search` trusts instead of a stat of every
 * file: every way a file can come or go makes it FALSE, and only a complete update makes it TRUE
 * again. */
static void
test_folders_unchanged (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autofree char *a_path = g_build_filename (fixture->library, "a.txt", NULL);
  g_autofree char *b_path = g_build_filename (fixture->library, "b.txt", NULL);
  g_autofree char *moved = g_build_filename (fixture->library, "moved.txt", NULL);
  g_autofree char *other = g_build_filename (fixture->dir, "other", NULL);
  const char *two_folders[] = { fixture->library, other, NULL };
  const char *one_folder[] = { fixture->library, NULL };
  FILE *file;

  /* Never updated: nothing is recorded. */
  g_assert_false (cmq_index_folders_unchanged (index));
  write_small_library (fixture);
  update (index);
  /* Changed just now: an update does not record it. */
  g_assert_false (cmq_index_folders_unchanged (index));

  let_folders_settle ();
  update (index);
  g_assert_true (cmq_index_folders_unchanged (index));

  /* A file rewritten in place keeps its folder as it was: the documented limit (--rescan). */
  file = fopen (a_path, "a");
  g_assert_nonnull (file);
  fputs ("One more line about the Arctic.\n", file);
  fclose (file);
  g_assert_true (cmq_index_folders_unchanged (index));

  /* A new file. */
  write_file (fixture, "e.txt",
              RELEASE ("Summit in Vilnius", "Tuesday (11 July 2023)", "Ukraine."));
  g_assert_false (cmq_index_folders_unchanged (index));
  let_folders_settle ();
  update (index);
  g_assert_true (cmq_index_folders_unchanged (index));
  g_assert_cmpuint (cmq_index_get_n_releases (index), ==, 5);

  /* A file removed. */
  g_assert_cmpint (g_unlink (a_path), ==, 0);
  g_assert_false (cmq_index_folders_unchanged (index));
  let_folders_settle ();
  update (index);
  g_assert_true (cmq_index_folders_unchanged (index));
  g_assert_cmpuint (cmq_index_get_n_releases (index), ==, 4);

  /* A file renamed (as editors save), and another folder listed, even one that does not exist
   * yet, then created. */
  g_assert_cmpint (g_rename (b_path, moved), ==, 0);
  g_assert_false (cmq_index_folders_unchanged (index));
  cmq_index_set_folders (index, two_folders);
  let_folders_settle ();
  update (index);
  g_assert_true (cmq_index_folders_unchanged (index));
  g_assert_cmpint (g_mkdir (other, 0700), ==, 0);
  g_assert_false (cmq_index_folders_unchanged (index));

  /* A folder no longer listed: its files are still in the index until the next update. */
  cmq_index_set_folders (index, one_folder);
  g_assert_false (cmq_index_folders_unchanged (index));
  let_folders_settle ();
  update (index);
  g_assert_true (cmq_index_folders_unchanged (index));

  /* Another index of the same folders recorded nothing. */
  {
    g_autofree char *other_db = g_build_filename (fixture->dir, "other.sqlite", NULL);
    g_autoptr (CmqIndex) fresh = cmq_index_new (other_db);

    cmq_index_set_folders (fresh, one_folder);
    g_assert_false (cmq_index_folders_unchanged (fresh));
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
  ADD ("/index/incremental", test_incremental);
  ADD ("/index/folders-unchanged", test_folders_unchanged);
  ADD ("/index/notes", test_notes);
  ADD ("/index/odd-queries", test_odd_queries);
  ADD ("/index/corrupt", test_corrupt);
  ADD ("/index/locked", test_locked);
  ADD ("/index/async", test_async);
  ADD ("/index/unreadable-files", test_unreadable_files);
  ADD ("/index/query-async", test_query_async);
  ADD ("/index/same-as-scan", test_same_as_scan);
#undef ADD

  status = g_test_run ();
  remove_tree (cache);
  return status;
}
