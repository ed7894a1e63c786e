/* cmq-import-job.c: copies release files and folders into the library folder.
 *
 * Each source file is read and run through the importer first: only a file the importer takes
 * is copied, and only when its release (the id comes from the cleaned text) is not already in
 * the library. The ids already there are those the caller names plus those of the files already
 * in the destination. Pure GIO, so it runs in a worker thread and is tested without a display.
 *
 * A folder is walked without following symbolic links blindly: a link is followed only when
 * what it points to is inside the folder chosen (once: a folder reached again, as through
 * `loop -> .`, is not walked twice), never into /proc, /sys or /dev, so a folder from elsewhere
 * cannot bring the user's private files or the system's into the library. Every entry left out
 * for that, or for being deeper than MAX_DEPTH folders, is in the report with its reason; other
 * files than *.txt and hidden ones are passed over without a word, as before.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-import-job"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cmq-import-job.h"
#include "cmq-importer.h"

/* Same limit as the library: a bigger file is not a press release. */
#define MAX_FILE_SIZE (8 * 1024 * 1024)
/* Folders nested deeper than this are not walked, and said so in the report. */
#define MAX_DEPTH 32

struct _CmqImportJob
{
  GObject parent_instance;

  GFile *destination;
  GPtrArray *sources; /* of GFile */
  GHashTable *known_ids;

  CmqImporter *importer;
  guint n_imported;
  guint n_duplicates;
  GPtrArray *skipped;
  GPtrArray *copies;
  GPtrArray *release_ids;
};

G_DEFINE_FINAL_TYPE (CmqImportJob, cmq_import_job, G_TYPE_OBJECT)

static void
cmq_import_job_finalize (GObject *object)
{
  CmqImportJob *self = CMQ_IMPORT_JOB (object);

  g_clear_object (&self->destination);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->known_ids, g_hash_table_unref);
  g_clear_object (&self->importer);
  g_clear_pointer (&self->skipped, g_ptr_array_unref);
  g_clear_pointer (&self->copies, g_ptr_array_unref);
  g_clear_pointer (&self->release_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (cmq_import_job_parent_class)->finalize (object);
}

static void
cmq_import_job_class_init (CmqImportJobClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cmq_import_job_finalize;
}

static void
cmq_import_job_init (CmqImportJob *self)
{
  self->sources = g_ptr_array_new_with_free_func (g_object_unref);
  self->known_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->importer = cmq_importer_new ();
  self->skipped = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_skipped_file_free);
  self->copies = g_ptr_array_new_with_free_func (g_object_unref);
  self->release_ids = g_ptr_array_new_with_free_func (g_free);
}

CmqImportJob *
cmq_import_job_new (GFile *destination)
{
  CmqImportJob *self;

  g_return_val_if_fail (G_IS_FILE (destination), NULL);

  self = g_object_new (CMQ_TYPE_IMPORT_JOB, NULL);
  self->destination = g_object_ref (destination);
  return self;
}

void
cmq_import_job_add_source (CmqImportJob *self, GFile *source)
{
  g_return_if_fail (CMQ_IS_IMPORT_JOB (self));
  g_return_if_fail (G_IS_FILE (source));

  g_ptr_array_add (self->sources, g_object_ref (source));
}

void
cmq_import_job_add_known_id (CmqImportJob *self, const char *id)
{
  g_return_if_fail (CMQ_IS_IMPORT_JOB (self));
  g_return_if_fail (id != NULL);

  g_hash_table_add (self->known_ids, g_strdup (id));
}

static void
skip (CmqImportJob *self, GFile *file, const char *reason)
{
  /* The path as it is (CmqSkippedFile keeps the file system's encoding, for
   * cmq_importer_display_name()); a file with no local path by its URI. */
  g_autofree char *name = g_file_get_path (file);

  if (name == NULL)
    name = g_file_get_uri (file);
  g_ptr_array_add (self->skipped, cmq_skipped_file_new (name, reason));
}

