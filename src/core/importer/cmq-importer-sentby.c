/* cmq-importer-sentby.c: the sender's block a page prints under the story (heldout37 gwct-01,
 * brindisi-01): a distribution service's notice led by the release's kind ("Press release
 * distributed by Pressat on behalf of …"), a sender's label over its name ("Published By", "Publié
 * par", "Veröffentlicht von", "Pubblicato da"), a closing signature that writes the organisation,
 * then its place and date ("S.S.D. Calcio Città di Brindisi Brindisi, 21 Febbraio 2015"). Each
 * ends the story when only short lines follow it; the label's name and the signature's
 * organisation are the release's source when the story names them too, never a person. So is
 * the sender a list's description names above the release that is its first item ("Latest press
 * releases from Cancer Research UK", heldout21 cruk-01), when the page names it elsewhere too.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-listdescriptions.h"
#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"
#include "cmq-importer-sentby.h"

/* The block is among the dump's last this many lines that are not blank, */
#define MAX_TAIL_LINES 24
/* and the lines under its first are this short: a name, an address, a tag line, a prompt. */
#define MAX_TAIL_LINE_WORDS 25
/* A sender's label is this short ("Veröffentlicht von:"), */
#define MAX_LABEL_BYTES 24
/* its name a few words, */
#define MAX_SENDER_WORDS 10
/* and a contact line (an e-mail address, a site) this near under the name. */
#define MAX_CONTACT_DISTANCE 3
/* A signature's place is at most this many words before its comma. */
#define MAX_PLACE_WORDS 3

/* "Press release distributed by Pressat on behalf of …", "Communiqué diffusé par … pour le compte
 * de …": a release's kind, then a service's notice that it sends the release for another. */
static gboolean
is_kind_led_notice (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *folded = NULL;

  if (strchr ("PpNnMmCcKk", *text) == NULL || strchr (text, ' ') == NULL)
    return FALSE;
  folded = cmq_importer_fold (text);
  cmq_regex_get (&initialised, &regex,
                 "^(?:(?:press|news|media) release|communique(?: de presse)?|"
                 "pressemitteilung|comunicato(?: stampa)?|nota de prensa|persbericht) "
                 "(?:distributed by|(?:distribue|diffuse)e? par|verbreitet (?:durch|von)|"
                 "distribuito da|distribuido por|verspreid door) .{2,60}? "
                 "(?:on behalf of|pour le compte d|au nom d|im auftrag|per conto d|"
                 "en nombre de|namens|in opdracht van)");
  return cmq_regex_match (regex, folded);
}

/* "Published By", "Publié par :", "Veröffentlicht von", "Pubblicato da": a sender's label alone
 * on its line. */
static gboolean
is_sender_label (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *folded = NULL;

  if (strchr ("PpVvGg", *text) == NULL || strlen (text) > MAX_LABEL_BYTES)
    return FALSE;
  folded = cmq_importer_fold (text);
  cmq_regex_get (&initialised, &regex,
                 "^(?:published by|publie(?:e)? par|veroffentlicht von|pubblicato da|"
                 "publicado por|gepubliceerd door)\\s*:?$");
  return cmq_regex_match (regex, folded);
}

/* "S.S.D." or "GWCT": a word of capitals, two or more, full stops between them or not. */
static gboolean
is_acronym_word (const char *word)
{
  guint capitals = 0;

  for (const char *p = word; *p != '\0'; p++)
    {
      if (g_ascii_isupper (*p))
        capitals++;
      else if (*p != '.')
        return FALSE;
    }
  return capitals >= 2;
}

/* Whether @name is shaped as an organisation's, never a person's: a word that makes a name an
 * institution's, an ampersand ("Game & Wildlife Conservation Trust"), or an acronym among
 * three words or more ("S.S.D. Calcio Città di Brindisi") that are not all in capitals. */
static gboolean
is_organisation_shaped (const char *name)
{
  g_auto (GStrv) words = g_strsplit (name, " ", -1);
  guint n = g_strv_length (words);
  gboolean acronym = FALSE;

  if (strstr (name, " & ") != NULL)
    return TRUE;
  for (guint w = 0; w < n; w++)
    {
      if (cmq_importer_is_institution_word (words[w]) ||
          cmq_importer_is_compound_institution_word (words[w]))
        return TRUE;
      acronym |= is_acronym_word (words[w]);
    }
  return acronym && n >= 3 && !cmq_importer_is_capitals (name);
}

/* A sender's name: a capital first, a few words, no sentence punctuation, address or digit. */
static gboolean
is_sender_name (const char *text)
{
  g_autofree char *key = cmq_importer_key (text);
  guint words = cmq_importer_count_words (key);

  return g_unichar_isupper (g_utf8_get_char (text)) && words > 0 && words <= MAX_SENDER_WORDS &&
         strpbrk (text, "!?:;,/@0123456789") == NULL;
}

/* Under a sender's label at @i, the name on the next line that is not blank, with an e-mail
 * address, a site or a telephone number at most a few lines under it; or NULL. */
