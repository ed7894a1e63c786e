/* cmq-index.c: the CmqIndex object: opening the database or falling back to a temporary one,
 * recovering from a damaged one, its signals and updates.
 *
 * The rest of the index is in files by concern: cmq-index-schema.c (the database, its schema and
 * SQL functions), cmq-index-codec.c (how a release is stored and read back), cmq-index-query.c
 * (hits, snippets, bodies, notes), cmq-index-update.c with cmq-index-scan.c and
 * cmq-index-writer.c (bringing the index up to date with the folders).
 *
 * Any SQLite error that says the file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB) replaces the
 * database with an empty one, to be filled again by the next update; a database another process
 * keeps locked on open is left alone and a private temporary one used instead.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-index"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cmq-index-private.h"

enum
{
  SIGNAL_PROGRESS,
  SIGNAL_CHANGED,
  SIGNAL_STATUS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (CmqIndex, cmq_index, G_TYPE_OBJECT)
/* clang-format would space out the dashes of the quark's name, and so the name itself. */
/* clang-format off */
G_DEFINE_QUARK (cmq-index-error-quark, cmq_index_error)
/* clang-format on */

/* Lock held. Opens self->path, or a private temporary index when it cannot be used. */
static void
open_or_fall_back (CmqIndex *self)
{
  g_autofree char *dir = g_path_get_dirname (self->path);
  g_autoptr (GError) error = NULL;
  g_autofree char *tmp_path = NULL;
  int rc = SQLITE_OK;
  int fd;

  g_mkdir_with_parents (dir, 0700);
  if (!self->fallback && (self->db = cmq_index_schema_open (self->path, &rc)) != NULL)
    {
      cmq_index_rank_set_on_demand (self->db, self->lengths_on_demand);
      return;
    }

  g_message ("Cannot use the search index %s (%s); using a temporary one", self->path,
             sqlite3_errstr (rc));
  fd = g_file_open_tmp ("communique-index-XXXXXX.sqlite", &tmp_path, &error);
  if (fd >= 0)
    {
      close (fd);
      self->db = cmq_index_schema_open (tmp_path, &rc);
    }
  if (self->db == NULL)
    {
      /* Not even a temporary file: keep the index in memory for this run. */
      g_clear_pointer (&tmp_path, g_free);
      tmp_path = g_strdup_printf ("file:cmq-index-%p?mode=memory&cache=shared", (void *) self);
      self->db = cmq_index_schema_open (tmp_path, &rc);
    }
  g_free (self->path);
  self->path = g_steal_pointer (&tmp_path);
  self->fallback = TRUE;
  cmq_index_rank_set_on_demand (self->db, self->lengths_on_demand);
}

void
cmq_index_recover (CmqIndex *self, int rc)
{
  if (!cmq_index_rc_is_corrupt (rc))
    return;

  cmq_index_forget_snippets (self);
  g_mutex_lock (&self->lock);
  g_warning ("The search index %s is damaged (%s); rebuilding it", self->path, sqlite3_errstr (rc));
  g_clear_pointer (&self->db, sqlite3_close);
  cmq_index_delete_files (self->path);
  self->generation++;
  open_or_fall_back (self);
  g_mutex_unlock (&self->lock);

  /* The next update fills it again; tell the window its list is now empty. */
  cmq_index_emit_changed (self);
}

void
cmq_index_forget_snippets (CmqIndex *self)
{
  g_mutex_lock (&self->lock);
  g_hash_table_remove_all (self->snippets);
  g_clear_pointer (&self->snippets_match, g_free);
  g_mutex_unlock (&self->lock);
}

char *
cmq_index_dup_path (CmqIndex *self, guint *generation)
{
  char *path;

  g_mutex_lock (&self->lock);
  path = g_strdup (self->path);
  *generation = self->generation;
  g_mutex_unlock (&self->lock);
  return path;
}

/* Signals */

typedef struct
{
  CmqIndex *self;
  guint done;
  guint total;
} ProgressData;

static gboolean
emit_progress_cb (gpointer user_data)
{
  ProgressData *data = user_data;

  g_signal_emit (data->self, signals[SIGNAL_PROGRESS], 0, data->done, data->total);
  return G_SOURCE_REMOVE;
}

static void
progress_data_free (gpointer user_data)
{
  ProgressData *data = user_data;

  g_object_unref (data->self);
  g_free (data);
}

void
cmq_index_emit_progress (CmqIndex *self, guint done, guint total)
{
  ProgressData *data = g_new0 (ProgressData, 1);

  data->self = g_object_ref (self);
  data->done = done;
  data->total = total;
  g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, emit_progress_cb, data,
                              progress_data_free);
}

