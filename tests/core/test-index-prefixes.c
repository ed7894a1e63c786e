/* test-index-prefixes.c: words of two or three letters being typed, looked up in the table of
 * each release's distinct prefixes (schema 7): which releases they find, in which order (they
 * add nothing to the rank), their snippets, and the table kept in step with changed files and
 * notes. The tokens of the pass that finds a release's prefixes are the ones fts indexes
 * (replayed, schema 8): the same as unicode61 would give.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <sqlite3.h>
#include <string.h>

#include "cmq-index-private.h"
#include "index-fixture.h"

/* The hits of @text typed in the search box (its last word a prefix), joined by "|". */
static char *
typed (CmqIndex *index, const char *text, CmqIndexSort sort)
{
  g_autoptr (CmqQuery) parsed = cmq_query_parse (text, CMQ_QUERY_FLAGS_LAST_IS_PREFIX);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) hits =
      cmq_index_query (index, parsed, sort, 0, CMQ_INDEX_QUERY_SNIPPETS, NULL, &error);
  g_autoptr (GString) out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < hits->len; i++)
    {
      CmqIndexHit *hit = g_ptr_array_index (hits, i);

      g_assert_nonnull (hit->snippet);
      g_string_append_printf (out, "%s%s", i > 0 ? "|" : "", hit->title);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Rows of the prefixes table holding the token @prefix, read through a connection of the index's
 * own (the table's tokenizer, cmq_words, is Communiqué's). */
static int
count_rows (Fixture *fixture, const char *prefix)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int n = -1, rc = SQLITE_OK;

  db = cmq_index_db_open (fixture->db_path, &rc);
  g_assert_nonnull (db);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM prefixes WHERE prefixes MATCH ?",
                                       -1, &stmt, NULL),
                   ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, prefix, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static void
