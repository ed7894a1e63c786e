/* cmq-importer-bulletsummaries.c: a run of short bullet items under the head and over the
 * story's first long paragraph ("- Standardcontainer sollen ab Juli ausgeliefert werden", "-
 * Reaktion auf Equipmentknappheit", "- Insgesamt erweitert Hapag-Lloyd die Investitionen …",
 * heldout31 hapag-01; "• Key points", "– Les chiffres clés"): the page's summary in bullets, a
 * standfirst, and the story starts under it. A longer item alone passes for a paragraph, but it
 * is one of the summary's. A speech's salutation in bullets ("• Membres du corps diplomatique,")
 * or a list the story announces (a line ending with a colon above it) is the story's.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* An item of a summary says at most this many words: a headline's length, not a paragraph's. */
#define MAX_SUMMARY_ITEM_WORDS 40
/* A summary has this many items at least: one item alone is a list of the story's, or its lead. */
#define MIN_SUMMARY_ITEMS 2

/* The bullet that opens line @i followed by a space ("- ", "• ", "– ", "* "), or 0. */
static gunichar
line_bullet (GArray *lines, guint i)
{
  const char *text = g_array_index (lines, Line, i).text;
  gunichar c;

  text += strspn (text, " \t");
  c = g_utf8_get_char (text);
  if (c != '-' && c != '*' && c != 0x2022 && c != 0x2013 && c != 0x2014 && c != 0x25AA &&
      c != 0x25CF && c != 0x25E6 && c != 0x00B7 && c != 0x25B8)
    return 0;
  return g_utf8_get_char (g_utf8_next_char (text)) == ' ' ? c : 0;
}

/* Whether line @i is an item of the summary opened by @bullet: still of the story, short, and
 * not ending as a clause of a longer sentence does (a salutation's comma, a list's semicolon, a
 * colon announcing more). */
static gboolean
is_summary_item (GArray *lines, const LineInfo *info, guint i, gunichar bullet)
{
  const char *text = g_array_index (lines, Line, i).text;
  gsize len = strlen (text);

  if (role_at (lines, i) != CMQ_LINE_STORY || line_bullet (lines, i) != bullet ||
      info[i].words > MAX_SUMMARY_ITEM_WORDS || len == 0)
    return FALSE;
  return strchr (",;:", text[len - 1]) == NULL;
}

/* The nearest line above @i that is not blank, or lines->len when there is none. */
static guint
line_above (GArray *lines, guint i)
{
  while (i > 0)
    if (!is_blank (lines, --i))
      return i;
  return lines->len;
}

/* The nearest line under @i that is not blank, or lines->len when there is none. */
static guint
line_under (GArray *lines, guint i)
{
  while (++i < lines->len)
    if (!is_blank (lines, i))
      return i;
  return lines->len;
}

guint
cmq_importer_skip_summary_bullets (GArray *lines, const LineInfo *info, guint first)
{
  gunichar bullet;
  guint anchor = first, top, next, above, items = 1;

  if (first >= lines->len)
    return first;
  /* the story's first line, or the line right above it (an item too short to pass for a
   * paragraph, the story's first paragraph under it) */
  if (line_bullet (lines, first) == 0)
    anchor = line_above (lines, first);
  if (anchor >= lines->len || (bullet = line_bullet (lines, anchor)) == 0 ||
      !is_summary_item (lines, info, anchor, bullet))
    return first;
  top = anchor;
  for (above = line_above (lines, top);
       above < lines->len && is_summary_item (lines, info, above, bullet);
       above = line_above (lines, top))
    {
      top = above;
      items++;
    }
  for (next = line_under (lines, anchor);
       next < lines->len && is_summary_item (lines, info, next, bullet);
       next = line_under (lines, next))
    items++;
  /* the story goes on under it in a long paragraph with no bullet: the only paragraph is never
   * dropped; nothing above it is the story's, nor announces it */
  if (items < MIN_SUMMARY_ITEMS || next >= lines->len || !info[next].body ||
      role_at (lines, next) != CMQ_LINE_STORY || line_bullet (lines, next) != 0 ||
      !opens_story (lines, info, top) ||
      (above < lines->len && (info[above].label || line_bullet (lines, above) != 0)))
    return first;
  for (guint i = top; i < next; i++)
    if (!is_blank (lines, i))
      set_role (lines, i, CMQ_LINE_STANDFIRST);
  return next;
}
