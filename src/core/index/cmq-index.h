/* cmq-index.h: the full-text index of the library, a cache in $XDG_CACHE_HOME.
 *
 * One SQLite database (FTS5) holds every release of the library folders: its title, date and
 * language for the list, its cleaned text for display and search, and a copy of its note so that
 * notes are searchable too. It is a cache, never user data: when it is missing, unreadable,
 * corrupt or of an older schema it is rebuilt from the release files; when another process holds
 * it locked, or it cannot be written, a private temporary index is used instead. No problem with
 * the index is an error the user sees, and none stops the application.
 *
 * Typical use by the window:
 *
 *   index = cmq_index_new (NULL);                      // opens or rebuilds, never fails
 *   cmq_index_set_folders (index, folders);
 *   g_signal_connect (index, "progress", …);           // "Indexing 4,210 of 100,000 releases"
 *   g_signal_connect (index, "changed", …);            // re-run the current query
 *   cmq_index_update_async (index, cancellable, …);    // scan, re-import new and changed files
 *   query = cmq_query_parse (text, CMQ_QUERY_FLAGS_LAST_IS_PREFIX);
 *   cmq_index_query_async (index, query, CMQ_INDEX_SORT_RELEVANCE, 0, CMQ_INDEX_QUERY_NONE, …);
 *   snippet = cmq_index_dup_snippet (index, query, hit->id, NULL);   // for a visible row
 *   release = cmq_index_load_release (index, hit->id, &error);       // on selection
 *   cmq_index_set_note (index, id, note);              // whenever a note changes
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cmq-query.h"
#include "cmq-release.h"

G_BEGIN_DECLS

/* Kept in PRAGMA user_version; an index with another version is rebuilt. */
#define CMQ_INDEX_SCHEMA_VERSION 11

#define CMQ_INDEX_ERROR (cmq_index_error_quark ())

typedef enum
{
  CMQ_INDEX_ERROR_NOT_FOUND, /* no release with that id */
  CMQ_INDEX_ERROR_BUSY,      /* the database stayed locked; try again */
  CMQ_INDEX_ERROR_FAILED,    /* SQLite failed; the index is being rebuilt if it was corrupt */
  CMQ_INDEX_ERROR_NO_SPACE,  /* the disk is full, and no temporary folder had room: incomplete */
} CmqIndexError;

/* Whether what is searched is the whole library, when the disk of the index filled up. */
typedef enum
{
  CMQ_INDEX_STATUS_OK,
  /* The disk of the index is full: the index was moved to a temporary folder (or memory) and
   * rebuilt there; searches are complete, the cache is used again at the next start. */
  CMQ_INDEX_STATUS_MOVED,
  /* The disk of the index is full and nothing else had room: the last update stopped before the
   * end, and searches may miss releases. */
  CMQ_INDEX_STATUS_INCOMPLETE,
} CmqIndexStatus;

GQuark cmq_index_error_quark (void);

/* Snippets put these around each matched word. They are control characters that are removed
 * from the text when it is indexed, so they never occur otherwise. */
#define CMQ_INDEX_MARK_START "\x02"
#define CMQ_INDEX_MARK_END   "\x03"

typedef enum
{
  CMQ_INDEX_SORT_RELEVANCE, /* bm25, title words weigh more; see cmq_index_set_rank_limit() */
  CMQ_INDEX_SORT_NEWEST,    /* newest first, undated last (an empty query is always so) */
  CMQ_INDEX_SORT_OLDEST,    /* oldest first, undated last */
} CmqIndexSort;

/* bm25 costs about 2 µs per matching release, so a word found in 75,000 releases would take
 * 150 ms to rank. By default relevance ranks the CMQ_INDEX_DEFAULT_RANK_LIMIT newest matching
 * releases; older matches follow them, newest first, with a score of 0. */
#define CMQ_INDEX_DEFAULT_RANK_LIMIT 2000

typedef enum
{
  CMQ_INDEX_QUERY_NONE = 0,
  CMQ_INDEX_QUERY_SNIPPETS = 1 << 0, /* fill in CmqIndexHit.snippet (costs a little per hit) */
  /* Read only each hit's id, file, title, date and score (and snippet): the other fields are
   * NULL (date_source NONE). For `communique --search`, which prints no more: a common word
   * matches most of a large library, and each column read costs per hit. */
  CMQ_INDEX_QUERY_BRIEF = 1 << 1,
} CmqIndexQueryFlags;

