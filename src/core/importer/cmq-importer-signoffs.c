/* cmq-importer-signoffs.c: a wire's end mark glued after the story's last sentence on its line,
 * the editor's initials perhaps after it ("… abrufbar. (Schluss) red", heldout20 wien-01; "…
 * demain. (Fin)"): the wire's, not a word of the story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* Between the brackets of an end mark ("(Schluss)"), at most this many bytes and one. */
#define MAX_END_MARK_BYTES (7 * 4 + 1)

void
cmq_importer_strip_glued_end_mark (char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  int start, end;
  const char *close = strrchr (text, ')');
  const char *open = close;

  /* Nothing after the mark can be a ')': the mark's is the line's last, and its word of at most
   * seven letters (of at most four bytes each, caseless: 'K' is a 'k') follows the '(' right
   * after it, starting with an 's', 'e', 'f' or 'k' of either case, or the first byte of 'ſ' or
   * 'K'. Lines without such a pair, all but a few of those with brackets, need no regex. */
  while (open != NULL && open > text && close - open <= MAX_END_MARK_BYTES && *open != '(')
    open--;
  if (open == NULL || *open != '(' || strchr ("sSeEfFkK\xc5\xe2", open[1]) == NULL ||
      open[1] == '\0')
    return;
  /* after a sentence's end; the mark in brackets (de en fr it es nl pt sv pl); then at most the
   * editor's initials, a short word in lower case */
  cmq_regex_get (&initialised, &regex,
                 "(?<=[.!?…\"”»])\\s+\\((?:schluss|ende|ends?|fin|fine|einde|fim|"
                 "slut|koniec)\\)(?:\\s+(?-i:\\p{Ll}{1,4}))?\\s*$");
  if (cmq_regex_find (regex, text, 0, &start, &end))
    text[start] = '\0';
}
