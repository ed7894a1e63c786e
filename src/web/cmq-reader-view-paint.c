/* cmq-reader-view-paint.c: how a page gets on screen, with no blank between two pages.
 *
 * A page replaces the body of the document shown when it can (cmq-reader-view-swap.c), else
 * WebKit loads it as a new document. When WebKit loads a new document, it may draw nothing
 * (white) between the new page's commit and its first frame: seen in a run of selections, and
 * for whole seconds on a loaded machine. So the view keeps an image of the last page painted,
 * the cover, drawn over WebKit's drawing from the moment the new document is loaded until the
 * page asked for has been painted (a body replaced needs none: WebKit draws the document's last
 * frame until its next one, with the new body): its second
 * animation frame has run, in the app's isolated script world, after its highlights and
 * scrolling. The cover is a copy made by GTK's renderer, not WebKit's own buffer, which WebKit
 * reuses for the frames that follow.
 *
 * The HTML of a release or of a comparison grows with the release: it is made in a worker
 * thread, unless the release is short (most are: 1 ms of CPU for a 4 KB release), when the
 * hand-over to a thread and back cost more than the work on a loaded machine (hundreds of ms
 * of waiting at a load of 20 on 2 cores). A page asked for while another is being made
 * replaces it: in a fast run of selections only the last one's HTML reaches WebKit, unless the
 * one on the way was ready first, and only a page that has been painted ever takes the cover's
 * place.
 *
 * A page made again after its web process ended is painted by a new process, whose first frame
 * may reach the view a little after the page's own frames have run: WebKit draws a blank view
 * meanwhile. Then the cover stays until WebKit's drawing shows something.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-reader-view"

#include <string.h>

#include "cmq-html-compare.h"
#include "cmq-html-page.h"
#include "cmq-html-trace.h"
#include "cmq-html.h"
#include "cmq-reader-view-private.h"

/* Not a scheme WebKit can fetch: the page only ever comes from load_html(). */
#define PAGE_URI_PREFIX "communique-page:release/"

/* A release whose paragraphs hold at most this many bytes has its page made on the main thread:
 * well under a millisecond of work per 4 KB. */
#define SHORT_RELEASE_BYTES (32 * 1024)

/* A page that is not painted within this long (a web process that hangs) shows what WebKit has:
 * the cover must not hide the page for good. */
#define COVER_TIMEOUT_MS 5000

/* Resolves once the page's first frame after the scripts that ran before it has been drawn: the
 * callbacks of requestAnimationFrame run before a frame is drawn, the second one after the
 * first frame. Resolves with false at once when the document is not the page asked for (`uri`),
 * loaded: WebKit may say that the page before finished loading after the next one was sent, and
 * the next one may then be there but not loaded yet. A page that replaces the body of the
 * document shown is awaited with the number of its script (`swap`), which that script leaves in
 * the app's world once it has replaced the body: a replacement that failed (the page is then
 * loaded) is not taken for the page, even at the same address. */
static const char painted_body[] =
    "if (document.URL !== uri || document.readyState !== 'complete') return false;"
    "if (swap !== 0 && globalThis.cmqSwap !== swap) return false;"
    "return new Promise (done => requestAnimationFrame (() => "
    "requestAnimationFrame (() => done (document.URL === uri))));";

typedef struct
{
  CmqRelease *release;
  CmqRelease *compared;
  CmqQuery *query;
  char *page_class;
} RenderJob;

static void
render_job_free (RenderJob *job)
{
  g_clear_object (&job->release);
  g_clear_object (&job->compared);
  g_clear_pointer (&job->query, cmq_query_unref);
  g_free (job->page_class);
  g_free (job);
}

static void
render_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  RenderJob *job = task_data;
  char *html;

  if (job->compared != NULL)
    {
      g_autoptr (CmqComparison) cmp = cmq_comparison_new (
          cmq_release_get_paragraphs (job->compared), cmq_release_get_paragraphs (job->release));

      html = cmq_html_render_comparison (job->compared, job->release, cmp, job->page_class);
    }
  else
    html = cmq_html_render_release_styled (job->release, job->query, job->page_class);
  g_task_return_pointer (task, html, g_free);
}

static gboolean
is_short (CmqRelease *release)
{
  gsize bytes = 0;

  for (const char *const *p = cmq_release_get_paragraphs (release); *p != NULL; p++)
    {
      bytes += strlen (*p);
      if (bytes > SHORT_RELEASE_BYTES)
        return FALSE;
    }
  return TRUE;
}

