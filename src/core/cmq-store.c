/* cmq-store.c: favourites and notes, kept in memory and saved so that nothing is ever lost.
 *
 * Every change is in memory at once and saved shortly after (changes are coalesced), or at once
 * by cmq_store_flush(). A save first rereads the file and merges what another program changed, so
 * it never writes over someone else's edit, and then replaces the file atomically and durably. A
 * failed save keeps everything in memory and is retried with a growing delay. The file is watched
 * and merged on change, ignoring the events of our own saves by comparing checksums.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-store"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cmq-store-private.h"

G_DEFINE_QUARK (cmq - store - error - quark, cmq_store_error)

G_DEFINE_FINAL_TYPE (CmqStore, cmq_store, G_TYPE_OBJECT)

enum
{
  SIGNAL_CHANGED,
  SIGNAL_SAVE_FAILED,
  SIGNAL_SAVED,
  SIGNAL_PROBLEM,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean save (CmqStore *self, GError **error);

static void
problem_free (CmqStoreProblem *problem)
{
  g_free (problem->aside_path);
  g_free (problem->backup_used);
  g_free (problem);
}

static void
clear_source (GSource **source)
{
  if (*source == NULL)
    return;
  g_source_destroy (*source);
  g_clear_pointer (source, g_source_unref);
}

static void
cmq_store_dispose (GObject *object)
{
  CmqStore *self = CMQ_STORE (object);

  /* Last chance not to lose an edit made less than a second ago. */
  if (self->pending && self->entries != NULL)
    {
      g_autoptr (GError) error = NULL;

      if (!save (self, &error))
        g_warning ("Could not save %s on closing: %s", self->path, error->message);
    }

  clear_source (&self->save_source);
  clear_source (&self->retry_source);
  clear_source (&self->reload_source);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }

  G_OBJECT_CLASS (cmq_store_parent_class)->dispose (object);
}

static void
cmq_store_finalize (GObject *object)
{
  CmqStore *self = CMQ_STORE (object);

  g_free (self->path);
  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_clear_pointer (&self->dirty, g_hash_table_unref);
  g_clear_pointer (&self->synced, g_hash_table_unref);
  g_free (self->known_checksum);
  g_free (self->saved_day);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_clear_error (&self->save_error);
  g_clear_pointer (&self->problem, problem_free);

  G_OBJECT_CLASS (cmq_store_parent_class)->finalize (object);
}

static void
cmq_store_class_init (CmqStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cmq_store_dispose;
  object_class->finalize = cmq_store_finalize;

  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[SIGNAL_SAVE_FAILED] =
      g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                    NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                        NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_PROBLEM] = g_signal_new ("problem", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
cmq_store_init (CmqStore *self)
{
  self->entries = cmq_store_entries_new ();
  self->dirty = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->synced =
      g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_date_time_unref);
  self->context = g_main_context_ref_thread_default ();
  self->retry_delay_s = CMQ_STORE_RETRY_MIN_S;
}

char *
cmq_store_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "communique", "library.ini", NULL);
}

CmqStore *
cmq_store_new (const char *path)
{
  CmqStore *self;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (CMQ_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  return self;
}

const char *
cmq_store_get_path (CmqStore *self)
{
  g_return_val_if_fail (CMQ_IS_STORE (self), NULL);

  return self->path;
}

GDateTime *
cmq_store_now (CmqStore *self)
{
  if (self->clock != NULL)
    return self->clock (self->clock_data);
  return g_date_time_new_now_local ();
}

void
cmq_store_set_clock_for_testing (CmqStore *self, CmqStoreClock clock, gpointer user_data)
{
  g_return_if_fail (CMQ_IS_STORE (self));

  self->clock = clock;
  self->clock_data = user_data;
}

void
cmq_store_set_write_hook_for_testing (CmqStore *self, CmqStoreWriteHook hook, gpointer user_data)
{
  g_return_if_fail (CMQ_IS_STORE (self));

  self->write_hook = hook;
  self->write_hook_data = user_data;
}

void
cmq_store_emit_changed (CmqStore *self, const char *id)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, id);
}

