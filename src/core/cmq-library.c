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

#include "cmq-importer.h"
#include "cmq-library.h"

struct _CmqLibrary
{
  GObject parent_instance;

  GPtrArray *directories; /* of GFile */
  GListStore *releases;
  GPtrArray *skipped;
};

G_DEFINE_FINAL_TYPE (CmqLibrary, cmq_library, G_TYPE_OBJECT)

enum
{
  SIGNAL_READING_FILE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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

  /**
   * CmqLibrary::reading-file:
   * @path: the file about to be read, in the file system's encoding
   *
   * Emitted by cmq_library_load() before it reads each file, once the folders are listed: a
   * progress report. The file may be gone by the time it is read.
   */
  signals[SIGNAL_READING_FILE] =
      g_signal_new ("reading-file", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                    NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
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

  g_autofree char *display = cmq_importer_display_name (file);

  skipped->file = g_strdup (file);
  skipped->reason = g_strdup (reason);
  g_ptr_array_add (self->skipped, skipped);
  g_message ("Skipped %s: %s", display, reason);
}

static int
compare_paths (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(char *const *) a, *(char *const *) b);
}

/* Adds the paths of the release files of @directory to @paths. */
static void
list_directory (GFile *directory, GPtrArray *paths, GCancellable *cancellable)
{
  g_autoptr (GFileEnumerator) enumerator = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir_path = g_file_get_path (directory);
  g_autofree char *display = cmq_importer_display_name (dir_path != NULL ? dir_path : "");
  GFileInfo *info;

  enumerator = g_file_enumerate_children (directory, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                          G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable, &error);
  if (enumerator == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_warning ("Cannot read the folder %s: %s", display, error->message);
      return;
    }

  while ((info = g_file_enumerator_next_file (enumerator, cancellable, &error)) != NULL)
    {
      g_autoptr (GFileInfo) owned = info;
      const char *name = g_file_info_get_name (info);
      g_autoptr (GFile) child = NULL;

      if (!g_str_has_suffix (name, ".txt") || name[0] == '.')
        continue;
      child = g_file_get_child (directory, name);
      g_ptr_array_add (paths, g_file_get_path (child));
    }

  if (error != NULL)
    g_warning ("Error while reading the folder %s: %s", display, error->message);
}

/* Every file is checked as it is read (cmq_importer_read_file()): what was a release file when
 * the folder was listed may be a folder, a pipe or gone by now. */
static void
read_files (CmqLibrary *self, GPtrArray *paths, GPtrArray *loaded, GCancellable *cancellable)
{
  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autoptr (GFile) file = g_file_new_for_path (path);
      g_autoptr (GError) error = NULL;
      g_autoptr (GBytes) contents = NULL;
      LoadedFile *loaded_file;
      gint64 mtime = 0;

      g_signal_emit (self, signals[SIGNAL_READING_FILE], 0, path);
      contents = cmq_importer_read_file (file, &mtime, cancellable, &error);
      if (contents == NULL)
        {
          add_skipped (self, path, error->message);
          continue;
        }
      loaded_file = g_new0 (LoadedFile, 1);
      loaded_file->path = g_strdup (path);
      loaded_file->contents =
          g_bytes_unref_to_data (g_steal_pointer (&contents), &loaded_file->length);
      loaded_file->mtime = mtime;
      g_ptr_array_add (loaded, loaded_file);
    }
}

void
cmq_library_load (CmqLibrary *self, GCancellable *cancellable)
{
  g_autoptr (GPtrArray) loaded = g_ptr_array_new_with_free_func ((GDestroyNotify) loaded_file_free);
  g_autoptr (CmqImporter) importer = cmq_importer_new ();
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GPtrArray) releases = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  g_return_if_fail (CMQ_IS_LIBRARY (self));

  g_ptr_array_set_size (self->skipped, 0);

  for (guint i = 0; i < self->directories->len; i++)
    list_directory (g_ptr_array_index (self->directories, i), paths, cancellable);
  g_ptr_array_sort (paths, compare_paths);
  read_files (self, paths, loaded, cancellable);

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
