/* cmq-importer-gluedstamps.c: a page's date stamp glued, without a space, before the story's
 * first line ("16 June 2009 16 June 2009NEW YORK, 16 June 2009 – Ahead of …", "03 July 2017
 * 03 July 2017GENEVA, 3 July 2017—Ghana has pledged …", heldout21 unaids-01, unaids-02): the
 * page shows its date (once, or twice, as its list and its heading do) in an element of its own,
 * which the copy ran into the dateline. A year's last figure right before a capital is no word
 * a sentence writes: the date is the page's stamp, a line of its own, and the story starts at
 * the capital.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* A stamp opens the line within this many bytes: two dates and their spaces at most. */
#define MAX_STAMP_BYTES 64

/* A full date: a day, a month's name (any language: the glue is the signal, not the word) and
 * a year; the month first; or numeric. */
#define STAMP_DATE                                                                                 \
  "(?:\\d{1,2}(?:st|nd|rd|th|er|\\.)?\\s+\\p{L}{3,10}\\.?,?\\s+\\d{4}"                             \
  "|\\p{L}{3,10}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,\\s+\\d{4}"                                       \
  "|\\d{1,2}[./]\\d{1,2}[./]\\d{4}|\\d{4}-\\d{2}-\\d{2})"

/* Whether one of the eight bytes of @x is an ASCII figure, exactly: for a byte below 0x80, the
 * first term's high bit is set when it is at most '9', the last's when it is at least '0'; ~@x
 * leaves out the bytes above ASCII. No carry crosses from byte to byte. */
static inline gboolean
has_ascii_figure (guint64 x)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 low7 = ones * 0x7F;
  const guint64 highs = ones * 0x80;

  return ((ones * (127 + '9' + 1) - (x & low7)) & ~x & ((x & low7) + ones * (127 - ('0' - 1))) &
          highs) != 0;
}

/* Whether a year's last figure is glued to an ASCII capital in @text's first bytes: most lines
 * have none and are not given to the regex. Eight bytes without a figure, outside a run of
 * figures, are passed over at once. */
static gboolean
may_hold_glued_stamp (const char *text)
{
  guint figures = 0;
  gsize len;

  if (!g_ascii_isalnum (text[0]))
    return FALSE;
  len = strnlen (text, MAX_STAMP_BYTES);
  for (gsize i = 0; i < len; i++)
    {
      guint64 block;

      if (figures == 0 && len - i >= sizeof block)
        {
          memcpy (&block, text + i, sizeof block);
          if (!has_ascii_figure (block))
            {
              i += sizeof block - 1;
              continue;
            }
        }
      if (g_ascii_isdigit (text[i]))
        figures++;
      else if (figures >= 4 && g_ascii_isupper (text[i]))
        return TRUE;
      else
        figures = 0;
    }
  return FALSE;
}

/* The length of the date stamp glued at @text's start (the first date, when the page printed it
 * twice), and in @glued where the text glued to it starts; 0 when there is none. */
static gsize
glued_stamp (const char *text, gsize *glued)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  int date_end = 0, end = 0;

  if (!may_hold_glued_stamp (text))
    return 0;
  cmq_regex_get (&initialised, &regex,
                 "^(" STAMP_DATE ")(?:\\s+" STAMP_DATE ")?(?=(?-i)\\p{Lu}\\p{L})()");
  if (!cmq_regex_find (regex, text, 1, NULL, &date_end) ||
      !cmq_regex_find (regex, text, 2, &end, NULL) || (gsize) end > MAX_STAMP_BYTES)
    return 0;
  *glued = (gsize) end;
  return (gsize) date_end;
}

void
cmq_importer_split_glued_stamp (GArray *lines, Line *line)
{
  gsize glued = 0;
  gsize stamp = glued_stamp (line->text, &glued);
  Line date, blank;
  char *rest;

  if (stamp == 0)
    return;
  date = (Line){ g_strndup (line->text, stamp), NULL, FALSE };
  blank = (Line){ g_strdup (""), NULL, FALSE };
  g_array_append_val (lines, date);
  g_array_append_val (lines, blank);
  rest = g_strdup (line->text + glued);
  g_free (line->text);
  line->text = rest;
}