static const char *
name_under_label (GArray *lines, guint i)
{
  guint name = nonblank_below (lines, i);
  guint k = name;

  if (name >= lines->len || !is_sender_name (g_array_index (lines, Line, name).text))
    return NULL;
  for (guint n = 0; n < MAX_CONTACT_DISTANCE && (k = nonblank_below (lines, k)) < lines->len; n++)
    {
      const char *text = g_array_index (lines, Line, k).text;

      if (cmq_importer_is_contact_detail (text) || g_str_has_prefix (text, "http") ||
          g_str_has_prefix (text, "www."))
        return g_array_index (lines, Line, name).text;
    }
  return NULL;
}

/* Whether a story line other than @i names @name as whole words. */
static gboolean
named_elsewhere (GArray *lines, guint i, const char *name)
{
  for (guint k = 0; k < lines->len; k++)
    if (k != i && role_at (lines, k) == CMQ_LINE_STORY &&
        cmq_importer_has_word (g_array_index (lines, Line, k).text, name))
      return TRUE;
  return FALSE;
}

/* Whether a line other than @i, of any role, names @name as whole words. */
static gboolean
named_on_page (GArray *lines, guint i, const char *name)
{
  for (guint k = 0; k < lines->len; k++)
    if (k != i && cmq_importer_has_word (g_array_index (lines, Line, k).text, name))
      return TRUE;
  return FALSE;
}

/* "S.S.D. Calcio Città di Brindisi Brindisi, 21 Febbraio 2015", line @i: the organisation's name
 * before a place and date that end the line, the longest that another line of the story names,
 * or NULL. The line ends with a digit and holds a comma. */
static char *
name_before_place_date (GArray *lines, guint i)
{
  const char *text = g_array_index (lines, Line, i).text;
  const char *comma = strrchr (text, ',');
  const char *space = comma;

  for (guint n = 0; n < MAX_PLACE_WORDS; n++)
    {
      g_autofree char *name = NULL;

      while (space > text && *space != ' ')
        space--;
      if (space <= text)
        return NULL;
      name = g_strndup (text, space - text);
      g_strchomp (name);
      if (name[0] != '\0' && strchr (name, ',') == NULL && is_sender_name (name) &&
          is_organisation_shaped (name) && named_elsewhere (lines, i, name) &&
          cmq_importer_is_place_date (space + 1))
        return g_steal_pointer (&name);
      space--;
    }
  return NULL;
}

/* Whether line @i may be a closing signature: a comma, a digit last (the year), a few words. */
static gboolean
may_be_signature (GArray *lines, const LineInfo *info, guint i)
{
  const char *text = g_array_index (lines, Line, i).text;
  gsize len = strlen (text);

  return len > 0 && g_ascii_isdigit (text[len - 1]) && info[i].words <= MAX_SENDER_WORDS + 6 &&
         strchr (text, ',') != NULL;
}

/* Whether the lines under @i to the end are all short, and a story paragraph is above it. */
static gboolean
is_tail_block (GArray *lines, const LineInfo *info, guint first, guint i)
{
  for (guint k = i + 1; k < lines->len; k++)
    if (info[k].words > MAX_TAIL_LINE_WORDS)
      return FALSE;
  for (guint k = i; k-- > first;)
    if (info[k].body && role_at (lines, k) == CMQ_LINE_STORY)
      return TRUE;
  return FALSE;
}

guint
cmq_importer_sender_block_start (GArray *lines, const LineInfo *info, guint first)
{
  guint start = lines->len;
  guint n = 0;

  for (guint i = lines->len; i-- > first + 1 && n < MAX_TAIL_LINES;)
    {
      const char *text = g_array_index (lines, Line, i).text;
      g_autofree char *name = NULL;

      if (is_blank (lines, i))
        continue;
      n++;
      if (info[i].words > MAX_TAIL_LINE_WORDS * 2)
        break;
      if (is_kind_led_notice (text) || (is_sender_label (text) && name_under_label (lines, i)) ||
          (may_be_signature (lines, info, i) && (name = name_before_place_date (lines, i)) != NULL))
        start = i;
    }
  return start < lines->len && is_tail_block (lines, info, first, start) ? start : lines->len;
}

char *
cmq_importer_find_shown_sender (GArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      gsize len = strlen (line->text);
      const char *name;
      char *signed_name;

      if (len == 0 || line->role == CMQ_LINE_STORY || line->role == CMQ_LINE_HEADLINE)
        continue;
      /* the description over a list of releases, naming whose they are, when another line of
       * the page (the story, the list's next items) names it too: a name written only there is
       * the list's publisher, perhaps not this release's */
      if (line->role == CMQ_LINE_LEADING_CHROME &&
          (signed_name = cmq_importer_list_description_sender (line->text, line->key)) != NULL)
        {
          if (named_on_page (lines, i, signed_name))
            return signed_name;
          g_free (signed_name);
        }
      if (is_sender_label (line->text) && (name = name_under_label (lines, i)) != NULL &&
          is_organisation_shaped (name) && cmq_importer_story_names (lines, name))
        return g_strdup (name);
      if (g_ascii_isdigit (line->text[len - 1]) && strchr (line->text, ',') != NULL &&
          (signed_name = name_before_place_date (lines, i)) != NULL)
        return signed_name;
    }
  return NULL;
}
