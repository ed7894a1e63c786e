/* cmq-importer-issuerkinds.c: a kind label after the issuer's name on a line of its own ("Police
 * Press Release", "CERN Press Release", "Ville de Lyon Communiqué de presse"), on any site and in
 * any language: a label over or under the headline, never the headline itself.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* The issuer's words before the label: "Police", "Royal Navy", "Ville de Lyon". */
#define MAX_ISSUER_WORDS 3

/* Whether @word is a word of a name: a capital first, or a word joining a name's. */
static gboolean
is_issuer_word (const char *word)
{
  static const char *const joining[] = { "of", "de", "du", "des", "la",
                                         "le", "d'", "di", "del", NULL };

  return g_unichar_isupper (g_utf8_get_char (word)) || g_strv_contains (joining, word);
}

const char *
cmq_importer_kind_after_issuer (const char *text)
{
  g_auto (GStrv) words = NULL;
  g_autofree char *folded = NULL;
  const char *rest;
  const char *kind;
  gsize n;
  guint i = 0;

  /* a short line, from a capital, with no figure nor punctuation of a sentence or a title */
  if (!g_unichar_isupper (g_utf8_get_char (text)) ||
      strpbrk (text, "0123456789.,:;!?\"|") != NULL ||
      cmq_importer_count_words (text) > MAX_ISSUER_WORDS + 4)
    return NULL;
  folded = g_strstrip (cmq_importer_fold (text));
  words = g_strsplit (text, " ", -1);
  for (rest = folded; words[i] != NULL && i < MAX_ISSUER_WORDS && is_issuer_word (words[i]); i++)
    {
      rest = strchr (rest, ' ');
      if (rest == NULL)
        return NULL;
      rest++;
      /* the label after the name: a release's kind of two words or more, the whole rest */
      n = cmq_importer_kind_phrase_length (rest);
      if (n == 0 || rest[n] != '\0' || memchr (rest, ' ', n) == NULL)
        continue;
      kind = cmq_importer_kind_of_start (rest, TRUE);
      /* the issuer is no kind of its own ("Joint Press Release" is a label too, already) */
      return g_strcmp0 (kind, "press release") == 0 ? kind : NULL;
    }
  return NULL;
}
