/* cmq-reader-view.c: the locked-down WebKit view that shows one release.
 *
 * Every view shares one WebKitWebContext and one ephemeral network session owned here, never
 * WebKit's defaults. Pages are loaded with webkit_web_view_load_html() under a private base URI,
 * or replace the body of the page shown, whose address follows (cmq-reader-view-swap.c);
 * decide-policy lets exactly that navigation through, sends http(s) links the user clicks to the
 * default browser and refuses everything else. Page scripts never run (enable-javascript-markup
 * off), and the network session goes through a proxy that does not exist, behind the page's own
 * Content-Security-Policy.
 *
 * Stepping through search hits (the <mark>s the renderer wrote) and reading the selection (for
 * Copy with Citation) run the app's own short scripts in an isolated script world: page scripts
 * stay off, and the page cannot reach those scripts.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-reader-view"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "cmq-html.h"
#include "cmq-reader-view-private.h"

/* Nothing listens on the discard port; requests that get past the CSP fail here. */
#define DEAD_PROXY "http://127.0.0.1:9"
/* The isolated script world of the app's own scripts. */

/* Counts the hits of a freshly loaded page. */
static const char count_hits_script[] = "document.querySelectorAll('mark').length";

/* Moves the current hit by `step` (1 or -1), wrapping around, scrolls it into the middle of the
 * view and answers "current/total". */
static const char step_hit_script[] =
    "(function (step) {"
    "  const marks = Array.from (document.querySelectorAll ('mark'));"
    "  if (marks.length === 0) return '0/0';"
    "  let i = marks.findIndex (m => m.classList.contains ('current'));"
    "  if (i >= 0) marks[i].classList.remove ('current');"
    "  i = i < 0 ? (step > 0 ? 0 : marks.length - 1) : (i + step + marks.length) %% marks.length;"
    "  marks[i].classList.add ('current');"
    "  marks[i].scrollIntoView ({ block: 'center' });"
    "  return (i + 1) + '/' + marks.length;"
    "}) (%d)";

typedef struct
{
  GAction *action;
  char *label;
  gboolean needs_selection;
} MenuAction;

static void
menu_action_free (MenuAction *item)
{
  g_object_unref (item->action);
  g_free (item->label);
  g_free (item);
}

G_DEFINE_FINAL_TYPE (CmqReaderView, cmq_reader_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_N_HITS,
  PROP_CURRENT_HIT,
  PROP_COUNTS_HITS,
  PROP_HITS_COUNTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  OPEN_RELEASE,
  MORE_FROM_SOURCE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static WebKitWebContext *shared_context;
static WebKitNetworkSession *shared_session;
static WebKitSettings *shared_settings;

static void
ensure_shared_objects (void)
{
  g_autoptr (WebKitNetworkProxySettings) proxy = NULL;

  if (shared_context != NULL)
    return;

  shared_context = webkit_web_context_new ();
  webkit_web_context_set_cache_model (shared_context, WEBKIT_CACHE_MODEL_DOCUMENT_VIEWER);
  webkit_web_context_set_spell_checking_enabled (shared_context, FALSE);

  shared_session = webkit_network_session_new_ephemeral ();
  proxy = webkit_network_proxy_settings_new (DEAD_PROXY, NULL);
  webkit_network_session_set_proxy_settings (shared_session, WEBKIT_NETWORK_PROXY_MODE_CUSTOM,
                                             proxy);

  /* WebKit's hardware-acceleration policy stays its default (composited): NEVER was no faster
   * and often slower (build-aux/bench-select at 10,000 releases, load 20-26: painted p95 509
   * and 789 ms against 295 and 787 with cairo, 1754 against 1543 with GL; scrolling p95 137
   * against 56 and 103 ms). Skia's CPU rendering (WEBKIT_SKIA_ENABLE_CPU_RENDERING) was no
   * faster either. Measured again by CPU time (select3, load 12-20, 5 pairs alternated): without
   * compositing the web process's CPU per selection halves (cairo 93-95 to 46-49 ms, GL 144-155
   * to 62-72 ms; on llvmpipe, GL compositing is 60% of it in perf), but the window's grows (cairo
   * 39-40 to 51-53 ms, GL 275-288 to 310-329 ms, on the main thread that draws the frame);
   * painted p95 was better in 2 pairs of 5, and scrolling p50 1.5-2 times slower in 4 of 5. CPU
   * rendering: web process 79-87 against 93-98 ms, the window's the same. */
  shared_settings = webkit_settings_new_with_settings (
      "enable-javascript-markup", FALSE, "javascript-can-open-windows-automatically", FALSE,
      "javascript-can-access-clipboard", FALSE, "enable-html5-local-storage", FALSE,
      "enable-html5-database", FALSE, "enable-page-cache", FALSE, "enable-webgl", FALSE,
      "enable-webaudio", FALSE, "enable-webrtc", FALSE, "enable-media", FALSE, "enable-mediasource",
      FALSE, "enable-encrypted-media", FALSE, "enable-media-capabilities", FALSE,
      "enable-back-forward-navigation-gestures", FALSE, "auto-load-images", FALSE,
      "allow-file-access-from-file-urls", FALSE, "allow-universal-access-from-file-urls", FALSE,
      "allow-modal-dialogs", FALSE, "enable-smooth-scrolling", TRUE, "enable-developer-extras",
      (gboolean) DEVELOPMENT, NULL);
}

static gboolean
is_web_uri (const char *uri)
{
  g_autofree char *scheme = uri != NULL ? g_uri_parse_scheme (uri) : NULL;

  return scheme != NULL &&
         (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0);
}

static void
open_in_browser (CmqReaderView *self, const char *uri)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  g_debug ("Opening %s in the browser", uri);
  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}

