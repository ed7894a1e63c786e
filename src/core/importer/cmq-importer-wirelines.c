/* cmq-importer-wirelines.c: a wire service's dateline alone on its line ("PARIS--(BUSINESS
 * WIRE)--", "PARIS--()--Regulatory News:" with the wire's name lost, heldout24 carrefour-01): the
 * story starts under it, past the issuer's tag ("Carrefour (Paris:CA):"), even when its first
 * paragraphs are bold lines and bullets without full stops, which read as no sentence.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* A place in capitals, two dashes, the wire's name in brackets (or brackets it left empty), two
 * dashes, then at most a short label ("Regulatory News:", "Business Wire"). */
static gboolean
is_wire_dateline (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  /* every such line holds "--(": no regex for the other lines */
  if (strstr (text, "--(") == NULL)
    return FALSE;
  cmq_regex_get (&initialised, &regex,
                 "^\\s*(?-i)\\p{Lu}[\\p{Lu}\\p{M} .,'’-]{1,40}--\\([^()]{0,40}\\)--[^.!?]{0,40}$");
  return cmq_regex_match (regex, text);
}

guint
cmq_importer_skip_to_wire_dateline (GArray *lines, const LineInfo *info, guint first)
{
  guint start;

  for (guint i = 0; i < first && i < lines->len; i++)
    {
      if (is_blank (lines, i) || role_at (lines, i) != CMQ_LINE_STORY ||
          !is_wire_dateline (g_array_index (lines, Line, i).text))
        continue;
      start = nonblank_below (lines, i);
      /* the issuer's tag under it: a short label */
      if (start < first && info[start].label && info[start].words <= MAX_EDGE_WORDS &&
          role_at (lines, start) == CMQ_LINE_STORY)
        {
          set_role (lines, start, CMQ_LINE_DATELINE);
          start = nonblank_below (lines, start);
        }
      if (start >= first || role_at (lines, start) != CMQ_LINE_STORY)
        return first;
      set_role (lines, i, CMQ_LINE_DATELINE);
      return start;
    }
  return first;
}
