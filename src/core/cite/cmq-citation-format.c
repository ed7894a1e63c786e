/* cmq-citation-format.c: a citation as text or HTML, in an author-date or a note style, in
 * English or French conventions.
 *
 * English author-date follows APA 7 for press releases: "NATO. (2021, June 1). Title [Press
 * release]. URL", cited as "(NATO, 2021, para. 3)". English notes follow Chicago: "NATO, “Title,”
 * press release, June 1, 2021, para. 3, URL." French follows ISO 690 and French typography:
 * "NATO, 2021. Titre [en ligne]. Communiqué de presse, 1er juin 2021. Disponible à l’adresse :
 * URL (consulté le 2 décembre 2026)." and the note "NATO, « Titre », communiqué de presse, 1er juin
 * 2021, par. 3, URL (consulté le …)." What the release does not say is left out, never made up;
 * a date worked out rather than read is in square brackets.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-citation"

#include <string.h>

#include "cmq-citation-private.h"

typedef struct
{
  GString *out;
  CmqCiteMarkup markup;
} Writer;

/* Text, escaped for HTML. */
static void
put (Writer *w, const char *text)
{
  if (w->markup == CMQ_CITE_MARKUP_HTML)
    {
      g_autofree char *escaped = g_markup_escape_text (text, -1);

      g_string_append (w->out, escaped);
    }
  else
    g_string_append (w->out, text);
}

static void
put_italic (Writer *w, const char *text)
{
  if (w->markup == CMQ_CITE_MARKUP_HTML)
    g_string_append (w->out, "<i>");
  put (w, text);
  if (w->markup == CMQ_CITE_MARKUP_HTML)
    g_string_append (w->out, "</i>");
}