CmqNavigation
cmq_reader_view_decide_navigation (const char *page_uri, const char *uri, gboolean new_window,
                                   WebKitNavigationType type, gboolean user_gesture)
{
  /* Only the page this view loaded itself, and only as that load. */
  if (!new_window && type == WEBKIT_NAVIGATION_TYPE_OTHER && page_uri != NULL &&
      g_strcmp0 (uri, page_uri) == 0)
    return CMQ_NAVIGATION_LOAD;
  /* A trace's link to one of its uses, clicked: the window opens the release, WebKit goes
   * nowhere. */
  if (!new_window && type == WEBKIT_NAVIGATION_TYPE_LINK_CLICKED && page_uri != NULL &&
      uri != NULL && g_str_has_prefix (uri, page_uri) &&
      g_str_has_prefix (uri + strlen (page_uri), CMQ_READER_USE_ANCHOR))
    return CMQ_NAVIGATION_OPEN_USE;
  /* The source's link under the title, clicked: the renderer writes it, never the release. */
  if (!new_window && type == WEBKIT_NAVIGATION_TYPE_LINK_CLICKED && page_uri != NULL &&
      uri != NULL && g_str_has_prefix (uri, page_uri) &&
      g_strcmp0 (uri + strlen (page_uri), "#" CMQ_HTML_MORE_FROM_SOURCE) == 0)
    return CMQ_NAVIGATION_MORE_FROM_SOURCE;
  /* A link to an anchor of that page (the compare view's moves), clicked. */
  if (!new_window && type == WEBKIT_NAVIGATION_TYPE_LINK_CLICKED && page_uri != NULL &&
      uri != NULL && g_str_has_prefix (uri, page_uri) && uri[strlen (page_uri)] == '#')
    return CMQ_NAVIGATION_LOAD;
  /* A web link the user clicked: the browser is the place for it. Redirects, refreshes, forms
   * and scripted navigations have no user gesture or another type. */
  if (user_gesture && is_web_uri (uri) &&
      (type == WEBKIT_NAVIGATION_TYPE_LINK_CLICKED || type == WEBKIT_NAVIGATION_TYPE_OTHER))
    return CMQ_NAVIGATION_OPEN_IN_BROWSER;
  return CMQ_NAVIGATION_REFUSE;
}

/* The use numbered @number of the trace shown: its release and paragraph, to the window. */
static void
open_use (CmqReaderView *self, const char *number)
{
  guint64 n = 0;
  guint n_uses = self->trace != NULL ? self->trace->uses->len : 0;
  guint n_variants =
      self->trace != NULL && self->trace->variants != NULL ? self->trace->variants->len : 0;
  CmqTraceOccurrence *use;

  /* The near variants are numbered on from the uses. */
  if (n_uses + n_variants == 0 ||
      !g_ascii_string_to_unsigned (number, 10, 0, n_uses + n_variants - 1, &n, NULL))
    {
      g_debug ("No use %s to open", number);
      return;
    }
  use = n < n_uses ? g_ptr_array_index (self->trace->uses, n)
                   : g_ptr_array_index (self->trace->variants, n - n_uses);
  g_signal_emit (self, signals[OPEN_RELEASE], 0, use->id, (guint) (use->paragraph + 1));
}

