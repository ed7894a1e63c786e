/* cmq-importer-sitenames.c: the organisation that a site names itself by in its page's top
 * chrome ("News from WWF", "Save the Children - latest news", "UEFA.com …", a wire's "African
 * Development Bank (Abidjan)"), and the one a press office line or an "About …" note after the
 * story names ("please contact the News and Media Division at WIPO"), for a source that no known
 * organisation gives. Every name returned is written in the dump.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* Lines longer than this are sentences, never a site's name or a press office's line. */
#define MAX_NAMING_LINE_BYTES 300

/* A place a wire writes after its issuer's name ("(Abidjan)") is at most this many words. */
#define MAX_PLACE_WORDS 3

/* "News from WWF", "Latest news from X", "Actualités de X", "Save the Children - latest news",
 * "X | Newsroom", "X – Communiqués de presse": the name a site-name line gives beside its news
 * words, as written, or NULL. */
static char *
name_beside_news_words (const char *text)
{
  char *name = cmq_importer_name_after_opening (text, CMQ_PRESENTING_NEWS);

  return name != NULL ? name : cmq_importer_name_before_closing (text, CMQ_PRESENTING_NEWS);
}

/* "UEFA.com fonctionne mieux…", "Amnesty.org": the name a site gives itself as its domain,
 * opening a line, as written (capitals in it: a domain in lower case is an address, not a
 * name), or NULL. */
static char *
name_as_domain (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *name = NULL;

  if (!g_ascii_isupper (*text) || strchr (text, '.') == NULL)
    return NULL;
  cmq_regex_get (&initialised, &regex, "^([a-z][a-z0-9&-]{1,30})\\.(?:com|org|int|net|eu)\\b");
  if (!cmq_regex_match (regex, text))
    return NULL;
  name = cmq_regex_fetch (text, 1);
  return g_ascii_isupper (*name) ? g_steal_pointer (&name) : NULL;
}

/* "African Development Bank (Abidjan)": a wire's line for the issuer of the release it carries,
 * its name and, in parentheses, its seat; the name, as written, when it is an institution's
 * name, or NULL. */
static char *
institution_before_place (const char *text)
{
  const char *open = strrchr (text, '(');
  g_autofree char *name = NULL;
  g_autofree char *place = NULL;
  g_auto (GStrv) words = NULL;

  if (open == NULL || open == text || open[-1] != ' ' || !g_str_has_suffix (text, ")"))
    return NULL;
  place = g_strndup (open + 1, strlen (open + 1) - 1);
  words = g_strsplit (place, " ", -1);
  if (!g_unichar_isupper (g_utf8_get_char (place)) || g_strv_length (words) > MAX_PLACE_WORDS ||
      strpbrk (place, "0123456789()/.,;:") != NULL)
    return NULL;
  name = g_strstrip (g_strndup (text, open - text));
  return cmq_importer_is_institution_name (name) ? g_steal_pointer (&name) : NULL;
}

/* "Publié le 16 décembre 2014 | CEDEAO", "Summit opens in Accra - ECOWAS": the name a page's
 * title or date line carries after its last bar, or a title after its last spaced dash, where
 * sites put their own name, as written, or NULL. A dash after a date is no such sign: a
 * dateline puts its place there ("11 May 2016 - Brussels"); nor is a topic of the site
 * ("… – Police Appeals"). */
static char *
name_in_tail (const char *text)
{
  const char *bar = g_strrstr (text, " | ");
  const char *dash = g_strrstr (text, " - ");
  const char *en_dash = g_strrstr (text, " – ");
  const char *at = NULL;

  if (en_dash != NULL && (dash == NULL || en_dash > dash))
    dash = en_dash;
  if (dash != NULL && (bar == NULL || dash > bar) &&
      strcspn (text, "0123456789") > (gsize) (dash - text))
    at = dash + (dash == en_dash ? strlen (" – ") : strlen (" - "));
  else if (bar != NULL)
    at = bar + strlen (" | ");
  if (at == NULL || at == text)
    return NULL;
  return cmq_importer_is_label_name (at) && !cmq_importer_is_topic_tail (at) ? g_strdup (at) : NULL;
}

