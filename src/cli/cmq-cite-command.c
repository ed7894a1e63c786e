/* cmq-cite-command.c: `communique --cite FILE… [--format F] [--paragraph N]`.
 *
 * The files given together are learnt as one library first, as --inspect does, so a release is
 * cited with the title and date the window shows for it. The day of access is today.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-cite-command"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "cmq-cite-command.h"
#include "cmq-cite-export.h"
#include "cmq-citation.h"
#include "cmq-importer.h"

typedef struct
{
  gboolean export;
  CmqCiteExportFormat export_format;
  CmqCiteMarkup markup;
  CmqCiteStyle style;
  CmqCiteLanguage language;
} Choice;

static CmqCiteLanguage
default_language (void)
{
  const char *const *names = g_get_language_names ();

  return names[0] != NULL && g_str_has_prefix (names[0], "fr") ? CMQ_CITE_LANGUAGE_FR
                                                               : CMQ_CITE_LANGUAGE_EN;
}

static gboolean
parse_choice (const CmqCiteOptions *options, Choice *choice)
{
  const char *format = options->format != NULL ? options->format : "text";

  *choice = (Choice){ FALSE, CMQ_CITE_EXPORT_CSL_JSON, CMQ_CITE_MARKUP_TEXT,
                      CMQ_CITE_STYLE_AUTHOR_DATE, default_language () };
  if (g_strcmp0 (format, "html") == 0)
    choice->markup = CMQ_CITE_MARKUP_HTML;
  else if (g_strcmp0 (format, "text") != 0)
    {
      if (!cmq_cite_export_format_from_name (format, &choice->export_format))
        {
          /* Translators: %s is what was given to --format; keep the format names as they are */
          g_printerr (_("Unknown citation format “%s”: use text, html, csl-json, bibtex or ris\n"),
                         format);
          return FALSE;
        }
      choice->export = TRUE;
    }
  if (options->style != NULL && g_strcmp0 (options->style, "author-date") != 0)
    {
      if (g_strcmp0 (options->style, "note") != 0)
        {
          /* Translators: %s is what was given to --style; keep author-date and note as they are */
          g_printerr (_("Unknown citation style “%s”: use author-date or note\n"), options->style);
          return FALSE;
        }
      choice->style = CMQ_CITE_STYLE_NOTE;
    }
  if (options->conventions != NULL)
    {
      if (g_strcmp0 (options->conventions, "fr") == 0)
        choice->language = CMQ_CITE_LANGUAGE_FR;
      else if (g_strcmp0 (options->conventions, "en") == 0)
        choice->language = CMQ_CITE_LANGUAGE_EN;
      else
        {
          /* Translators: %s is what was given to --conventions; keep en and fr as they are */
          g_printerr (_("Unknown citation conventions “%s”: use en or fr\n"),
                         options->conventions);
          return FALSE;
        }
    }
  if (options->paragraph < 0)
    {
      g_printerr ("%s\n", _("--paragraph needs a paragraph number from 1"));
      return FALSE;
    }
  return TRUE;
}

static void
skipped (const char *name, const char *why)
{
  g_autofree char *display = cmq_importer_display_name (name);

  /* Translators: the first %s is a file name, the second why it cannot be used */
  g_printerr (_("%s: skipped: %s\n"), display, why);
}

/* Reads every file, learns them as one library, and imports them; NULL for none. */
static GPtrArray *
import_files (const char *const *files, int *status)
{
  g_autoptr (CmqImporter) importer = cmq_importer_new ();
  g_autoptr (GPtrArray) contents = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  g_autoptr (GArray) mtimes = g_array_new (FALSE, TRUE, sizeof (gint64));
  GPtrArray *releases = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (files[i]);
      g_autoptr (GError) error = NULL;
      gint64 mtime = 0;
      GBytes *bytes = cmq_importer_read_file (file, &mtime, NULL, &error);

      if (bytes == NULL)
        {
          skipped (files[i], error->message);
          *status = 1;
          continue;
        }
      cmq_importer_learn (importer, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      g_ptr_array_add (contents, bytes);
      g_ptr_array_add (names, (gpointer) files[i]);
      g_array_append_val (mtimes, mtime);
    }
  for (guint i = 0; i < contents->len; i++)
    {
      GBytes *bytes = g_ptr_array_index (contents, i);
      g_autoptr (GError) error = NULL;
      CmqRelease *release = cmq_importer_import_text (
          importer, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
          g_ptr_array_index (names, i), g_array_index (mtimes, gint64, i), &error);

      if (release == NULL)
        {
          skipped (g_ptr_array_index (names, i), error->message);
          *status = 1;
          continue;
        }
      g_ptr_array_add (releases, release);
    }
  return releases;
}

static CmqCitation *
cite_release (CmqRelease *release, int paragraph, int *status)
{
  g_autoptr (CmqCitation) citation = cmq_citation_new (release);
  guint n_paragraphs = g_strv_length ((char **) cmq_release_get_paragraphs (release));

  if (paragraph > 0 && (guint) paragraph > n_paragraphs)
    {
      g_autofree char *why = g_strdup_printf (
          /* Translators: %d is the paragraph asked for, %u how many the release has */
          g_dngettext (GETTEXT_PACKAGE, "there is no paragraph %d: the release has %u",
                       "there is no paragraph %d: the release has %u", n_paragraphs),
          paragraph, n_paragraphs);

      skipped (cmq_release_get_file (release), why);
      *status = 1;
      return NULL;
    }
  if (paragraph > 0)
    cmq_citation_set_passage (citation, paragraph, NULL);
  return g_steal_pointer (&citation);
}

int
cmq_cite_command (const char *const *files, const CmqCiteOptions *options)
{
  g_autoptr (GPtrArray) releases = NULL;
  g_autoptr (GPtrArray) citations = NULL;
  g_autoptr (GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *output = NULL;
  int status = 0;
  Choice choice;

  g_return_val_if_fail (options != NULL, 2);

  if (!parse_choice (options, &choice))
    return 2;
  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("%s\n", _("--cite needs at least one file"));
      return 2;
    }

  releases = import_files (files, &status);
  citations = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_citation_free);
  for (guint i = 0; i < releases->len; i++)
    {
      CmqCitation *citation =
          cite_release (g_ptr_array_index (releases, i), options->paragraph, &status);

      if (citation != NULL)
        g_ptr_array_add (citations, citation);
    }

  if (choice.export)
    output = cmq_cite_export (citations, choice.export_format, today);
  else
    {
      GString *text = g_string_new (NULL);

      for (guint i = 0; i < citations->len; i++)
        {
          g_autofree char *one =
              cmq_citation_format_quote (g_ptr_array_index (citations, i), choice.style,
                                         choice.language, choice.markup, today);

          g_string_append_printf (text, "%s%s\n", i > 0 ? "\n" : "", one);
        }
      output = g_string_free (text, FALSE);
    }
  fputs (output, stdout);
  fflush (stdout);
  return status;
}
