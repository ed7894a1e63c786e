/* cmq-window-compare.c: comparing two releases, and tracing a phrase, from the main window.
 *
 * Two ways in: "Compare With…" on the release being read, which suggests the most similar
 * releases (earlier ones of the same kind first), and a Ctrl+click on another release of the
 * list, which compares it with the one being read at once. Either opens a CmqCompareWindow, the
 * earlier release first. Suggestions are the Similar list's (cmq_similar_find(): the index's
 * signatures of each release's wording, the best few weighed again by the words and pairs of
 * words the two texts share), found in a worker thread. Trace (Shift+Ctrl+T) follows the
 * words selected in the reader, or else the search, through the years (cmq-trace.c, in a thread)
 * and shows them in a CmqCompareWindow too; a click on one of its uses opens that release here,
 * at that paragraph.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-window-compare"

#include <glib/gi18n.h>

#include "cmq-compare-window.h"
#include "cmq-compare.h"
#include "cmq-similar.h"
#include "cmq-trace.h"
#include "cmq-twins.h"
#include "cmq-window-private.h"

#define MAX_SUGGESTIONS 12
/* Trace reads at most this many releases (the newest) for the uses in context: about a second's
 * work; the counts by year cover every release. */
#define MAX_TRACED_RELEASES 1500
/* Near variants are looked for in at most this many releases (the newest that could have one):
 * a common word makes most of the library a candidate, and each is read (about 1.5 ms). */
#define MAX_VARIANT_RELEASES 300

/* Earlier comes first in a comparison; undated ones keep the order given. */
void
_cmq_window_compare (CmqWindow *self, CmqRelease *a, CmqRelease *b)
{
  const GDate *date_a = cmq_release_get_gdate (a), *date_b = cmq_release_get_gdate (b);
  CmqCompareWindow *window;

  if (g_date_valid (date_a) && g_date_valid (date_b) && g_date_compare (date_a, date_b) > 0)
    {
      CmqRelease *swap = a;

      a = b, b = swap;
    }
  window = cmq_compare_window_new (GTK_WINDOW (self), self->settings, a, b);
  gtk_window_present (GTK_WINDOW (window));
}

static void
suggest_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *found =
      cmq_similar_find (CMQ_INDEX (source), task_data, MAX_SUGGESTIONS, cancellable, &error);

  if (found == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, found, (GDestroyNotify) g_ptr_array_unref);
}

void
_cmq_window_compare_suggest_async (CmqWindow *self, CmqRelease *release, GCancellable *cancellable,
                                   GAsyncReadyCallback callback, gpointer user_data)
{
  g_autoptr (GTask) task =
      g_task_new (cmq_context_get_index (self->context), cancellable, callback, user_data);

  g_task_set_task_data (task, g_object_ref (release), g_object_unref);
  g_task_run_in_thread (task, suggest_thread);
}

/* A GPtrArray of CmqSimilar (cmq-similar.h), earlier releases of the same kind first, then the
 * most similar. */
GPtrArray *
_cmq_window_compare_suggest_finish (GAsyncResult *result, GError **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  CmqWindow *window; /* not a reference: the dialog is transient for it and goes with it */
  CmqRelease *release;
  GtkWindow *dialog;
  GtkStack *stack;
  GtkListBox *list;
  GCancellable *cancellable;
} CompareWith;

static void
compare_with_free (CompareWith *with)
{
  g_cancellable_cancel (with->cancellable);
  g_object_unref (with->cancellable);
  g_object_unref (with->release);
  g_free (with);
}

static void
row_activated_cb (AdwActionRow *row, CompareWith *with)
{
  CmqRelease *other = g_object_get_data (G_OBJECT (row), "release");

  _cmq_window_compare (with->window, with->release, other);
  gtk_window_destroy (with->dialog);
}

