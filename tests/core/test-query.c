/* test-query.c: the search language parser, on every odd input, with no display.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-query.h"

static char *
parse (const char *text, CmqQueryFlags flags)
{
  g_autoptr (CmqQuery) query = cmq_query_parse (text, flags);
  return cmq_query_to_string (query);
}

typedef struct
{
  const char *in;
  const char *out;
} Case;

static void
check_cases (const Case *cases, gsize n, CmqQueryFlags flags)
{
  for (gsize i = 0; i < n; i++)
    {
      g_autofree char *out = parse (cases[i].in, flags);

      g_test_message ("%s -> %s", cases[i].in, out);
      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

static void
test_words (void)
{
  static const Case cases[] = {
    { "ukraine", "match[\"ukraine\"]" },
    { "ukraine summit", "match[\"ukraine\" AND \"summit\"]" },
    { "  Türkiye  ", "match[\"Türkiye\"]" },
    { "\"collective defence\"", "match[\"collective defence\"]" },
    { "ukraine -russia", "match[(\"ukraine\") NOT (\"russia\")]" },
    { "ukraine -russia -belarus", "match[(\"ukraine\") NOT (\"russia\" OR \"belarus\")]" },
    { "-russia", "exclude[\"russia\"]" },
    { "ukraine OR georgia", "match[(\"ukraine\" OR \"georgia\")]" },
    { "nato ukraine OR georgia summit",
      "match[\"nato\" AND (\"ukraine\" OR \"georgia\") AND \"summit\"]" },
    { "a OR b OR c", "match[(\"a\" OR \"b\" OR \"c\")]" },
    { "nato*", "match[\"nato\"*]" },
    { "\"secretary gen\"*", "match[\"secretary gen\"*]" },
    { "title:summit", "match[title : \"summit\"]" },
    { "TITLE:summit", "match[title : \"summit\"]" },
    { "title:\"madrid summit\"", "match[title : \"madrid summit\"]" },
    { "title:sum*", "match[title : \"sum\"*]" },
    { "-title:summit nato", "match[(\"nato\") NOT (title : \"summit\")]" },
    { "-\"second wave\" covid", "match[(\"covid\") NOT (\"second wave\")]" },
    { "or and not near", "match[\"or\" AND \"and\" AND \"not\" AND \"near\"]" },
    { "AND NOT NEAR", "match[\"AND\" AND \"NOT\" AND \"NEAR\"]" },
    { "U.S.", "match[\"U.S.\"]" },
  };

  check_cases (cases, G_N_ELEMENTS (cases), CMQ_QUERY_FLAGS_NONE);
}

static void
test_filters (void)
{
  static const Case cases[] = {
    { "year:2021", "from[2021-01-01] until[2022-01-01]" },
    { "nato year:2021", "match[\"nato\"] from[2021-01-01] until[2022-01-01]" },
    { "before:2021", "until[2021-01-01]" },
    { "before:2021-06-01", "until[2021-06-01]" },
    { "after:2021", "from[2022-01-01]" },
    { "after:2021-06-01", "from[2021-06-02]" },
    { "after:2020-12-31", "from[2021-01-01]" },
    { "after:2024-02-28", "from[2024-02-29]" },
    { "after:2019 before:2021", "from[2020-01-01] until[2021-01-01]" },
    { "year:2020 year:2021", "from[2021-01-01] until[2021-01-01]" }, /* nothing fits both */
    { "after:2022 before:2020", "from[2023-01-01] until[2020-01-01]" },
    { "-russia year:2022", "exclude[\"russia\"] from[2022-01-01] until[2023-01-01]" },
  };

  check_cases (cases, G_N_ELEMENTS (cases), CMQ_QUERY_FLAGS_NONE);
}

