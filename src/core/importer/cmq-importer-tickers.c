/* cmq-importer-tickers.c: a news ticker saved as one line, the headlines of a site's other
 * stories set apart by runs of spaces ("Coup d'état au Soudan : le début d'un scénario … ?    COUP
 * D'ÉTAT AU SOUDAN : LE 1ER MINISTRE …    La transition démocratique enterrée ? …", heldout28
 * ivoire-01). The line is read before its spaces are collapsed, and is chrome wherever it is.
 * A menu ("Accueil    Shopping    Sports") has items of a word or two, a line of a date and its
 * kind ("Pressmeddelande   •   Okt 21, 2004") has items without letters, and a paragraph whose
 * sentences are set apart by wide spaces has full stops before its end: none is a ticker.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* Spaces that set a ticker's headlines apart: at least this many in a row. */
#define MIN_TICKER_GAP 3
/* A ticker has at least this many headlines... */
#define MIN_TICKER_ITEMS 3
/* ...each of this many words at least, and at most. */
#define MIN_TICKER_ITEM_WORDS 3
#define MAX_TICKER_ITEM_WORDS 30

/* Whether the @len bytes at @item are a headline: a few words opening with a capital, a digit or
 * a quote mark. */
static gboolean
is_ticker_item (const char *item, gsize len)
{
  g_autofree char *text = g_strndup (item, len);
  g_autofree char *key = cmq_importer_key (text);
  guint words = cmq_importer_count_words (key);
  gunichar c = g_utf8_get_char_validated (text, -1);

  if (words < MIN_TICKER_ITEM_WORDS || words > MAX_TICKER_ITEM_WORDS)
    return FALSE;
  return g_unichar_isupper (c) || g_unichar_isdigit (c) || g_unichar_ispunct (c);
}

/* Whether the @len bytes at @raw hold three spaces in a row, as g_strstr_len (raw, len, "   ")
 * but looking at one byte in three where there is none: a byte that is no space at @i + 2 ends
 * every run that could start at @i, @i + 1 or @i + 2. */
static gboolean
has_gap (const char *raw, gsize len)
{
  gsize i = 0;

  while (i + 3 <= len)
    if (raw[i + 2] != ' ')
      i += 3;
    else if (raw[i + 1] != ' ')
      i += 2;
    else if (raw[i] != ' ')
      i += 1;
    else
      return TRUE;
  return FALSE;
}

/* Whether the bytes from @p to @end are only spaces. */
static gboolean
is_blank_to (const char *p, const char *end)
{
  for (; p < end; p++)
    if (*p != ' ' && *p != '\t')
      return FALSE;
  return TRUE;
}

gboolean
cmq_importer_is_ticker (const char *raw, gsize len)
{
  const char *end = raw + len;
  const char *p = raw;
  guint items = 0;

  /* most lines have no run of spaces at all */
  if (!has_gap (raw, len))
    return FALSE;
  while (p < end)
    {
      const char *item;
      const char *item_end;
      gsize gap = 0;

      while (p < end && (*p == ' ' || *p == '\t'))
        p++;
      if (p == end)
        break;
      /* the item ends at a run of spaces, or at the line's end */
      for (item = item_end = p; p < end && gap < MIN_TICKER_GAP; p++)
        if (*p == ' ' || *p == '\t')
          gap++;
        else
          {
            gap = 0;
            item_end = p + 1;
          }
      if (!is_ticker_item (item, (gsize) (item_end - item)))
        return FALSE;
      /* a sentence's full stop before the line's end: sentences set apart by wide spaces */
      if (item_end[-1] == '.' && !is_blank_to (p, end))
        return FALSE;
      items++;
    }
  return items >= MIN_TICKER_ITEMS;
}