/* The release in @file, or NULL with @reason set. */
static CmqRelease *
import_one (CmqImportJob *self, GFile *file, GFileInfo *info, GCancellable *cancellable,
            char **reason)
{
  g_autoptr (GError) error = NULL;
  CmqRelease *release;

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      *reason = g_strdup (_("Not a regular file"));
      return NULL;
    }
  if (g_file_info_get_size (info) > MAX_FILE_SIZE)
    {
      *reason = g_strdup (_("The file is too large to be a press release"));
      return NULL;
    }
  release = cmq_importer_import_file (self->importer, file, cancellable, &error);
  if (release == NULL)
    *reason = g_strdup (error->message);
  return release;
}

/* Remembers the ids of the releases already in the destination, so importing the same file
 * twice copies it once. Files there that are not releases do not matter here. */
static void
learn_destination (CmqImportJob *self, GCancellable *cancellable)
{
  g_autoptr (GFileEnumerator) enumerator = NULL;
  GFileInfo *info;

  enumerator =
      g_file_enumerate_children (self->destination,
                                 G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE
                                                                "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                 G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  if (enumerator == NULL)
    return;

  while ((info = g_file_enumerator_next_file (enumerator, cancellable, NULL)) != NULL)
    {
      g_autoptr (GFileInfo) owned = info;
      const char *name = g_file_info_get_name (info);
      g_autoptr (GFile) child = NULL;
      g_autoptr (CmqRelease) release = NULL;
      g_autofree char *reason = NULL;

      if (name[0] == '.' || !g_str_has_suffix (name, ".txt"))
        continue;
      child = g_file_get_child (self->destination, name);
      release = import_one (self, child, info, cancellable, &reason);
      if (release != NULL)
        g_hash_table_add (self->known_ids, g_strdup (cmq_release_get_id (release)));
    }
}

/* A name in the destination that no file has yet: "name.txt", "name-2.txt"… */
static GFile *
copy_into_destination (CmqImportJob *self, GFile *source, GCancellable *cancellable, GError **error)
{
  g_autofree char *base = g_file_get_basename (source);
  g_autofree char *stem = NULL;

  if (g_str_has_suffix (base, ".txt"))
    stem = g_strndup (base, strlen (base) - strlen (".txt"));
  else
    stem = g_strdup (base); /* a file picked by hand may have no extension */
  if (stem[0] == '.')
    stem[0] = '_'; /* the library does not read hidden files */

  for (guint n = 1;; n++)
    {
      g_autofree char *name =
          n == 1 ? g_strconcat (stem, ".txt", NULL) : g_strdup_printf ("%s-%u.txt", stem, n);
      g_autoptr (GFile) target = g_file_get_child (self->destination, name);
      g_autoptr (GError) local_error = NULL;

      /* All metadata keeps the modification time, which bounds the release's date. */
      if (g_file_copy (source, target, G_FILE_COPY_ALL_METADATA | G_FILE_COPY_TARGET_DEFAULT_PERMS,
                       cancellable, NULL, NULL, &local_error))
        return g_steal_pointer (&target);
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS) || n >= 1000)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }
}

static void
import_file (CmqImportJob *self, GFile *file, GFileInfo *info, GCancellable *cancellable)
{
  g_autoptr (CmqRelease) release = NULL;
  g_autoptr (GFile) copy = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *reason = NULL;
  const char *id;

  release = import_one (self, file, info, cancellable, &reason);
  if (release == NULL)
    {
      skip (self, file, reason);
      return;
    }

  id = cmq_release_get_id (release);
  g_ptr_array_add (self->release_ids, g_strdup (id));
  if (g_hash_table_contains (self->known_ids, id))
    {
      self->n_duplicates++;
      return;
    }

  copy = copy_into_destination (self, file, cancellable, &error);
  if (copy == NULL)
    {
      g_autofree char *message =
          /* Translators: %s says why a file could not be copied */
          g_strdup_printf (_("Could not copy it into the library: %s"), error->message);

      g_free (g_ptr_array_steal_index (self->release_ids, self->release_ids->len - 1));
      skip (self, file, message);
      return;
    }
  g_hash_table_add (self->known_ids, g_strdup (id));
  g_ptr_array_add (self->copies, g_steal_pointer (&copy));
  self->n_imported++;
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  GFileInfo *ia = *(GFileInfo *const *) a;
  GFileInfo *ib = *(GFileInfo *const *) b;

  return g_strcmp0 (g_file_info_get_name (ia), g_file_info_get_name (ib));
}

