/* cmq-importer-runons.c: a story's first line that opens with the headline's words and runs on
 * from them with no mark between ("Communiqué de la Fédération Française de Football à la suite du
 * Comité exécutif qui s'est déroulé le vendredi 3 avril 2020.", under the headline "COMMUNIQUÉ DE
 * LA FÉDÉRATION FRANÇAISE DE FOOTBALL", heldout28 fff-01) is a sentence of its own, the
 * standfirst the story opens with; only a copy set apart from what follows it ("… de l'université
 * Denis Diderot. Station de biologie végétale, Avon-Fontainebleau, le 23 novembre 2010.") is the
 * headline written again over a place and a date (cmq-importer-restated.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* Whether the words of @text from @end on are set apart from those before: a mark ends the word
 * before @end (". , : ;", a closing bracket or quote), or a dash or a bracket opens what follows. */
static gboolean
is_set_apart (const char *text, const char *end)
{
  const char *next = end + strspn (end, " ");
  gunichar before = g_utf8_get_char (g_utf8_prev_char (end));
  gunichar after = g_utf8_get_char (next);

  if (end > text && before < 0x80 && before != 0 && strchr (".,:;!?)]\"'|/", (int) before) != NULL)
    return TRUE;
  if (g_unichar_ispunct (before) && before >= 0x80)
    return TRUE;
  return after == '-' || after == '(' || after == '[' || after == '|' || after == '/' ||
         g_unichar_type (after) == G_UNICODE_DASH_PUNCTUATION;
}

gboolean
cmq_importer_copy_runs_on (const char *text, const char *head_key)
{
  const char *p = text;

  /* The copy ends at a space, after whole words: the first prefix whose key is the headline's. */
  while ((p = strchr (p, ' ')) != NULL)
    {
      g_autofree char *prefix = g_strndup (text, p - text);
      g_autofree char *key = cmq_importer_key (prefix);

      if (strcmp (key, head_key) == 0)
        return !is_set_apart (text, p);
      if (strlen (key) > strlen (head_key))
        return FALSE;
      p++;
    }
  return FALSE;
}
