/* cmq-window-highlights.c: the popover of a passage in the reader. Selecting words (a mouse
 * button released over the page), Alt+Return or the context menu's Colours and Note… shows it
 * next to the selection: Highlight in a colour, Add Note, Copy, Copy with Citation. Clicking a
 * highlight shows it for that highlight: change its colour, edit its note, remove it (undone from
 * the toast). Ctrl+Shift+N highlights the selection and opens its note at once.
 *
 * The selection and its rectangle are read by the reader's own script (the page runs none);
 * every change goes to the store, which saves it, then the reader shows the highlights again.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cmq-passage-popover.h"
#include "cmq-window-private.h"

typedef struct
{
  CmqWindow *window; /* not a reference: the window owns this */
  CmqPassagePopover *popover;
  CmqRelease *release;           /* what the popover is about */
  CmqReaderSelection *selection; /* as read when it was shown */
  char *passage_id;              /* the highlight it is about, once there is one */
  GCancellable *reading;
} Highlights;

#define HIGHLIGHTS_KEY "cmq-window-highlights"
/* On the popover: the reader's page it was shown on. */
#define PAGE_URI_KEY "cmq-page-uri"

static Highlights *
get_highlights (CmqWindow *self)
{
  return g_object_get_data (G_OBJECT (self), HIGHLIGHTS_KEY);
}

static void
highlights_free (Highlights *highlights)
{
  g_cancellable_cancel (highlights->reading);
  g_clear_object (&highlights->reading);
  g_clear_object (&highlights->release);
  g_clear_pointer (&highlights->selection, cmq_reader_selection_free);
  g_free (highlights->passage_id);
  g_free (highlights);
}

/* Where the passage @passage_id of @release is in it; NULL when it is not (or is detached). The
 * place is one of @places. */
static CmqStorePassagePlace *
find_place (CmqStore *store, CmqRelease *release, const char *passage_id, GPtrArray **places)
{
  *places = cmq_store_locate_passages (store, cmq_release_get_id (release), release);
  for (guint i = 0; i < (*places)->len; i++)
    {
      CmqStorePassagePlace *place = g_ptr_array_index (*places, i);

      if (g_strcmp0 (place->passage->id, passage_id) == 0 &&
          place->position.match != CMQ_ANCHOR_DETACHED)
        return place;
    }
  return NULL;
}

/* Highlights the selected words in @colour; FALSE when they are not in a paragraph. */
static gboolean
add_highlight (Highlights *highlights, CmqStore *store, const char *colour)
{
  const char *const *paragraphs = cmq_release_get_paragraphs (highlights->release);
  CmqReaderSelection *selection = highlights->selection;
  const char *text;

  if (selection->paragraph == 0 || selection->paragraph > g_strv_length ((char **) paragraphs) ||
      selection->start >= selection->end)
    return FALSE;
  text = paragraphs[selection->paragraph - 1];
  g_free (highlights->passage_id);
  highlights->passage_id =
      cmq_store_add_passage (store, highlights->release, selection->paragraph,
                             _cmq_window_bytes_from_utf16 (text, selection->start),
                             _cmq_window_bytes_from_utf16 (text, selection->end), colour);
  return highlights->passage_id != NULL;
}

/* The highlight whose words are exactly the selected ones, or NULL. Words just highlighted stay
 * selected, but the selection then starts before the highlight's span, so the page does not say
 * it is in one: selecting them again is about that highlight, never a second one on top of it
 * (Ctrl+Shift+N after a colour would add a yellow copy holding the note). */
static char *
passage_at_selection (Highlights *highlights, CmqStore *store)
{
  const char *const *paragraphs = cmq_release_get_paragraphs (highlights->release);
  CmqReaderSelection *selection = highlights->selection;
  g_autoptr (GPtrArray) places = NULL;
  const char *text;
  gsize start, end;

  if (selection->paragraph == 0 || selection->paragraph > g_strv_length ((char **) paragraphs) ||
      selection->start >= selection->end)
    return NULL;
  text = paragraphs[selection->paragraph - 1];
  start = _cmq_window_bytes_from_utf16 (text, selection->start);
  end = _cmq_window_bytes_from_utf16 (text, selection->end);
  places = cmq_store_locate_passages (store, cmq_release_get_id (highlights->release),
                                      highlights->release);
  for (guint i = 0; i < places->len; i++)
    {
      CmqStorePassagePlace *place = g_ptr_array_index (places, i);

      if (place->position.match != CMQ_ANCHOR_DETACHED &&
          place->position.paragraph == selection->paragraph && place->position.start == start &&
          place->position.end == end)
        return g_strdup (place->passage->id);
    }
  return NULL;
}

