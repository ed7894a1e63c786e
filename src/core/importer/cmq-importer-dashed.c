/* cmq-importer-dashed.c: a headline made of parts joined by dashes, one of them the date alone
 * and one the release's kind ("Installation du Conseil de la Couronne – le 22 juin 2018 –
 * Allocution de S.A.S. le Prince Souverain.", heldout17 monaco-01), as an official gazette titles
 * its items: the headline, even ending with a full stop, never the story's first paragraph.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-roles-private.h"

/* Such a headline is this many words at most. */
#define MAX_DASHED_HEADLINE_WORDS 30

/* "le 22 juin 2018", "22 June 2018", "June 22, 2018", "am 22. Juni 2018", "22.06.2018": a
 * date alone, perhaps after its preposition, in a folded part. */
static gboolean
is_date_part (const char *folded)
{
  static gsize init = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&init, &regex,
                 "^(?:(?:le|on|am|el|il|em|op|den|the) )?"
                 "(?:\\d{1,2}(?:er|st|nd|rd|th)?\\.? (?:de )?\\p{L}+\\.?,? (?:de )?\\d{4}|"
                 "\\p{L}+ \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|"
                 "\\d{1,2}[./]\\d{1,2}[./]\\d{4})$");
  return cmq_regex_match (regex, folded);
}

/* The parts of @text between spaced dashes (en, em or hyphen), folded. */
static char **
dashed_parts (const char *text)
{
  static gsize init = 0;
  static GRegex *regex = NULL;
  g_autofree char *folded = cmq_importer_fold (text);
  g_autofree char *trimmed = NULL;
  gsize n = strlen (folded);

  while (n > 0 && folded[n - 1] == '.')
    n--;
  trimmed = g_strndup (folded, n);
  cmq_importer_regex_get (&init, &regex, " (?:\xE2\x80\x93|\xE2\x80\x94|-) ");
  return g_regex_split (regex, trimmed, 0);
}

/* Whether @text is such a headline: three parts or more, one a date alone, another opening with
 * a kind's phrase; its kind in @kind. */
static gboolean
is_dashed_headline (const char *text, const char **kind)
{
  g_auto (GStrv) parts = dashed_parts (text);
  gboolean dated = FALSE;

  *kind = NULL;
  if (g_strv_length (parts) < 3)
    return FALSE;
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (is_date_part (parts[i]))
        dated = TRUE;
      else if (*kind == NULL)
        *kind = cmq_importer_kind_of_start (parts[i], FALSE);
    }
  return dated && *kind != NULL;
}

guint
cmq_importer_skip_dashed_headline (GArray *lines, const LineInfo *info, guint first,
                                   CmqDumpParts *parts)
{
  const char *text = g_array_index (lines, Line, first).text;
  const char *kind;
  guint next = first + 1;

  if (parts->headline != NULL || info[first].words > MAX_DASHED_HEADLINE_WORDS ||
      !g_unichar_isupper (g_utf8_get_char (text)) || !is_dashed_headline (text, &kind))
    return first;
  while (next < lines->len && (is_blank (lines, next) || role_at (lines, next) != CMQ_LINE_STORY))
    next++;
  if (next >= lines->len)
    return first;
  set_role (lines, first, CMQ_LINE_HEADLINE);
  parts->headline = g_strdup (text);
  if (parts->kind == NULL)
    parts->kind = kind;
  return next;
}
