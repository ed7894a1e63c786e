/* cmq-index-update-private.h: what the parts of an update share: cmq-index-scan.c (the folders
 * and the files table), cmq-index-writer.c (the statements that write a release) and
 * cmq-index-update.c (the update itself, and the import on worker threads).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-index-private.h"

G_BEGIN_DECLS

typedef struct
{
  char *path;
  gint64 size;
  gint64 mtime; /* microseconds */
  guint64 inode;
} ScannedFile;

typedef struct
{
  ScannedFile *file;
  CmqRelease *release;    /* NULL when the file is not a release */
  char *reason;           /* why not */
  char *body;             /* paragraphs joined by "\n", marks removed */
  char *prefixes;         /* the distinct prefixes of its title's and body's words */
  CmqIndexTokens *tokens; /* @body's, for fts to replay */
  GBytes *deflated;       /* the paragraphs as imported, a NUL, the quotes as JSON */
  sqlite3_int64 key;      /* cmq_index_date_key() of its date; 0 when undated or not a release */
  gboolean has_sketch;    /* the release has words: @sketch is its signature */
  guint32 sketch[CMQ_INDEX_SKETCH_SLOTS];
} Imported;

void cmq_index_scanned_file_free (ScannedFile *file);

/* cmq-index-scan.c */

typedef struct
{
  char *path;   /* canonical */
  gint64 mtime; /* nanoseconds; -1 for a folder that does not exist */
  gint64 ctime;
  guint64 inode;
  gboolean trusted; /* may be recorded: not racy, and a folder or missing */
} FolderStamp;

/* The stamp of @path now; see cmq-index-scan.c. */
void cmq_index_stamp_folder (const char *path, FolderStamp *stamp);
void cmq_index_folder_stamp_clear (FolderStamp *stamp);
/* Records @stamps (of FolderStamp) as the state of the folders the index now holds. */
void cmq_index_record_folders (sqlite3 *db, GArray *stamps);
/* Adds the release files of @folder to @scanned (of ScannedFile), those not in @seen yet. */
void cmq_index_scan_folder (const char *folder, GPtrArray *scanned, GHashTable *seen,
                            GCancellable *cancellable);
int cmq_index_compare_scanned (gconstpointer a, gconstpointer b);
/* path -> ScannedFile as recorded in the files table (size, mtime, inode). */
GHashTable *cmq_index_load_known_files (sqlite3 *db, int *rc_out);

/* cmq-index-prefix-build.c: the prefixes table of a cold build, on a thread of its own. */

typedef struct _CmqPrefixBuild CmqPrefixBuild;

/* Until a cold build's prefixes are in place: in its first transaction. */
#define COLD_BUILD_MARK " INSERT OR IGNORE INTO unfinished (what) VALUES ('prefixes');"

/* Starts the thread, writing into a scratch database beside @index_path. */
CmqPrefixBuild *cmq_index_prefix_build_start (const char *index_path);
/* Queues @docid's row (@words copied); waits while the thread is far behind. */
void cmq_index_prefix_build_add (CmqPrefixBuild *build, sqlite3_int64 docid, const char *words);
/* No more rows: the thread merges what it wrote, while the caller goes on. */
void cmq_index_prefix_build_last (CmqPrefixBuild *build);
/* Ends the thread once its rows are written and merged. */
void cmq_index_prefix_build_end (CmqPrefixBuild *build);
/* The disk space a build still needs beyond what it took (0 for NULL): its copy into the index
 * writes the scratch database's size twice, to the WAL and then to the database, and the rows
 * still queued are to be written aside first. */
guint64 cmq_index_prefix_build_get_needed (CmqPrefixBuild *build);
/* Ends the thread, then puts its table in place of @index_path's, in one transaction that also
 * takes the row out of the table unfinished; SQLITE_FULL, writing nothing, when that would eat
 * into the disk's reserve (cmq-index-space.c): the table is then not written again either (the
 * same room). The scratch database is deleted in either case, its room given back. */
int cmq_index_prefix_build_copy (CmqPrefixBuild *build, const char *index_path);
/* Ends the thread and deletes the scratch database. */
void cmq_index_prefix_build_free (CmqPrefixBuild *build);
/* The calling thread's CPU time, in seconds (for the debug log). */
double cmq_index_thread_cpu_seconds (void);
/* When the table unfinished has a row: the prefixes table written again from the releases. */
int cmq_index_prefix_build_repair (sqlite3 *db);

/* cmq-index-writer.c: a connection of its own, with its statements. */

typedef struct
{
  sqlite3 *db;
  CmqPrefixBuild *prefix_build; /* not owned; set during a cold build */
  sqlite3_stmt *file_docid;
  sqlite3_stmt *delete_file;
  sqlite3_stmt *other_file;
  sqlite3_stmt *set_doc_file;
  sqlite3_stmt *delete_doc;
  sqlite3_stmt *delete_body;
  sqlite3_stmt *find_doc;
  sqlite3_stmt *next_docid;
  sqlite3_stmt *insert_doc;
  sqlite3_stmt *insert_body;
  sqlite3_stmt *insert_fts;
  sqlite3_stmt *insert_prefixes;
  sqlite3_stmt *insert_file;
  sqlite3_stmt *find_sketch;
  sqlite3_stmt *delete_sketch;
  sqlite3_stmt *delete_slot;
  sqlite3_stmt *insert_sketch;
  sqlite3_stmt *insert_slot;
} Writer;

int cmq_index_writer_init (Writer *writer, const char *path);
void cmq_index_writer_clear (Writer *writer);
/* BEGIN IMMEDIATE, waiting a while for another writer (another Communiqué) to finish. */
int cmq_index_writer_begin (Writer *writer, GCancellable *cancellable);
/* Drops @path from the files table, and its release when no other file holds it. */
int cmq_index_writer_forget_file (Writer *writer, const char *path);
/* Writes @imported's file row and its release; @known: the file was in the files table. */
int cmq_index_writer_write (Writer *writer, Imported *imported, gboolean known);

G_END_DECLS
