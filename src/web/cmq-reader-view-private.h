/* cmq-reader-view-private.h: the reader view's struct, shared with cmq-reader-view-passages.c,
 * and its navigation policy, as a pure function for tests.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-reader-view.h"

G_BEGIN_DECLS

/* The script world of the app's own scripts (counting hits, selections, highlights). */
#define SCRIPT_WORLD "communique"

struct _CmqReaderView
{
  GtkWidget parent_instance;

  WebKitWebView *web_view;
  CmqRelease *release;
  CmqRelease *compared; /* with a comparison: the first release, @release being the second */
  CmqTrace *trace;      /* a traced phrase, shown instead of a release */
  CmqQuery *query;
  char *page_uri;
  gint64 terminated_at; /* when WebKit's web process last ended under the page, or 0 */
  char *page_class;
  guint n_hits;
  guint current_hit; /* 1-based; 0 before the first step */
  GCancellable *scripts;
  CmqReaderHighlightFunc highlight_func;
  gpointer highlight_data;
  GPtrArray *menu_actions; /* of MenuAction: the window's items of the context menu */
  guint scroll_to;         /* 1 + the paragraph to scroll to once the page has loaded, or 0 */
  gboolean show_variants;  /* a trace shows its near variants */
  GtkWidget *popover;      /* the window's popover about the selection, a child */
};

/* Scrolls to the paragraph asked for by cmq_reader_view_scroll_to_paragraph(), if any. */
void _cmq_reader_view_run_scroll (CmqReaderView *self);
/* Marks the highlights that the highlight function gives for the page shown. */
void _cmq_reader_view_apply_highlights (CmqReaderView *self);

typedef enum
{
  CMQ_NAVIGATION_REFUSE,
  CMQ_NAVIGATION_LOAD,
  CMQ_NAVIGATION_OPEN_IN_BROWSER,
  CMQ_NAVIGATION_OPEN_USE, /* a trace's link to a use (CMQ_READER_USE_ANCHOR): "open-release" */
  CMQ_NAVIGATION_MORE_FROM_SOURCE, /* the source's link under the title: a search, no load */
} CmqNavigation;

/* The anchor of the trace page's links to its uses, followed by the use's number (from 0). */
#define CMQ_READER_USE_ANCHOR "#use-"

/* What decide-policy does with a navigation to @uri while the view shows @page_uri (nullable):
 * loads only that page, sends http(s) links the user clicked to the browser, turns a clicked
 * link to a use of a trace into ::open-release and a click on the page's own source link into
 * ::more-from-source, refuses the rest. */
CmqNavigation cmq_reader_view_decide_navigation (const char *page_uri, const char *uri,
                                                 gboolean new_window, WebKitNavigationType type,
                                                 gboolean user_gesture);

G_END_DECLS