/* "From: Department of Defence and Paul Kehoe TD", "De : Ministère des Armées": the first
 * institution a "From:" line names among the issuers it lists, as written, or NULL (a person's
 * name, an e-mail header's address, is none). */
static char *
institution_of_from_line (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *issuers = NULL;
  g_auto (GStrv) parts = NULL;

  if (strchr (text, ':') == NULL)
    return NULL;
  cmq_regex_get (&initialised, &regex, "^(?:from|de|von|da|van)\\s*:\\s*(.+)$");
  if (!cmq_regex_match (regex, text))
    return NULL;
  issuers = cmq_regex_fetch (text, 1);
  parts = g_regex_split_simple ("\\s+(?:and|et|und|e|en)\\s+|\\s*[,;]\\s*", issuers, 0, 0);
  for (guint k = 0; parts[k] != NULL; k++)
    if (cmq_importer_is_institution_name (parts[k]))
      return g_strdup (parts[k]);
  return NULL;
}

/* "by University of Wyoming", "par l'Université de Strasbourg": a byline that names an
 * institution rather than a person, as written, or NULL. */
static char *
institution_of_byline (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *name = NULL;

  cmq_regex_get (&initialised, &regex, "^(?:by|par|von|por|door|da)\\s+(?:l'|l’|the\\s+)?(.+)$");
  if (!cmq_regex_match (regex, text))
    return NULL;
  name = cmq_regex_fetch (text, 1);
  return cmq_importer_is_label_name (name) && cmq_importer_is_institution_name (name)
             ? g_steal_pointer (&name)
             : NULL;
}

char *
cmq_importer_first_name_above_story (GArray *lines, gboolean skip_headline, CmqNameOfLine name_of)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      char *name;

      if (*line->text == '\0')
        continue;
      if (line->role == CMQ_LINE_STORY)
        break;
      if ((skip_headline && line->role == CMQ_LINE_HEADLINE) ||
          strnlen (line->text, MAX_NAMING_LINE_BYTES) == MAX_NAMING_LINE_BYTES)
        continue;
      name = name_of (lines, line);
      if (name != NULL)
        return name;
    }
  return NULL;
}

/* The issuer a line names in its title's or date's tail (when the story names it too) or in its
 * "From:" line, as written, or NULL. */
static char *
tail_issuer_of_line (GArray *lines, const Line *line)
{
  g_autofree char *name = name_in_tail (line->text);

  if (name != NULL && cmq_importer_story_names (lines, name) &&
      !cmq_importer_is_story_surname (lines, name))
    return g_steal_pointer (&name);
  g_clear_pointer (&name, g_free);
  name = institution_of_byline (line->text);
  if (name != NULL && cmq_importer_story_names (lines, name))
    return g_steal_pointer (&name);
  return institution_of_from_line (line->text);
}

/* The issuer that a line above the story names in its title's or date's tail or in its "From:"
 * line, as written, or NULL. */
char *
cmq_importer_find_tail_issuer (GArray *lines)
{
  return cmq_importer_first_name_above_story (lines, FALSE, tail_issuer_of_line);
}

/* "Nokia Corporation", "Siemens AG", "Airbus SE": a company's name alone on a line, a few
 * capitalised words and its legal form; the whole name, as written, when the story names the
 * company by the words before its legal form, or NULL. */