static GtkWidget *
suggestion_row (const CmqSimilar *similar, CompareWith *with)
{
  GtkWidget *row = adw_action_row_new ();
  CmqRelease *release = similar->release;
  g_autofree char *date = cmq_release_format_date (release);
  const char *kind = cmq_release_get_kind (release);
  g_autofree char *subtitle = NULL;
  const char *when = date != NULL ? date : _("No date");
  int percent = (int) (100 * similar->similarity + 0.5);

  if (kind != NULL)
    /* Translators: a suggestion's date, kind ("press release") and how much of the wording the
     * two releases share, "1 June 2021 · press release · 62% alike" */
    subtitle = g_strdup_printf (_("%s · %s · %d%% alike"), when, kind, percent);
  else
    subtitle = _cmq_window_similar_subtitle (release, similar->similarity);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cmq_release_get_title (release));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "release", g_object_ref (release), g_object_unref);
  g_signal_connect (row, "activated", G_CALLBACK (row_activated_cb), with);
  return row;
}

static void
suggested_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  CompareWith *with = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) releases = _cmq_window_compare_suggest_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return; /* the dialog is gone */
  if (releases == NULL)
    g_warning ("Cannot find similar releases: %s", error->message);
  for (guint i = 0; releases != NULL && i < releases->len; i++)
    gtk_list_box_append (with->list, suggestion_row (g_ptr_array_index (releases, i), with));
  gtk_stack_set_visible_child_name (with->stack,
                                    releases != NULL && releases->len > 0 ? "list" : "none");
}

static GtkWidget *
dialog_content (CompareWith *with)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *spinner = gtk_spinner_new ();
  GtkWidget *none = adw_status_page_new ();

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  with->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (with->stack), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (with->stack));

  gtk_spinner_set_spinning (GTK_SPINNER (spinner), TRUE);
  gtk_widget_set_size_request (spinner, 32, 32);
  gtk_widget_set_halign (spinner, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (spinner, GTK_ALIGN_CENTER);
  gtk_stack_add_named (with->stack, spinner, "loading");

  with->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (with->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (with->list), "boxed-list");
  gtk_widget_set_margin_start (GTK_WIDGET (with->list), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (with->list), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (with->list), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (with->list), 12);
  gtk_widget_set_valign (GTK_WIDGET (with->list), GTK_ALIGN_START);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (with->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_stack_add_named (with->stack, scrolled, "list");

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (none), "edit-find-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (none), _("No Similar Releases"));
  adw_status_page_set_description (
      ADW_STATUS_PAGE (none),
      _("No release of the library shares enough of its wording. Ctrl+click a release in the "
        "list to compare it anyway."));
  gtk_stack_add_named (with->stack, none, "none");
  return box;
}

/* Compare With…: the dialog of suggestions for the release being read. */
GtkWindow *
_cmq_window_compare_with (CmqWindow *self)
{
  CmqRelease *release = cmq_reader_view_get_release (self->reader_view);
  CompareWith *with;
  GtkEventController *escape;

  if (release == NULL)
    return NULL;
  with = g_new0 (CompareWith, 1);
  with->window = self;
  with->release = g_object_ref (release);
  with->cancellable = g_cancellable_new ();
  with->dialog = GTK_WINDOW (adw_window_new ());
  gtk_window_set_title (with->dialog, _("Compare With"));
  gtk_window_set_modal (with->dialog, TRUE);
  gtk_window_set_transient_for (with->dialog, GTK_WINDOW (self));
  gtk_window_set_default_size (with->dialog, 560, 560);
  /* Escape closes it, as every dialog (an AdwWindow has no key of its own for that). */
  escape = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (escape),
      gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                        gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (GTK_WIDGET (with->dialog), escape);
  adw_window_set_content (ADW_WINDOW (with->dialog), dialog_content (with));
  g_object_set_data_full (G_OBJECT (with->dialog), "compare-with", with,
                          (GDestroyNotify) compare_with_free);
  _cmq_window_compare_suggest_async (self, release, with->cancellable, suggested_cb, with);
  gtk_window_present (with->dialog);
  return with->dialog;
}

void
_cmq_window_compare_with_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  _cmq_window_compare_with (CMQ_WINDOW (widget));
}

