/* cmq-importer-keychar.c: a key's characters beyond ASCII (cmq_importer_key ()), each decomposed
 * and looked up in GLib's tables once: a French line decomposed its "é" and its quote marks again
 * at every line, and that was a fifth of the cost of keying a line.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include "cmq-importer-private.h"

/* The characters whose keying is kept: Latin letters with their accents, the other alphabets of
 * Europe and the general punctuation (quote marks, dashes, spaces). */
#define N_KEPT 0x2100

/* What keying a character does, in the low byte of an entry; KEYED_CHAR has the character it
 * writes above that byte. Anything else (a decomposition that writes a letter and a space, two
 * letters, or a combining mark) is KEYED_SLOW: worked out again each time, by the one loop. */
enum
{
  KEYED_UNKNOWN = 0,
  KEYED_SLOW,
  KEYED_NOTHING,
  KEYED_SPACE,
  KEYED_CHAR,
};

/* Spaces and the quote marks folding makes straight are not letters either. */
static gboolean
is_separator (gunichar d)
{
  return cmq_importer_is_space_char (d) || d == 0x2019 || d == 0x2018 || d == 0x02BC ||
         d == 0x201C || d == 0x201D || d == 0x201E || d == 0x00AB || d == 0x00BB;
}

static void
reserve (char **buf, gsize n, gsize *cap, gsize need)
{
  if (G_UNLIKELY (n + need + 1 > *cap))
    {
      *cap = 2 * *cap + need + 1;
      *buf = g_realloc (*buf, *cap);
    }
}

/* The definition: the lower case of each letter or digit of @c's canonical decomposition, with
 * the non-spacing marks left out; FALSE for another combining mark (the slow path's). */
static gboolean
key_decomposed (gunichar c, char **buf, gsize *n, gsize *cap, gboolean *pending_space)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize count = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));

  for (gsize i = 0; i < count; i++)
    {
      gunichar d = decomposed[i];

      if (g_unichar_type (d) == G_UNICODE_NON_SPACING_MARK)
        continue;
      if (g_unichar_combining_class (d) != 0)
        return FALSE;
      if (is_separator (d) || !g_unichar_isalnum (d = g_unichar_tolower (d)))
        {
          *pending_space = *n > 0;
          continue;
        }
      /* A space and a character of at most 6 bytes. */
      reserve (buf, *n, cap, 7);
      if (*pending_space)
        (*buf)[(*n)++] = ' ';
      *pending_space = FALSE;
      *n += g_unichar_to_utf8 (d, *buf + *n);
    }
  return TRUE;
}

/* What key_decomposed () does with @c, when it is one of the KEYED_* that say it whole. */
static gint
classify (gunichar c)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize count = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));
  gunichar kept = 0;
  gboolean space = FALSE;

  for (gsize i = 0; i < count; i++)
    {
      gunichar d = decomposed[i];

      if (g_unichar_type (d) == G_UNICODE_NON_SPACING_MARK)
        continue;
      if (g_unichar_combining_class (d) != 0 || kept != 0)
        return KEYED_SLOW;
      if (is_separator (d) || !g_unichar_isalnum (d = g_unichar_tolower (d)))
        space = TRUE;
      else if (space)
        return KEYED_SLOW;
      else
        kept = d;
    }
  if (kept != 0)
    return (gint) (kept << 8) | KEYED_CHAR;
  return space ? KEYED_SPACE : KEYED_NOTHING;
}

gboolean
cmq_importer_key_char (gunichar c, char **buf, gsize *n, gsize *cap, gboolean *pending_space)
{
  /* Filled as characters are met; two threads that meet one at once write the same entry. */
  static gint kept[N_KEPT];
  gint entry;

  if (c >= N_KEPT)
    return key_decomposed (c, buf, n, cap, pending_space);
  entry = g_atomic_int_get (&kept[c]);
  if (entry == KEYED_UNKNOWN)
    {
      entry = classify (c);
      g_atomic_int_set (&kept[c], entry);
    }
  switch (entry & 0xFF)
    {
    case KEYED_NOTHING:
      return TRUE;
    case KEYED_SPACE:
      *pending_space = *n > 0;
      return TRUE;
    case KEYED_CHAR:
      reserve (buf, *n, cap, 7);
      if (*pending_space)
        (*buf)[(*n)++] = ' ';
      *pending_space = FALSE;
      *n += g_unichar_to_utf8 ((gunichar) entry >> 8, *buf + *n);
      return TRUE;
    default:
      return key_decomposed (c, buf, n, cap, pending_space);
    }
}
