/* cmq-importer-behalf.c: the issuer that a line says a release is issued for: a distributor's
 * note ("Distributed by APO Group on behalf of British High Commission Nairobi.", "Diffusé par
 * … pour le compte de …"), a release's label naming its issuer after its kind ("Communiqué
 * d'Europe Ecologie Les Verts - Val de Marne.", "Statement by the X") or, by an acronym, before
 * it ("PART 1: CARICOM Communiqué"). A distributor or a repost's site is never the issuer: the
 * name taken is the one the note or label gives the release to.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* A label is a short line; longer ones are sentences. */
#define MAX_BEHALF_LINE_BYTES 200

/* An acronym names an issuer when it has at least this many letters ("EELV", not "EU"'s two,
 * which a person's initials may be too). */
#define MIN_ACRONYM_LETTERS 3

/* Whether a story line writes @word, as a whole word, as written. */
static gboolean
story_uses (GArray *lines, const char *word)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      if (line->role == CMQ_LINE_STORY && cmq_importer_has_word (line->text, word))
        return TRUE;
    }
  return FALSE;
}

/* Whether the story names @name's acronym, the capitals of its words, of MIN_ACRONYM_LETTERS
 * or more ("EELV" for "Europe Ecologie Les Verts"). */
static gboolean
story_names_acronym (GArray *lines, const char *name)
{
  g_autoptr (GString) acronym = g_string_new (NULL);

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    if ((p == name || p[-1] == ' ') && g_unichar_isupper (g_utf8_get_char (p)))
      g_string_append_unichar (acronym, g_utf8_get_char (p));
  return acronym->len >= MIN_ACRONYM_LETTERS && story_uses (lines, acronym->str);
}

/* Whether @name is an office's rather than its institution's: the words before its first small
 * word hold no institution's word ("President of the European Commission", "Chair of the
 * Finance Committee"; not "Presidency of the Republic" or "Bank of England"). */
static gboolean
is_office_of (const char *name)
{
  g_auto (GStrv) words = g_strsplit (name, " ", -1);
  guint w;

  for (w = 0; words[w] != NULL && !cmq_importer_is_name_small_word (words[w]); w++)
    if (cmq_importer_is_institution_word (words[w]) ||
        cmq_importer_is_compound_institution_word (words[w]))
      return FALSE;
  return w > 0 && words[w] != NULL;
}

/* @name, as the table of known organisations writes it when it is one, else as written, when
 * it is an issuer's name: an institution's, a known organisation's, or one whose acronym the
 * story uses; else NULL. A person's name ("President Macron") or an office ("President of the
 * European Commission") is none of these. */
static char *
issuer_name (GArray *lines, char *name)
{
  g_autofree char *owned = name;
  g_autofree char *key = NULL;
  const char *known;
  guint words;

  g_strstrip (owned);
  if (!cmq_importer_is_label_name (owned))
    return NULL;
  key = cmq_importer_key (owned);
  known = cmq_importer_is_site_name (owned, key)
              ? cmq_importer_organisation_of_line (owned, key, &words)
              : NULL;
  if (known != NULL && words == cmq_importer_count_words (key))
    return g_strdup (known);
  if (is_office_of (owned))
    return NULL;
  if (cmq_importer_is_institution_name (owned) || story_names_acronym (lines, owned))
    return g_steal_pointer (&owned);
  return NULL;
}

/* "Distributed by APO Group on behalf of British High Commission Nairobi.", "Issued on behalf
 * of …", "Diffusé par … pour le compte de …", "Verbreitet durch … im Auftrag von …", alone or
 * after a sentence: the name a distributor's note gives the release to, as written, or NULL. A
 * bare "On behalf of the Board" is a sign-off's, not a note's. */
static char *
name_on_behalf (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  if (strstr (text, "behalf") == NULL && strstr (text, "compte") == NULL &&
      strstr (text, "Auftrag") == NULL)
    return NULL;
  cmq_regex_get (&initialised, &regex,
                 "(?:^|(?<=[.!?])\\s*)(?:distributed|issued|released|published|sent|circulated)\\s("
                 "?:[^.!?]*?\\s)?"
                 "on behalf of (?:the )?([^.,;:]+?)\\.?$|"
                 "(?:^|(?<=[.!?])\\s*)(?:diffusé|publié|envoyé)\\s(?:[^.!?]*?\\s)?pour le compte "
                 "(?:de la |de l'|"
                 "de l’|du |des |de )([^.,;:]+?)\\.?$|"
                 "(?:^|(?<=[.!?])\\s*)(?:verbreitet|veröffentlicht|versandt)\\s(?:[^.!?]*?\\s)?im "
                 "auftrag (?:der "
                 "|des |"
                 "von )([^.,;:]+?)\\.?$");
  if (!cmq_regex_match (regex, text))
    return NULL;
  for (guint group = 1; group <= 3; group++)
    {
      char *name = cmq_regex_fetch (text, group);

      if (*name != '\0')
        return name;
      g_free (name);
    }
  return NULL;
}