static void
put_url (Writer *w, const char *url)
{
  gboolean link = w->markup == CMQ_CITE_MARKUP_HTML &&
                  (g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://"));

  if (link)
    {
      g_autofree char *escaped = g_markup_escape_text (url, -1);

      g_string_append_printf (w->out, "<a href=\"%s\">%s</a>", escaped, escaped);
    }
  else
    put (w, url);
}

static gboolean
ends_with_stop (const char *text)
{
  gsize len = strlen (text);

  return len > 0 && strchr (".?!", text[len - 1]) != NULL;
}

/* A full stop, unless the text already ends with one ("n.d."). */
static void
end_sentence (Writer *w)
{
  if (w->out->len == 0 || w->out->str[w->out->len - 1] != '.')
    g_string_append_c (w->out, '.');
}

/* "Press release" at the start of a sentence or in APA's brackets. */
static char *
capitalised (const char *text)
{
  gunichar first = g_utf8_get_char (text);
  g_autofree char *upper = NULL;
  char buf[8];

  buf[g_unichar_to_utf8 (g_unichar_toupper (first), buf)] = '\0';
  upper = g_strconcat (buf, g_utf8_next_char (text), NULL);
  return g_steal_pointer (&upper);
}

static void
put_access (Writer *w, const CmqCitation *c, CmqCiteStyle style, CmqCiteLanguage language,
            GDateTime *accessed, const char *before, const char *after)
{
  g_autofree char *day = NULL;

  if (accessed == NULL)
    return;
  day = cmq_cite_format_day (accessed, CMQ_CITE_STYLE_NOTE, language);
  put (w, before);
  put (w, cmq_cite_terms (language)->accessed);
  put (w, " ");
  put (w, day);
  put (w, after);
}

/* APA 7: NATO. (2021, June 1). Title [Press release]. URL */
static void
reference_author_date_en (Writer *w, const CmqCitation *c)
{
  g_autofree char *date =
      cmq_citation_format_date (c, CMQ_CITE_STYLE_AUTHOR_DATE, CMQ_CITE_LANGUAGE_EN);
  g_autofree char *kind = c->kind != NULL ? capitalised (c->kind) : NULL;
  g_autofree char *when = g_strdup_printf ("(%s).", date != NULL ? date : "n.d.");

  if (c->organisation != NULL)
    {
      put (w, c->organisation);
      put (w, g_str_has_suffix (c->organisation, ".") ? " " : ". ");
      put (w, when);
      put (w, " ");
    }
  put_italic (w, c->title);
  if (kind != NULL)
    {
      put (w, " [");
      put (w, kind);
      put (w, "]");
    }
  if (kind != NULL || !ends_with_stop (c->title))
    put (w, ".");
  if (c->organisation == NULL)
    {
      put (w, " ");
      put (w, when);
    }
  if (c->url != NULL)
    {
      put (w, " ");
      put_url (w, c->url);
    }
}

/* ISO 690: NATO, 2021. Titre [en ligne]. Communiqué de presse, 1er juin 2021. Disponible à
 * l’adresse : URL (consulté le 2 décembre 2026). */
static void
reference_author_date_fr (Writer *w, const CmqCitation *c, GDateTime *accessed)
{
  const CmqCiteTerms *terms = cmq_cite_terms (CMQ_CITE_LANGUAGE_FR);
  g_autofree char *year = cmq_citation_format_year (c, CMQ_CITE_LANGUAGE_FR);
  g_autofree char *date = cmq_citation_format_date (c, CMQ_CITE_STYLE_NOTE, CMQ_CITE_LANGUAGE_FR);
  const char *kind = cmq_cite_kind_name (c->kind, CMQ_CITE_LANGUAGE_FR);
  g_autofree char *kind_text = kind != NULL ? capitalised (kind) : NULL;

  if (c->organisation != NULL)
    {
      put (w, c->organisation);
      put (w, ", ");
      put (w, year);
      put (w, ". ");
    }
  put_italic (w, c->title);
  if (c->url != NULL)
    {
      put (w, " [");
      put (w, terms->online);
      put (w, "]");
    }
  if (c->organisation == NULL)
    {
      put (w, ", ");
      put (w, year);
    }
  put (w, ".");
  if (kind_text != NULL || (date != NULL && c->month != 0))
    {
      put (w, " ");
      put (w, kind_text != NULL ? kind_text : "");
      put (w, kind_text != NULL && c->month != 0 ? ", " : "");
      put (w, c->month != 0 ? date : "");
      put (w, ".");
    }
  if (c->url != NULL)
    {
      put (w, " ");
      put (w, terms->available_at);
      put (w, " ");
      put_url (w, c->url);
      put_access (w, c, CMQ_CITE_STYLE_AUTHOR_DATE, CMQ_CITE_LANGUAGE_FR, accessed, " (", ")");
      put (w, ".");
    }
}

/* Chicago: NATO, “Title,” press release, June 1, 2021, para. 3, URL.
 * French: NATO, « Titre », communiqué de presse, 1er juin 2021, par. 3, URL (consulté le …). */
static void
reference_note (Writer *w, const CmqCitation *c, CmqCiteLanguage language, GDateTime *accessed)
{
  const CmqCiteTerms *terms = cmq_cite_terms (language);
  g_autofree char *date = cmq_citation_format_date (c, CMQ_CITE_STYLE_NOTE, language);
  const char *kind = cmq_cite_kind_name (c->kind, language);
  gboolean english = language == CMQ_CITE_LANGUAGE_EN;

  if (c->organisation != NULL)
    {
      put (w, c->organisation);
      put (w, ", ");
    }
  put (w, terms->open_quote);
  put (w, c->title);
  /* American usage puts the comma inside the quotation marks; French outside. */
  if (english)
    put (w, ",");
  put (w, terms->close_quote);
  if (!english)
    put (w, ",");
  if (kind != NULL)
    {
      put (w, " ");
      put (w, kind);
      put (w, ",");
    }
  put (w, " ");
  put (w, date != NULL ? date : terms->no_date);
  if (c->paragraph > 0)
    {
      g_autofree char *paragraph = g_strdup_printf (", %s %u", terms->paragraph, c->paragraph);

      put (w, paragraph);
    }
  /* Chicago gives the day of access only for an undated text; French usage always online. */
  if (english && c->year == 0 && c->url != NULL)
    put_access (w, c, CMQ_CITE_STYLE_NOTE, language, accessed, ", ", "");
  if (c->url != NULL)
    {
      put (w, ", ");
      put_url (w, c->url);
      if (!english)
        put_access (w, c, CMQ_CITE_STYLE_NOTE, language, accessed, " (", ")");
    }
  end_sentence (w);
}

char *
cmq_citation_format_reference (const CmqCitation *citation, CmqCiteStyle style,
                               CmqCiteLanguage language, CmqCiteMarkup markup, GDateTime *accessed)
{
  Writer w = { g_string_new (NULL), markup };

  g_return_val_if_fail (citation != NULL && citation->title != NULL, NULL);

  if (style == CMQ_CITE_STYLE_NOTE)
    reference_note (&w, citation, language, accessed);
  else if (language == CMQ_CITE_LANGUAGE_FR)
    reference_author_date_fr (&w, citation, accessed);
  else
    reference_author_date_en (&w, citation);
  return g_string_free (w.out, FALSE);
}

/* (NATO, 2021, para. 3); the title stands for a missing organisation. */
static void
in_text (Writer *w, const CmqCitation *c, CmqCiteLanguage language)
{
  const CmqCiteTerms *terms = cmq_cite_terms (language);
  g_autofree char *year = cmq_citation_format_year (c, language);

  put (w, "(");
  if (c->organisation != NULL)
    put (w, c->organisation);
  else
    put_italic (w, c->title);
  put (w, ", ");
  put (w, year);
  if (c->paragraph > 0)
    {
      g_autofree char *paragraph = g_strdup_printf (", %s %u", terms->paragraph, c->paragraph);

      put (w, paragraph);
    }
  put (w, ")");
}

/* The quoted words, their own quotation marks turned into inner ones. */
static void
put_quote (Writer *w, const char *quote, CmqCiteLanguage language)
{
  const CmqCiteTerms *terms = cmq_cite_terms (language);
  GString *text = g_string_new (NULL);

  for (const char *p = quote; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x201c || c == 0xab)
        g_string_append (text, terms->inner_open);
      else if (c == 0x201d || c == 0xbb)
        g_string_append (text, terms->inner_close);
      else
        g_string_append_unichar (text, c);
    }
  put (w, terms->open_quote);
  put (w, text->str);
  put (w, terms->close_quote);
  g_string_free (text, TRUE);
}