static char *
company_of_line (GArray *lines, const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *base = NULL;

  if (!g_unichar_isupper (g_utf8_get_char (text)))
    return NULL;
  cmq_regex_get (&initialised, &regex,
                 "^((?:[\\p{Lu}][\\p{L}&'’-]*\\s){1,3}?)(?:corporation|corp\\.|inc\\.?|ltd\\.?|"
                 "limited|plc|ag|se|sa|s\\.a\\.|oyj|abp|gmbh|n\\.?v\\.|asa|ab|s\\.p\\.a\\.|spa)$");
  if (!cmq_regex_match (regex, text))
    return NULL;
  base = g_strstrip (cmq_regex_fetch (text, 1));
  for (const char *p = base; *p != '\0'; p = g_utf8_next_char (p))
    if ((p == base || p[-1] == ' ') && !g_unichar_isupper (g_utf8_get_char (p)))
      return NULL;
  return cmq_importer_story_names (lines, base) ? g_strdup (text) : NULL;
}

/* The name a site-name line gives: beside news words, or (when the story names it too) as a
 * domain, or an institution's before its seat, or a company's; as written, or NULL. */
static char *
site_name_of_line (GArray *lines, const Line *line)
{
  const char *text = line->text;
  g_autofree char *name = name_beside_news_words (text);

  if (name != NULL && cmq_importer_is_label_name (name))
    return g_steal_pointer (&name);
  g_clear_pointer (&name, g_free);
  name = name_as_domain (text);
  if (name != NULL && cmq_importer_story_names (lines, name))
    return g_steal_pointer (&name);
  g_clear_pointer (&name, g_free);
  name = institution_before_place (text);
  return name != NULL ? g_steal_pointer (&name) : company_of_line (lines, text);
}

/* The name a site-name line above the story (not the headline) gives, as written, or NULL. */
char *
cmq_importer_find_site_name (GArray *lines)
{
  return cmq_importer_first_name_above_story (lines, TRUE, site_name_of_line);
}

/* "Press Office of the Harbour Authority", "Assessoria de Comunicação Social do MDHC", "Service
 * de presse de la Préfecture": a press office's line naming its institution after "of"; that
 * name, as written, or NULL. */
static char *
name_of_press_office (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  cmq_regex_get (&initialised, &regex,
                 "^(?:the\\s+)?(?:press (?:office|service)|media relations(?: office)?|"
                 "service (?:de )?presse|assessoria de (?:comunica[çc][ãa]o(?: social)?|imprensa)|"
                 "gabinete de (?:prensa|imprensa)|oficina de prensa|ufficio stampa|"
                 "pressestelle|persdienst|biuro prasowe)\\s+(?:of|do|da|dos|das|de|del|della|"
                 "dello|du|des|der|van)\\s+(?:the\\s+|la\\s+|l['’]|el\\s+)?([^:.,;!?]+?)"
                 "\\s*[:.]?$");
  return cmq_regex_match (regex, text) ? cmq_regex_fetch (text, 1) : NULL;
}

/* "For more information, please contact the News and Media Division at WIPO:", "Contact the
 * press office of the X", "Assessoria de Comunicação Social do MDHC", "About the United Nations
 * Foundation": the issuer whose press office a contact line names, or whom a note after the story presents, as written, or NULL. */
static char *
name_of_office_line (const char *text)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  g_autofree char *name = NULL;

  if (strnlen (text, MAX_NAMING_LINE_BYTES) == MAX_NAMING_LINE_BYTES)
    return NULL;
  name = cmq_importer_name_after_opening (text, CMQ_PRESENTING_ABOUT);
  cmq_regex_get (&initialised, &regex,
                 "^(?:for (?:more|further) information,?\\s*)?(?:please\\s+)?contact\\s+"
                 "(?:the\\s+)?(?:[\\w-]+\\s+){0,4}?(?:office|division|unit|section|service|"
                 "department|team|desk)\\s+(?:at|of)\\s+(?:the\\s+)?([^:.,;!?]+?)\\s*[:.]?$");
  if (name == NULL && cmq_regex_match (regex, text))
    name = cmq_regex_fetch (text, 1);
  if (name == NULL)
    name = name_of_press_office (text);
  if (name == NULL)
    return NULL;
  return cmq_importer_is_label_name (name) ? g_steal_pointer (&name) : NULL;
}