/* "Communiqué d'Europe Ecologie Les Verts - Val de Marne.", "Statement by the X", "Press
 * release from X", "Persbericht van de X": the name a release's label gives after its kind,
 * before any dash, as written, or NULL. */
static char *
name_after_kind (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&initialised, &regex,
                 "^(?:communiqu[ée](?: de presse)?|(?:press|news|media) release|statement|"
                 "d[ée]claration|comunicado(?: de prensa)?|persbericht|pressemitteilung|"
                 "comunicato(?: stampa)?)\\s+(?:of the |of |by the |by |from the |from |"
                 "de la |de l'|de l’|d'|d’|du |des |de |del |della |dell'|van de |van het |"
                 "van |der |des )([^–—|:.,;]+?)(?:\\s+[-–—|]\\s+.*)?\\.?$");
  return cmq_regex_match (regex, text) ? cmq_regex_fetch (text, 1) : NULL;
}

/* The bytes at the end of a line that a kind the acronym's pattern reads, and a newline after
 * it, fit in. */
#define KIND_TAIL_BYTES 24

/* Whether @text may end with a kind of the pattern of acronym_before_kind (), whatever the case
 * of its letters: FALSE only when its last bytes hold none of their words, nor a character that
 * caseless matching may take for an ASCII letter (the long s, the Kelvin sign, the dotted and
 * dotless i). Most lines end otherwise, and the pattern is spared. */
static gboolean
may_end_with_kind (const char *text)
{
  static const char *const kinds[] = { "communiqu", "statement", "release", "claration", NULL };
  gsize len = strlen (text);
  const char *tail = text + (len > KIND_TAIL_BYTES ? len - KIND_TAIL_BYTES : 0);
  char lower[KIND_TAIL_BYTES + 1];
  gsize n = 0;

  for (; tail[n] != '\0'; n++)
    lower[n] = g_ascii_tolower (tail[n]);
  lower[n] = '\0';
  if (strstr (lower, "\xC5\xBF") != NULL || strstr (lower, "\xE2\x84\xAA") != NULL ||
      strstr (lower, "\xC4\xB0") != NULL || strstr (lower, "\xC4\xB1") != NULL)
    return TRUE;
  for (guint i = 0; kinds[i] != NULL; i++)
    if (strstr (lower, kinds[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* "CARICOM Communiqué", "PART 1: CARICOM Communiqué", "NATO Statement": the acronym in
 * capitals a label writes before its kind, itself not in capitals (a heading "FINAL
 * COMMUNIQUÉ" names no issuer), when the story uses it too; or NULL. */
static char *
acronym_before_kind (GArray *lines, const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *acronym = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *key = NULL;
  const char *known;
  guint words;

  cmq_regex_get (&initialised, &regex,
                 "(?:^|:\\s+)(\\p{Lu}[\\p{Lu}&]{2,11})\\s+(communiqu[ée]|statement|"
                 "(?:press|news|media) release|d[ée]claration)$");
  if (!may_end_with_kind (text) || !cmq_regex_match (regex, text))
    return NULL;
  acronym = cmq_regex_fetch (text, 1);
  kind = cmq_regex_fetch (text, 2);
  if (!cmq_importer_is_capitals (acronym) || cmq_importer_is_capitals (kind) ||
      !story_uses (lines, acronym))
    return NULL;
  key = cmq_importer_key (acronym);
  known = cmq_importer_organisation_of_line (acronym, key, &words);
  return g_strdup (known != NULL ? known : acronym);
}

char *
cmq_importer_find_behalf_issuer (GArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      char *name;

      /* a note the story's end was cut from (cmq-importer-distributed.c) */
      if (line->cut != NULL && (name = name_on_behalf (line->cut)) != NULL &&
          (name = issuer_name (lines, name)) != NULL)
        return name;
      if (*line->text == '\0')
        continue;
      /* a distributor's note may close the story it carries, even glued to its last sentence;
       * a label is a short line outside it */
      if ((name = name_on_behalf (line->text)) != NULL &&
          (name = issuer_name (lines, name)) != NULL)
        return name;
      if (line->role == CMQ_LINE_STORY ||
          strnlen (line->text, MAX_BEHALF_LINE_BYTES) == MAX_BEHALF_LINE_BYTES)
        continue;
      if ((name = name_after_kind (line->text)) != NULL &&
          (name = issuer_name (lines, name)) != NULL)
        return name;
      if ((name = acronym_before_kind (lines, line->text)) != NULL)
        return name;
    }
  return NULL;
}
