/* cmq-importer-saidnames.c: a name that a page writes alone on its line twice (an
 * organisation's name in each of two blocks of media contacts, a section's name in the page's
 * title and its heading) and says again inside a longer line, the story's sentence or the
 * signature after it: an organisation's or a section's name, never the headline, whatever the
 * site and the language. A headline written twice is seldom said a third time inside another
 * line; a name is, as the subject of the lead or in the signature ("Service communication du
 * diocèse de …").
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-headlabels.h"

/* Whether the key @key is inside the longer key @other as whole words, with words around it
 * that are not all the site's interface: a sentence or a signature, not a share or breadcrumb
 * line that repeats the page's title ("Share on Twitter: …", "Home News …"). */
static gboolean
holds_words (const char *other, const char *key, gsize len)
{
  for (const char *at = strstr (other, key); at != NULL; at = strstr (at + 1, key))
    if ((at == other || at[-1] == ' ') && (at[len] == '\0' || at[len] == ' '))
      {
        g_autofree char *before = g_strstrip (g_strndup (other, at - other));
        g_autofree char *rest =
            g_strstrip (g_strjoin (" ", before, at + len + (at[len] == ' '), NULL));

        if (!cmq_importer_is_interface_line (rest, cmq_importer_count_words (rest)))
          return TRUE;
      }
  return FALSE;
}

gboolean
cmq_importer_is_name_said_again (GArray *lines, const LineInfo *info, guint i)
{
  const char *key = g_array_index (lines, Line, i).key;
  gsize len = key != NULL ? strlen (key) : 0;
  guint copies = 0;
  gboolean inside = FALSE;

  if (len == 0 || info[i].words < MIN_HEADLINE_WORDS)
    return FALSE;
  for (guint k = 0; k < lines->len && copies < 2; k++)
    {
      const char *other = g_array_index (lines, Line, k).key;

      if (k == i || other == NULL || is_blank (lines, k))
        continue;
      if (strcmp (other, key) == 0)
        copies++;
      else if (!inside && strlen (other) > len)
        inside = holds_words (other, key, len);
    }
  return copies == 1 && inside;
}
