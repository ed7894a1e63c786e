/* cmq-importer-summaries.c: the story's first paragraph opening with a summary's label
 * ("Kurzfassung: Der neue Bundespräsident …", heldout21 drk-01; "Summary:", "Résumé :"), over
 * more of the story: the page's summary of it, a standfirst, and the story starts at the next
 * sentence-like paragraph under it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* A summary's label, a colon, then a sentence's capital, in the languages the importer reads. */
static gboolean
opens_with_summary_label (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  /* every label opens with one of these letters: no regex for the other lines */
  if (strchr ("aAkKrRsSzZ", *text) == NULL)
    return FALSE;
  cmq_regex_get (&initialised, &regex,
                 "^(?:summary|abstract|kurzfassung|zusammenfassung|r[ée]sum[ée]|resumen|"
                 "riassunto|sintesi|sommario|samenvatting)\\s?:\\s+(?-i)[\\p{Lu}\"“«„]");
  return cmq_regex_match (regex, text);
}

guint
cmq_importer_skip_summary (GArray *lines, const LineInfo *info, guint first)
{
  guint next;

  if (first >= lines->len || role_at (lines, first) != CMQ_LINE_STORY)
    return first;
  if (!opens_with_summary_label (g_array_index (lines, Line, first).text))
    return cmq_importer_skip_summary_bullets (lines, info, first);
  /* the story goes on under it: the only paragraph is never dropped */
  next = story_body_below (lines, info, first);
  if (next >= lines->len)
    return first;
  /* and what stands between it and the story, none of it sentence-like: the page's head written
   * again ("[Deutsches Rotes Kreuz (DRK) - 03.05.2012] Bundespräsident …") */
  for (guint i = first; i < next; i++)
    if (!is_blank (lines, i) && role_at (lines, i) == CMQ_LINE_STORY)
      set_role (lines, i, CMQ_LINE_STANDFIRST);
  return next;
}
