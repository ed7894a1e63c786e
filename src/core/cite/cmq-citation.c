/* cmq-citation.c: what a citation says, from a release; dates in citation forms.
 *
 * A citation only says what the release says: no organisation, kind or address is made up. The
 * one thing worked out is the publisher of an address on nato.int, which is NATO's own site. The
 * words a citation is written in (month names, "n.d.", "consulté le") follow the citation's
 * conventions, which the user picks apart from the window's language; they are in the tables of
 * cmq-citation-private.h rather than in the translations for that reason.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-citation"

#include <string.h>

#include "cmq-citation-private.h"

static const CmqCiteTerms english_terms = {
  .months = { "January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December" },
  .no_date = "n.d.",
  .paragraph = "para.",
  .accessed = "accessed",
  .open_quote = "\u201c",
  .close_quote = "\u201d",
  .inner_open = "\u2018",
  .inner_close = "\u2019",
  .online = NULL,
  .available_at = NULL,
};

/* French typography: guillemets with no-break spaces inside, a no-break space before a colon. */
static const CmqCiteTerms french_terms = {
  .months = { "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
              "octobre", "novembre", "décembre" },
  .no_date = "s.\u00a0d.",
  .paragraph = "par.",
  .accessed = "consulté le",
  .open_quote = "\u00ab\u00a0",
  .close_quote = "\u00a0\u00bb",
  .inner_open = "\u201c",
  .inner_close = "\u201d",
  .online = "en ligne",
  .available_at = "Disponible à l\u2019adresse\u00a0:",
};

const CmqCiteTerms *
cmq_cite_terms (CmqCiteLanguage language)
{
  return language == CMQ_CITE_LANGUAGE_FR ? &french_terms : &english_terms;
}

/* Kinds as the importer names them, in French; others are cited as they are written. */
static const struct
{
  const char *english;
  const char *french;
} kinds[] = {
  { "press release", "communiqué de presse" },
  { "statement", "déclaration" },
  { "speech", "discours" },
  { "news story", "article d\u2019actualité" },
  { "news release", "communiqué" },
  { "transcript", "transcription" },
  { "joint statement", "déclaration commune" },
  { "declaration", "déclaration" },
  { "opinion", "tribune" },
};

const char *
cmq_cite_kind_name (const char *kind, CmqCiteLanguage language)
{
  if (kind == NULL || language != CMQ_CITE_LANGUAGE_FR)
    return kind;
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_ascii_strcasecmp (kind, kinds[i].english) == 0)
      return kinds[i].french;
  return kind;
}

const char *
cmq_citation_organisation_from_url (const char *url)
{
  g_autoptr (GUri) uri = NULL;
  const char *host;

  if (url == NULL)
    return NULL;
  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || (host = g_uri_get_host (uri)) == NULL)
    return NULL;
  if (g_ascii_strcasecmp (host, "nato.int") == 0 ||
      (strlen (host) > strlen (".nato.int") &&
       g_ascii_strcasecmp (host + strlen (host) - strlen (".nato.int"), ".nato.int") == 0))
    return "NATO";
  return NULL;
}

static char *
nonempty_dup (const char *text)
{
  g_autofree char *copy = NULL;

  if (text == NULL)
    return NULL;
  copy = g_strstrip (g_strdup (text));
  return *copy != '\0' ? g_steal_pointer (&copy) : NULL;
}

static void
set_date (CmqCitation *citation, CmqRelease *release)
{
  const char *date = cmq_release_get_date (release);
  const char *partial = cmq_release_get_partial_date (release);

  if (date != NULL)
    {
      citation->year = (guint) g_ascii_strtoull (date, NULL, 10);
      citation->month = (guint) g_ascii_strtoull (date + 5, NULL, 10);
      citation->day = (guint) g_ascii_strtoull (date + 8, NULL, 10);
      switch (cmq_release_get_date_source (release))
        {
        case CMQ_DATE_SOURCE_INFERRED_YEAR:
          citation->certainty = CMQ_CITE_DATE_YEAR_INFERRED;
          break;
        case CMQ_DATE_SOURCE_RELATIVE:
          citation->certainty = CMQ_CITE_DATE_INFERRED;
          break;
        case CMQ_DATE_SOURCE_NONE:
        case CMQ_DATE_SOURCE_STATED:
        default:
          citation->certainty = CMQ_CITE_DATE_STATED;
          break;
        }
    }
  else if (partial != NULL && strlen (partial) == 7)
    {
      citation->month = (guint) g_ascii_strtoull (partial + 2, NULL, 10);
      citation->day = (guint) g_ascii_strtoull (partial + 5, NULL, 10);
    }
  if (citation->month < 1 || citation->month > 12)
    citation->month = citation->day = 0;
}

