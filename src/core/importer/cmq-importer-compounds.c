/* cmq-importer-compounds.c: institutions named by a compound word, as German and Dutch write
 * them ("Kreispolizeibehörde", "Landesregierung", "Oberlandesgericht"): the word ends with a word
 * of institution-words.txt.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* The institution's word that ends a compound is this long at least ("behorde", "polizei",
 * "gericht"): a shorter one ends too many words that name none ("Samt", "Databank"). */
#define MIN_TAIL_LETTERS 6
/* Letters before it: the compound's first part ("Kreis", "Landes", "Ober"). */
#define MIN_HEAD_LETTERS 3

gboolean
cmq_importer_is_compound_institution_word (const char *word)
{
  g_autofree char *key = cmq_importer_key (word);
  gsize n;

  if (key == NULL || strchr (key, ' ') != NULL)
    return FALSE;
  n = strlen (key);
  for (gsize start = MIN_HEAD_LETTERS; start + MIN_TAIL_LETTERS <= n; start++)
    if (g_ascii_isalpha (key[start]) && cmq_importer_is_institution_word (key + start))
      return TRUE;
  return FALSE;
}
