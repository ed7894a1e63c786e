/* cmq-library.c: the library's folders of release files, watched, and where imports go.
 *
 * Watched (cmq_library_watch(), the application's CmqContext): "folders-changed" when a release
 * file is added, changed or removed, or a folder added or removed; the index reads the files
 * (tests import folders the same way, through tests/lib/library-fixture.h).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-library"

#include "cmq-library.h"

struct _CmqLibrary
{
  GObject parent_instance;

  GPtrArray *directories; /* of GFile */
  GHashTable *monitors;   /* GFile directory → GFileMonitor */
  GFile *import_directory;
  gboolean watching; /* cmq_library_watch() was called */
};

G_DEFINE_FINAL_TYPE (CmqLibrary, cmq_library, G_TYPE_OBJECT)

enum
{
  SIGNAL_FOLDERS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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
}

CmqLibrary *
cmq_library_new (void)
{
  return g_object_new (CMQ_TYPE_LIBRARY, NULL);
}

static gboolean
is_release_name (const char *name)
{
  return name[0] != '.' && g_str_has_suffix (name, ".txt");
}

static void
monitor_changed_cb (GFileMonitor *monitor, GFile *file, GFile *other, GFileMonitorEvent event,
                    CmqLibrary *self)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *other_name = other != NULL ? g_file_get_basename (other) : NULL;

  if (!is_release_name (name) && (other_name == NULL || !is_release_name (other_name)))
    return;
  switch (event)
    {
    /* A new file counts once it is written and closed, not while it is being written. */
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
  g_return_if_fail (CMQ_IS_LIBRARY (self));
  g_return_if_fail (G_IS_FILE (directory));

  if (cmq_library_has_directory (self, directory))
    return;
  g_ptr_array_add (self->directories, g_object_ref (directory));
  if (!self->watching)
    return;
  watch_directory (self, directory);
  g_signal_emit (self, signals[SIGNAL_FOLDERS_CHANGED], 0);
}

void
cmq_library_remove_directory (CmqLibrary *self, GFile *directory)
{
  g_return_if_fail (CMQ_IS_LIBRARY (self));
  g_return_if_fail (G_IS_FILE (directory));

  for (guint i = 0; i < self->directories->len; i++)
    if (g_file_equal (g_ptr_array_index (self->directories, i), directory))
      {
        g_ptr_array_remove_index (self->directories, i);
        break;
      }
  g_hash_table_remove (self->monitors, directory);
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

void
cmq_library_watch (CmqLibrary *self)
{
  g_return_if_fail (CMQ_IS_LIBRARY (self));

  if (self->watching)
    return;
  self->watching = TRUE;
  for (guint i = 0; i < self->directories->len; i++)
    watch_directory (self, g_ptr_array_index (self->directories, i));
}

gboolean
cmq_library_is_watching (CmqLibrary *self)
{
  g_return_val_if_fail (CMQ_IS_LIBRARY (self), FALSE);
  return self->watching;
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
