/* cmq-cite-export.h: citations of a set of releases or passages for reference managers.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-citation.h"

G_BEGIN_DECLS

typedef enum
{
  CMQ_CITE_EXPORT_CSL_JSON, /* CSL data (Zotero, pandoc --citeproc), valid against its schema */
  CMQ_CITE_EXPORT_BIBTEX,   /* BibTeX/biblatex, special characters and accents as LaTeX */
  CMQ_CITE_EXPORT_RIS,      /* RIS (Zotero, EndNote, Mendeley) */
} CmqCiteExportFormat;

/* "csl-json", "bibtex", "ris" → the format; FALSE for any other name. */
gboolean cmq_cite_export_format_from_name (const char *name, CmqCiteExportFormat *format);

/* @citations is of CmqCitation. A citation of a passage carries its paragraph (CSL's locator)
 * and quote. @accessed (nullable) is given as the day of access of items with an address. */
char *cmq_cite_export (GPtrArray *citations, CmqCiteExportFormat format, GDateTime *accessed);
char *cmq_cite_export_csl_json (GPtrArray *citations, GDateTime *accessed);
char *cmq_cite_export_bibtex (GPtrArray *citations, GDateTime *accessed);
char *cmq_cite_export_ris (GPtrArray *citations, GDateTime *accessed);

/* @text in BibTeX: the characters special to TeX escaped, accented letters as TeX accents
 * ({\'e}), typographic quotes and dashes as TeX ligatures. */
char *cmq_cite_bibtex_escape (const char *text);

G_END_DECLS
