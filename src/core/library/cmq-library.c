/* cmq-library.c: the library's folders of release files, watched, and where imports go.
 *
 * Watched (cmq_library_watch(), the application's CmqContext): "folders-changed" when a release
 * file is added, changed or removed, or a folder added or removed; the index reads the files.
 *
 * Loaded (cmq_library_load(), tests only): reads the release files of one or more folders.
 * Every file is first shown to the importer so it can learn the lines that repeat across the
 * library (website chrome), then imported. Releases are kept once per id, newest first. Once
 * loaded, the folders are watched: a file another program writes, changes, moves or deletes there
 * is read again or taken out, one file at a time, with the importer that learnt from the whole
 * library.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-library"

#include <glib/gi18n.h>

#include "cmq-importer.h"
#include "cmq-library.h"

struct _CmqLibrary
{
  GObject parent_instance;

  GPtrArray *directories; /* of GFile */
  GHashTable *monitors;   /* GFile directory → GFileMonitor */
  GListStore *releases;
  GPtrArray *skipped;
  GHashTable *files; /* path → FileEntry, for every file read, shown or not */
  CmqImporter *importer;
  GFile *import_directory;
  gboolean loaded;
  gboolean watch_only; /* cmq_library_watch(): no release is read */
};

G_DEFINE_FINAL_TYPE (CmqLibrary, cmq_library, G_TYPE_OBJECT)

enum
{
  SIGNAL_FOLDERS_CHANGED,
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
  gint64 stamp;
} LoadedFile;

/* What was read from a file: its release id, and how the file looked then. */
typedef struct
{
  char *id;
  gint64 stamp; /* modification time in microseconds, plus the size: a changed file differs */
} FileEntry;

static void
loaded_file_free (LoadedFile *loaded)
{
  g_free (loaded->path);
  g_free (loaded->contents);
  g_free (loaded);
}

static void
file_entry_free (FileEntry *entry)
{
  g_free (entry->id);
  g_free (entry);
}

CmqSkippedFile *
cmq_skipped_file_new (const char *file, const char *reason)
{
  CmqSkippedFile *skipped = g_new0 (CmqSkippedFile, 1);

  skipped->file = g_strdup (file);
  skipped->reason = g_strdup (reason);
  return skipped;
}

void
cmq_skipped_file_free (CmqSkippedFile *skipped)
{
  if (skipped == NULL)
    return;
  g_free (skipped->file);
  g_free (skipped->reason);
  g_free (skipped);
}

static void
cmq_library_dispose (GObject *object)
{
  CmqLibrary *self = CMQ_LIBRARY (object);

  g_clear_pointer (&self->monitors, g_hash_table_unref);
  g_clear_pointer (&self->directories, g_ptr_array_unref);
  g_clear_object (&self->releases);
  g_clear_pointer (&self->skipped, g_ptr_array_unref);
  g_clear_pointer (&self->files, g_hash_table_unref);
  g_clear_object (&self->importer);
  g_clear_object (&self->import_directory);

  G_OBJECT_CLASS (cmq_library_parent_class)->dispose (object);
}

static void
cmq_library_class_init (CmqLibraryClass *klass)
{
  signals[SIGNAL_FOLDERS_CHANGED] =
      g_signal_new ("folders-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                    NULL, G_TYPE_NONE, 0);
  G_OBJECT_CLASS (klass)->dispose = cmq_library_dispose;

  /**
   * CmqLibrary::reading-file:
   * @path: the file about to be read, in the file system's encoding
   *
   * Emitted before each file is read, once its folder is listed: a progress report. The file may
   * be gone by the time it is read.
   */
  signals[SIGNAL_READING_FILE] =
      g_signal_new ("reading-file", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                    NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void monitor_changed_cb (GFileMonitor *monitor, GFile *file, GFile *other,
                                GFileMonitorEvent event, CmqLibrary *self);

static void
cancel_and_unref_monitor (gpointer monitor)
{
  g_signal_handlers_disconnect_matched (monitor, G_SIGNAL_MATCH_FUNC, 0, 0, NULL,
                                        monitor_changed_cb, NULL);
  g_file_monitor_cancel (monitor);
  g_object_unref (monitor);
}

static void
cmq_library_init (CmqLibrary *self)
{
  self->directories = g_ptr_array_new_with_free_func (g_object_unref);
  self->monitors = g_hash_table_new_full (g_file_hash, (GEqualFunc) g_file_equal, g_object_unref,
                                          cancel_and_unref_monitor);
  self->releases = g_list_store_new (CMQ_TYPE_RELEASE);
  self->skipped = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_skipped_file_free);
  self->files =
      g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) file_entry_free);
}

