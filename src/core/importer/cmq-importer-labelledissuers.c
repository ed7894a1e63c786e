/* cmq-importer-labelledissuers.c: the issuer that the lines outside the story name by a label
 * ("Press Release: X", "X – Press office", "Pressestelle" under X), a copyright line or a header
 * line above the story, and the tests of a name's shape (an institution's, a label's) that the
 * source's other finders share.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-labelledissuers.h"
#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

/* Longer lines are never read for a press service's issuer. */
#define MAX_LABEL_LINE_BYTES 400

/* A name that a label line gives ("Press Release: X", "© 2024 X") is at most this many words. */
#define MAX_LABEL_NAME_WORDS 6

/* Whether @name may be an organisation's name given by a label line: a capital first, a few
 * words, no sentence punctuation, no digit ("Press Release: SG/SM/11324", a headline after the
 * label, "For immediate release" are none). */
gboolean
cmq_importer_is_label_name (const char *name)
{
  g_autofree char *key = NULL;
  guint words;

  if (!g_unichar_isupper (g_utf8_get_char (name)) || strpbrk (name, ".!?:;,/0123456789") != NULL)
    return FALSE;
  key = cmq_importer_key (name);
  words = cmq_importer_count_words (key);
  return words > 0 && words <= MAX_LABEL_NAME_WORDS && strstr (key, "release") == NULL &&
         !cmq_importer_is_interface_line (key, words);
}

/* "Press Release: New Zealand Government", "Communiqué de presse : X", "Comunicado de prensa: X":
 * the issuer that a press-release service's label line names, as written, or NULL. A numbered
 * label ("Press Release SG/SM/11324: Secretary-General…") heads a headline, not an issuer. */
static char *
issuer_of_label (const char *text)
{
  const char *rest;
  gsize label_bytes;
  const char *kind = cmq_importer_split_kind_label (text, &label_bytes, &rest);

  if (kind == NULL || strcmp (kind, "press release") != 0 ||
      strcspn (text, "0123456789") < label_bytes || !cmq_importer_is_label_name (rest))
    return NULL;
  return g_strdup (rest);
}

/* "Amnesty International France – Service presse – 01 53 38 66 00", "Northland Harbour
 * Authority | Press Office | +44 …": the issuer that a press contact line names before its press
 * service, as written, or NULL. */
static char *
issuer_of_press_service (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *name = NULL;

  /* The pattern needs a dash or bar between spaces: "-", "|" or "–" (which UTF-8 opens with
   * 0xE2), none of which has another case. */
  if (strnlen (text, MAX_LABEL_LINE_BYTES) == MAX_LABEL_LINE_BYTES ||
      strpbrk (text, "-|\xE2") == NULL)
    return NULL;
  cmq_regex_get (&initialised, &regex,
                 "^([^–|:]+?)\\s+[-–|]\\s+(?:press (?:office|service)|media relations|"
                 "service (?:de )?presse|pressestelle|servicio de prensa|ufficio stampa|"
                 "persdienst)(?:\\s+[-–|,]|$)");
  if (!cmq_regex_match (regex, text))
    return NULL;
  name = cmq_regex_fetch (text, 1);
  return cmq_importer_is_label_name (name) ? g_steal_pointer (&name) : NULL;
}

/* The institution's name that the nearest non-blank line above (@step -1) or below (+1) line @i
 * is, outside the story and the headline, as written, or NULL. */
static char *
institution_beside (GArray *lines, guint i, int step)
{
  for (i += step; i < lines->len; i += step)
    {
      const Line *line = &g_array_index (lines, Line, i);

      if (*line->text == '\0')
        continue;
      if (line->role == CMQ_LINE_STORY || line->role == CMQ_LINE_HEADLINE ||
          !cmq_importer_is_label_name (line->text) ||
          !cmq_importer_is_institution_name (line->text))
        return NULL;
      return g_strdup (line->text);
    }
  return NULL;
}