/* Compares @clicked (a row of the list: a release without its text) with the release being
 * read; FALSE when there is none, or it is that one. */
gboolean
_cmq_window_compare_with_row (CmqWindow *self, CmqRelease *clicked)
{
  CmqRelease *current = cmq_reader_view_get_release (self->reader_view);
  g_autoptr (CmqRelease) whole = NULL;
  g_autoptr (GError) error = NULL;

  if (current == NULL || g_str_equal (cmq_release_get_id (clicked), cmq_release_get_id (current)))
    return FALSE;
  whole = cmq_index_load_release (cmq_context_get_index (self->context),
                                  cmq_release_get_id (clicked), &error);
  if (whole == NULL)
    {
      /* Gone from the library since the list was made. */
      g_warning ("Cannot load the release to compare: %s", error->message);
      return FALSE;
    }
  _cmq_window_compare (self, current, whole);
  return TRUE;
}

/* Ctrl+click on a release of the list compares it with the one being read. */
static void
list_pressed_cb (GtkGestureClick *gesture, int n_press, double x, double y, CmqWindow *self)
{
  GtkEventController *controller = GTK_EVENT_CONTROLLER (gesture);
  GtkWidget *picked;
  GtkWidget *row;
  CmqRelease *clicked;

  if (!(gtk_event_controller_get_current_event_state (controller) & GDK_CONTROL_MASK))
    return;
  picked = gtk_widget_pick (gtk_event_controller_get_widget (controller), x, y, GTK_PICK_DEFAULT);
  row = picked != NULL ? gtk_widget_get_ancestor (picked, CMQ_TYPE_RELEASE_ROW) : NULL;
  clicked = row != NULL ? cmq_release_row_get_release (CMQ_RELEASE_ROW (row)) : NULL;
  /* The list keeps its selection: the click is ours. */
  if (clicked != NULL && _cmq_window_compare_with_row (self, clicked))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
trace_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  GError *error = NULL;
  CmqTrace *trace = cmq_trace_phrase (CMQ_INDEX (source), task_data, 60, MAX_TRACED_RELEASES,
                                      cancellable, &error);

  /* The near variants too, for the view's toggle: without them, the view has no toggle. */
  if (trace != NULL && !cmq_trace_find_near_variants (trace, CMQ_INDEX (source), 60,
                                                      MAX_VARIANT_RELEASES, cancellable, &error))
    {
      g_debug ("No near variants: %s", error->message);
      g_clear_error (&error);
    }
  if (trace == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, trace, (GDestroyNotify) cmq_trace_free);
}

/* A use clicked in a trace window: the release it is in, to be opened at its paragraph once
 * its page has loaded in the reader. */
typedef struct
{
  char *id;
  guint paragraph;
} OpenAt;

static void
open_at_free (OpenAt *at)
{
  g_free (at->id);
  g_free (at);
}

static void
scroll_when_shown (CmqWindow *self)
{
  OpenAt *at = g_object_get_data (G_OBJECT (self), "cmq-open-at");
  CmqRelease *shown = cmq_reader_view_get_release (self->reader_view);

  if (at == NULL || shown == NULL || !g_str_equal (cmq_release_get_id (shown), at->id))
    return;
  cmq_reader_view_scroll_to_paragraph (self->reader_view, at->paragraph);
  g_object_set_data (G_OBJECT (self), "cmq-open-at", NULL);
}

/* The release is selected in the list as it is (or, when the list does not have it, in the
 * whole library: the search is cleared), and read from that paragraph. */
