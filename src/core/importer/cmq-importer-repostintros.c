/* cmq-importer-repostintros.c: a newspaper or a blog reposting a release opens with a sentence of
 * its own that names what follows ("The following communiqué was issued today on the conclusion
 * of…", heldout27 caricom-01), then the release from its dateline. That sentence is the
 * repost's, not the release's lead: the story starts at the dateline, the sentence kept as a
 * standfirst. An issuer's own words naming itself ("The Presidency of the Republic publishes the
 * following communiqué:") have the issuer for subject and stay the lead.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-repostintros.h"

/* The names of a release such a sentence gives, English and French (folded, singular or
 * plural). */
#define RELEASE_NOUNS                                                                              \
  "statement|communique|press release|news release|release|declaration|message|text|letter|"       \
  "speech|remarks|announcement|notice|advisory|discours|lettre|annonce|avis|texte"

gboolean
cmq_importer_is_repost_intro (const char *text)
{
  static gsize init = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *folded = NULL;

  if (!cmq_importer_ends_sentence (text) || cmq_importer_count_words (text) > MAX_CAPTION_WORDS)
    return FALSE;
  folded = cmq_importer_fold (text);
  /* no regex for the lines that name nothing to follow */
  if (strstr (folded, "following") == NULL && strstr (folded, "suivant") == NULL)
    return FALSE;
  cmq_regex_get (
      &init, &regex,
      "^(?:the following (?:[\\w-]+ ){0,2}(?:" RELEASE_NOUNS ")s? (?:was|were|has been|have been|"
      "is|are) (?:issued|released|published|made|delivered|distributed|sent|received|posted)\\b"
      "|the following is (?:a|an|the) (?:[\\w-]+ ){0,2}(?:" RELEASE_NOUNS ")s?\\b"
      "|(?:le|la|les) (?:[\\w-]+ ){0,2}(?:" RELEASE_NOUNS ")s? suivante?s? (?:a|ont) ete "
      "(?:publiee?s?|diffusee?s?|transmise?s?|communiquee?s?|rendue?s? publique?s?)\\b)");
  return cmq_regex_match (regex, folded);
}

/* "GEORGETOWN – The…", "BRUSSELS, 12 March 2019 – …", "Hamburg (ots) - …": a release's own
 * dateline opening a paragraph, a place in capitals and a dash at least. */
static gboolean
opens_with_release_dateline (const char *text)
{
  static gsize init = 0;
  static GRegex *regex = NULL;

  if (cmq_importer_opens_with_dateline (text) || cmq_importer_opens_with_wire_dateline (text))
    return TRUE;
  if (g_once_init_enter (&init))
    {
      /* case-sensitive: the place in capitals, then the story's capital */
      regex = g_regex_new ("^\\p{Lu}[\\p{Lu}\\p{M} .,'’()-]{1,40}\\p{Lu}\\s+[-–—]{1,2}\\s+"
                           "[\\p{Lu}\"“«]",
                           G_REGEX_OPTIMIZE, 0, NULL);
      g_assert (regex != NULL);
      g_once_init_leave (&init, 1);
    }
  return g_regex_match (regex, text, 0, NULL);
}

guint
cmq_importer_skip_repost_intro (GArray *lines, const LineInfo *info, guint first)
{
  guint next;

  if (first >= lines->len || role_at (lines, first) != CMQ_LINE_STORY ||
      !cmq_importer_is_repost_intro (g_array_index (lines, Line, first).text))
    return first;
  next = nonblank_below (lines, first);
  if (next >= lines->len || !info[next].body || role_at (lines, next) != CMQ_LINE_STORY ||
      !opens_with_release_dateline (g_array_index (lines, Line, next).text))
    return first;
  set_role (lines, first, CMQ_LINE_STANDFIRST);
  return next;
}
