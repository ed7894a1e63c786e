/* cmq-context.c: the services of a running Communiqué, kept in step (see cmq-context.h).
 *
 * Updates: a folder change waits UPDATE_DELAY_MS for the rest of its burst, then starts one
 * update. While an update runs no other starts: changes that come meanwhile set `pending`, and
 * the update's end starts the next one, which sees all of them. So a large import (thousands of
 * files arriving over a minute) costs a few updates one after another, never a queue of threads
 * waiting on the index's lock.
 *
 * The index file: SQLite keeps reading a deleted file through its open handle, but every update
 * opens the file again by its name and finds an empty one. Before each update, when the file is
 * reported gone or replaced, and when an update fails, the context compares the file's device and
 * inode with those it opened; when they differ it drops the index and opens the path again, which
 * rebuilds it, then updates it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-context"

#include <glib/gstdio.h>

#include "cmq-context-follow.h"
#include "cmq-context.h"
#include "cmq-store-private.h"

/* A burst of folder changes (a copy of many files) is one update. */
#define UPDATE_DELAY_MS 200

struct _CmqContext
{
  GObject parent_instance;

  CmqLibrary *library;
  CmqIndex *index;
  CmqStore *store;
  char *index_path; /* as asked for: NULL is the default path */

  /* The file the index opened, to see it deleted or replaced. */
  gboolean index_identified;
  dev_t index_device;
  ino_t index_inode;
  GFileMonitor *index_monitor;

  GCancellable *cancellable; /* of the running update; cancelled by shutdown */
  gboolean running;          /* an update runs */
  gboolean pending;          /* folders changed while it ran: one more after it */
  gboolean following;        /* the store's entries follow their releases (after an update) */
  gboolean followed_once;    /* a pass ran since the start (the file may have changed while
                              * Communiqué was not running, and another program updated the
                              * index) */
  guint update_source;       /* a burst of folder changes is being waited out */

  GHashTable *pushed; /* id → the note the index was given, for the index in use */
  guint changed_source;
  gboolean shut_down;
};

G_DEFINE_FINAL_TYPE (CmqContext, cmq_context, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_INDEX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  SIGNAL_CHANGED,
  SIGNAL_PROGRESS,
  SIGNAL_UPDATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void start_update (CmqContext *self);

/* "changed", once for a burst */

static gboolean
emit_changed_cb (gpointer user_data)
{
  CmqContext *self = user_data;

  self->changed_source = 0;
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
  return G_SOURCE_REMOVE;
}

static void
schedule_changed (CmqContext *self)
{
  if (self->changed_source == 0 && !self->shut_down)
    self->changed_source = g_idle_add_full (G_PRIORITY_DEFAULT, emit_changed_cb, self, NULL);
}

/* Notes */

/* Gives the index every note that it does not have from us yet. */
static void
push_notes (CmqContext *self)
{
  g_autoptr (GPtrArray) entries = NULL;

  if (self->store == NULL)
    return;
  entries = cmq_store_dup_entries (self->store);
  for (guint i = 0; i < entries->len; i++)
    {
      CmqStoreEntry *entry = g_ptr_array_index (entries, i);
      const char *pushed = g_hash_table_lookup (self->pushed, entry->id);
      g_autofree char *text = cmq_store_entry_dup_search_text (entry);

      if (g_strcmp0 (pushed, text) == 0)
        continue;
      cmq_index_set_note (self->index, entry->id, text);
      g_hash_table_replace (self->pushed, g_strdup (entry->id), g_steal_pointer (&text));
    }
}

static void
store_changed_cb (CmqStore *store, const char *id, CmqContext *self)
{
  /* The note and the highlights' words and notes are searched as the release's notes. */
  g_autofree char *text = cmq_store_dup_search_text (store, id);

  /* A star is not in the index, but it is in what the list shows. */
  if (g_strcmp0 (g_hash_table_lookup (self->pushed, id), text) != 0)
    {
      cmq_index_set_note (self->index, id, text);
      g_hash_table_replace (self->pushed, g_strdup (id), g_steal_pointer (&text));
    }
  schedule_changed (self);
}

/* The index file */

static gboolean
stat_index (CmqContext *self, GStatBuf *buf)
{
  return g_stat (cmq_index_get_path (self->index), buf) == 0;
}

static void
remember_index_file (CmqContext *self)
{
  GStatBuf buf;

  /* A private temporary index (or one in memory) is ours alone. */
  self->index_identified = !cmq_index_is_fallback (self->index) && stat_index (self, &buf);
  if (self->index_identified)
    {
      self->index_device = buf.st_dev;
      self->index_inode = buf.st_ino;
    }
}

static gboolean
index_file_replaced (CmqContext *self)
{
  GStatBuf buf;

  if (!self->index_identified)
    return FALSE;
  return !stat_index (self, &buf) || buf.st_dev != self->index_device ||
         buf.st_ino != self->index_inode;
}

static void index_progress_cb (CmqIndex *index, guint done, guint total, CmqContext *self);
static void index_changed_cb (CmqIndex *index, CmqContext *self);
static void index_file_changed_cb (GFileMonitor *monitor, GFile *file, GFile *other,
                                   GFileMonitorEvent event, CmqContext *self);

static void
open_index (CmqContext *self)
{
  g_autoptr (GFile) file = NULL;

  self->index = cmq_index_new (self->index_path);
  g_signal_connect (self->index, "progress", G_CALLBACK (index_progress_cb), self);
  g_signal_connect (self->index, "changed", G_CALLBACK (index_changed_cb), self);
  remember_index_file (self);
  g_hash_table_remove_all (self->pushed);

  g_clear_object (&self->index_monitor);
  if (!self->index_identified)
    return;
  file = g_file_new_for_path (cmq_index_get_path (self->index));
  self->index_monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->index_monitor != NULL)
    g_signal_connect (self->index_monitor, "changed", G_CALLBACK (index_file_changed_cb), self);
}

