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
/* @release nullable: clears the page. @query nullable: words to highlight. Whatever page a call
 * asks for, its HTML is made in a worker thread and the page shown before stays on screen until
 * the new one has been painted (signal ::page-painted). */
void cmq_reader_view_show_release (CmqReaderView *self, CmqRelease *release, CmqQuery *query);
/* Loads an empty page in the reader's style when the view has shown nothing yet: WebKit's web
 * process starts, and the first release shown costs what the next ones do. */
void cmq_reader_view_prepare (CmqReaderView *self);
/* How the wording changed from @a to @b; the labels of the changes are the page's hits. */
void cmq_reader_view_show_comparison (CmqReaderView *self, CmqRelease *a, CmqRelease *b);
/* A phrase across the years; takes @trace. Its uses are the page's hits, and links: a click on
 * one emits "open-release" (const char *id, guint paragraph: the #pN of the use, 0 for the
 * title); the view itself goes nowhere. */
void cmq_reader_view_show_trace (CmqReaderView *self, CmqTrace *trace);
/* Whether a trace shows its near variants too (after its uses; links as theirs). */
void cmq_reader_view_set_show_variants (CmqReaderView *self, gboolean show);
/* Scrolls paragraph #p@paragraph (1-based; 0: the top) of the release shown into the middle
 * of the view (its start at the top when it is taller), once its page has loaded, and marks
 * it. */
void cmq_reader_view_scroll_to_paragraph (CmqReaderView *self, guint paragraph);
/* The <html> classes of every page (cmq_html_page_class()); the page shown is drawn again. */
void cmq_reader_view_set_page_class (CmqReaderView *self, const char *page_class);
const char *cmq_reader_view_get_page_class (CmqReaderView *self);
CmqRelease *cmq_reader_view_get_release (CmqReaderView *self);
WebKitWebView *cmq_reader_view_get_web_view (CmqReaderView *self);
/* Search hits on the page: properties "n-hits" and "current-hit" (1-based, 0 before a step);
 * "counts-hits" (the page asked for has hits to count) and "hits-counted" (n-hits is its count:
 * FALSE from the time a page is asked for until it has counted). */
guint cmq_reader_view_get_n_hits (CmqReaderView *self);
guint cmq_reader_view_get_current_hit (CmqReaderView *self);
void cmq_reader_view_step_hit (CmqReaderView *self, gboolean backwards);
/* The text selected in the page, the 1-based number of the paragraph it starts in (0 when it
 * starts outside the story) and where in that paragraph's text it starts and ends (nullable; in
 * UTF-16 units, to the paragraph's end when the selection goes on); NULL when nothing is
 * selected. */
void cmq_reader_view_read_selection (CmqReaderView *self, GCancellable *cancellable,
                                     GAsyncReadyCallback callback, gpointer user_data);
char *cmq_reader_view_read_selection_finish (CmqReaderView *self, GAsyncResult *result,
                                             guint *paragraph, guint *start, guint *end,
                                             GError **error);

/* What cmq_reader_view_read_selection() read, in full. */
typedef struct
{
  char *text; /* "" for a caret in a highlight (a click on it) */
  guint paragraph, start, end;
  char *passage_id;  /* the highlight the selection starts in (its id), or NULL */
  GdkRectangle area; /* what the selection covers (or that highlight), in the view's coordinates */
} CmqReaderSelection;

void cmq_reader_selection_free (CmqReaderSelection *selection);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CmqReaderSelection, cmq_reader_selection_free)
/* The same, once the page has handled a mouse button released just now (a selection made with
 * the mouse); finished with either finish function. */
void cmq_reader_view_read_selection_after_release (CmqReaderView *self, GCancellable *cancellable,
                                                   GAsyncReadyCallback callback,
                                                   gpointer user_data);
/* Instead of cmq_reader_view_read_selection_finish(); NULL when nothing is selected and the
 * caret is not in a highlight. */
CmqReaderSelection *cmq_reader_view_read_selection_details_finish (CmqReaderView *self,
                                                                   GAsyncResult *result,
                                                                   GError **error);
/* Makes @popover (a GtkPopover) a child of the view, pointed at a selection's area by the
 * caller; it goes with the view. */
void cmq_reader_view_set_popover (CmqReaderView *self, GtkWidget *popover);

/* The highlights of @release, as a JSON array of [paragraph, start, end, colour, id, note]
 * (start and end in UTF-16 units of the paragraph's text; colour one of reader.css's; id and
 * note optional: a highlight with a note shows it as a tooltip, and a mark), or NULL for none. */
typedef char *(*CmqReaderHighlightFunc) (CmqRelease *release, gpointer user_data);
/* Called each time a page has loaded, to show its highlights. */
void cmq_reader_view_set_highlight_func (CmqReaderView *self, CmqReaderHighlightFunc func,
                                         gpointer user_data);
/* Shows the highlights again (one was added or removed). */
void cmq_reader_view_refresh_highlights (CmqReaderView *self);
/* For printing: the user's notes at the end of the page, shown on paper only. @notes_json is an
 * object {"heading", "note", "passages": [{"label", "quote", "note"}]} of texts shown as they are
 * (escaped); NULL removes them. Done when the page has them. */
void cmq_reader_view_set_print_notes (CmqReaderView *self, const char *notes_json,
                                      GCancellable *cancellable, GAsyncReadyCallback callback,
                                      gpointer user_data);
gboolean cmq_reader_view_set_print_notes_finish (CmqReaderView *self, GAsyncResult *result,
                                                 GError **error);

/* Adds an item for @action to the page's context menu, shown while a release is (and, with
 * @needs_selection, only over selected words). */
void cmq_reader_view_add_menu_action (CmqReaderView *self, GAction *action, const char *label,
                                      gboolean needs_selection);

G_END_DECLS
