/* cmq-importer-blocks.c: a block of the story's own lines without a full stop (a table, a list of
 * names, a speech's title block), kept whole rather than read as photo captions (issue 11: "a
 * story paragraph is never dropped").
 *
 * A photo's caption stands alone under its picture, with its credit at most: one line without a
 * full stop, two. Three or more such lines in a row, with the story going on under them in a
 * sentence, are a block the story is made of: a table flattened into lines ("Andet**-1,4"), the
 * names of a list ("Prof. dr. C.W.J. Beenakker, Theoretische natuurkunde, Universiteit Leiden,"),
 * the title block of a speech ("DECLARATION DE POLITIQUE ETRANGERE", "présentée par", the
 * speaker's titles) over its salutation. The site's furniture inside the story (a share bar,
 * "Published") is chrome before paragraphs are made (cmq-importer-roles.c), so a run of it does
 * not reach here.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include "cmq-importer-private.h"

/* A photo and its credit make two lines without a full stop; a block of the story has more. */
#define MIN_BLOCK_PARAGRAPHS 3

gboolean *
cmq_importer_find_story_blocks (GPtrArray *paragraphs)
{
  gboolean *block = g_new0 (gboolean, paragraphs->len + 1);
  guint start = 1;

  /* The first paragraph is the lead, never a caption: a block starts under it. */
  while (start < paragraphs->len)
    {
      guint end = start;

      while (end < paragraphs->len &&
             !cmq_importer_ends_sentence (g_ptr_array_index (paragraphs, end)))
        end++;
      /* @end is the sentence the story goes on with, or the end of the dump */
      if (end - start >= MIN_BLOCK_PARAGRAPHS && end < paragraphs->len)
        for (guint i = start; i < end; i++)
          block[i] = TRUE;
      start = end + 1;
    }
  return block;
}
