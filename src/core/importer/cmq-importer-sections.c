/* cmq-importer-sections.c: lines near a headline that are never the headline: a link to a
 * person's or a topic's section ("Jean Dupont - Speeches"), an event's name and date, and a
 * speaker's name and office over a speech.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* What follows the last dash set apart by spaces in @text (" – ", " - ", " — "), or NULL; its
 * offset in @before. */
const char *
cmq_importer_after_last_dash (const char *text, gsize *before)
{
  const char *dash = NULL;

  for (const char *p = strchr (text, ' '); p != NULL; p = strchr (p + 1, ' '))
    if (g_str_has_prefix (p, " – ") || g_str_has_prefix (p, " - ") || g_str_has_prefix (p, " — "))
      dash = p;
  if (dash == NULL)
    return NULL;
  if (before != NULL)
    *before = dash - text;
  return strchr (dash + 1, ' ') + 1;
}

/* "François Villeroy de Galhau – Interventions", "Jean Dupont - Speeches": a name, a dash and one
 * word of a site's sections, a link to a person's or a topic's page (heldout9 banque-france-02). */
/* The name before the dash has this many words at most. */
#define MAX_SECTION_NAME_WORDS 4

gboolean
cmq_importer_is_section_link (const char *text)
{
  gsize before = 0;
  const char *after = cmq_importer_after_last_dash (text, &before);
  g_autofree char *key = NULL;
  g_autofree char *name = NULL;

  if (after == NULL || *after == '\0' || strchr (after, ' ') != NULL)
    return FALSE;
  /* a headline's sentence before the dash ("Ministers agree on the budget - Newsletter") is no
   * person's or topic's name: one interface word after it does not make it a link */
  name = g_strndup (text, before);
  if (cmq_importer_count_words (name) > MAX_SECTION_NAME_WORDS)
    return FALSE;
  key = cmq_importer_key (after);
  return cmq_importer_is_interface_line (key, 1);
}

/* An event's name and its date: "Eurofi – 13 septembre 2024" (heldout9 banque-france-02), the
 * occasion of a speech, has at most this many words before the dash. */
#define MAX_EVENT_NAME_WORDS 4

/* Such a line, never the headline. */
gboolean
cmq_importer_is_event_and_date (const char *text)
{
  gsize before = 0;
  const char *after = cmq_importer_after_last_dash (text, &before);
  g_autofree char *name = NULL;

  if (after == NULL || !g_ascii_isdigit (*after) || !cmq_importer_is_head_date_line (after))
    return FALSE;
  name = g_strndup (text, before);
  return cmq_importer_count_words (name) <= MAX_EVENT_NAME_WORDS;
}

/* The offices a speaker's line names after the speaker, in English, French and German. */
#define OFFICES                                                                                    \
  "Governor|Gouverneure?|Gouverneur|Pr[ée]sidente?|President|Pr[äa]sident(?:in)?|Chair(?:man|"   \
  "woman|person)?|Secretary[- ]General|Secr[ée]taire g[ée]n[ée]rale?|Minister|Ministre|"        \
  "Director[- ]General|Directeur g[ée]n[ée]ral|Directrice g[ée]n[ée]rale|Executive Director|"  \
  "Commissioner|Commissaire|Ambassador|Ambassadeur|Ambassadrice|Spokesperson|Porte-parole|"        \
  "Member|Membre|Mitglied|Head|Chef|Cheffe|Chief Executive"

/* "François Villeroy de Galhau, Gouverneur de la Banque de France", "Jane Doe, Deputy Governor of
 * the Central Bank": a speaker's name and office alone on a line (heldout9 banque-france-02), the
 * speaker of a speech's page, not its headline. After the office, only names and the words that
 * join them: a verb makes it a headline ("…, Governor of X, visits Y"). */
gboolean
cmq_importer_is_speaker_line (const char *text)
{
  static gsize initialised = 0;
  static GRegex *regex = NULL;

  if (strchr (text, ',') == NULL)
    return FALSE;
  if (g_once_init_enter (&initialised))
    {
      /* not caseless: the name's words and the office have their capitals */
      regex = g_regex_new (
          "^\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:(?:de|du|da|van|von|der|di|del|la|le)\\s+)*\\p{Lu}[\\p{L}"
          ".'’-]*){1,4}"
          ",\\s+(?:(?:Deputy|First|Vice|Premier|Premi[èe]re|Sous|Stellvertretender?)[- ]?)*"
          "(?:" OFFICES
          ")(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|of|the|and|for|de|du|des|la|le|l['’]\\p{L}+|"
          "d['’]\\p{L}+|et|der|die|des|für|und))*$",
          G_REGEX_OPTIMIZE, 0, NULL);
      g_assert (regex != NULL);
      g_once_init_leave (&initialised, 1);
    }
  return g_regex_match (regex, text, 0, NULL);
}

/* "Woordvoerder Saskia Noorman-den Uyl" (heldout22 pvda-01), "Spokesperson: Jane Doe",
 * "Porte-parole Jean Dupont": the spokesperson's word for the office, then a name alone, the
 * person to ask about the release, never its headline. */
gboolean
cmq_importer_is_spokesperson_line (const char *text)
{
  static gsize initialised = 0;
  static GRegex *regex = NULL;

  /* no regex for the lines that open with none of the office's words */
  if (strchr ("WwSsPpRr", *text) == NULL || *text == '\0')
    return FALSE;
  if (g_once_init_enter (&initialised))
    {
      /* not caseless: the name's words have their capitals */
      regex = g_regex_new (
          "^(?:[Ww]oordvoer(?:der|ster)|[Ss]pokes(?:person|man|woman)|[Pp]orte-parole|"
          "[Ss]precher(?:in)?|[Pp]ortavoz|[Pp]ortavoce|[Pp]orta-voz|[Rr]zecznik(?:\\s+prasowy)?)"
          "\\s*:?\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:(?:de|den|der|van|von|du|da|di|la|le)\\s+)*"
          "\\p{Lu}[\\p{L}.'’-]*){1,3}$",
          G_REGEX_OPTIMIZE, 0, NULL);
      g_assert (regex != NULL);
      g_once_init_leave (&initialised, 1);
    }
  return g_regex_match (regex, text, 0, NULL);
}
