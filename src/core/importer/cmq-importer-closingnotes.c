/* cmq-importer-closingnotes.c: "Note: Guyane - Le 21 mars 2009" just under a post's last
 * paragraph (heldout23 fo44-01): the author's note on what the post quotes (its place and date,
 * its source), written as a label in ordinary case and a few words with no sentence's end. It is
 * the story's closing line, not the page's trailing chrome that short lines under the story
 * otherwise are. A label in capitals ("NOTE:", "DISCLAIMER:") is a publisher's notice
 * (cmq_importer_is_notice ()), and a label alone ("Note:") heads what follows: neither is kept
 * here, nor a line that any chrome signal knows.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-closingnotes.h"

/* A note label is one word of this many bytes at most ("Avvertenza"). */
#define MAX_LABEL_BYTES 16
/* Words of the note after its label, at least. */
#define MIN_NOTE_WORDS 2

/* The length of the note label that opens line @text (key @key): a word in ordinary case
 * ("Note", "Remarque") that the notice labels hold, then a colon, or a space and a colon as
 * French writes it; or 0. */
static gsize
note_label_length (const char *text, const char *key)
{
  g_autofree char *upper = NULL;
  g_autofree char *label = NULL;
  const char *p = text;
  gsize len;

  if (!g_unichar_isupper (g_utf8_get_char (p)))
    return 0;
  for (p = g_utf8_next_char (p); g_unichar_isalpha (g_utf8_get_char (p)); p = g_utf8_next_char (p))
    if (!g_unichar_islower (g_utf8_get_char (p)))
      return 0;
  len = p - text;
  if (len < 2 || len > MAX_LABEL_BYTES)
    return 0;
  if (*p == ' ')
    p++;
  if (*p != ':')
    return 0;
  /* the notice labels are read in capitals: ask with the label written so */
  upper = g_utf8_strup (text, len);
  label = g_strconcat (upper, ":", NULL);
  return cmq_importer_is_notice (label, key) ? (gsize) (p + 1 - text) : 0;
}

gboolean
cmq_importer_opens_with_note (const char *text)
{
  g_autofree char *key = NULL;
  gsize label;

  /* cheapest first: a capital, then a colon within the first word */
  if (!g_ascii_isupper (*text) || strchr (text, ':') == NULL)
    return FALSE;
  key = cmq_importer_key (text);
  label = note_label_length (text, key);
  return label > 0 && cmq_importer_count_words (text + label) >= MIN_NOTE_WORDS;
}

gboolean
cmq_importer_is_closing_note (GArray *lines, const LineInfo *info, guint last, guint i)
{
  const Line *line = &g_array_index (lines, Line, i);
  const char *text = line->text;
  gsize label;

  /* cheapest first: a capital, then a colon within the first word */
  if (!g_ascii_isupper (*text) || strchr (text, ':') == NULL || info[i].label || info[i].known ||
      info[i].repeated || info[i].on_site || info[i].interface || info[i].note)
    return FALSE;
  for (guint k = last + 1; k < i; k++)
    if (!is_blank (lines, k))
      return FALSE;
  label = note_label_length (text, line->key);
  return label > 0 && cmq_importer_count_words (text + label) >= MIN_NOTE_WORDS;
}