CmqLibrary *
cmq_library_new (void)
{
  return g_object_new (CMQ_TYPE_LIBRARY, NULL);
}

static void
add_skipped (CmqLibrary *self, const char *file, const char *reason)
{
  g_autofree char *display = cmq_importer_display_name (file);

  g_ptr_array_add (self->skipped, cmq_skipped_file_new (file, reason));
  g_message ("Skipped %s: %s", display, reason);
}

static void
forget_skipped (CmqLibrary *self, const char *path)
{
  for (guint i = self->skipped->len; i > 0; i--)
    {
      CmqSkippedFile *skipped = g_ptr_array_index (self->skipped, i - 1);

      if (g_strcmp0 (skipped->file, path) == 0)
        g_ptr_array_remove_index (self->skipped, i - 1);
    }
}

static gboolean
is_release_name (const char *name)
{
  return name[0] != '.' && g_str_has_suffix (name, ".txt");
}

static gint64
stamp_of (GFileInfo *info)
{
  guint64 seconds = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED);
  guint32 usec = g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC);

  return (gint64) (seconds * G_USEC_PER_SEC + usec) * 31 + g_file_info_get_size (info);
}

#define FILE_ATTRIBUTES                                                                            \
  G_FILE_ATTRIBUTE_STANDARD_NAME                                                                   \
  "," G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE                            \
  "," G_FILE_ATTRIBUTE_TIME_MODIFIED "," G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC

/* Reads @child into a LoadedFile, or lists it as skipped and returns NULL. The file is checked
 * as it is read (cmq_importer_read_file()): what was a release file when the folder was listed may
 * be a folder, a pipe or gone by now, and a pipe is never opened. */
static LoadedFile *
read_file (CmqLibrary *self, GFile *child, GFileInfo *info, GCancellable *cancellable)
{
  g_autofree char *path = g_file_get_path (child);
  g_autoptr (GError) read_error = NULL;
  g_autoptr (GBytes) contents = NULL;
  LoadedFile *file;
  gint64 mtime = 0;

  g_signal_emit (self, signals[SIGNAL_READING_FILE], 0, path);
  contents = cmq_importer_read_file (child, &mtime, cancellable, &read_error);
  if (contents == NULL)
    {
      add_skipped (self, path, read_error->message);
      return NULL;
    }

  file = g_new0 (LoadedFile, 1);
  file->contents = g_bytes_unref_to_data (g_steal_pointer (&contents), &file->length);
  file->path = g_steal_pointer (&path);
  file->mtime = mtime;
  file->stamp = stamp_of (info);
  return file;
}

static int
compare_paths (gconstpointer a, gconstpointer b)
{
  const LoadedFile *fa = *(LoadedFile *const *) a;
  const LoadedFile *fb = *(LoadedFile *const *) b;

  return g_strcmp0 (fa->path, fb->path);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (g_file_info_get_name (*(GFileInfo *const *) a),
                    g_file_info_get_name (*(GFileInfo *const *) b));
}

/* Reads the release files of @directory into @loaded; @listed, when not NULL, receives the path
 * of every release file listed (not a folder, readable or not), as the index's scan lists them. */
