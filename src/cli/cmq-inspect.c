/* cmq-inspect.c: `communique --inspect FILE…`, the importer's findings as JSON lines.
 *
 * The files given together are learnt as one library first, so that lines repeated across them
 * are recognised as chrome exactly as they are when the window loads a folder.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-inspect"

#include <glib/gi18n.h>
#include <stdio.h>

#include "cmq-importer.h"
#include "cmq-inspect.h"
#include "cmq-release-json.h"

typedef struct
{
  char *name;
  GBytes *contents;
  gint64 mtime;
} InspectedFile;

static void
inspected_file_clear (InspectedFile *file)
{
  g_free (file->name);
  g_clear_pointer (&file->contents, g_bytes_unref);
}

static gboolean
read_file (const char *name, InspectedFile *out, GError **error)
{
  g_autoptr (GFile) file = g_file_new_for_commandline_arg (name);
  g_autoptr (GBytes) contents = NULL;
  gint64 mtime = 0;

  contents = cmq_importer_read_file (file, &mtime, NULL, error);
  if (contents == NULL)
    return FALSE;

  out->name = g_strdup (name);
  out->contents = g_steal_pointer (&contents);
  out->mtime = mtime;
  return TRUE;
}

int
cmq_inspect_files (const char *const *files)
{
  g_autoptr (CmqImporter) importer = cmq_importer_new ();
  g_autoptr (GArray) inspected = g_array_new (FALSE, TRUE, sizeof (InspectedFile));
  int status = 0;

  g_array_set_clear_func (inspected, (GDestroyNotify) inspected_file_clear);

  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("%s\n", _("--inspect needs at least one file"));
      return 2;
    }

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr (GError) error = NULL;
      InspectedFile file = {
        NULL,
      };

      if (!read_file (files[i], &file, &error))
        {
          g_autofree char *display = cmq_importer_display_name (files[i]);

          /* Translators: the first %s is a file name, the second why it cannot be read */
          g_printerr (_("%s: skipped: %s\n"), display, error->message);
          status = 1;
          continue;
        }
      cmq_importer_learn (importer, g_bytes_get_data (file.contents, NULL),
                          g_bytes_get_size (file.contents));
      g_array_append_val (inspected, file);
    }

  for (guint i = 0; i < inspected->len; i++)
    {
      InspectedFile *file = &g_array_index (inspected, InspectedFile, i);
      g_autoptr (GError) error = NULL;
      g_autoptr (CmqRelease) release = NULL;
      g_autofree char *line = NULL;

      release = cmq_importer_import_text (importer, g_bytes_get_data (file->contents, NULL),
                                          g_bytes_get_size (file->contents), file->name,
                                          file->mtime, &error);
      if (release == NULL)
        {
          g_autofree char *display = cmq_importer_display_name (file->name);

          g_printerr (_("%s: skipped: %s\n"), display, error->message);
          status = 1;
          continue;
        }
      line = cmq_release_to_json_line (release);
      fputs (line, stdout);
      fputc ('\n', stdout);
    }
  fflush (stdout);

  return status;
}
