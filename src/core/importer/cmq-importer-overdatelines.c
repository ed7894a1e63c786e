/* cmq-importer-overdatelines.c: a headline over a place and its date alone on their line, and a
 * longer line under them ("Holocaust-Gedenken im Volkswagen Werk" / "Wolfsburg, 27.01.2016" /
 * "Kranzniederlegung, Lesung und Musikaufführung anlässlich des 71. Jahrestags …", heldout19
 * vw-01): the release's headline, its dateline and its standfirst, whatever the language; the
 * line nearer the story, first taken for the headline, is the standfirst. A site's button
 * written again further down the page ("Hinzufügen zur Sammelmappe") may stand between them.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* Lines written again further down the page passed over between the headline and the dateline. */
#define MAX_BUTTON_LINES 2

/* "Wolfsburg, 27.01.2016", "Paris, le 7 janvier 2015": a place, a comma and a date, nothing after
 * them, read on a scratch copy of the parts so that nothing is set. */
static gboolean
is_place_dateline_alone (const char *text)
{
  g_auto (CmqDumpParts) scratch = { 0 };
  const char *comma = strchr (text, ',');

  if (comma == NULL || strpbrk (text, "0123456789") < comma)
    return FALSE;
  return cmq_importer_meta_role (text, &scratch) == CMQ_LINE_DATELINE && scratch.headline == NULL &&
         scratch.kind == NULL;
}

/* Whether the key of line @i is written again below line @below. */
static gboolean
is_written_again (GArray *lines, guint i, guint below)
{
  const char *key = g_array_index (lines, Line, i).key;

  for (guint k = below + 1; k < lines->len; k++)
    if (!is_blank (lines, k) && g_strcmp0 (g_array_index (lines, Line, k).key, key) == 0)
      return TRUE;
  return FALSE;
}

guint
cmq_importer_headline_over_place_dateline (GArray *lines, const LineInfo *info, guint headline)
{
  guint dateline = nonblank_above (lines, headline), upper;
  g_autofree char *folded = NULL;
  const char *text;

  if (dateline == lines->len || info[headline].sentence ||
      !is_place_dateline_alone (g_array_index (lines, Line, dateline).text))
    return headline;
  upper = nonblank_above (lines, dateline);
  for (guint n = 0;
       upper < lines->len && n < MAX_BUTTON_LINES && is_written_again (lines, upper, headline); n++)
    upper = nonblank_above (lines, upper);
  if (upper == lines->len || info[upper].words >= info[headline].words ||
      !cmq_importer_is_fresh_headline (lines, info, upper))
    return headline;
  text = g_array_index (lines, Line, upper).text;
  /* a kind line or an office's name over the date ("Communiqué LDH" / "Paris, le 7 janvier …"),
   * or the page's own date or number ("Daily News 04 / 04 / 2019", "Fri. Nov 22nd, 2024") */
  folded = cmq_importer_fold (text);
  if (strpbrk (text, "0123456789") != NULL || cmq_importer_kind_of_start (folded, FALSE) != NULL ||
      cmq_importer_is_kind_label (text) || cmq_importer_is_kind_from_issuer (text) ||
      cmq_importer_is_institution_name (text))
    return headline;
  set_role (lines, headline, CMQ_LINE_STANDFIRST);
  set_role (lines, upper, CMQ_LINE_HEADLINE);
  return upper;
}
