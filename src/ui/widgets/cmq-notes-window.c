/* cmq-notes-window.c: where the notes are kept (with a button that opens the folder), the
 * highlights whose words are no longer in their release (detached), and the notes and stars whose
 * release is no longer in the library, with the title and date the store kept for them.
 *
 * A release's id comes from its text, so the highlights of a release imported again with changed
 * words stay with the old id. They are listed here with their words and note, never dropped:
 * each can be re-attached to the passage found in the release the reader shows (exactly or
 * fuzzily, as the reader would) or to the words selected there, or deleted after a confirmation.
 * The window is not modal, so that words can be selected in the reader while it is open.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-notes-window"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "cmq-format.h"
#include "cmq-notes-window.h"

/* How much of a quote a row's title shows. */
#define QUOTE_TITLE_CHARS 80

struct _CmqNotesWindow
{
  AdwPreferencesWindow parent_instance;

  AdwActionRow *file_row;
  AdwPreferencesGroup *detached_group;
  AdwPreferencesGroup *orphans_group;
  GtkListBox *detached_list;

  CmqStore *store;
  GHashTable *known;     /* the library's release ids */
  CmqReaderView *reader; /* nullable; a weak pointer */
  guint n_orphans;
  guint n_detached;
  guint refill_source;
  char *detached_key;      /* what the detached rows show (detached_key()) */
  GtkWidget *confirmation; /* the question asked before a deletion; a weak pointer */
};

G_DEFINE_FINAL_TYPE (CmqNotesWindow, cmq_notes_window, ADW_TYPE_PREFERENCES_WINDOW)

gboolean
cmq_notes_window_open_folder (GtkWidget *parent, CmqStore *store, GError **error)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GFile) folder = NULL;
  g_autofree char *uri = NULL;
  GdkAppLaunchContext *context;
  gboolean ok;

  g_return_val_if_fail (GTK_IS_WIDGET (parent), FALSE);
  g_return_val_if_fail (CMQ_IS_STORE (store), FALSE);

  file = g_file_new_for_path (cmq_store_get_path (store));
  folder = g_file_get_parent (file);
  uri = g_file_get_uri (folder);
  context = gdk_display_get_app_launch_context (gtk_widget_get_display (parent));
  ok = g_app_info_launch_default_for_uri (uri, G_APP_LAUNCH_CONTEXT (context), error);
  g_object_unref (context);
  return ok;
}

static void
open_folder_clicked_cb (GtkButton *button, CmqNotesWindow *self)
{
  g_autoptr (GError) error = NULL;

  if (!cmq_notes_window_open_folder (GTK_WIDGET (self), self->store, &error))
    {
      g_autofree char *message =
          /* Translators: %s says why */
          g_strdup_printf (_("The folder could not be opened: %s"), error->message);

      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (message));
    }
}

/* "YYYY-MM-DD" as the release list writes dates: "1 June 2021". */
static char *
format_date (const char *date)
{
  guint year = 0;
  guint month = 0;
  guint day = 0;
  GDate gdate;
  char buf[128];

  if (date == NULL || *date == '\0')
    return NULL;
  if (sscanf (date, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return g_strdup (date);
  g_date_clear (&gdate, 1);
  g_date_set_dmy (&gdate, day, month, year);
  /* Translators: a date as strftime() writes it: "1 June 2021" */
  if (g_date_strftime (buf, sizeof buf, C_ ("date format", "%-d %B %Y"), &gdate) == 0)
    return g_strdup (date);
  return g_strdup (buf);
}

static GtkWidget *
orphan_row (const CmqStoreEntry *entry)
{
  g_autofree char *date = format_date (entry->date);
  g_autoptr (GString) subtitle = g_string_new (date != NULL ? date : _("No date"));
  const char *title = entry->title != NULL && *entry->title != '\0' ? entry->title : entry->id;
  GtkWidget *row;
  GtkWidget *label;

  if (entry->favourite)
    /* Translators: added to an orphaned note's date when the release was a favourite */
    g_string_append_printf (subtitle, " · %s", _("Favourite"));

  if (*entry->note == '\0')
    {
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
      return row;
    }

  row = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle->str);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  label = gtk_label_new (entry->note);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), label);
  return row;
}

