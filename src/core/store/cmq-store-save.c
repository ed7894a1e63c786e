/* cmq-store-save.c: loading, watching and saving the store's file.
 *
 * A save first rereads the file and merges what another program changed, so it never writes over
 * someone else's edit, then replaces the file atomically and durably (through a symbolic link, not
 * over it). A failed save keeps everything in memory and is retried with a doubling delay. The
 * file is watched and merged on change; our own saves are told apart by checksum. A file that does
 * not parse is moved aside, never written over.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-store"

#include <glib/gi18n.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmq-store-private.h"

static void save_failed (CmqStore *self, const GError *error);
static void remove_stale_temporaries (CmqStore *self);

static void
remember_synced (CmqStore *self)
{
  GHashTableIter iter;
  CmqStoreEntry *entry;

  g_hash_table_remove_all (self->synced);
  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &entry))
    g_hash_table_insert (self->synced, g_strdup (entry->id), g_date_time_ref (entry->modified));
}

/* Everything in memory must reach the file, e.g. after the file vanished or was moved aside. */
static void
mark_all_dirty (CmqStore *self)
{
  GHashTableIter iter;
  const char *id;

  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
    g_hash_table_add (self->dirty, g_strdup (id));
  self->pending = TRUE;
}

/* Moves the unreadable file aside and records why. FALSE when it could not be moved: then it must
 * not be saved over either. */
static gboolean
handle_bad_file (CmqStore *self, const GError *parse_error, gboolean on_load, GError **error)
{
  g_autofree char *aside = cmq_store_move_aside (self, error);
  g_autofree char *backup_used = NULL;
  CmqStoreProblemKind kind = g_error_matches (parse_error, CMQ_STORE_ERROR, CMQ_STORE_ERROR_NEWER)
                                 ? CMQ_STORE_PROBLEM_NEWER_MOVED_ASIDE
                                 : CMQ_STORE_PROBLEM_CORRUPT_MOVED_ASIDE;

  if (aside == NULL)
    return FALSE;
  g_message ("%s: %s; moved aside as %s", self->path, parse_error->message, aside);

  g_clear_pointer (&self->known_checksum, g_free);
  if (on_load)
    {
      g_autoptr (GHashTable) backup = cmq_store_load_newest_backup (self, &backup_used);

      if (backup != NULL)
        {
          GHashTableIter iter;
          CmqStoreEntry *entry;

          g_hash_table_iter_init (&iter, backup);
          while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &entry))
            cmq_store_merge_entry (self, entry, CMQ_STORE_MERGE_BACKUP);
        }
    }
  /* On a reload, memory already holds the newest state; either way it must be written anew so the
   * next start does not begin empty. */
  mark_all_dirty (self);
  cmq_store_set_problem (self, kind, aside, backup_used);
  cmq_store_schedule_save (self);
  cmq_store_emit_problem (self);
  return TRUE;
}

static void schedule_reload (CmqStore *self, guint delay_ms);

/* Reads the file and merges what changed since we last read or wrote it. FALSE when the file
 * exists but cannot be read or moved aside: then it must not be written. @patient (reloads the
 * file monitor asked for): a file that does not parse is only taken for damaged when it is still
 * the same a moment later. */
