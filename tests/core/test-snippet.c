/* test-snippet.c: cmq_snippet(), the index's snippets, over texts whose words are made of several
 * FTS5 tokens ("Euro-Atlantic", "NATO's", "1,000,000"): whatever the word looked for and
 * wherever it stands, a snippet shows whole words only, the matched one among them, and a
 * phrase as one marked run.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <sqlite3.h>
#include <string.h>

#include "cmq-index-private.h"

/* Words of one to three tokens; "[", "]" and "…" are kept for the marks and the ellipses. */
static const char *const vocabulary[] = {
  "Euro-Atlantic", "NATO's",       "1,000,000",   "Secretary-General",
  "U.S.",          "co-operation", "(defence)",   "Türkiye’s",
  "allies",        "the",          "of",          "and",
  "summit",        "x—y",          "well-being",  "Ukraine,",
  "3.5%",          "post-2014",    "security.",   "Mr",
  "Rutte",         "said:",        "“collective", "defence”",
};

/* The words looked for: tokens of the words above, many of them inside a word. */
static const char *const looked_for[] = {
  "atlantic", "euro", "s",     "000",     "general", "secretary", "u",     "operation",  "defence",
  "turkiye",  "y",    "being", "ukraine", "5",       "2014",      "rutte", "collective",
};

static sqlite3 *
open_db (void)
{
  int rc = SQLITE_OK;
  sqlite3 *db = cmq_index_db_open (":memory:", &rc);

  g_assert_cmpint (rc, ==, SQLITE_OK);
  g_assert_nonnull (db);
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE VIRTUAL TABLE f USING fts5 (title, body,"
                                 " tokenize = 'unicode61 remove_diacritics 2')",
                                 NULL, NULL, NULL),
                   ==, SQLITE_OK);
  return db;
}

static void
insert (sqlite3 *db, sqlite3_int64 rowid, const char *title, const char *body)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO f (rowid, title, body) VALUES (?, ?, ?)",
                                       -1, &stmt, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, rowid);
  sqlite3_bind_text (stmt, 2, title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, body, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
}

/* The snippet of row @rowid of @table for @match, in @n_tokens tokens, or NULL when it does not
 * match. */
static char *
snippet_in (sqlite3 *db, const char *table, sqlite3_int64 rowid, const char *match, int n_tokens)
{
  g_autofree char *sql = g_strdup_printf ("SELECT cmq_snippet (%s, -1, '[', ']', '…', ?3) FROM %s"
                                          " WHERE %s MATCH ?1 AND rowid = ?2",
                                          table, table, table);
  sqlite3_stmt *stmt = NULL;
  char *result = NULL;
  int rc;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, rowid);
  sqlite3_bind_int (stmt, 3, n_tokens);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else
    g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  return result;
}

static char *
snippet (sqlite3 *db, sqlite3_int64 rowid, const char *match, int n_tokens)
{
  return snippet_in (db, "f", rowid, match, n_tokens);
}

static gboolean
space_before (const char *text, const char *at)
{
  return at == text || g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (at)));
}

static gboolean
space_at (const char *at)
{
  return *at == '\0' || g_unichar_isspace (g_utf8_get_char (at));
}

/* @shown (a snippet of @text, marks and ellipses removed) is a run of whole words of @text. */
static gboolean
is_whole_words_of (const char *text, const char *shown)
{
  for (const char *at = strstr (text, shown); at != NULL; at = strstr (at + 1, shown))
    if (space_before (text, at) && space_at (at + strlen (shown)))
      return TRUE;
  return FALSE;
}

/* Checks one snippet: whole words, at least one mark, each mark inside the words shown. */
static void
check_snippet (const char *text, const char *snip, const char *word, int n_tokens)
{
  g_autoptr (GString) bare = g_string_new (snip);
  const char *ellipsis = "…";

  if (g_str_has_prefix (bare->str, ellipsis))
    g_string_erase (bare, 0, strlen (ellipsis));
  if (g_str_has_suffix (bare->str, ellipsis))
    g_string_truncate (bare, bare->len - strlen (ellipsis));
  g_assert_nonnull (strchr (bare->str, '['));
  g_string_replace (bare, "[", "", 0);
  g_string_replace (bare, "]", "", 0);
  if (!is_whole_words_of (text, bare->str))
    g_error ("The snippet of “%s” in %d tokens cuts a word: “%s”\nin: %s", word, n_tokens, snip,
             text);
}

