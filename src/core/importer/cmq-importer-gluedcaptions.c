/* cmq-importer-gluedcaptions.c: a photo's caption saved on the line of the story's first
 * paragraph, before its dateline in capitals: glued to it with no space ("Wethouder H.
 * VerkampenGEMERT - Stichting …", heldout23 sso-01) or ending with its credit in brackets ("… at
 * the summit. (Photo: X) BRUSSELS - The …"). The caption is cut off the paragraph, which opens
 * with its dateline, and kept as a caption.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* Where the dateline starts in @text, after a caption, or 0: a place of one to four words in
 * capitals ("GEMERT", "NEW YORK"), perhaps a date after a comma, a dash set apart by spaces, then
 * a capital. Before the place, either a lower-case letter it is glued to, or a credit in brackets
 * and a space. */
static gsize
glued_dateline (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  int start = -1;

  /* Most paragraphs have no dash set apart by spaces: no regex for them. */
  if (strstr (text, " - ") == NULL && strstr (text, " \u2013 ") == NULL &&
      strstr (text, " \u2014 ") == NULL)
    return 0;
  cmq_regex_get (&initialised, &regex,
                 "^(?-i)(?:.*\\p{Ll}|.*\\)\\s)"
                 "(\\p{Lu}{2,}(?:[ -]\\p{Lu}{2,}){0,3}(?:,[^.!?,]{1,40})?\\s[-–—]\\s[\\p{Lu}\"“])");
  if (!cmq_regex_find (regex, text, 1, &start, NULL) || start <= 0)
    return 0;
  return (gsize) start;
}

void
cmq_importer_cut_glued_caption (GArray *lines, const LineInfo *info, guint first,
                                CmqDumpParts *parts)
{
  Line *line;
  gsize start;
  g_autofree char *caption = NULL;
  char *rest;

  if (first >= lines->len || role_at (lines, first) != CMQ_LINE_STORY || !info[first].body)
    return;
  line = &g_array_index (lines, Line, first);
  start = glued_dateline (line->text);
  if (start == 0)
    return;
  caption = g_strchomp (g_strndup (line->text, start));
  /* a caption: short, and glued on, or closed by its credit */
  if (cmq_importer_count_words (caption) > MAX_CAPTION_WORDS ||
      (caption[strlen (caption) - 1] == ')' ? !cmq_importer_is_credit (caption)
                                            : line->text[start - 1] == ' '))
    return;
  rest = g_strdup (line->text + start);
  if (cmq_importer_count_words (rest) < MIN_BODY_WORDS)
    {
      g_free (rest);
      return;
    }
  g_free (line->text);
  line->text = rest;
  g_free (line->key);
  line->key = cmq_importer_key (rest);
  g_ptr_array_add (parts->captions, g_steal_pointer (&caption));
}
