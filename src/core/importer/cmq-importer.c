/* cmq-importer.c: turns a plain-text dump of a NATO web page into a CmqRelease.
 *
 * The dump holds website chrome (account blocks, footers, captions) around a story with no
 * headline. This unit decodes the text, removes the chrome, rebuilds the paragraphs and hands
 * them to the title, quote and date units.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <glib/gi18n.h>
#include <string.h>

#include "cmq-core-resources.h"
#include "cmq-date.h"
#include "cmq-importer-private.h"

/* A repeated line inside the story is chrome only when shorter than this many words. */
#define MAX_REPEATED_WORDS 25

/* clang-format would space out the dashes of the quark's name, and so the name itself. */
/* clang-format off */
G_DEFINE_QUARK (cmq-import-error-quark, cmq_import_error)
/* clang-format on */

G_DEFINE_FINAL_TYPE (CmqImporter, cmq_importer, G_TYPE_OBJECT)

static void
cmq_importer_finalize (GObject *object)
{
  CmqImporter *self = CMQ_IMPORTER (object);

  g_clear_pointer (&self->learnt_files, g_hash_table_unref);
  g_clear_pointer (&self->learnt_lines, g_hash_table_unref);

  G_OBJECT_CLASS (cmq_importer_parent_class)->finalize (object);
}

static void
cmq_importer_class_init (CmqImporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cmq_importer_finalize;
}

static void
cmq_importer_init (CmqImporter *self)
{
  self->learnt_files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->learnt_lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

CmqImporter *
cmq_importer_new (void)
{
  return g_object_new (CMQ_TYPE_IMPORTER, NULL);
}

/* Marks chrome lines and returns how many there are. */
static guint
mark_chrome (CmqImporter *self, GArray *lines)
{
  g_autofree gboolean *known = g_new0 (gboolean, lines->len + 1);
  g_autofree gboolean *repeated = g_new0 (gboolean, lines->len + 1);
  g_autofree guint *words = g_new0 (guint, lines->len + 1);
  guint n_chrome = 0;
  guint first = 0;
  guint last = lines->len;

  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);
      const char *key;

      if (*line->text == '\0')
        continue;
      /* Kept: the keys of the paragraphs are made of them. */
      line->key = cmq_importer_key (line->text);
      key = line->key;
      words[i] = cmq_importer_count_words (key);
      known[i] = cmq_importer_is_known_chrome (line->text, key, words[i]);
      repeated[i] = cmq_importer_is_repeated (self, key);
      /* A line with no letter or digit at all ("* * *", "|") is decoration. */
      if (*key == '\0')
        known[i] = TRUE;
    }

  /* Repeated lines of any length are chrome at the edges of the file: the leading and
   * trailing zones hold only chrome, so nothing of the story can sit there. */
  for (; first < lines->len; first++)
    {
      Line *line = &g_array_index (lines, Line, first);

      if (*line->text != '\0' && !known[first] && !repeated[first])
        break;
    }
  for (; last > first; last--)
    {
      Line *line = &g_array_index (lines, Line, last - 1);

      if (*line->text != '\0' && !known[last - 1] && !repeated[last - 1])
        break;
    }

  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);

      if (*line->text == '\0')
        continue;
      if (i < first || i >= last || known[i] || (repeated[i] && words[i] < MAX_REPEATED_WORDS))
        {
          line->chrome = TRUE;
          n_chrome++;
        }
    }
  return n_chrome;
}

CmqRelease *
cmq_importer_import_text (CmqImporter *self, const char *text, gssize length, const char *file_name,
                          gint64 file_mtime, GError **error)
{
  g_autofree char *utf8 = NULL;
  g_autoptr (GArray) lines = NULL;
  g_autoptr (GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) n_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) quotes = NULL;
  g_autofree char *title = NULL;
  g_autofree char *story = NULL;
  CmqReleaseInfo info = {
    NULL,
  };
  CmqDateGuess guess = {
    0,
  };
  GDate reference;
  const char *converted_from = NULL;
  guint chrome_lines;

  g_return_val_if_fail (CMQ_IS_IMPORTER (self), NULL);
  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (text);
  utf8 = cmq_importer_decode (text != NULL ? text : "", length, &converted_from, error);
  if (utf8 == NULL)
    return NULL;

  lines = cmq_importer_split_lines (utf8);
  g_array_set_clear_func (lines, (GDestroyNotify) cmq_importer_line_clear);

  chrome_lines = mark_chrome (self, lines);
  cmq_importer_build_paragraphs (lines, paragraphs, n_lines, keys);
  chrome_lines += cmq_importer_remove_captions (paragraphs, n_lines, keys);
  if (paragraphs->len == 0)
    {
      g_set_error_literal (error, CMQ_IMPORT_ERROR, CMQ_IMPORT_ERROR_EMPTY,
                           _("The file holds no story text, only website chrome"));
      return NULL;
    }
  g_ptr_array_add (paragraphs, NULL);

  info.paragraphs = (const char *const *) paragraphs->pdata;
  info.language = cmq_importer_detect_language (keys);
  title = cmq_importer_derive_title (info.paragraphs);
  quotes = cmq_importer_find_quotes (info.paragraphs);
  story = g_strjoinv ("\n\n", (char **) paragraphs->pdata);

  g_date_clear (&reference, 1);
  g_date_set_time_t (&reference, file_mtime > 0 ? (time_t) file_mtime : time (NULL));
  if (cmq_date_find (story, info.language, &reference, &guess))
    {
      info.year = guess.year;
      info.month = guess.month;
      info.day = guess.day;
      info.date_source = guess.source;
    }

  info.file = file_name;
  info.title = title;
  info.quotes = quotes;
  info.chrome_lines = chrome_lines;
  info.file_mtime = file_mtime;
  info.converted_from = converted_from;
  return cmq_release_new (&info);
}

CmqRelease *
cmq_importer_import_file (CmqImporter *self, GFile *file, GCancellable *cancellable, GError **error)
{
  g_autoptr (GBytes) contents = NULL;
  g_autofree char *name = NULL;
  gint64 mtime = 0;

  g_return_val_if_fail (CMQ_IS_IMPORTER (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  contents = cmq_importer_read_file (file, &mtime, cancellable, error);
  if (contents == NULL)
    return NULL;
  name = g_file_get_path (file);
  if (name == NULL)
    name = g_file_get_uri (file);
  return cmq_importer_import_text (self, g_bytes_get_data (contents, NULL),
                                   g_bytes_get_size (contents), name, mtime, error);
}
