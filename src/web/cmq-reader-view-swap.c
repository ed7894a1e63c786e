/* cmq-reader-view-swap.c: the next page in the document shown, rather than a new document.
 *
 * Loading a page with webkit_web_view_load_html() makes WebKit parse, style and lay out a new
 * document, in a new frame: about 100 ms with GSK's cairo renderer and 380 ms with software GL
 * per selection (build-aux/bench-select). Most of that is the document, not the release: so once
 * a page of the view is painted, the next one replaces that document's body, and the few parts of
 * its head that differ (the html element's language and class, the title, the style sheet), by
 * one of the app's scripts in its isolated world. The document's address follows (the history's
 * replaceState(), not a navigation), so links and decide-policy see the page asked for.
 *
 * The security model is the document's, unchanged: the page's Content-Security-Policy (the new
 * head's must be the same, or the page is loaded anew), page scripts off (enable-javascript-markup:
 * a script or an event handler in the markup never runs, and markup set with innerHTML never runs
 * scripts anyway), the same settings and network session. The next page's head is parsed by a
 * DOMParser, whose document has no browsing context: it runs nothing and fetches nothing.
 *
 * A document that is not the page painted last (not loaded yet, or being replaced by a load), an
 * error of the script or a head that differs in anything else gets the page loaded as before.
 * WebKit allows a document 100 replaceState() in 10 s (a held Down key can ask for more): the
 * one after is loaded, in a new document that may take 100 more.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-reader-view"

#include <string.h>

#include "cmq-reader-view-private.h"

/* Replaces the body of the document by `body`, and its head's parts by those of `head` (the page
 * up to its <body> tag), then its address by `uri`. Answers false, changing nothing, when the
 * document is not complete or the policy or the style sheet cannot be kept. Once done, leaves its
 * number `swap` in the app's world, for the scripts sent after it (the paint awaited). */
static const char swap_body[] =
    "if (document.readyState !== 'complete' || !document.head || !document.body) return false;"
    "const next = new DOMParser ().parseFromString (head, 'text/html');"
    "const policy = d => {"
    "  const m = d.querySelectorAll ('head > meta[http-equiv=\"Content-Security-Policy\"]');"
    "  return m.length === 1 ? m[0].content : null;"
    "};"
    "if (policy (next) === null || policy (next) !== policy (document)) return false;"
    "const sheet = next.querySelectorAll ('head > style');"
    "const shown = document.querySelectorAll ('head > style');"
    "if (sheet.length !== 1 || shown.length !== 1) return false;"
    "const copy = (from, to) => {"
    "  for (const a of Array.from (to.attributes))"
    "    if (!from.hasAttribute (a.name)) to.removeAttribute (a.name);"
    "  for (const a of Array.from (from.attributes))"
    "    if (to.getAttribute (a.name) !== a.value) to.setAttribute (a.name, a.value);"
    "};"
    "if (shown[0].textContent !== sheet[0].textContent)"
    "  shown[0].textContent = sheet[0].textContent;"
    "copy (next.documentElement, document.documentElement);"
    "copy (next.body, document.body);"
    "document.title = next.title;"
    "document.body.innerHTML = body;"
    "history.replaceState (null, '', uri);"
    "window.scrollTo (0, 0);"
    "if (document.URL !== uri) return false;"
    "globalThis.cmqSwap = swap;"
    "return true;";

typedef struct
{
  CmqReaderView *self;
  char *html;
  char *uri;
} Swap;

static void
swap_free (Swap *swap)
{
  g_free (swap->html);
  g_free (swap->uri);
  g_free (swap);
}

static void
load_html (CmqReaderView *self, const char *html)
{
  _cmq_reader_view_cover (self);
  self->document_ready = FALSE;
  self->paint_swap = 0;
  webkit_web_view_load_html (self->web_view, html, self->page_uri);
}

static void
swapped_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  Swap *swap = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (JSCValue) value = NULL;
  CmqReaderView *self = swap->self;

  value = webkit_web_view_call_async_javascript_function_finish (WEBKIT_WEB_VIEW (source), result,
                                                                 &error);
  /* Another page was asked for (the view may be gone): that one is on its way. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      g_strcmp0 (swap->uri, self->page_uri) != 0)
    {
      swap_free (swap);
      return;
    }
  if (error != NULL || !jsc_value_to_boolean (value))
    {
      g_debug ("The page could not replace the document shown (%s): it is loaded",
               error != NULL ? error->message : "the document differs");
      load_html (self, swap->html);
    }
  else
    _cmq_reader_view_page_swapped (self);
  swap_free (swap);
}

void
_cmq_reader_view_send_page (CmqReaderView *self, const char *html)
{
  const char *body = strstr (html, "<body");
  const char *body_end = body != NULL ? strchr (body, '>') : NULL;
  const char *close = body_end != NULL ? g_strrstr (body_end, "</body>") : NULL;
  g_autofree char *head = NULL;
  g_autofree char *inner = NULL;
  GVariantDict arguments;
  Swap *swap;

  self->page_state = CMQ_PAGE_SENT;
  if (!self->document_ready || close == NULL)
    {
      load_html (self, html);
      return;
    }
  head = g_strndup (html, body_end + 1 - html);
  inner = g_strndup (body_end + 1, close - (body_end + 1));
  g_variant_dict_init (&arguments, NULL);
  g_variant_dict_insert (&arguments, "head", "s", head);
  g_variant_dict_insert (&arguments, "body", "s", inner);
  g_variant_dict_insert (&arguments, "uri", "s", self->page_uri);
  swap = g_new0 (Swap, 1);
  swap->self = self;
  swap->html = g_strdup (html);
  swap->uri = g_strdup (self->page_uri);
  /* 0 is no replacement (cmq-reader-view-paint.c). */
  if (++self->n_swaps == 0)
    self->n_swaps = 1;
  g_variant_dict_insert (&arguments, "swap", "u", self->n_swaps);
  webkit_web_view_call_async_javascript_function (self->web_view, swap_body, -1,
                                                  g_variant_dict_end (&arguments), SCRIPT_WORLD,
                                                  NULL, self->scripts, swapped_cb, swap);
  /* The web process runs the scripts of a world in the order they were sent: these run on the
   * new body without waiting for the answer above. */
  _cmq_reader_view_prepare_paint (self, self->n_swaps);
}
