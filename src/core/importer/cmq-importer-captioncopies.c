/* cmq-importer-captioncopies.c: a picture's caption given twice, first bare, then with its
 * credit after it ("Die Herausgeber des Friedensgutachtens … (v.l.n.r.)" over "… (v.l.n.r.).
 * Foto: HSFK", heldout39 hsfk-01; the picture's alternative text, then its caption): the credit
 * makes the second copy a caption, and the first, the same words to the letter, is one too, never
 * the story's first paragraph.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* A caption copied is long enough that the same words are no chance. */
#define MIN_COPIED_CAPTION_BYTES 30

/* Whether @rest, what follows the copy, is a credit alone: "(Photo: D. Calma/IAEA)", ". Foto: HSFK",
 * "©FAO". */
static gboolean
is_credit_rest (const char *rest)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  if (strchr (rest, ':') == NULL && strstr (rest, "©") == NULL)
    return FALSE;
  cmq_regex_get (&initialised, &regex,
                 "^[.!?]?\\s*(?:(?:\\(\\s*)?(?:photos?|fotos?|credits?|cr[ée]dits?|pictures?|"
                 "images?|bild)\\s*:|©)[^.!?:©]{1,80}$");
  return cmq_regex_match (regex, rest);
}

gboolean
cmq_importer_is_bare_caption_copy (GArray *lines, const LineInfo *info, guint i)
{
  const char *text = g_array_index (lines, Line, i).text;
  gsize len = strlen (text);
  guint next;

  if (len < MIN_COPIED_CAPTION_BYTES || info[i].words > MAX_CAPTION_WORDS)
    return FALSE;
  next = nonblank_below (lines, i);
  if (next == lines->len)
    return FALSE;
  return strncmp (g_array_index (lines, Line, next).text, text, len) == 0 &&
         is_credit_rest (g_array_index (lines, Line, next).text + len);
}
