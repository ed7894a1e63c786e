/* cmq-html-trace.h: a phrase across the years, as a self-contained, script-free HTML page.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-trace.h"

G_BEGIN_DECLS

/* The trace view of @trace: the phrase, how many releases use it and its first and last use, a
 * chart of the releases using it each year (an inline SVG: bars for the releases, dots for their
 * share of the year's releases) with the same figures in a table, then every use as keyword in
 * context, oldest first, the phrase in a <mark> (so the reader view's hit stepping goes from
 * use to use). Escaped text, the CSP of cmq-html.h, no script. @page_class as for
 * cmq_html_render_release_styled() (nullable). Pure: unit-tested without a display. */
char *cmq_html_render_trace (CmqTrace *trace, const char *page_class);
/* The same, and with @variants the near variants that @trace holds (none when it holds none),
 * after the uses: counted apart, the changed word marked, each a link numbered on from the uses
 * ("#use-N", N from the number of uses on). */
char *cmq_html_render_trace_full (CmqTrace *trace, const char *page_class, gboolean variants);

G_END_DECLS