/* "Polizei Hamburg" over "Pressestelle", "Media Relations" over "Department of National
 * Defence": in a press contact block, the issuer on the line above a line that is its press
 * service alone, else on the line below, as written, when it is an institution's name (never the
 * name of the person to call, which the same blocks put there too), or NULL. */
static char *
issuer_beside_press_service (GArray *lines, guint i)
{
  char *issuer;

  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  const Line *line = &g_array_index (lines, Line, i);

  cmq_regex_get (&initialised, &regex,
                 "^(?:press (?:office|service)|media relations|service (?:de )?presse|"
                 "pressestelle|servicio de prensa|ufficio stampa|persdienst|"
                 "biuro prasowe)$");
  /* Each name opens with a p, m, s or b, in either case, or a long s (U+017F, which caseless
   * matching takes for an s, and which UTF-8 opens with 0xC5). */
  if (*line->text == '\0' || strchr ("pmsbPMSB\xC5", *line->text) == NULL ||
      !cmq_regex_match (regex, line->text))
    return NULL;
  issuer = institution_beside (lines, i, -1);
  return issuer != NULL ? issuer : institution_beside (lines, i, +1);
}

/* Whether the story names @name, or its acronym (the capitals of its words, "ECB" for "European
 * Central Bank"), or its acronym with its small words' initials in lower case ("PvdA" for "Partij
 * van de Arbeid", "BoE" for "Bank of England"). */
gboolean
cmq_importer_story_names (GArray *lines, const char *name)
{
  char acronym[16], mixed[16];
  guint n = 0, m = 0, small = 0;

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      g_autofree char *word = NULL;
      gboolean upper;

      if ((p != name && p[-1] != ' ') || *p < 0)
        continue;
      upper = g_unichar_isupper (g_utf8_get_char (p));
      if (!upper && !cmq_importer_is_name_small_word (word = g_strndup (p, strcspn (p, " "))))
        continue;
      if (upper && n < sizeof acronym - 1)
        acronym[n++] = *p;
      small += !upper;
      if (m < sizeof mixed - 1)
        mixed[m++] = *p;
    }
  acronym[n] = mixed[m] = '\0';
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      if (line->role == CMQ_LINE_STORY &&
          (cmq_importer_has_word (line->text, name) ||
           (n >= 2 && cmq_importer_has_word (line->text, acronym)) ||
           (small > 0 && n >= 2 && cmq_importer_has_word (line->text, mixed))))
        return TRUE;
    }
  return FALSE;
}

/* "© 2024 World Trade Organization", "Copyright © European Central Bank. All rights reserved.":
 * the owner a copyright line names, as written, or NULL. A repost's site owns its page too, so
 * the caller takes the owner only when the story names it. */
static char *
owner_of_copyright (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *name = NULL;
  const char *after = *text < 0 ? cmq_importer_after_bullet (text) : NULL;

  /* a photograph's credit in a list, "• © Nationalpark Berchtesgaden", as one alone */
  text = after != NULL ? after : text;
  if (strncmp (text, "©", strlen ("©")) != 0 && g_ascii_strncasecmp (text, "copyright", 9) != 0 &&
      g_ascii_strncasecmp (text, "(c)", 3) != 0)
    return NULL;
  cmq_regex_get (&initialised, &regex,
                 "^(?:copyright\\s*)?(?:©|\\(c\\))?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?"
                 "\\s*)?(?:the\\s+)?([^.,;|]+?)\\s*(?:[.,]\\s*all rights reserved\\.?)?$");
  if (!cmq_regex_match (regex, text))
    return NULL;
  name = cmq_regex_fetch (text, 1);
  return cmq_importer_is_label_name (name) ? g_steal_pointer (&name) : NULL;
}

/* A header line naming the publisher by a name of its own ("International Monetary Fund",
 * "European Central Bank - eurosystem") has at least two words, capitals but for these. */