void
cmq_store_set_problem (CmqStore *self, CmqStoreProblemKind kind, const char *aside_path,
                       const char *backup_used)
{
  g_clear_pointer (&self->problem, problem_free);
  self->problem = g_new0 (CmqStoreProblem, 1);
  self->problem->kind = kind;
  self->problem->aside_path = g_strdup (aside_path);
  self->problem->backup_used = g_strdup (backup_used);
}

const CmqStoreProblem *
cmq_store_get_problem (CmqStore *self)
{
  g_return_val_if_fail (CMQ_IS_STORE (self), NULL);

  return self->problem;
}

const GError *
cmq_store_get_save_error (CmqStore *self)
{
  g_return_val_if_fail (CMQ_IS_STORE (self), NULL);

  return self->save_error;
}

gboolean
cmq_store_has_pending_changes (CmqStore *self)
{
  g_return_val_if_fail (CMQ_IS_STORE (self), FALSE);

  return self->pending;
}

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

void
cmq_store_mark_dirty (CmqStore *self, const char *id)
{
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
  g_signal_emit (self, signals[SIGNAL_PROBLEM], 0);
  return TRUE;
}

/* Reads the file and merges what changed since we last read or wrote it. FALSE when the file
 * exists but cannot be read or moved aside: then it must not be written. */
