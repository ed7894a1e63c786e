/* cmq-importer-credited.c: a picture's caption block between the headline and the story, its
 * credit line ("© Présidence de CI par DR") over the caption and the picture's own date and place
 * ("Cérémonie d`ouverture du sommet extraordinaire de la CEDEAO à Accra" over "Jeudi 06 novembre
 * 2014. Accra", heldout17 ecowas-01): captions, never the headline, and the picture's date no
 * release-date line for a heading above it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-date.h"
#include "cmq-importer-roles-private.h"

/* A caption's line is this many words at most, its block this many lines. */
#define MAX_CAPTION_LINE_WORDS  20
#define MAX_CAPTION_BLOCK_LINES 5

/* Whether @text holds a full date (the picture's). */
static gboolean
holds_full_date (const char *text)
{
  CmqDateGuess guess;

  memset (&guess, 0, sizeof guess);
  return strpbrk (text, "0123456789") != NULL &&
         cmq_date_find_full (text, NULL, NULL, CMQ_DATE_FIND_ANY_LANGUAGE, NULL, &guess) &&
         guess.year != 0 && guess.day != 0;
}

/* The block of lines from @start (filled, all short) to the next blank line:
 * whether a credit line in it has the caption under it and a dated line last. */
static gboolean
is_credited_block (GArray *lines, const LineInfo *info, guint start, guint end)
{
  guint credit = end;

  if (end - start < 3 || end - start > MAX_CAPTION_BLOCK_LINES)
    return FALSE;
  for (guint i = start; i < end; i++)
    {
      if (info[i].words > MAX_CAPTION_LINE_WORDS)
        return FALSE;
      if (credit == end && strstr (g_array_index (lines, Line, i).text, "©") != NULL &&
          cmq_importer_is_credit (g_array_index (lines, Line, i).text))
        credit = i;
    }
  return credit + 2 < end && holds_full_date (g_array_index (lines, Line, end - 1).text);
}

void
cmq_importer_mark_credited_captions (GArray *lines, const LineInfo *info, guint first)
{
  gboolean above = FALSE;

  for (guint start = 0; start < first;)
    {
      guint end = start;

      if (is_blank (lines, start))
        {
          start++;
          continue;
        }
      while (end < first && !is_blank (lines, end))
        end++;
      if (above && end < first && is_credited_block (lines, info, start, end))
        for (guint i = start; i < end; i++)
          set_role (lines, i, CMQ_LINE_CAPTION);
      above = TRUE;
      start = end;
    }
}