#define NAME_SMALL_WORDS " of for the and on in van de du des la le et für del do da "

/* Whether @word is one of NAME_SMALL_WORDS, as written. */
gboolean
cmq_importer_is_name_small_word (const char *word)
{
  g_autofree char *spaced = g_strconcat (" ", word, " ", NULL);

  return strstr (NAME_SMALL_WORDS, spaced) != NULL;
}

/* The word @word writes after an elided article or preposition ("d'Etat", "l’Intérieur",
 * "dell'Interno"), or @word itself: the capital that makes a name's word is the one after it. */
static const char *
elided_word (const char *word)
{
  const char *apostrophe = strchr (word, '\'');
  const char *curly = strstr (word, "’");

  if (curly != NULL && (apostrophe == NULL || curly < apostrophe))
    return curly - word <= 4 && curly[strlen ("’")] != '\0' ? curly + strlen ("’") : word;
  if (apostrophe != NULL && apostrophe - word <= 4 && apostrophe[1] != '\0')
    return apostrophe + 1;
  return word;
}

/* Whether @name is shaped as an institution's name: 2 to MAX_LABEL_NAME_WORDS words, each with
 * a capital but for NAME_SMALL_WORDS, no punctuation or digit, and a word of
 * institution-words.txt. */
gboolean
cmq_importer_is_institution_name (const char *name)
{
  g_auto (GStrv) words = NULL;
  gboolean institution = FALSE;
  guint n, spaces = 0;

  if (strpbrk (name, ".,;:!?()\"/0123456789") != NULL || strstr (name, "“") != NULL)
    return FALSE;
  /* Its words counted by their spaces first: most lines have too few or too many. */
  for (const char *p = strchr (name, ' '); p != NULL && spaces < MAX_LABEL_NAME_WORDS;
       p = strchr (p + 1, ' '))
    spaces++;
  if (spaces == 0 || spaces >= MAX_LABEL_NAME_WORDS)
    return FALSE;
  words = g_strsplit (name, " ", -1);
  n = g_strv_length (words);
  if (n < 2 || n > MAX_LABEL_NAME_WORDS)
    return FALSE;
  for (guint w = 0; w < n; w++)
    {
      const char *word = elided_word (words[w]);

      if (!cmq_importer_is_name_small_word (words[w]) &&
          !g_unichar_isupper (g_utf8_get_char (word)))
        return FALSE;
      institution |= cmq_importer_is_institution_word (words[w]) ||
                     cmq_importer_is_compound_institution_word (words[w]);
    }
  return institution;
}

