/* cmq-html.h: renders a release as a self-contained, script-free HTML page.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-release.h"
#include "cmq-query.h"

G_BEGIN_DECLS

/* The Content-Security-Policy every page carries. */
#define CMQ_HTML_CSP                                                                               \
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'; "             \
  "object-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'"

/* Every field is HTML-escaped; what @query (nullable) looks for is highlighted with <mark>: each
 * of its highlight terms (cmq_query_get_highlight_terms()): words, every word of a phrase where
 * the phrase occurs, words starting with a prefix. Pure: no WebKit, no display, so it is
 * unit-tested. */
/* The anchor the source's link under the title points to (see CmqReaderView::more-from-source). */
#define CMQ_HTML_MORE_FROM_SOURCE "more-from-source"

char *cmq_html_render_release (CmqRelease *release, CmqQuery *query);
/* The same, with @page_class (nullable; for example "sans wide sepia", from
 * cmq_html_page_class()) set on <html>, which reader.css reads. */
char *cmq_html_render_release_styled (CmqRelease *release, CmqQuery *query, const char *page_class);
/* The <html> classes for the reader's preferences: @font "serif" or "sans", @width "narrow",
 * "medium" or "wide", @scheme "light", "dark" or "sepia". Unknown values are left out. */
char *cmq_html_page_class (const char *font, const char *width, const char *scheme,
                           gboolean numbered);

G_END_DECLS