/* Malformed input never fails: it is read as plain words, or dropped when it holds none. */
static void
test_malformed (void)
{
  static const Case cases[] = {
    { "", "" },
    { "   \t\n ", "" },
    /* An unclosed quote before two words: a phrase to the end (its closing quote forgotten). */
    { "\"collective defence", "match[\"collective defence\"]" },
    { "nato \"collective  defence  ", "match[\"nato\" AND \"collective  defence\"]" },
    { "-\"collective defence", "exclude[\"collective defence\"]" },
    { "\"collective", "match[\"collective\"]" }, /* one word: a word */
    { "collective defence\"", "match[\"collective\" AND \"defence\"\"\"]" },
    { "\"a\" \"b", "match[\"a\" AND \"b\"]" },
    { "\"\"", "" },
    { "\" \"", "" },
    { "-", "" },
    { "- nato", "match[\"nato\"]" },
    { "--nato", "exclude[\"-nato\"]" },
    { "OR", "match[\"OR\"]" },
    { "OR nato", "match[\"OR\" AND \"nato\"]" },
    { "nato OR", "match[\"nato\" AND \"OR\"]" },
    { "nato OR OR summit", "match[\"nato\" AND \"OR\" AND \"OR\" AND \"summit\"]" },
    { "nato OR -russia", "match[(\"nato\" AND \"OR\") NOT (\"russia\")]" },
    { "nato OR year:2021", "match[\"nato\" AND \"OR\"] from[2021-01-01] until[2022-01-01]" },
    { "*", "" },
    { "***", "" },
    { "* nato", "match[\"nato\"]" },
    { "*nato", "match[\"*nato\"]" },
    { "nato**", "match[\"nato\"*]" },
    { "title:", "match[\"title:\"]" },
    { "title:\"\"", "" },
    { "title:*", "match[\"title:\"*]" },
    { "year:abc", "match[\"year:abc\"]" },
    { "year:", "match[\"year:\"]" },
    { "year:21", "match[\"year:21\"]" },
    { "year:2021-06-01", "match[\"year:2021-06-01\"]" },
    { "year:20211", "match[\"year:20211\"]" },
    { "before:2021-13-45", "match[\"before:2021-13-45\"]" },
    { "before:2021-02-29", "match[\"before:2021-02-29\"]" },
    { "after:2021-1-1", "match[\"after:2021-1-1\"]" },
    { "after:", "match[\"after:\"]" },
    { "before:0000", "match[\"before:0000\"]" },
  };

  check_cases (cases, G_N_ELEMENTS (cases), CMQ_QUERY_FLAGS_NONE);
}

/* SQL and FTS5 syntax typed by the user stays inside FTS5 strings. */
static void
test_syntax_characters (void)
{
  static const Case cases[] = {
    { "'; DROP TABLE docs; --", "match[\"DROP\" AND \"TABLE\" AND \"docs;\"]" },
    { "nato\"; DELETE", "match[\"nato\"\";\" AND \"DELETE\"]" },
    { "a:b", "match[\"a:b\"]" },
    { "body:nato", "match[\"body:nato\"]" },
    { "(nato)", "match[\"(nato)\"]" },
    { "NEAR(a b)", "match[\"NEAR(a\" AND \"b)\"]" },
    { "^nato", "match[\"^nato\"]" },
    { "{title}:nato", "match[\"{title}:nato\"]" },
    { "nato + otan", "match[\"nato\" AND \"otan\"]" },
    { "&& || ;;", "" },
  };

  check_cases (cases, G_N_ELEMENTS (cases), CMQ_QUERY_FLAGS_NONE);
}

