/* cmq-importer-blocks.c: a block of the story's own lines without a full stop (a table, a list of
 * names, a speech's title block), kept whole rather than read as photo captions (issue 11: "a
 * story paragraph is never dropped").
 *
 * A photo's caption stands alone under its picture, with its credit at most: one line without a
 * full stop, two. Three or more such lines in a row, with the story going on under them in a
 * sentence, are a block the story is made of: a table flattened into lines ("Andet**-1,4"), the
 * names of a list ("Prof. dr. C.W.J. Beenakker, Theoretische natuurkunde, Universiteit Leiden,"),
 * the title block of a speech ("DECLARATION DE POLITIQUE ETRANGERE", "présentée par", the
 * speaker's titles) over its salutation. A run that holds a line of the site's known furniture
 * is the site's. A media advisory's fields ("WO: …") are its text, kept one by one as well.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* A photo and its credit make two lines without a full stop; a block of the story has more. */
#define MIN_BLOCK_PARAGRAPHS 3

/* A line of the site's known furniture (chrome-phrases.txt), or one of its long phrases with a
 * word or two changed ("You have successfully creatd your account"): a run that holds one is the
 * site's, a sign-in box's lines, not a block of the story. */
static gboolean
is_furniture (const char *paragraph, const char *key)
{
  guint n_words = cmq_importer_count_words (key);

  return cmq_importer_is_known_chrome (paragraph, key, n_words) ||
         cmq_importer_is_near_known_chrome (key, n_words);
}

gboolean *
cmq_importer_find_story_blocks (GPtrArray *paragraphs, GPtrArray *keys)
{
  gboolean *block = g_new0 (gboolean, paragraphs->len + 1);
  guint start = 1;

  /* The first paragraph is the lead, never a caption: a block starts under it. */
  while (start < paragraphs->len)
    {
      guint end = start;
      gboolean furniture = FALSE;

      for (; end < paragraphs->len &&
             !cmq_importer_ends_sentence (g_ptr_array_index (paragraphs, end));
           end++)
        furniture = furniture || is_furniture (g_ptr_array_index (paragraphs, end),
                                               g_ptr_array_index (keys, end));
      /* @end is the sentence the story goes on with, or the end of the dump; over the block, a
       * whole sentence of the story, not the tail of one cut by the page's furniture ("code to
       * reset your password.") */
      if (end - start >= MIN_BLOCK_PARAGRAPHS && end < paragraphs->len && !furniture &&
          !g_unichar_islower (g_utf8_get_char (g_ptr_array_index (paragraphs, start - 1))))
        for (guint i = start; i < end; i++)
          block[i] = TRUE;
      start = end + 1;
    }
  /* A media advisory's field ("WO: An der Landesvertretung, Berlin") is its text, never a
   * caption, though it ends no sentence (cmq-importer-fieldleads.c). */
  for (guint i = 1; i < paragraphs->len; i++)
    block[i] = block[i] || cmq_importer_is_advisory_field (g_ptr_array_index (paragraphs, i));
  return block;
}