static void
open_use_cb (CmqReaderView *trace_view, const char *id, guint paragraph, CmqWindow *self)
{
  OpenAt *at = g_new0 (OpenAt, 1);
  CmqRelease *shown = cmq_reader_view_get_release (self->reader_view);
  guint position = cmq_hit_list_find (self->hit_list, id);

  at->id = g_strdup (id);
  at->paragraph = paragraph;
  g_object_set_data_full (G_OBJECT (self), "cmq-open-at", at, (GDestroyNotify) open_at_free);
  gtk_window_present (GTK_WINDOW (self));
  if (shown != NULL && g_str_equal (cmq_release_get_id (shown), id))
    scroll_when_shown (self);
  else if (position != GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->selection, position);
  else
    _cmq_window_search_select (self, NULL, id);
}

static void
traced_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (CmqWindow) self = user_data;
  g_autoptr (GError) error = NULL;
  CmqTrace *trace = g_task_propagate_pointer (G_TASK (result), &error);
  CmqCompareWindow *window;

  if (trace == NULL)
    {
      /* A phrase with no word; or the index failed, and recovers by itself. */
      g_debug ("Nothing to trace: %s", error->message);
      return;
    }
  window = cmq_compare_window_new_for_trace (GTK_WINDOW (self), self->settings, trace);
  g_signal_connect_object (cmq_compare_window_get_reader_view (window), "open-release",
                           G_CALLBACK (open_use_cb), self, 0);
  gtk_window_present (GTK_WINDOW (window));
}

/* Opens the trace of @phrase (its words, as a quoted phrase of the search) once it is made. */
void
_cmq_window_trace (CmqWindow *self, const char *phrase)
{
  g_autoptr (GTask) task = NULL;
  g_autofree char *line = g_strdup (phrase);

  g_strdelimit (g_strstrip (line), "\n\r\t", ' ');
  if (line[0] == '\0')
    return;
  task = g_task_new (cmq_context_get_index (self->context), NULL, traced_cb, g_object_ref (self));
  g_task_set_task_data (task, g_steal_pointer (&line), g_free);
  g_task_run_in_thread (task, trace_thread);
}

/* The words selected in the reader, or else the search. */
static void
selection_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (CmqWindow) self = user_data;
  g_autoptr (JSCValue) value =
      webkit_web_view_evaluate_javascript_finish (WEBKIT_WEB_VIEW (source), result, NULL);
  g_autofree char *selected =
      value != NULL && jsc_value_is_string (value) ? jsc_value_to_string (value) : NULL;

  if (selected != NULL && g_strstrip (selected)[0] != '\0' && g_utf8_strlen (selected, -1) < 200)
    _cmq_window_trace (self, selected);
  else
    _cmq_window_trace (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

void
_cmq_window_trace_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  CmqWindow *self = CMQ_WINDOW (widget);
  WebKitWebView *web_view = cmq_reader_view_get_web_view (self->reader_view);

  webkit_web_view_evaluate_javascript (web_view, "window.getSelection ().toString ()", -1,
                                       "communique-selection", NULL, NULL, selection_cb,
                                       g_object_ref (self));
}

void
_cmq_window_compare_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child_full (widget_class, "twin_button", FALSE, 0);
}

/* The release being read in its other language: found when a release is shown, offered by a
 * button of the header that shows it instead (and there, the way back). */
typedef struct
{
  GtkButton *button;
  CmqRelease *twin;
  GCancellable *finding;
} Twins;

static void
twins_free (Twins *twins)
{
  g_cancellable_cancel (twins->finding);
  g_clear_object (&twins->finding);
  g_clear_object (&twins->twin);
  g_free (twins);
}

static Twins *
get_twins (CmqWindow *self)
{
  return g_object_get_data (G_OBJECT (self), "cmq-twins");
}

static void
twins_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  GError *error = NULL;
  CmqRelease *twin = cmq_twins_find (CMQ_INDEX (source), task_data, cancellable, &error);

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, twin, g_object_unref);
}

