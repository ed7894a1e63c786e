/* cmq-utf8.c: UTF-8 validation that skips ASCII quickly (see cmq-utf8.h).
 *
 * GLib 2.74 checks every byte on its own, about nine instructions each; the importer validates
 * every file and the date finder every text it is given, and they are ASCII but for a few
 * quotation marks and accents. A multi-byte character never holds an ASCII byte, so the text is
 * valid exactly when each run of bytes from 0x80 up is: GLib validates those runs.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-utf8.h"

gboolean
cmq_utf8_validate_len (const char *text, gsize length)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  gsize i = 0;

  while (i < length)
    {
      guint64 word;
      guint64 stops;
      gsize start;

      /* eight ASCII bytes, none of them NUL */
      if (length - i >= sizeof word)
        {
          memcpy (&word, text + i, sizeof word);
          stops = (word | ((word - ones) & ~word)) & highs;

          if (stops == 0)
            {
              i += sizeof word;
              continue;
            }
          /* Straight to the first byte that may stop: the ones before it are ASCII and not NUL
           * (a borrow only runs upwards from a zero byte, to the bytes after it). */
          if (G_BYTE_ORDER == G_LITTLE_ENDIAN)
            i += (gsize) __builtin_ctzll (stops) / 8;
        }
      if (text[i] == '\0')
        return FALSE;
      if ((guchar) text[i] < 0x80)
        {
          i++;
          continue;
        }
      start = i;
      while (i < length && (guchar) text[i] >= 0x80)
        i++;
      if (!g_utf8_validate_len (text + start, i - start, NULL))
        return FALSE;
    }
  return TRUE;
}
