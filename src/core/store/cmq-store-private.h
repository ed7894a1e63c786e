/* cmq-store-private.h: what the units of CmqStore share: the object and its edits (cmq-store.c),
 * loading, watching and saving (cmq-store-save.c), the file format and backups (cmq-store-io.c),
 * merging, export and import (cmq-store-merge.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-store.h"

G_BEGIN_DECLS

/* How many of the notes it wrote the store remembers per release (see written below). */
#define CMQ_STORE_N_WRITTEN 32
/* How many daily backups are kept next to the file. */
#define CMQ_STORE_N_BACKUPS 3
/* Changes are saved this long after the last one (coalesced). */
#define CMQ_STORE_SAVE_DELAY_MS 500
/* A failed save is retried after this long, doubling up to the maximum. */
#define CMQ_STORE_RETRY_MIN_MS 2000
#define CMQ_STORE_RETRY_MAX_MS 60000
/* A changed file that does not parse is read again after this long before it is taken for
 * damaged: it may have been caught halfway through being written in place. */
#define CMQ_STORE_SETTLE_MS 1000
/* How long a save waits for another process's save to finish. */
#define CMQ_STORE_LOCK_WAIT_MS 2000
/* A temporary file of a save (NAME.XXXXXX) older than this was left by a process killed while
 * it saved and is removed on loading. A save takes milliseconds: an hour leaves room for a
 * stalled network folder and a clock that steps. */
#define CMQ_STORE_STALE_TEMPORARY_SECONDS (60 * 60)

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
  /* id → GPtrArray of the notes this process wrote to the file for that id, oldest first, at
   * most CMQ_STORE_N_WRITTEN: an edit another program made from one of them is recognised (see
   * cmq-store-merge.c). */
  GHashTable *written;
  /* SHA-256 of the file as we last read or wrote it (NULL: there was none), so our own saves and
   * unchanged files are not reloaded. */
  char *known_checksum;
  char *suspect_checksum; /* of a changed file that did not parse, being given a moment */
  gboolean pending;
  /* The day (YYYYMMDD) whose first save has been made, backed up or not. */
  char *saved_day;

  GMainContext *context;
  GSource *save_source;
  GSource *retry_source;
  GSource *reload_source;
  guint retry_min_ms;
  guint retry_delay_ms; /* the next retry's delay */
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
void cmq_store_clear_source (GSource **source);
void cmq_store_emit_changed (CmqStore *self, const char *id);
void cmq_store_emit_saved (CmqStore *self);
void cmq_store_emit_save_failed (CmqStore *self);
void cmq_store_emit_problem (CmqStore *self);
void cmq_store_set_problem (CmqStore *self, CmqStoreProblemKind kind, const char *aside_path,
                            const char *backup_used);
/* Tests: the first retry's delay (it doubles from there), so tests need not wait seconds. */
void cmq_store_set_retry_delay_for_testing (CmqStore *self, guint min_ms);
void cmq_store_set_write_hook_for_testing (CmqStore *self, CmqStoreWriteHook hook,
                                           gpointer user_data);

/* The edit of a release's entry that cmq_store_set_note() makes: begin finds or adds the entry;
 * end copies what the release says, touches it and saves it soon. */
CmqStoreEntry *_cmq_store_begin_edit (CmqStore *self, CmqRelease *release);
void _cmq_store_end_edit (CmqStore *self, CmqStoreEntry *entry, CmqRelease *release);
/* The same end for an entry whose release is not at hand (it is not in the library). */
void _cmq_store_end_edit_entry (CmqStore *self, CmqStoreEntry *entry);

/* cmq-store-passages.c: the passage's modified time, after the last one even when the clock
 * went back. */
void _cmq_store_touch_passage (CmqStore *self, CmqStorePassage *passage);

/* cmq-store-save.c */
void cmq_store_schedule_save (CmqStore *self);
/* Merges what another program wrote, then writes the file; does not retry (see flush). */
gboolean cmq_store_save (CmqStore *self, GError **error);

/* cmq-store-io.c */
/* The most a library.ini may hold; a larger file is not read (it is not ours, or it is a device). */
#define CMQ_STORE_MAX_FILE_BYTES (256 * 1024 * 1024)

CmqStoreEntry *cmq_store_entry_new (const char *id);
CmqStoreEntry *cmq_store_entry_copy (const CmqStoreEntry *entry);
gboolean cmq_store_entry_equal (const CmqStoreEntry *a, const CmqStoreEntry *b);
GHashTable *cmq_store_entries_new (void);
char *cmq_store_group_from_id (const char *id);
char *cmq_store_id_from_group (const char *group);
/* Parses a whole file into id → CmqStoreEntry; CMQ_STORE_ERROR_CORRUPT or _NEWER. */
GHashTable *cmq_store_parse (const char *data, gsize length, GError **error);
char *cmq_store_serialize (GHashTable *entries, gsize *length);
/* FALSE with G_FILE_ERROR_NOENT when there is no file, G_FILE_ERROR_INVAL when it is not a
 * regular file (a FIFO, a device), G_FILE_ERROR_FAILED (EFBIG) beyond CMQ_STORE_MAX_FILE_BYTES.
 * Never blocks, never reads more than that. */
gboolean cmq_store_read_file (const char *path, char **contents, gsize *length, GError **error);
/* Writes @target atomically and durably (mode 0600), through a temporary file next to it.
 * @replaced: what the file held the moment it was replaced, when that can be known (see
 * cmq-store-io.c), else NULL. */
gboolean cmq_store_write_file (const char *target, const char *data, gsize length, char **replaced,
                               gsize *replaced_length, GError **error);
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
  CMQ_STORE_MERGE_BACKUP,   /* from a backup being restored: newest wins, nothing joined */
} CmqStoreMergeMode;

/* Merges @incoming into the store; TRUE when the store's entry changed. */
gboolean cmq_store_merge_entry (CmqStore *self, const CmqStoreEntry *incoming,
                                CmqStoreMergeMode mode);
/* Merges a whole file read from disk (another program changed it). */
void cmq_store_merge_external (CmqStore *self, GHashTable *incoming);

G_END_DECLS
