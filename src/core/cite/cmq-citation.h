/* cmq-citation.h: what a citation of a release, or of a passage of one, says; and its forms.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cmq-release.h"

G_BEGIN_DECLS

typedef enum
{
  CMQ_CITE_STYLE_AUTHOR_DATE, /* APA-like in English; the ISO 690 author-date form in French */
  CMQ_CITE_STYLE_NOTE,        /* Chicago notes in English; the ISO 690 note form in French */
} CmqCiteStyle;

/* The conventions of the citation, not of the window: a French report cites in French from an
 * English desktop. */
typedef enum
{
  CMQ_CITE_LANGUAGE_EN,
  CMQ_CITE_LANGUAGE_FR,
} CmqCiteLanguage;

typedef enum
{
  CMQ_CITE_MARKUP_TEXT,
  CMQ_CITE_MARKUP_HTML, /* every field escaped; the URL a link only when it is http(s) */
} CmqCiteMarkup;

/* How much of the date the text gives, and how much was worked out. */
typedef enum
{
  CMQ_CITE_DATE_STATED,
  CMQ_CITE_DATE_YEAR_INFERRED, /* day and month stated, the year worked out */
  CMQ_CITE_DATE_INFERRED,      /* the day worked out ("yesterday"), so all of it */
} CmqCiteDateCertainty;

typedef struct
{
  char *id;           /* the release's id */
  char *organisation; /* who published it, or NULL when nothing says */
  char *title;
  char *kind;     /* "press release", "statement"…, or NULL when nothing says */
  char *language; /* "en", "fr" or NULL */
  guint year;     /* 0 when unknown (then month and day may still be known) */
  guint month;    /* 0 when unknown */
  guint day;
  CmqCiteDateCertainty certainty;
  char *url;       /* NULL when unknown */
  guint paragraph; /* 1-based; 0 for the whole release */
  char *quote;     /* the passage quoted, or NULL */
} CmqCitation;

/* What the release says of itself. The organisation is the release's source; without one, NATO
 * for an address on nato.int (the only site whose publisher we know), otherwise none. */
CmqCitation *cmq_citation_new (CmqRelease *release);
CmqCitation *cmq_citation_copy (const CmqCitation *citation);
void cmq_citation_free (CmqCitation *citation);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CmqCitation, cmq_citation_free)

/* Narrows the citation to paragraph @paragraph (1-based) and, when @quote is not NULL, to the
 * words quoted from it. */
void cmq_citation_set_passage (CmqCitation *citation, guint paragraph, const char *quote);

/* The publisher an address implies, or NULL: "NATO" for nato.int and its subdomains. */
const char *cmq_citation_organisation_from_url (const char *url);

/* The reference: an entry of a reference list (author-date) or a first note (note style), with
 * the paragraph when the citation is of a passage. @accessed (nullable) is the day the text was
 * read, given where the style asks for it (an online text in French; an undated one in English).
 */
char *cmq_citation_format_reference (const CmqCitation *citation, CmqCiteStyle style,
                                     CmqCiteLanguage language, CmqCiteMarkup markup,
                                     GDateTime *accessed);
/* The quote with its citation, for the clipboard: the quoted words between the language's
 * quotation marks, then the in-text citation (author-date) or the note (note style), and for
 * author-date the reference after a blank line. Without a quote, the reference. */
char *cmq_citation_format_quote (const CmqCitation *citation, CmqCiteStyle style,
                                 CmqCiteLanguage language, CmqCiteMarkup markup,
                                 GDateTime *accessed);

/* Dates in each language's citation forms: "June 1, 2021" (note), "2021, June 1" (author-date),
 * "1er juin 2021"; the inferred part in square brackets. NULL when nothing of the date is known. */
char *cmq_citation_format_date (const CmqCitation *citation, CmqCiteStyle style,
                                CmqCiteLanguage language);

G_END_DECLS
