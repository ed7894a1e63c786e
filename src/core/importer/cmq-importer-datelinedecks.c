/* cmq-importer-datelinedecks.c: the story's first paragraph opens with its dateline ("WEST PALM
 * BEACH, Fla. (June 17, 2016) - Discover …", "NICE, le 17 juin 2016 - Le département …"): a
 * dateline is where a release's story starts, so a line between the headline and it that is
 * not a sentence of the story's length (a deck without its full stop, "Record-breaking number of
 * visitors come to The Palm Beaches in first quarter of 2016", heldout33 palmbeaches-01) is the
 * headline's subtitle, not the story's first paragraph.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* Whether line @i is left to the story, no paragraph of it (a body line is never above the
 * first) and no speech's salutation. */
static gboolean
is_left_to_story (GArray *lines, const LineInfo *info, guint i)
{
  return !is_blank (lines, i) && role_at (lines, i) == CMQ_LINE_STORY && !info[i].body &&
         !cmq_importer_is_salutation (lines, info, i);
}

void
cmq_importer_mark_deck_over_dateline (GArray *lines, const LineInfo *info, guint first,
                                      guint headline)
{
  const char *lead;
  guint deck = first;

  if (headline >= first || first >= lines->len)
    return;
  /* the lines first, the dateline's pattern only when one is left to the story */
  for (guint i = headline + 1; i < first && deck == first; i++)
    if (is_left_to_story (lines, info, i))
      deck = i;
  if (deck == first)
    return;
  lead = g_array_index (lines, Line, first).text;
  if (!cmq_importer_opens_with_dateline (lead) && !cmq_importer_opens_with_wire_dateline (lead))
    return;
  for (guint i = deck; i < first; i++)
    if (is_left_to_story (lines, info, i))
      set_role (lines, i, CMQ_LINE_STANDFIRST);
}