static gboolean
emit_changed_cb (gpointer user_data)
{
  g_signal_emit (user_data, signals[SIGNAL_CHANGED], 0);
  return G_SOURCE_REMOVE;
}

void
cmq_index_emit_changed (CmqIndex *self)
{
  g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, emit_changed_cb,
                              g_object_ref (self), g_object_unref);
}

static gboolean
emit_status_changed_cb (gpointer user_data)
{
  g_signal_emit (user_data, signals[SIGNAL_STATUS_CHANGED], 0);
  return G_SOURCE_REMOVE;
}

void
cmq_index_set_status (CmqIndex *self, CmqIndexStatus status)
{
  gboolean changed;

  g_mutex_lock (&self->lock);
  changed = self->status != status;
  self->status = status;
  g_mutex_unlock (&self->lock);
  if (changed)
    g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, emit_status_changed_cb,
                                g_object_ref (self), g_object_unref);
}

CmqIndexStatus
cmq_index_get_status (CmqIndex *self)
{
  CmqIndexStatus status;

  g_return_val_if_fail (CMQ_IS_INDEX (self), CMQ_INDEX_STATUS_OK);

  g_mutex_lock (&self->lock);
  status = self->status;
  g_mutex_unlock (&self->lock);
  return status;
}

/* The object */

static void
cmq_index_finalize (GObject *object)
{
  CmqIndex *self = CMQ_INDEX (object);

  cmq_index_wait_lengths (self);
  if (self->retry_notes != NULL)
    g_source_destroy (self->retry_notes);
  g_clear_pointer (&self->retry_notes, g_source_unref);
  g_clear_pointer (&self->db, sqlite3_close);
  if (self->fallback && !g_str_has_prefix (self->path, "file:"))
    cmq_index_delete_files (self->path);
  g_free (self->path);
  g_strfreev (self->folders);
  g_strfreev (self->fallback_dirs);
  g_hash_table_unref (self->pending_notes);
  g_hash_table_unref (self->snippets);
  g_free (self->snippets_match);
  g_clear_pointer (&self->cutoff, cmq_index_cutoff_free);
  g_clear_pointer (&self->terms, cmq_index_terms_free);
  g_main_context_unref (self->context);
  g_mutex_clear (&self->lock);
  g_mutex_clear (&self->update_lock);

  G_OBJECT_CLASS (cmq_index_parent_class)->finalize (object);
}

