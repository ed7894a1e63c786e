/* cmq-importer-members.c: the organisation whose membership the site offers, as a prompt after
 * the story puts it ("Not an ACEVO member?", "Become a Law Society member", "Pas encore membre de
 * la FNSEA ?"): the site is the organisation's own, and the release its.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* The organisation a membership prompt names, as written, or NULL. */
static char *
member_prompt_owner (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *name = NULL;

  /* every prompt holds "member" or "membre", lower case or capitals: most lines are not matched */
  if (strstr (text, "ember") == NULL && strstr (text, "embre") == NULL &&
      strstr (text, "EMBER") == NULL && strstr (text, "EMBRE") == NULL)
    return NULL;
  cmq_regex_get (
      &initialised, &regex,
      "^(?:not (?:yet )?an? |become an? |join as an? )(.+?) member\\s*[?!.]?$|"
      "^(?:pas encore |devenez |devenir )membre (?:de (?:la |l')?|du |des )(.+?)\\s*[?!.]?$");
  if (!cmq_regex_match (regex, text))
    return NULL;
  name = cmq_regex_fetch (text, 1);
  if (*name == '\0')
    {
      g_free (name);
      name = cmq_regex_fetch (text, 2);
    }
  return cmq_importer_is_label_name (name) ? g_steal_pointer (&name) : NULL;
}

char *
cmq_importer_find_member_owner (GArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      g_autofree char *owner = NULL;

      if (line->role == CMQ_LINE_STORY || line->role == CMQ_LINE_HEADLINE || *line->text == '\0')
        continue;
      owner = member_prompt_owner (line->text);
      /* a repost's site may offer its own membership: the story names the release's issuer */
      if (owner != NULL && cmq_importer_story_names (lines, owner))
        return g_steal_pointer (&owner);
    }
  return NULL;
}
