/* cmq-reader-view-passages.c: the reader's passages: the selection read back for a highlight or
 * a citation, and the user's highlights marked in the page (by a script in the app's own world:
 * the page itself runs none).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-reader-view"

#include <json-glib/json-glib.h>

#include "cmq-reader-view-private.h"

/* The selection, the number of the paragraph it starts in (the page's #pN) and where it starts
 * and ends in that paragraph's text (in UTF-16 units, to its end when it goes on), the highlight
 * it starts in (its data-passage) and the rectangle it covers in the viewport, as JSON; "" when
 * nothing is selected. A caret in a highlight (a click on it) gives that highlight and its
 * rectangle, with no text. A quotation paragraph's text is its blockquote's <p>. */
static const char selection_script[] =
    "(function () {"
    "  const s = document.getSelection ();"
    "  if (!s || s.rangeCount === 0) return '';"
    "  const range = s.getRangeAt (0);"
    "  const mark = (m) => {"
    "    while (m && !(m.classList && m.classList.contains ('highlight'))) m = m.parentNode;"
    "    return m;"
    "  };"
    "  const h = mark (range.startContainer);"
    "  if (s.isCollapsed && !h) return '';"
    "  const rect = s.isCollapsed ? h.getBoundingClientRect () : range.getBoundingClientRect ();"
    "  let n = range.startContainer;"
    "  while (n && !(n.id && /^p[0-9]+$/.test (n.id))) n = n.parentNode;"
    "  let start = 0, end = 0;"
    "  if (n && !s.isCollapsed) {"
    "    const root = n.tagName === 'BLOCKQUOTE' ? n.querySelector ('p') : n;"
    "    const upTo = (c, o) => {"
    "      const r = document.createRange ();"
    "      r.setStart (root, 0);"
    "      r.setEnd (c, o);"
    "      return r.toString ().length;"
    "    };"
    "    start = root.contains (range.startContainer) ? upTo (range.startContainer,"
    "                                                         range.startOffset) : 0;"
    "    end = root.contains (range.endContainer) ? upTo (range.endContainer, range.endOffset)"
    "                                            : root.textContent.length;"
    "  }"
    "  return JSON.stringify ({ text: s.toString (), start: start, end: end,"
    "                           paragraph: n ? parseInt (n.id.substring (1), 10) : 0,"
    "                           passage: h ? h.dataset.passage || null : null,"
    "                           x: rect.left, y: rect.top, width: rect.width,"
    "                           height: rect.height });"
    "}) ()";

/* Wraps each highlight [paragraph, start, end, colour, id, note] (UTF-16 units in the paragraph's
 * text; id and note optional) in spans, after removing those of before; answers how many were
 * placed. The note is the spans' title (a tooltip: an attribute, never parsed as markup) and its
 * last span is marked "noted" (reader.css draws a mark after it). */
static const char highlight_script[] =
    "(function (hs) {"
    "  for (const old of document.querySelectorAll ('span.highlight'))"
    "    old.replaceWith (...old.childNodes);"
    "  document.body.normalize ();"
    "  let placed = 0;"
    "  for (const h of hs) {"
    "    const el = document.getElementById ('p' + h[0]);"
    "    if (!el) continue;"
    "    const root = el.tagName === 'BLOCKQUOTE' ? el.querySelector ('p') : el;"
    "    const walker = document.createTreeWalker (root, NodeFilter.SHOW_TEXT);"
    "    const parts = [];"
    "    let pos = 0, node;"
    "    while ((node = walker.nextNode ()) && pos < h[2]) {"
    "      const a = Math.max (h[1], pos), b = Math.min (h[2], pos + node.length);"
    "      if (a < b) parts.push ([node, a - pos, b - pos]);"
    "      pos += node.length;"
    "    }"
    "    for (const [text, a, b] of parts) {"
    "      let target = a > 0 ? text.splitText (a) : text;"
    "      if (b - a < target.length) target.splitText (b - a);"
    "      const span = document.createElement ('span');"
    "      span.className = 'highlight ' + h[3];"
    "      if (h[4]) span.dataset.passage = h[4];"
    "      if (h[5]) span.title = h[5];"
    "      target.parentNode.insertBefore (span, target);"
    "      span.appendChild (target);"
    "      if (h[5] && text === parts[parts.length - 1][0]) span.classList.add ('noted');"
    "    }"
    "    placed += parts.length > 0;"
    "  }"
    "  return placed;"
    "}) (%s)";

