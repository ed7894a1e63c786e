/* cmq-citation-private.h: what the citation units share (the words of each convention).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-citation.h"

G_BEGIN_DECLS

typedef struct
{
  const char *months[12];
  const char *no_date;   /* "n.d.", "s. d." */
  const char *paragraph; /* "para.", "par." */
  const char *accessed;  /* "accessed", "consulté le" */
  const char *open_quote;
  const char *close_quote;
  const char *inner_open; /* quotation marks inside a quotation */
  const char *inner_close;
  const char *online;       /* ISO 690's "[en ligne]", or NULL */
  const char *available_at; /* ISO 690's "Disponible à l'adresse :", or NULL */
} CmqCiteTerms;

const CmqCiteTerms *cmq_cite_terms (CmqCiteLanguage language);
/* The kind in the citation's language when it is one we know, otherwise as written. */
const char *cmq_cite_kind_name (const char *kind, CmqCiteLanguage language);
/* "2021", "[2021]" when worked out, "n.d." when unknown. */
char *cmq_citation_format_year (const CmqCitation *citation, CmqCiteLanguage language);
/* A day (of access) in the style's date form. */
char *cmq_cite_format_day (GDateTime *when, CmqCiteStyle style, CmqCiteLanguage language);

G_END_DECLS
