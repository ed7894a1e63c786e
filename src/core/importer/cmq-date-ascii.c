/* cmq-date-ascii.c: the text the dates are read in, folded to ASCII as g_str_to_ascii (@text,
 * "C") does, but faster: ASCII is copied as it is, and a text may be folded a part at a time.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-date"

#include <string.h>

#include "cmq-date-private.h"

/* g_str_to_ascii (@text, "C"), which reads each character with at most the one after it and
 * only when both are non-ASCII: ASCII is copied as it is and only runs of other characters are
 * handed to it, without walking the whole text character by character. */
static char *
char_to_ascii (const char *start, gsize len)
{
  g_autofree char *run = g_strndup (start, len);

  return g_str_to_ascii (run, "C");
}

/* g_str_to_ascii() of a character alone, for the characters releases hold most (Latin letters,
 * typographic punctuation): filled as they are met, by whichever thread meets them first. */
#define CACHED_FIRST 0x80
#define CACHED_LAST  0x206F

static const char *
cached_char_to_ascii (gunichar c, const char *start, gsize len)
{
  static char *cache[CACHED_LAST - CACHED_FIRST + 1];
  char **slot = &cache[c - CACHED_FIRST];
  char *ascii = g_atomic_pointer_get (slot);

  if (ascii == NULL)
    {
      ascii = char_to_ascii (start, len);
      if (!g_atomic_pointer_compare_and_exchange (slot, NULL, ascii))
        {
          g_free (ascii);
          ascii = g_atomic_pointer_get (slot);
        }
    }
  return ascii;
}

void
cmq_date_append_ascii (GString *out, const char *text, gsize len)
{
  const char *p = text;
  const char *end = text + len;

  while (p < end)
    {
      const char *start = p;

      while (p < end && (guchar) *p < 0x80)
        p++;
      g_string_append_len (out, start, p - start);
      start = p;
      while (p < end && (guchar) *p >= 0x80)
        p++;
      if (p > start && g_utf8_next_char (start) == p)
        {
          gunichar c = g_utf8_get_char (start);

          if (c >= CACHED_FIRST && c <= CACHED_LAST)
            {
              g_string_append (out, cached_char_to_ascii (c, start, p - start));
              continue;
            }
        }
      if (p > start)
        {
          g_autofree char *ascii = char_to_ascii (start, p - start);

          g_string_append (out, ascii);
        }
    }
}

char *
cmq_date_to_ascii (const char *text)
{
  gsize len = strlen (text);
  GString *out = g_string_sized_new (len);

  cmq_date_append_ascii (out, text, len);
  return g_string_free (out, FALSE);
}

gboolean
cmq_date_fold_more (CmqDateFolding *folding)
{
  const char *from = folding->text + folding->folded;
  gsize len = folding->length - folding->folded;
  gsize want = MAX (CMQ_DATE_FOLD_CHUNK, folding->folded);
  const char *space;

  if (len > want && (space = memchr (from + want, ' ', len - want)) != NULL)
    len = space + 1 - from;
  if (!cmq_utf8_validate_len (from, len))
    return FALSE;
  cmq_date_append_ascii (folding->ascii, from, len);
  folding->folded += len;
  return TRUE;
}

gboolean
cmq_date_fold_all (CmqDateFolding *folding)
{
  while (folding->folded < folding->length)
    if (!cmq_date_fold_more (folding))
      return FALSE;
  return TRUE;
}
