/* cmq-importer-datedheads.c: an article's head under a site's notice. "Flash infos", then a
 * notice's paragraph ("… la piscine … est fermée jusqu'à nouvel ordre."), then a short line with
 * no final stop, a paragraph and a publication line ("Publié le 29 février 2024", "Published on
 * …", "Veröffentlicht am …") over more paragraphs (heldout24 chatou-01): the short line is the
 * article's headline, the paragraph under it its standfirst, where the story starts, and what
 * stands above the headline is the site's, not the story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* A headline-shaped line: a few words, no sentence's end, not a label, still of the story. */
static gboolean
is_head_line (GArray *lines, const LineInfo *info, guint i)
{
  return i < lines->len && role_at (lines, i) == CMQ_LINE_STORY && !info[i].body &&
         !info[i].sentence && !info[i].label && !info[i].known && !info[i].interface &&
         info[i].words >= MIN_HEADLINE_WORDS && info[i].words <= MAX_EDGE_WORDS;
}

static gboolean
is_story_paragraph (GArray *lines, const LineInfo *info, guint i)
{
  return i < lines->len && info[i].body && role_at (lines, i) == CMQ_LINE_STORY;
}

guint
cmq_importer_skip_notice_above_dated_head (GArray *lines, const LineInfo *info, guint first)
{
  guint head;
  guint standfirst;
  guint date_line;

  if (!is_story_paragraph (lines, info, first))
    return first;
  head = nonblank_below (lines, first);
  if (!is_head_line (lines, info, head))
    return first;
  standfirst = nonblank_below (lines, head);
  if (!is_story_paragraph (lines, info, standfirst))
    return first;
  date_line = nonblank_below (lines, standfirst);
  if (date_line >= lines->len || role_at (lines, date_line) != CMQ_LINE_RELEASE_DATE ||
      !is_story_paragraph (lines, info, nonblank_below (lines, date_line)))
    return first;
  /* the notice and its label above the head: the site's */
  for (guint i = 0; i < head; i++)
    if (!is_blank (lines, i) && role_at (lines, i) == CMQ_LINE_STORY)
      set_role (lines, i, CMQ_LINE_LEADING_CHROME);
  return standfirst;
}