static void
close_index (CmqContext *self)
{
  if (self->index_monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->index_monitor, self);
      g_file_monitor_cancel (self->index_monitor);
      g_clear_object (&self->index_monitor);
    }
  if (self->index != NULL)
    g_signal_handlers_disconnect_by_data (self->index, self);
  g_clear_object (&self->index);
}

/* Opens the index again when its file was deleted or replaced; TRUE when it did. Not while an
 * update runs: that update holds the old one, and its end checks again. */
static gboolean
reopen_index_if_replaced (CmqContext *self)
{
  g_autofree char *path = NULL;

  if (self->running || !index_file_replaced (self))
    return FALSE;

  path = g_strdup (cmq_index_get_path (self->index));
  g_message ("The search index %s was deleted or replaced; building it again", path);
  /* The old database is closed before the new one opens: a new file must not meet the old
   * one's write-ahead log. Leftovers of a deleted file are the old one's. */
  close_index (self);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    for (const char *const *suffix = (const char *const[]){ "-wal", "-shm", "-journal", NULL };
         *suffix != NULL; suffix++)
      {
        g_autofree char *name = g_strconcat (path, *suffix, NULL);

        g_unlink (name);
      }
  open_index (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDEX]);
  schedule_changed (self);
  return TRUE;
}

static void
index_file_changed_cb (GFileMonitor *monitor, GFile *file, GFile *other, GFileMonitorEvent event,
                       CmqContext *self)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    case G_FILE_MONITOR_EVENT_RENAMED:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
      /* Through the update, which checks the file first: one way for every cause. */
      if (index_file_replaced (self))
        cmq_context_update (self);
      break;
    default:
      break;
    }
}

static void
index_progress_cb (CmqIndex *index, guint done, guint total, CmqContext *self)
{
  g_signal_emit (self, signals[SIGNAL_PROGRESS], 0, done, total);
}

static void
index_changed_cb (CmqIndex *index, CmqContext *self)
{
  schedule_changed (self);
}

/* Updates */

typedef struct
{
  CmqContext *self; /* a reference */
  CmqIndex *index;  /* the index updated, a reference */
} UpdateData;

static void
followed_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (CmqContext) self = user_data;
  g_autoptr (GError) error = NULL;
  CmqContextFollowStats stats;

  self->following = FALSE;
  g_clear_object (&self->cancellable);
  if (!cmq_context_follow_finish (CMQ_STORE (source), result, &stats, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Highlights and notes could not follow their releases: %s", error->message);
    }
  else if (stats.n_releases > 0)
    g_debug ("%u edited releases: %u highlights moved to the new text, %u detached",
             stats.n_releases, stats.n_moved, stats.n_detached);
  if (self->pending && !self->shut_down)
    {
      self->pending = FALSE;
      start_update (self);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_UPDATED], 0);
}