static void
paragraph_start (Writer *w)
{
  if (w->markup == CMQ_CITE_MARKUP_HTML)
    g_string_append (w->out, "<p>");
}

static void
paragraph_end (Writer *w, gboolean last)
{
  if (w->markup == CMQ_CITE_MARKUP_HTML)
    g_string_append (w->out, "</p>");
  if (!last)
    g_string_append (w->out, w->markup == CMQ_CITE_MARKUP_HTML ? "\n" : "\n\n");
}

char *
cmq_citation_format_quote (const CmqCitation *citation, CmqCiteStyle style,
                           CmqCiteLanguage language, CmqCiteMarkup markup, GDateTime *accessed)
{
  Writer w = { g_string_new (NULL), markup };
  g_autofree char *reference = NULL;

  g_return_val_if_fail (citation != NULL && citation->title != NULL, NULL);

  reference = cmq_citation_format_reference (citation, style, language, markup, accessed);
  if (citation->quote != NULL || (style == CMQ_CITE_STYLE_AUTHOR_DATE && citation->paragraph))
    {
      paragraph_start (&w);
      if (citation->quote != NULL)
        put_quote (&w, citation->quote, language);
      if (style == CMQ_CITE_STYLE_AUTHOR_DATE)
        {
          if (citation->quote != NULL)
            put (&w, " ");
          in_text (&w, citation, language);
        }
      paragraph_end (&w, FALSE);
    }
  paragraph_start (&w);
  g_string_append (w.out, reference);
  paragraph_end (&w, TRUE);
  return g_string_free (w.out, FALSE);
}
