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
  guint quick_ends;     /* how many times in a row it ended within seconds of the last time */
  char *page_class;
  guint n_hits;
  guint current_hit;     /* 1-based; 0 before the first step */
  gboolean counts_hits;  /* the page asked for has hits to count */
  gboolean hits_counted; /* n_hits is its count (FALSE until the count comes) */
  GCancellable *scripts;
  CmqReaderHighlightFunc highlight_func;
  gpointer highlight_data;
  GPtrArray *menu_actions; /* of MenuAction: the window's items of the context menu */
  guint scroll_to;         /* 1 + the paragraph to scroll to once the page has loaded, or 0 */
  gboolean show_variants;  /* a trace shows its near variants */
  GtkWidget *popover;      /* the window's popover about the selection, a child */

  /* cmq-reader-view-paint.c */
  int page_state;          /* CmqPageState of the page asked for last */
  GCancellable *rendering; /* its HTML being made in a worker thread */
  gboolean page_painted;   /* it has been painted */
  gboolean drawing_page;   /* WebKit draws a page painted (the last, or its body replaced) */
  GskRenderNode *cover;    /* the last page painted, over the view until that one is */
  int cover_width, cover_height;
  guint cover_timeout;
  guint paint_tries; /* its frame awaited again after an error */
  guint paint_retry;
  gboolean after_end;      /* the page is made again after its web process ended */
  guint uncover_tick;      /* then, the tick callback that awaits WebKit's drawing of it */
  gboolean document_ready; /* WebKit's document is a page of the view, painted: the next page
                            * replaces its body (cmq-reader-view-swap.c) */
  guint n_swaps;           /* body replacements sent, each numbered */
  guint paint_swap;        /* the one whose paint is awaited, or 0 (a load) */

  /* When the page asked for last went through each step (g_get_monotonic_time(), 0 before), for
   * the benchmark (tests/bench/bench-select.c). */
  struct
  {
    gint64 asked;     /* _cmq_reader_view_load_page() */
    gint64 covered;   /* the page shown was copied as the cover */
    gint64 made;      /* its HTML was made, and given to WebKit */
    gint64 loaded;    /* WebKit finished loading it */
    gint64 uncovered; /* its frame ran, the cover went */
  } timings;
};

/* Where the page asked for last is. */
typedef enum
{
  CMQ_PAGE_RENDERING, /* its HTML is being made */
  CMQ_PAGE_SENT,      /* given to WebKit, whose events may still be about the page before */
  CMQ_PAGE_STARTED,   /* WebKit loads it */
  CMQ_PAGE_LOADED,
} CmqPageState;

/* cmq-reader-view.c: a new page drops the answers of scripts run on the old one, and its hits. */
void _cmq_reader_view_restart_scripts (CmqReaderView *self);
/* cmq-reader-view-paint.c: makes the page of what the view shows (a trace, a comparison, a
 * release or nothing) and loads it, the page shown staying on screen until it is painted. */
void _cmq_reader_view_load_page (CmqReaderView *self);
/* The page asked for last is not loaded yet (its HTML may not have reached WebKit). */
gboolean _cmq_reader_view_is_loading (CmqReaderView *self);
/* A script sent now runs on the page asked for last: it is loaded, or its body replacement is on
 * its way (scripts run in the order they were sent; a replacement that fails loads the page, which
 * runs the highlights and scrolling again). */
gboolean _cmq_reader_view_takes_scripts (CmqReaderView *self);
/* Called once the page asked for last has loaded: uncovers it once it is painted, and, with a
 * @swap number other than 0, only when that body replacement has taken place. */
void _cmq_reader_view_await_paint (CmqReaderView *self, guint swap);
/* cmq-reader-view.c: the page asked for last is in WebKit's document (loaded, or its body
 * replaced): its highlights, scrolling and hits, then its paint is awaited. */
void _cmq_reader_view_page_loaded (CmqReaderView *self);
/* Its highlights and scrolling, then its paint awaited: sent right after the script that replaces
 * the body, these run in the web process after it, so the page is uncovered one round trip
 * sooner. @swap: that script's number (the paint awaited is of the document it replaced), or 0. */
void _cmq_reader_view_prepare_paint (CmqReaderView *self, guint swap);
/* The same once the body is replaced with those sent already: the page is taken, and its hits
 * counted. */
void _cmq_reader_view_page_swapped (CmqReaderView *self);
/* cmq-reader-view-swap.c: gives the page's @html to WebKit, replacing the body of the document
 * shown when it is a page of the view painted, else loading it. */
void _cmq_reader_view_send_page (CmqReaderView *self, const char *html);
/* cmq-reader-view-paint.c: WebKit is about to load a new document: what it draws is kept over
 * the view until the page is painted. */
void _cmq_reader_view_cover (CmqReaderView *self);
void _cmq_reader_view_snapshot (GtkWidget *widget, GtkSnapshot *snapshot);
void _cmq_reader_view_paint_dispose (CmqReaderView *self);

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
