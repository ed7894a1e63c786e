/* cmq-importer-superscripts.c: a sentence of a PDF's text broken at an ordinal's superscript.
 * A PDF raises the "er" of "1er", the "th" of "4th" above the line, and a text dump puts it on a
 * line of its own: "… qui aura lieu le 1", "er", "décembre 2015, les Hôpitaux …" (heldout31
 * hug-01). The line over the superscript is the start of a sentence cut in three, shaped like a
 * headline (no final stop, a capital first) but never one.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-superscripts.h"

/* The endings of ordinals that are written raised after the figure, as line keys (lower case, no
 * accents): French (1er, 1re, 2e, 2ème, 1ers), English (1st, 2nd, 3rd, 4th), Spanish, Italian and
 * Portuguese (1o, 1a, 1º), Dutch (1ste, 2de, 3e). */
static const char *const superscripts[] = {
  "er", "re", "ere", "ers", "res", "e",  "eme", "es",  "emes", "st",
  "nd", "rd", "th",  "o",   "a",   "os", "as",  "ste", "de",   NULL,
};

/* Blank lines between a line and its superscript are at most this many. */
#define MAX_BLANKS_BEFORE_SUPERSCRIPT 2

/* Whether @text ends with an ordinal's figure inside a sentence: a word of one to three figures,
 * not 0 and not opening with 0 (no ordinal does), after a word that ends no sentence ("… le 1",
 * never "… at the meeting. 0"). */
static gboolean
ends_with_ordinal_figure (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&initialised, &regex, "[^\\s.!?:;]\\s+[1-9]\\d{0,2}$");
  return cmq_regex_match (regex, text);
}

gboolean
cmq_importer_breaks_at_superscript (GArray *lines, guint i)
{
  guint blanks = 0;

  if (!ends_with_ordinal_figure (g_array_index (lines, Line, i).text))
    return FALSE;
  for (guint k = i + 1; k < lines->len; k++)
    {
      const Line *line = &g_array_index (lines, Line, k);

      if (is_blank (lines, k))
        {
          if (++blanks > MAX_BLANKS_BEFORE_SUPERSCRIPT)
            return FALSE;
          continue;
        }
      /* "er" alone, perhaps with a space or a degree sign around it */
      return line->key != NULL && strlen (line->text) <= 4 &&
             g_strv_contains (superscripts, line->key);
    }
  return FALSE;
}