static void
cmq_index_class_init (CmqIndexClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cmq_index_finalize;

  signals[SIGNAL_PROGRESS] =
      g_signal_new ("progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                    G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_STATUS_CHANGED] =
      g_signal_new ("status-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                    NULL, G_TYPE_NONE, 0);
}

static void
cmq_index_init (CmqIndex *self)
{
  g_mutex_init (&self->lock);
  g_mutex_init (&self->update_lock);
  self->context = g_main_context_ref_thread_default ();
  self->folders = g_new0 (char *, 1);
  self->pending_notes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->rank_limit = CMQ_INDEX_DEFAULT_RANK_LIMIT;
  self->lengths_on_demand = G_MAXINT64;
  self->snippets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

char *
cmq_index_get_default_path (void)
{
  return g_build_filename (g_get_user_cache_dir (), "communique", "index.sqlite", NULL);
}

/* The releases' lengths ranking weighs matches by, read for the index's connection as soon as it
 * is opened: not by its first ranked query (30 ms at 100,000 releases), nor by the thread that
 * opens it (the main one). Finalize waits for it, so it needs no reference. */
static gpointer
load_lengths_cb (gpointer data)
{
  CmqIndex *self = data;

  g_mutex_lock (&self->lock);
  if (self->db != NULL)
    cmq_index_rank_load (self->db);
  g_mutex_unlock (&self->lock);
  return NULL;
}

void
cmq_index_wait_lengths (CmqIndex *self)
{
  GThread *thread = g_atomic_pointer_exchange (&self->lengths, NULL);

  if (thread != NULL)
    g_thread_join (thread);
}

/* A length looked up by itself costs about what nine rows of the whole read do (callgrind, at
 * 10,000 and 100,000 releases), and a query ranks up to CMQ_INDEX_DEFAULT_RANK_LIMIT rows. */
#define CMQ_INDEX_ON_DEMAND_ROWS (9 * (sqlite3_int64) CMQ_INDEX_DEFAULT_RANK_LIMIT)

static CmqIndex *
index_new (const char *path, sqlite3_int64 lengths_on_demand)
{
  CmqIndex *self = g_object_new (CMQ_TYPE_INDEX, NULL);

  self->path = path != NULL ? g_strdup (path) : cmq_index_get_default_path ();
  self->lengths_on_demand = lengths_on_demand;
  g_mutex_lock (&self->lock);
  open_or_fall_back (self);
  g_mutex_unlock (&self->lock);
  if (lengths_on_demand == G_MAXINT64)
    g_atomic_pointer_set (&self->lengths,
                          g_thread_new ("cmq-index-lengths", load_lengths_cb, self));
  return self;
}

CmqIndex *
cmq_index_new (const char *path)
{
  return index_new (path, G_MAXINT64);
}

CmqIndex *
cmq_index_new_for_command (const char *path)
{
  return index_new (path, CMQ_INDEX_ON_DEMAND_ROWS);
}

void
cmq_index_set_lengths_on_demand (CmqIndex *self, sqlite3_int64 from_rows)
{
  g_mutex_lock (&self->lock);
  self->lengths_on_demand = from_rows;
  if (self->db != NULL)
    cmq_index_rank_set_on_demand (self->db, from_rows);
  g_mutex_unlock (&self->lock);
}

const char *
cmq_index_get_path (CmqIndex *self)
{
  g_return_val_if_fail (CMQ_IS_INDEX (self), NULL);
  return self->path;
}

gboolean
cmq_index_is_fallback (CmqIndex *self)
{
  g_return_val_if_fail (CMQ_IS_INDEX (self), FALSE);
  return self->fallback;
}

void
cmq_index_set_folders (CmqIndex *self, const char *const *folders)
{
  g_return_if_fail (CMQ_IS_INDEX (self));

  g_mutex_lock (&self->lock);
  g_strfreev (self->folders);
  self->folders = folders != NULL ? g_strdupv ((char **) folders) : g_new0 (char *, 1);
  g_mutex_unlock (&self->lock);
}

void
cmq_index_set_rank_limit (CmqIndex *self, guint rank_limit)
{
  g_return_if_fail (CMQ_IS_INDEX (self));

  g_mutex_lock (&self->lock);
  self->rank_limit = rank_limit;
  g_mutex_unlock (&self->lock);
}

sqlite3_int64
cmq_index_date_key (const char *date)
{
  unsigned year, month, day;
  GDate gdate;

  if (date == NULL || sscanf (date, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year) || year < 1000)
    return 0;
  g_date_clear (&gdate, 1);
  g_date_set_dmy (&gdate, day, month, year);
  return (sqlite3_int64) g_date_get_julian (&gdate) << CMQ_INDEX_DOCID_DAY_SHIFT;
}

gboolean
cmq_index_is_updating (CmqIndex *self)
{
  g_return_val_if_fail (CMQ_IS_INDEX (self), FALSE);
  return g_atomic_int_get (&self->updating) > 0;
}

guint
cmq_index_get_n_releases (CmqIndex *self)
{
  int n = 0;

  g_return_val_if_fail (CMQ_IS_INDEX (self), 0);

  g_mutex_lock (&self->lock);
  if (cmq_index_query_int (self->db, "SELECT count(*) FROM docs", &n) != SQLITE_OK)
    n = 0;
  g_mutex_unlock (&self->lock);
  return n;
}

/* Updates */

gboolean
cmq_index_update (CmqIndex *self, GCancellable *cancellable, CmqIndexStats *stats, GError **error)
{
  g_return_val_if_fail (CMQ_IS_INDEX (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return cmq_index_run_update (self, cancellable, stats, error);
}

static void
update_thread_cb (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  g_autoptr (GError) error = NULL;
  CmqIndexStats *stats = g_new0 (CmqIndexStats, 1);

  if (!cmq_index_run_update (source, cancellable, stats, &error))
    {
      g_free (stats);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_pointer (task, stats, g_free);
}

void
cmq_index_update_async (CmqIndex *self, GCancellable *cancellable, GAsyncReadyCallback callback,
                        gpointer user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (CMQ_IS_INDEX (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cmq_index_update_async);
  g_task_run_in_thread (task, update_thread_cb);
}

gboolean
cmq_index_update_finish (CmqIndex *self, GAsyncResult *result, CmqIndexStats *stats, GError **error)
{
  g_autofree CmqIndexStats *found = NULL;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  found = g_task_propagate_pointer (G_TASK (result), error);
  if (found == NULL)
    return FALSE;
  if (stats != NULL)
    *stats = *found;
  return TRUE;
}

/* Queries: see cmq-index-query.c */
