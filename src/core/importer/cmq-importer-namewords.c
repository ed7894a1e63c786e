/* cmq-importer-namewords.c: the words of a line as written, and the names two lines share: what
 * tells a headline over its subtitle, both speaking of the same thing, from a site's line over a
 * headline (cmq-importer-text.c, cmq-importer-datedsubtitles.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-namewords.h"
#include "cmq-importer-roles-private.h"

/* An acronym has this many capitals at least ("OPCW", "ECB", "SIDA"). */
#define MIN_ACRONYM_BYTES 3

const char *
cmq_importer_next_word (const char **at, gsize *len)
{
  const char *p = *at, *start;

  while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  if (*p == '\0')
    return NULL;
  for (start = p; *p != '\0' && g_unichar_isalnum (g_utf8_get_char (p));)
    p = g_utf8_next_char (p);
  *len = p - start;
  *at = p;
  return start;
}

/* "OPCW": a word of @len bytes in capitals alone, a name however short. */
static gboolean
is_acronym (const char *word, gsize len)
{
  if (len < MIN_ACRONYM_BYTES)
    return FALSE;
  for (gsize k = 0; k < len; k++)
    if (!g_ascii_isupper (word[k]))
      return FALSE;
  return TRUE;
}

gboolean
cmq_importer_shares_name (const char *a, const char *b)
{
  const char *p, *q;
  gsize len, other;

  for (const char *at = a; (p = cmq_importer_next_word (&at, &len)) != NULL;)
    {
      if (len < MIN_SHARED_WORD_BYTES && !is_acronym (p, len))
        continue;
      for (const char *bt = b; (q = cmq_importer_next_word (&bt, &other)) != NULL;)
        if (other == len && memcmp (p, q, len) == 0)
          return TRUE;
    }
  return FALSE;
}
