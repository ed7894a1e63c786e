/* cmq-html.h: renders a release as a self-contained, script-free HTML page.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-release.h"
#include "cmq-search.h"

G_BEGIN_DECLS

/* The Content-Security-Policy every page carries. */
#define CMQ_HTML_CSP                                                                               \
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'; "             \
  "object-src 'none'; frame-src 'none'; form-action 'none'; base-uri 'none'"

/* Every field is HTML-escaped; @query (nullable) words are highlighted with <mark>. Pure: no
 * WebKit, no display, so it is unit-tested. */
char *cmq_html_render_release (CmqRelease *release, CmqSearchQuery *query);
/* The same, with @page_class (nullable; for example "sans wide sepia", from
 * cmq_html_page_class()) set on <html>, which reader.css reads. */
char *cmq_html_render_release_styled (CmqRelease *release, CmqSearchQuery *query,
                                      const char *page_class);
/* The <html> classes for the reader's preferences: @font "serif" or "sans", @width "narrow",
 * "medium" or "wide", @scheme "light", "dark" or "sepia". Unknown values are left out. */
char *cmq_html_page_class (const char *font, const char *width, const char *scheme);

G_END_DECLS