test_table (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  write_small_library (fixture);
  update (index);
  /* "Arctic" in a, b and c; "cy" (Cyber) in d only; "mi" (Ministers) in a and b. */
  g_assert_cmpint (count_rows (fixture, "arc"), ==, 3);
  g_assert_cmpint (count_rows (fixture, "cy"), ==, 1);
  g_assert_cmpint (count_rows (fixture, "mi"), ==, 2);
  g_assert_cmpint (count_rows (fixture, "arct"), ==, 0); /* two and three letters only */

  /* The full-text index keeps a prefix index of four characters only: none for two or three. */
  g_assert_cmpint (sqlite3_open_v2 (fixture->db_path, &db, SQLITE_OPEN_READONLY, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (
      sqlite3_prepare_v2 (db, "SELECT sql FROM sqlite_master WHERE name = 'fts'", -1, &stmt, NULL),
      ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_nonnull (strstr ((const char *) sqlite3_column_text (stmt, 0), "prefix = '4')"));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static void
test_typed (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);

  write_small_library (fixture);
  update (index);
  {
    /* A prefix being typed has no positions: nothing to rank, so newest first, whatever the
     * sort; with other words, those rank ("arctic" ranks a, then b). */
    g_autofree char *relevance = typed (index, "arc", CMQ_INDEX_SORT_RELEVANCE);
    g_autofree char *oldest = typed (index, "ARC", CMQ_INDEX_SORT_OLDEST);
    g_autofree char *folded = typed (index, "Ärc", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *with_word = typed (index, "arctic mi", CMQ_INDEX_SORT_RELEVANCE);
    g_autofree char *two = typed (index, "defence cy", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *explicit = typed (index, "mi* ar*", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *dated = typed (index, "year:2021 ar", CMQ_INDEX_SORT_RELEVANCE);
    g_autofree char *none = typed (index, "zq", CMQ_INDEX_SORT_RELEVANCE);
    g_autofree char *phrase = typed (index, "\"the arc\"*", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *either = typed (index, "cyber OR arc", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *excluded = typed (index, "-brussels arc", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *excluded_oldest = typed (index, "-brussels arc", CMQ_INDEX_SORT_OLDEST);

    g_assert_cmpstr (relevance, ==,
                     "Defence spending rises|Ministers meet in Brussels|Arctic security in focus");
    g_assert_cmpstr (oldest, ==,
                     "Arctic security in focus|Ministers meet in Brussels|Defence spending rises");
    g_assert_cmpstr (folded, ==, relevance);
    g_assert_cmpstr (with_word, ==, "Arctic security in focus|Ministers meet in Brussels");
    g_assert_cmpstr (two, ==, "Cyber defence exercise ends");
    g_assert_cmpstr (explicit, ==, "Ministers meet in Brussels|Arctic security in focus");
    g_assert_cmpstr (dated, ==, "Ministers meet in Brussels|Arctic security in focus");
    g_assert_cmpstr (none, ==, "");
    g_assert_cmpstr (excluded_oldest, ==, "Arctic security in focus|Defence spending rises");
    /* Phrases and alternatives keep the full-text index (as before). */
    g_assert_cmpstr (phrase, ==, "Defence spending rises|Ministers meet in Brussels");
    g_assert_cmpstr (either, ==,
                     "Defence spending rises|Cyber defence exercise ends|Ministers "
                     "meet in Brussels|Arctic security in focus");
    g_assert_cmpstr (excluded, ==, "Defence spending rises|Arctic security in focus");
  }
  {
    g_autoptr (CmqQuery) parsed = cmq_query_parse ("arc", CMQ_QUERY_FLAGS_LAST_IS_PREFIX);
    g_autoptr (GArray) months = cmq_index_count_months (index, parsed, NULL, NULL, NULL);
    guint total = 0;

    for (guint i = 0; i < months->len; i++)
      total += g_array_index (months, CmqIndexMonthCount, i).count;
    g_assert_cmpuint (total, ==, 3);
  }
  {
    g_autoptr (CmqQuery) parsed = cmq_query_parse ("-brussels arc", CMQ_QUERY_FLAGS_LAST_IS_PREFIX);
    g_autoptr (GArray) months = cmq_index_count_months (index, parsed, NULL, NULL, NULL);
    guint total = 0;

    for (guint i = 0; i < months->len; i++)
      total += g_array_index (months, CmqIndexMonthCount, i).count;
    g_assert_cmpuint (total, ==, 2);
  }
}

/* A phrase being typed ("arc, its quote not closed yet): its last word is a prefix without the
 * quote, so two or three letters are looked up in the prefixes table, and one letter is not
 * searched yet. The releases are those FTS5 finds the slow way, expanding "arc"* over the
 * full-text index's words (the query read with the quote, as before). */
static void
test_typed_phrase (Fixture *fixture, gconstpointer data)
{
  /* As typed, and the slow way: a phrase prefix, which the parser leaves to the full-text index. */
  static const char *const texts[][2] = {
    { "\"arc", "\"arc\"*" }, { "\"mi", "\"mi\"*" }, { "\"arctic mi", "arctic \"mi\"*" },
    { "\"Ärc", "\"Ärc\"*" }, { "\"zq", "\"zq\"*" },
  };
  g_autoptr (CmqIndex) index = open_index (fixture);

  write_small_library (fixture);
  update (index);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (CmqQuery) parsed = cmq_query_parse (texts[i][0], CMQ_QUERY_FLAGS_LAST_IS_PREFIX);
      g_autoptr (CmqQuery) slow = cmq_query_parse (texts[i][1], CMQ_QUERY_FLAGS_NONE);
      g_autofree char *got = typed (index, texts[i][0], CMQ_INDEX_SORT_NEWEST);
      g_autofree char *reference = NULL;
      g_autoptr (GError) error = NULL;
      g_autoptr (GPtrArray) hits =
          cmq_index_query (index, slow, CMQ_INDEX_SORT_NEWEST, 0, 0, NULL, &error);
      g_autoptr (GString) out = g_string_new (NULL);

      g_assert_no_error (error);
      g_assert_null (cmq_query_get_prefix_match (slow));
      g_assert_nonnull (cmq_query_get_prefix_match (parsed));
      for (guint h = 0; h < hits->len; h++)
        g_string_append_printf (out, "%s%s", h > 0 ? "|" : "",
                                ((CmqIndexHit *) g_ptr_array_index (hits, h))->title);
      reference = g_string_free (g_steal_pointer (&out), FALSE);
      g_test_message ("%s: %s", texts[i][0], got);
      g_assert_cmpstr (got, ==, reference);
    }
  {
    /* One letter after the quote is not searched yet, as one letter alone. */
    g_autofree char *one = typed (index, "\"a", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *nothing = typed (index, "", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *arc = typed (index, "arc", CMQ_INDEX_SORT_NEWEST);

    g_assert_cmpstr (one, ==, nothing);
    g_assert_cmpstr (arc, !=, "");
  }
  {
    /* Two words or more after a quote not closed yet: a phrase, its last word a prefix from its
     * fourth letter. "the Arctic matters" is one release's; another has "Arctic" and "many"
     * apart, which the phrase does not find. */
    g_autofree char *phrase = typed (index, "\"arctic matt", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *apart = typed (index, "\"arctic many", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *words = typed (index, "arctic many", CMQ_INDEX_SORT_NEWEST);
    g_autofree char *closed = typed (index, "\"arctic matters", CMQ_INDEX_SORT_NEWEST);

    g_assert_cmpstr (phrase, ==, "Ministers meet in Brussels");
    g_assert_cmpstr (apart, ==, "");
    g_assert_cmpstr (words, ==, "Defence spending rises");
    g_assert_cmpstr (closed, ==, phrase);
  }
  {
    /* Its snippet marks the phrase. */
    g_autoptr (CmqQuery) parsed = cmq_query_parse ("\"arctic matt", CMQ_QUERY_FLAGS_LAST_IS_PREFIX);
    g_autoptr (GPtrArray) hits = cmq_index_query (index, parsed, CMQ_INDEX_SORT_NEWEST, 0,
                                                  CMQ_INDEX_QUERY_SNIPPETS, NULL, NULL);
    g_autofree char *text = NULL;

    g_assert_cmpuint (hits->len, ==, 1);
    text = cmq_index_snippet_to_text (((CmqIndexHit *) hits->pdata[0])->snippet, "[", "]");
    g_test_message ("%s", text);
    g_assert_nonnull (strstr (text, "[Arctic matters]"));
  }
}

/* The snippet of a prefix being typed marks the first word of the text that starts with it, or
 * none when only the title has one. */
static void
test_snippets (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autoptr (CmqQuery) parsed = cmq_query_parse ("arc", CMQ_QUERY_FLAGS_LAST_IS_PREFIX);
  g_autoptr (GPtrArray) hits = NULL;

  write_small_library (fixture);
  update (index);
  hits = cmq_index_query (index, parsed, CMQ_INDEX_SORT_NEWEST, 0, CMQ_INDEX_QUERY_SNIPPETS, NULL,
                          NULL);
  g_assert_cmpuint (hits->len, ==, 3);
  for (guint i = 0; i < hits->len; i++)
    {
      CmqIndexHit *hit = g_ptr_array_index (hits, i);
      g_autofree char *text = cmq_index_snippet_to_text (hit->snippet, "[", "]");
      g_autofree char *again = cmq_index_dup_snippet (index, parsed, hit->id, NULL);

      g_assert_cmpstr (again, ==, hit->snippet);
      g_test_message ("%s: %s", hit->title, text);
      if (g_str_equal (hit->title, "Defence spending rises"))
        g_assert_nonnull (strstr (text, " Allies also mentioned the [Arctic] once, among many"));
      else if (g_str_equal (hit->title, "Ministers meet in Brussels"))
        g_assert_nonnull (strstr (text, " The [Arctic], the Arctic and again"));
      else
        g_assert_null (strchr (text, '['));
    }
}

/* A changed file's old prefixes go with it; a note's words are found by their prefixes. */
static void
test_changes (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autoptr (GPtrArray) hits = NULL;
  const char *id;

  write_small_library (fixture);
  update (index);
  write_file (fixture, "c.txt",
              RELEASE ("Defence spending rises", "Wednesday (15 February 2023)",
                       "Allies also mentioned the north once, among many other regions."));
  touch_later (fixture, "c.txt");
  update (index);
  g_assert_cmpint (count_rows (fixture, "arc"), ==, 2);
  g_assert_cmpint (count_rows (fixture, "nor"), ==, 2);
  {
    g_autofree char *arc = typed (index, "arc", CMQ_INDEX_SORT_NEWEST);
    g_assert_cmpstr (arc, ==, "Ministers meet in Brussels|Arctic security in focus");
  }

  hits = query (index, "cyber", CMQ_INDEX_SORT_NEWEST);
  id = ((CmqIndexHit *) g_ptr_array_index (hits, 0))->id;
  cmq_index_set_note (index, id, "Zebra crossing");
  {
    g_autofree char *ze = typed (index, "zeb", CMQ_INDEX_SORT_NEWEST);
    g_assert_cmpstr (ze, ==, "Cyber defence exercise ends");
  }
  cmq_index_set_note (index, id, NULL);
  g_assert_cmpint (count_rows (fixture, "ze"), ==, 0);
  g_assert_cmpint (count_rows (fixture, "cy"), ==, 1);
  {
    g_autofree char *ze = typed (index, "zeb", CMQ_INDEX_SORT_NEWEST);
    g_assert_cmpstr (ze, ==, "");
  }
  /* Removed with its file. */
  {
    g_autofree char *path = g_build_filename (fixture->library, "d.txt", NULL);
    g_assert_cmpint (g_unlink (path), ==, 0);
  }
  update (index);
  g_assert_cmpint (count_rows (fixture, "cy"), ==, 0);
}

/* Rows of "SELECT * FROM @a EXCEPT SELECT * FROM @b". */
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

/* One tokenizing pass per release: fts replays the tokens the import found with the prefixes,
 * and its words and positions are those unicode61 gives the same text. A token too long to keep
 * is tokenized again. */
static void
test_one_pass (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autofree char *long_word = g_strnfill (300, 'x');
  g_autofree char *long_body =
      g_strdup_printf ("A word of three hundred letters: %s, and more words.", long_word);
  guint before = cmq_index_tokens_get_n_replayed ();
  sqlite3 *db;
  int n_rows = 0, n_instances = 0;
  int rc;

  write_small_library (fixture);
  write_file (fixture, "e.txt",
              RELEASE ("Ça va ÉTÉ: l'Élysée, Ærø and 東京", "Monday (6 March 2023)",
                       "Déjà vu: naïve CAFÉS, co-operation; “quoted” ÀÉÎÕÜ straße ΑΘΗΝΑ."));
  {
    g_autofree char *text =
        g_strdup_printf (RELEASE ("A very long word", "Tuesday (7 March 2023)", "%s"), long_body);
    write_file (fixture, "f.txt", text);
  }
  update (index);
  /* Six releases, the one with the long word tokenized again. */
  g_assert_cmpuint (cmq_index_tokens_get_n_replayed () - before, ==, 5);

  db = cmq_index_db_open (fixture->db_path, &rc);
  g_assert_nonnull (db);
  g_assert_true (cmq_index_db_exec (
      db,
      "CREATE VIRTUAL TABLE temp.ref USING fts5 (title, body, notes,"
      "  tokenize = 'unicode61 remove_diacritics 2');"
      "INSERT INTO temp.ref (rowid, title, body, notes)"
      "  SELECT docid, title, body, notes FROM docs_text;"
      "CREATE VIRTUAL TABLE temp.ours_vocab USING fts5vocab (main, fts, instance);"
      "CREATE VIRTUAL TABLE temp.ref_vocab USING fts5vocab (temp, ref, instance);",
      NULL));
  g_assert_cmpint (cmq_index_query_int (db, "SELECT count(*) FROM docs", &n_rows), ==, SQLITE_OK);
  g_assert_cmpint (n_rows, ==, 6);
  g_assert_cmpint (cmq_index_query_int (db, "SELECT count(*) FROM temp.ours_vocab", &n_instances),
                   ==, SQLITE_OK);
  g_assert_cmpint (n_instances, >, 150);
  g_assert_cmpint (count_except (db, "temp.ours_vocab", "temp.ref_vocab"), ==, 0);
  g_assert_cmpint (count_except (db, "temp.ref_vocab", "temp.ours_vocab"), ==, 0);
  sqlite3_close (db);

  /* Queries, snippets and deletions go through unicode61 as before. */
  {
    g_autofree char *cafe = typed (index, "cafe", CMQ_INDEX_SORT_NEWEST);
    g_assert_cmpstr (cafe, ==, "Ça va ÉTÉ: l'Élysée, Ærø and 東京");
  }
  {
    g_autofree char *path = g_build_filename (fixture->library, "e.txt", NULL);
    g_assert_cmpint (g_unlink (path), ==, 0);
  }
  update (index);
  {
    g_autofree char *cafe = typed (index, "cafe", CMQ_INDEX_SORT_NEWEST);
    g_assert_cmpstr (cafe, ==, "");
  }
}

/* @seen owns the prefixes; @order points to them. */
static void
add_once (GHashTable *seen, GPtrArray *order, const char *prefix)
{
  char *copy;

  if (g_hash_table_contains (seen, prefix))
    return;
  copy = g_strdup (prefix);
  g_hash_table_add (seen, copy);
  g_ptr_array_add (order, copy);
}

/* Thousands of distinct prefixes (the table of those seen grows several times): each once, in
 * the order of their first word, folded. */
static void
test_many (void)
{
  static const char *const first[] = { "eb", "ebe", "ebo", "ebb" };
  g_autoptr (GString) body = g_string_new ("Ébène ebony EBB");
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GPtrArray) order = g_ptr_array_new ();
  g_autofree char *prefixes = NULL;
  g_auto (GStrv) got = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (first); i++)
    add_once (seen, order, first[i]);
  for (guint i = 0; i < 26 * 26 * 6; i++)
    {
      char three[4] = { 'a' + i % 26, 'a' + i / 26 % 26, 'a' + i / 676, '\0' };
      char two[3] = { three[0], three[1], '\0' };

      g_string_append_printf (body, " %sz", three);
      add_once (seen, order, two);
      add_once (seen, order, three);
    }
  prefixes = cmq_index_prefixes_of (NULL, body->str, NULL);
  got = g_strsplit (prefixes, " ", -1);
  g_assert_cmpuint (order->len, >, 4000);
  g_assert_cmpuint (g_strv_length (got), ==, order->len);
  for (guint i = 0; i < order->len; i++)
    g_assert_cmpstr (got[i], ==, g_ptr_array_index (order, i));
}

static int
token_cb (void *data, int flags, const char *token, int n_token, int start, int end)
{
  g_ptr_array_add (data, g_strndup (token, n_token));
  return SQLITE_OK;
}

/* Checks that unicode61's tokens of @text, cut to two or three characters, are their own tokens;
 * empties @text. Returns how many there were. */
static guint
check_own_tokens (GString *text)
{
  g_autoptr (GPtrArray) tokens = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *prefixes = cmq_index_prefixes_of (NULL, text->str, NULL);
  g_auto (GStrv) split = g_strsplit (prefixes, " ", -1);

  g_assert_cmpint (cmq_index_tokenize (prefixes, -1, tokens, token_cb), ==, SQLITE_OK);
  g_assert_cmpuint (tokens->len, ==, g_strv_length (split));
  for (guint i = 0; i < tokens->len; i++)
    g_assert_cmpstr (g_ptr_array_index (tokens, i), ==, split[i]);
  g_string_truncate (text, 0);
  return tokens->len;
}

/* The prefixes table's tokenizer splits a release's prefixes at their spaces (schema 11): it
 * holds the same tokens as unicode61 gave it before only if unicode61's tokens, cut to two or
 * three characters, are their own tokens. Checked for every character, three in a word, a few
 * thousand words at a time (one text of all of them took minutes under AddressSanitizer). */
static void
test_own_tokens (void)
{
  g_autoptr (GString) text = g_string_new (NULL);
  guint n_words = 0, n_tokens = 0;

  for (gunichar c = 1; c < 0x110000; c++)
    if (g_unichar_validate (c))
      {
        g_string_append_unichar (text, c);
        g_string_append_unichar (text, c);
        g_string_append_unichar (text, c);
        g_string_append_c (text, ' ');
        if (++n_words % 4096 == 0)
          n_tokens += check_own_tokens (text);
      }
  n_tokens += check_own_tokens (text);
  g_assert_cmpuint (n_tokens, >, 1000);
}

int
main (int argc, char *argv[])
{
  g_autofree char *cache = g_dir_make_tmp ("test-index-prefixes-cache-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/index-prefixes/table", test_table);
  ADD ("/index-prefixes/typed", test_typed);
  ADD ("/index-prefixes/typed-phrase", test_typed_phrase);
  ADD ("/index-prefixes/snippets", test_snippets);
  ADD ("/index-prefixes/changes", test_changes);
  ADD ("/index-prefixes/one-pass", test_one_pass);
#undef ADD
  g_test_add_func ("/index-prefixes/many", test_many);
  g_test_add_func ("/index-prefixes/own-tokens", test_own_tokens);

  status = g_test_run ();
  cmq_test_remove_tree (cache);
  return status;
}