/* Detached highlights */

typedef struct
{
  CmqNotesWindow *window; /* a reference */
  CmqRelease *release;    /* the reader's, for a selection */
  char *id;
  char *passage_id;
} PassageRequest;

static PassageRequest *
passage_request_new (CmqNotesWindow *self, GtkWidget *button)
{
  PassageRequest *request = g_new0 (PassageRequest, 1);

  request->window = g_object_ref (self);
  request->id = g_strdup (g_object_get_data (G_OBJECT (button), "release-id"));
  request->passage_id = g_strdup (g_object_get_data (G_OBJECT (button), "passage-id"));
  return request;
}

static void
passage_request_free (PassageRequest *request)
{
  g_object_unref (request->window);
  g_clear_object (&request->release);
  g_free (request->id);
  g_free (request->passage_id);
  g_free (request);
}

static CmqRelease *
reader_release (CmqNotesWindow *self)
{
  return self->reader != NULL ? cmq_reader_view_get_release (self->reader) : NULL;
}

static void
toast (CmqNotesWindow *self, const char *message)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (message));
}

/* The byte offset in @text of UTF-16 offset @units (the page's JavaScript counts those). */
static gsize
bytes_from_utf16 (const char *text, guint units)
{
  const char *p = text;

  for (guint counted = 0; *p != '\0' && counted < units; p = g_utf8_next_char (p))
    counted += g_utf8_get_char (p) > 0xffff ? 2 : 1;
  return p - text;
}

static void
attach_to_match_clicked_cb (GtkButton *button, CmqNotesWindow *self)
{
  const CmqAnchorPosition *position = g_object_get_data (G_OBJECT (button), "position");
  const char *target = g_object_get_data (G_OBJECT (button), "target-id");
  CmqRelease *release = reader_release (self);

  /* The reader may have moved on since the match was found: it is found again then. */
  if (release == NULL || g_strcmp0 (cmq_release_get_id (release), target) != 0 ||
      !cmq_store_move_passage (self->store, g_object_get_data (G_OBJECT (button), "release-id"),
                               g_object_get_data (G_OBJECT (button), "passage-id"), release,
                               position->paragraph, position->start, position->end))
    toast (self, _("The highlight could not be re-attached: the reader shows another release"));
  else
    {
      toast (self, _("Highlight re-attached"));
      cmq_reader_view_refresh_highlights (self->reader);
    }
}

static void
selection_read_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  PassageRequest *request = user_data;
  CmqNotesWindow *self = request->window;
  const char *const *paragraphs = cmq_release_get_paragraphs (request->release);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  guint paragraph = 0, start = 0, end = 0;

  text = cmq_reader_view_read_selection_finish (CMQ_READER_VIEW (source), result, &paragraph,
                                                &start, &end, &error);
  if (error != NULL)
    g_debug ("Reading the selection failed: %s", error->message);
  if (text == NULL || paragraph == 0 || paragraph > g_strv_length ((char **) paragraphs) ||
      start >= end)
    toast (self, _("Select the words to attach it to in the reader first"));
  else if (!cmq_store_move_passage (self->store, request->id, request->passage_id, request->release,
                                    paragraph, bytes_from_utf16 (paragraphs[paragraph - 1], start),
                                    bytes_from_utf16 (paragraphs[paragraph - 1], end)))
    toast (self, _("The highlight could not be attached: select words within one paragraph"));
  else
    {
      toast (self, _("Highlight re-attached"));
      if (cmq_reader_view_get_release (CMQ_READER_VIEW (source)) == request->release)
        cmq_reader_view_refresh_highlights (CMQ_READER_VIEW (source));
    }
  passage_request_free (request);
}