/* One row of the result list: small, bodies are loaded on selection. */
typedef struct
{
  char *id;   /* the release id (see cmq_release_get_id()) */
  char *file; /* the first file holding the release */
  char *title;
  char *date;         /* "YYYY-MM-DD", or NULL */
  char *partial_date; /* "--MM-DD" when only the day and month are known, or NULL */
  char *language;     /* "en", "fr" or NULL */
  CmqDateSource date_source;
  /* Higher is better: -bm25, or for a query of one word or phrase -bm25 divided by that word's
   * IDF (the same order, found without counting its releases); 0 when not ranked (see
   * CMQ_INDEX_DEFAULT_RANK_LIMIT). Compare scores within one query only. */
  double score;
  char *snippet; /* NULL unless CMQ_INDEX_QUERY_SNIPPETS: text with CMQ_INDEX_MARK_* marks */
  char *source;  /* see cmq_release_get_source(), cmq_release_get_url(), cmq_release_get_kind() */
  char *url;
  char *kind;
} CmqIndexHit;

void cmq_index_hit_free (CmqIndexHit *hit);
CmqIndexHit *cmq_index_hit_copy (const CmqIndexHit *hit);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CmqIndexHit, cmq_index_hit_free)

/* A release without its text, for a list row: id, file, title, date, language, source, address
 * and kind. */
CmqRelease *cmq_index_hit_to_release (const CmqIndexHit *hit);

/* What an update did. */
typedef struct
{
  guint n_files;    /* release files found in the folders */
  guint n_imported; /* new or changed files imported */
  guint n_removed;  /* files gone since the last update */
  guint n_skipped;  /* files that are not releases (see the log for why) */
  guint n_releases; /* releases in the index afterwards (a release saved twice counts once) */
} CmqIndexStats;

#define CMQ_TYPE_INDEX (cmq_index_get_type ())
G_DECLARE_FINAL_TYPE (CmqIndex, cmq_index, CMQ, INDEX, GObject)

/* $XDG_CACHE_HOME/communique/index.sqlite */
char *cmq_index_get_default_path (void);

/* Opens the index at @path (NULL: the default path), rebuilding it when it is missing, corrupt or
 * of another schema version. Never fails: when the file cannot be used (locked by another
 * process, read-only folder) a private temporary index is used and rebuilt by the next update.
 * Signals are emitted in the thread-default main context of the caller. */
CmqIndex *cmq_index_new (const char *path);
/* As cmq_index_new(), for a process that runs a query or two and exits (the command line): the
 * lengths of every release, which ranking weighs matches by, are not read when it opens (a
 * window's index reads them once, in a thread, for all its queries): each ranked row reads its
 * own. The scores are the same. */
CmqIndex *cmq_index_new_for_command (const char *path);
/* The database actually in use (a temporary file when the index fell back). */
const char *cmq_index_get_path (CmqIndex *self);
gboolean cmq_index_is_fallback (CmqIndex *self);

/* See CmqIndexStatus; "status-changed" is emitted when it changes. An update never writes the
 * last part of the disk of the index (an eighth of it, at most 64 MiB), which is kept for the
 * user's notes and other programs. */
CmqIndexStatus cmq_index_get_status (CmqIndex *self);
/* The status in a sentence for the window or stderr (translated), or NULL when it is OK. */
char *cmq_index_dup_status_message (CmqIndex *self);

/* The folders whose *.txt files (not recursively) make up the library. Takes effect at the next
 * update; files of folders no longer listed are dropped then. */
void cmq_index_set_folders (CmqIndex *self, const char *const *folders);

/* Scans the folders, imports new and changed files (size, mtime or inode differ) and drops
 * removed ones, in bulk transactions. The async form runs in a worker thread; queries keep
 * working meanwhile (on the releases indexed so far). "progress" is emitted while it runs and
 * "changed" after each batch that changed something. Fails only when cancelled or when the index
 * could not be written even after a rebuild. Starting an update while one runs is allowed: it
 * waits for the running one. */
gboolean cmq_index_update (CmqIndex *self, GCancellable *cancellable, CmqIndexStats *stats,
                           GError **error);
void cmq_index_update_async (CmqIndex *self, GCancellable *cancellable,
                             GAsyncReadyCallback callback, gpointer user_data);
gboolean cmq_index_update_finish (CmqIndex *self, GAsyncResult *result, CmqIndexStats *stats,
                                  GError **error);
gboolean cmq_index_is_updating (CmqIndex *self);

/* TRUE when the folders are those of the last complete update and none of them changed since
 * (by its modification and change times and inode, without looking at its files). A file added,
 * removed or renamed in a folder changes it; a file rewritten in place does not, nor does a change
 * to the target of a symbolic link. For `communique --search`, which trusts the index then, as
 * locate does; the window always updates. */
