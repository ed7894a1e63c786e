/* cmq-window-passages.c: citing what the reader shows: Copy Citation (the release) and Copy with
 * Citation (the selected words, their paragraph and the release).
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

#include "cmq-citation.h"
#include "cmq-window-private.h"

static void
citation_style (CmqWindow *self, CmqCiteStyle *style, CmqCiteLanguage *language)
{
  g_autofree char *choice =
      g_settings_get_string (cmq_window_get_settings (self), "citation-style");

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

static void
copy_citation_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  CmqWindow *self = CMQ_WINDOW (widget);
  CmqRelease *release = cmq_reader_view_get_release (cmq_window_get_reader_view (self));
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

  text =
      cmq_reader_view_read_selection_finish (CMQ_READER_VIEW (source), result, &paragraph, &error);
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

static void
copy_with_citation_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  CmqWindow *self = CMQ_WINDOW (widget);
  CmqReaderView *reader = cmq_window_get_reader_view (self);
  CmqRelease *release = cmq_reader_view_get_release (reader);
  SelectionRequest *request;

  if (release == NULL)
    return;
  request = g_new0 (SelectionRequest, 1);
  request->window = g_object_ref (self);
  request->release = g_object_ref (release);
  cmq_reader_view_read_selection (reader, NULL, selection_read_cb, request);
}

void
_cmq_window_passages_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.copy-citation", NULL, copy_citation_action);
  gtk_widget_class_install_action (widget_class, "win.copy-with-citation", NULL,
                                   copy_with_citation_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.copy-with-citation", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_C, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.copy-with-citation", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_ALT_MASK,
                                       "win.copy-citation", NULL);
}
