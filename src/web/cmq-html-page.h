/* cmq-html-page.h: what every page shown in the reader's WebKit view shares.
 *
 * The text on these pages is untrusted: it comes from files the user picked up anywhere. It goes
 * through cmq_html_escape_into(), and every page opens with cmq_html_append_head(): the
 * Content-Security-Policy (CMQ_HTML_CSP: no script, nothing remote), the colour schemes, no
 * referrer, and the style sheets inline.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  CMQ_HTML_SHEET_READER = 1 << 0,
  CMQ_HTML_SHEET_COMPARE = 1 << 1,
} CmqHtmlSheets;

/* Appends @len bytes of @text (all of it when @len is negative) with & < > " ' escaped, so that
 * it is text in an element or in a quoted attribute. */
void cmq_html_escape_into (GString *out, const char *text, gssize len);
/* Appends the page's opening up to and including </head>: <html> with @language (nullable) as
 * lang and @page_class (nullable; see cmq_html_page_class()) as class, then <head> with the
 * policy, @title and the style sheets named by @sheets, in their order. */
void cmq_html_append_head (GString *out, const char *language, const char *page_class,
                           const char *title, CmqHtmlSheets sheets);

G_END_DECLS
