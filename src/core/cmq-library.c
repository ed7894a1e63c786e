/* cmq-library.c: the set of releases the window shows.
 *
 * Reads the release files of one or more folders. Every file is first shown to the importer so it
 * can learn the lines that repeat across the library (website chrome), then imported. Releases are
 * kept once per id, newest first.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-library"

#include <glib/gi18n.h>

#include "cmq-importer.h"
#include "cmq-library.h"

/* A release file bigger than this is not a press release. */
#define CMQ_LIBRARY_MAX_FILE_SIZE (8 * 1024 * 1024)

struct _CmqLibrary
{
  GObject parent_instance;

  GPtrArray *directories; /* of GFile */
  GListStore *releases;
  GPtrArray *skipped;
};

G_DEFINE_FINAL_TYPE (CmqLibrary, cmq_library, G_TYPE_OBJECT)

typedef struct
{
  char *path;
  char *contents;
  gsize length;
  gint64 mtime;
} LoadedFile;

static void
loaded_file_free (LoadedFile *loaded)
{
  g_free (loaded->path);
  g_free (loaded->contents);
  g_free (loaded);
}

static void
skipped_file_free (CmqSkippedFile *skipped)
{
  g_free (skipped->file);
  g_free (skipped->reason);
  g_free (skipped);
}

static void
cmq_library_dispose (GObject *object)
{
  CmqLibrary *self = CMQ_LIBRARY (object);

  g_clear_pointer (&self->directories, g_ptr_array_unref);
  g_clear_object (&self->releases);
  g_clear_pointer (&self->skipped, g_ptr_array_unref);

  G_OBJECT_CLASS (cmq_library_parent_class)->dispose (object);
}

static void
cmq_library_class_init (CmqLibraryClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cmq_library_dispose;
}

static void
cmq_library_init (CmqLibrary *self)
{
  self->directories = g_ptr_array_new_with_free_func (g_object_unref);
  self->releases = g_list_store_new (CMQ_TYPE_RELEASE);
  self->skipped = g_ptr_array_new_with_free_func ((GDestroyNotify) skipped_file_free);
}

CmqLibrary *
cmq_library_new (void)
{
  return g_object_new (CMQ_TYPE_LIBRARY, NULL);
}

void
cmq_library_add_directory (CmqLibrary *self, GFile *directory)
{
  g_return_if_fail (CMQ_IS_LIBRARY (self));
  g_return_if_fail (G_IS_FILE (directory));

  g_ptr_array_add (self->directories, g_object_ref (directory));
}

static void
add_skipped (CmqLibrary *self, const char *file, const char *reason)
{
  CmqSkippedFile *skipped = g_new0 (CmqSkippedFile, 1);

  skipped->file = g_strdup (file);
  skipped->reason = g_strdup (reason);
  g_ptr_array_add (self->skipped, skipped);
  g_message ("Skipped %s: %s", file, reason);
}

static int
compare_paths (gconstpointer a, gconstpointer b)
{
  const LoadedFile *fa = *(LoadedFile *const *) a;
  const LoadedFile *fb = *(LoadedFile *const *) b;

  return g_strcmp0 (fa->path, fb->path);
}

static void
read_directory (CmqLibrary *self, GFile *directory, GPtrArray *loaded, GCancellable *cancellable)
{
  g_autoptr (GFileEnumerator) enumerator = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir_path = g_file_get_path (directory);
  GFileInfo *info;

  enumerator =
      g_file_enumerate_children (directory,
                                 G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE
                                                                "," G_FILE_ATTRIBUTE_STANDARD_SIZE
                                                                "," G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                 G_FILE_QUERY_INFO_NONE, cancellable, &error);
  if (enumerator == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_warning ("Cannot read the folder %s: %s", dir_path, error->message);
      return;
    }

  while ((info = g_file_enumerator_next_file (enumerator, cancellable, &error)) != NULL)
    {
      g_autoptr (GFileInfo) owned = info;
      const char *name = g_file_info_get_name (info);
      g_autoptr (GFile) child = NULL;
      g_autofree char *path = NULL;
      g_autoptr (GError) read_error = NULL;
      LoadedFile *file;

      if (!g_str_has_suffix (name, ".txt") || name[0] == '.')
        continue;

      child = g_file_get_child (directory, name);
      path = g_file_get_path (child);

      if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
        {
          add_skipped (self, path, _("Not a regular file"));
          continue;
        }
      if (g_file_info_get_size (info) > CMQ_LIBRARY_MAX_FILE_SIZE)
        {
          add_skipped (self, path, _("The file is too large to be a press release"));
          continue;
        }

      file = g_new0 (LoadedFile, 1);
      if (!g_file_load_contents (child, cancellable, &file->contents, &file->length, NULL,
                                 &read_error))
        {
          add_skipped (self, path, read_error->message);
          loaded_file_free (file);
          continue;
        }
      file->path = g_steal_pointer (&path);
      file->mtime = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED);
      g_ptr_array_add (loaded, file);
    }

  if (error != NULL)
    g_warning ("Error while reading the folder %s: %s", dir_path, error->message);
}

void
cmq_library_load (CmqLibrary *self, GCancellable *cancellable)
{
  g_autoptr (GPtrArray) loaded = g_ptr_array_new_with_free_func ((GDestroyNotify) loaded_file_free);
  g_autoptr (CmqImporter) importer = cmq_importer_new ();
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GPtrArray) releases = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (CMQ_IS_LIBRARY (self));

  g_ptr_array_set_size (self->skipped, 0);

  for (guint i = 0; i < self->directories->len; i++)
    read_directory (self, g_ptr_array_index (self->directories, i), loaded, cancellable);
  g_ptr_array_sort (loaded, compare_paths);

  for (guint i = 0; i < loaded->len; i++)
    {
      LoadedFile *file = g_ptr_array_index (loaded, i);
      cmq_importer_learn (importer, file->contents, file->length);
    }

  for (guint i = 0; i < loaded->len; i++)
    {
      LoadedFile *file = g_ptr_array_index (loaded, i);
      g_autoptr (GError) error = NULL;
      g_autoptr (CmqRelease) release = NULL;

      release = cmq_importer_import_text (importer, file->contents, file->length, file->path,
                                          file->mtime, &error);
      if (release == NULL)
        {
          add_skipped (self, file->path, error->message);
          continue;
        }
      if (!g_hash_table_add (seen, g_strdup (cmq_release_get_id (release))))
        continue; /* the same release twice */
      g_ptr_array_add (releases, g_steal_pointer (&release));
    }

  g_list_store_splice (self->releases, 0, g_list_model_get_n_items (G_LIST_MODEL (self->releases)),
                       releases->pdata, releases->len);
  g_list_store_sort (self->releases, cmq_release_compare_newest_first, NULL);
}

GListModel *
cmq_library_get_releases (CmqLibrary *self)
{
  g_return_val_if_fail (CMQ_IS_LIBRARY (self), NULL);
  return G_LIST_MODEL (self->releases);
}

GPtrArray *
cmq_library_get_skipped (CmqLibrary *self)
{
  g_return_val_if_fail (CMQ_IS_LIBRARY (self), NULL);
  return self->skipped;
}