static void
refresh (Highlights *highlights)
{
  CmqReaderView *reader = highlights->window->reader_view;

  if (cmq_reader_view_get_release (reader) == highlights->release)
    cmq_reader_view_refresh_highlights (reader);
}

typedef struct
{
  CmqWindow *window; /* a reference */
  CmqRelease *release;
  guint paragraph;
  gsize start, end;
  char *colour;
  char *note;
} Removed;

static void
removed_free (gpointer data)
{
  Removed *removed = data;

  g_object_unref (removed->window);
  g_object_unref (removed->release);
  g_free (removed->colour);
  g_free (removed->note);
  g_free (removed);
}

/* Undo: the highlight again, where it was, with its colour and note (under a new id). */
static void
undo_remove_cb (AdwToast *toast, Removed *removed)
{
  CmqStore *store = cmq_window_get_store (removed->window);
  g_autofree char *id = NULL;

  if (store == NULL)
    return;
  id = cmq_store_add_passage (store, removed->release, removed->paragraph, removed->start,
                              removed->end, removed->colour);
  if (id != NULL && *removed->note != '\0')
    cmq_store_set_passage_note (store, removed->release, id, removed->note);
  if (cmq_reader_view_get_release (removed->window->reader_view) == removed->release)
    cmq_reader_view_refresh_highlights (removed->window->reader_view);
}

static void
remove_highlight (Highlights *highlights, CmqStore *store)
{
  g_autoptr (GPtrArray) places = NULL;
  CmqStorePassagePlace *place =
      find_place (store, highlights->release, highlights->passage_id, &places);
  GtkWidget *overlay;
  AdwToast *toast;
  Removed *removed;

  if (place == NULL ||
      !cmq_store_remove_passage (store, highlights->release, highlights->passage_id))
    return;
  removed = g_new0 (Removed, 1);
  removed->window = g_object_ref (highlights->window);
  removed->release = g_object_ref (highlights->release);
  removed->paragraph = place->position.paragraph;
  removed->start = place->position.start;
  removed->end = place->position.end;
  removed->colour = g_strdup (place->passage->colour);
  removed->note = g_strdup (place->passage->note);
  g_clear_pointer (&highlights->passage_id, g_free);
  refresh (highlights);

  overlay = gtk_widget_get_ancestor (GTK_WIDGET (highlights->window->reader_view),
                                     ADW_TYPE_TOAST_OVERLAY);
  toast = adw_toast_new (_("Highlight removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, 8);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_remove_cb), removed,
                         (GClosureNotify) (void (*) (void)) removed_free, 0);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static const CmqStorePassage *
current_passage (Highlights *highlights, CmqStore *store, GPtrArray **passages)
{
  *passages = cmq_store_dup_passages (store, cmq_release_get_id (highlights->release));
  for (guint i = 0; highlights->passage_id != NULL && i < (*passages)->len; i++)
    {
      const CmqStorePassage *passage = g_ptr_array_index (*passages, i);

      if (g_strcmp0 (passage->id, highlights->passage_id) == 0)
        return passage;
    }
  return NULL;
}

static void
edit_note (Highlights *highlights, CmqStore *store)
{
  g_autoptr (GPtrArray) passages = NULL;
  const CmqStorePassage *passage;

  if (highlights->passage_id == NULL && !add_highlight (highlights, store, "yellow"))
    {
      gtk_popover_popdown (GTK_POPOVER (highlights->popover));
      return;
    }
  refresh (highlights);
  passage = current_passage (highlights, store, &passages);
  cmq_passage_popover_edit_note (highlights->popover, passage != NULL ? passage->note : NULL);
}

/* Copy (with Citation) of a highlight clicked, with nothing selected: its words. */
static void
copy_highlight (Highlights *highlights, CmqStore *store, gboolean cite)
{
  g_autoptr (GPtrArray) places = NULL;
  CmqStorePassagePlace *place =
      find_place (store, highlights->release, highlights->passage_id, &places);
  const char *paragraph;
  g_autofree char *words = NULL;

  if (place == NULL)
    return;
  paragraph = cmq_release_get_paragraphs (highlights->release)[place->position.paragraph - 1];
  words =
      g_strndup (paragraph + place->position.start, place->position.end - place->position.start);
  if (cite)
    _cmq_window_copy_passage_with_citation (highlights->window, highlights->release,
                                            place->position.paragraph, words);
  else
    gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (highlights->window)), words);
}