/* The store's entries whose release got another id (its file was edited) follow it there; see
 * cmq-context-follow.c. Counts as part of the update: no other starts meanwhile. */
static void
start_follow (CmqContext *self)
{
  self->following = TRUE;
  self->followed_once = TRUE;
  self->cancellable = g_cancellable_new ();
  cmq_context_follow_async (self->index, self->store, self->cancellable, followed_cb,
                            g_object_ref (self));
}

static void
updated_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  UpdateData *data = user_data;
  g_autoptr (CmqContext) self = data->self;
  g_autoptr (CmqIndex) index = data->index;
  g_autoptr (GError) error = NULL;
  CmqIndexStats stats = { 0 };

  g_free (data);
  self->running = FALSE;
  g_clear_object (&self->cancellable);
  if (!cmq_index_update_finish (index, result, &stats, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->shut_down)
        {
          g_signal_emit (self, signals[SIGNAL_UPDATED], 0);
          return;
        }
      /* Maybe because the file went: then the next update builds it again. */
      if (!index_file_replaced (self))
        g_warning ("The library could not be indexed: %s", error->message);
      else
        self->pending = TRUE;
    }
  else
    g_debug ("Indexed %u files: %u imported, %u removed, %u skipped; %u releases", stats.n_files,
             stats.n_imported, stats.n_removed, stats.n_skipped, stats.n_releases);

  if (self->pending || index_file_replaced (self))
    {
      self->pending = FALSE;
      start_update (self);
      return;
    }
  if (error == NULL && self->store != NULL &&
      (!self->followed_once || stats.n_imported > 0 || stats.n_removed > 0))
    {
      start_follow (self);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_UPDATED], 0);
}

static void
start_update (CmqContext *self)
{
  g_auto (GStrv) folders = NULL;
  UpdateData *data;

  g_clear_handle_id (&self->update_source, g_source_remove);
  if (self->shut_down)
    return;
  if (self->running || self->following)
    {
      self->pending = TRUE;
      return;
    }

  reopen_index_if_replaced (self);
  folders = cmq_library_dup_directory_paths (self->library);
  cmq_index_set_folders (self->index, (const char *const *) folders);
  push_notes (self);

  self->running = TRUE;
  self->cancellable = g_cancellable_new ();
  data = g_new0 (UpdateData, 1);
  data->self = g_object_ref (self);
  data->index = g_object_ref (self->index);
  cmq_index_update_async (self->index, self->cancellable, updated_cb, data);
}

static gboolean
update_timeout_cb (gpointer user_data)
{
  CmqContext *self = user_data;

  self->update_source = 0;
  start_update (self);
  return G_SOURCE_REMOVE;
}

static void
folders_changed_cb (CmqLibrary *library, CmqContext *self)
{
  if (self->update_source == 0 && !self->shut_down)
    self->update_source = g_timeout_add (UPDATE_DELAY_MS, update_timeout_cb, self);
}

void
cmq_context_update (CmqContext *self)
{
  g_return_if_fail (CMQ_IS_CONTEXT (self));

  start_update (self);
}

gboolean
cmq_context_is_updating (CmqContext *self)
{
  g_return_val_if_fail (CMQ_IS_CONTEXT (self), FALSE);

  return self->running || self->following || self->pending || self->update_source != 0;
}

/* Known ids */

static void
known_ids_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  g_autoptr (CmqQuery) all = cmq_query_parse ("", CMQ_QUERY_FLAGS_NONE);
  g_autoptr (GPtrArray) hits = NULL;
  GError *error = NULL;
  GHashTable *known;

  hits = cmq_index_query (task_data, all, CMQ_INDEX_SORT_NEWEST, 0, CMQ_INDEX_QUERY_NONE,
                          cancellable, &error);
  if (hits == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < hits->len; i++)
    g_hash_table_add (known, g_strdup (((CmqIndexHit *) g_ptr_array_index (hits, i))->id));
  g_task_return_pointer (task, known, (GDestroyNotify) g_hash_table_unref);
}

void
cmq_context_dup_known_ids_async (CmqContext *self, GCancellable *cancellable,
                                 GAsyncReadyCallback callback, gpointer user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (CMQ_IS_CONTEXT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cmq_context_dup_known_ids_async);
  g_task_set_task_data (task, g_object_ref (self->index), g_object_unref);
  g_task_run_in_thread (task, known_ids_thread);
}

