/* cmq-importer-exclamations.c: a letter's one-line exclamation between its salutation and its
 * first paragraph ("Dear friends," / "We did it!" / "Today, a large majority …", heldout39
 * ican-01): a short line of the letter, never the page's chrome, which the salutation above it
 * opens with the story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* The exclamation is this short. */
#define MAX_EXCLAMATION_WORDS 6

gboolean
cmq_importer_is_exclamation_under_salutation (GArray *lines, const LineInfo *info, guint i)
{
  const char *text = g_array_index (lines, Line, i).text;
  gsize len = strlen (text);
  guint above;

  if (len == 0 || text[len - 1] != '!' || info[i].words > MAX_EXCLAMATION_WORDS || info[i].known ||
      info[i].interface || role_at (lines, i) != CMQ_LINE_STORY)
    return FALSE;
  above = nonblank_above (lines, i);
  return above < lines->len && g_str_has_suffix (g_array_index (lines, Line, above).text, ",") &&
         cmq_importer_is_salutation (lines, info, above);
}