static void
stop_uncover_tick (CmqReaderView *self)
{
  if (self->uncover_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->uncover_tick);
  self->uncover_tick = 0;
}

static void
drop_cover (CmqReaderView *self)
{
  g_clear_handle_id (&self->cover_timeout, g_source_remove);
  stop_uncover_tick (self);
  if (self->cover == NULL)
    return;
  g_clear_pointer (&self->cover, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void show_page (CmqReaderView *self);

static gboolean
cover_timeout_cb (gpointer user_data)
{
  CmqReaderView *self = user_data;

  self->cover_timeout = 0;
  g_debug ("The page was not painted in time: the cover goes");
  if (self->uncover_tick != 0)
    show_page (self);
  else
    drop_cover (self);
  return G_SOURCE_REMOVE;
}

/* WebKit's drawing as GTK would draw it now, at the screen's scale (as sharp as the page), or
 * NULL when there is none. */
static GdkTexture *
render_drawn_page (CmqReaderView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkNative *native = gtk_widget_get_native (widget);
  g_autoptr (GtkSnapshot) snapshot = NULL;
  g_autoptr (GskRenderNode) node = NULL;
  graphene_rect_t bounds;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int scale = gtk_widget_get_scale_factor (widget);

  if (native == NULL || gtk_native_get_renderer (native) == NULL || width <= 0 || height <= 0)
    return NULL;
  snapshot = gtk_snapshot_new ();
  gtk_snapshot_scale (snapshot, scale, scale);
  gtk_widget_snapshot_child (widget, GTK_WIDGET (self->web_view), snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return NULL;
  graphene_rect_init (&bounds, 0, 0, width * scale, height * scale);
  return gsk_renderer_render_texture (gtk_native_get_renderer (native), node, &bounds);
}

/* An image of the page as GTK drew it last, in the view's coordinates, or NULL. */
static GskRenderNode *
copy_drawn_page (CmqReaderView *self)
{
  g_autoptr (GdkTexture) texture = render_drawn_page (self);

  if (texture == NULL)
    return NULL;
  return gsk_texture_node_new (texture,
                               &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (GTK_WIDGET (self)),
                                                    gtk_widget_get_height (GTK_WIDGET (self))));
}

/* WebKit draws something: its drawing is not one colour all over (a page always has its title;
 * a view whose process is new draws nothing, or white, until that process's first frame). */
static gboolean
web_view_draws_page (CmqReaderView *self)
{
  g_autoptr (GdkTexture) texture = render_drawn_page (self);
  g_autofree guint32 *pixels = NULL;
  gsize n;

  if (texture == NULL)
    return FALSE;
  n = (gsize) gdk_texture_get_width (texture) * gdk_texture_get_height (texture);
  pixels = g_new (guint32, n);
  gdk_texture_download (texture, (guchar *) pixels, gdk_texture_get_width (texture) * 4);
  for (gsize i = 1; i < n; i++)
    if (pixels[i] != pixels[0])
      return TRUE;
  return FALSE;
}

/* A new page is asked for: the last page painted stays until it is painted. A cover already there
 * stays: it is the last page painted. */
static void
cover_page (CmqReaderView *self)
{
  self->page_painted = FALSE;
  g_clear_handle_id (&self->cover_timeout, g_source_remove);
  if (self->cover != NULL)
    self->cover_timeout = g_timeout_add (COVER_TIMEOUT_MS, cover_timeout_cb, self);
}

/* WebKit is about to load a new document: the page it draws now (the last painted) is copied as
 * the cover until the new one is painted. A page that only replaces the body of the document
 * needs none: WebKit draws the page before until its next frame, which has the new body. Copying
 * costs little with cairo, but tens of milliseconds with GL in software (Mesa's llvmpipe). */
void
_cmq_reader_view_cover (CmqReaderView *self)
{
  if (self->cover == NULL && self->drawing_page && gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->cover = copy_drawn_page (self);
      self->cover_width = gtk_widget_get_width (GTK_WIDGET (self));
      self->cover_height = gtk_widget_get_height (GTK_WIDGET (self));
      g_clear_handle_id (&self->cover_timeout, g_source_remove);
      if (self->cover != NULL)
        self->cover_timeout = g_timeout_add (COVER_TIMEOUT_MS, cover_timeout_cb, self);
    }
  self->drawing_page = FALSE;
}

/* A frame that cannot be awaited is awaited again this many times, this long apart, before the
 * page is taken as painted. */
#define PAINT_TRIES    10
#define PAINT_RETRY_MS 200

static void await_paint (CmqReaderView *self);

static gboolean
paint_retry_cb (gpointer user_data)
{
  CmqReaderView *self = user_data;

  self->paint_retry = 0;
  await_paint (self);
  return G_SOURCE_REMOVE;
}

/* The page asked for last is on screen: it replaces the cover. */
static void
show_page (CmqReaderView *self)
{
  /* The document is the page asked for, loaded: the next page can replace its body. */
  self->document_ready = TRUE;
  self->page_painted = TRUE;
  self->drawing_page = TRUE;
  self->after_end = FALSE;
  self->scroll_to = 0;
  self->timings.uncovered = g_get_monotonic_time ();
  drop_cover (self);
  g_signal_emit_by_name (self, "page-painted");
}

/* Each frame after a page made again in a new process has run its frames: the cover goes once
 * WebKit draws the page (or has gone with its timeout). */
static gboolean
uncover_tick_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer user_data)
{
  CmqReaderView *self = CMQ_READER_VIEW (widget);

  if (self->cover != NULL && !web_view_draws_page (self))
    return G_SOURCE_CONTINUE;
  self->uncover_tick = 0;
  show_page (self);
  return G_SOURCE_REMOVE;
}

static void
painted_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JSCValue) value = NULL;
  CmqReaderView *self;

  value = webkit_web_view_call_async_javascript_function_finish (WEBKIT_WEB_VIEW (source), result,
                                                                 &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return; /* another page was asked for; the view may be gone */
  self = CMQ_READER_VIEW (user_data);
  /* An error: seen when the web process is crashing, before WebKit says it ended (then the page
   * is made again, and the cover must stay over the blank view meanwhile), and at times for a
   * page that is shown. So the frame is awaited again a few times before the page shows what it
   * has, rather than the old one for ever. */
  if (error != NULL)
    {
      g_debug ("Awaiting the page's frame failed: %s", error->message);
      if (self->paint_tries++ < PAINT_TRIES)
        {
          self->paint_retry = g_timeout_add (PAINT_RETRY_MS, paint_retry_cb, self);
          return;
        }
    }
  /* The document was another page's: the page asked for is awaited when it has loaded. */
  if (error == NULL && !jsc_value_to_boolean (value))
    {
      g_debug ("The page shown is not the page asked for yet");
      return;
    }
  if (self->after_end && self->cover != NULL && self->uncover_tick == 0)
    self->uncover_tick =
        gtk_widget_add_tick_callback (GTK_WIDGET (self), uncover_tick_cb, NULL, NULL);
  else if (self->uncover_tick == 0)
    show_page (self);
}

