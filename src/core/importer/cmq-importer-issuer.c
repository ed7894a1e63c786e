/* cmq-importer-issuer.c: two more ways a dump names the organisation that issued its release,
 * tried when the lines of cmq-importer-source.c name none: the office written on the page's
 * release-date line ("Friday, November 22, 2024, 1:46 p.m. Ministry of Foreign Affairs"), and
 * the known organisation whose head the story's first sentence opens with ("The Director-General
 * of UNESCO, Irina Bokova, today denounced …") or quotes ("“…,” declared Irina Bokova, the
 * Director-General of …"), a release in its head's name.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* A known organisation's name as the table writes it, else @name as written; takes @name. */
static char *
known_or_written (char *name)
{
  g_autofree char *owned = name;

  return cmq_importer_known_or_written (owned);
}

/* Whether @word may be a word of a name: a capital first, or one of a name's small words. */
static gboolean
is_name_word (const char *word)
{
  return g_unichar_isupper (g_utf8_get_char (word)) || cmq_importer_is_name_small_word (word);
}

/* The institution's name that @text, a release-date line, writes at its end after its date and
 * time, or at its start before its date: all of the run of words at that end that may be a
 * name's (is_name_word ()), when it is an institution's name (cmq_importer_is_institution_name
 * ()), or NULL. Never a part of the run: "Republic Of Türkiye Ministry Of Foreign" is none. */
static char *
office_of_date_line (const char *text)
{
  g_auto (GStrv) words = g_strsplit (text, " ", -1);
  guint n = g_strv_length (words);
  guint first = n;
  guint last = 0;
  g_autofree char *tail = NULL;
  g_autofree char *head = NULL;
  char *saved;

  while (first > 1 && is_name_word (words[first - 1]))
    first--;
  while (last + 1 < n && is_name_word (words[last]))
    last++;
  tail = first < n ? g_strjoinv (" ", words + first) : NULL;
  if (tail != NULL && g_unichar_isupper (g_utf8_get_char (tail)) &&
      cmq_importer_is_institution_name (tail))
    return g_steal_pointer (&tail);
  saved = words[last];
  words[last] = NULL;
  head = last > 0 ? g_strjoinv (" ", words) : NULL;
  words[last] = saved;
  return head != NULL && cmq_importer_is_institution_name (head) ? g_steal_pointer (&head) : NULL;
}

/* The office that a release-date line names beside its date, as the known organisation's name
 * when it is one, or NULL. */
static char *
dated_office_of_line (G_GNUC_UNUSED GArray *lines, const Line *line)
{
  char *name;

  if (line->role != CMQ_LINE_RELEASE_DATE || (name = office_of_date_line (line->text)) == NULL)
    return NULL;
  return known_or_written (name);
}

/* The office that the page's release-date line names beside its date ("… 1:46 p.m. Ministry of
 * Foreign Affairs"), as the known organisation's name when it is one, or NULL. A date line names
 * the office that dated the release, never one the story mentions. */
char *
cmq_importer_find_dated_issuer (GArray *lines)
{
  return cmq_importer_first_name_above_story (lines, FALSE, dated_office_of_line);
}

/* Where a dateline's dash leaves off in the first this many bytes of a line ("THE HAGUE,
 * Netherlands—13 November 2025— The …", "Switzerland - IOM Director General …"). */
#define MAX_DATELINE_BYTES 100

/* An organisation's name before its head's office is at most this many words. */
#define MAX_HEAD_NAME_WORDS 6

/* "The Director-General of UNESCO, …", "The Secretary-General of the Organisation for the
 * Prohibition of Chemical Weapons (OPCW), …": the known organisation whose head, named by office
 * and "of", opens @text, or NULL. */
static const char *
office_of_organisation (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&initialised, &regex,
                 "^(?:the\\s+)?(?:deputy\\s+)?(?:director[- ]general|secretary[- ]general|"
                 "executive director|high commissioner|high representative|"
                 "managing director|administrator|president|chair(?:man|person)?)"
                 "\\s+of\\s+(?:the\\s+)?([^,;:()]{2,80}?)\\s*(?:\\([^()]{2,12}\\)\\s*)?,");
  /* all of the name: "the President of the United Nations Foundation" is not the UN's */
  return cmq_importer_organisation_of_match (regex, text, TRUE);
}

/* The known organisation whose head @text opens with, by office and "of" or by all of the words
 * before the office ("IOM Director General …"), or NULL. */
static const char *
head_of_organisation (const char *text)
{
  const char *known = office_of_organisation (text);
  g_auto (GStrv) words = NULL;
  guint first;

  if (known != NULL || (known = cmq_importer_office_holder_organisation (text)) == NULL)
    return known;
  /* the line must open with that organisation's name, all of its first words: "The Minister met
   * the IOM Director General" opens with the minister */
  words = g_strsplit (text, " ", MAX_HEAD_NAME_WORDS + 2);
  first = words[0] != NULL && g_ascii_strcasecmp (words[0], "the") == 0;
  for (guint n = first + 1; n <= first + MAX_HEAD_NAME_WORDS && words[n - 1] != NULL; n++)
    {
      char *saved = words[n];
      g_autofree char *name = NULL;
      g_autofree char *key = NULL;
      guint covered;

      words[n] = NULL;
      name = g_strjoinv (" ", words + first);
      words[n] = saved;
      key = cmq_importer_key (name);
      /* and no institution's word after it: the United Nations Foundation is not the UN's */
      if (cmq_importer_organisation_of_line (name, key, &covered) == known &&
          covered == cmq_importer_count_words (key))
        return saved != NULL && cmq_importer_is_institution_word (saved) ? NULL : known;
    }
  return NULL;
}

