/* cmq-importer-foldchar.c: a folded line's characters beyond ASCII (cmq_importer_fold ()), each
 * decomposed and looked up in GLib's tables once, as cmq-importer-keychar.c does for keys: folding
 * decomposed the "é" of a French line and its quote marks again at every line it folded.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include "cmq-importer-private.h"

/* The characters whose folding is kept: Latin letters with their accents, the other alphabets of
 * Europe and the general punctuation (quote marks, dashes, spaces). */
#define N_KEPT 0x2100

/* What folding a character does, in the low byte of an entry; FOLDED_CHAR has the character it
 * writes above that byte. Anything else (a decomposition into a space and a letter, or into two
 * letters) is FOLDED_LOOP: worked out again each time, by the one loop. */
enum
{
  FOLDED_UNKNOWN = 0,
  FOLDED_LOOP,
  FOLDED_SLOW,
  FOLDED_NOTHING,
  FOLDED_SPACE,
  FOLDED_CHAR,
};

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

/* The definition: the lower case of each character of @c's canonical decomposition, with the
 * non-spacing marks left out and the quote marks made straight; FALSE for another combining mark
 * (the slow path's). */
static gboolean
fold_decomposed (gunichar c, GString *out, gboolean *pending_space)
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
      if (cmq_importer_is_space_char (d))
        {
          *pending_space = out->len > 0;
          continue;
        }
      if (*pending_space)
        g_string_append_c (out, ' ');
      *pending_space = FALSE;
      g_string_append_unichar (out, g_unichar_tolower (straight (d)));
    }
  return TRUE;
}

/* What fold_decomposed () does with @c, when it is one of the FOLDED_* that say it whole. */
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
      if (g_unichar_combining_class (d) != 0)
        return FOLDED_SLOW;
      if (kept != 0)
        return FOLDED_LOOP;
      if (cmq_importer_is_space_char (d))
        space = TRUE;
      else if (space)
        return FOLDED_LOOP;
      else
        kept = g_unichar_tolower (straight (d));
    }
  if (kept != 0)
    return (gint) (kept << 8) | FOLDED_CHAR;
  return space ? FOLDED_SPACE : FOLDED_NOTHING;
}

gboolean
cmq_importer_fold_char (gunichar c, GString *out, gboolean *pending_space)
{
  /* Filled as characters are met; two threads that meet one at once write the same entry. */
  static gint kept[N_KEPT];
  gint entry;

  if (c >= N_KEPT)
    return fold_decomposed (c, out, pending_space);
  entry = g_atomic_int_get (&kept[c]);
  if (entry == FOLDED_UNKNOWN)
    {
      entry = classify (c);
      g_atomic_int_set (&kept[c], entry);
    }
  switch (entry & 0xFF)
    {
    case FOLDED_SLOW:
      return FALSE;
    case FOLDED_NOTHING:
      return TRUE;
    case FOLDED_SPACE:
      *pending_space = out->len > 0;
      return TRUE;
    case FOLDED_CHAR:
      if (*pending_space)
        g_string_append_c (out, ' ');
      *pending_space = FALSE;
      g_string_append_unichar (out, (gunichar) entry >> 8);
      return TRUE;
    default:
      return fold_decomposed (c, out, pending_space);
    }
}
