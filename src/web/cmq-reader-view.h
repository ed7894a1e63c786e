/* cmq-reader-view.h: the locked-down WebKit view that shows one release.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include <webkit/webkit.h>

#include "cmq-release.h"
#include "cmq-search.h"

G_BEGIN_DECLS

#define CMQ_TYPE_READER_VIEW (cmq_reader_view_get_type ())
G_DECLARE_FINAL_TYPE (CmqReaderView, cmq_reader_view, CMQ, READER_VIEW, GtkWidget)

GtkWidget *cmq_reader_view_new (void);
/* @release nullable: clears the page. @query nullable: words to highlight. */
void cmq_reader_view_show_release (CmqReaderView *self, CmqRelease *release, CmqSearchQuery *query);
CmqRelease *cmq_reader_view_get_release (CmqReaderView *self);
WebKitWebView *cmq_reader_view_get_web_view (CmqReaderView *self);

G_END_DECLS