static void
read_directory (CmqLibrary *self, GFile *directory, GPtrArray *loaded, GPtrArray *listed,
                GCancellable *cancellable)
{
  g_autoptr (GFileEnumerator) enumerator = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) infos = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *dir_path = g_file_get_path (directory);
  g_autofree char *display = cmq_importer_display_name (dir_path != NULL ? dir_path : "");
  GFileInfo *info;

  enumerator = g_file_enumerate_children (directory, FILE_ATTRIBUTES, G_FILE_QUERY_INFO_NONE,
                                          cancellable, &error);
  if (enumerator == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_warning ("Cannot read the folder %s: %s", display, error->message);
      return;
    }

  /* The whole folder is listed before any file is read, in name order. */
  while ((info = g_file_enumerator_next_file (enumerator, cancellable, &error)) != NULL)
    {
      if (!is_release_name (g_file_info_get_name (info)))
        {
          g_object_unref (info);
          continue;
        }
      g_ptr_array_add (infos, info);
    }
  if (error != NULL)
    g_warning ("Error while reading the folder %s: %s", display, error->message);
  g_ptr_array_sort (infos, compare_names);

  for (guint i = 0; i < infos->len; i++)
    {
      GFileInfo *info_at = g_ptr_array_index (infos, i);
      g_autoptr (GFile) child = g_file_get_child (directory, g_file_info_get_name (info_at));
      LoadedFile *file;

      if (listed != NULL && g_file_info_get_file_type (info_at) != G_FILE_TYPE_DIRECTORY &&
          g_file_info_get_file_type (info_at) != G_FILE_TYPE_SYMBOLIC_LINK)
        g_ptr_array_add (listed, g_file_get_path (child));
      file = read_file (self, child, info_at, cancellable);
      if (file != NULL)
        g_ptr_array_add (loaded, file);
    }
}

static CmqRelease *
import_loaded (CmqLibrary *self, LoadedFile *file)
{
  g_autoptr (GError) error = NULL;
  CmqRelease *release;
  FileEntry *entry;

  release = cmq_importer_import_text (self->importer, file->contents, file->length, file->path,
                                      file->mtime, &error);
  if (release == NULL)
    {
      add_skipped (self, file->path, error->message);
      return NULL;
    }
  entry = g_new0 (FileEntry, 1);
  entry->id = g_strdup (cmq_release_get_id (release));
  entry->stamp = file->stamp;
  g_hash_table_replace (self->files, g_strdup (file->path), entry);
  return release;
}

static void
monitor_changed_cb (GFileMonitor *monitor, GFile *file, GFile *other, GFileMonitorEvent event,
                    CmqLibrary *self)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *other_name = other != NULL ? g_file_get_basename (other) : NULL;

  if (self->watch_only)
    {
      if (is_release_name (name) || (other_name != NULL && is_release_name (other_name)))
        switch (event)
          {
          case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
          case G_FILE_MONITOR_EVENT_MOVED_IN:
          case G_FILE_MONITOR_EVENT_DELETED:
          case G_FILE_MONITOR_EVENT_MOVED_OUT:
          case G_FILE_MONITOR_EVENT_RENAMED:
            g_signal_emit (self, signals[SIGNAL_FOLDERS_CHANGED], 0);
            break;
          default:
            break;
          }
      return;
    }

  switch (event)
    {
    /* A new file shows once it is written and closed, not while it is being written. */
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
      if (is_release_name (name))
        {
          cmq_library_add_file (self, file);
          g_signal_emit (self, signals[SIGNAL_FOLDERS_CHANGED], 0);
        }
      break;
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
      cmq_library_remove_file (self, file);
      g_signal_emit (self, signals[SIGNAL_FOLDERS_CHANGED], 0);
      break;
    case G_FILE_MONITOR_EVENT_RENAMED:
      cmq_library_remove_file (self, file);
      if (other != NULL && is_release_name (other_name))
        cmq_library_add_file (self, other);
      g_signal_emit (self, signals[SIGNAL_FOLDERS_CHANGED], 0);
      break;
    default:
      break;
    }
}