static void
test_typing_prefix (void)
{
  static const Case cases[] = {
    { "ukr", "match[\"ukr\"*]" },
    { "ukraine sum", "match[\"ukraine\" AND \"sum\"*]" },
    { "ukraine sum ", "match[\"ukraine\" AND \"sum\"]" }, /* a space ends the word */
    { "u", "" },                                      /* one letter: not searched until the next */
    { "ukraine s", "match[\"ukraine\"]" },            /* the list stays on "ukraine" meanwhile */
    { "ukraine s ", "match[\"ukraine\" AND \"s\"]" }, /* a space ends the word */
    { "-u", "exclude[\"u\"]" },                       /* never a prefix: searched at once */
    { "ukraine OR g", "match[\"ukraine\"]" },
    { "ukraine -rus", "match[(\"ukraine\") NOT (\"rus\")]" },
    { "\"collective def\"", "match[\"collective def\"]" },
    { "ukraine OR geo", "match[(\"ukraine\" OR \"geo\"*)]" },
    { "title:sum", "match[title : \"sum\"*]" },
    { "year:2021", "from[2021-01-01] until[2022-01-01]" },
    { "nato*", "match[\"nato\"*]" },
    /* A phrase being typed: its quote is not part of the last word, so "c is one letter (not
     * searched yet) and "co a short prefix, looked up in the prefixes table. */
    { "\"c", "" },
    { "\"co", "match[\"co\"*]" },
    { "\"coll", "match[\"coll\"*]" },
    /* Two words or more after the quote: a phrase, its last word a prefix from its second
     * letter, as a word's is, and whole after a space. */
    { "\"collective d", "match[\"collective\"]" },
    { "\"collective de", "match[\"collective\" AND \"de\"*]" },
    { "\"collective def", "match[\"collective\" AND \"def\"*]" },
    { "\"collective defe", "match[\"collective defe\"*]" },
    { "\"collective defence ", "match[\"collective defence\"]" },
    { "\"north atlantic co", "match[\"north atlantic\" AND \"co\"*]" },
    { "\"north atlantic coun", "match[\"north atlantic coun\"*]" },
    { "title:\"madrid summ", "match[title : \"madrid summ\"*]" },
    { "-\"second wa", "exclude[\"second wa\"]" }, /* never a prefix, as -word */
    { "title:\"co", "match[title : \"co\"*]" },
  };

  check_cases (cases, G_N_ELEMENTS (cases), CMQ_QUERY_FLAGS_LAST_IS_PREFIX);

  {
    g_autoptr (CmqQuery) typing = cmq_query_parse ("\"co", CMQ_QUERY_FLAGS_LAST_IS_PREFIX);

    g_assert_cmpstr (cmq_query_get_prefix_match (typing), ==, "\"co\"");
    g_assert_cmpstr (cmq_query_get_word_match (typing), ==, NULL);
  }
}

static void
test_highlight_terms (void)
{
  g_autoptr (CmqQuery) query = cmq_query_parse (
      "Türkiye \"Collective Defence\" nato* -russia year:2021 OTAN", CMQ_QUERY_FLAGS_NONE);
  const char *const *terms = cmq_query_get_highlight_terms (query);

  g_assert_cmpuint (g_strv_length ((char **) terms), ==, 4);
  g_assert_cmpstr (terms[0], ==, "turkiye");
  g_assert_cmpstr (terms[1], ==, "collective defence");
  g_assert_cmpstr (terms[2], ==, "nato*");
  g_assert_cmpstr (terms[3], ==, "otan");
  g_assert_false (cmq_query_is_empty (query));
  g_assert_cmpstr (cmq_query_get_text (query), ==,
                   "Türkiye \"Collective Defence\" nato* -russia year:2021 OTAN");
}

/* source: narrows by the release's source: its words in order, folded, several OR'ed, -source:
 * excluded; not a word to match, and not an operand of OR. */