static void
attach_to_selection_clicked_cb (GtkButton *button, CmqNotesWindow *self)
{
  CmqRelease *release = reader_release (self);
  PassageRequest *request;

  if (release == NULL)
    {
      toast (self, _("Open a release in the reader and select words in it first"));
      return;
    }
  request = passage_request_new (self, GTK_WIDGET (button));
  request->release = g_object_ref (release);
  cmq_reader_view_read_selection (self->reader, NULL, selection_read_cb, request);
}

static void
delete_response_cb (AdwMessageDialog *dialog, const char *response, PassageRequest *request)
{
  if (g_strcmp0 (response, "delete") == 0 &&
      cmq_store_delete_passage (request->window->store, request->id, request->passage_id))
    toast (request->window, _("Highlight deleted"));
  passage_request_free (request);
}

static void
delete_clicked_cb (GtkButton *button, CmqNotesWindow *self)
{
  GtkWidget *dialog =
      adw_message_dialog_new (GTK_WINDOW (self), _("Delete This Highlight?"), NULL);

  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               _("Its words and its note will no longer be kept."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel",
                                    _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (delete_response_cb),
                    passage_request_new (self, GTK_WIDGET (button)));
  g_set_weak_pointer (&self->confirmation, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
passage_button (const CmqStoreDetached *item, const char *label, const char *name, GCallback cb,
                CmqNotesWindow *self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_name (button, name);
  g_object_set_data_full (G_OBJECT (button), "release-id", g_strdup (item->id), g_free);
  g_object_set_data_full (G_OBJECT (button), "passage-id", g_strdup (item->passage->id), g_free);
  g_signal_connect (button, "clicked", cb, self);
  return button;
}

static GtkWidget *
wrapped_label (const char *text, const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* "Re-attach to Match": when the reader's release has the passage, found as the reader would
 * find it; the tooltip quotes what was found. */
static GtkWidget *
match_button (CmqNotesWindow *self, const CmqStoreDetached *item)
{
  CmqRelease *release = reader_release (self);
  const char *const *paragraphs;
  CmqAnchorPosition position;
  GtkWidget *button;
  g_autofree char *found = NULL;
  g_autofree char *tooltip = NULL;

  if (release == NULL)
    return NULL;
  paragraphs = cmq_release_get_paragraphs (release);
  position = cmq_anchor_locate (item->passage->anchor, paragraphs);
  if (position.match == CMQ_ANCHOR_DETACHED)
    return NULL;
  button = passage_button (item, _("Re-attach to _Match"), "attach-to-match",
                                    G_CALLBACK (attach_to_match_clicked_cb), self);
  g_object_set_data_full (G_OBJECT (button), "position", g_memdup2 (&position, sizeof position),
                          g_free);
  g_object_set_data_full (G_OBJECT (button), "target-id", g_strdup (cmq_release_get_id (release)),
                          g_free);
  found = g_strndup (paragraphs[position.paragraph - 1] + position.start,
                     position.end - position.start);
  /* Translators: %u is a paragraph number, %s the words found there */
  tooltip = g_strdup_printf (_("Paragraph %u of the release in the reader: “%s”"),
                                position.paragraph, found);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "suggested-action");
  return button;
}

static GtkWidget *
detached_buttons (CmqNotesWindow *self, const CmqStoreDetached *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *match = match_button (self, item);
  GtkWidget *button;

  gtk_widget_set_halign (box, GTK_ALIGN_END);
  if (match != NULL)
    gtk_box_append (GTK_BOX (box), match);
  button = passage_button (item, _("Attach to _Selection"), "attach-to-selection",
                                    G_CALLBACK (attach_to_selection_clicked_cb), self);
  gtk_widget_set_tooltip_text (button, _("Attach it to the words selected in the reader"));
  gtk_box_append (GTK_BOX (box), button);
  button = passage_button (item, _("_Delete…"), "delete", G_CALLBACK (delete_clicked_cb), self);
  gtk_widget_add_css_class (button, "destructive-action");
  gtk_box_append (GTK_BOX (box), button);
  return box;
}

static GtkWidget *
detached_row (CmqNotesWindow *self, const CmqStoreDetached *item)
{
  const char *quote = item->passage->anchor->quote;
  g_autofree char *date = format_date (item->date);
  g_autofree char *title = cmq_format_quotation (quote, QUOTE_TITLE_CHARS);
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  subtitle =
      g_strdup_printf ("%s · %s", item->title != NULL && *item->title ? item->title : item->id,
                       date != NULL ? date : _("No date"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_box_append (GTK_BOX (box), wrapped_label (quote, NULL));
  if (*item->passage->note != '\0')
    {
      gtk_box_append (GTK_BOX (box), wrapped_label (_("Note"), "heading"));
      gtk_box_append (GTK_BOX (box), wrapped_label (item->passage->note, NULL));
    }
  gtk_box_append (GTK_BOX (box), detached_buttons (self, item));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), box);
  return row;
}

/* All that the detached rows show: each passage's release, words, note, title and date, and the
 * release in the reader, which the Re-attach to Match buttons point to. */
static char *
detached_key (CmqNotesWindow *self, GPtrArray *detached)
{
  CmqRelease *release = reader_release (self);
  GString *key = g_string_new (release != NULL ? cmq_release_get_id (release) : "");

  for (guint i = 0; i < detached->len; i++)
    {
      const CmqStoreDetached *item = g_ptr_array_index (detached, i);

      g_string_append_printf (key, "\x1e%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s", item->id,
                              item->passage->id, item->title != NULL ? item->title : "",
                              item->date != NULL ? item->date : "", item->passage->anchor->quote,
                              item->passage->note);
    }
  return g_string_free (key, FALSE);
}

static void
fill_detached (CmqNotesWindow *self)
{
  g_autoptr (GPtrArray) detached = cmq_store_dup_detached (self->store, self->known);
  g_autofree char *key = detached_key (self, detached);
  GtkWidget *child;

  /* Refilled on every change of the store and every page the reader loads: rows made again for
   * the same passages would close the row the person opened and drop a click on its buttons. */
  if (g_strcmp0 (key, self->detached_key) == 0)
    return;
  g_free (self->detached_key);
  self->detached_key = g_steal_pointer (&key);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->detached_list))) != NULL)
    gtk_list_box_remove (self->detached_list, child);
  self->n_detached = detached->len;
  gtk_widget_set_visible (GTK_WIDGET (self->detached_group), detached->len > 0);
  for (guint i = 0; i < detached->len; i++)
    gtk_list_box_append (self->detached_list, detached_row (self, g_ptr_array_index (detached, i)));
}

