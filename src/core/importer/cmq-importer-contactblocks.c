/* cmq-importer-contactblocks.c: the press office's block that closes a release: a label
 * ("Atendimento exclusivo à imprensa:", "För ytterligare information, vänligen kontakta:"), then
 * short lines to the end of the dump (the office's name, an address, a telephone number, an
 * invitation to follow its channel), one of them at least an e-mail address or a telephone
 * number (heldout22 mdhc-01, heldout14 saab-01). Read by its shape, in any language: no story
 * paragraph ends with a label over contact details and nothing else.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* A line of the block is this short at most: "Acesse o canal do Ministério … no WhatsApp." */
#define MAX_BLOCK_LINE_WORDS 20

/* The block's label is this short at most: a prompt, not a paragraph ending on a colon. */
#define MAX_BLOCK_LABEL_WORDS 10

/* Its lines are this many at most under the label. */
#define MAX_BLOCK_LINES 8

guint
cmq_importer_contact_block_start (GArray *lines, const LineInfo *info, guint first)
{
  guint n_lines = 0;
  gboolean contact = FALSE;

  for (guint i = lines->len; i-- > first + 1 && n_lines <= MAX_BLOCK_LINES;)
    {
      const Line *line = &g_array_index (lines, Line, i);

      if (is_blank (lines, i))
        continue;
      if (info[i].words > MAX_BLOCK_LINE_WORDS)
        return lines->len;
      if (info[i].label && contact && info[i].words <= MAX_BLOCK_LABEL_WORDS &&
          !cmq_importer_is_contact_detail (line->text))
        {
          /* under the story: a story paragraph above the label */
          for (guint k = i; k-- > first;)
            if (info[k].body && role_at (lines, k) == CMQ_LINE_STORY)
              return i;
          return lines->len;
        }
      contact = contact || cmq_importer_is_contact_detail (line->text);
      n_lines++;
    }
  return lines->len;
}
