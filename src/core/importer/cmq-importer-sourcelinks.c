/* cmq-importer-sourcelinks.c: a link to where the text was taken from, glued after the story's
 * last sentence at the dump's end ("… he said. Source: https://montsame.mn/en/read/218828",
 * heldout29 mongolia-01, a page dumped as one line): a label of a word or two, a colon and the
 * link alone, in any language ("Quelle:", "Fuente:", "Read more:"). It points elsewhere and tells
 * nothing of the story: it is cut off the line, which stays the story's.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

guint
cmq_importer_glued_link_start (GArray *lines, guint first)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  guint i = lines->len;
  Line *line;
  int start;

  /* the label's words are letters only, so that a sentence's end ("… in 2020: www.x.org") is no
   * label; the sentence before it ends with its stop, perhaps inside a quotation or brackets */
  cmq_regex_get (&initialised, &regex,
                 "[.!?][\"'”’»)]?\\s+(\\p{L}+(?:\\s\\p{L}+)?\\s*:\\s*"
                 "(?:https?://|www\\.)\\S+)\\s*$");
  while (i-- > first && is_blank (lines, i))
    ;
  if (i < first || i >= lines->len)
    return lines->len;
  line = &g_array_index (lines, Line, i);
  /* most lines hold no link: they need no regex */
  if ((strstr (line->text, "://") == NULL && strstr (line->text, "www.") == NULL) ||
      !cmq_regex_find (regex, line->text, 1, &start, NULL))
    return lines->len;
  cmq_importer_cut_glued_tail (line, start);
  return i + 1;
}
