/* cmq-importer-sectionruns.c: a story written as sections, each a short heading over a list of
 * items with bullets ("ROC de 706 M€ au S1 : belle performance opérationnelle", then "• Bonne
 * tenue de la marge opérationnelle en France, stable à 1,8%", …; heldout24 carrefour-01): under
 * its last kept item, one more heading of that shape over items with the same bullet is the
 * story's last section, not the page's chrome. A story paragraph is never dropped.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* The story above shows at least this many sections of that shape, kept as the story's. */
#define MIN_STORY_SECTIONS 2

/* The bullet that opens @text followed by a space ("- ", "• ", "▪ "), or 0. */
static gunichar
section_bullet (const char *text)
{
  gunichar c = g_utf8_get_char (text);

  if (c != '-' && c != '*' && c != 0x2022 && c != 0x2013 && c != 0x25AA && c != 0x25CF &&
      c != 0x25E6 && c != 0x00B7 && c != 0x25BA && c != 0x2023)
    return 0;
  return g_unichar_isspace (g_utf8_get_char (g_utf8_next_char (text))) ? c : 0;
}

/* The first line above @i (exclusive) that is not blank, or lines->len. */
static guint
filled_above (GArray *lines, guint i)
{
  while (i-- > 0)
    if (!is_blank (lines, i))
      return i;
  return lines->len;
}

/* The first line below @i (exclusive) that is not blank, or lines->len. */
static guint
filled_below (GArray *lines, guint i)
{
  for (i++; i < lines->len; i++)
    if (!is_blank (lines, i))
      return i;
  return lines->len;
}

/* Whether line @i is a section's heading: short, no bullet, no sentence, nothing learnt as the
 * page's, and the next line that is not blank opens with @bullet. */
static gboolean
is_section_heading (GArray *lines, const LineInfo *info, guint i, gunichar bullet)
{
  const char *text = g_array_index (lines, Line, i).text;
  guint below = filled_below (lines, i);

  return section_bullet (text) == 0 && !info[i].sentence && info[i].words > 0 &&
         info[i].words <= MAX_EDGE_WORDS && !info[i].known && !info[i].repeated &&
         !info[i].on_site && !info[i].interface && !info[i].opener && below < lines->len &&
         section_bullet (g_array_index (lines, Line, below).text) == bullet;
}

/* From line @i, opening with @bullet, up over the items with that bullet: the line above them,
 * or lines->len. */
static guint
above_items (GArray *lines, guint i, gunichar bullet)
{
  while (i < lines->len && section_bullet (g_array_index (lines, Line, i).text) == bullet)
    i = filled_above (lines, i);
  return i;
}

/* How many sections with @bullet, kept as the story's, stand right above line @heading, each
 * heading over its items, up to MIN_STORY_SECTIONS. */
static guint
story_sections_above (GArray *lines, const LineInfo *info, guint heading, gunichar bullet)
{
  guint n = 0;
  guint i = filled_above (lines, heading);

  while (n < MIN_STORY_SECTIONS && i < lines->len &&
         section_bullet (g_array_index (lines, Line, i).text) == bullet &&
         role_at (lines, i) == CMQ_LINE_STORY)
    {
      guint top = above_items (lines, i, bullet);

      if (top >= lines->len || role_at (lines, top) != CMQ_LINE_STORY ||
          !is_section_heading (lines, info, top, bullet))
        break;
      n++;
      i = filled_above (lines, top);
    }
  return n;
}

gboolean
cmq_importer_continues_story_sections (GArray *lines, const LineInfo *info, guint last, guint i)
{
  gunichar bullet = section_bullet (g_array_index (lines, Line, i).text);
  guint heading = i;

  if (i <= last || info[i].known || info[i].repeated || info[i].on_site || info[i].interface)
    return FALSE;
  if (bullet != 0)
    heading = above_items (lines, i, bullet);
  else if (filled_below (lines, i) < lines->len)
    bullet = section_bullet (g_array_index (lines, Line, filled_below (lines, i)).text);
  if (bullet == 0 || heading >= lines->len || heading > i ||
      !is_section_heading (lines, info, heading, bullet))
    return FALSE;
  /* the story's last line is an item of the section above that heading */
  if (filled_above (lines, heading) != last && heading > last)
    return FALSE;
  return story_sections_above (lines, info, heading, bullet) >= MIN_STORY_SECTIONS;
}

/* A section's heading is this short (MAX_EDGE_WORDS, for paragraphs). */
#define MAX_SECTION_HEADING_WORDS 12

/* Whether @text opens with a bullet that a site draws ("•", "▪", "►"…): not a dash or a star,
 * which a line cut short may also open with. */
static gunichar
drawn_bullet (const char *text)
{
  gunichar c = text != NULL ? section_bullet (text) : 0;

  return c >= 0x2000 && c != 0x2013 ? c : 0;
}

gboolean
cmq_importer_heads_section (const char *paragraph, const char *previous, const char *next,
                            const char *after)
{
  gunichar bullet = drawn_bullet (next);

  return bullet != 0 && drawn_bullet (after) == bullet && drawn_bullet (previous) == bullet &&
         section_bullet (paragraph) == 0 && g_unichar_isupper (g_utf8_get_char (paragraph)) &&
         !cmq_importer_ends_sentence (paragraph) &&
         cmq_importer_count_words (paragraph) <= MAX_SECTION_HEADING_WORDS;
}
