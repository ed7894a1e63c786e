/* cmq-importer-speechtags.c: a speech tag on its own paragraph that ends in a semicolon ("Vanessa
 * John, from Pembrokeshire Association of Voluntary Services (PAVS) said;", heldout38 cfdg-01)
 * over the quote it introduces. Written with a colon, such a tag ends like a sentence and is
 * kept; with a semicolon it has no sentence's end, and would be taken for a caption and
 * dropped, though it is the story's: the quote under it is said by no one without it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-speechtags.h"

/* A tag names its speaker: two words at least ("Smith said;"). */
#define MIN_TAG_WORDS 2

/* Whether @text opens with a double quote mark of any of the shapes sites write ('"', '“', '„',
 * '«'). */
static gboolean
opens_with_quote_mark (const char *text)
{
  gunichar c = g_utf8_get_char (text);

  return c == '"' || c == 0x201C || c == 0x201E || c == 0x00AB;
}

gboolean
cmq_importer_is_semicolon_speech_tag (const char *paragraph, const char *next)
{
  gsize len = paragraph != NULL ? strlen (paragraph) : 0;

  while (len > 0 && paragraph[len - 1] == ' ')
    len--;
  if (len == 0 || paragraph[len - 1] != ';' || next == NULL || !opens_with_quote_mark (next))
    return FALSE;
  return g_unichar_isupper (g_utf8_get_char (paragraph)) &&
         cmq_importer_count_words (paragraph) >= MIN_TAG_WORDS;
}