static void
await_paint (CmqReaderView *self)
{
  GVariantDict arguments;

  g_variant_dict_init (&arguments, NULL);
  g_variant_dict_insert (&arguments, "uri", "s", self->page_uri);
  g_variant_dict_insert (&arguments, "swap", "u", self->paint_swap);
  webkit_web_view_call_async_javascript_function (self->web_view, painted_body, -1,
                                                  g_variant_dict_end (&arguments), SCRIPT_WORLD,
                                                  NULL, self->scripts, painted_cb, self);
}

void
_cmq_reader_view_await_paint (CmqReaderView *self, guint swap)
{
  g_clear_handle_id (&self->paint_retry, g_source_remove);
  self->paint_swap = swap;
  self->paint_tries = 0;
  await_paint (self);
}

static void
rendered_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *html = g_task_propagate_pointer (G_TASK (result), &error);
  CmqReaderView *self;

  if (html == NULL)
    return; /* cancelled: another page was asked for; the view may be gone */
  self = CMQ_READER_VIEW (user_data);
  g_clear_object (&self->rendering);
  self->timings.made = g_get_monotonic_time ();
  _cmq_reader_view_send_page (self, html);
}

/* Makes the release's page, or the comparison's, in a worker thread, then loads it; a short
 * release's page at once. */
