/* cmq-store.h: favourites and notes, kept in a GKeyFile that is never lost.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cmq-anchor.h"
#include "cmq-release.h"

G_BEGIN_DECLS

/* 2: highlighted passages (a file of format 1 is read as it is and saved as 2; a Communiqué
 * that knows only format 1 moves a file of format 2 aside rather than drop its passages). */
#define CMQ_STORE_FORMAT_VERSION 2

#define CMQ_STORE_ERROR (cmq_store_error_quark ())

typedef enum
{
  CMQ_STORE_ERROR_CORRUPT,   /* the file could not be parsed; it was moved aside */
  CMQ_STORE_ERROR_NEWER,     /* written by a newer Communiqué; moved aside, not overwritten */
  CMQ_STORE_ERROR_NO_BACKUP, /* restore asked for, but there is no good backup */
  CMQ_STORE_ERROR_INVALID,   /* an import that is not a list of notes */
} CmqStoreError;

GQuark cmq_store_error_quark (void);

/* What happened when the file was loaded, for the window's banner. */
typedef enum
{
  CMQ_STORE_PROBLEM_NONE,
  CMQ_STORE_PROBLEM_CORRUPT_MOVED_ASIDE, /* started from the newest good backup, or empty */
  CMQ_STORE_PROBLEM_NEWER_MOVED_ASIDE,   /* written by a newer Communiqué; the same, not lost */
} CmqStoreProblemKind;

typedef struct
{
  CmqStoreProblemKind kind;
  char *aside_path;  /* where the unreadable file now is */
  char *backup_used; /* the backup the store started from, or NULL when it started empty */
} CmqStoreProblem;

/* A highlighted passage of a release, with its own note. */
typedef struct
{
  char *id;          /* a UUID */
  CmqAnchor *anchor; /* how to find it again, see cmq-anchor.h */
  char *colour;      /* "yellow", "green", "blue" or "pink" */
  char *note;        /* never NULL */
  gboolean deleted;  /* removed; kept so that a merge does not bring it back */
  GDateTime *created;
  GDateTime *modified;
} CmqStorePassage;

CmqStorePassage *cmq_store_passage_copy (const CmqStorePassage *passage);
void cmq_store_passage_free (CmqStorePassage *passage);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CmqStorePassage, cmq_store_passage_free)

/* One release's entry. */
typedef struct
{
  char *id;
  char *title; /* copy of the release's title, so an orphaned note says what it was about */
  char *date;  /* copy of the release's date ("YYYY-MM-DD") or NULL */
  gboolean favourite;
  char *note; /* never NULL; "" when there is none */
  GDateTime *created;
  GDateTime *modified;
  /* Copies of what the release says, for exports and citations; NULL when it does not say. */
  char *source;
  char *url;
  char *date_source;   /* "stated", "inferred-year" or "relative" when there is a date */
  GPtrArray *passages; /* of CmqStorePassage, removed ones included; NULL when none */
  /* The release's file when the entry was last edited (or NULL): an edited file imported again
   * is a release with another id, found again by its file (see cmq_store_follow_release()). */
  char *file;
} CmqStoreEntry;

void cmq_store_entry_free (CmqStoreEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CmqStoreEntry, cmq_store_entry_free)

#define CMQ_TYPE_STORE (cmq_store_get_type ())
G_DECLARE_FINAL_TYPE (CmqStore, cmq_store, CMQ, STORE, GObject)

/* $XDG_DATA_HOME/communique/library.ini */
char *cmq_store_get_default_path (void);
/* The store's timers (coalesced saves, retries) and file monitor run on the thread-default main
 * context of the thread that creates it. Dropping the last reference saves pending changes. */
CmqStore *cmq_store_new (const char *path);

/* Reads the file (a missing file is an empty store). An unreadable file is moved aside as
 * library.ini.corrupt-YYYYMMDD-HHMMSS and the store starts from the newest good backup or empty:
 * that is not an error, see cmq_store_get_problem(); the state started from is written at once.
 * A file with a newer format version is moved aside the same way. Starts watching the file for
 * changes made by other programs. Fails only when the file is there but cannot be read (no
 * permission, a directory in its place, its folder a file): the store then works in memory and
 * saving fails (and is retried) until the file can be read, so it is never written over unread. */