static void
watch_directory (CmqLibrary *self, GFile *directory)
{
  g_autoptr (GError) error = NULL;
  GFileMonitor *monitor;

  monitor = g_file_monitor_directory (directory, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  if (monitor == NULL)
    {
      g_autofree char *path = g_file_get_path (directory);

      g_warning ("Cannot watch the folder %s: %s", path, error->message);
      return;
    }
  g_signal_connect (monitor, "changed", G_CALLBACK (monitor_changed_cb), self);
  g_hash_table_replace (self->monitors, g_object_ref (directory), monitor);
}

void
cmq_library_add_directory (CmqLibrary *self, GFile *directory)
{
  g_autoptr (GPtrArray) loaded = NULL;

  g_return_if_fail (CMQ_IS_LIBRARY (self));
  g_return_if_fail (G_IS_FILE (directory));

  if (cmq_library_has_directory (self, directory))
    return;
  g_ptr_array_add (self->directories, g_object_ref (directory));
  if (self->watch_only)
    {
      watch_directory (self, directory);
      g_signal_emit (self, signals[SIGNAL_FOLDERS_CHANGED], 0);
      return;
    }
  if (!self->loaded)
    return;

  loaded = g_ptr_array_new_with_free_func ((GDestroyNotify) loaded_file_free);
  read_directory (self, directory, loaded, NULL, NULL);
  for (guint i = 0; i < loaded->len; i++)
    {
      g_autoptr (CmqRelease) release = import_loaded (self, g_ptr_array_index (loaded, i));

      if (release != NULL &&
          cmq_library_find_release (self, cmq_release_get_id (release)) == G_MAXUINT)
        g_list_store_insert_sorted (self->releases, release, cmq_release_compare_newest_first,
                                    NULL);
    }
  watch_directory (self, directory);
  g_signal_emit (self, signals[SIGNAL_FOLDERS_CHANGED], 0);
}

static gboolean
is_in_directory (const char *path, GFile *directory)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFile) parent = g_file_get_parent (file);

  return parent != NULL && g_file_equal (parent, directory);
}

void
cmq_library_remove_directory (CmqLibrary *self, GFile *directory)
{
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer key;

  g_return_if_fail (CMQ_IS_LIBRARY (self));
  g_return_if_fail (G_IS_FILE (directory));

  for (guint i = 0; i < self->directories->len; i++)
    if (g_file_equal (g_ptr_array_index (self->directories, i), directory))
      {
        g_ptr_array_remove_index (self->directories, i);
        break;
      }
  g_hash_table_remove (self->monitors, directory);

  g_hash_table_iter_init (&iter, self->files);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (is_in_directory (key, directory))
      g_ptr_array_add (paths, g_strdup (key));
  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr (GFile) file = g_file_new_for_path (g_ptr_array_index (paths, i));

      cmq_library_remove_file (self, file);
    }
  for (guint i = self->skipped->len; i > 0; i--)
    {
      CmqSkippedFile *skipped = g_ptr_array_index (self->skipped, i - 1);

      if (is_in_directory (skipped->file, directory))
        g_ptr_array_remove_index (self->skipped, i - 1);
    }
  g_signal_emit (self, signals[SIGNAL_FOLDERS_CHANGED], 0);
}