static void
chosen_cb (CmqPassagePopover *popover, const char *what, Highlights *highlights)
{
  CmqStore *store = cmq_window_get_store (highlights->window);
  gboolean selected = highlights->selection != NULL && *highlights->selection->text != '\0';

  if (store == NULL || highlights->release == NULL)
    return;
  if (g_str_equal (what, "note"))
    {
      edit_note (highlights, store);
      return;
    }
  if (g_str_equal (what, "copy") && selected)
    webkit_web_view_execute_editing_command (
        cmq_reader_view_get_web_view (highlights->window->reader_view),
        WEBKIT_EDITING_COMMAND_COPY);
  else if (g_str_equal (what, "cite") && selected)
    gtk_widget_activate_action (GTK_WIDGET (highlights->window), "win.copy-with-citation", NULL);
  else if (g_str_equal (what, "copy") || g_str_equal (what, "cite"))
    copy_highlight (highlights, store, g_str_equal (what, "cite"));
  else if (g_str_equal (what, "remove"))
    remove_highlight (highlights, store);
  else if (highlights->passage_id != NULL)
    {
      cmq_store_set_passage_colour (store, highlights->release, highlights->passage_id, what);
      refresh (highlights);
    }
  else if (add_highlight (highlights, store, what))
    refresh (highlights);
  gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
note_saved_cb (CmqPassagePopover *popover, const char *note, Highlights *highlights)
{
  CmqStore *store = cmq_window_get_store (highlights->window);

  if (store == NULL || highlights->release == NULL || highlights->passage_id == NULL)
    return;
  cmq_store_set_passage_note (store, highlights->release, highlights->passage_id, note);
  refresh (highlights);
}

typedef struct
{
  CmqWindow *window; /* a reference */
  CmqRelease *release;
  gboolean note; /* straight to the note editor */
} Request;

static void
request_free (Request *request)
{
  g_object_unref (request->window);
  g_object_unref (request->release);
  g_free (request);
}

static void
show_popover (Highlights *highlights, CmqReaderSelection *selection, gboolean note)
{
  CmqStore *store = cmq_window_get_store (highlights->window);
  g_autoptr (GPtrArray) passages = NULL;
  const CmqStorePassage *passage;

  g_clear_pointer (&highlights->selection, cmq_reader_selection_free);
  g_clear_pointer (&highlights->passage_id, g_free);
  highlights->selection = selection;
  highlights->passage_id = g_strdup (selection->passage_id);
  if (highlights->passage_id == NULL)
    highlights->passage_id = passage_at_selection (highlights, store);
  passage = current_passage (highlights, store, &passages);
  if (passage == NULL)
    g_clear_pointer (&highlights->passage_id, g_free);
  cmq_passage_popover_show_choices (highlights->popover, passage != NULL ? passage->colour : NULL,
                                    passage != NULL ? passage->note : NULL);
  g_object_set_data_full (G_OBJECT (highlights->popover), PAGE_URI_KEY,
                          g_strdup (webkit_web_view_get_uri (
                              cmq_reader_view_get_web_view (highlights->window->reader_view))),
                          g_free);
  gtk_popover_set_pointing_to (GTK_POPOVER (highlights->popover), &selection->area);
  gtk_popover_popup (GTK_POPOVER (highlights->popover));
  if (note)
    edit_note (highlights, store);
}

static void
selection_read_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  Request *request = user_data;
  g_autoptr (GError) error = NULL;
  CmqReaderSelection *selection;
  Highlights *highlights;

  selection =
      cmq_reader_view_read_selection_details_finish (CMQ_READER_VIEW (source), result, &error);
  highlights = get_highlights (request->window);
  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("Reading the selection failed: %s", error->message);
  /* Only about the release still shown, and a store to keep highlights in. */
  if (selection != NULL && highlights != NULL &&
      cmq_reader_view_get_release (CMQ_READER_VIEW (source)) == request->release &&
      cmq_window_get_store (request->window) != NULL)
    {
      g_set_object (&highlights->release, request->release);
      show_popover (highlights, selection, request->note);
    }
  else
    cmq_reader_selection_free (selection);
  request_free (request);
}