static gboolean
decide_policy_cb (WebKitWebView *web_view, WebKitPolicyDecision *decision,
                  WebKitPolicyDecisionType type, CmqReaderView *self)
{
  switch (type)
    {
    case WEBKIT_POLICY_DECISION_TYPE_NAVIGATION_ACTION:
    case WEBKIT_POLICY_DECISION_TYPE_NEW_WINDOW_ACTION:
      {
        WebKitNavigationAction *action = webkit_navigation_policy_decision_get_navigation_action (
            WEBKIT_NAVIGATION_POLICY_DECISION (decision));
        const char *uri =
            webkit_uri_request_get_uri (webkit_navigation_action_get_request (action));

        switch (cmq_reader_view_decide_navigation (
            self->page_uri, uri, type == WEBKIT_POLICY_DECISION_TYPE_NEW_WINDOW_ACTION,
            webkit_navigation_action_get_navigation_type (action),
            webkit_navigation_action_is_user_gesture (action)))
          {
          case CMQ_NAVIGATION_LOAD:
            webkit_policy_decision_use (decision);
            return TRUE;
          case CMQ_NAVIGATION_OPEN_IN_BROWSER:
            open_in_browser (self, uri);
            break;
          case CMQ_NAVIGATION_OPEN_USE:
            open_use (self, uri + strlen (self->page_uri) + strlen (CMQ_READER_USE_ANCHOR));
            break;
          case CMQ_NAVIGATION_MORE_FROM_SOURCE:
            if (self->release != NULL && self->compared == NULL && self->trace == NULL &&
                cmq_release_get_source (self->release) != NULL)
              g_signal_emit (self, signals[MORE_FROM_SOURCE], 0,
                             cmq_release_get_source (self->release));
            break;
          case CMQ_NAVIGATION_REFUSE:
          default:
            g_debug ("Refused navigation to %s", uri);
            break;
          }
        webkit_policy_decision_ignore (decision);
        return TRUE;
      }

    case WEBKIT_POLICY_DECISION_TYPE_RESPONSE:
      {
        WebKitURIResponse *response = webkit_response_policy_decision_get_response (
            WEBKIT_RESPONSE_POLICY_DECISION (decision));
        const char *uri = webkit_uri_response_get_uri (response);

        if (self->page_uri != NULL && g_strcmp0 (uri, self->page_uri) == 0)
          webkit_policy_decision_use (decision);
        else
          webkit_policy_decision_ignore (decision);
        return TRUE;
      }

    default:
      webkit_policy_decision_ignore (decision);
      return TRUE;
    }
}

/* The window's own items (Highlight, Copy with Citation…), after a separator; those about the
 * selection only over one. Without a hit test result (a menu opened from the keyboard), all. */
static void
append_menu_actions (CmqReaderView *self, WebKitContextMenu *menu,
                     WebKitHitTestResult *hit_test_result)
{
  gboolean selection =
      hit_test_result == NULL || webkit_hit_test_result_context_is_selection (hit_test_result);
  gboolean separated = webkit_context_menu_get_n_items (menu) == 0;

  for (guint i = 0; self->menu_actions != NULL && i < self->menu_actions->len; i++)
    {
      MenuAction *item = g_ptr_array_index (self->menu_actions, i);

      if (self->release == NULL || (item->needs_selection && !selection))
        continue;
      if (!separated)
        webkit_context_menu_append (menu, webkit_context_menu_item_new_separator ());
      separated = TRUE;
      webkit_context_menu_append (
          menu, webkit_context_menu_item_new_from_gaction (item->action, item->label, NULL));
    }
}

void
cmq_reader_view_add_menu_action (CmqReaderView *self, GAction *action, const char *label,
                                 gboolean needs_selection)
{
  MenuAction *item;

  g_return_if_fail (CMQ_IS_READER_VIEW (self));
  g_return_if_fail (G_IS_ACTION (action) && label != NULL);

  if (self->menu_actions == NULL)
    self->menu_actions = g_ptr_array_new_with_free_func ((GDestroyNotify) menu_action_free);
  item = g_new0 (MenuAction, 1);
  item->action = g_object_ref (action);
  item->label = g_strdup (label);
  item->needs_selection = needs_selection;
  g_ptr_array_add (self->menu_actions, item);
}

