/* cmq-date-toplines.c: a date alone on its line at the top of the dump ("Le 09/07/2025", "3 May
 * 2021"), with the story's first paragraph right under it and, above it, nothing but a few short
 * sentences of the site's press section ("Retrouvez les communiqués des domaines…", "Pour ne
 * manquer aucune information…, inscrivez-vous aux alertes.", heldout31 bivb-01): the date is the
 * page's release-date line, and the sentences over it are the section's own lines, not the
 * story, which starts under its date. A longer line above, one that ends no sentence (a headline)
 * or a short line under the date (a list's item, a subheading) leaves every line as it was.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-date-rules.h"
#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* The press section's sentences above the date: at most this many lines. */
#define MAX_TOP_SENTENCES 3

/* Whether @text is a short sentence of the page, above the story: less than a paragraph's words,
 * ending as a sentence does. */
static gboolean
is_short_sentence (const char *text)
{
  return cmq_importer_count_words (text) < MIN_BODY_WORDS && cmq_importer_ends_sentence (text);
}

/* The index of the next line of the story after @i that is not blank, or @lines->len. */
static guint
next_story_line (GArray *lines, guint i)
{
  for (i++; i < lines->len; i++)
    if (*g_array_index (lines, Line, i).text != '\0' && role_at (lines, i) == CMQ_LINE_STORY)
      return i;
  return lines->len;
}

guint
cmq_date_read_top_date_line (GArray *lines, const char *dateline, GPtrArray *date_lines)
{
  guint above[MAX_TOP_SENTENCES];
  guint n = 0;
  guint date = next_story_line (lines, G_MAXUINT); /* from the first line */
  guint below;

  if (date_lines->len > 0 || dateline != NULL)
    return 0;
  for (; date < lines->len; date = next_story_line (lines, date))
    {
      const char *text = g_array_index (lines, Line, date).text;

      if (cmq_importer_count_words (text) <= MAX_DATE_ONLY_WORDS &&
          cmq_importer_is_head_date_line (text))
        break;
      if (n == MAX_TOP_SENTENCES || !is_short_sentence (text))
        return 0;
      above[n++] = date;
    }
  below = date < lines->len ? next_story_line (lines, date) : lines->len;
  /* the story's first paragraph under the date, and a section's lines over it */
  if (n == 0 || below == lines->len ||
      cmq_importer_count_words (g_array_index (lines, Line, below).text) < MIN_BODY_WORDS)
    return 0;
  for (guint i = 0; i < n; i++)
    {
      set_role (lines, above[i], CMQ_LINE_LEADING_CHROME);
      g_array_index (lines, Line, above[i]).chrome = TRUE;
    }
  set_role (lines, date, CMQ_LINE_RELEASE_DATE);
  g_array_index (lines, Line, date).chrome = TRUE;
  g_ptr_array_add (date_lines, g_strdup (g_array_index (lines, Line, date).text));
  return n + 1;
}
