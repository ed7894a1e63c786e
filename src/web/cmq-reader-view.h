/* cmq-reader-view.h: the locked-down WebKit view that shows one release.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include <webkit/webkit.h>

#include "cmq-release.h"
#include "cmq-trace.h"
#include "cmq-query.h"

G_BEGIN_DECLS

#define CMQ_TYPE_READER_VIEW (cmq_reader_view_get_type ())
G_DECLARE_FINAL_TYPE (CmqReaderView, cmq_reader_view, CMQ, READER_VIEW, GtkWidget)

GtkWidget *cmq_reader_view_new (void);
/* @release nullable: clears the page. @query nullable: words to highlight. */
void cmq_reader_view_show_release (CmqReaderView *self, CmqRelease *release, CmqQuery *query);
/* How the wording changed from @a to @b; the labels of the changes are the page's hits. */
void cmq_reader_view_show_comparison (CmqReaderView *self, CmqRelease *a, CmqRelease *b);
/* A phrase across the years; takes @trace. Its uses are the page's hits. */
void cmq_reader_view_show_trace (CmqReaderView *self, CmqTrace *trace);
/* The <html> classes of every page (cmq_html_page_class()); the page shown is drawn again. */
void cmq_reader_view_set_page_class (CmqReaderView *self, const char *page_class);
const char *cmq_reader_view_get_page_class (CmqReaderView *self);
CmqRelease *cmq_reader_view_get_release (CmqReaderView *self);
WebKitWebView *cmq_reader_view_get_web_view (CmqReaderView *self);
/* Search hits on the page: properties "n-hits" and "current-hit" (1-based, 0 before a step). */
guint cmq_reader_view_get_n_hits (CmqReaderView *self);
guint cmq_reader_view_get_current_hit (CmqReaderView *self);
void cmq_reader_view_step_hit (CmqReaderView *self, gboolean backwards);

G_END_DECLS
