/* cmq-importer-separators.c: "***" between two paragraphs of a speech (heldout14 romania-01),
 * "* * *" between a news service's intro and the release it reposts (heldout22
 * healthfoundation-01): a line with no letter or digit is decoration when it is read
 * (cmq-importer-roles.c), but a separator between two lines of the story belongs to the story's
 * layout, as a scene break does in a book. It is kept; above the story or under it, it stays
 * chrome and starts or ends nothing.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include "cmq-importer-private.h"
#include "cmq-importer-separators.h"
#include "cmq-importer-roles-private.h"

/* The marks a separator repeats: asterisks, dashes, underscores, tildes, equals signs, dots and
 * bullets, small ornaments; the ornaments a separator may hold alone or in a short run. */
#define SEPARATOR_PATTERN                                                                                                 \
  "^\\s*(?:([*\\-–—_~=•·∙●○◦■□▪◆◇❖✦✧★☆✱✲✳✴✻✼❋⁂※§])(?:\\s*\\1){2,}|" \
  "[◆◇❖✦✧★☆✱✲✳✴✻✼❋⁂※❧☙⸙](?:\\s*[◆◇❖✦✧★☆✱✲✳✴✻✼❋⁂※❧☙⸙]){0,4})\\s*$"

gboolean
cmq_importer_is_separator (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  /* Spaces and marks, none of which has a case: a line that opens with an ASCII letter or
   * figure, as most do, is no separator, and the pattern is spared. */
  if (g_ascii_isalnum (*text))
    return FALSE;
  cmq_regex_get (&initialised, &regex, SEPARATOR_PATTERN);
  return cmq_regex_match (regex, text);
}

/* A scene break stands between two whole paragraphs: the line above ends a sentence and the
 * line below opens one. One inside a sentence broken across lines, or inside a block of
 * interface lines, is not the story's. */
static gboolean
between_paragraphs (const char *above, const char *below)
{
  gunichar first;

  while (g_unichar_isspace (g_utf8_get_char (below)))
    below = g_utf8_next_char (below);
  first = g_utf8_get_char (below);
  return cmq_importer_ends_sentence (above) && !g_unichar_islower (first) && first != ',' &&
         first != ';';
}

void
cmq_importer_keep_separators (GArray *lines, guint first, guint last)
{
  for (guint i = first + 1; i < last && i < lines->len; i++)
    {
      guint above;
      guint below;

      if (is_blank (lines, i) || role_at (lines, i) != CMQ_LINE_CHROME ||
          !cmq_importer_is_separator (g_array_index (lines, Line, i).text))
        continue;
      above = nonblank_above (lines, i);
      below = nonblank_below (lines, i);
      if (above < lines->len && below <= last && role_at (lines, above) == CMQ_LINE_STORY &&
          role_at (lines, below) == CMQ_LINE_STORY &&
          between_paragraphs (g_array_index (lines, Line, above).text,
                              g_array_index (lines, Line, below).text))
        set_role (lines, i, CMQ_LINE_STORY);
    }
}