static void
test_whole_words (void)
{
  sqlite3 *db = open_db ();
  guint checked = 0;

  for (guint seed = 1; seed <= 40; seed++)
    {
      g_autoptr (GRand) rand = g_rand_new_with_seed (seed);
      g_autoptr (GString) text = g_string_new (NULL);
      guint n_words = g_rand_int_range (rand, 5, 120);

      for (guint i = 0; i < n_words; i++)
        {
          if (i > 0)
            g_string_append_c (text, g_rand_int_range (rand, 0, 12) == 0 ? '\n' : ' ');
          g_string_append (text, vocabulary[g_rand_int_range (rand, 0, G_N_ELEMENTS (vocabulary))]);
        }
      insert (db, seed, "Title", text->str);
      for (guint w = 0; w < G_N_ELEMENTS (looked_for); w++)
        for (int n_tokens = 1; n_tokens <= 20; n_tokens += 3)
          {
            g_autofree char *match = g_strdup_printf ("body : \"%s\"", looked_for[w]);
            g_autofree char *snip = snippet (db, seed, match, n_tokens);

            if (snip == NULL)
              continue;
            check_snippet (text->str, snip, looked_for[w], n_tokens);
            checked++;
          }
    }
  /* Most words are in most texts: the loop above did check many snippets. */
  g_assert_cmpuint (checked, >, 2000);
  sqlite3_close (db);
}

static void
test_marks (void)
{
  sqlite3 *db = open_db ();
  g_autofree char *phrase = NULL;
  g_autofree char *compound = NULL;
  g_autofree char *title = NULL;
  g_autofree char *end = NULL;

  insert (db, 1, "Meeting of Allies",
          "Allies reaffirmed collective defence. The Secretary-General of the Euro-Atlantic "
          "alliance spoke at length about many other things that follow here.");
  /* A phrase is one run, as the reader marks it. */
  phrase = snippet (db, 1, "\"collective defence\"", 16);
  g_assert_cmpstr (phrase, ==,
                   "Allies reaffirmed [collective defence]. The Secretary-General of the "
                   "Euro-Atlantic alliance spoke at length about…");
  /* The token matched inside a word is marked, the word is shown whole. */
  compound = snippet (db, 1, "general", 1);
  g_assert_cmpstr (compound, ==, "…Secretary-[General]…");
  compound = (g_free (compound), snippet (db, 1, "atlantic", 2));
  g_assert_cmpstr (compound, ==, "…Euro-[Atlantic] alliance…");
  /* The title, when only it has the words. */
  title = snippet (db, 1, "meeting", 16);
  g_assert_cmpstr (title, ==, "[Meeting] of Allies");
  /* The text's hits before the title's: the row shows the title already. */
  insert (db, 2, "Allies meet in Brussels",
          "Ministers met to review the work of the Alliance, and the allies agreed on the plans "
          "that follow here.");
  g_clear_pointer (&title, g_free);
  title = snippet (db, 2, "allies", 4);
  g_assert_cmpstr (title, ==, "…[allies] agreed on the…");
  /* The end of the text: no ellipsis after it. */
  end = snippet (db, 1, "here", 3);
  g_assert_cmpstr (end, ==, "…that follow [here].");
  sqlite3_close (db);
}

/* A hit deep in a long text comes early in its snippet, where a row's two lines show it: a
 * quarter of the window before it, not half. */