gboolean
cmq_library_has_directory (CmqLibrary *self, GFile *directory)
{
  g_return_val_if_fail (CMQ_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (directory), FALSE);

  for (guint i = 0; i < self->directories->len; i++)
    if (g_file_equal (g_ptr_array_index (self->directories, i), directory))
      return TRUE;
  return FALSE;
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The importer learns the files the index's importers learn (cmq_importer_learn_stride()), so
 * that a release has the same paragraphs and id in the window, on the command line and in the
 * index. @loaded is sorted by path. */
static void
learn_sample (CmqLibrary *self, GPtrArray *loaded, GPtrArray *listed)
{
  g_autoptr (GHashTable) sample = g_hash_table_new (g_str_hash, g_str_equal);
  guint stride;

  g_ptr_array_sort (listed, compare_strings);
  stride = cmq_importer_learn_stride (listed->len);
  for (guint i = 0; i < listed->len; i += stride)
    g_hash_table_add (sample, g_ptr_array_index (listed, i));
  for (guint i = 0; i < loaded->len; i++)
    {
      LoadedFile *file = g_ptr_array_index (loaded, i);

      if (g_hash_table_contains (sample, file->path))
        cmq_importer_learn (self->importer, file->contents, file->length);
    }
}

void
cmq_library_load (CmqLibrary *self, GCancellable *cancellable)
{
  g_autoptr (GPtrArray) listed = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) loaded = g_ptr_array_new_with_free_func ((GDestroyNotify) loaded_file_free);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GPtrArray) releases = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (CMQ_IS_LIBRARY (self));

  g_ptr_array_set_size (self->skipped, 0);
  g_hash_table_remove_all (self->files);
  g_hash_table_remove_all (self->monitors);
  g_clear_object (&self->importer);
  self->importer = cmq_importer_new ();

  for (guint i = 0; i < self->directories->len; i++)
    read_directory (self, g_ptr_array_index (self->directories, i), loaded, listed, cancellable);
  g_ptr_array_sort (loaded, compare_paths);
  learn_sample (self, loaded, listed);

  for (guint i = 0; i < loaded->len; i++)
    {
      g_autoptr (CmqRelease) release = import_loaded (self, g_ptr_array_index (loaded, i));

      if (release == NULL)
        continue;
      if (!g_hash_table_add (seen, g_strdup (cmq_release_get_id (release))))
        continue; /* the same release twice */
      g_ptr_array_add (releases, g_steal_pointer (&release));
    }

  g_list_store_splice (self->releases, 0, g_list_model_get_n_items (G_LIST_MODEL (self->releases)),
                       releases->pdata, releases->len);
  g_list_store_sort (self->releases, cmq_release_compare_newest_first, NULL);

  for (guint i = 0; i < self->directories->len; i++)
    watch_directory (self, g_ptr_array_index (self->directories, i));
  self->loaded = TRUE;
}

void
cmq_library_watch (CmqLibrary *self)
{
  g_return_if_fail (CMQ_IS_LIBRARY (self));

  if (self->loaded)
    return; /* watched already */
  self->watch_only = TRUE;
  for (guint i = 0; i < self->directories->len; i++)
    watch_directory (self, g_ptr_array_index (self->directories, i));
}

gboolean
cmq_library_is_watching (CmqLibrary *self)
{
  g_return_val_if_fail (CMQ_IS_LIBRARY (self), FALSE);
  return self->watch_only;
}

char **
cmq_library_dup_directory_paths (CmqLibrary *self)
{
  g_autoptr (GStrvBuilder) paths = g_strv_builder_new ();

  g_return_val_if_fail (CMQ_IS_LIBRARY (self), NULL);

  for (guint i = 0; i < self->directories->len; i++)
    {
      g_autofree char *path = g_file_get_path (g_ptr_array_index (self->directories, i));

      if (path != NULL)
        g_strv_builder_add (paths, path);
    }
  return g_strv_builder_end (paths);
}

/* The position of the release read from @path, or G_MAXUINT. */
static guint
find_release_from (CmqLibrary *self, const char *path)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->releases));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (CmqRelease) release = g_list_model_get_item (G_LIST_MODEL (self->releases), i);

      if (g_strcmp0 (cmq_release_get_file (release), path) == 0)
        return i;
    }
  return G_MAXUINT;
}