static void
test_source (void)
{
  static const Case cases[] = {
    { "source:osce", "source[ osce ]" },
    { "SOURCE:OSCE", "source[ osce ]" },
    { "source:\"United Nations\"", "source[ united nations ]" },
    { "source:\"Ministère des Armées\" défense",
      "match[\"défense\"] source[ ministere des armees ]" },
    { "source:osce source:nato", "source[ osce \n nato ]" },
    { "-source:nato", "not-source[ nato ]" },
    { "-source:\"un news\" summit", "match[\"summit\"] not-source[ un news ]" },
    { "source:un*", "source[ un]" },
    { "source:osce OR summit", "match[\"OR\" AND \"summit\"] source[ osce ]" },
    { "source:", "match[\"source:\"]" },
    { "source:\"\"", "" },
    { "source:***", "match[\"source:\"*]" },
  };

  check_cases (cases, G_N_ELEMENTS (cases), CMQ_QUERY_FLAGS_NONE);

  {
    g_autoptr (CmqQuery) typing = cmq_query_parse ("source:unit", CMQ_QUERY_FLAGS_LAST_IS_PREFIX);
    g_autoptr (CmqQuery) typed = cmq_query_parse ("source:unit ", CMQ_QUERY_FLAGS_LAST_IS_PREFIX);

    g_assert_cmpstr (cmq_query_get_sources (typing), ==, " unit");
    g_assert_cmpstr (cmq_query_get_sources (typed), ==, " unit ");
    g_assert_false (cmq_query_is_empty (typing));
    g_assert_null (cmq_query_get_match (typing));
    g_assert_null (cmq_query_get_highlight_terms (typing)[0]);
  }

  g_assert_true (cmq_query_source_matches ("United Nations", NULL));
  g_assert_true (cmq_query_source_matches ("United Nations", " united nations "));
  g_assert_true (cmq_query_source_matches ("United Nations", " nations "));
  g_assert_true (cmq_query_source_matches ("Ministère des Armées", " ministere des armees "));
  g_assert_true (cmq_query_source_matches ("UN News", " osce \n un "));
  g_assert_true (cmq_query_source_matches ("United Nations", " unit"));
  g_assert_false (cmq_query_source_matches ("United Nations", " unit "));
  g_assert_false (cmq_query_source_matches ("United Nations", " nations united "));
  g_assert_false (cmq_query_source_matches ("NATO", " nat "));
  g_assert_false (cmq_query_source_matches (NULL, " nato "));
  g_assert_false (cmq_query_source_matches ("NATO", ""));
}

static void
test_empty (void)
{
  static const char *const empty[] = { NULL, "", " ", "*", "-", "\"\"", "&&", "title:\"\"" };

  for (guint i = 0; i < G_N_ELEMENTS (empty); i++)
    {
      g_autoptr (CmqQuery) query = cmq_query_parse (empty[i], CMQ_QUERY_FLAGS_LAST_IS_PREFIX);

      g_assert_true (cmq_query_is_empty (query));
      g_assert_null (cmq_query_get_match (query));
      g_assert_null (cmq_query_get_exclude_match (query));
      g_assert_nonnull (cmq_query_get_highlight_terms (query));
    }
}

/* Two parses of one text are equal (the reader keeps its page when a search runs again); other
 * text or flags are not; every empty query equals none. */
static void
test_equal (void)
{
  g_autoptr (CmqQuery) a = cmq_query_parse ("nato \"collective defence\"", CMQ_QUERY_FLAGS_NONE);
  g_autoptr (CmqQuery) b = cmq_query_parse ("nato \"collective defence\"", CMQ_QUERY_FLAGS_NONE);
  g_autoptr (CmqQuery) prefix =
      cmq_query_parse ("nato \"collective defence\"", CMQ_QUERY_FLAGS_LAST_IS_PREFIX);
  g_autoptr (CmqQuery) other = cmq_query_parse ("nato", CMQ_QUERY_FLAGS_NONE);
  g_autoptr (CmqQuery) empty = cmq_query_parse ("  ", CMQ_QUERY_FLAGS_NONE);

  g_assert_true (a != b);
  g_assert_true (cmq_query_equal (a, b));
  g_assert_true (cmq_query_equal (a, a));
  g_assert_false (cmq_query_equal (a, prefix));
  g_assert_false (cmq_query_equal (a, other));
  g_assert_false (cmq_query_equal (a, NULL));
  g_assert_false (cmq_query_equal (NULL, a));
  g_assert_true (cmq_query_equal (empty, NULL));
  g_assert_true (cmq_query_equal (NULL, NULL));
}

/* Queries that find the same releases, though typed apart or marking other words, are the same
 * search; any filter, word or a phrase too long to search makes another. */