static void
highlights_applied_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JSCValue) value = NULL;

  value = webkit_web_view_evaluate_javascript_finish (WEBKIT_WEB_VIEW (source), result, &error);
  if (value == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("Showing the highlights failed: %s", error->message);
}

void
_cmq_reader_view_apply_highlights (CmqReaderView *self)
{
  g_autofree char *highlights = NULL;
  g_autofree char *script = NULL;

  /* Highlights are of a release's own page, not of a comparison or a trace. */
  if (self->highlight_func == NULL || self->release == NULL || self->compared != NULL ||
      self->trace != NULL)
    return;
  highlights = self->highlight_func (self->release, self->highlight_data);
  script = g_strdup_printf (highlight_script, highlights != NULL ? highlights : "[]");
  webkit_web_view_evaluate_javascript (self->web_view, script, -1, SCRIPT_WORLD, NULL,
                                       self->scripts, highlights_applied_cb, self);
}

void
cmq_reader_view_set_highlight_func (CmqReaderView *self, CmqReaderHighlightFunc func,
                                    gpointer user_data)
{
  g_return_if_fail (CMQ_IS_READER_VIEW (self));

  self->highlight_func = func;
  self->highlight_data = user_data;
}

void
cmq_reader_view_refresh_highlights (CmqReaderView *self)
{
  g_return_if_fail (CMQ_IS_READER_VIEW (self));

  if (_cmq_reader_view_takes_scripts (self))
    _cmq_reader_view_apply_highlights (self);
}

static void
selection_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (JSCValue) value = NULL;

  value = webkit_web_view_evaluate_javascript_finish (WEBKIT_WEB_VIEW (source), result, &error);
  if (value == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, jsc_value_to_string (value), g_free);
}

/* The same, once the page has handled the mouse button's release that GTK has just seen: WebKit
 * hands mouse events to the page in turn, so a script sent at once could run before the release
 * and read the selection as it was. GTK's capture phase sees the release before WebKit sends it
 * to the page, so this script (in the app's world; timers do not run there) is in place before
 * the page's mouseup. A read that never ends (no mouseup came) is cancelled by the next one. */
static const char selection_after_release_body[] =
    "return await new Promise (resolve => {"
    "  document.addEventListener ('mouseup', () => resolve (%s),"
    "                             { once: true, capture: true });"
    "});";

static void
selection_after_release_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (JSCValue) value = NULL;

  value = webkit_web_view_call_async_javascript_function_finish (WEBKIT_WEB_VIEW (source), result,
                                                                 &error);
  if (value == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, jsc_value_to_string (value), g_free);
}

