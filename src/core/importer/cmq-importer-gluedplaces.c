/* cmq-importer-gluedplaces.c: where a text comes from, glued before its headline with ".- "
 * ("Préfecture, Perpignan.- Mise en œuvre de mesures …", heldout11 prefecture-po-01; "MADRID.- El
 * Gobierno aprueba …"): the way wires and the papers that repost them open a text with its place
 * and issuer. The words are no part of the headline, in any language.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* The headline after the place has this many words at least. */
#define MIN_HEADLINE_WORDS 3

/* @headline without a place (one to four capitalised words, perhaps after a comma) glued before
 * it by a full stop and a dash ".- ", ".– ", ".— " and a capital: a dash alone ("Paris - Le
 * maire …") may join the headline's own words, the stop before it never does. */
const char *
cmq_importer_skip_glued_place (const char *headline)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  int end;

  /* caseless: the capitals are checked by \p{Lu}, which the caseless flag leaves alone */
  cmq_regex_get (&initialised, &regex,
                 "^\\p{Lu}[\\p{L}'’-]*(?:,? \\p{Lu}[\\p{L}'’-]*){0,3}\\.[-–—] +(?=\\p{Lu})");
  if (!cmq_regex_find (regex, headline, 0, NULL, &end) || end <= 0 ||
      cmq_importer_count_words (headline + end) < MIN_HEADLINE_WORDS)
    return headline;
  return headline + end;
}