/* "“I condemn …,” declared Irina Bokova, the Director-General of UN Educational, Scientific and
 * Cultural Organization (UNESCO).": the known organisation whose head, named by office and "of"
 * after the name a quote opening @text is attributed to, that the acronym in parentheses after
 * its name names (the name may hold commas), else all of its name, or NULL. A release that
 * opens by quoting the organisation's head is in the head's name. */
static const char *
quoted_head_of_organisation (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *acronym = NULL;
  g_autofree char *key = NULL;
  const char *known;
  guint words;

  if (strncmp (text, "“", strlen ("“")) != 0 && strncmp (text, "«", strlen ("«")) != 0 &&
      *text != '"')
    return NULL;
  cmq_regex_get (&initialised, &regex,
                 "^[“«\"][^”»\"]{2,}[”»\"],?\\s*(?:declared|said|stated|added|noted|"
                 "a d[ée]clar[ée]|a dit|a affirm[ée]|a ajout[ée]|a soulign[ée])\\s+"
                 "[^,;:()“”«»\"]{2,60},\\s+(?:the\\s+|l[ae]\\s+)?(?:deputy\\s+)?"
                 "(?:director[- ]general|secretary[- ]general|executive director|"
                 "high commissioner|managing director|administrator|president|"
                 "directeur g[ée]n[ée]ral|directrice g[ée]n[ée]rale|secr[ée]taire g[ée]n[ée]ral)"
                 "\\s+(?:of|de|du|des)\\s+(?:the\\s+|la\\s+|l['’])?([^()]{2,120}?)"
                 "\\s*(?:\\(([\\w&]{2,12})\\))?\\s*[.;]");
  if (!cmq_regex_match (regex, text))
    return NULL;
  acronym = cmq_regex_fetch (text, 2);
  key = cmq_importer_key (acronym);
  known = cmq_importer_is_capitals (acronym) && cmq_importer_is_site_name (acronym, key)
              ? cmq_importer_organisation_of_line (acronym, key, &words)
              : NULL;
  return known != NULL ? known : cmq_importer_organisation_of_match (regex, text, TRUE);
}

/* The known organisation whose head the story's first line opens with, at its start or after its
 * dateline's dash ("The Director-General of UNESCO, …", "Switzerland - IOM Director General …"),
 * or NULL: a release in its head's name is the organisation's. */
char *
cmq_importer_find_lead_issuer (GArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      const char *known;

      if (line->role != CMQ_LINE_STORY || *line->text == '\0')
        continue;
      known = head_of_organisation (line->text);
      if (known == NULL)
        known = quoted_head_of_organisation (line->text);
      for (const char *p = line->text;
           known == NULL && *p != '\0' && p - line->text < MAX_DATELINE_BYTES;
           p = g_utf8_next_char (p))
        if ((*p == '-' || g_str_has_prefix (p, "–") || g_str_has_prefix (p, "—")) &&
            *g_utf8_next_char (p) == ' ')
          {
            known = head_of_organisation (g_utf8_next_char (p) + 1);
            break;
          }
      return known != NULL ? g_strdup (known) : NULL;
    }
  return NULL;
}

/* A name under a publisher's label has at most this many words. */
#define MAX_PUBLISHER_NAME_WORDS 6

static gboolean
is_name_line (const char *text)
{
  guint words = cmq_importer_count_words (text);

  return g_unichar_isupper (g_utf8_get_char (text)) &&
         strpbrk (text, ".!?:;,/0123456789@") == NULL && words > 0 &&
         words <= MAX_PUBLISHER_NAME_WORDS;
}

/* "Herausgeber:" over "Oesterreichische Nationalbank": a publisher's label alone on its line (in
 * the languages the importer reads), the issuer on the next line, as written, when that line is
 * shaped as a name: a capital first, a few words, no sentence punctuation or digit; or NULL. */
char *
cmq_importer_issuer_under_publisher_label (GArray *lines, guint i)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *folded = NULL;
  const char *text = g_array_index (lines, Line, i).text;

  if (strlen (text) > 24 || strchr (text, ':') == NULL)
    return NULL;
  folded = cmq_importer_fold (text);
  cmq_regex_get (&initialised, &regex,
                 "^(?:herausgeber(?:in)?|publisher|issued by|published by|issuer|"
                 "editeur|publie par|uitgever|editore|editor)\\s*:$");
  if (!cmq_regex_match (regex, folded))
    return NULL;
  while (++i < lines->len)
    {
      const Line *below = &g_array_index (lines, Line, i);

      if (*below->text == '\0')
        continue;
      return below->role != CMQ_LINE_STORY && below->role != CMQ_LINE_HEADLINE &&
                     is_name_line (below->text)
                 ? g_strdup (below->text)
                 : NULL;
    }
  return NULL;
}
