/* cmq-importer-source.c: the organisation that published a dump's release, from its site name
 * lines, its organisations' names and domains (looked up in cmq-importer-organisations.c), the
 * publisher its service's lines present, and the page's URL; the issuer that its label, copyright
 * and header lines name is found in cmq-importer-labelledissuers.c.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-editorsnotes.h"
#include "cmq-importer-labelledissuers.h"
#include "cmq-importer-partnerlists.h"
#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"
#include "cmq-importer-sentby.h"
#include "cmq-importer-shownissuers.h"

/* A line naming the publisher is short: a site name, a tagline, a release number. */
#define MAX_SOURCE_LINE_WORDS 10
/* A longer line (a site name and tagline) names it by a full name this long, up to this length. */
#define MIN_FULL_NAME_WORDS   3
#define MAX_NAMING_LINE_WORDS 24

/* Longer lines are never searched for the page's address. */
#define MAX_URL_LINE_BYTES 400

#define URL_PATTERN "((?:https?://|(?=www\\.))([a-z0-9.-]+\\.[a-z]{2,})(?:[/?#][^\\s<>\"]*)?)"

/* What a line holding the page's address is, if it is one. */
typedef enum
{
  URL_NONE,
  URL_BARE,     /* the address alone */
  URL_SOURCE,   /* "Source: https://…", which may also cite a table's source inside the story */
  URL_LABELLED, /* "URL:", "Permalink:", "Lien permanent :", "saved from url=(0052)…" */
} UrlLine;

/* Whether @text is a line of its own for a web address, and which; @url and @host receive the
 * address and its domain. A link inside a sentence is never one. */
static UrlLine
find_url_line (const char *text, char **url, char **host)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *label = NULL;
  g_autofree char *saved = NULL;

  if (strnlen (text, MAX_URL_LINE_BYTES) == MAX_URL_LINE_BYTES ||
      (strstr (text, "http") == NULL && strstr (text, "www.") == NULL))
    return URL_NONE;
  cmq_regex_get (&initialised, &regex,
                 "^(?:(source|(?:(?:source|page|original|canonical) )?(?:url|link|address)|"
                 "permalink|permalien|lien(?: permanent)?|adresse(?: de la page)?|"
                 "(?:saved|retrieved) from|enregistr[eé] depuis|canonical)\\s*:?\\s*)?"
                 "(url=\\(\\d+\\))?<?" URL_PATTERN ">?$");
  if (!cmq_regex_match (regex, text))
    return URL_NONE;
  label = cmq_regex_fetch (text, 1);
  saved = cmq_regex_fetch (text, 2);
  *url = cmq_regex_fetch (text, 3);
  *host = cmq_regex_fetch (text, 4);
  if (*label == '\0' && *saved == '\0')
    return URL_BARE;
  return g_ascii_strcasecmp (label, "source") == 0 ? URL_SOURCE : URL_LABELLED;
}

/* Whether a URL line of @kind, on a line of @role, is the page's address: a labelled one
 * anywhere but a story paragraph (where "Source:" cites a figure's source); a bare one only
 * before the story, as lists of related pages after it are bare addresses too. */
static gboolean
is_page_url (UrlLine kind, CmqLineRole role, gboolean after_story)
{
  switch (kind)
    {
    case URL_LABELLED:
      return TRUE;
    case URL_SOURCE:
      return role != CMQ_LINE_STORY;
    case URL_BARE:
      return !after_story;
    case URL_NONE:
    default:
      return FALSE;
    }
}

/* Whether @url, at @host, is a site's home ("www.icj-cij.org", "Source: https://www.example.org/"):
 * a masthead's, a contact block's or a credit's address, never the release page's, though its
 * domain may still name the source. */
static gboolean
is_home_url (const char *url, const char *host)
{
  const char *path = strstr (url, host);

  path = path != NULL ? path + strlen (host) : "";
  return *path == '\0' || strcmp (path, "/") == 0;
}

/* A publisher's name in its press-release service's lines is at most this many words. */
#define MAX_PUBLISHER_WORDS 8

/* A name is the publisher's when lines name it this many times ("About X", "Latest releases
 * from X", X alone): once may be a partner's note ("About the … Foundation"). */
