/* cmq-store.c: favourites and notes, kept in memory and saved so that nothing is ever lost.
 *
 * The object, its signals and the edits. Every change is in memory at once and saved shortly
 * after (coalesced); loading, watching and saving the file are in cmq-store-save.c, the format in
 * cmq-store-io.c, merging, export and import in cmq-store-merge.c.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-store"

#include <glib/gi18n.h>

#include "cmq-store-export.h"
#include "cmq-store-private.h"

/* Not G_DEFINE_QUARK: clang-format spaces out the dashes of its first argument, and the quark's
 * name would carry the spaces. */
GQuark
cmq_store_error_quark (void)
{
  return g_quark_from_static_string ("cmq-store-error-quark");
}

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

static void
problem_free (CmqStoreProblem *problem)
{
  g_free (problem->aside_path);
  g_free (problem->backup_used);
  g_free (problem);
}

void
cmq_store_clear_source (GSource **source)
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

      if (!cmq_store_save (self, &error))
        g_warning ("Could not save %s on closing: %s", self->path, error->message);
    }

  cmq_store_clear_source (&self->save_source);
  cmq_store_clear_source (&self->retry_source);
  cmq_store_clear_source (&self->reload_source);
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
  g_clear_pointer (&self->written, g_hash_table_unref);
  g_free (self->known_checksum);
  g_free (self->suspect_checksum);
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
  self->written =
      g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  self->context = g_main_context_ref_thread_default ();
  self->retry_min_ms = CMQ_STORE_RETRY_MIN_MS;
  self->retry_delay_ms = CMQ_STORE_RETRY_MIN_MS;
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
cmq_store_set_retry_delay_for_testing (CmqStore *self, guint min_ms)
{
  g_return_if_fail (CMQ_IS_STORE (self));

  self->retry_min_ms = min_ms;
  self->retry_delay_ms = min_ms;
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
cmq_store_emit_saved (CmqStore *self)
{
  g_signal_emit (self, signals[SIGNAL_SAVED], 0);
}

void
cmq_store_emit_save_failed (CmqStore *self)
{
  g_signal_emit (self, signals[SIGNAL_SAVE_FAILED], 0, self->save_error);
}

void
cmq_store_emit_problem (CmqStore *self)
{
  g_signal_emit (self, signals[SIGNAL_PROBLEM], 0);
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

void
cmq_store_mark_dirty (CmqStore *self, const char *id)
{
  g_hash_table_add (self->dirty, g_strdup (id));
  self->pending = TRUE;
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
  cmq_store_about_from_release (entry, release);
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

CmqStoreEntry *
_cmq_store_begin_edit (CmqStore *self, CmqRelease *release)
{
  return begin_edit (self, release);
}

void
_cmq_store_end_edit (CmqStore *self, CmqStoreEntry *entry, CmqRelease *release)
{
  end_edit (self, entry, release);
}

void
_cmq_store_end_edit_entry (CmqStore *self, CmqStoreEntry *entry)
{
  touch (self, entry);
  cmq_store_mark_dirty (self, entry->id);
  cmq_store_schedule_save (self);
  cmq_store_emit_changed (self, entry->id);
}