static gboolean
reload (CmqStore *self, gboolean on_load, GError **error)
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
  if (!reload (self, FALSE, &error))
    g_debug ("Could not reload %s: %s", self->path, error->message);
  return G_SOURCE_REMOVE;
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
  clear_source (&self->reload_source);
  self->reload_source = g_timeout_source_new (100);
  g_source_set_callback (self->reload_source, reload_cb, self, NULL);
  g_source_set_static_name (self->reload_source, "[cmq] store reload");
  g_source_attach (self->reload_source, self->context);
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

  if (self->monitor == NULL)
    {
      file = g_file_new_for_path (self->path);
      self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, &local_error);
      if (self->monitor == NULL)
        g_warning ("Cannot watch %s: %s", self->path, local_error->message);
      else
        g_signal_connect (self->monitor, "changed", G_CALLBACK (file_changed_cb), self);
    }

  if (!reload (self, TRUE, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Could not read your notes from “%s”: %s"), self->path, local_error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
save (CmqStore *self, GError **error)
{
  g_autofree char *data = NULL;
  g_autoptr (GDateTime) now = cmq_store_now (self);
  g_autofree char *today = NULL;
  gsize length;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *dir = g_path_get_dirname (self->path);

  g_mkdir_with_parents (dir, 0700);

  /* Never write over what another program wrote since our last look. */
  if (!reload (self, FALSE, &local_error))
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
  if (!g_file_set_contents_full (self->path, data, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE, 0600,
                                 &local_error))
    goto failed;

  g_free (self->known_checksum);
  self->known_checksum = cmq_store_checksum (data, length);
  remember_synced (self);
  g_free (self->saved_day);
  self->saved_day = g_steal_pointer (&today);
  g_hash_table_remove_all (self->dirty);
  self->pending = FALSE;
  clear_source (&self->save_source);
  clear_source (&self->retry_source);
  self->retry_delay_s = CMQ_STORE_RETRY_MIN_S;
  g_clear_error (&self->save_error);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0);
  return TRUE;

failed:
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
  clear_source (&self->save_source);

  if (self->retry_source == NULL)
    {
      self->retry_source = g_timeout_source_new_seconds (self->retry_delay_s);
      g_source_set_callback (self->retry_source, retry_cb, self, NULL);
      g_source_set_static_name (self->retry_source, "[cmq] store retry");
      g_source_attach (self->retry_source, self->context);
      self->retry_delay_s = MIN (self->retry_delay_s * 2, CMQ_STORE_RETRY_MAX_S);
    }
  g_signal_emit (self, signals[SIGNAL_SAVE_FAILED], 0, self->save_error);
}

static gboolean
retry_cb (gpointer user_data)
{
  CmqStore *self = CMQ_STORE (user_data);
  g_autoptr (GError) error = NULL;

  g_clear_pointer (&self->retry_source, g_source_unref);
  if (!save (self, &error))
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
  if (!save (self, &error))
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
  clear_source (&self->save_source);
  if (!save (self, &local_error))
    {
      save_failed (self, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

gboolean
cmq_store_restore_backup (CmqStore *self, GError **error)
{
  g_autofree char *backup_used = NULL;
  g_autoptr (GHashTable) backup = NULL;
  GHashTableIter iter;
  CmqStoreEntry *entry;

  g_return_val_if_fail (CMQ_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  backup = cmq_store_load_newest_backup (self, &backup_used);
  if (backup == NULL)
    {
      g_set_error (error, CMQ_STORE_ERROR, CMQ_STORE_ERROR_NO_BACKUP,
                   _("There is no backup of your notes that can be read"));
      return FALSE;
    }

  g_hash_table_iter_init (&iter, backup);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &entry))
    cmq_store_merge_entry (self, entry, CMQ_STORE_MERGE_BACKUP);
  if (self->pending)
    cmq_store_schedule_save (self);
  return TRUE;
}

static CmqStoreEntry *
lookup (CmqStore *self, const char *id)
{
  g_return_val_if_fail (CMQ_IS_STORE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->entries, id);
}

gboolean
cmq_store_get_favourite (CmqStore *self, const char *id)
{
  CmqStoreEntry *entry = lookup (self, id);

  return entry != NULL && entry->favourite;
}

const char *
cmq_store_get_note (CmqStore *self, const char *id)
{
  CmqStoreEntry *entry = lookup (self, id);

  return entry != NULL ? entry->note : "";
}

/* A local edit is always newer than what it replaces, even if the clock stepped back. */
static void
touch (CmqStore *self, CmqStoreEntry *entry)
{
  g_autoptr (GDateTime) now = cmq_store_now (self);

  if (entry->modified != NULL && g_date_time_compare (now, entry->modified) <= 0)
    {
      GDateTime *later = g_date_time_add (entry->modified, 1);

      g_date_time_unref (now);
      now = later;
    }
  g_clear_pointer (&entry->modified, g_date_time_unref);
  entry->modified = g_date_time_ref (now);
  if (entry->created == NULL)
    entry->created = g_date_time_ref (now);
}

static CmqStoreEntry *
begin_edit (CmqStore *self, CmqRelease *release)
{
  const char *id = cmq_release_get_id (release);
  CmqStoreEntry *entry = g_hash_table_lookup (self->entries, id);

  if (entry == NULL)
    {
      entry = cmq_store_entry_new (id);
      g_hash_table_insert (self->entries, entry->id, entry);
    }
  return entry;
}

static void
end_edit (CmqStore *self, CmqStoreEntry *entry, CmqRelease *release)
{
  const char *title = cmq_release_get_title (release);
  const char *date = cmq_release_get_date (release);

  /* Copies, so a note whose release is gone still says what it was about. */
  if (title != NULL && g_strcmp0 (title, entry->title) != 0)
    {
      g_free (entry->title);
      entry->title = g_strdup (title);
    }
  if (date != NULL && g_strcmp0 (date, entry->date) != 0)
    {
      g_free (entry->date);
      entry->date = g_strdup (date);
    }
  touch (self, entry);
  cmq_store_mark_dirty (self, entry->id);
  cmq_store_schedule_save (self);
  cmq_store_emit_changed (self, entry->id);
}

void
cmq_store_set_favourite (CmqStore *self, CmqRelease *release, gboolean favourite)
{
  CmqStoreEntry *entry;

  g_return_if_fail (CMQ_IS_STORE (self));
  g_return_if_fail (CMQ_IS_RELEASE (release));

  if (cmq_store_get_favourite (self, cmq_release_get_id (release)) == !!favourite)
    return;
  entry = begin_edit (self, release);
  entry->favourite = !!favourite;
  end_edit (self, entry, release);
}

void
cmq_store_set_note (CmqStore *self, CmqRelease *release, const char *note)
{
  CmqStoreEntry *entry;
  g_autofree char *valid = NULL;

  g_return_if_fail (CMQ_IS_STORE (self));
  g_return_if_fail (CMQ_IS_RELEASE (release));

  valid = g_utf8_make_valid (note != NULL ? note : "", -1);
  if (g_strcmp0 (cmq_store_get_note (self, cmq_release_get_id (release)), valid) == 0)
    return;
  entry = begin_edit (self, release);
  g_free (entry->note);
  entry->note = g_steal_pointer (&valid);
  end_edit (self, entry, release);
}