/* One folder chosen by the user, being walked. */
typedef struct
{
  const char *root;    /* its real path: links are followed only to what is inside */
  GHashTable *folders; /* "device:inode" of the folders walked, so none is walked twice */
} Walk;

static gboolean
is_under (const char *path, const char *folder)
{
  size_t length = strlen (folder);

  if (g_str_equal (folder, "/"))
    return TRUE;
  return strncmp (path, folder, length) == 0 && (path[length] == '\0' || path[length] == '/');
}

static gboolean
is_system_path (const char *path)
{
  return is_under (path, "/proc") || is_under (path, "/sys") || is_under (path, "/dev");
}

/* FALSE when @path's folder was walked already (marks it walked otherwise). */
static gboolean
first_visit (Walk *walk, const char *path)
{
  struct stat st;

  if (stat (path, &st) != 0)
    return TRUE; /* enumerating it will say why */
  return g_hash_table_add (walk->folders,
                           g_strdup_printf ("%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT,
                                            (guint64) st.st_dev, (guint64) st.st_ino));
}

static void import_folder (CmqImportJob *self, Walk *walk, GFile *folder, guint depth,
                           GCancellable *cancellable);

/* A symbolic link in a folder being walked: followed when it points inside the folder chosen. */
static void
import_link (CmqImportJob *self, Walk *walk, GFile *link, GFileInfo *link_info, guint depth,
             GCancellable *cancellable)
{
  g_autofree char *path = g_file_get_path (link);
  g_autofree char *real = path != NULL ? realpath (path, NULL) : NULL;
  g_autoptr (GFile) target = NULL;
  g_autoptr (GFileInfo) info = NULL;
  const char *name = g_file_info_get_name (link_info);

  if (real == NULL)
    {
      skip (self, link, _("A link to nothing: not followed"));
      return;
    }
  if (is_system_path (real))
    {
      skip (self, link, _("A link into /proc, /sys or /dev: not followed"));
      return;
    }
  if (!is_under (real, walk->root))
    {
      skip (self, link, _("A link to something outside the imported folder: not followed"));
      return;
    }
  target = g_file_new_for_path (real);
  info =
      g_file_query_info (target, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                         G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable, NULL);
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      if (!first_visit (walk, real))
        skip (self, link, _("A link to a folder already imported: not followed"));
      else
        import_folder (self, walk, target, depth + 1, cancellable);
    }
  else if (info != NULL && g_str_has_suffix (name, ".txt"))
    import_file (self, target, info, cancellable);
}

static GPtrArray *
list_folder (CmqImportJob *self, GFile *folder, GCancellable *cancellable)
{
  g_autoptr (GFileEnumerator) enumerator = NULL;
  g_autoptr (GPtrArray) infos = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GError) error = NULL;
  GFileInfo *info;

  enumerator =
      g_file_enumerate_children (folder,
                                 G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE
                                                                "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                 G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable, &error);
  if (enumerator == NULL)
    {
      skip (self, folder, error->message);
      return NULL;
    }
  while ((info = g_file_enumerator_next_file (enumerator, cancellable, &error)) != NULL)
    g_ptr_array_add (infos, info);
  if (error != NULL)
    skip (self, folder, error->message);
  g_ptr_array_sort (infos, compare_names);
  return g_steal_pointer (&infos);
}

/* The *.txt files of a folder and of its folders, in name order, the links last (so that a link
 * to a folder of the same folder finds it walked); other files are not releases and are passed
 * over without a word, as hidden ones are. */
static void
import_folder (CmqImportJob *self, Walk *walk, GFile *folder, guint depth,
               GCancellable *cancellable)
{
  g_autoptr (GPtrArray) infos = NULL;

  if (g_file_equal (folder, self->destination))
    return;
  if (depth > MAX_DEPTH)
    {
      g_autofree char *reason = g_strdup_printf (
          /* Translators: %u is the number of nested folders walked, 32 */
          _("More than %u folders deep: not imported"), MAX_DEPTH);

      skip (self, folder, reason);
      return;
    }
  if ((infos = list_folder (self, folder, cancellable)) == NULL)
    return;

  for (int links = 0; links < 2; links++)
    for (guint i = 0; i < infos->len && !g_cancellable_is_cancelled (cancellable); i++)
      {
        GFileInfo *info = g_ptr_array_index (infos, i);
        const char *name = g_file_info_get_name (info);
        GFileType type = g_file_info_get_file_type (info);
        g_autoptr (GFile) child = NULL;

        if (name[0] == '.' || (type == G_FILE_TYPE_SYMBOLIC_LINK) != links)
          continue;
        child = g_file_get_child (folder, name);
        if (type == G_FILE_TYPE_SYMBOLIC_LINK)
          import_link (self, walk, child, info, depth, cancellable);
        else if (type == G_FILE_TYPE_DIRECTORY)
          {
            g_autofree char *path = g_file_get_path (child);

            if (path == NULL || first_visit (walk, path))
              import_folder (self, walk, child, depth + 1, cancellable);
          }
        else if (g_str_has_suffix (name, ".txt"))
          import_file (self, child, info, cancellable);
      }
}

