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
 * and ends in that paragraph's text (in UTF-16 units, to its end when it goes on), as JSON; ""
 * when nothing is selected. A quotation paragraph's text is its blockquote's <p>. */
static const char selection_script[] =
    "(function () {"
    "  const s = document.getSelection ();"
    "  if (!s || s.rangeCount === 0 || s.isCollapsed) return '';"
    "  const range = s.getRangeAt (0);"
    "  let n = range.startContainer;"
    "  while (n && !(n.id && /^p[0-9]+$/.test (n.id))) n = n.parentNode;"
    "  let start = 0, end = 0;"
    "  if (n) {"
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
    "                           paragraph: n ? parseInt (n.id.substring (1), 10) : 0 });"
    "}) ()";

/* Wraps each highlight [paragraph, start, end, colour] (UTF-16 units in the paragraph's text) in
 * spans, after removing those of before; answers how many were placed. */
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
    "      target.parentNode.insertBefore (span, target);"
    "      span.appendChild (target);"
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

  if (!webkit_web_view_is_loading (self->web_view))
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
  if (!webkit_web_view_is_loading (self->web_view))
    _cmq_reader_view_run_scroll (self);
}