static void
test_finds_same (void)
{
  g_autoptr (CmqQuery) a = cmq_query_parse ("nato year:2021 source:osce", CMQ_QUERY_FLAGS_NONE);
  g_autoptr (CmqQuery) spaced =
      cmq_query_parse ("  nato   year:2021  source:osce ", CMQ_QUERY_FLAGS_NONE);
  g_autoptr (CmqQuery) other_year = cmq_query_parse ("nato year:2022 source:osce", 0);
  g_autoptr (CmqQuery) after = cmq_query_parse ("nato after:2020 source:osce", 0);
  g_autoptr (CmqQuery) other_source = cmq_query_parse ("nato year:2021 source:un", 0);
  g_autoptr (CmqQuery) not_source = cmq_query_parse ("nato year:2021 -source:osce", 0);
  g_autoptr (CmqQuery) other_word = cmq_query_parse ("otan year:2021 source:osce", 0);
  g_autoptr (CmqQuery) none = cmq_query_parse ("-nato", 0);
  g_autoptr (CmqQuery) none_again = cmq_query_parse ("-nato ", 0);
  g_autoptr (CmqQuery) none_other = cmq_query_parse ("-otan", 0);
  g_autoptr (CmqQuery) empty = cmq_query_parse ("", 0);
  g_autoptr (GString) phrase = g_string_new ("\"");
  g_autoptr (CmqQuery) too_long = NULL;

  while (phrase->len < 17 * 1024)
    g_string_append (phrase, "defence ");
  g_string_append_c (phrase, '"');
  too_long = cmq_query_parse (phrase->str, 0);
  g_assert_true (cmq_query_is_too_long (too_long));

  g_assert_false (cmq_query_equal (a, spaced));
  g_assert_true (cmq_query_finds_same (a, spaced));
  g_assert_true (cmq_query_finds_same (a, a));
  g_assert_true (cmq_query_finds_same (none, none_again));
  g_assert_false (cmq_query_finds_same (a, other_year));
  g_assert_false (cmq_query_finds_same (a, after));
  g_assert_false (cmq_query_finds_same (a, other_source));
  g_assert_false (cmq_query_finds_same (a, not_source));
  g_assert_false (cmq_query_finds_same (a, other_word));
  g_assert_false (cmq_query_finds_same (none, none_other));
  g_assert_false (cmq_query_finds_same (none, empty));
  g_assert_false (cmq_query_finds_same (too_long, empty));
  g_assert_false (cmq_query_finds_same (empty, too_long));
}

/* Every FTS5 string in @match is closed: outside strings only our operators appear. */
static void
assert_well_formed (const char *match)
{
  gboolean in_string = FALSE;
  int depth = 0;

  for (const char *p = match; *p != '\0'; p++)
    {
      if (*p == '"')
        {
          if (in_string && p[1] == '"')
            p++;
          else
            in_string = !in_string;
          continue;
        }
      if (in_string)
        continue;
      if (*p == '(')
        depth++;
      else if (*p == ')')
        depth--;
      else
        g_assert_true (strchr (" *:ANDORTitle", *p) != NULL);
      g_assert_cmpint (depth, >=, 0);
    }
  g_assert_false (in_string);
  g_assert_cmpint (depth, ==, 0);
}

static void
test_junk (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (4);
  static const char alphabet[] = "ab \"-*:()OR^{}'\\;\xc3\xa9\xff\x01\t";

  for (guint round = 0; round < 5000; round++)
    {
      char text[40];
      guint length = g_rand_int_range (rand, 0, sizeof text);
      g_autoptr (CmqQuery) query = NULL;

      for (guint i = 0; i < length; i++)
        text[i] = alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)];
      text[length] = '\0';

      query = cmq_query_parse (text, round % 2 ? CMQ_QUERY_FLAGS_LAST_IS_PREFIX : 0);
      if (cmq_query_get_match (query) != NULL)
        {
          g_assert_true (g_utf8_validate (cmq_query_get_match (query), -1, NULL));
          assert_well_formed (cmq_query_get_match (query));
        }
      if (cmq_query_get_exclude_match (query) != NULL)
        assert_well_formed (cmq_query_get_exclude_match (query));
    }
}