gboolean cmq_index_folders_unchanged (CmqIndex *self);
guint cmq_index_get_n_releases (CmqIndex *self);

/* Hits for @query (an empty query lists every release), at most @limit (0: all). Returns a
 * GPtrArray of CmqIndexHit, or NULL with @error set when the index failed (it then recovers by
 * itself: a corrupt index is rebuilt and "changed" emitted once it is filled again). The async
 * form runs in a worker thread, for search-as-you-type; cancel the previous one on each key. */
GPtrArray *cmq_index_query (CmqIndex *self, CmqQuery *query, CmqIndexSort sort, guint limit,
                            CmqIndexQueryFlags flags, GCancellable *cancellable, GError **error);
void cmq_index_query_async (CmqIndex *self, CmqQuery *query, CmqIndexSort sort, guint limit,
                            CmqIndexQueryFlags flags, GCancellable *cancellable,
                            GAsyncReadyCallback callback, gpointer user_data);
GPtrArray *cmq_index_query_finish (CmqIndex *self, GAsyncResult *result, GError **error);

/* Called for each hit of cmq_index_query_foreach(), in order; the hit and its strings are valid
 * during the call only. Return FALSE to stop. */
typedef gboolean (*CmqIndexHitFunc) (const CmqIndexHit *hit, gpointer user_data);

/* The hits of cmq_index_query() handed to @func one at a time, in order, as they are read: for
 * `communique --search`, which prints them (a common word matches most of a large library: no
 * copy of them is gathered). The index is locked during the calls: @func must not use it. FALSE
 * with @error set as cmq_index_query() would return NULL; @func may have had hits by then. */
gboolean cmq_index_query_foreach (CmqIndex *self, CmqQuery *query, CmqIndexSort sort, guint limit,
                                  CmqIndexQueryFlags flags, CmqIndexHitFunc func,
                                  gpointer user_data, GCancellable *cancellable, GError **error);

/* Releases found by @query in one month (cmq_index_count_months()). */
typedef struct
{
  guint year;
  guint month; /* 1 to 12 */
  guint count;
} CmqIndexMonthCount;

/* How many releases cmq_index_query() would return for @query in each month: a GArray of
 * CmqIndexMonthCount, oldest first, months without a release left out; the releases without a
 * full date in @n_undated. One GROUP BY in the index (milliseconds at 10,000 releases), but it
 * grows with the library: call it from a worker thread. NULL with @error set as
 * cmq_index_query() would. */
GArray *cmq_index_count_months (CmqIndex *self, CmqQuery *query, guint *n_undated,
                                GCancellable *cancellable, GError **error);

/* How many of the newest matches relevance ranks; 0 ranks every match (slow on a large archive). */
void cmq_index_set_rank_limit (CmqIndex *self, guint rank_limit);

/* The snippet of one hit (for a row that becomes visible), with CMQ_INDEX_MARK_* around matched
 * words; NULL when @id does not match @query. */
char *cmq_index_dup_snippet (CmqIndex *self, CmqQuery *query, const char *id, GError **error);

/* Pango markup for a snippet: the text escaped, matched words in <b>. */
char *cmq_index_snippet_to_markup (const char *snippet);
/* Plain text for a snippet, matched words between @start and @end (e.g. "**"). */
char *cmq_index_snippet_to_text (const char *snippet, const char *start, const char *end);

/* The whole release (paragraphs, quotes, date…) as it was imported, read from the index. */
CmqRelease *cmq_index_load_release (CmqIndex *self, const char *id, GError **error);

/* The releases whose wording is most like that of release @id, best first, at most @limit (0:
 * all candidates): a GPtrArray of CmqIndexHit whose score is the estimated share of their
 * features (words and pairs of words) the two have in common, 0 to 1. Read from the signatures
 * written at import time (see cmq-index-similar.c): a bounded number of lookups whatever the
 * size of the library, never a text. Empty when @id is not indexed or has no words; NULL with
 * @error set when the index failed. */
GPtrArray *cmq_index_similar (CmqIndex *self, const char *id, guint limit,
                              GCancellable *cancellable, GError **error);

/* The note of release @id changed ("" or NULL: no note). Notes are searchable; the index keeps a
 * copy and updates it at once, or as soon as the database is free when an update holds it. Notes
 * of releases not (yet) indexed are kept and apply when they are. */
void cmq_index_set_note (CmqIndex *self, const char *id, const char *note);

/* Signals:
 * "progress" (guint done, guint total): files examined so far during an update; the last one
 *   comes when the update is over, whether it succeeded, failed or was cancelled;
 * "changed": the indexed releases changed; re-run the current query;
 * "status-changed": cmq_index_get_status() changed. */

G_END_DECLS