/* Keep only what helps a reader quote a release: copy and select all, and the window's items. */
static gboolean
context_menu_cb (WebKitWebView *web_view, WebKitContextMenu *menu,
                 WebKitHitTestResult *hit_test_result, CmqReaderView *self)
{
  GList *items = g_list_copy (webkit_context_menu_get_items (menu));

  for (GList *l = items; l != NULL; l = l->next)
    {
      WebKitContextMenuAction action = webkit_context_menu_item_get_stock_action (l->data);

      if (action != WEBKIT_CONTEXT_MENU_ACTION_COPY &&
          action != WEBKIT_CONTEXT_MENU_ACTION_SELECT_ALL)
        webkit_context_menu_remove (menu, l->data);
    }
  g_list_free (items);
  append_menu_actions (self, menu, hit_test_result);

  return webkit_context_menu_get_n_items (menu) == 0;
}

/* A release has hits when a search highlights words in it; a comparison, its changes; a trace,
 * the uses of its phrase. */
static gboolean
page_counts_hits (CmqReaderView *self)
{
  return self->trace != NULL ||
         (self->release != NULL &&
          (self->compared != NULL ||
           (self->query != NULL && cmq_query_get_highlight_terms (self->query)[0] != NULL)));
}

static void
set_flag (CmqReaderView *self, gboolean *flag, gboolean value, guint prop)
{
  if (*flag == value)
    return;
  *flag = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_hits (CmqReaderView *self, guint current, guint total)
{
  g_object_freeze_notify (G_OBJECT (self));
  if (self->n_hits != total)
    {
      self->n_hits = total;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_HITS]);
    }
  if (self->current_hit != current)
    {
      self->current_hit = current;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_HIT]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/* A new page (or a cleared one) starts a new count: answers of scripts run on the old page are
 * dropped. */
void
_cmq_reader_view_restart_scripts (CmqReaderView *self)
{
  g_cancellable_cancel (self->scripts);
  g_clear_object (&self->scripts);
  self->scripts = g_cancellable_new ();
  g_object_freeze_notify (G_OBJECT (self));
  set_hits (self, 0, 0);
  set_flag (self, &self->counts_hits, page_counts_hits (self), PROP_COUNTS_HITS);
  set_flag (self, &self->hits_counted, FALSE, PROP_HITS_COUNTED);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
count_hits_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JSCValue) value = NULL;

  value = webkit_web_view_evaluate_javascript_finish (WEBKIT_WEB_VIEW (source), result, &error);
  if (value == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("Counting hits failed: %s", error->message);
      return;
    }
  g_object_freeze_notify (user_data);
  set_hits (CMQ_READER_VIEW (user_data), 0, (guint) MAX (jsc_value_to_int32 (value), 0));
  set_flag (user_data, &CMQ_READER_VIEW (user_data)->hits_counted, TRUE, PROP_HITS_COUNTED);
  g_object_thaw_notify (user_data);
}

static void
step_hit_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JSCValue) value = NULL;
  g_autofree char *answer = NULL;
  guint current = 0;
  guint total = 0;

  value = webkit_web_view_evaluate_javascript_finish (WEBKIT_WEB_VIEW (source), result, &error);
  if (value == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("Stepping to a hit failed: %s", error->message);
      return;
    }
  answer = jsc_value_to_string (value);
  if (sscanf (answer, "%u/%u", &current, &total) == 2 && current <= total)
    set_hits (CMQ_READER_VIEW (user_data), current, total);
}

/* Only the events after the page asked for last was sent count. WebKit may still send those of a
 * page it replaced, even its start and end after the next page was sent (seen in a fast run of
 * selections): so every end of a load until the page is painted runs the scripts below again on
 * what WebKit then has, and only a document that is the page asked for is uncovered (its
 * address is checked with its frames). */