/* A source the user chose: a folder is walked from its real path; a file is taken as it is (a
 * link chosen by hand is followed, but not into /proc, /sys or /dev). */
static void
import_source (CmqImportJob *self, GFile *source, GFileInfo *info, GCancellable *cancellable)
{
  g_autofree char *path = g_file_get_path (source);
  g_autofree char *real = path != NULL ? realpath (path, NULL) : NULL;

  if (real != NULL && is_system_path (real))
    skip (self, source, _("A file in /proc, /sys or /dev: not imported"));
  else if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_autoptr (GFile) folder = real != NULL ? g_file_new_for_path (real) : g_object_ref (source);
      Walk walk = { real != NULL ? real : path,
                    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL) };

      if (walk.root != NULL)
        first_visit (&walk, walk.root);
      else
        walk.root = "/nonexistent"; /* no local path: no link is followed */
      import_folder (self, &walk, folder, 0, cancellable);
      g_hash_table_unref (walk.folders);
    }
  else
    import_file (self, source, info, cancellable);
}

gboolean
cmq_import_job_run (CmqImportJob *self, GCancellable *cancellable, GError **error)
{
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (CMQ_IS_IMPORT_JOB (self), FALSE);

  if (!g_file_make_directory_with_parents (self->destination, cancellable, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  learn_destination (self, cancellable);

  for (guint i = 0; i < self->sources->len; i++)
    {
      GFile *source = g_ptr_array_index (self->sources, i);
      g_autoptr (GFileInfo) info = NULL;
      g_autoptr (GError) info_error = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      info = g_file_query_info (source,
                                G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                G_FILE_QUERY_INFO_NONE, cancellable, &info_error);
      if (info == NULL)
        skip (self, source, info_error->message);
      else
        import_source (self, source, info, cancellable);
    }
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

static void
run_in_thread_cb (GTask *task, gpointer source_object, gpointer task_data,
                  GCancellable *cancellable)
{
  GError *error = NULL;

  if (cmq_import_job_run (CMQ_IMPORT_JOB (source_object), cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
cmq_import_job_run_async (CmqImportJob *self, GCancellable *cancellable,
                          GAsyncReadyCallback callback, gpointer user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (CMQ_IS_IMPORT_JOB (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cmq_import_job_run_async);
  g_task_run_in_thread (task, run_in_thread_cb);
}

gboolean
cmq_import_job_run_finish (CmqImportJob *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

guint
cmq_import_job_get_n_imported (CmqImportJob *self)
{
  g_return_val_if_fail (CMQ_IS_IMPORT_JOB (self), 0);
  return self->n_imported;
}

guint
cmq_import_job_get_n_duplicates (CmqImportJob *self)
{
  g_return_val_if_fail (CMQ_IS_IMPORT_JOB (self), 0);
  return self->n_duplicates;
}

GPtrArray *
cmq_import_job_get_skipped (CmqImportJob *self)
{
  g_return_val_if_fail (CMQ_IS_IMPORT_JOB (self), NULL);
  return self->skipped;
}

GPtrArray *
cmq_import_job_get_copies (CmqImportJob *self)
{
  g_return_val_if_fail (CMQ_IS_IMPORT_JOB (self), NULL);
  return self->copies;
}

GPtrArray *
cmq_import_job_get_release_ids (CmqImportJob *self)
{
  g_return_val_if_fail (CMQ_IS_IMPORT_JOB (self), NULL);
  return self->release_ids;
}
