/* cmq-importer-kindtitles.c: a page whose only title is a kind's line that names more than its
 * kind ("Communiqué de la présidence" over a president's letter, heldout38 montp3-01; the page's
 * address slug is the same words): the line is read for the kind, and was then lost as the
 * headline, the title being made from the story's first words. With no other headline over the
 * story, it is the headline too. A kind's phrase alone ("Communiqué de presse", "Press
 * Release") names nothing and stays a label.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-kindtitles.h"
#include "cmq-importer-private.h"

guint
cmq_importer_kind_line_headline (GArray *lines, const LineInfo *info, guint first)
{
  gboolean bare;
  guint start = cmq_importer_salutation_start (lines, info, first, &bare);
  guint top = start < lines->len ? nonblank_above (lines, start) : lines->len;
  const char *text;
  g_autofree char *folded = NULL;
  gsize n;

  if (top == lines->len || role_at (lines, top) != CMQ_LINE_KIND ||
      info[top].words < MIN_HEADLINE_WORDS || info[top].words > MAX_HEADLINE_WORDS)
    return lines->len;
  text = g_array_index (lines, Line, top).text;
  folded = cmq_importer_fold (text);
  n = cmq_importer_kind_phrase_length (folded);
  /* the kind's phrase, then words of the line's own (a colon or a number alone is a label's) */
  if (n == 0 || cmq_importer_count_words (folded + n) == 0 ||
      strpbrk (folded + n, ":0123456789") != NULL || !g_unichar_isupper (g_utf8_get_char (text)))
    return lines->len;
  set_role (lines, top, CMQ_LINE_HEADLINE);
  return top;
}
