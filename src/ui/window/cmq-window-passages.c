/* cmq-window-passages.c: passages of what the reader shows: Highlight (the selected words, kept
 * in the store and shown in the page), Copy Citation (the release) and Copy with Citation (the
 * selected words, their paragraph and the release).
 *
 * The clipboard gets the citation as plain text and as HTML, so a word processor keeps the
 * italics and the link. The style is the "citation-style" preference. The selection is read
 * from the page by the reader's own script, which runs apart from the page (whose scripts never
 * run).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "cmq-cite-library.h"
#include "cmq-citation.h"
#include "cmq-window-private.h"

static void
citation_style (CmqWindow *self, CmqCiteStyle *style, CmqCiteLanguage *language)
{
  g_autofree char *choice = g_settings_get_string (self->settings, "citation-style");

  *style = g_str_has_prefix (choice, "note") ? CMQ_CITE_STYLE_NOTE : CMQ_CITE_STYLE_AUTHOR_DATE;
  *language = g_str_has_suffix (choice, "-fr") ? CMQ_CITE_LANGUAGE_FR : CMQ_CITE_LANGUAGE_EN;
}

/* Puts @citation on the clipboard as text and HTML. */
static void
copy_citation (CmqWindow *self, const CmqCitation *citation)
{
  g_autoptr (GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *text = NULL;
  g_autofree char *html = NULL;
  g_autoptr (GBytes) html_bytes = NULL;
  g_autoptr (GdkContentProvider) provider = NULL;
  GdkContentProvider *providers[2];
  CmqCiteStyle style;
  CmqCiteLanguage language;

  citation_style (self, &style, &language);
  text = cmq_citation_format_quote (citation, style, language, CMQ_CITE_MARKUP_TEXT, today);
  html = cmq_citation_format_quote (citation, style, language, CMQ_CITE_MARKUP_HTML, today);
  html_bytes = g_bytes_new (html, strlen (html));
  providers[0] = gdk_content_provider_new_for_bytes ("text/html", html_bytes);
  providers[1] = gdk_content_provider_new_typed (G_TYPE_STRING, text);
  provider = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
  gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (self)), provider);
}

void
_cmq_window_copy_citation_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  CmqWindow *self = CMQ_WINDOW (widget);
  CmqRelease *release = cmq_reader_view_get_release (self->reader_view);
  g_autoptr (CmqCitation) citation = NULL;

  if (release == NULL)
    return;
  citation = cmq_citation_new (release);
  copy_citation (self, citation);
}

typedef struct
{
  CmqWindow *window; /* a reference */
  CmqRelease *release;
} SelectionRequest;

static void
selection_read_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  SelectionRequest *request = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (CmqCitation) citation = NULL;
  g_autofree char *text = NULL;
  guint paragraph = 0;

  text = cmq_reader_view_read_selection_finish (CMQ_READER_VIEW (source), result, &paragraph, NULL,
                                                NULL, &error);
  if (error != NULL)
    g_debug ("Reading the selection failed: %s", error->message);
  /* The page may have moved on to another release meanwhile: cite the one the words came from,
   * and nothing when the reader was cleared. */
  if (error == NULL && request->release != NULL)
    {
      citation = cmq_citation_new (request->release);
      /* Without a selection, the release is cited as a whole. */
      if (text != NULL && *g_strstrip (text) != '\0')
        cmq_citation_set_passage (citation, paragraph, text);
      copy_citation (request->window, citation);
    }
  g_clear_object (&request->release);
  g_object_unref (request->window);
  g_free (request);
}

void
_cmq_window_copy_with_citation_action (GtkWidget *widget, const char *action_name,
                                       GVariant *parameter)
{
  CmqWindow *self = CMQ_WINDOW (widget);
  CmqReaderView *reader = self->reader_view;
  CmqRelease *release = cmq_reader_view_get_release (reader);
  SelectionRequest *request;

  if (release == NULL)
    return;
  request = g_new0 (SelectionRequest, 1);
  request->window = g_object_ref (self);
  request->release = g_object_ref (release);
  cmq_reader_view_read_selection (reader, NULL, selection_read_cb, request);
}

/* Highlights */

/* The byte offset in @text of UTF-16 offset @units (the page's JavaScript counts those). */
static gsize
bytes_from_utf16 (const char *text, guint units)
{
  const char *p = text;

  for (guint counted = 0; *p != '\0' && counted < units; p = g_utf8_next_char (p))
    counted += g_utf8_get_char (p) > 0xffff ? 2 : 1;
  return p - text;
}

static guint
utf16_from_bytes (const char *text, gsize bytes)
{
  guint units = 0;

  for (const char *p = text; *p != '\0' && (gsize) (p - text) < bytes; p = g_utf8_next_char (p))
    units += g_utf8_get_char (p) > 0xffff ? 2 : 1;
  return units;
}