static void
render_page (CmqReaderView *self)
{
  g_autoptr (GTask) task = NULL;
  RenderJob *job;

  if (self->compared == NULL && is_short (self->release))
    {
      g_autofree char *html =
          cmq_html_render_release_styled (self->release, self->query, self->page_class);

      self->timings.made = g_get_monotonic_time ();
      _cmq_reader_view_send_page (self, html);
      return;
    }
  job = g_new0 (RenderJob, 1);

  job->release = g_object_ref (self->release);
  job->compared = self->compared != NULL ? g_object_ref (self->compared) : NULL;
  job->query = self->query != NULL ? cmq_query_ref (self->query) : NULL;
  job->page_class = g_strdup (self->page_class);
  self->rendering = g_cancellable_new ();
  task = g_task_new (NULL, self->rendering, rendered_cb, self);
  g_task_set_source_tag (task, render_page);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_set_task_data (task, job, (GDestroyNotify) render_job_free);
  g_task_run_in_thread (task, render_thread);
}

static void
cancel_render (CmqReaderView *self)
{
  if (self->rendering != NULL)
    g_cancellable_cancel (self->rendering);
  g_clear_object (&self->rendering);
}

void
_cmq_reader_view_load_page (CmqReaderView *self)
{
  self->timings.asked = g_get_monotonic_time ();
  self->timings.made = self->timings.loaded = self->timings.uncovered = 0;
  cancel_render (self);
  _cmq_reader_view_restart_scripts (self);
  g_clear_handle_id (&self->paint_retry, g_source_remove);
  stop_uncover_tick (self);
  cover_page (self);
  self->scroll_to = 0;
  self->timings.covered = g_get_monotonic_time ();
  g_free (self->page_uri);
  if (self->trace != NULL)
    {
      g_autofree char *html =
          cmq_html_render_trace_full (self->trace, self->page_class, self->show_variants);

      self->page_uri = g_strdup (PAGE_URI_PREFIX "trace");
      _cmq_reader_view_send_page (self, html);
    }
  else if (self->release == NULL)
    {
      /* In the page's style (its background), and a document the next page replaces the body
       * of. */
      g_autoptr (GString) html = g_string_new (NULL);

      cmq_html_append_head (html, NULL, self->page_class, "", CMQ_HTML_SHEET_READER);
      g_string_append (html, "<body>\n</body>\n</html>\n");
      self->page_uri = g_strdup (PAGE_URI_PREFIX "empty");
      _cmq_reader_view_send_page (self, html->str);
    }
  else
    {
      if (self->compared != NULL)
        self->page_uri = g_strconcat (PAGE_URI_PREFIX, cmq_release_get_id (self->compared), "-",
                                      cmq_release_get_id (self->release), NULL);
      else
        self->page_uri = g_strconcat (PAGE_URI_PREFIX, cmq_release_get_id (self->release), NULL);
      self->page_state = CMQ_PAGE_RENDERING;
      render_page (self);
    }
}

gboolean
_cmq_reader_view_is_loading (CmqReaderView *self)
{
  return self->page_state != CMQ_PAGE_LOADED;
}

gboolean
_cmq_reader_view_takes_scripts (CmqReaderView *self)
{
  return self->page_state == CMQ_PAGE_LOADED ||
         (self->page_state == CMQ_PAGE_SENT && self->paint_swap != 0);
}

/* WebKit's drawing, with the cover over it while there is one (not stretched: a view resized
 * meanwhile shows WebKit's), and the popover. */
void
_cmq_reader_view_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  CmqReaderView *self = CMQ_READER_VIEW (widget);

  gtk_widget_snapshot_child (widget, GTK_WIDGET (self->web_view), snapshot);
  if (self->cover != NULL && self->cover_width == gtk_widget_get_width (widget) &&
      self->cover_height == gtk_widget_get_height (widget))
    gtk_snapshot_append_node (snapshot, self->cover);
  if (self->popover != NULL)
    gtk_widget_snapshot_child (widget, self->popover, snapshot);
}

/* An empty page, when nothing was asked for yet: WebKit starts its web process for it, and the
 * first page replaces its body. */
void
cmq_reader_view_prepare (CmqReaderView *self)
{
  g_return_if_fail (CMQ_IS_READER_VIEW (self));

  if (self->page_uri == NULL && self->web_view != NULL)
    {
      g_debug ("Starting the web process with an empty page");
      _cmq_reader_view_load_page (self);
    }
}

void
_cmq_reader_view_paint_dispose (CmqReaderView *self)
{
  cancel_render (self);
  g_clear_handle_id (&self->paint_retry, g_source_remove);
  g_clear_handle_id (&self->cover_timeout, g_source_remove);
  stop_uncover_tick (self);
  g_clear_pointer (&self->cover, gsk_render_node_unref);
}