static void
read_selection (CmqWindow *self, gboolean note, gboolean released)
{
  Highlights *highlights = get_highlights (self);
  CmqRelease *release = cmq_reader_view_get_release (self->reader_view);
  Request *request;

  if (highlights == NULL || release == NULL || cmq_window_get_store (self) == NULL)
    return;
  g_cancellable_cancel (highlights->reading);
  g_clear_object (&highlights->reading);
  highlights->reading = g_cancellable_new ();
  request = g_new0 (Request, 1);
  request->window = g_object_ref (self);
  request->release = g_object_ref (release);
  request->note = note;
  if (released)
    cmq_reader_view_read_selection_after_release (self->reader_view, highlights->reading,
                                                  selection_read_cb, request);
  else
    cmq_reader_view_read_selection (self->reader_view, highlights->reading, selection_read_cb,
                                    request);
}

void
_cmq_window_passage_popover_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  read_selection (CMQ_WINDOW (widget), g_str_equal (action_name, "win.passage-note"), FALSE);
}

/* A button released over the page: a selection made, or a click in a highlight. */
static gboolean
page_event_cb (GtkEventControllerLegacy *controller, GdkEvent *event, CmqWindow *self)
{
  if (gdk_event_get_event_type (event) == GDK_BUTTON_RELEASE &&
      gdk_button_event_get_button (event) == GDK_BUTTON_PRIMARY)
    read_selection (self, FALSE, TRUE);
  return GDK_EVENT_PROPAGATE;
}

/* Another page: the popover was about the one before. The same page made again (after its web
 * process ended, or in another style) keeps it, and the note being typed in it. */
static void
page_load_changed_cb (WebKitWebView *web_view, WebKitLoadEvent event, GtkPopover *popover)
{
  if (event == WEBKIT_LOAD_STARTED &&
      g_strcmp0 (webkit_web_view_get_uri (web_view),
                 g_object_get_data (G_OBJECT (popover), PAGE_URI_KEY)) != 0)
    gtk_popover_popdown (popover);
}

/* The same for a page that replaced the body of the one before: no load, a new address. */
static void
page_uri_cb (WebKitWebView *web_view, GParamSpec *pspec, GtkPopover *popover)
{
  page_load_changed_cb (web_view, WEBKIT_LOAD_STARTED, popover);
}

CmqPassagePopover *
_cmq_window_get_passage_popover (CmqWindow *self)
{
  Highlights *highlights = get_highlights (self);

  return highlights != NULL ? highlights->popover : NULL;
}

void
_cmq_window_highlights_init (CmqWindow *self)
{
  Highlights *highlights = g_new0 (Highlights, 1);
  WebKitWebView *web_view = cmq_reader_view_get_web_view (self->reader_view);
  GtkEventController *controller = gtk_event_controller_legacy_new ();

  highlights->window = self;
  highlights->popover = CMQ_PASSAGE_POPOVER (cmq_passage_popover_new ());
  cmq_reader_view_set_popover (self->reader_view, GTK_WIDGET (highlights->popover));
  g_signal_connect (highlights->popover, "chosen", G_CALLBACK (chosen_cb), highlights);
  g_signal_connect (highlights->popover, "note-saved", G_CALLBACK (note_saved_cb), highlights);
  g_object_set_data_full (G_OBJECT (self), HIGHLIGHTS_KEY, highlights,
                          (GDestroyNotify) highlights_free);

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "event", G_CALLBACK (page_event_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (web_view), controller);
  /* Tied to the popover: WebKit may emit after the window and its popover are gone. */
  g_signal_connect_object (web_view, "load-changed", G_CALLBACK (page_load_changed_cb),
                           highlights->popover, 0);
  g_signal_connect_object (web_view, "notify::uri", G_CALLBACK (page_uri_cb), highlights->popover,
                           0);
}