void
cmq_reader_view_read_selection_after_release (CmqReaderView *self, GCancellable *cancellable,
                                              GAsyncReadyCallback callback, gpointer user_data)
{
  g_autofree char *body = NULL;
  GTask *task;

  g_return_if_fail (CMQ_IS_READER_VIEW (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cmq_reader_view_read_selection);
  body = g_strdup_printf (selection_after_release_body, selection_script);
  webkit_web_view_call_async_javascript_function (self->web_view, body, -1, NULL, SCRIPT_WORLD,
                                                  NULL, cancellable, selection_after_release_cb,
                                                  task);
}

void
cmq_reader_view_read_selection (CmqReaderView *self, GCancellable *cancellable,
                                GAsyncReadyCallback callback, gpointer user_data)
{
  GTask *task;

  g_return_if_fail (CMQ_IS_READER_VIEW (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cmq_reader_view_read_selection);
  webkit_web_view_evaluate_javascript (self->web_view, selection_script, -1, SCRIPT_WORLD, NULL,
                                       cancellable, selection_cb, task);
}

char *
cmq_reader_view_read_selection_finish (CmqReaderView *self, GAsyncResult *result, guint *paragraph,
                                       guint *start, guint *end, GError **error)
{
  g_autofree char *answer = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *object;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  *paragraph = 0;
  answer = g_task_propagate_pointer (G_TASK (result), error);
  if (answer == NULL || *answer == '\0' || !json_parser_load_from_data (parser, answer, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return NULL;
  object = json_node_get_object (json_parser_get_root (parser));
  *paragraph = (guint) MAX (json_object_get_int_member_with_default (object, "paragraph", 0), 0);
  if (start != NULL)
    *start = (guint) MAX (json_object_get_int_member_with_default (object, "start", 0), 0);
  if (end != NULL)
    *end = (guint) MAX (json_object_get_int_member_with_default (object, "end", 0), 0);
  return g_strdup (json_object_get_string_member_with_default (object, "text", NULL));
}

/* Scrolls paragraph #pN (the top for 0) into the middle of the view (its start to the top, when
 * it does not fit) and marks it, so that the eye finds it. */
static const char scroll_script[] =
    "(function (n) {"
    "  for (const old of document.querySelectorAll ('.target')) old.classList.remove ('target');"
    "  const el = n > 0 ? document.getElementById ('p' + n) : null;"
    "  if (!el) { window.scrollTo (0, 0); return n === 0; }"
    "  el.classList.add ('target');"
    "  const tall = el.getBoundingClientRect ().height > window.innerHeight * 0.8;"
    "  el.scrollIntoView ({ block: tall ? 'start' : 'center' });"
    "  return true;"
    "}) (%u)";

void
_cmq_reader_view_run_scroll (CmqReaderView *self)
{
  g_autofree char *script = NULL;

  if (self->scroll_to == 0)
    return;
  script = g_strdup_printf (scroll_script, self->scroll_to - 1);
  /* Kept until the page asked for is painted: the load that ran it may have been the page's
   * before (see load_changed_cb()). */
  if (self->page_painted)
    self->scroll_to = 0;
  webkit_web_view_evaluate_javascript (self->web_view, script, -1, SCRIPT_WORLD, NULL,
                                       self->scripts, NULL, NULL);
}

void
cmq_reader_view_scroll_to_paragraph (CmqReaderView *self, guint paragraph)
{
  g_return_if_fail (CMQ_IS_READER_VIEW (self));
  g_return_if_fail (paragraph < G_MAXUINT);

  self->scroll_to = paragraph + 1;
  if (_cmq_reader_view_takes_scripts (self))
    _cmq_reader_view_run_scroll (self);
}

void
cmq_reader_selection_free (CmqReaderSelection *selection)
{
  if (selection == NULL)
    return;
  g_free (selection->text);
  g_free (selection->passage_id);
  g_free (selection);
}

CmqReaderSelection *
cmq_reader_view_read_selection_details_finish (CmqReaderView *self, GAsyncResult *result,
                                               GError **error)
{
  g_autofree char *answer = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *object;
  CmqReaderSelection *selection;
  double zoom = webkit_web_view_get_zoom_level (self->web_view);

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  answer = g_task_propagate_pointer (G_TASK (result), error);
  if (answer == NULL || *answer == '\0' || !json_parser_load_from_data (parser, answer, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return NULL;
  object = json_node_get_object (json_parser_get_root (parser));
  selection = g_new0 (CmqReaderSelection, 1);
  selection->text = g_strdup (json_object_get_string_member_with_default (object, "text", ""));
  selection->paragraph =
      (guint) MAX (json_object_get_int_member_with_default (object, "paragraph", 0), 0);
  selection->start = (guint) MAX (json_object_get_int_member_with_default (object, "start", 0), 0);
  selection->end = (guint) MAX (json_object_get_int_member_with_default (object, "end", 0), 0);
  selection->passage_id =
      g_strdup (json_object_get_string_member_with_default (object, "passage", NULL));
  /* CSS pixels of the viewport; the view is zoomed by the text size. */
  selection->area.x = (int) (json_object_get_double_member_with_default (object, "x", 0) * zoom);
  selection->area.y = (int) (json_object_get_double_member_with_default (object, "y", 0) * zoom);
  selection->area.width =
      MAX ((int) (json_object_get_double_member_with_default (object, "width", 0) * zoom), 1);
  selection->area.height =
      MAX ((int) (json_object_get_double_member_with_default (object, "height", 0) * zoom), 1);
  return selection;
}

void
cmq_reader_view_set_popover (CmqReaderView *self, GtkWidget *popover)
{
  g_return_if_fail (CMQ_IS_READER_VIEW (self));
  g_return_if_fail (GTK_IS_POPOVER (popover) && self->popover == NULL);

  self->popover = popover;
  gtk_widget_set_parent (popover, GTK_WIDGET (self));
}
