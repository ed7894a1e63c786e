/* cmq-importer-bylines.c: the author's byline under a story, and the page's date alone on the
 * line under it ("By Nuala Casey and Oldrich Holecek", then "December 15, 2017": heldout15
 * czech-01): that date is the page's own, and is read before any date of the story's lead.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* "By Nuala Casey and Oldrich Holecek": the word for "by" and a few names. */
#define MAX_AUTHOR_BYLINE_WORDS 10

/* "By Nuala Casey and Oldrich Holecek", "Par Marie Dupont et Jean Martin", "Door Jan de Vries":
 * the word for "by" in the languages the importer reads, then names only: words that open with a
 * capital, joined by commas or a word for "and" (or the particles of names), and nothing else. A
 * sentence ("By then the troops had left.") or a related item's title is not one. */
static gboolean
is_author_byline (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (
      &initialised, &regex,
      "^(?:By|Par|Por|Von|Door|Di|Przez|Af|Av)\\s+\\p{Lu}[\\p{L}.’'-]*"
      "(?:(?:,\\s*|\\s+)(?:\\p{Lu}[\\p{L}.’'-]*|and|&|et|e|y|und|en|i|och|og|de|da|do|dos|van|"
      "von|der|den|del|della|di|du|le|la))*$");
  return cmq_importer_count_words (text) <= MAX_AUTHOR_BYLINE_WORDS &&
         cmq_regex_match (regex, text);
}

/* "- - -", "***", "____": a line with no letter and no digit, that only parts the page. */
static gboolean
is_separator (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* The line after line @i that is neither blank nor a separator, or lines->len. */
static guint
next_text_line (GArray *lines, guint i)
{
  while (++i < lines->len)
    if (!is_blank (lines, i) && !is_separator (g_array_index (lines, Line, i).text))
      return i;
  return lines->len;
}

void
cmq_importer_read_byline_date (GArray *lines, const LineInfo *info, guint last, CmqDumpParts *parts)
{
  guint byline = next_text_line (lines, last);
  guint date;

  if (parts->sign_off != NULL || byline >= lines->len ||
      role_at (lines, byline) == CMQ_LINE_STORY ||
      !is_author_byline (g_array_index (lines, Line, byline).text))
    return;
  date = next_text_line (lines, byline);
  if (date >= lines->len || role_at (lines, date) == CMQ_LINE_STORY ||
      !cmq_importer_is_date_only_line (lines, date, info))
    return;
  parts->sign_off = g_strdup (g_array_index (lines, Line, date).text);
}
