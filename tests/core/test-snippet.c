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

/* The snippet of row @rowid for @match, in @n_tokens tokens, or NULL when it does not match. */
static char *
snippet (sqlite3 *db, sqlite3_int64 rowid, const char *match, int n_tokens)
{
  sqlite3_stmt *stmt = NULL;
  char *result = NULL;
  int rc;

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT cmq_snippet (f, -1, '[', ']', '…', ?3) FROM f"
                                       " WHERE f MATCH ?1 AND rowid = ?2",
                                       -1, &stmt, NULL),
                   ==, SQLITE_OK);
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
  /* The title, when the words are there. */
  title = snippet (db, 1, "meeting", 16);
  g_assert_cmpstr (title, ==, "[Meeting] of Allies");
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

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/snippet/whole-words", test_whole_words);
  g_test_add_func ("/snippet/marks", test_marks);
  g_test_add_func ("/snippet/hit-early", test_hit_early);
  return g_test_run ();
}
