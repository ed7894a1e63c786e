/* cmq-importer-kindasides.c: a kind's line with an aside of the author's in brackets after it
 * ("Communiqué de presse (la presse relaiera-t-elle ?)", heldout25 moutiers-01; "Press release
 * (for immediate use)"): still the kind's line, above the story, not its first paragraph. An aside
 * opens in lower case; one in capitals names a topic ("Joint Statement (EU-China Summit)"), which
 * a headline may be, and is left alone.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

const char *
cmq_importer_kind_with_aside (const char *text)
{
  const char *open = strrchr (text, '(');
  g_autofree char *before = NULL;
  g_autofree char *folded = NULL;
  gsize len = strlen (text);

  /* the aside ends the line and is its only bracket */
  if (open == NULL || open == text || len < 2 || text[len - 1] != ')' || strchr (text, '(') != open)
    return NULL;
  if (!g_unichar_islower (g_utf8_get_char (open + 1)))
    return NULL;
  before = g_strndup (text, open - text);
  g_strchomp (before);
  if (*before == '\0')
    return NULL;
  folded = cmq_importer_fold (before);
  return cmq_importer_kind_of_start (folded, TRUE);
}

guint
cmq_importer_skip_kind_with_aside (GArray *lines, guint first, CmqDumpParts *parts)
{
  const char *kind;

  if (first >= lines->len || g_array_index (lines, Line, first).role != CMQ_LINE_STORY)
    return first;
  kind = cmq_importer_kind_with_aside (g_array_index (lines, Line, first).text);
  if (kind == NULL)
    return first;
  for (guint i = first + 1; i < lines->len; i++)
    if (*g_array_index (lines, Line, i).text != '\0')
      {
        g_array_index (lines, Line, first).role = CMQ_LINE_KIND;
        if (parts->kind == NULL)
          parts->kind = kind;
        return i;
      }
  return first;
}