/* The language's own name: what a reader of it looks for. */
static char *
language_name (const char *language)
{
  if (g_strcmp0 (language, "en") == 0)
    return g_strdup ("English");
  if (g_strcmp0 (language, "fr") == 0)
    return g_strdup ("Français");
  return g_ascii_strup (language != NULL ? language : "?", -1);
}

static void
twin_found_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (CmqRelease) twin = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *name = NULL;
  Twins *twins;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return; /* another release is shown; the window may be gone */
  twins = get_twins (CMQ_WINDOW (user_data));
  g_set_object (&twins->twin, twin);
  if (twin != NULL)
    {
      name = language_name (cmq_release_get_language (twin));
      gtk_button_set_label (twins->button, name);
    }
  gtk_widget_set_visible (GTK_WIDGET (twins->button), twin != NULL);
}

static void
find_twin (CmqWindow *self)
{
  Twins *twins = get_twins (self);
  CmqRelease *release = cmq_reader_view_get_release (self->reader_view);
  g_autoptr (GTask) task = NULL;

  g_cancellable_cancel (twins->finding);
  g_clear_object (&twins->finding);
  g_clear_object (&twins->twin);
  gtk_widget_set_visible (GTK_WIDGET (twins->button), FALSE);
  if (release == NULL)
    return;
  twins->finding = g_cancellable_new ();
  task = g_task_new (cmq_context_get_index (self->context), twins->finding, twin_found_cb, self);
  g_task_set_task_data (task, g_object_ref (release), g_object_unref);
  g_task_run_in_thread (task, twins_thread);
}

static void
twin_clicked_cb (GtkButton *button, CmqWindow *self)
{
  Twins *twins = get_twins (self);
  g_autoptr (CmqRelease) twin = twins->twin != NULL ? g_object_ref (twins->twin) : NULL;

  if (twin != NULL)
    cmq_reader_view_show_release (self->reader_view, twin, NULL);
}

/* Compare With… needs a release to read; the compare view is not one. */
static void
reader_changed_cb (CmqWindow *self, WebKitLoadEvent event)
{
  if (event == WEBKIT_LOAD_FINISHED)
    scroll_when_shown (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compare-with",
                                 cmq_reader_view_get_release (self->reader_view) != NULL &&
                                     _cmq_window_shows_release (self));
}

/* A page that replaced the body of the one before has no load, only its new address. */
static void
reader_uri_cb (CmqWindow *self)
{
  reader_changed_cb (self, WEBKIT_LOAD_FINISHED);
}

void
_cmq_window_compare_init (CmqWindow *self, GtkWidget *list_view)
{
  GtkGesture *click = gtk_gesture_click_new ();
  WebKitWebView *web_view = cmq_reader_view_get_web_view (self->reader_view);

  g_signal_connect_object (web_view, "load-changed", G_CALLBACK (reader_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (web_view, "notify::uri", G_CALLBACK (reader_uri_cb), self,
                           G_CONNECT_SWAPPED);
  /* As the Similar list: once the page is on screen, not competing with it. */
  g_signal_connect_object (self->reader_view, "page-painted", G_CALLBACK (find_twin), self,
                           G_CONNECT_SWAPPED);
  {
    Twins *twins = g_new0 (Twins, 1);

    twins->button = GTK_BUTTON (
        gtk_widget_get_template_child (GTK_WIDGET (self), CMQ_TYPE_WINDOW, "twin_button"));
    g_object_set_data_full (G_OBJECT (self), "cmq-twins", twins, (GDestroyNotify) twins_free);
    g_signal_connect_object (twins->button, "clicked", G_CALLBACK (twin_clicked_cb), self, 0);
  }
  reader_changed_cb (self, WEBKIT_LOAD_FINISHED);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_object (click, "pressed", G_CALLBACK (list_pressed_cb), self, 0);
  gtk_widget_add_controller (list_view, GTK_EVENT_CONTROLLER (click));
}