/* The issuer a press office line or an "About …" note after the story names, when the story
 * names it too (a partner's note names one it may not), or NULL. */
char *
cmq_importer_find_office_issuer (GArray *lines)
{
  gboolean after_story = FALSE;

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      g_autofree char *name = NULL;

      if (*line->text == '\0')
        continue;
      /* a press office's line may close a story whose end the roles did not find: it names its
       * institution wherever it is, but the lead */
      if (line->role == CMQ_LINE_STORY)
        name = after_story && strnlen (line->text, MAX_NAMING_LINE_BYTES) < MAX_NAMING_LINE_BYTES
                   ? name_of_press_office (line->text)
                   : NULL;
      else
        name = after_story ? name_of_office_line (line->text) : NULL;
      after_story |= line->role == CMQ_LINE_STORY;
      if (name != NULL && cmq_importer_story_names (lines, name))
        return g_steal_pointer (&name);
    }
  return NULL;
}

/* Sites whose links share a page rather than name it. */
static const char *const share_hosts[] = {
  "facebook.com", "twitter.com", "x.com",         "linkedin.com", "t.co",        "wa.me",
  "whatsapp.com", "reddit.com",  "pinterest.com", "t.me",         "telegram.me", "bsky.app",
};

static gboolean
is_share_host (const char *host)
{
  for (guint i = 0; i < G_N_ELEMENTS (share_hosts); i++)
    {
      gsize n = strlen (share_hosts[i]);
      gsize len = strlen (host);

      if (g_ascii_strcasecmp (host, share_hosts[i]) == 0 ||
          (len > n && host[len - n - 1] == '.' &&
           g_ascii_strcasecmp (host + len - n, share_hosts[i]) == 0))
        return TRUE;
    }
  return FALSE;
}

/* The address a share link's "url=" or "u=" parameter holds, decoded, when it is a web page's, or
 * NULL. */
static char *
shared_page (const char *url)
{
  const char *query = strchr (url, '?');

  for (const char *p = query; p != NULL; p = strchr (p + 1, '&'))
    {
      const char *value = NULL;
      g_autofree char *raw = NULL;
      char *page;

      if (g_ascii_strncasecmp (p + 1, "url=", 4) == 0)
        value = p + 5;
      else if (g_ascii_strncasecmp (p + 1, "u=", 2) == 0)
        value = p + 3;
      if (value == NULL)
        continue;
      raw = g_strndup (value, strcspn (value, "&#"));
      page = g_uri_unescape_string (raw, NULL);
      if (page != NULL &&
          (g_str_has_prefix (page, "https://") || g_str_has_prefix (page, "http://")))
        return page;
      g_free (page);
    }
  return NULL;
}

/* Whether @url's path names an image: a picture's address, never the release page's. */
static gboolean
is_image (const char *url)
{
  static const char *const images[] = { ".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp" };
  g_autofree char *path = g_strndup (url, strcspn (url, "?#"));

  for (guint i = 0; i < G_N_ELEMENTS (images); i++)
    if (g_str_has_suffix (path, images[i]) ||
        (strlen (path) > strlen (images[i]) &&
         g_ascii_strcasecmp (path + strlen (path) - strlen (images[i]), images[i]) == 0))
      return TRUE;
  return FALSE;
}

gboolean
cmq_importer_page_address (char **url, char **host)
{
  g_autofree char *page = NULL;
  const char *start;

  if (is_image (*url))
    return FALSE;
  if (!is_share_host (*host))
    return TRUE;
  page = shared_page (*url);
  if (page == NULL || is_image (page))
    return FALSE;
  start = strstr (page, "://") + 3;
  g_free (*host);
  *host = g_ascii_strdown (start, strcspn (start, "/?#:"));
  if (**host == '\0' || is_share_host (*host))
    return FALSE;
  g_free (*url);
  *url = g_steal_pointer (&page);
  return TRUE;
}
