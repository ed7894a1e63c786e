/* cmq-html-compare.h: two releases aligned, as a self-contained, script-free HTML page.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-compare.h"
#include "cmq-release.h"

G_BEGIN_DECLS

/* The compare view of @cmp, the alignment of @a's paragraphs with @b's: both titles, dates and
 * sources heading it, the summary, then each item: runs of unchanged paragraphs collapsed in a
 * <details>, changes with their words in <del> and <ins> and a <mark> on their label (so the
 * reader view's hit stepping goes from change to change), a moved paragraph once, linked both
 * ways with where it stood. Escaped text, the CSP of cmq-html.h, no script. @page_class as for
 * cmq_html_render_release_styled() (nullable). Pure: unit-tested without a display. */
char *cmq_html_render_comparison (CmqRelease *a, CmqRelease *b, CmqComparison *cmp,
                                  const char *page_class);

G_END_DECLS
