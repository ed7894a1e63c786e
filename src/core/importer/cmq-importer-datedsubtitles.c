/* cmq-importer-datedsubtitles.c: a headline over its subtitle, right under the release's place
 * and date. The head is read from the story up: the subtitle, a line without a final stop, is
 * taken for the headline first; the line above it that speaks of the same thing, with the
 * place and date over it, is the headline. cmq_importer_is_headline_over_subtitle () takes such
 * a line only where it opens the file; a PDF's text puts the press office's address and the
 * place and date above it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-datedsubtitles.h"
#include "cmq-importer-namewords.h"
#include "cmq-importer-private.h"

/* "Paris, le 7 janvier 2015": a place and a date with nothing after them, read on a scratch
 * copy of the parts so that nothing is set. */
static gboolean
is_place_and_date (const char *text)
{
  g_auto (CmqDumpParts) scratch = { 0 };

  return cmq_importer_meta_role (text, &scratch) == CMQ_LINE_DATELINE && scratch.headline == NULL &&
         scratch.kind == NULL;
}

gboolean
cmq_importer_is_dated_headline_over_subtitle (GArray *lines, const LineInfo *info, guint i,
                                              guint headline)
{
  const Line *line = &g_array_index (lines, Line, i);
  const Line *lower = &g_array_index (lines, Line, headline);
  char last = line->text[strlen (line->text) - 1];
  guint above = i;

  if (info[i].words < MIN_REPEATED_HEADLINE_WORDS || last == '!' || last == '?' ||
      strstr (lower->key, line->key) != NULL || strstr (line->key, lower->key) != NULL ||
      !cmq_importer_shares_name (line->text, lower->text))
    return FALSE;
  while (above-- > 0 && is_blank (lines, above))
    ;
  return above < i && is_place_and_date (g_array_index (lines, Line, above).text);
}
