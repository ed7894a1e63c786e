/* cmq-importer-panels.c: a page's panel of facts above the story ("Contact presse" over
 * "• Service de presse", "Élus référents" over "• Anne Hidalgo", with "Informations pratiques"
 * and the like around them): short lines with no blank line between them, where at least two
 * labels each stand over a bulleted value. None of its lines is the headline, which the search
 * above the story looks for over the panel.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include "cmq-importer-private.h"

/* A panel's line, a label or a value, has at most this many words. */
#define MAX_PANEL_LINE_WORDS 6
/* Labels over a bulleted value a panel holds at least. */
#define MIN_PANEL_FIELDS 2
/* Lines read either side of a line for the rest of its panel. */
#define MAX_PANEL_LINES 16

static gboolean
is_bulleted (const char *text)
{
  gunichar c = g_utf8_get_char (text);

  return c == 0x2022 || c == 0x25AA || c == 0x00B7 || c == 0x25B8;
}

static gboolean
is_panel_line (const Line *line)
{
  g_autofree char *key = NULL;

  if (*line->text == '\0' || cmq_importer_ends_sentence (line->text))
    return FALSE;
  key = cmq_importer_key (line->text);
  return cmq_importer_count_words (key) <= MAX_PANEL_LINE_WORDS;
}

/* Whether line @k, the neighbour of a panel's line, goes on with the panel (TRUE), ends it (a
 * blank line: @ends set) or is no panel's line (FALSE, @ends unset). */
static gboolean
goes_on (GArray *lines, guint k, gboolean *ends)
{
  const Line *line = &g_array_index (lines, Line, k);

  *ends = *line->text == '\0';
  return !*ends && is_panel_line (line);
}

gboolean
cmq_importer_is_in_panel (GArray *lines, guint i)
{
  guint start = i, end = i;
  guint fields = 0;
  gboolean ends = FALSE;

  if (i >= lines->len || !is_panel_line (&g_array_index (lines, Line, i)))
    return FALSE;
  /* bounded: a long run of short lines (a list, verse) is read no further */
  while (start > 0 && i - start < MAX_PANEL_LINES && goes_on (lines, start - 1, &ends))
    start--;
  if (start > 0 && !ends)
    return FALSE;
  while (end + 1 < lines->len && end - i < MAX_PANEL_LINES && goes_on (lines, end + 1, &ends))
    end++;
  if (end + 1 < lines->len && !ends)
    return FALSE;
  for (guint k = start + 1; k <= end; k++)
    if (is_bulleted (g_array_index (lines, Line, k).text) &&
        !is_bulleted (g_array_index (lines, Line, k - 1).text))
      fields++;
  return fields >= MIN_PANEL_FIELDS;
}
