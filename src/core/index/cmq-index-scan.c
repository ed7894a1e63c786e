/* cmq-index-scan.c: the library folders as an update sees them: their files (names and stat
 * data only), the files table they are compared with, and the folder stamps.
 *
 * A complete update also records each folder's modification and change times and inode, taken
 * before its scan (the folders table). Adding, removing or renaming a file changes them, so
 * cmq_index_folders_unchanged() can tell without a stat of every file that the index still holds
 * what the folders list, as locate trusts updatedb. A folder changed less than RACY_NSEC before
 * it was stamped is not recorded: a second change within the same clock tick would leave its *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-index"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>

#include "cmq-index-update-private.h"

/* Folder times closer than this to the moment they were read are not trusted (see above). */
#define RACY_NSEC ((gint64) 2 * G_USEC_PER_SEC * 1000)

void
cmq_index_scanned_file_free (ScannedFile *file)
{
  g_free (file->path);
  g_free (file);
}

void
cmq_index_folder_stamp_clear (FolderStamp *stamp)
{
  g_free (stamp->path);
}

void
cmq_index_stamp_folder (const char *path, FolderStamp *stamp)
{
  struct stat st;
  gint64 now = g_get_real_time () * 1000;

  memset (stamp, 0, sizeof *stamp);
  stamp->path = g_strdup (path);
  if (stat (path, &st) != 0)
    {
      /* A folder that is not there yet (the user's release folder) is as good as an empty one;
       * creating it changes what stat says. Any other failure is never trusted. */
      stamp->mtime = stamp->ctime = -1;
      stamp->trusted = errno == ENOENT;
      return;
    }
  stamp->mtime = (gint64) st.st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_mtim.tv_nsec;
  stamp->ctime = (gint64) st.st_ctim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_ctim.tv_nsec;
  stamp->inode = st.st_ino;
  stamp->trusted = S_ISDIR (st.st_mode) && now - MAX (stamp->mtime, stamp->ctime) >= RACY_NSEC;
}

/* Records @stamps as the state of the folders the index now holds. Best effort: when the
 * database is busy the folders are simply not trusted, and the next search scans them. */
void
cmq_index_record_folders (sqlite3 *db, GArray *stamps)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_exec (db, "BEGIN IMMEDIATE; DELETE FROM folders", NULL, NULL, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "INSERT OR REPLACE INTO folders VALUES (?, ?, ?, ?)", -1, &stmt,
                             NULL);
  for (guint i = 0; rc == SQLITE_OK && i < stamps->len; i++)
    {
      FolderStamp *stamp = &g_array_index (stamps, FolderStamp, i);

      if (!stamp->trusted)
        continue;
      sqlite3_bind_text (stmt, 1, stamp->path, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, stamp->mtime);
      sqlite3_bind_int64 (stmt, 3, stamp->ctime);
      sqlite3_bind_int64 (stmt, 4, (sqlite3_int64) stamp->inode);
      rc = sqlite3_step (stmt);
      rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      g_debug ("The library folders were not recorded: %s", sqlite3_errstr (rc));
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
    }
}

gboolean
cmq_index_folders_unchanged (CmqIndex *self)
{
  g_autoptr (GHashTable) recorded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = NULL;
  gboolean unchanged;
  int rc;

  g_return_val_if_fail (CMQ_IS_INDEX (self), FALSE);

  g_mutex_lock (&self->lock);
  rc = sqlite3_prepare_v2 (self->db, "SELECT path, mtime, ctime, inode FROM folders", -1, &stmt,
                           NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FolderStamp *stamp = g_new0 (FolderStamp, 1);

      stamp->mtime = sqlite3_column_int64 (stmt, 1);
      stamp->ctime = sqlite3_column_int64 (stmt, 2);
      stamp->inode = sqlite3_column_int64 (stmt, 3);
      g_hash_table_replace (recorded, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                            stamp);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  unchanged = rc == SQLITE_DONE && self->folders != NULL;
  for (guint i = 0; unchanged && self->folders[i] != NULL; i++)
    {
      g_autofree char *path = g_canonicalize_filename (self->folders[i], NULL);
      FolderStamp *old = g_hash_table_lookup (recorded, path);
      FolderStamp now;

      cmq_index_stamp_folder (path, &now);
      unchanged = old != NULL && old->mtime == now.mtime && old->ctime == now.ctime &&
                  old->inode == now.inode;
      g_hash_table_add (listed, g_steal_pointer (&now.path));
    }
  /* Files of a folder no longer listed are still in the index. */
  unchanged = unchanged && g_hash_table_size (listed) == g_hash_table_size (recorded);
  g_mutex_unlock (&self->lock);
  return unchanged;
}

/* Scanning */

/* readdir and fstatat rather than GFileEnumerator: at 100,000 files the scan is most of the time
 * a start with nothing changed takes, and GFileInfo costs as much again as the stat calls. */
void
cmq_index_scan_folder (const char *folder, GPtrArray *scanned, GHashTable *seen,
                       GCancellable *cancellable)
{
  DIR *dir = opendir (folder);
  struct dirent *entry;

  if (dir == NULL)
    {
      if (errno != ENOENT)
        g_warning ("Cannot read the folder %s: %s", folder, g_strerror (errno));
      return;
    }

  while ((entry = readdir (dir)) != NULL && !g_cancellable_is_cancelled (cancellable))
    {
      struct stat st;
      ScannedFile *file;

      /* Whatever is named like a release is listed: a pipe, socket or device, a folder, a link
       * to nothing or back to itself. Reading it (cmq_importer_read_file()) refuses it without
       * opening it, and the files table then says why it is not a release. One that cannot be
       * looked at is listed with no size, time or inode, as a file that must be read. */
      if (entry->d_name[0] == '.' || !g_str_has_suffix (entry->d_name, ".txt"))
        continue;
      if (fstatat (dirfd (dir), entry->d_name, &st, 0) != 0)
        memset (&st, 0, sizeof st);

      file = g_new0 (ScannedFile, 1);
      file->path = g_build_filename (folder, entry->d_name, NULL);
      if (!g_hash_table_add (seen, file->path))
        {
          cmq_index_scanned_file_free (file); /* a folder listed twice */
          continue;
        }
      file->size = st.st_size;
      file->mtime = (gint64) st.st_mtim.tv_sec * G_USEC_PER_SEC + st.st_mtim.tv_nsec / 1000;
      file->inode = st.st_ino;
      g_ptr_array_add (scanned, file);
    }
  closedir (dir);
}

int
cmq_index_compare_scanned (gconstpointer a, gconstpointer b)
{
  return strcmp ((*(ScannedFile *const *) a)->path, (*(ScannedFile *const *) b)->path);
}

GHashTable *
cmq_index_load_known_files (sqlite3 *db, int *rc_out)
{
  GHashTable *known = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                             (GDestroyNotify) cmq_index_scanned_file_free);
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "SELECT path, size, mtime, inode FROM files", -1, &stmt, NULL);

  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ScannedFile *file = g_new0 (ScannedFile, 1);

      file->path = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      file->size = sqlite3_column_int64 (stmt, 1);
      file->mtime = sqlite3_column_int64 (stmt, 2);
      file->inode = sqlite3_column_int64 (stmt, 3);
      g_hash_table_replace (known, file->path, file);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  *rc_out = rc == SQLITE_DONE ? SQLITE_OK : rc;
  return known;
}
