/* cmq-store-private.h: what the units of CmqStore share (object, file I/O, merging).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-store.h"

G_BEGIN_DECLS

/* How many daily backups are kept next to the file. */
#define CMQ_STORE_N_BACKUPS 3
/* Changes are saved this long after the last one (coalesced). */
#define CMQ_STORE_SAVE_DELAY_MS 500
/* A failed save is retried after this long, doubling up to the maximum. */
#define CMQ_STORE_RETRY_MIN_S 2
#define CMQ_STORE_RETRY_MAX_S 60

/* Tests: called just before the file is written; returning FALSE fails the save as a full disk
 * or an I/O error would. */
typedef gboolean (*CmqStoreWriteHook) (CmqStore *self, gpointer user_data, GError **error);

struct _CmqStore
{
  GObject parent_instance;

  char *path;
  GHashTable *entries; /* id → CmqStoreEntry */
  /* Ids changed in memory since the last successful save: local edits that a reload must keep. */
  GHashTable *dirty;
  /* id → GDateTime: each entry's modified as the file held it when last read or written, to tell
   * which entries another program changed. */
  GHashTable *synced;
  /* SHA-256 of the file as we last read or wrote it (NULL: there was none), so our own saves and
   * unchanged files are not reloaded. */
  char *known_checksum;
  gboolean pending;
  /* The day (YYYYMMDD) whose first save has been made, backed up or not. */
  char *saved_day;

  GMainContext *context;
  GSource *save_source;
  GSource *retry_source;
  GSource *reload_source;
  guint retry_delay_s;
  GFileMonitor *monitor;

  GError *save_error;
  CmqStoreProblem *problem;

  CmqStoreClock clock;
  gpointer clock_data;
  CmqStoreWriteHook write_hook;
  gpointer write_hook_data;
};

/* cmq-store.c */
GDateTime *cmq_store_now (CmqStore *self);
void cmq_store_mark_dirty (CmqStore *self, const char *id);
void cmq_store_schedule_save (CmqStore *self);
void cmq_store_emit_changed (CmqStore *self, const char *id);
void cmq_store_set_problem (CmqStore *self, CmqStoreProblemKind kind, const char *aside_path,
                            const char *backup_used);
void cmq_store_set_write_hook_for_testing (CmqStore *self, CmqStoreWriteHook hook,
                                           gpointer user_data);

/* cmq-store-io.c */
CmqStoreEntry *cmq_store_entry_new (const char *id);
CmqStoreEntry *cmq_store_entry_copy (const CmqStoreEntry *entry);
gboolean cmq_store_entry_equal (const CmqStoreEntry *a, const CmqStoreEntry *b);
GHashTable *cmq_store_entries_new (void);
char *cmq_store_group_from_id (const char *id);
char *cmq_store_id_from_group (const char *group);
/* Parses a whole file into id → CmqStoreEntry; CMQ_STORE_ERROR_CORRUPT or _NEWER. */
GHashTable *cmq_store_parse (const char *data, gsize length, GError **error);
char *cmq_store_serialize (GHashTable *entries, gsize *length);
/* FALSE with G_FILE_ERROR_NOENT when there is no file. */
gboolean cmq_store_read_file (const char *path, char **contents, gsize *length, GError **error);
char *cmq_store_checksum (const char *data, gsize length);
/* Renames the file to an unused .corrupt-YYYYMMDD-HHMMSS name; returns that name. */
char *cmq_store_move_aside (CmqStore *self, GError **error);
/* Backup paths, newest first. */
GPtrArray *cmq_store_list_backups (CmqStore *self);
/* The newest backup that parses, or NULL; @backup_used gets its path. */
GHashTable *cmq_store_load_newest_backup (CmqStore *self, char **backup_used);
/* Before the first save of a day, copies the file as it is to today's backup and removes the
 * oldest beyond CMQ_STORE_N_BACKUPS. */
gboolean cmq_store_backup_if_new_day (CmqStore *self, GError **error);

/* cmq-store-merge.c */
typedef enum
{
  CMQ_STORE_MERGE_IMPORT,   /* from a file the user imports: nothing is ever lost */
  CMQ_STORE_MERGE_EXTERNAL, /* from the store's own file, changed by another program */
  CMQ_STORE_MERGE_BACKUP,   /* from a backup being restored */
} CmqStoreMergeMode;

/* Merges @incoming into the store; TRUE when the store's entry changed. */
gboolean cmq_store_merge_entry (CmqStore *self, const CmqStoreEntry *incoming,
                                CmqStoreMergeMode mode);
/* Merges a whole file read from disk (another program changed it). */
void cmq_store_merge_external (CmqStore *self, GHashTable *incoming);

G_END_DECLS