CmqCitation *
cmq_citation_new (CmqRelease *release)
{
  CmqCitation *citation;

  g_return_val_if_fail (CMQ_IS_RELEASE (release), NULL);

  citation = g_new0 (CmqCitation, 1);
  citation->id = g_strdup (cmq_release_get_id (release));
  citation->title = g_strdup (cmq_release_get_title (release));
  citation->url = nonempty_dup (cmq_release_get_url (release));
  citation->organisation = nonempty_dup (cmq_release_get_source (release));
  if (citation->organisation == NULL)
    citation->organisation = g_strdup (cmq_citation_organisation_from_url (citation->url));
  citation->kind = nonempty_dup (cmq_release_get_kind (release));
  citation->language = g_strdup (cmq_release_get_language (release));
  set_date (citation, release);
  return citation;
}

CmqCitation *
cmq_citation_copy (const CmqCitation *citation)
{
  CmqCitation *copy = g_memdup2 (citation, sizeof *citation);

  copy->id = g_strdup (citation->id);
  copy->organisation = g_strdup (citation->organisation);
  copy->title = g_strdup (citation->title);
  copy->kind = g_strdup (citation->kind);
  copy->language = g_strdup (citation->language);
  copy->url = g_strdup (citation->url);
  copy->quote = g_strdup (citation->quote);
  return copy;
}

void
cmq_citation_free (CmqCitation *citation)
{
  if (citation == NULL)
    return;
  g_free (citation->id);
  g_free (citation->organisation);
  g_free (citation->title);
  g_free (citation->kind);
  g_free (citation->language);
  g_free (citation->url);
  g_free (citation->quote);
  g_free (citation);
}

/* Runs of white space (a quote may span a hard-wrapped line) become one space. */
static char *
collapse_spaces (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) && c != 0xa0)
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
    }
  return g_string_free (out, FALSE);
}

void
cmq_citation_set_passage (CmqCitation *citation, guint paragraph, const char *quote)
{
  g_return_if_fail (citation != NULL);

  citation->paragraph = paragraph;
  g_clear_pointer (&citation->quote, g_free);
  if (quote != NULL)
    citation->quote = collapse_spaces (quote);
  if (citation->quote != NULL && *citation->quote == '\0')
    g_clear_pointer (&citation->quote, g_free);
}

static char *
day_text (guint day, CmqCiteLanguage language)
{
  /* French writes the first of the month as an ordinal: 1er juin. */
  if (language == CMQ_CITE_LANGUAGE_FR && day == 1)
    return g_strdup ("1er");
  return g_strdup_printf ("%u", day);
}

char *
cmq_citation_format_year (const CmqCitation *citation, CmqCiteLanguage language)
{
  if (citation->year == 0)
    return g_strdup (cmq_cite_terms (language)->no_date);
  if (citation->certainty != CMQ_CITE_DATE_STATED)
    return g_strdup_printf ("[%u]", citation->year);
  return g_strdup_printf ("%u", citation->year);
}

char *
cmq_citation_format_date (const CmqCitation *citation, CmqCiteStyle style, CmqCiteLanguage language)
{
  const CmqCiteTerms *terms = cmq_cite_terms (language);
  g_autofree char *day = NULL;
  g_autofree char *year = NULL;
  g_autofree char *date = NULL;
  const char *month;

  g_return_val_if_fail (citation != NULL, NULL);

  if (citation->month == 0)
    return citation->year != 0 ? cmq_citation_format_year (citation, language) : NULL;
  month = terms->months[citation->month - 1];
  day = day_text (citation->day, language);
  /* Inside a date in brackets the year is not bracketed again. */
  year = citation->year == 0 ? g_strdup (terms->no_date)
         : citation->certainty == CMQ_CITE_DATE_YEAR_INFERRED
             ? g_strdup_printf ("[%u]", citation->year)
             : g_strdup_printf ("%u", citation->year);

  if (language == CMQ_CITE_LANGUAGE_FR)
    date = g_strdup_printf ("%s %s %s", day, month, year);
  else if (style == CMQ_CITE_STYLE_AUTHOR_DATE)
    date = g_strdup_printf ("%s, %s %s", year, month, day);
  else
    date = g_strdup_printf ("%s %s, %s", month, day, year);

  if (citation->certainty == CMQ_CITE_DATE_INFERRED && citation->year != 0)
    return g_strdup_printf ("[%s]", date);
  return g_steal_pointer (&date);
}

char *
cmq_cite_format_day (GDateTime *when, CmqCiteStyle style, CmqCiteLanguage language)
{
  CmqCitation day = {
    .year = g_date_time_get_year (when),
    .month = g_date_time_get_month (when),
    .day = g_date_time_get_day_of_month (when),
    .certainty = CMQ_CITE_DATE_STATED,
  };

  return cmq_citation_format_date (&day, style, language);
}