gboolean
cmq_library_add_file (CmqLibrary *self, GFile *file)
{
  g_autofree char *path = NULL;
  g_autoptr (GFileInfo) info = NULL;
  g_autoptr (CmqRelease) release = NULL;
  LoadedFile *loaded;
  FileEntry *entry;

  g_return_val_if_fail (CMQ_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  info = g_file_query_info (file, FILE_ATTRIBUTES, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (path == NULL || info == NULL)
    {
      cmq_library_remove_file (self, file);
      return FALSE;
    }

  entry = g_hash_table_lookup (self->files, path);
  if (entry != NULL && entry->stamp == stamp_of (info))
    return TRUE; /* read already, and unchanged since */
  cmq_library_remove_file (self, file);
  forget_skipped (self, path);

  if (self->importer == NULL)
    self->importer = cmq_importer_new ();
  loaded = read_file (self, file, info, NULL);
  if (loaded == NULL)
    return FALSE;
  release = import_loaded (self, loaded);
  loaded_file_free (loaded);
  if (release == NULL)
    return FALSE;

  if (cmq_library_find_release (self, cmq_release_get_id (release)) == G_MAXUINT)
    g_list_store_insert_sorted (self->releases, release, cmq_release_compare_newest_first, NULL);
  return TRUE;
}

void
cmq_library_remove_file (CmqLibrary *self, GFile *file)
{
  g_autofree char *path = NULL;
  g_autofree char *id = NULL;
  guint position;
  GHashTableIter iter;
  gpointer key;
  gpointer value;

  g_return_if_fail (CMQ_IS_LIBRARY (self));
  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  if (path == NULL)
    return;
  forget_skipped (self, path);
  if (!g_hash_table_steal_extended (self->files, path, &key, &value))
    return;
  g_free (key);
  id = g_strdup (((FileEntry *) value)->id);
  file_entry_free (value);

  position = find_release_from (self, path);
  if (position == G_MAXUINT)
    return; /* its release was shown from another file */
  g_list_store_remove (self->releases, position);

  /* Another file holding the same release takes its place. */
  g_hash_table_iter_init (&iter, self->files);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_str_equal (((FileEntry *) value)->id, id))
      {
        g_autoptr (GFile) twin = g_file_new_for_path (key);

        ((FileEntry *) value)->stamp = 0; /* read it again */
        cmq_library_add_file (self, twin);
        break;
      }
}

GListModel *
cmq_library_get_releases (CmqLibrary *self)
{
  g_return_val_if_fail (CMQ_IS_LIBRARY (self), NULL);
  return G_LIST_MODEL (self->releases);
}

guint
cmq_library_find_release (CmqLibrary *self, const char *id)
{
  guint n;

  g_return_val_if_fail (CMQ_IS_LIBRARY (self), G_MAXUINT);
  g_return_val_if_fail (id != NULL, G_MAXUINT);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->releases));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (CmqRelease) release = g_list_model_get_item (G_LIST_MODEL (self->releases), i);

      if (g_str_equal (cmq_release_get_id (release), id))
        return i;
    }
  return G_MAXUINT;
}

guint
cmq_library_find_release_by_file (CmqLibrary *self, GFile *file)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (CMQ_IS_LIBRARY (self), G_MAXUINT);
  g_return_val_if_fail (G_IS_FILE (file), G_MAXUINT);

  path = g_file_get_path (file);
  return path != NULL ? find_release_from (self, path) : G_MAXUINT;
}

GPtrArray *
cmq_library_get_skipped (CmqLibrary *self)
{
  g_return_val_if_fail (CMQ_IS_LIBRARY (self), NULL);
  return self->skipped;
}

void
cmq_library_set_import_directory (CmqLibrary *self, GFile *directory)
{
  g_return_if_fail (CMQ_IS_LIBRARY (self));
  g_return_if_fail (directory == NULL || G_IS_FILE (directory));

  g_set_object (&self->import_directory, directory);
}

GFile *
cmq_library_get_import_directory (CmqLibrary *self)
{
  g_return_val_if_fail (CMQ_IS_LIBRARY (self), NULL);
  return self->import_directory;
}