static void
test_long_input (void)
{
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (CmqQuery) query = NULL;
  const char *match;
  guint n_terms = 0;

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (text, "word%u ", i);
  query = cmq_query_parse (text->str, CMQ_QUERY_FLAGS_NONE);
  match = cmq_query_get_match (query);
  g_assert_nonnull (match);
  for (const char *p = match; (p = strstr (p, " AND ")) != NULL; p++)
    n_terms++;
  g_assert_cmpuint (n_terms + 1, ==, CMQ_QUERY_MAX_TERMS);
  assert_well_formed (match);

  /* One enormous word, cut at a character boundary. */
  g_string_truncate (text, 0);
  for (guint i = 0; i < 100000; i++)
    g_string_append (text, "é");
  g_clear_pointer (&query, cmq_query_unref);
  query = cmq_query_parse (text->str, CMQ_QUERY_FLAGS_NONE);
  g_assert_true (g_utf8_validate (cmq_query_get_match (query), -1, NULL));
  g_assert_cmpuint (strlen (cmq_query_get_match (query)), <=, 2048 + 2);
}

/* Words of two or three letters being typed go to the index's prefix table; the rest of the
 * query stays a full-text match, and cmq_query_get_match() keeps them. */
static void
test_short_prefixes (void)
{
  static const struct
  {
    const char *text;
    const char *prefixes; /* NULL: none */
    const char *words;
  } cases[] = {
    { "na", "\"na\"", NULL },
    { "ukraine nat", "\"nat\"", "\"ukraine\"" },
    { "Ärc", "\"Ärc\"", NULL },
    { "mi* ar* nato ", "\"mi\" \"ar\"", "\"nato\"" },
    { "ukraine -russia na", "\"na\"", "(\"ukraine\") NOT (\"russia\")" },
    { "nato", NULL, "\"nato\"*" },           /* four letters: the full-text index */
    { "n", NULL, NULL },                     /* one letter: not searched yet */
    { "na ", NULL, "\"na\"" },               /* a whole word */
    { "title:na", NULL, "title : \"na\"*" }, /* the title only */
    { "ukraine OR na", NULL, "(\"ukraine\" OR \"na\"*)" },
    { "-russia na", "\"na\"", NULL }, /* exclusions from the prefixes' releases */
    { "\"the na\"*", NULL, "\"the na\"*" },
    { "u.n", NULL, "\"u.n\"*" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (CmqQuery) query = cmq_query_parse (cases[i].text, CMQ_QUERY_FLAGS_LAST_IS_PREFIX);

      g_test_message ("%s", cases[i].text);
      g_assert_cmpstr (cmq_query_get_prefix_match (query), ==, cases[i].prefixes);
      if (cases[i].prefixes != NULL)
        g_assert_cmpstr (cmq_query_get_word_match (query), ==, cases[i].words);
      else
        {
          g_assert_null (cmq_query_get_short_prefixes (query));
          g_assert_cmpstr (cmq_query_get_word_match (query), ==, cmq_query_get_match (query));
        }
    }
  {
    g_autoptr (CmqQuery) query = cmq_query_parse ("-russia na", CMQ_QUERY_FLAGS_LAST_IS_PREFIX);

    g_assert_cmpstr (cmq_query_get_exclude_match (query), ==, "\"russia\"");
  }
  {
    g_autoptr (CmqQuery) query = cmq_query_parse ("ukraine na", CMQ_QUERY_FLAGS_LAST_IS_PREFIX);

    g_assert_cmpstr (cmq_query_get_match (query), ==, "\"ukraine\" AND \"na\"*");
    g_assert_cmpstr (cmq_query_get_short_prefixes (query), ==, "na");
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/query/words", test_words);
  g_test_add_func ("/query/filters", test_filters);
  g_test_add_func ("/query/malformed", test_malformed);
  g_test_add_func ("/query/syntax-characters", test_syntax_characters);
  g_test_add_func ("/query/typing-prefix", test_typing_prefix);
  g_test_add_func ("/query/highlight-terms", test_highlight_terms);
  g_test_add_func ("/query/source", test_source);
  g_test_add_func ("/query/empty", test_empty);
  g_test_add_func ("/query/equal", test_equal);
  g_test_add_func ("/query/finds-same", test_finds_same);
  g_test_add_func ("/query/junk", test_junk);
  g_test_add_func ("/query/long-input", test_long_input);
  g_test_add_func ("/query/short-prefixes", test_short_prefixes);

  return g_test_run ();
}