gboolean cmq_store_load (CmqStore *self, GError **error);
const char *cmq_store_get_path (CmqStore *self);
/* NULL while the file has always been readable; set when it was moved aside (on load or on a
 * reload after another program damaged it). */
const CmqStoreProblem *cmq_store_get_problem (CmqStore *self);
/* Restores the newest good backup, merging in what was changed since (newest modified wins; the
 * backup's older text is not added to a newer note). CMQ_STORE_ERROR_NO_BACKUP when none parses. */
gboolean cmq_store_restore_backup (CmqStore *self, GError **error);

gboolean cmq_store_get_favourite (CmqStore *self, const char *id);
/* "" when there is no note; never NULL */
const char *cmq_store_get_note (CmqStore *self, const char *id);
/* Each change is saved within a second (coalesced), or at once by cmq_store_flush(). Setting
 * the value an entry already has is no change. The release's title and date are copied. */
void cmq_store_set_favourite (CmqStore *self, CmqRelease *release, gboolean favourite);
void cmq_store_set_note (CmqStore *self, CmqRelease *release, const char *note);

/* Highlights. Adds the passage of bytes @start to @end of paragraph @paragraph (1-based) of
 * @release, and returns its id; NULL when the span is not within the paragraph. Saved as notes
 * are. */
char *cmq_store_add_passage (CmqStore *self, CmqRelease *release, guint paragraph, gsize start,
                             gsize end, const char *colour);
/* FALSE when @release has no such passage. */
gboolean cmq_store_set_passage_note (CmqStore *self, CmqRelease *release, const char *passage_id,
                                     const char *note);
gboolean cmq_store_set_passage_colour (CmqStore *self, CmqRelease *release, const char *passage_id,
                                       const char *colour);
gboolean cmq_store_remove_passage (CmqStore *self, CmqRelease *release, const char *passage_id);
/* Anchors a passage of the release @id (a detached one, say) to a span of @release, that
 * release or a new version of it. */
gboolean cmq_store_reattach_passage (CmqStore *self, const char *id, CmqRelease *release,
                                     const char *passage_id, guint paragraph, gsize start,
                                     gsize end);
/* The passages of the release @id (not removed ones), oldest first; of CmqStorePassage. */
GPtrArray *cmq_store_dup_passages (CmqStore *self, const char *id);

typedef struct
{
  CmqStorePassage *passage;
  CmqAnchorPosition position; /* CMQ_ANCHOR_DETACHED: to be listed, with its text and note */
} CmqStorePassagePlace;

void cmq_store_passage_place_free (CmqStorePassagePlace *place);
/* Where each passage kept for the release @id is in @release; of CmqStorePassagePlace, in
 * paragraph order, the detached ones last. @release is that release, or another version of it:
 * a release's id comes from its text, so an edited file imported again has a new id, and its
 * passages are found in it from the old id's entry. */
GPtrArray *cmq_store_locate_passages (CmqStore *self, const char *id, CmqRelease *release);

/* How many passages (not removed ones) the release @id has; a hash lookup, for filters. */
guint cmq_store_count_passages (CmqStore *self, const char *id);

/* A passage kept for a release that is not in the library any more: its text changed (a
 * release's id comes from its text) or its file is gone. Listed, never dropped. */
typedef struct
{
  char *id;    /* the release's id as kept */
  char *title; /* the title and date kept with it; NULL when unknown */
  char *date;
  CmqStorePassage *passage;
} CmqStoreDetached;

void cmq_store_detached_free (CmqStoreDetached *detached);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CmqStoreDetached, cmq_store_detached_free)
/* The passages of releases whose id is not in @known_ids (a set of strings); of
 * CmqStoreDetached, by title, then oldest first. */
GPtrArray *cmq_store_dup_detached (CmqStore *self, GHashTable *known_ids);
/* Re-attaches passage @passage_id of the release @id to a span of @release (another version of
 * it, say): the passage, its note, colour and creation time, goes to @release's entry, where the
 * reader finds it, and stays in @id's as a removed one. FALSE when there is no such passage or
 * the span is not within the paragraph. */
gboolean cmq_store_move_passage (CmqStore *self, const char *id, const char *passage_id,
                                 CmqRelease *release, guint paragraph, gsize start, gsize end);