static void
load_changed_cb (WebKitWebView *web_view, WebKitLoadEvent event, CmqReaderView *self)
{
  if (event == WEBKIT_LOAD_STARTED && self->page_state == CMQ_PAGE_SENT)
    self->page_state = CMQ_PAGE_STARTED;
  if (event != WEBKIT_LOAD_FINISHED || self->page_state == CMQ_PAGE_RENDERING ||
      (self->page_state == CMQ_PAGE_LOADED && self->page_painted))
    return;
  if (self->page_state == CMQ_PAGE_LOADED)
    _cmq_reader_view_restart_scripts (self); /* the answers about the document before */
  /* Unmapped (a folded window shows the list), WebKit draws nothing and the page's frames never
   * come; nor is anything of the view on screen to keep. So the page asked for, loaded, takes the
   * next page's body as a page painted does: at 600 px, the first release opened replaces the
   * empty page's body rather than loading a document. */
  if (self->page_state == CMQ_PAGE_STARTED && !gtk_widget_get_mapped (GTK_WIDGET (self)) &&
      g_strcmp0 (webkit_web_view_get_uri (web_view), self->page_uri) == 0)
    self->document_ready = TRUE;
  _cmq_reader_view_page_loaded (self);
}

void
_cmq_reader_view_prepare_paint (CmqReaderView *self, guint swap)
{
  _cmq_reader_view_apply_highlights (self);
  _cmq_reader_view_run_scroll (self);
  /* After the scripts above: the page is uncovered with its highlights and in its place. */
  _cmq_reader_view_await_paint (self, swap);
}

void
_cmq_reader_view_page_loaded (CmqReaderView *self)
{
  _cmq_reader_view_prepare_paint (self, 0);
  _cmq_reader_view_page_swapped (self);
}

void
_cmq_reader_view_page_swapped (CmqReaderView *self)
{
  self->page_state = CMQ_PAGE_LOADED;
  self->timings.loaded = g_get_monotonic_time ();
  if (!page_counts_hits (self))
    return;
  webkit_web_view_evaluate_javascript (self->web_view, count_hits_script, -1, SCRIPT_WORLD, NULL,
                                       self->scripts, count_hits_cb, self);
}

static gboolean
permission_request_cb (WebKitWebView *web_view, WebKitPermissionRequest *request, gpointer data)
{
  webkit_permission_request_deny (request);
  return TRUE;
}

/* The reader's page is made again after its process ended this many times, each within
 * QUICK_END_SECONDS of the one before; once more, and it stays blank. */
#define MAX_QUICK_ENDS    3
#define QUICK_END_SECONDS 5

/* WebKit's web process ended under the page (seen under Xvfb: its compositor crashing in
 * Mesa's software rasterizer, at times twice within seconds on a busy machine). Left alone, the
 * view stays blank and answers nothing: the page is made again, in a new process, unless it
 * ended again and again within seconds (a page that kills its process is not loaded in a loop). */
static void
web_process_terminated_cb (WebKitWebView *web_view, WebKitWebProcessTerminationReason reason,
                           CmqReaderView *self)
{
  gint64 now = g_get_monotonic_time ();
  gboolean quick =
      self->terminated_at != 0 && now - self->terminated_at <= QUICK_END_SECONDS * G_USEC_PER_SEC;
  gboolean again;

  self->quick_ends = quick ? self->quick_ends + 1 : 0;
  again = self->quick_ends < MAX_QUICK_ENDS;
  g_message ("The reader's web process ended (reason %d)%s", reason,
             again ? ": the page is shown again" : " again and again: the page stays blank");
  self->terminated_at = now;
  self->document_ready = FALSE; /* a new process has no document yet */
  /* The view still holds the last frame it was given: made again, the page keeps it as its
   * cover until the new process has painted, and WebKit draws it (after_end). */
  if (again)
    {
      _cmq_reader_view_load_page (self);
      self->after_end = TRUE;
    }
  else
    self->page_painted = self->drawing_page = FALSE;
}

static void
cmq_reader_view_dispose (GObject *object)
{
  CmqReaderView *self = CMQ_READER_VIEW (object);

  if (self->web_view != NULL)
    {
      /* WebKit may keep the view alive, and emitting, after its parent is gone. */
      g_signal_handlers_disconnect_by_data (self->web_view, self);
      gtk_widget_unparent (GTK_WIDGET (self->web_view));
      self->web_view = NULL;
    }
  if (self->popover != NULL)
    {
      gtk_widget_unparent (self->popover);
      self->popover = NULL;
    }
  g_cancellable_cancel (self->scripts);
  g_clear_object (&self->scripts);
  _cmq_reader_view_paint_dispose (self);
  g_clear_object (&self->release);
  g_clear_object (&self->compared);
  g_clear_pointer (&self->trace, cmq_trace_free);
  g_clear_pointer (&self->query, cmq_query_unref);
  g_clear_pointer (&self->menu_actions, g_ptr_array_unref);
  self->highlight_func = NULL;

  G_OBJECT_CLASS (cmq_reader_view_parent_class)->dispose (object);
}