static void
test_hit_early (void)
{
  sqlite3 *db = open_db ();
  g_autofree char *snip = NULL;
  g_auto (GStrv) before = NULL;

  insert (db, 1, "Title",
          "Ministers met in Brussels on Tuesday to review the work of the Alliance over the past "
          "year and to prepare decisions for the next summit of heads of state and government, "
          "including in Afghanistan where the training mission goes on with many partners and "
          "other nations beside the Allies for some years to come.");
  snip = snippet (db, 1, "afghanistan", 16);
  g_assert_nonnull (strstr (snip, "[Afghanistan]"));
  before = g_strsplit (snip, " ", -1);
  for (guint i = 0; before[i] != NULL; i++)
    if (g_str_has_prefix (before[i], "["))
      {
        g_assert_cmpuint (i, <=, 4);
        break;
      }
  sqlite3_close (db);
}

/* The index's own tables (cmq-index-schema.c): a release whose stored body is @stored (the text,
 * snippet marks and all, then the quotes), in docs, bodies and fts. */
static sqlite3 *
open_index (void)
{
  int rc = SQLITE_OK;
  sqlite3 *db = cmq_index_schema_open (":memory:", &rc);

  g_assert_cmpint (rc, ==, SQLITE_OK);
  g_assert_nonnull (db);
  return db;
}

