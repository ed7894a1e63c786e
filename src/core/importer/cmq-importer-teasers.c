/* cmq-importer-teasers.c: a page that shows the release twice, first as a teaser cut short and
 * ended by a link to the whole ("… people face potentially", "... Show Full Article"), then in
 * full (heldout22 healthfoundation-01: a news service's list, its item's lead, the cut paragraph,
 * the link, then the item's dateline, its headline and the same lead again). The teaser is not
 * the story: the story starts where its first paragraph comes again, word for word, under the
 * link. Nothing of the story is lost: every word of the teaser is in the whole. The link's words
 * are data (more-links.txt), in every language the importer knows; a lead said twice without such
 * a link between (a standfirst the body repeats) is left as it is.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"
#include "cmq-importer-teasers.h"

/* The teaser's first paragraph has this many words at least: a sentence, not a label. */
#define MIN_LEAD_WORDS 8
/* The link is among this many lines under the teaser's first paragraph, */
#define MAX_TEASER_LINES 4
/* a line of this many words at most ("... Show Full Article", "Lire la suite »"), */
#define MAX_LINK_WORDS 5
/* and the whole's first paragraph among this many lines under the link (its dateline, a rule,
 * its headline again). */
#define MAX_WHOLE_LINES 6

/* Whether line @i is a link to the whole text alone on its line: its key is one of the links. */
static gboolean
is_more_link (GArray *lines, const LineInfo *info, guint i)
{
  const Line *line = &g_array_index (lines, Line, i);
  GPtrArray *links;

  if (info[i].words == 0 || info[i].words > MAX_LINK_WORDS || line->key == NULL)
    return FALSE;
  links = cmq_importer_more_links ();
  for (guint k = 0; k < links->len; k++)
    if (strcmp (line->key, g_ptr_array_index (links, k)) == 0)
      return TRUE;
  return FALSE;
}

guint
cmq_importer_skip_teaser (GArray *lines, const LineInfo *info, guint first, CmqDumpParts *parts)
{
  const Line *lead;
  guint link = lines->len, whole = lines->len;
  guint seen = 0;

  if (first >= lines->len || info[first].words < MIN_LEAD_WORDS)
    return first;
  lead = &g_array_index (lines, Line, first);
  if (lead->key == NULL || role_at (lines, first) != CMQ_LINE_STORY)
    return first;
  for (guint i = first + 1; i < lines->len && seen < MAX_TEASER_LINES; i++)
    {
      if (is_blank (lines, i))
        continue;
      seen++;
      if (is_more_link (lines, info, i))
        {
          link = i;
          break;
        }
    }
  if (link == lines->len)
    return first;
  seen = 0;
  for (guint i = link + 1; i < lines->len && seen < MAX_WHOLE_LINES; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      if (is_blank (lines, i))
        continue;
      seen++;
      if (line->key != NULL && strcmp (line->key, lead->key) == 0)
        {
          whole = i;
          break;
        }
    }
  if (whole == lines->len || role_at (lines, whole) != CMQ_LINE_STORY)
    return first;
  for (guint i = first; i <= link; i++)
    if (!is_blank (lines, i) && role_at (lines, i) == CMQ_LINE_STORY)
      set_role (lines, i, CMQ_LINE_LEADING_CHROME);
  /* the whole's own dateline between the link and its lead ("LONDON, England, June 5 -- The
   * Foundation posted the following news release:"): the release's, though not its story */
  for (guint i = link + 1; i < whole && parts->dateline == NULL; i++)
    {
      CmqDumpParts scratch = {
        NULL,
      };
      const char *text = g_array_index (lines, Line, i).text;

      if (role_at (lines, i) != CMQ_LINE_STORY || strpbrk (text, "0123456789") == NULL)
        continue;
      if (cmq_importer_meta_role (text, &scratch) == CMQ_LINE_DATELINE && scratch.dateline != NULL)
        {
          parts->dateline = g_strdup (text);
          set_role (lines, i, CMQ_LINE_DATELINE);
        }
      cmq_dump_parts_clear (&scratch);
    }
  return whole;
}