/* The reader's highlights of @release: its passages that are found in it. */
static char *
highlights_cb (CmqRelease *release, gpointer user_data)
{
  CmqStore *store = cmq_window_get_store (CMQ_WINDOW (user_data));
  const char *const *paragraphs = cmq_release_get_paragraphs (release);
  g_autoptr (GPtrArray) places = NULL;
  g_autoptr (JsonBuilder) builder = NULL;
  g_autoptr (JsonNode) root = NULL;

  if (store == NULL)
    return NULL;
  places = cmq_store_locate_passages (store, cmq_release_get_id (release), release);
  builder = json_builder_new ();
  json_builder_begin_array (builder);
  for (guint i = 0; i < places->len; i++)
    {
      CmqStorePassagePlace *place = g_ptr_array_index (places, i);
      const char *text;

      if (place->position.match == CMQ_ANCHOR_DETACHED)
        continue;
      text = paragraphs[place->position.paragraph - 1];
      json_builder_begin_array (builder);
      json_builder_add_int_value (builder, place->position.paragraph);
      json_builder_add_int_value (builder, utf16_from_bytes (text, place->position.start));
      json_builder_add_int_value (builder, utf16_from_bytes (text, place->position.end));
      json_builder_add_string_value (builder, place->passage->colour);
      json_builder_end_array (builder);
    }
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

static void
highlight_read_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  SelectionRequest *request = user_data;
  CmqStore *store = cmq_window_get_store (request->window);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *id = NULL;
  guint paragraph = 0, start = 0, end = 0;
  const char *const *paragraphs = cmq_release_get_paragraphs (request->release);

  text = cmq_reader_view_read_selection_finish (CMQ_READER_VIEW (source), result, &paragraph,
                                                &start, &end, &error);
  if (error != NULL)
    g_debug ("Reading the selection failed: %s", error->message);
  if (text != NULL && store != NULL && paragraph > 0 &&
      paragraph <= g_strv_length ((char **) paragraphs) && start < end)
    {
      const char *paragraph_text = paragraphs[paragraph - 1];

      id = cmq_store_add_passage (store, request->release, paragraph,
                                  bytes_from_utf16 (paragraph_text, start),
                                  bytes_from_utf16 (paragraph_text, end), "yellow");
      if (id != NULL && cmq_reader_view_get_release (CMQ_READER_VIEW (source)) == request->release)
        cmq_reader_view_refresh_highlights (CMQ_READER_VIEW (source));
    }
  g_clear_object (&request->release);
  g_object_unref (request->window);
  g_free (request);
}

void
_cmq_window_highlight_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  CmqWindow *self = CMQ_WINDOW (widget);
  CmqReaderView *reader = self->reader_view;
  CmqRelease *release = cmq_reader_view_get_release (reader);
  SelectionRequest *request;

  if (release == NULL || cmq_window_get_store (self) == NULL)
    return;
  request = g_new0 (SelectionRequest, 1);
  request->window = g_object_ref (self);
  request->release = g_object_ref (release);
  cmq_reader_view_read_selection (reader, NULL, highlight_read_cb, request);
}

/* Export Citations */

char *
cmq_window_export_citations_to (CmqWindow *self, GFile *file, CmqCiteExportFormat format)
{
  CmqStore *store = cmq_window_get_store (self);
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr (GPtrArray) citations = NULL;
  g_autoptr (GDateTime) today = g_date_time_new_now_local ();
  g_autoptr (GError) error = NULL;
  g_autofree char *data = NULL;
  char *message;

  g_return_val_if_fail (store != NULL, NULL);

  citations = cmq_cite_kept (store, cmq_context_get_index (self->context),
                             CMQ_CITE_KEPT_FAVOURITES | CMQ_CITE_KEPT_HIGHLIGHTS, NULL);
  if (citations->len == 0)
    message = g_strdup (_("Nothing was exported: there is no favourite or highlight to cite"));
  else
    {
      data = cmq_cite_export (citations, format, today);
      if (!g_file_replace_contents (file, data, strlen (data), NULL, FALSE, G_FILE_CREATE_NONE,
                                    NULL, NULL, &error))
        /* Translators: the first %s is a file name, the second says why */
        message = g_strdup_printf (_("The citations could not be exported to %s: %s"), name,
                                      error->message);
      else
        message = g_strdup_printf (
            /* Translators: %u is a number of citations, %s a file name */
            g_dngettext (GETTEXT_PACKAGE, "%u citation exported to %s",
                         "%u citations exported to %s", citations->len),
            citations->len, name);
    }
  if (data != NULL && error == NULL)
    _cmq_window_toast_file (self, message, file);
  else
    _cmq_window_toast (self, message);
  return message;
}

static CmqCiteExportFormat
chosen_format (GtkFileChooser *chooser)
{
  GtkFileFilter *filter = gtk_file_chooser_get_filter (chooser);
  const char *name = filter != NULL ? gtk_file_filter_get_name (filter) : NULL;

  if (g_strcmp0 (name, _("BibTeX")) == 0)
    return CMQ_CITE_EXPORT_BIBTEX;
  if (g_strcmp0 (name, _("RIS")) == 0)
    return CMQ_CITE_EXPORT_RIS;
  return CMQ_CITE_EXPORT_CSL_JSON;
}