static void
insert_release (sqlite3 *db, sqlite3_int64 docid, const char *title, const char *stored,
                gsize stored_length, const char *text, gboolean cut)
{
  g_autoptr (GBytes) deflated = cmq_index_deflate (stored, stored_length);
  g_autofree char *id = g_strdup_printf ("r%" G_GINT64_FORMAT, (gint64) docid);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (
      sqlite3_prepare_v2 (db,
                          "INSERT INTO docs (docid, id, file, title, date_source,"
                          " mtime, chrome_lines) VALUES (?1, ?2, ?2, ?3, 'none', 0, 0)",
                          -1, &stmt, NULL),
      ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, docid);
  sqlite3_bind_text (stmt, 2, id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, title, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  g_assert_cmpint (
      sqlite3_prepare_v2 (db, "INSERT INTO bodies (docid, body) VALUES (?, ?)", -1, &stmt, NULL),
      ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, docid);
  /* @cut: the stored body loses its second half */
  sqlite3_bind_blob (stmt, 2, g_bytes_get_data (deflated, NULL),
                     g_bytes_get_size (deflated) / (cut ? 2 : 1), SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "INSERT INTO fts (rowid, title, body, notes)"
                                       " VALUES (?, ?, ?, '')",
                                       -1, &stmt, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, docid);
  sqlite3_bind_text (stmt, 2, title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, text, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
}

/* The snippets of every row matching @match in one statement over @table (a hit list's column),
 * one line each. */
static char *
all_snippets (sqlite3 *db, const char *table, const char *match, int n_tokens)
{
  g_autofree char *sql =
      g_strdup_printf ("SELECT rowid, cmq_snippet (%s, -1, '[', ']', '…', ?2) FROM %s"
                       " WHERE %s MATCH ?1 ORDER BY rowid",
                       table, table, table);
  GString *out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, n_tokens);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_string_append_printf (out, "%lld %s\n", sqlite3_column_int64 (stmt, 0),
                            (const char *) sqlite3_column_text (stmt, 1));
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  return g_string_free (out, FALSE);
}

/* A text of @n_words words of the vocabulary, some of them long or not ASCII, with snippet marks
 * around some (stored, they read back as spaces: @text gets the spaces). */
static void
make_body (GRand *rand, guint n_words, GString *stored, GString *text)
{
  static const char *const more[] = { "Zusammenarbeit–Ost", "été", "Ελλάδα", "日本",
                                      "https://www.nato.int/cps/en/natohq/news.htm" };

  for (guint i = 0; i < n_words; i++)
    {
      guint pick = g_rand_int_range (rand, 0, G_N_ELEMENTS (vocabulary) + G_N_ELEMENTS (more));
      const char *word = pick < G_N_ELEMENTS (vocabulary) ? vocabulary[pick]
                                                          : more[pick - G_N_ELEMENTS (vocabulary)];
      gboolean marked = g_rand_int_range (rand, 0, 20) == 0;

      if (i > 0)
        {
          char space = g_rand_int_range (rand, 0, 12) == 0 ? '\n' : ' ';

          g_string_append_c (stored, space);
          g_string_append_c (text, space);
        }
      g_string_append (stored, marked ? CMQ_INDEX_MARK_START : "");
      g_string_append (text, marked ? " " : "");
      g_string_append (stored, word);
      g_string_append (text, word);
      g_string_append (stored, marked ? CMQ_INDEX_MARK_END : "");
      g_string_append (text, marked ? " " : "");
    }
}

/* The index reads a snippet's text from the stored body only as far as its window, not through
 * FTS5's row: the snippets are the same as those of a table holding the text, for hits at the
 * start, the middle and the end of short and long bodies (past the first read of the stored
 * text and its growths), in titles and bodies, made one by one or by one statement. */
static void
test_stored_body (void)
{
  sqlite3 *plain = open_db ();
  sqlite3 *db = open_index ();
  static const char *const matches[] = { "atlantic", "rutte",
                                         "000",      "defence",
                                         "ukraine",  "\"collective defence\"",
                                         "ete",      "summit OR allies",
                                         "nato",     "zusammenarbeit",
                                         "ost",      "日本" };
  static const int n_tokens[] = { 1, 5, 16, 64 };
  guint compared = 0;

  for (guint seed = 1; seed <= 24; seed++)
    {
      g_autoptr (GRand) rand = g_rand_new_with_seed (seed);
      g_autoptr (GString) stored = g_string_new (NULL);
      g_autoptr (GString) text = g_string_new (NULL);
      const char *title = seed % 3 == 0 ? "NATO's summit of Allies" : "Title";

      make_body (rand, g_rand_int_range (rand, 1, seed % 4 == 0 ? 4000 : 600), stored, text);
      g_string_append_len (stored, "\0[]\0[]", 6);
      insert (plain, seed, title, text->str);
      insert_release (db, seed, title, stored->str, stored->len, text->str, FALSE);
    }
  for (guint m = 0; m < G_N_ELEMENTS (matches); m++)
    for (guint n = 0; n < G_N_ELEMENTS (n_tokens); n++)
      {
        g_autofree char *expected = all_snippets (plain, "f", matches[m], n_tokens[n]);
        g_autofree char *got = all_snippets (db, "fts", matches[m], n_tokens[n]);

        g_assert_cmpstr (got, ==, expected);
        for (sqlite3_int64 rowid = 1; rowid <= 24; rowid += 5)
          {
            g_autofree char *one = snippet_in (db, "fts", rowid, matches[m], n_tokens[n]);
            g_autofree char *one_expected = snippet (plain, rowid, matches[m], n_tokens[n]);

            g_assert_cmpstr (one, ==, one_expected);
            compared += one != NULL;
          }
      }
  g_assert_cmpuint (compared, >, 100);
  sqlite3_close (db);
  sqlite3_close (plain);
}

/* A snippet near the start of a long body does not inflate the rest of it: made even when the
 * end of the stored body is lost, where reading the whole body fails. */
static void
test_body_start_only (void)
{
  sqlite3 *plain = open_db ();
  sqlite3 *db = open_index ();
  g_autoptr (GString) text = g_string_new ("Allies met at the summit in Brussels.");
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;

  for (guint i = 0; i < 3000; i++)
    g_string_append_printf (text, " Paragraph %u of the communiqué.", i);
  insert (plain, 1, "Title", text->str);
  insert_release (db, 1, "Title", text->str, text->len + 1, text->str, TRUE);
  expected = snippet (plain, 1, "summit", 16);
  got = snippet_in (db, "fts", 1, "summit", 16);
  g_assert_cmpstr (got, ==, expected);
  g_assert_cmpstr (got, ==,
                   "…met at the [summit] in Brussels. Paragraph 0 of the communiqué. "
                   "Paragraph 1 of the communiqué.…");
  sqlite3_close (db);
  sqlite3_close (plain);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/snippet/whole-words", test_whole_words);
  g_test_add_func ("/snippet/marks", test_marks);
  g_test_add_func ("/snippet/hit-early", test_hit_early);
  g_test_add_func ("/snippet/stored-body", test_stored_body);
  g_test_add_func ("/snippet/body-start-only", test_body_start_only);
  return g_test_run ();
}