/* Whether a story line names @name in any case: its key among the words of the lines' keys. */
static gboolean
story_names_folded (GArray *lines, const char *name)
{
  g_autofree char *key = cmq_importer_key (name);
  g_autofree char *spaced = g_strconcat (" ", key, " ", NULL);

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      g_autofree char *line_key = NULL;
      g_autofree char *line_spaced = NULL;

      if (line->role != CMQ_LINE_STORY)
        continue;
      line_key = line->key != NULL ? g_strdup (line->key) : cmq_importer_key (line->text);
      line_spaced = g_strconcat (" ", line_key, " ", NULL);
      if (strstr (line_spaced, spaced) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* "COUR INTERNATIONALE DE JUSTICE" as "Cour Internationale de Justice": a capital to each word
 * but the small ones, for a letterhead that names no organisation the importer knows. */
static char *
title_case (const char *name)
{
  g_auto (GStrv) words = g_strsplit (name, " ", -1);

  for (guint w = 0; words[w] != NULL; w++)
    {
      g_autofree char *lower = g_utf8_strdown (words[w], -1);
      g_autofree char *spaced = g_strconcat (" ", lower, " ", NULL);
      const char *rest = g_utf8_next_char (lower);
      g_autofree char *first = g_utf8_strup (lower, rest - lower);

      g_free (words[w]);
      words[w] = strstr (NAME_SMALL_WORDS, spaced) != NULL && w > 0
                     ? g_strdup (lower)
                     : g_strconcat (first, rest, NULL);
    }
  return g_strjoinv (" ", words);
}

/* "University of Cincinnati logo and link", "Logo of the Northland Harbour Authority": the text of
 * a site's logo names its owner; @name is cut to the owner's name, in place. */
static void
logo_owner (char *name)
{
  static gsize initialised = 0;
  static GRegex *regex = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  const char *l = strpbrk (name, "lL");
  int start, end;

  /* the pattern needs the word, whose letters have no case outside ASCII */
  while (l != NULL && g_ascii_strncasecmp (l, "logo", 4) != 0)
    l = strpbrk (l + 1, "lL");
  if (l == NULL)
    return;
  cmq_importer_regex_get (&initialised, &regex,
                          "^(?:logo (?:of (?:the )?|de (?:la |l')?|du |des )?(.+)|"
                          "(.+?) logo(?: and link)?)$");
  if (!g_regex_match (regex, name, 0, &match))
    return;
  if (!g_match_info_fetch_pos (match, 1, &start, &end) || start < 0)
    g_match_info_fetch_pos (match, 2, &start, &end);
  memmove (name, name + start, end - start);
  name[end - start] = '\0';
}

/* The institution that a line above the story names by a name of its own, before any tagline
 * (" - eurosystem") or in its logo's text, or a letterhead in capitals, when the story names it
 * too (by its name or acronym; a letterhead in any case), or NULL: a repost's site has no such
 * name, or the story does not name it. */
static char *
find_header_institution (GArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      g_autofree char *name = NULL;
      char *dash;

      /* a blank line is no story line, whatever its role */
      if (*line->text == '\0')
        continue;
      if (line->role == CMQ_LINE_STORY)
        break;
      if (line->role == CMQ_LINE_HEADLINE)
        continue;
      name = g_strndup (line->text, strcspn (line->text, "|"));
      if ((dash = strstr (name, " - ")) != NULL || (dash = strstr (name, " – ")) != NULL)
        *dash = '\0';
      g_strstrip (name);
      logo_owner (name);
      if (!cmq_importer_is_institution_name (name))
        continue;
      if (cmq_importer_is_capitals (name) && story_names_folded (lines, name))
        return title_case (name);
      if (cmq_importer_story_names (lines, name) ||
          cmq_importer_story_names_inflected (lines, name))
        return g_steal_pointer (&name);
    }
  return NULL;
}

/* The issuer that a label line outside the story names ("Press Release: X", "X – Press office"), else the owner of
 * a copyright line whom the story names, else an institution a line above the story names; its
 * name in organisations.txt when it is there. */
char *
cmq_importer_find_labelled_issuer (GArray *lines)
{
  g_autofree char *issuer = NULL;
  g_autofree char *owner = NULL;
  g_autofree char *header = NULL;
  const char *name;

  for (guint i = 0; i < lines->len && issuer == NULL; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      if (line->role == CMQ_LINE_STORY || line->role == CMQ_LINE_HEADLINE || *line->text == '\0')
        continue;
      issuer = issuer_of_label (line->text);
      if (issuer == NULL)
        issuer = issuer_of_press_service (line->text);
      if (issuer == NULL)
        issuer = issuer_beside_press_service (lines, i);
      if (issuer == NULL)
        issuer = cmq_importer_issuer_under_publisher_label (lines, i);
      if (owner == NULL && (owner = owner_of_copyright (line->text)) != NULL &&
          !cmq_importer_story_names (lines, owner) &&
          !cmq_importer_story_names_inflected (lines, owner))
        g_clear_pointer (&owner, g_free);
    }
  if (issuer == NULL && owner == NULL)
    header = find_header_institution (lines);
  name = issuer != NULL ? issuer : owner != NULL ? owner : header;
  if (name == NULL)
    return NULL;
  return cmq_importer_known_or_written (name);
}