#define MIN_PUBLISHER_MENTIONS 2

/* "About X", "News from X", "Subscribe to releases from X", "Latest releases from X", "À propos
 * de X": the name after the words that present a publisher (presenting-openings.txt), as
 * written, or NULL. */
static char *
publisher_of_line (const char *text)
{
  g_autofree char *name = NULL;
  g_autofree char *key = NULL;
  guint words;

  if (!g_unichar_isalpha (g_utf8_get_char (text)))
    return NULL;
  name = cmq_importer_name_after_opening (text, CMQ_PRESENTING_NEWS | CMQ_PRESENTING_ABOUT);
  if (name == NULL || !g_unichar_isupper (g_utf8_get_char (name)) ||
      strpbrk (name, ".!?:;,") != NULL)
    return NULL;
  key = cmq_importer_key (name);
  words = cmq_importer_count_words (key);
  if (words == 0 || words > MAX_PUBLISHER_WORDS || cmq_importer_is_interface_line (key, words))
    return NULL;
  return g_steal_pointer (&name);
}

/* The publisher that the lines outside the story present at least MIN_PUBLISHER_MENTIONS times,
 * counting a line that is the name alone; its name in organisations.txt when it is there. */
static char *
find_publisher (GArray *lines)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      char *name;

      if (line->role == CMQ_LINE_STORY || *line->text == '\0')
        continue;
      name = publisher_of_line (line->text);
      if (name != NULL)
        g_ptr_array_add (names, name);
    }
  for (guint n = 0; n < names->len; n++)
    {
      const char *name = g_ptr_array_index (names, n);
      guint mentions = 0;

      for (guint i = 0; i < lines->len && mentions < MIN_PUBLISHER_MENTIONS; i++)
        {
          const Line *line = &g_array_index (lines, Line, i);
          const char *at = line->role != CMQ_LINE_STORY ? strstr (line->text, name) : NULL;

          mentions += at != NULL && strlen (at) == strlen (name);
        }
      if (mentions < MIN_PUBLISHER_MENTIONS)
        continue;
      return cmq_importer_known_or_written (name);
    }
  return NULL;
}

/* The known organisation named by the first group of @regex's match in @text, shaped as a site
 * names itself, or NULL; with @whole, only when the organisation's name is all of that group
 * ("the United Nations Foundation" is not the United Nations). */
const char *
cmq_importer_organisation_of_match (CmqRegex *regex, const char *text, gboolean whole)
{
  g_autofree char *name = NULL;
  g_autofree char *key = NULL;
  const char *known;
  guint words;

  if (!cmq_regex_match (regex, text))
    return NULL;
  name = cmq_regex_fetch (text, 1);
  key = cmq_importer_key (name);
  words = cmq_importer_count_words (key);
  if (words == 0 || !cmq_importer_is_site_name (name, key))
    return NULL;
  known = cmq_importer_organisation_of_line (name, key, &words);
  if (whole && known != NULL && words < cmq_importer_count_words (key))
    return NULL;
  return known;
}

/* "IAEA Director General Briefs Board…", "WHO Director-General's opening remarks…", "UNESCO
 * Chief Condemns…": the known organisation, all of the words before it, whose office-holder a
 * headline opens with, or NULL: a release in its head's name is the organisation's. */
const char *
cmq_importer_office_holder_organisation (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&initialised, &regex,
                 "^(?:the\\s+)?(\\S+(?:\\s\\S+){0,5}?)\\s+(?:deputy\\s+)?"
                 "(?:director[- ]general|secretary[- ]general|executive director|"
                 "high commissioner|high representative|managing director|"
                 "spokes(?:person|man|woman)|president|chief|prosecutor|administrator|"
                 "chair(?:man|person)?)(?:'s|’s)?(?=[\\s,:]|$)");
  return cmq_importer_organisation_of_match (regex, text, FALSE);
}

/* "Department of Foreign Affairs and Trade of Ireland : Minister … to attend …": a news wire
 * heads a release it carries with its issuer's name and a colon. The known organisation that
 * the part of a headline line before its first colon names, all of it, or whose office-holder
 * the headline opens with, or NULL. */
