/* cmq-importer-echoed.c: the page's title echoed by a label line under it. A headline-shaped line
 * above the story ("Séance spéciale du Conseil fédéral du 23 février 2000") whose words come back
 * whole at the end of a lower line of the head, after a few words that label it ("Communiqué
 * relatif à la séance spéciale du Conseil fédéral du 23 février 2000", heldout17
 * switzerland-council-01), or alone on the label's next line when the label is wrapped: the page says twice what the release is about, so the upper line is
 * the headline, and whatever short line was found nearer the story is its deck.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* The words that label the echo, before the title's, are this few at most. */
#define MAX_ECHO_LABEL_WORDS 5

/* Whether @other, a line's key, is @key, or ends with it after one to MAX_ECHO_LABEL_WORDS
 * words. */
static gboolean
echoes (const char *other, const char *key)
{
  gsize len = strlen (key), other_len = strlen (other);
  g_autofree char *label = NULL;

  if (strcmp (other, key) == 0)
    return TRUE;
  if (other_len <= len + 1 || other[other_len - len - 1] != ' ' ||
      strcmp (other + other_len - len, key) != 0)
    return FALSE;
  label = g_strndup (other, other_len - len - 1);
  return cmq_importer_count_words (label) <= MAX_ECHO_LABEL_WORDS;
}

/* Whether a line from @from to @to (both included) echoes line @title's key. */
static gboolean
echoed_between (GArray *lines, guint title, guint from, guint to)
{
  const char *key = g_array_index (lines, Line, title).key;

  for (guint k = from; k <= to; k++)
    if (!is_blank (lines, k) && echoes (g_array_index (lines, Line, k).key, key))
      return TRUE;
  return FALSE;
}

guint
cmq_importer_echoed_title (GArray *lines, const LineInfo *info, guint headline)
{
  guint seen = 0;
  const char *found = g_array_index (lines, Line, headline).key;

  for (guint i = headline; i-- > 0 && seen < MAX_HEAD_LINES;)
    {
      if (is_blank (lines, i))
        continue;
      seen++;
      if (g_strcmp0 (g_array_index (lines, Line, i).key, found) == 0)
        return lines->len; /* the headline found, written twice: it stands */
      if (info[i].words >= MIN_REPEATED_HEADLINE_WORDS &&
          cmq_importer_is_fresh_headline (lines, info, i) &&
          echoed_between (lines, i, i + 1, headline))
        {
          set_role (lines, headline, CMQ_LINE_STANDFIRST);
          set_role (lines, i, CMQ_LINE_HEADLINE);
          return i;
        }
    }
  return lines->len;
}
