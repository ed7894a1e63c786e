/* cmq-index-space.c: the disk of the index filling up.
 *
 * The index is a cache and must never cost the user a note: an update checks the free space of
 * its file system before each release it writes and stops while a reserve is still free (an
 * eighth of the file system, at most 64 MiB), counting what its open transaction will write at
 * commit. SQLite's own "disk full" is handled the same way. Then the index moves to a temporary
 * folder on another file system with room (the temporary folder, the runtime folder, /dev/shm,
 * which is memory) and is rebuilt there, so searches stay complete; when none has room, what the
 * index holds is kept and its status says it is incomplete, for the window and --search to say.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-index"

#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "cmq-index-private.h"

#define MAX_RESERVE ((guint64) 64 * 1024 * 1024)

gboolean
cmq_index_space_get (const char *db_path, guint64 *free_bytes, guint64 *reserve)
{
  g_autofree char *dir = NULL;
  struct statvfs st;

  if (db_path == NULL || g_str_has_prefix (db_path, "file:"))
    return FALSE;
  dir = g_path_get_dirname (db_path);
  if (statvfs (dir, &st) != 0 || st.f_blocks == 0)
    return FALSE;
  *free_bytes = (guint64) st.f_bavail * st.f_frsize;
  *reserve = MIN (MAX_RESERVE, (guint64) st.f_blocks * st.f_frsize / 8);
  return TRUE;
}

gboolean
cmq_index_rc_is_space (int rc)
{
  return (rc & 0xff) == SQLITE_FULL || rc == SQLITE_IOERR_WRITE || rc == SQLITE_IOERR_FSYNC ||
         rc == SQLITE_IOERR_TRUNCATE || rc == SQLITE_IOERR_SHMSIZE;
}

static GStrv
fallback_dirs (CmqIndex *self)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  g_mutex_lock (&self->lock);
  if (self->fallback_dirs != NULL)
    g_strv_builder_addv (builder, (const char **) self->fallback_dirs);
  else
    {
      g_strv_builder_add (builder, g_get_tmp_dir ());
      g_strv_builder_add (builder, g_get_user_runtime_dir ());
      g_strv_builder_add (builder, "/dev/shm");
    }
  g_mutex_unlock (&self->lock);
  return g_strv_builder_end (builder);
}

static dev_t
device_of (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  struct stat st;

  return stat (dir, &st) == 0 ? st.st_dev : (dev_t) -1;
}

/* A new index in @dir, when it is on another file system than @current with room for @needed. */
static sqlite3 *
open_in (const char *dir, const char *current, guint64 needed, char **path_out)
{
  g_autofree char *path = g_build_filename (dir, "communique-index-XXXXXX.sqlite", NULL);
  guint64 free_bytes = 0, reserve = 0;
  struct stat st;
  sqlite3 *db;
  int rc;
  int fd;

  if (stat (dir, &st) != 0 || !S_ISDIR (st.st_mode) || st.st_dev == device_of (current) ||
      !cmq_index_space_get (path, &free_bytes, &reserve) || free_bytes < needed + reserve)
    return NULL;
  fd = g_mkstemp_full (path, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    return NULL;
  close (fd);
  db = cmq_index_schema_open (path, &rc);
  if (db == NULL)
    {
      cmq_index_delete_files (path);
      return NULL;
    }
  *path_out = g_steal_pointer (&path);
  return db;
}

gboolean
cmq_index_move_for_space (CmqIndex *self, guint64 needed)
{
  g_auto (GStrv) dirs = fallback_dirs (self);
  g_autofree char *current = NULL;
  g_autofree char *old_path = NULL;
  char *path = NULL;
  sqlite3 *db = NULL;
  sqlite3 *old_db;
  gboolean old_temporary;
  guint generation;

  current = cmq_index_dup_path (self, &generation);
  for (guint i = 0; dirs[i] != NULL && db == NULL; i++)
    db = open_in (dirs[i], current, needed, &path);
  if (db == NULL)
    return FALSE;

  cmq_index_forget_snippets (self);
  g_mutex_lock (&self->lock);
  old_db = self->db;
  old_path = self->path;
  old_temporary = self->fallback;
  self->db = db;
  cmq_index_rank_set_on_demand (db, self->lengths_on_demand);
  self->path = path;
  self->fallback = TRUE;
  self->generation++;
  g_mutex_unlock (&self->lock);
  sqlite3_close (old_db);
  /* A temporary index of ours that filled its folder is of no use to anyone. */
  if (old_temporary && !g_str_has_prefix (old_path, "file:"))
    cmq_index_delete_files (old_path);
  g_message ("The disk of the search index is full; using %s until there is room", path);
  cmq_index_set_status (self, CMQ_INDEX_STATUS_MOVED);
  cmq_index_emit_changed (self);
  return TRUE;
}

char *
cmq_index_dup_status_message (CmqIndex *self)
{
  g_return_val_if_fail (CMQ_IS_INDEX (self), NULL);

  switch (cmq_index_get_status (self))
    {
    case CMQ_INDEX_STATUS_MOVED:
      return g_strdup (_("The disk of the search index is full: a temporary index is used until "
                         "there is room again"));
    case CMQ_INDEX_STATUS_INCOMPLETE:
      return g_strdup (_("The disk of the search index is full: the index is incomplete, and "
                         "searches may miss releases"));
    case CMQ_INDEX_STATUS_OK:
    default:
      return NULL;
    }
}

void
cmq_index_set_fallback_dirs_for_testing (CmqIndex *self, const char *const *dirs)
{
  g_mutex_lock (&self->lock);
  g_strfreev (self->fallback_dirs);
  self->fallback_dirs = g_strdupv ((char **) dirs);
  g_mutex_unlock (&self->lock);
}
