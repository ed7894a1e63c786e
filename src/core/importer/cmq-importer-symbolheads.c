/* cmq-importer-symbolheads.c: the emoji or symbols a site puts before a headline ("🔴
 * COMMUNIQUÉ DU PRÉSIDENT", "► Nouveau service", "★ New opening hours"), on any site and in any
 * language: marks of the line, not its words, so the headline and a kind label start after them.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include "cmq-importer-private.h"

/* A line opens with this many such marks at most. */
#define MAX_LEADING_SYMBOLS 3

/* Whether @c is a pictograph or symbol (an emoji, a geometric shape, a star), or what joins or
 * varies one (the zero-width joiner, a variation selector). Bullets are punctuation, not these. */
static gboolean
is_mark_symbol (gunichar c)
{
  return g_unichar_type (c) == G_UNICODE_OTHER_SYMBOL || c == 0x200D ||
         (c >= 0xFE00 && c <= 0xFE0F);
}

gsize
cmq_importer_leading_symbols_length (const char *text)
{
  const char *p = text;
  guint symbols = 0;

  while (*p != '\0' && is_mark_symbol (g_utf8_get_char (p)))
    {
      symbols += g_utf8_get_char (p) != 0x200D && g_utf8_get_char (p) < 0xFE00;
      p = g_utf8_next_char (p);
    }
  if (p == text || symbols > MAX_LEADING_SYMBOLS || *p != ' ')
    return 0;
  while (*p == ' ')
    p++;
  /* a word follows: a letter or a figure */
  return g_unichar_isalnum (g_utf8_get_char (p)) ? (gsize) (p - text) : 0;
}
