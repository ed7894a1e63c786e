/* cmq-date-postedstamps.c: a repost site's posting stamp under the story ("Posted on: Mon, 12
 * Aug 2013 00:56:42 +0000", "Publié le 12 août 2013", heldout26 state-01) when the text dates
 * itself: its dateline opens the story's first line ("… Washington, DC August 9, 2013 On
 * Sunday, …"). The stamp is the day the site posted the copy, the dateline the release's own:
 * the release-date line is the better evidence only when it is the release's (issue 11's
 * precedence), so the stamp becomes a decoy.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include "cmq-date-rules.h"
#include "cmq-importer-private.h"

/* A dateline glued in the story's first line opens it within this many bytes. */
#define MAX_DATELINE_OFFSET 240

#define MONTHS_EN                                                                                  \
  "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#define MONTHS_FR                                                                                  \
  "(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"

/* Whether @text is a site's posting stamp: its date after "Posted on", "Publié le" … */
static gboolean
is_posting_stamp (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&initialised, &regex,
                 "^(?:posted(?:\\s+on)?|post[ée] le|publi[ée] le|mis en ligne le)\\s*:?\\s+\\S");
  return cmq_regex_match (regex, text);
}

/* Whether @text opens, before its first sentence ends, with a place and a full date, then a
 * capital: a dateline glued to the story ("Washington, DC August 9, 2013 On Sunday",
 * "Paris, le 9 août 2013 Le ministre"). */
static gboolean
opens_with_dateline (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *opening = g_strndup (text, MAX_DATELINE_OFFSET);
  const char *end;

  /* Cut on a character's boundary: the patterns take valid UTF-8 only. */
  g_utf8_validate (opening, -1, &end);
  opening[end - opening] = '\0';
  if (g_once_init_enter (&initialised))
    {
      regex = cmq_regex_new (
          "^[^.!?]*?\\b\\p{Lu}[\\p{L}’'-]+(?:,?\\s+\\p{Lu}[\\p{L}.’'-]*){0,3},?\\s+(?:(?:le\\s+)?"
          "\\d{1,2}(?:er)?\\s+" MONTHS_FR "|" MONTHS_EN "\\s+\\d{1,2},?|\\d{1,2}\\s+" MONTHS_EN
          ")\\s+\\d{4}\\s*[-–—:]?\\s+\\p{Lu}",
          FALSE);
      g_once_init_leave (&initialised, 1);
    }
  return cmq_regex_match (regex, opening);
}

void
cmq_date_drop_posting_stamps (GArray *lines, GPtrArray *date_lines)
{
  const Line *first = NULL;
  guint i;

  for (i = 0; i < lines->len && first == NULL; i++)
    if (g_array_index (lines, Line, i).role == CMQ_LINE_STORY &&
        *g_array_index (lines, Line, i).text != '\0')
      first = &g_array_index (lines, Line, i);
  if (first == NULL || !opens_with_dateline (first->text))
    return;
  for (; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);
      guint index;

      if (line->role != CMQ_LINE_RELEASE_DATE || !is_posting_stamp (line->text))
        continue;
      line->role = CMQ_LINE_DECOY_DATE;
      if (g_ptr_array_find_with_equal_func (date_lines, line->text, g_str_equal, &index))
        g_ptr_array_remove_index (date_lines, index);
    }
}
