/* cmq-importer-disclaimers.c: a site's disclaimer about its own article, a paragraph above the
 * story that names the article or page and says what it is for or what it is not ("This news
 * item is designed to help the public understand developments in the WTO. While every effort
 * has been made …", "CET ARTICLE a pour objet d'aider le public à mieux comprendre les
 * questions traitées à l'OMC …", heldout6 wto-03): the page's, not the release's; the story
 * starts at the next paragraph. A release speaks of its subject, never of the page it is on.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

#define PAGE_DISCLAIMERS_PATH "/io/github/communique/Communique/core/page-disclaimers.txt"

/* A disclaimer is a few sentences: a longer paragraph opening with its words is the story's. */
#define MAX_DISCLAIMER_WORDS 60

/* Whether @key (cmq_importer_key ()) opens with a disclaimer's words (page-disclaimers.txt). */
static gboolean
is_page_disclaimer (const char *key)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  if (g_once_init_enter (&initialised))
    {
      g_autofree char *any =
          cmq_importer_data_alternation (PAGE_DISCLAIMERS_PATH, "page disclaimers");
      g_autofree char *pattern = g_strdup_printf ("^(?:%s)\\b", any);

      regex = cmq_regex_new (pattern, TRUE);
      g_once_init_leave (&initialised, 1);
    }
  return cmq_regex_match (regex, key);
}

guint
cmq_importer_skip_page_disclaimer (GArray *lines, const LineInfo *info, guint first)
{
  g_autofree char *key = NULL;

  if (first >= lines->len || !info[first].sentence || info[first].words > MAX_DISCLAIMER_WORDS)
    return first;
  key = cmq_importer_key (g_array_index (lines, Line, first).text);
  if (!is_page_disclaimer (key))
    return first;
  /* the story goes on under it: in doubt, a lone paragraph stays the story */
  for (guint next = first + 1; next < lines->len; next++)
    if (info[next].body && role_at (lines, next) == CMQ_LINE_STORY)
      {
        set_role (lines, first, CMQ_LINE_LEADING_CHROME);
        return next;
      }
  return first;
}
