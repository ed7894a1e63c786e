/* fuzz-search.c: libFuzzer target for the text normaliser of cmq-search.c, which the index, the
 * highlighter and the query parser share. The query parser has its own target (fuzz-query.c).
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
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autofree char *normalized = cmq_search_normalize (text);
  gsize len = strlen (normalized);

  /* What cmq-search.h promises: valid UTF-8, one space between words, and a space at both ends
   * so that word starts and ends are easy to find. */
  g_assert (g_utf8_validate (normalized, -1, NULL));
  g_assert (len >= 1 && normalized[0] == ' ' && normalized[len - 1] == ' ');
  g_assert (len == 1 || strstr (normalized, "  ") == NULL);
  return 0;
}