static char *
find_headline_issuer (GArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      g_autofree char *name = NULL;
      g_autofree char *key = NULL;
      const char *colon;
      const char *known;
      guint words;

      if (line->role == CMQ_LINE_STORY)
        break;
      if (line->role == CMQ_LINE_HEADLINE &&
          (known = cmq_importer_office_holder_organisation (line->text)))
        return g_strdup (known);
      if (line->role != CMQ_LINE_HEADLINE || (colon = strchr (line->text, ':')) == NULL ||
          colon[1] != ' ')
        continue;
      name = g_strstrip (g_strndup (line->text, colon - line->text));
      key = cmq_importer_key (name);
      words = cmq_importer_count_words (key);
      if (words == 0 || words > MAX_SOURCE_LINE_WORDS || !cmq_importer_is_site_name (name, key))
        continue;
      known = cmq_importer_organisation_of_line (name, key, &words);
      if (known != NULL)
        return g_strdup (known);
    }
  return NULL;
}

/* "Geneva (ICRC) – The International Committee…": the known organisation whose acronym the
 * story's dateline holds in parentheses, where a wire puts its agency's, or NULL. An agency
 * ("(AFP)", "(ots)") is no organisation the importer knows, so it names none. */
static char *
find_dateline_issuer (GArray *lines)
{
  static gsize initialised = 0;
  static GRegex *regex = NULL;

  cmq_importer_regex_get (&initialised, &regex,
                          "^[\\w .,'’-]{2,40}?\\s\\(([\\w&]{2,12})\\)\\s*[-–—]\\s");
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      g_autoptr (GMatchInfo) match = NULL;
      g_autofree char *acronym = NULL;
      g_autofree char *key = NULL;
      const char *known;
      guint words;

      if (line->role != CMQ_LINE_STORY || *line->text == '\0')
        continue;
      if (!g_regex_match (regex, line->text, 0, &match))
        return NULL;
      acronym = g_match_info_fetch (match, 1);
      if (!cmq_importer_is_capitals (acronym))
        return NULL;
      key = cmq_importer_key (acronym);
      known = cmq_importer_organisation_of_line (acronym, key, &words);
      return known != NULL && cmq_importer_is_site_name (acronym, key) ? g_strdup (known) : NULL;
    }
  return NULL;
}

/* The organisation a line of chrome names: a short line by any of its names, a longer one (a site
 * name and its tagline, a press office's heading) only by a full name, not by an acronym or a
 * short name that a longer line may use for another. */
static const char *
organisation_of_chrome (const Line *line)
{
  guint words = cmq_importer_count_words (line->key);
  guint name_words;
  const char *organisation, *at;
  g_autofree char *next = NULL;

  if (words > MAX_NAMING_LINE_WORDS)
    return NULL;
  organisation = cmq_importer_organisation_of_line (line->text, line->key, &name_words);
  if (words > MAX_SOURCE_LINE_WORDS && name_words < MIN_FULL_NAME_WORDS)
    return NULL;
  /* Not when an institution's word goes on with it: the United Nations Foundation is not the UN. */
  at = organisation != NULL ? strstr (line->text, organisation) : NULL;
  at = at != NULL && at[strlen (organisation)] == ' ' ? at + strlen (organisation) : NULL;
  next = at != NULL ? g_strndup (at + 1, strcspn (at + 1, " ,.;:")) : NULL;
  return next != NULL && g_unichar_isupper (g_utf8_get_char (next)) &&
                 cmq_importer_is_institution_word (next)
             ? NULL
             : organisation;
}

/* "media@francophonie.org", "Press office: +33 1 53 38 66 00, spresse@amnesty.fr": the known
 * organisation whose domain a contact line's e-mail address is at, or NULL. A press office's
 * address is its organisation's, on its own pages as on a repost. */
static const char *
organisation_of_mail (const char *text)
{
  static gsize initialised = 0;
  static GRegex *regex = NULL;
  g_autoptr (GMatchInfo) match = NULL;

  if (strchr (text, '@') == NULL || strnlen (text, MAX_URL_LINE_BYTES) == MAX_URL_LINE_BYTES)
    return NULL;
  cmq_importer_regex_get (
      &initialised, &regex,
      "(?i)(?<![\\w.%+-])[\\w.%+-]+@([a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,})\\b");
  for (g_regex_match (regex, text, 0, &match); g_match_info_matches (match);
       g_match_info_next (match, NULL))
    {
      g_autofree char *host = g_match_info_fetch (match, 1);
      const char *organisation = cmq_importer_organisation_of_mail_host (host);

      if (organisation != NULL)
        return organisation;
    }
  return NULL;
}