/* The release @id is now @release: its file was edited, or the importer's rules changed its
 * text, so that it has another id. Each of its passages found in @release (exactly, by its
 * paragraph's hash, or fuzzily, as cmq_store_locate_passages() finds them) moves to @release's
 * entry as cmq_store_move_passage() moves it; the others stay with @id, listed as detached
 * (cmq_store_dup_detached()), never dropped. The note and the star go along too: a note
 * @release has already is kept, the moved one added after it. Returns how many passages moved;
 * @n_detached (nullable) gets how many stayed. */
guint cmq_store_follow_release (CmqStore *self, const char *id, CmqRelease *release,
                                guint *n_detached);
/* Records @file as the file of the release @id when its entry has none (entries made before
 * the file was kept), without changing its modified time; FALSE when nothing changed. */
gboolean cmq_store_set_file (CmqStore *self, const char *id, const char *file);
/* Removes passage @passage_id of the release @id, in the library or not; FALSE when there is
 * none. cmq_store_restore_passage() undoes it. */
gboolean cmq_store_delete_passage (CmqStore *self, const char *id, const char *passage_id);
gboolean cmq_store_restore_passage (CmqStore *self, const char *id, const char *passage_id);

/* What the search finds of the release @id in the store: its note, then each passage's words
 * and note, separated by blank lines; "" when there is nothing. */
char *cmq_store_entry_dup_search_text (const CmqStoreEntry *entry);
char *cmq_store_dup_search_text (CmqStore *self, const char *id);

/* Saves pending changes now (for focus-out, selection change, closing, SIGTERM/SIGINT). A save
 * first merges what another program wrote to the file since, then replaces it atomically and
 * durably (mode 0600), holding a lock on the folder so that two Communiqué processes never write
 * back each other's stale copy; before the first save of a day the old file becomes a dated backup (3
 * kept). On failure everything stays in memory, the error is kept (see
 * cmq_store_get_save_error()), "save-failed" is emitted and saving is retried after 2 s, then
 * after doubling delays up to a minute; the first save that works emits "saved". */
gboolean cmq_store_flush (CmqStore *self, GError **error);
gboolean cmq_store_has_pending_changes (CmqStore *self);
/* The error of the last save, or NULL once a save succeeded. */
const GError *cmq_store_get_save_error (CmqStore *self);

/* Entries, sorted by id; of CmqStoreEntry. Includes entries whose star and note were removed:
 * their modified time settles later merges. */
GPtrArray *cmq_store_dup_entries (CmqStore *self);
/* Entries with a note or a star whose release id is not in @known_ids (a set of strings). */
GPtrArray *cmq_store_dup_orphans (CmqStore *self, GHashTable *known_ids);

/* Export: JSON (an array of objects: id, title, date, favourite, note, created, modified) and
 * Markdown (one section per entry with a star or a note, oldest date first, undated last: title,
 * date, favourite, note). Import merges: per id the newest modified wins, and a note of the
 * losing side that the winner does not already contain is appended after a blank line, so
 * nothing is lost. A file that is not such a list changes nothing (CMQ_STORE_ERROR_INVALID). */
char *cmq_store_export_json (CmqStore *self);
char *cmq_store_export_markdown (CmqStore *self);
gboolean cmq_store_import_json (CmqStore *self, const char *json, guint *n_changed, GError **error);

typedef enum
{
  CMQ_STORE_EXPORT_MARKDOWN,
  CMQ_STORE_EXPORT_JSON,
} CmqStoreExportFormat;

/* The format of an export to a file named @name, JSON when it was chosen in the dialog or the
 * name ends in .json; @file_name gets the name to write, its extension made to match (the
 * suggested "Notes.md" becomes "Notes.json" when JSON is chosen). */
CmqStoreExportFormat cmq_store_export_format_for_name (const char *name, gboolean json_chosen,
                                                       char **file_name);

/* Signals: "changed" (const char *id): an entry changed, locally, by an import or from the file
 * on disk (another program's edit is merged per id: newest modified wins, but an unsaved local
 * edit is never dropped: if both sides changed the note, the other side's text is appended);
 * "save-failed" (GError *): a save failed, the data is still in memory;
 * "saved": a save succeeded (after a failure, this clears the error);
 * "problem": the file was found unreadable and moved aside (also on a reload). */

/* Tests: replaces the clock (for backup rotation across days); NULL restores the real one. */
typedef GDateTime *(*CmqStoreClock) (gpointer user_data);
void cmq_store_set_clock_for_testing (CmqStore *self, CmqStoreClock clock, gpointer user_data);

G_END_DECLS