GHashTable *
cmq_context_dup_known_ids_finish (CmqContext *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Shutdown */

void
cmq_context_shutdown (CmqContext *self)
{
  g_return_if_fail (CMQ_IS_CONTEXT (self));

  if (self->shut_down)
    return;
  self->shut_down = TRUE;
  g_signal_handlers_disconnect_by_data (self->library, self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_handle_id (&self->update_source, g_source_remove);
  g_clear_handle_id (&self->changed_source, g_source_remove);
  self->pending = FALSE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  /* Joined: the update stops at its next file, and its callback comes here. */
  while (self->running || self->following)
    g_main_context_iteration (g_main_context_get_thread_default (), TRUE);
}

/* `--search` */

gboolean
cmq_context_copy_notes (CmqIndex *index, const char *store_path, GError **error)
{
  g_autofree char *contents = NULL;
  g_autoptr (GHashTable) entries = NULL;
  g_autoptr (GError) local_error = NULL;
  gsize length = 0;
  GHashTableIter iter;
  gpointer entry;

  g_return_val_if_fail (CMQ_IS_INDEX (index), FALSE);
  g_return_val_if_fail (store_path != NULL, FALSE);

  if (!cmq_store_read_file (store_path, &contents, &length, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  entries = cmq_store_parse (contents, length, error);
  if (entries == NULL)
    return FALSE;
  g_hash_table_iter_init (&iter, entries);
  while (g_hash_table_iter_next (&iter, NULL, &entry))
    {
      g_autofree char *text = cmq_store_entry_dup_search_text (entry);

      cmq_index_set_note (index, ((CmqStoreEntry *) entry)->id, text);
    }
  return TRUE;
}

/* The object */

static void
cmq_context_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  CmqContext *self = CMQ_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_INDEX:
      g_value_set_object (value, self->index);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cmq_context_dispose (GObject *object)
{
  CmqContext *self = CMQ_CONTEXT (object);

  if (self->library != NULL)
    cmq_context_shutdown (self);
  close_index (self);
  g_clear_object (&self->library);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cmq_context_parent_class)->dispose (object);
}

static void
cmq_context_finalize (GObject *object)
{
  CmqContext *self = CMQ_CONTEXT (object);

  g_free (self->index_path);
  g_hash_table_unref (self->pushed);

  G_OBJECT_CLASS (cmq_context_parent_class)->finalize (object);
}

static void
cmq_context_class_init (CmqContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = cmq_context_get_property;
  object_class->dispose = cmq_context_dispose;
  object_class->finalize = cmq_context_finalize;

  properties[PROP_INDEX] = g_param_spec_object ("index", NULL, NULL, CMQ_TYPE_INDEX,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_PROGRESS] =
      g_signal_new ("progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                    G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  signals[SIGNAL_UPDATED] = g_signal_new ("updated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
cmq_context_init (CmqContext *self)
{
  self->pushed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

CmqContext *
cmq_context_new (CmqLibrary *library, CmqStore *store, const char *index_path)
{
  CmqContext *self;

  g_return_val_if_fail (CMQ_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (store == NULL || CMQ_IS_STORE (store), NULL);

  self = g_object_new (CMQ_TYPE_CONTEXT, NULL);
  self->library = g_object_ref (library);
  self->store = store != NULL ? g_object_ref (store) : NULL;
  self->index_path = g_strdup (index_path);
  open_index (self);

  if (!cmq_library_is_watching (library))
    cmq_library_watch (library);
  g_signal_connect (library, "folders-changed", G_CALLBACK (folders_changed_cb), self);
  if (store != NULL)
    g_signal_connect (store, "changed", G_CALLBACK (store_changed_cb), self);
  /* The index may be behind the notes (they changed while the application was not running). */
  push_notes (self);
  return self;
}

CmqLibrary *
cmq_context_get_library (CmqContext *self)
{
  g_return_val_if_fail (CMQ_IS_CONTEXT (self), NULL);
  return self->library;
}

CmqIndex *
cmq_context_get_index (CmqContext *self)
{
  g_return_val_if_fail (CMQ_IS_CONTEXT (self), NULL);
  return self->index;
}

CmqStore *
cmq_context_get_store (CmqContext *self)
{
  g_return_val_if_fail (CMQ_IS_CONTEXT (self), NULL);
  return self->store;
}