/* The source and URL, from the lines outside the story: a URL's domain (a labelled URL line wins
 * over a bare one), the publisher that a service's lines present, the organisation a line names,
 * the organisation a contact's e-mail address is at, the issuer a wire heads a headline with,
 * the organisation a dateline names in parentheses. */
void
cmq_importer_find_source (GArray *lines, CmqDumpParts *parts)
{
  const char *from_domain = NULL;
  const char *from_lines = NULL;
  const char *from_mail = NULL;
  const char *from_home = NULL;
  UrlLine best = URL_NONE;
  gboolean after_story = FALSE;

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      g_autofree char *host = NULL;
      g_autofree char *url = NULL;
      UrlLine kind;
      gboolean page;

      if (*line->text == '\0')
        continue;
      kind = find_url_line (line->text, &url, &host);
      page = kind != URL_NONE && cmq_importer_page_address (&url, &host);
      if (page && kind > best && is_page_url (kind, line->role, after_story) &&
          is_home_url (url, host))
        from_home = from_home != NULL ? from_home : cmq_importer_organisation_of_domain (host);
      else if (page && kind > best && is_page_url (kind, line->role, after_story))
        {
          best = kind;
          g_free (parts->url);
          parts->url = g_steal_pointer (&url);
          from_domain = cmq_importer_organisation_of_domain (host);
        }
      if (line->role == CMQ_LINE_STORY && kind == URL_NONE)
        after_story = TRUE;
      if (from_lines == NULL && line->chrome && line->role != CMQ_LINE_HEADLINE &&
          line->key != NULL && cmq_importer_names_organisation_word (line->key) &&
          (from_lines = organisation_of_chrome (line)) != NULL &&
          cmq_importer_is_partner_listed (lines, i))
        from_lines = NULL;
      if (from_mail == NULL && line->role != CMQ_LINE_STORY)
        from_mail = organisation_of_mail (line->text);
    }
  if (from_domain != NULL || from_home != NULL)
    parts->source = g_strdup (from_domain != NULL ? from_domain : from_home);
  else if ((parts->source = find_publisher (lines)) != NULL)
    return;
  else if (from_lines != NULL)
    parts->source = g_strdup (from_lines);
  else if (from_mail != NULL)
    parts->source = g_strdup (from_mail);
  else if ((parts->source = cmq_importer_find_site_name (lines)) == NULL &&
           (parts->source = cmq_importer_find_labelled_issuer (lines)) == NULL &&
           (parts->source = cmq_importer_find_shown_sender (lines)) == NULL &&
           (parts->source = cmq_importer_find_office_issuer (lines)) == NULL &&
           (parts->source = cmq_importer_find_address_sender (lines)) == NULL &&
           (parts->source = cmq_importer_find_tail_issuer (lines)) == NULL &&
           (parts->source = cmq_importer_find_dated_issuer (lines)) == NULL &&
           (parts->source = find_headline_issuer (lines)) == NULL &&
           (parts->source = find_dateline_issuer (lines)) == NULL &&
           (parts->source = cmq_importer_find_lead_issuer (lines)) == NULL &&
           (parts->source = cmq_importer_find_presented_issuer (lines)) == NULL &&
           (parts->source = cmq_importer_find_signature_issuer (lines)) == NULL &&
           (parts->source = cmq_importer_find_member_owner (lines)) == NULL &&
           (parts->source = cmq_importer_find_organ_owner (lines)) == NULL &&
           (parts->source = cmq_importer_find_behalf_issuer (lines)) == NULL &&
           (parts->source = cmq_importer_find_releases_owner (lines)) == NULL &&
           (parts->source = cmq_importer_find_editors_notes_issuer (lines)) == NULL)
    parts->source = cmq_importer_find_shown_issuer (lines);
}
