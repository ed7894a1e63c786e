/* fuzz-search.c: libFuzzer target for the search query parser and matcher (cmq-search.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fuzz-search"

#include <string.h>

#include "cmq-search.h"
#include "fuzz.h"

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  /* Up to the first newline: the query the user typed; after it: the text searched. */
  const char *newline = memchr (data, '\n', size);
  gsize query_len = newline != NULL ? (gsize) (newline - (const char *) data) : size;
  g_autofree char *typed = g_strndup ((const char *) data, query_len);
  g_autofree char *text =
      newline != NULL ? g_strndup (newline + 1, size - query_len - 1) : g_strdup ("");
  g_autofree char *normalized = cmq_search_normalize (text);
  g_autofree char *typed_normalized = cmq_search_normalize (typed);
  g_autoptr (CmqSearchQuery) query = cmq_search_query_new (typed);
  const char *const *terms = cmq_search_query_get_terms (query);

  g_assert (g_utf8_validate (normalized, -1, NULL));
  g_assert (normalized[0] == ' ');
  g_assert (cmq_search_query_is_empty (query) == (terms[0] == NULL));
  cmq_search_query_matches (query, normalized);
  /* Whatever was typed finds the text it was typed from, once the word is whole. */
  if (!cmq_search_query_last_is_prefix (query) || cmq_search_query_is_empty (query))
    g_assert (cmq_search_query_matches (query, typed_normalized));
  return 0;
}
