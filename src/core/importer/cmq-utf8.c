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
      gsize start;

      /* eight ASCII bytes, none of them NUL */
      if (length - i >= sizeof word)
        {
          memcpy (&word, text + i, sizeof word);
          if (((word | ((word - ones) & ~word)) & highs) == 0)
            {
              i += sizeof word;
              continue;
            }
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
