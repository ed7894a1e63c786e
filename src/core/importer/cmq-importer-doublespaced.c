/* cmq-importer-doublespaced.c: a hard-wrapped text saved double-spaced, a blank line after every
 * line ("Can I firstly make some remarks about the Parliamentary debate on Afghanistan" / "" /
 * "this week, to outline some of the processes. …", heldout10 ausdef-03): the blank lines inside
 * its paragraphs are taken out, so that the wrapped lines are joined as in any hard-wrapped file.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* A file is double-spaced when it has this many lines of text at least, and all but this share
 * of them stand between blank lines. */
#define MIN_DOUBLE_SPACED_LINES    8
#define MAX_ADJACENT_LINES_PERCENT 10

static gboolean
is_blank_line (GArray *lines, guint i)
{
  return *g_array_index (lines, Line, i).text == '\0';
}

/* The lines of a wrap are this long, and most of those that end no sentence reach within this
 * many characters of the widest; this share of them goes on in lower case at least. */
#define MIN_DOUBLE_SPACED_WIDTH 40
#define MAX_DOUBLE_SPACED_WIDTH 100
#define DOUBLE_SPACED_SLACK     25
#define MIN_WRAPPED_TEXT_LINES  4
#define MIN_LOWER_PERCENT       30
#define MIN_NEAR_PERCENT        70

/* The wrap width of @lines, double-spaced, read from the lines of text that end no sentence and
 * have one more under them past a blank line (a paragraph's last line ends a sentence); or 0. */
static guint
compact_wrap_width (GArray *lines)
{
  guint counts[MAX_DOUBLE_SPACED_WIDTH + 1] = { 0 };
  guint n_text = 0, adjacent = 0, total = 0, lower = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      const char *text = g_array_index (lines, Line, i).text;
      const char *next;
      gsize n;

      if (*text == '\0')
        continue;
      n_text++;
      adjacent += i + 1 < lines->len && !is_blank_line (lines, i + 1);
      if (i + 2 >= lines->len || !is_blank_line (lines, i + 1) || is_blank_line (lines, i + 2) ||
          cmq_importer_ends_sentence (text))
        continue;
      next = g_array_index (lines, Line, i + 2).text;
      n = cmq_importer_chars_up_to (text, MAX_DOUBLE_SPACED_WIDTH + 1);
      if (n < MIN_DOUBLE_SPACED_WIDTH || n > MAX_DOUBLE_SPACED_WIDTH)
        continue;
      counts[n]++;
      total++;
      lower += g_unichar_islower (g_utf8_get_char (next));
    }
  if (n_text < MIN_DOUBLE_SPACED_LINES || adjacent * 100 > n_text * MAX_ADJACENT_LINES_PERCENT ||
      total < MIN_WRAPPED_TEXT_LINES || lower * 100 < total * MIN_LOWER_PERCENT)
    return 0;
  for (guint width = MAX_DOUBLE_SPACED_WIDTH; width >= MIN_DOUBLE_SPACED_WIDTH; width--)
    {
      guint near = 0;

      if (counts[width] == 0)
        continue;
      for (guint n = width - DOUBLE_SPACED_SLACK; n <= width; n++)
        near += counts[n];
      if (near * 100 >= total * MIN_NEAR_PERCENT)
        return width;
    }
  return 0;
}

gboolean
cmq_importer_close_double_spacing (GArray *lines)
{
  guint width = compact_wrap_width (lines);
  guint out = 0;
  gboolean closed = FALSE;

  if (width == 0)
    return FALSE;
  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);

      /* one blank line between a line near the wrap width that ends no sentence, or any line
       * over one going on in lower case, and the next: the paragraph goes on */
      if (*line->text == '\0' && out > 0 && i + 1 < lines->len && !is_blank_line (lines, i + 1))
        {
          const char *above = g_array_index (lines, Line, out - 1).text;
          const char *below = g_array_index (lines, Line, i + 1).text;

          if (*above != '\0' && cmq_importer_wraps_into (above, below, width))
            {
              cmq_importer_line_clear (line);
              closed = TRUE;
              continue;
            }
        }
      g_array_index (lines, Line, out++) = *line;
    }
  g_array_set_size (lines, out);
  return closed;
}