static void
cmq_reader_view_finalize (GObject *object)
{
  CmqReaderView *self = CMQ_READER_VIEW (object);

  g_free (self->page_uri);
  g_free (self->page_class);

  G_OBJECT_CLASS (cmq_reader_view_parent_class)->finalize (object);
}

static void
cmq_reader_view_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  CmqReaderView *self = CMQ_READER_VIEW (object);

  switch (prop_id)
    {
    case PROP_N_HITS:
      g_value_set_uint (value, self->n_hits);
      break;
    case PROP_CURRENT_HIT:
      g_value_set_uint (value, self->current_hit);
      break;
    case PROP_COUNTS_HITS:
      g_value_set_boolean (value, self->counts_hits);
      break;
    case PROP_HITS_COUNTED:
      g_value_set_boolean (value, self->hits_counted);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cmq_reader_view_class_init (CmqReaderViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cmq_reader_view_dispose;
  object_class->finalize = cmq_reader_view_finalize;
  object_class->get_property = cmq_reader_view_get_property;

  /* How many search hits the page shows, and which one was stepped to (1-based, 0 for none). */
  properties[PROP_N_HITS] =
      g_param_spec_uint ("n-hits", NULL, NULL, 0, G_MAXUINT, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURRENT_HIT] =
      g_param_spec_uint ("current-hit", NULL, NULL, 0, G_MAXUINT, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Whether the page asked for has hits to count, and whether "n-hits" is its count yet (the
   * page before stays on screen until then). */
  properties[PROP_COUNTS_HITS] =
      g_param_spec_boolean ("counts-hits", NULL, NULL, FALSE,
                            G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HITS_COUNTED] =
      g_param_spec_boolean ("hits-counted", NULL, NULL, FALSE,
                            G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A use of the trace shown was clicked: the release with this id, at paragraph #pN (0 for
   * its title), is to be shown. */
  signals[OPEN_RELEASE] =
      g_signal_new ("open-release", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                    NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_UINT);
  /* ::more-from-source (source): the source under the release's title was clicked, to see the
   * releases of that source. */
  signals[MORE_FROM_SOURCE] =
      g_signal_new ("more-from-source", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                    NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /* ::page-painted: the page asked for last has been painted (or could not be awaited). */
  g_signal_new ("page-painted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                G_TYPE_NONE, 0);

  widget_class->snapshot = _cmq_reader_view_snapshot;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "readerview");
}

/* The view takes no drops: files dropped on a release go to the window, which imports them, rather
 * than to WebKit, which would try to open them as a page. WebKit keeps its drop target; it is
 * only never run. */
static void
refuse_drops (CmqReaderView *self)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (self->web_view));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller) || GTK_IS_DROP_TARGET_ASYNC (controller))
        gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_NONE);
    }
}

static void
cmq_reader_view_init (CmqReaderView *self)
{
  ensure_shared_objects ();

  self->web_view = g_object_new (WEBKIT_TYPE_WEB_VIEW, "web-context", shared_context,
                                 "network-session", shared_session, "settings", shared_settings,
                                 "hexpand", TRUE, "vexpand", TRUE, NULL);
  gtk_widget_set_parent (GTK_WIDGET (self->web_view), GTK_WIDGET (self));

  g_signal_connect (self->web_view, "decide-policy", G_CALLBACK (decide_policy_cb), self);
  g_signal_connect (self->web_view, "context-menu", G_CALLBACK (context_menu_cb), self);
  g_signal_connect (self->web_view, "permission-request", G_CALLBACK (permission_request_cb), self);
  g_signal_connect (self->web_view, "load-changed", G_CALLBACK (load_changed_cb), self);
  g_signal_connect (self->web_view, "web-process-terminated",
                    G_CALLBACK (web_process_terminated_cb), self);
  self->scripts = g_cancellable_new ();
  self->page_state = CMQ_PAGE_LOADED; /* nothing to wait for */
  refuse_drops (self);
}

GtkWidget *
cmq_reader_view_new (void)
{
  return g_object_new (CMQ_TYPE_READER_VIEW, NULL);
}

