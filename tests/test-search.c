/* test-search.c: the sidebar's search-as-you-type matching, with no display.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-search.h"

static void
test_normalize (void)
{
  static const struct
  {
    const char *in;
    const char *out;
  } cases[] = {
    { "Türkiye", " turkiye " },
    { "NATO’s  OTAN", " nato s otan " },
    { "Milo Đukanović", " milo dukanovic " },
    { "Secrétaire général", " secretaire general " },
    { "Œuvre, Straße", " oeuvre strasse " },
    { "  -- ", " " },
    { "", " " },
    { "ÉTATS-UNIS", " etats unis " },
    { "2%\u00a0of GDP", " 2 of gdp " },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normalized = cmq_search_normalize (cases[i].in);
      g_assert_cmpstr (normalized, ==, cases[i].out);
    }
}

static gboolean
matches (const char *query_text, const char *text)
{
  g_autoptr (CmqSearchQuery) query = cmq_search_query_new (query_text);
  g_autofree char *normalized = cmq_search_normalize (text);

  return cmq_search_query_matches (query, normalized);
}

static void
test_match (void)
{
  const char *text = "NATO Foreign Ministers met in Antalya, Türkiye, to discuss Ukraine’s needs.";

  g_assert_true (matches ("turkiye", text));
  g_assert_true (matches ("TÜRKIYE", text));
  g_assert_true (matches ("ukraine", text));
  g_assert_true (matches ("ministers antal", text));    /* last word is a prefix */
  g_assert_true (matches ("antalya ministers", text));  /* order does not matter */
  g_assert_false (matches ("antal ministers", text));   /* only the last word is a prefix */
  g_assert_false (matches ("antal ", text));            /* a typed space ends the word */
  g_assert_false (matches ("ministers belarus", text)); /* every word must match */
  g_assert_false (matches ("kraine", text));            /* words match from their start */
  g_assert_false (matches ("ukrainian", text));
  g_assert_true (matches ("foreign-ministers", text)); /* punctuation splits words */
  g_assert_true (matches ("", text));
  g_assert_true (matches ("   ", text));
}

static void
test_query (void)
{
  g_autoptr (CmqSearchQuery) empty = cmq_search_query_new (NULL);
  g_autoptr (CmqSearchQuery) query = cmq_search_query_new ("Défense  OTAN");
  const char *const *terms = cmq_search_query_get_terms (query);

  g_assert_true (cmq_search_query_is_empty (empty));
  g_assert_false (cmq_search_query_is_empty (query));
  g_assert_cmpstr (cmq_search_query_get_text (query), ==, "Défense  OTAN");
  g_assert_cmpuint (g_strv_length ((char **) terms), ==, 2);
  g_assert_cmpstr (terms[0], ==, "defense");
  g_assert_cmpstr (terms[1], ==, "otan");
  g_assert_true (cmq_search_query_last_is_prefix (query));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/normalize", test_normalize);
  g_test_add_func ("/search/match", test_match);
  g_test_add_func ("/search/query", test_query);

  return g_test_run ();
}