/* Later, not in the handler of a button that the refill destroys. */
static gboolean
refill_cb (gpointer user_data)
{
  CmqNotesWindow *self = user_data;

  self->refill_source = 0;
  fill_detached (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_refill (CmqNotesWindow *self)
{
  if (self->refill_source == 0)
    self->refill_source = g_idle_add (refill_cb, self);
}

static void
store_changed_cb (CmqStore *store, const char *id, CmqNotesWindow *self)
{
  schedule_refill (self);
}

static void
reader_load_changed_cb (WebKitWebView *view, WebKitLoadEvent event, CmqNotesWindow *self)
{
  if (event == WEBKIT_LOAD_FINISHED)
    schedule_refill (self);
}

/* A page that replaced the body of the one before: no load, a new address. */
static void
reader_uri_cb (WebKitWebView *view, GParamSpec *pspec, CmqNotesWindow *self)
{
  schedule_refill (self);
}

static void
fill (CmqNotesWindow *self, GHashTable *known)
{
  g_autoptr (GPtrArray) orphans = NULL;
  g_autofree char *display = g_filename_display_name (cmq_store_get_path (self->store));

  /* The whole path as the title: titles can be selected and copied in libadwaita 1.2. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->file_row), display);

  fill_detached (self);
  orphans = cmq_store_dup_orphans (self->store, known);
  self->n_orphans = orphans->len;

  if (orphans->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("None"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Every note and star belongs to a release in the library"));
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (self->orphans_group, row);
      return;
    }
  for (guint i = 0; i < orphans->len; i++)
    adw_preferences_group_add (self->orphans_group, orphan_row (g_ptr_array_index (orphans, i)));
}

static void
cmq_notes_window_dispose (GObject *object)
{
  CmqNotesWindow *self = CMQ_NOTES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CMQ_TYPE_NOTES_WINDOW);
  g_clear_handle_id (&self->refill_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->known, g_hash_table_unref);
  g_clear_weak_pointer (&self->reader);
  g_clear_weak_pointer (&self->confirmation);
  g_clear_pointer (&self->detached_key, g_free);

  G_OBJECT_CLASS (cmq_notes_window_parent_class)->dispose (object);
}

static void
cmq_notes_window_class_init (CmqNotesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = cmq_notes_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/cmq-notes-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CmqNotesWindow, file_row);
  gtk_widget_class_bind_template_child (widget_class, CmqNotesWindow, orphans_group);
  gtk_widget_class_bind_template_child (widget_class, CmqNotesWindow, detached_group);
  gtk_widget_class_bind_template_child (widget_class, CmqNotesWindow, detached_list);
  gtk_widget_class_bind_template_callback (widget_class, open_folder_clicked_cb);
}

static void
cmq_notes_window_init (CmqNotesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cmq_notes_window_new (CmqStore *store, GHashTable *known_ids, CmqReaderView *reader)
{
  CmqNotesWindow *self;

  g_return_val_if_fail (CMQ_IS_STORE (store), NULL);
  g_return_val_if_fail (known_ids != NULL, NULL);
  g_return_val_if_fail (reader == NULL || CMQ_IS_READER_VIEW (reader), NULL);

  self = g_object_new (CMQ_TYPE_NOTES_WINDOW, NULL);
  self->store = g_object_ref (store);
  self->known = g_hash_table_ref (known_ids);
  g_set_weak_pointer (&self->reader, reader);
  g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
  if (reader != NULL)
    g_signal_connect_object (cmq_reader_view_get_web_view (reader), "load-changed",
                             G_CALLBACK (reader_load_changed_cb), self, 0);
  if (reader != NULL)
    g_signal_connect_object (cmq_reader_view_get_web_view (reader), "notify::uri",
                             G_CALLBACK (reader_uri_cb), self, 0);
  fill (self, known_ids);
  return GTK_WIDGET (self);
}

guint
cmq_notes_window_get_n_detached (CmqNotesWindow *self)
{
  g_return_val_if_fail (CMQ_IS_NOTES_WINDOW (self), 0);
  return self->n_detached;
}

/* Depth first below @root. */
static GtkWidget *
find_named_button (GtkWidget *root, const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_widget_get_name (child), name) == 0)
        return child;
      if ((found = find_named_button (child, name)) != NULL)
        return found;
    }
  return NULL;
}

GtkButton *
cmq_notes_window_get_detached_button (CmqNotesWindow *self, guint index, const char *name)
{
  GtkListBoxRow *row;
  GtkWidget *found;

  g_return_val_if_fail (CMQ_IS_NOTES_WINDOW (self), NULL);

  row = gtk_list_box_get_row_at_index (self->detached_list, index);
  found = row != NULL ? find_named_button (GTK_WIDGET (row), name) : NULL;
  return found != NULL ? GTK_BUTTON (found) : NULL;
}

AdwMessageDialog *
cmq_notes_window_get_confirmation (CmqNotesWindow *self)
{
  g_return_val_if_fail (CMQ_IS_NOTES_WINDOW (self), NULL);
  return self->confirmation != NULL ? ADW_MESSAGE_DIALOG (self->confirmation) : NULL;
}

guint
cmq_notes_window_get_n_orphans (CmqNotesWindow *self)
{
  g_return_val_if_fail (CMQ_IS_NOTES_WINDOW (self), 0);
  return self->n_orphans;
}
