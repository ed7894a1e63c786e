/* cmq-importer-colontitles.c: a headline that ends with a colon, over the subtitles of its page
 * ("4 avril - Journée mondiale contre les mines :", heldout39 handicap-01): no headline is
 * taken with a colon at its end, where a label or a speech tag ends so. It is one when it opens
 * the page, under its chrome only, and stands right over the story's first paragraph opened by
 * its dateline ("Bruxelles, le 4 avril 2013. A l'occasion …"): a speech tag is the story's, under
 * the dateline, and a label names a field, never over a dated lead.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-colontitles.h"
#include "cmq-importer-kindtitles.h"
#include "cmq-importer-private.h"

static guint
colon_ended_headline (GArray *lines, const LineInfo *info, guint first)
{
  guint top = first < lines->len ? nonblank_above (lines, first) : lines->len;
  const char *text;
  gunichar c;

  /* a headline opened by its day ("4 avril - …") is read for the page's dateline too */
  if (top == lines->len ||
      (role_at (lines, top) != CMQ_LINE_STORY && role_at (lines, top) != CMQ_LINE_DATELINE) ||
      info[top].known || info[top].interface || info[top].repeated || info[top].on_site ||
      info[top].words < MIN_REPEATED_HEADLINE_WORDS || info[top].words > MAX_HEADLINE_WORDS)
    return lines->len;
  text = g_array_index (lines, Line, top).text;
  c = g_utf8_get_char (text);
  if (!g_str_has_suffix (text, ":") || !(g_unichar_isupper (c) || g_unichar_isdigit (c)) ||
      !cmq_importer_opens_with_dateline (g_array_index (lines, Line, first).text))
    return lines->len;
  /* the page opens with it: above it, chrome only */
  for (guint i = 0; i < top; i++)
    if (!is_blank (lines, i) && role_at (lines, i) == CMQ_LINE_STORY && !info[i].known &&
        !info[i].interface && !info[i].repeated && !info[i].on_site)
      return lines->len;
  set_role (lines, top, CMQ_LINE_HEADLINE);
  return top;
}

guint
cmq_importer_kind_or_colon_headline (GArray *lines, const LineInfo *info, guint first)
{
  guint headline = cmq_importer_kind_line_headline (lines, info, first);

  return headline < lines->len ? headline : colon_ended_headline (lines, info, first);
}
