/* cmq-importer-items.c: a page of a site's news list saved whole, the release its first item and
 * the next items under it. Each item opens the same way: the line over the release's headline
 * ("-", "Press Statement", "• 29/12/2025") comes again under the story, over the next item's
 * headline (heldout21 foe-01, unaids-02, madrid-01). The story stops there. The same headline
 * again is the same item, not the next: a teaser, then the whole release (heldout22
 * healthfoundation-01).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* The line that opens an item, over its headline, is this short: a kind, a date, a dash. */
#define MAX_ITEM_OPENER_WORDS 4

/* Line @i could be a list item's headline: a short line opening with a capital, not a sentence
 * nor a label. */
static gboolean
is_item_headline (GArray *lines, const LineInfo *info, guint i)
{
  const char *text = g_array_index (lines, Line, i).text;

  return !info[i].sentence && !info[i].label && !info[i].known && !info[i].interface &&
         info[i].words >= MIN_HEADLINE_WORDS && info[i].words <= MAX_HEADLINE_WORDS &&
         g_unichar_isupper (g_utf8_get_char (text));
}

/* Line @i opens an item as line @opener does: the same text, or both a date alone. */
static gboolean
opens_like (GArray *lines, const LineInfo *info, guint i, guint opener)
{
  if (strcmp (g_array_index (lines, Line, i).text, g_array_index (lines, Line, opener).text) == 0)
    return TRUE;
  return cmq_importer_is_date_only_line (lines, opener, info) &&
         cmq_importer_is_date_only_line (lines, i, info);
}

guint
cmq_importer_next_item_start (GArray *lines, const LineInfo *info, guint first, guint headline)
{
  guint opener;

  if (headline >= first)
    return lines->len;
  opener = nonblank_above (lines, headline);
  if (opener == lines->len || info[opener].sentence || info[opener].words > MAX_ITEM_OPENER_WORDS)
    return lines->len;
  for (guint i = first + 1; i < lines->len; i++)
    {
      guint next;

      if (is_blank (lines, i) || !opens_like (lines, info, i, opener))
        continue;
      next = nonblank_below (lines, i);
      if (next < lines->len && is_item_headline (lines, info, next) &&
          strcmp (g_array_index (lines, Line, next).text,
                  g_array_index (lines, Line, headline).text) != 0)
        return i;
    }
  return lines->len;
}
