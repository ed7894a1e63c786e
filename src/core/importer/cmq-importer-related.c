/* cmq-importer-related.c: a line that announces the page's related content under the story
 * ("Sur le même sujet, vous pouvez également consulter nos articles:", heldout25 brive-01; "See
 * also our earlier releases", "À lire aussi"), with more words than the interface's own ("Voir
 * aussi"): it opens the section of links, never ends the story. Its opening words are data
 * (related-openers.txt), in every language the importer knows.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

#define RELATED_OPENERS_PATH "/io/github/communique/Communique/core/related-openers.txt"

/* Such a line is this short: a sentence of the story that mentions related work is longer. */
#define MAX_RELATED_LINE_WORDS 14

/* The keys of related-openers.txt, loaded once. */
static GPtrArray *
related_openers_get (void)
{
  static gsize init = 0;
  static GPtrArray *openers = NULL;

  if (g_once_init_enter (&init))
    {
      openers = cmq_importer_data_keys (RELATED_OPENERS_PATH, "openers of related content");
      g_once_init_leave (&init, 1);
    }
  return openers;
}

/* Whether the last character of @text, trailing spaces aside, is @c. */
static gboolean
ends_with_char (const char *text, char c)
{
  gsize len = strlen (text);

  while (len > 0 && g_ascii_isspace (text[len - 1]))
    len--;
  return len > 0 && text[len - 1] == c;
}

gboolean
cmq_importer_is_related_opener (const char *text, const char *key, guint n_words)
{
  GPtrArray *openers;

  if (n_words == 0 || n_words > MAX_RELATED_LINE_WORDS)
    return FALSE;
  /* a colon announces the links; without one, the line states no sentence */
  if (!ends_with_char (text, ':') && cmq_importer_ends_sentence (text))
    return FALSE;
  openers = related_openers_get ();
  for (guint i = 0; i < openers->len; i++)
    {
      const char *opener = g_ptr_array_index (openers, i);
      gsize n;

      /* the first byte first: most openers differ from the key there */
      if (*key != *opener)
        continue;
      n = strlen (opener);
      if (strncmp (key, opener, n) == 0 && (key[n] == '\0' || key[n] == ' '))
        return TRUE;
    }
  return FALSE;
}