void
cmq_reader_view_show_release (CmqReaderView *self, CmqRelease *release, CmqQuery *query)
{
  g_return_if_fail (CMQ_IS_READER_VIEW (self));
  g_return_if_fail (release == NULL || CMQ_IS_RELEASE (release));

  /* Asked again for the page it shows (the list changed around it, or the same search ran again
   * after an index update): keep the reader's place, and do not replace the page. */
  if (self->page_uri != NULL && release != NULL && release == self->release &&
      cmq_query_equal (query, self->query) && self->compared == NULL && self->trace == NULL)
    return;

  g_set_object (&self->release, release);
  g_clear_object (&self->compared);
  g_clear_pointer (&self->trace, cmq_trace_free);
  g_clear_pointer (&self->query, cmq_query_unref);
  if (query != NULL)
    self->query = cmq_query_ref (query);
  _cmq_reader_view_load_page (self);
}

/* The compare view of @a and @b (cmq-html-compare.c); each change's label is a hit, so that
 * cmq_reader_view_step_hit() goes from change to change. */
void
cmq_reader_view_show_comparison (CmqReaderView *self, CmqRelease *a, CmqRelease *b)
{
  g_return_if_fail (CMQ_IS_READER_VIEW (self));
  g_return_if_fail (CMQ_IS_RELEASE (a) && CMQ_IS_RELEASE (b));

  g_set_object (&self->compared, a);
  g_set_object (&self->release, b);
  g_clear_pointer (&self->trace, cmq_trace_free);
  g_clear_pointer (&self->query, cmq_query_unref);
  _cmq_reader_view_load_page (self);
}

/* A phrase across the years (cmq-html-trace.c), taking @trace; its uses are the hits. */
void
cmq_reader_view_show_trace (CmqReaderView *self, CmqTrace *trace)
{
  g_return_if_fail (CMQ_IS_READER_VIEW (self));
  g_return_if_fail (trace != NULL);

  g_clear_pointer (&self->trace, cmq_trace_free);
  self->trace = trace;
  g_clear_object (&self->release);
  g_clear_object (&self->compared);
  g_clear_pointer (&self->query, cmq_query_unref);
  _cmq_reader_view_load_page (self);
}

void
cmq_reader_view_set_show_variants (CmqReaderView *self, gboolean show)
{
  g_return_if_fail (CMQ_IS_READER_VIEW (self));

  if (self->show_variants == !!show)
    return;
  self->show_variants = !!show;
  if (self->trace != NULL)
    _cmq_reader_view_load_page (self);
}

void
cmq_reader_view_set_page_class (CmqReaderView *self, const char *page_class)
{
  g_return_if_fail (CMQ_IS_READER_VIEW (self));

  if (g_strcmp0 (self->page_class, page_class) == 0)
    return;
  g_free (self->page_class);
  self->page_class = g_strdup (page_class);
  if (self->page_uri != NULL)
    _cmq_reader_view_load_page (self);
}

const char *
cmq_reader_view_get_page_class (CmqReaderView *self)
{
  g_return_val_if_fail (CMQ_IS_READER_VIEW (self), NULL);
  return self->page_class;
}

CmqRelease *
cmq_reader_view_get_release (CmqReaderView *self)
{
  g_return_val_if_fail (CMQ_IS_READER_VIEW (self), NULL);
  return self->release;
}

WebKitWebView *
cmq_reader_view_get_web_view (CmqReaderView *self)
{
  g_return_val_if_fail (CMQ_IS_READER_VIEW (self), NULL);
  return self->web_view;
}

/* Steps to the next (@backwards FALSE) or previous hit, wrapping around; "current-hit" follows. */
void
cmq_reader_view_step_hit (CmqReaderView *self, gboolean backwards)
{
  g_autofree char *script = NULL;

  g_return_if_fail (CMQ_IS_READER_VIEW (self));

  if (self->n_hits == 0)
    return;
  script = g_strdup_printf (step_hit_script, backwards ? -1 : 1);
  webkit_web_view_evaluate_javascript (self->web_view, script, -1, SCRIPT_WORLD, NULL,
                                       self->scripts, step_hit_cb, self);
}

guint
cmq_reader_view_get_n_hits (CmqReaderView *self)
{
  g_return_val_if_fail (CMQ_IS_READER_VIEW (self), 0);
  return self->n_hits;
}

guint
cmq_reader_view_get_current_hit (CmqReaderView *self)
{
  g_return_val_if_fail (CMQ_IS_READER_VIEW (self), 0);
  return self->current_hit;
}