static gboolean
reload (CmqStore *self, gboolean on_load, gboolean patient, GError **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *checksum = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GHashTable) incoming = NULL;
  gsize length = 0;

  if (!cmq_store_read_file (self->path, &contents, &length, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        {
          /* Gone (or never there): what we hold must be written back. */
          g_clear_pointer (&self->known_checksum, g_free);
          if (g_hash_table_size (self->entries) > 0 && !on_load)
            {
              mark_all_dirty (self);
              cmq_store_schedule_save (self);
            }
          return TRUE;
        }
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  checksum = cmq_store_checksum (contents, length);
  if (g_strcmp0 (checksum, self->known_checksum) == 0)
    return TRUE;

  incoming = cmq_store_parse (contents, length, &local_error);
  if (incoming == NULL && patient && g_strcmp0 (checksum, self->suspect_checksum) != 0)
    {
      /* Perhaps a program writing the file in place, caught halfway: look again in a moment. */
      g_free (self->suspect_checksum);
      self->suspect_checksum = g_steal_pointer (&checksum);
      schedule_reload (self, CMQ_STORE_SETTLE_MS);
      return TRUE;
    }
  g_clear_pointer (&self->suspect_checksum, g_free);
  if (incoming == NULL)
    return handle_bad_file (self, local_error, on_load, error);

  cmq_store_merge_external (self, incoming);
  g_free (self->known_checksum);
  self->known_checksum = g_steal_pointer (&checksum);
  if (self->pending)
    cmq_store_schedule_save (self);
  return TRUE;
}

static gboolean
reload_cb (gpointer user_data)
{
  CmqStore *self = CMQ_STORE (user_data);
  g_autoptr (GError) error = NULL;

  g_clear_pointer (&self->reload_source, g_source_unref);
  if (!reload (self, FALSE, TRUE, &error))
    g_debug ("Could not reload %s: %s", self->path, error->message);
  return G_SOURCE_REMOVE;
}

static void
schedule_reload (CmqStore *self, guint delay_ms)
{
  cmq_store_clear_source (&self->reload_source);
  self->reload_source = g_timeout_source_new (delay_ms);
  g_source_set_callback (self->reload_source, reload_cb, self, NULL);
  g_source_set_static_name (self->reload_source, "[cmq] store reload");
  g_source_attach (self->reload_source, self->context);
}

static void
file_changed_cb (GFileMonitor *monitor, GFile *file, GFile *other_file, GFileMonitorEvent event,
                 gpointer user_data)
{
  CmqStore *self = CMQ_STORE (user_data);

  if (event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED ||
      event == G_FILE_MONITOR_EVENT_PRE_UNMOUNT || event == G_FILE_MONITOR_EVENT_UNMOUNTED)
    return;
  /* A writer emits several events; read once they settle. */
  schedule_reload (self, 100);
}

gboolean
cmq_store_load (CmqStore *self, GError **error)
{
  g_autofree char *dir = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (CMQ_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  dir = g_path_get_dirname (self->path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    g_debug ("Could not create %s; saving will tell", dir);
  remove_stale_temporaries (self);

  if (self->monitor == NULL)
    {
      file = g_file_new_for_path (self->path);
      self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, &local_error);
      if (self->monitor == NULL)
        g_warning ("Cannot watch %s: %s", self->path, local_error->message);
      else
        g_signal_connect (self->monitor, "changed", G_CALLBACK (file_changed_cb), self);
    }

  if (!reload (self, TRUE, FALSE, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Could not read your notes from “%s”: %s"), self->path, local_error->message);
      return FALSE;
    }

  /* A damaged file was moved aside: write what we started from now, not in a moment, or a crash
   * in between would start the next run empty. A failure is retried like any other. */
  if (self->pending)
    {
      cmq_store_clear_source (&self->save_source);
      if (!cmq_store_save (self, &local_error))
        save_failed (self, local_error);
    }
  return TRUE;
}

/* g_file_set_contents_full() replaces a symbolic link by a file: a person who linked the file
 * into a synchronised folder must keep the link, so write where it points, also when the target
 * is missing (the folder not mounted yet: then the save fails and is retried, the link stays). */
static char *
write_target (const char *path)
{
  g_autofree char *current = g_strdup (path);

  for (guint depth = 0; depth < 40 && g_file_test (current, G_FILE_TEST_IS_SYMLINK); depth++)
    {
      g_autofree char *link = g_file_read_link (current, NULL);
      g_autofree char *dir = NULL;

      if (link == NULL)
        break;
      if (g_path_is_absolute (link))
        {
          g_free (current);
          current = g_steal_pointer (&link);
          continue;
        }
      dir = g_path_get_dirname (current);
      g_free (current);
      current = g_build_filename (dir, link, NULL);
    }
  return g_steal_pointer (&current);
}

#define LOCK_BUSY (-2)

/* Two Communiqué processes on one file must not interleave their reread-merge-write, or one would
 * write back a file read before the other's save and drop it. The lock is on the folder, so no
 * lock file appears next to the notes. Returns the locked descriptor; -1 where locks do not work
 * (saving goes on unlocked, as before); LOCK_BUSY when another process held it too long. */
static int
lock_folder (const char *dir, guint wait_ms, GError **error)
{
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  int saved_errno;

  if (fd < 0)
    return -1;
  for (guint waited_ms = 0;; waited_ms += 5)
    {
      if (flock (fd, LOCK_EX | LOCK_NB) == 0)
        return fd;
      saved_errno = errno;
      if (saved_errno == EINTR)
        continue;
      if (saved_errno != EWOULDBLOCK || waited_ms >= wait_ms)
        break;
      g_usleep (5000);
    }
  close (fd);
  if (saved_errno != EWOULDBLOCK)
    {
      g_debug ("Cannot lock %s: %s", dir, g_strerror (saved_errno));
      return -1;
    }
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_BUSY,
               _("Another program kept the folder busy for too long"));
  return LOCK_BUSY;
}

static void
unlock_folder (int fd)
{
  if (fd >= 0)
    close (fd);
}

/* g_file_set_contents_full() writes "NAME.XXXXXX" next to the file, then renames it over the
 * file: a process killed in between leaves the temporary file behind, for ever. */
static gboolean
is_temporary_name (const char *name, const char *base)
{
  size_t base_length = strlen (base);

  if (strncmp (name, base, base_length) != 0 || name[base_length] != '.')
    return FALSE;
  name += base_length + 1;
  for (guint i = 0; i < 6; i++)
    if (!g_ascii_isalnum (name[i]))
      return FALSE;
  return name[6] == '\0';
}

/* Removes what killed saves left behind, and only that: names of g_file_set_contents_full()'s
 * pattern for our file (backups and damaged files moved aside have other names), plain files of
 * ours that only we can read, as every save writes them, and not written to for
 * CMQ_STORE_STALE_TEMPORARY_SECONDS. It is done under the folder's lock, taken without waiting:
 * a save holds it from before its temporary file is made until it is renamed, so while another
 * instance saves nothing is touched, and where locks do not work nothing is either. */
static void
remove_stale_temporaries (CmqStore *self)
{
  g_autofree char *dir = g_path_get_dirname (self->path);
  g_autofree char *target = write_target (self->path);
  g_autofree char *target_dir = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autoptr (GDir) listing = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;
  int lock_fd = lock_folder (dir, 0, NULL);

  if (lock_fd < 0)
    return;
  listing = g_dir_open (target_dir, 0, NULL);
  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf st;

      if (!is_temporary_name (name, base))
        continue;
      path = g_build_filename (target_dir, name, NULL);
      if (g_strcmp0 (path, target) == 0 || g_strcmp0 (path, self->path) == 0 ||
          g_lstat (path, &st) != 0 || !S_ISREG (st.st_mode) || st.st_uid != getuid () ||
          (st.st_mode & 077) != 0 || now - st.st_mtime < CMQ_STORE_STALE_TEMPORARY_SECONDS)
        continue;
      if (g_unlink (path) == 0)
        g_debug ("Removed %s, left by a save that did not finish", path);
      else
        g_debug ("Could not remove %s: %s", path, g_strerror (errno));
    }
  unlock_folder (lock_fd);
}

/* The notes just written, for the ids that were written because they changed. */
static void
remember_written (CmqStore *self)
{
  GHashTableIter iter;
  const char *id;

  g_hash_table_iter_init (&iter, self->dirty);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
    {
      CmqStoreEntry *entry = g_hash_table_lookup (self->entries, id);
      GPtrArray *written = g_hash_table_lookup (self->written, id);

      if (entry == NULL || entry->note[0] == '\0')
        continue;
      if (written == NULL)
        {
          written = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (self->written, g_strdup (id), written);
        }
      if (written->len > 0 &&
          g_str_equal (g_ptr_array_index (written, written->len - 1), entry->note))
        continue;
      if (written->len >= CMQ_STORE_N_WRITTEN)
        g_ptr_array_remove_index (written, 0);
      g_ptr_array_add (written, g_strdup (entry->note));
    }
}

static gboolean
same_file (const char *data, gsize length, const char *checksum)
{
  g_autofree char *data_checksum = cmq_store_checksum (data, length);

  return g_strcmp0 (data_checksum, checksum) == 0;
}

static void
merge_replaced (CmqStore *self, const char *data, gsize length)
{
  g_autoptr (GHashTable) incoming = cmq_store_parse (data, length, NULL);

  if (incoming == NULL)
    return; /* half written, or not ours: nothing to merge */
  g_debug ("%s was written by another program during a save; merging it", self->path);
  cmq_store_merge_external (self, incoming);
  if (self->pending)
    cmq_store_schedule_save (self);
}

gboolean
cmq_store_save (CmqStore *self, GError **error)
{
  g_autofree char *data = NULL;
  g_autoptr (GDateTime) now = cmq_store_now (self);
  g_autofree char *today = NULL;
  g_autofree char *target = NULL;
  g_autofree char *replaced = NULL;
  g_autofree char *merged_checksum = NULL;
  gsize length;
  gsize replaced_length = 0;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *dir = g_path_get_dirname (self->path);
  int lock_fd;

  g_mkdir_with_parents (dir, 0700);
  lock_fd = lock_folder (dir, CMQ_STORE_LOCK_WAIT_MS, &local_error);
  if (lock_fd == LOCK_BUSY)
    goto failed;

  /* Never write over what another program wrote since our last look. */
  if (!reload (self, FALSE, FALSE, &local_error))
    goto failed;

  /* The first save of each day keeps the file as it was (when there is one: known_checksum says
   * it exists and parsed; a damaged one was moved aside by reload()). */
  today = g_date_time_format (now, "%Y%m%d");
  if (g_strcmp0 (today, self->saved_day) != 0 && self->known_checksum != NULL &&
      !cmq_store_backup_if_new_day (self, &local_error))
    {
      /* A missing backup must not stop the notes themselves from being saved. */
      g_message ("Could not back up %s: %s", self->path, local_error->message);
      g_clear_error (&local_error);
    }

  if (self->write_hook != NULL && !self->write_hook (self, self->write_hook_data, &local_error))
    goto failed;

  data = cmq_store_serialize (self->entries, &length);
  target = write_target (self->path);
  if (!cmq_store_write_file (target, data, length, &replaced, &replaced_length, &local_error))
    goto failed;

  merged_checksum = g_steal_pointer (&self->known_checksum);
  self->known_checksum = cmq_store_checksum (data, length);
  remember_synced (self);
  remember_written (self);
  g_free (self->saved_day);
  self->saved_day = g_steal_pointer (&today);
  g_hash_table_remove_all (self->dirty);
  self->pending = FALSE;
  cmq_store_clear_source (&self->save_source);
  cmq_store_clear_source (&self->retry_source);
  self->retry_delay_ms = self->retry_min_ms;
  g_clear_error (&self->save_error);
  unlock_folder (lock_fd);
  /* Another program wrote the file between our read and our write (a sync tool does not take our
   * lock): what it wrote came back out of the swap; merge it as if read, and save again. */
  if (replaced != NULL && !same_file (replaced, replaced_length, merged_checksum))
    merge_replaced (self, replaced, replaced_length);
  cmq_store_emit_saved (self);
  return TRUE;

failed:
  unlock_folder (lock_fd);
  g_set_error (error, local_error->domain, local_error->code,
               _("Could not save your notes to “%s”: %s"), self->path, local_error->message);
  return FALSE;
}

static gboolean retry_cb (gpointer user_data);

/* Keeps the error, tells the window, and tries again later with a growing delay. */
static void
save_failed (CmqStore *self, const GError *error)
{
  g_clear_error (&self->save_error);
  self->save_error = g_error_copy (error);
  g_message ("%s", error->message);

  /* The retry does the saving from now on (a reload during the save may have asked for one). */
  cmq_store_clear_source (&self->save_source);

  if (self->retry_source == NULL)
    {
      self->retry_source = g_timeout_source_new (self->retry_delay_ms);
      g_source_set_callback (self->retry_source, retry_cb, self, NULL);
      g_source_set_static_name (self->retry_source, "[cmq] store retry");
      g_source_attach (self->retry_source, self->context);
      self->retry_delay_ms = MIN (self->retry_delay_ms * 2, CMQ_STORE_RETRY_MAX_MS);
    }
  cmq_store_emit_save_failed (self);
}

static gboolean
retry_cb (gpointer user_data)
{
  CmqStore *self = CMQ_STORE (user_data);
  g_autoptr (GError) error = NULL;

  g_clear_pointer (&self->retry_source, g_source_unref);
  if (!cmq_store_save (self, &error))
    save_failed (self, error);
  return G_SOURCE_REMOVE;
}

static gboolean
save_cb (gpointer user_data)
{
  CmqStore *self = CMQ_STORE (user_data);
  g_autoptr (GError) error = NULL;

  g_clear_pointer (&self->save_source, g_source_unref);
  if (!self->pending)
    return G_SOURCE_REMOVE;
  if (!cmq_store_save (self, &error))
    save_failed (self, error);
  return G_SOURCE_REMOVE;
}

void
cmq_store_schedule_save (CmqStore *self)
{
  /* While saving fails, the retry timer does the saving; a change does not hammer the disk. */
  if (self->save_source != NULL || self->retry_source != NULL)
    return;
  self->save_source = g_timeout_source_new (CMQ_STORE_SAVE_DELAY_MS);
  g_source_set_callback (self->save_source, save_cb, self, NULL);
  g_source_set_static_name (self->save_source, "[cmq] store save");
  g_source_attach (self->save_source, self->context);
}

gboolean
cmq_store_flush (CmqStore *self, GError **error)
{
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (CMQ_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!self->pending)
    return TRUE;
  cmq_store_clear_source (&self->save_source);
  if (!cmq_store_save (self, &local_error))
    {
      save_failed (self, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}
