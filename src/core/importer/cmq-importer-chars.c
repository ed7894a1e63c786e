/* cmq-importer-chars.c: what folding (cmq_importer_fold ()) and keys (cmq_importer_key ()) write
 * for a character beyond ASCII, each character decomposed and looked up in GLib's tables once: a
 * French line decomposed its "é" and its quote marks again at every line, and that was a fifth of
 * the cost of keying a line.
 *
 * Both work the same way: the character's canonical decomposition, its non-spacing marks left
 * out, each base character mapped to what is written (0: a space between words). Only the map
 * differs. What a character of the common alphabets and punctuation maps to is kept in a table
 * per map when it is at most one character or one space; anything else is worked out again.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include "cmq-importer-private.h"

/* The characters whose mapping is kept: Latin letters with their accents, the other alphabets of
 * Europe and the general punctuation (quote marks, dashes, spaces). */
#define N_KEPT 0x2100

/* What a character maps to, in the low byte of a table's entry; MAPPED_CHAR has the character
 * above that byte. MAPPED_LOOP: worked out again each time. */
enum
{
  MAPPED_UNKNOWN = 0,
  MAPPED_LOOP,
  MAPPED_NOTHING,
  MAPPED_SPACE,
  MAPPED_CHAR,
};

/* What a base character of a decomposition writes: a character, or 0 for a space. */
typedef gunichar (*CharMap) (gunichar d);

/* The apostrophes and quote marks folding makes straight. */
static gunichar
straight (gunichar d)
{
  if (d == 0x2019 || d == 0x2018 || d == 0x02BC || d == '`')
    return '\'';
  if (d == 0x201C || d == 0x201D || d == 0x201E || d == 0x00AB || d == 0x00BB)
    return '"';
  return d;
}

/* Folding: the lower case, quote marks straight; spaces are spaces. */
static gunichar
fold_map (gunichar d)
{
  return cmq_importer_is_space_char (d) ? 0 : g_unichar_tolower (straight (d));
}

/* Keys: letters and digits in lower case; anything else (spaces, the quote marks folding makes
 * straight, punctuation) parts words. */
static gunichar
key_map (gunichar d)
{
  gunichar lower;

  if (cmq_importer_is_space_char (d) || straight (d) != d)
    return 0;
  lower = g_unichar_tolower (d);
  return g_unichar_isalnum (lower) ? lower : 0;
}

/* The definition: each base character of @c's canonical decomposition (non-spacing marks left
 * out) mapped by @map into @mapped; their count, or -1 for another combining mark (the line then
 * takes the slow path). */
static gssize
map_decomposed (gunichar c, CharMap map, gunichar mapped[G_UNICHAR_MAX_DECOMPOSITION_LENGTH])
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize count = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));
  gssize n = 0;

  for (gsize i = 0; i < count; i++)
    {
      if (g_unichar_type (decomposed[i]) == G_UNICODE_NON_SPACING_MARK)
        continue;
      if (g_unichar_combining_class (decomposed[i]) != 0)
        return -1;
      mapped[n++] = map (decomposed[i]);
    }
  return n;
}

/* The table entry for @c: MAPPED_NOTHING, MAPPED_SPACE (spaces only) or one character; anything
 * else is MAPPED_LOOP. */
static gint
classify (gunichar c, CharMap map)
{
  gunichar mapped[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gssize count = map_decomposed (c, map, mapped);
  gunichar kept = 0;
  gboolean space = FALSE;

  if (count < 0)
    return MAPPED_LOOP;
  for (gssize i = 0; i < count; i++)
    {
      if (kept != 0)
        return MAPPED_LOOP;
      if (mapped[i] == 0)
        space = TRUE;
      else if (space)
        return MAPPED_LOOP;
      else
        kept = mapped[i];
    }
  if (kept != 0)
    return (gint) (kept << 8) | MAPPED_CHAR;
  return space ? MAPPED_SPACE : MAPPED_NOTHING;
}

/* What @c (beyond ASCII) writes under @map, from @table when kept there, into @mapped: the count,
 * or -1 for the slow path. Inlined so that each caller's map is known where it is used. */
G_ALWAYS_INLINE static inline gssize
map_char (gint *table, gunichar c, CharMap map, gunichar mapped[G_UNICHAR_MAX_DECOMPOSITION_LENGTH])
{
  gint entry;

  if (c >= N_KEPT)
    return map_decomposed (c, map, mapped);
  /* Filled as characters are met; two threads that meet one at once write the same entry. */
  entry = g_atomic_int_get (&table[c]);
  if (entry == MAPPED_UNKNOWN)
    {
      entry = classify (c, map);
      g_atomic_int_set (&table[c], entry);
    }
  switch (entry & 0xFF)
    {
    case MAPPED_NOTHING:
      return 0;
    case MAPPED_SPACE:
      mapped[0] = 0;
      return 1;
    case MAPPED_CHAR:
      mapped[0] = (gunichar) entry >> 8;
      return 1;
    default:
      return map_decomposed (c, map, mapped);
    }
}

gboolean
cmq_importer_fold_char (gunichar c, GString *out, gboolean *pending_space)
{
  static gint table[N_KEPT];
  gunichar mapped[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gssize count = map_char (table, c, fold_map, mapped);

  if (count < 0)
    return FALSE;
  for (gssize i = 0; i < count; i++)
    {
      if (mapped[i] == 0)
        {
          *pending_space = out->len > 0;
          continue;
        }
      if (*pending_space)
        g_string_append_c (out, ' ');
      *pending_space = FALSE;
      g_string_append_unichar (out, mapped[i]);
    }
  return TRUE;
}

gboolean
cmq_importer_key_char (gunichar c, char **buf, gsize *n, gsize *cap, gboolean *pending_space)
{
  static gint table[N_KEPT];
  gunichar mapped[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gssize count = map_char (table, c, key_map, mapped);

  if (count < 0)
    return FALSE;
  for (gssize i = 0; i < count; i++)
    {
      if (mapped[i] == 0)
        {
          *pending_space = *n > 0;
          continue;
        }
      /* A space and a character of at most 6 bytes. */
      if (G_UNLIKELY (*n + 8 > *cap))
        {
          *cap = 2 * *cap + 8;
          *buf = g_realloc (*buf, *cap);
        }
      if (*pending_space)
        (*buf)[(*n)++] = ' ';
      *pending_space = FALSE;
      *n += g_unichar_to_utf8 (mapped[i], *buf + *n);
    }
  return TRUE;
}