static void
export_citations_response_cb (GtkNativeDialog *dialog, int response, CmqWindow *self)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GFile) target = NULL;
  g_autofree char *name = NULL;
  g_autofree char *target_name = NULL;
  g_autofree char *message = NULL;
  CmqCiteExportFormat format;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL)
    {
      /* The format chosen is written, and the name made to say it; a name that had to change
       * was not the one the dialog asked about replacing, so an existing file is left alone. */
      name = g_file_get_basename (file);
      format = cmq_cite_export_format_for_name (name, chosen_format (GTK_FILE_CHOOSER (dialog)),
                                                &target_name);
      if (strcmp (name, target_name) != 0)
        {
          g_autoptr (GFile) parent = g_file_get_parent (file);

          target = g_file_get_child (parent, target_name);
        }
      if (target != NULL && g_file_query_exists (target, NULL))
        {
          message = g_strdup_printf (_("Nothing was exported: %s already exists. Export again "
                                       "and choose it to replace it."),
                                        target_name);
          _cmq_window_toast (self, message);
        }
      else
        message = cmq_window_export_citations_to (self, target != NULL ? target : file, format);
    }
  g_object_unref (dialog);
}

static GtkFileFilter *
new_filter (const char *name, const char *pattern)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  return filter;
}

void
_cmq_window_export_citations_action (GtkWidget *widget, const char *action_name,
                                     GVariant *parameter)
{
  GtkFileChooserNative *chooser;
  g_autoptr (GtkFileFilter) csl = new_filter (_("CSL-JSON"), "*.json");
  g_autoptr (GtkFileFilter) bibtex = new_filter (_("BibTeX"), "*.bib");
  g_autoptr (GtkFileFilter) ris = new_filter (_("RIS"), "*.ris");

  if (cmq_window_get_store (CMQ_WINDOW (widget)) == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Export Citations"), GTK_WINDOW (widget),
                                            GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csl);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), bibtex);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), ris);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), csl);
  /* Translators: the suggested file name of exported citations; keep the .json */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("Citations.json"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_citations_response_cb), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Print */

WebKitPrintOperation *
_cmq_window_new_print_operation (CmqWindow *self)
{
  CmqReaderView *reader = self->reader_view;

  if (cmq_reader_view_get_release (reader) == NULL)
    return NULL;
  return webkit_print_operation_new (cmq_reader_view_get_web_view (reader));
}

static void
print_done_cb (WebKitPrintOperation *operation, gpointer user_data)
{
  g_object_unref (operation);
}

static void
print_failed_cb (WebKitPrintOperation *operation, GError *error, gpointer user_data)
{
  g_message ("Printing failed: %s", error->message);
}

/* The print dialog, with Print to File for a PDF; the page's print style puts the paragraph
 * numbers in the margin and keeps the highlights' colours. */
void
_cmq_window_print_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  WebKitPrintOperation *operation = _cmq_window_new_print_operation (CMQ_WINDOW (widget));

  if (operation == NULL)
    return;
  g_signal_connect (operation, "failed", G_CALLBACK (print_failed_cb), NULL);
  /* Printing goes on after the dialog: the operation lives until it is finished. */
  g_signal_connect (operation, "finished", G_CALLBACK (print_done_cb), NULL);
  if (webkit_print_operation_run_dialog (operation, GTK_WINDOW (widget)) ==
      WEBKIT_PRINT_OPERATION_RESPONSE_CANCEL)
    {
      g_signal_handlers_disconnect_by_func (operation, print_done_cb, NULL);
      g_object_unref (operation);
    }
}

/* The reader's context menu offers the window's actions. */
static void
menu_action_activate_cb (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  gtk_widget_activate_action (GTK_WIDGET (user_data),
                              g_object_get_data (G_OBJECT (action), "window-action"), NULL);
}

static void
add_menu_action (CmqWindow *self, const char *name, const char *window_action, const char *label,
                 gboolean needs_selection)
{
  g_autoptr (GSimpleAction) action = g_simple_action_new (name, NULL);

  g_object_set_data (G_OBJECT (action), "window-action", (gpointer) window_action);
  g_signal_connect_object (action, "activate", G_CALLBACK (menu_action_activate_cb), self, 0);
  cmq_reader_view_add_menu_action (self->reader_view, G_ACTION (action), label, needs_selection);
}

void
_cmq_window_passages_init (CmqWindow *self)
{
  cmq_reader_view_set_highlight_func (self->reader_view, highlights_cb, self);
  add_menu_action (self, "highlight", "win.highlight", _("Highlight"), TRUE);
  add_menu_action (self, "copy-with-citation", "win.copy-with-citation",
                   _("Copy with Citation"), TRUE);
  add_menu_action (self, "copy-citation", "win.copy-citation",
                   _("Copy Citation of the Release"), FALSE);
}
