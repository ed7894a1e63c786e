/* cmq-index-private.h: what the files of the index share: cmq-index.c (the object, opening and
 * recovering), cmq-index-schema.c (the database and its SQL functions), cmq-index-codec.c (how a
 * release is stored), cmq-index-query.c (hits, snippets, bodies, notes) and the update
 * (cmq-index-update.c, with cmq-index-update-private.h for what its parts share).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "cmq-index.h"

G_BEGIN_DECLS

typedef struct _CmqIndexCutoff CmqIndexCutoff;
typedef struct _CmqIndexTerms CmqIndexTerms;

struct _CmqIndex
{
  GObject parent_instance;

  GMainContext *context; /* where signals are emitted */

  /* Guards everything below, and the use of @db. */
  GMutex lock;
  char *path; /* the database in use */
  gboolean fallback;
  sqlite3 *db;      /* queries, notes, bodies; updates use a connection of their own */
  guint generation; /* bumped each time the database is replaced (rebuilt) */
  GStrv folders;
  GHashTable *pending_notes; /* id -> note not yet written (the database was busy) */
  GSource *retry_notes;      /* retries pending notes */

  guint rank_limit;       /* see cmq_index_set_rank_limit() */
  CmqIndexCutoff *cutoff; /* the last ranked query's cut-off (cmq-index-cutoff.c) */
  CmqIndexTerms *terms;   /* the words of the last long prefixes (cmq-index-terms.c) */

  /* Snippets made with the last query's first hits (id -> snippet), for the MATCH expression
   * @snippets_match; emptied whenever the index is written. */
  GHashTable *snippets;
  char *snippets_match;

  GMutex update_lock; /* one update at a time */
  int updating;       /* atomic */

  CmqIndexStatus status; /* under the lock */
  GStrv fallback_dirs;   /* where the index may move when its disk is full; NULL: the defaults */

  GThread *lengths; /* reads the lengths ranking needs when the index is opened; atomic */
  sqlite3_int64 lengths_on_demand; /* under the lock; see cmq_index_set_lengths_on_demand() */
};

/* A release's docid is its day (Julian day number) shifted left by this, plus a sequence number;
 * undated releases take docids below CMQ_INDEX_UNDATED_END. Docid order is date order, so date
 * filters are rowid ranges and "newest first" is a walk of the doclists that stops as soon as
 * enough hits are found. A small shift keeps the rowid deltas FTS5 stores short. */
#define CMQ_INDEX_DOCID_DAY_SHIFT 10
#define CMQ_INDEX_UNDATED_END     ((sqlite3_int64) 1 << 28) /* below the key of 1000-01-01 */
/* The first docid of the day @date ("YYYY-MM-DD", year 1000 or later); 0 for NULL or a malformed
 * date. */
sqlite3_int64 cmq_index_date_key (const char *date);

/* The library folders as the last complete update found them (cmq_index_folders_unchanged()).
 * Added after schema version 2 without a new version: every update creates it if it is missing,
 * before it writes anything (IF NOT EXISTS takes no lock when it is there), so an index made by
 * an older version gets it at its next update. */
#define CMQ_INDEX_FOLDERS_SQL                                                                      \
  "CREATE TABLE IF NOT EXISTS folders (path TEXT PRIMARY KEY, mtime INTEGER NOT NULL,"             \
  " ctime INTEGER NOT NULL, inode INTEGER NOT NULL) WITHOUT ROWID;"

/* How relevance is ranked: title words weigh 8, body words 1, notes 2 (see cmq_rank in
 * cmq-index-schema.c). */
#define CMQ_INDEX_RANK "cmq_rank(8.0, 1.0, 2.0)"

/* cmq-index-schema.c */

/* Opens a connection with our pragmas and SQL functions; schema not checked. */
sqlite3 *cmq_index_db_open (const char *path, int *rc_out);
/* Opens @path as an index of our schema: creates it when empty, rebuilds it when damaged or of
 * another version. NULL with @rc_out set when it cannot be used (locked, read-only, …). */
sqlite3 *cmq_index_schema_open (const char *path, int *rc_out);
/* The source: filters of a hits statement over docs as d, ?6 and ?7 as cmq_query_get_sources()
 * and cmq_query_get_exclude_sources() give them: a release without a source matches no source:
 * (and every -source:). */
#define CMQ_INDEX_SOURCE_FILTER                                                                    \
  " AND ((?6 IS NULL AND ?7 IS NULL) OR cmq_source_ok (d.source, ?6, ?7))"

/* cmq-index-cutoff.c: lock held. The docid of the rank_limit-th newest match of @match in
 * [@low, @high) (with @query's source: filters), or -1 when fewer match: the ranked statement
 * ranks the matches from it on. Kept for the data version and the database it was found in. */
sqlite3_int64 cmq_index_rank_threshold (CmqIndex *self, CmqQuery *query, const char *match,
                                        sqlite3_int64 low, sqlite3_int64 high, int *rc_out);
void cmq_index_cutoff_free (CmqIndexCutoff *cutoff);
/* How many times a cut-off was looked up in the index rather than kept, for tests. */
guint cmq_index_cutoff_get_n_found (void);

/* cmq-index-terms.c: lock held, outside a transaction. @match with each prefix of five
 * characters or more written as the words of the index it starts (one phrase of alternatives,
 * the same rows, scores and snippets), or NULL when there is nothing to rewrite. */
char *cmq_index_terms_expand (CmqIndex *self, const char *match, int *rc_out);
void cmq_index_terms_free (CmqIndexTerms *terms);
/* How many times the words of a prefix were read from the index, for tests. */
guint cmq_index_terms_get_n_listed (void);
/* Opens a quoted string of the "cmq" tokenizer's alternatives: words each after this mark. */
#define CMQ_INDEX_TERMS_MARK '\x1f'

/* cmq-index-sizes.c: each release's length in tokens, in memory, for cmq_rank (one per
 * connection, for its own statements). */
typedef struct _CmqIndexSizes CmqIndexSizes;
CmqIndexSizes *cmq_index_sizes_new (sqlite3 *db);
void cmq_index_sizes_free (void *sizes);
/* Reads the lengths again if the full-text table changed since they were read. */
int cmq_index_sizes_check (CmqIndexSizes *sizes);
/* The length of the row @docid of fts, all its columns; FALSE when not known. */
gboolean cmq_index_sizes_lookup (CmqIndexSizes *sizes, sqlite3_int64 docid, int *n_tokens);
/* Until called again, the ranked statements of @db match @match (NULL: not known), the very
 * expression bound to their MATCH: the rows having each of its phrases are counted once per
 * version of the database. Only around a statement whose MATCH is @match. */
void cmq_index_rank_set_match (sqlite3 *db, const char *match);
/* Until cmq_index_rank_set_match (@db, NULL), the ranked statements of @db rank @n_ranked rows
 * (at most), all of docids in [@low, @high): a process that ranks once reads only their lengths
 * (cmq_index_rank_set_on_demand()). Set by the cut-off (cmq_index_rank_threshold()). */
void cmq_index_rank_set_ranked (sqlite3 *db, sqlite3_int64 low, sqlite3_int64 high,
                                sqlite3_int64 n_ranked);
/* How many rows have the phrase @phrase of the expression ranked now (of @n_phrases phrases), up
 * to half the rows, as counted at the version of the last cmq_index_sizes_check(); FALSE when
 * not known. */
gboolean cmq_index_sizes_get_count (CmqIndexSizes *sizes, int n_phrases, int phrase,
                                    sqlite3_int64 *n_hits);
void cmq_index_sizes_set_count (CmqIndexSizes *sizes, int n_phrases, int phrase,
                                sqlite3_int64 n_hits);
/* Reads the lengths of @db's cmq_rank again now if the database changed and it ranked before:
 * off the path of the next query. */
void cmq_index_rank_preload (sqlite3 *db);
/* The same, even if @db never ranked: the lengths are in memory before its first ranked query. */
void cmq_index_rank_load (sqlite3 *db);
/* For a process that ranks once and exits: the lengths of @db's cmq_rank are those its ranked
 * statement needs (cmq_index_rank_set_ranked()), the others read row by row from fts_docsize
 * (xColumnSize()); without a cut-off, all of them below @from_rows rows of fts and none from
 * there on. G_MAXINT64 (the default): all of them, kept. */
void cmq_index_rank_set_on_demand (sqlite3 *db, sqlite3_int64 from_rows);
/* In a transaction of @db: whether its lengths are those of the data it sees (not to be read
 * again). */
gboolean cmq_index_rank_is_current (sqlite3 *db);
/* After @db committed a write of the full-text row @docid (and no other), the lengths being
 * current before it: the length of @docid read again, not all of them. */
void cmq_index_rank_written (sqlite3 *db, sqlite3_int64 docid);
/* How many times the lengths were read (all connections), for the tests. */
guint cmq_index_sizes_get_n_loads (void);
/* How many times cmq_rank counted the rows having a phrase (all connections), for the tests. */
guint cmq_index_rank_get_n_counted (void);

/* cmq-index-tokens.c: unicode61 for any thread; one pass of it per release, replayed into fts. */

typedef int (*CmqIndexTokenFunc) (void *data, int flags, const char *token, int length, int start,
                                  int end);
/* Runs FTS5's unicode61 tokenizer, with the options of the fts table, over @text (@length < 0:
 * up to its NUL). */
int cmq_index_tokenize (const char *text, int length, void *data, CmqIndexTokenFunc token_cb);
/* The tokens of @text (not copied: it must outlive them), added by whoever tokenizes it. */
typedef struct _CmqIndexTokens CmqIndexTokens;
CmqIndexTokens *cmq_index_tokens_new (const char *text);
void cmq_index_tokens_free (CmqIndexTokens *tokens);
void cmq_index_tokens_add (CmqIndexTokens *tokens, const char *token, int length, int start,
                           int end);
/* No token will be added: keeps them in as little memory as they take. */
void cmq_index_tokens_end (CmqIndexTokens *tokens);
/* Until called again with NULL, the "cmq" tokenizer gives @tokens (ended), without tokenizing,
 * for a document whose text is theirs byte for byte (this thread only). */
void cmq_index_tokens_replay (const CmqIndexTokens *tokens);
/* How many texts the "cmq" tokenizer replayed so far (all threads), for the tests. */
guint cmq_index_tokens_get_n_replayed (void);
/* Registers the "cmq" tokenizer (unicode61 remove_diacritics 2, or tokens replayed). */
int cmq_index_tokens_register (fts5_api *api);

/* cmq-index-prefixes.c: the two- and three-letter prefixes of the words (the table prefixes). */

#define CMQ_INDEX_PREFIXES_SQL                                                                     \
  "CREATE VIRTUAL TABLE prefixes USING fts5 (words, content = '', detail = none,"                  \
  " columnsize = 0, tokenize = 'cmq_words')"

/* The distinct two- and three-letter prefixes of the words of @title and @body (either may be
 * NULL), folded as fts folds them, separated by spaces: a release's row in prefixes. With
 * @body_tokens, the tokens of @body are kept there as well, in the same pass. Any thread. */
char *cmq_index_prefixes_of (const char *title, const char *body, CmqIndexTokens *body_tokens);
/* A snippet of @text around its first word starting with one of @prefixes (separated by spaces),
 * marked; NULL when none does. */
char *cmq_index_prefix_snippet (const char *text, const char *prefixes);
/* cmq_prefixes (text, …) and cmq_prefix_snippet (text, prefixes), see there. */
int cmq_index_prefixes_register (sqlite3 *db);
/* What a query matches: @words over fts and @prefixes over the table prefixes
 * (cmq_query_get_word_match() and cmq_query_get_prefix_match()); but while that table is
 * unfinished (a cold build writes it aside, or one was cut short: the table unfinished has a
 * row), cmq_query_get_match() over fts and no prefixes: the same releases, more slowly.
 * @fallback says which. Reads @db: call it in the read transaction of the statements it is
 * for (cmq_index_read_begin()), once a query. */
typedef struct
{
  const char *words;
  const char *prefixes;
  gboolean fallback;
} CmqIndexMatch;
int cmq_index_match_for (sqlite3 *db, CmqQuery *query, CmqIndexMatch *match);
/* While the prefixes table is unfinished, a short prefix over fts ("de"*) is a merge of the
 * doclists of every word it starts, over the whole index whatever the docid range (FTS5 3.40):
 * 25 to 140 ms at 100,000 releases. A query of one short prefix, newest first, with a limit,
 * first reads the text of the newest releases of its range (cmq_has_prefix()), in windows of
 * cmq_index_fallback_get_window () releases and more, and asks fts only for the rest. The docid the
 * window of the @n newest releases of [@low, @high) starts at, or @low when there are fewer. */
guint cmq_index_fallback_get_window (void);
void cmq_index_fallback_set_window (guint n);
sqlite3_int64 cmq_index_fallback_bound (sqlite3 *db, sqlite3_int64 low, sqlite3_int64 high,
                                        sqlite3_int64 n, int *rc_out);
/* How many windows were read so (for the tests). */
guint cmq_index_fallback_get_n_scanned (void);
/* A read transaction around a query's statements, so that they and cmq_index_match_for() see
 * one snapshot; TRUE when it was begun here (and is to be ended with cmq_index_read_end()),
 * FALSE inside one already begun. */
gboolean cmq_index_read_begin (sqlite3 *db);
void cmq_index_read_end (sqlite3 *db, gboolean begun);
/* cmq-index-prefix-build.c: how many cold builds wrote their prefixes on a thread of their own
 * (for the tests). */
guint cmq_index_prefix_build_get_n_copied (void);
/* cmq-index-snippet.c: cmq_snippet(), snippet() widened to whole words. */
int cmq_index_snippet_register (fts5_api *api);
/* The first characters of @docid's body, cut at a word: the snippet of a hit that matched no
 * word (only filters). */
char *cmq_index_lead_text (sqlite3 *db, sqlite3_int64 docid);
/* Deletes the database at @path with its WAL, shared memory and journal. */
void cmq_index_delete_files (const char *path);
/* Runs @sql, whose first row's first column is an integer, into @value. */
int cmq_index_query_int (sqlite3 *db, const char *sql, int *value);
gboolean cmq_index_db_exec (sqlite3 *db, const char *sql, GError **error);
/* Sets @error from the connection's last error; returns @rc. */
int cmq_index_set_sqlite_error (GError **error, sqlite3 *db, int rc);
gboolean cmq_index_rc_is_corrupt (int rc);

/* The database was found corrupt (rc from any statement): replaces it with an empty one. The
 * caller must not hold the lock. */
void cmq_index_recover (CmqIndex *self, int rc);
/* Waits for the lengths read when the index was opened (for the tests, and finalize). */
void cmq_index_wait_lengths (CmqIndex *self);
/* The lengths ranking weighs matches by are looked up row by row from @from_rows releases on
 * (cmq_index_rank_set_on_demand(), for this index's connections): G_MAXINT64 for an index of
 * cmq_index_new(), CMQ_INDEX_ON_DEMAND_ROWS for one of cmq_index_new_for_command(). */
void cmq_index_set_lengths_on_demand (CmqIndex *self, sqlite3_int64 from_rows);
/* The path and generation now in use, under the lock. */
char *cmq_index_dup_path (CmqIndex *self, guint *generation);

/* cmq-index-codec.c: how a release is stored (see there). */

/* Bodies are stored deflated: they are most of the index otherwise. */
GBytes *cmq_index_deflate (const char *text, gsize length);
/* NUL-terminated; @out_length (nullable) is the whole length, which may hold inner NULs. */
char *cmq_index_inflate (const void *data, gsize length, gsize *out_length);
/* Replaces the snippet marks, which must not occur in indexed text, by spaces (in place). */
void cmq_index_strip_marks (char *text);
/* The stored body of @release, deflated; @text_out: its indexed text (paragraphs joined by "\n",
 * marks removed). */
GBytes *cmq_index_encode_body (CmqRelease *release, char **text_out);
/* The indexed text of a stored body; NULL when it cannot be inflated. */
char *cmq_index_body_text (const void *blob, gsize length);
/* The indexed text of a stored body read from its start only as far as it is asked for: a
 * snippet needs the text up to its window, not the whole body. */
typedef struct
{
  const void *blob;
  gsize blob_length;
  char *text;   /* the text inflated so far, marks stripped, NUL-terminated */
  gsize length; /* its bytes */
  gsize allocated;
  gboolean complete; /* the whole indexed text is there */
  gboolean started;
} CmqIndexBodyReader;
/* Starts reading @blob, which must stay valid until cmq_index_body_reader_clear(). */
void cmq_index_body_reader_init (CmqIndexBodyReader *reader, const void *blob, gsize length);
/* Inflates until the text holds at least @want bytes or is complete; FALSE when the body is
 * damaged. Other inflating on this thread must not come between two calls. */
gboolean cmq_index_body_reader_fill (CmqIndexBodyReader *reader, gsize want);
void cmq_index_body_reader_clear (CmqIndexBodyReader *reader);
CmqDateSource cmq_index_date_source_from_string (const char *text);

/* Writes a docs row: bind with cmq_index_bind_doc(). */
#define CMQ_INDEX_INSERT_DOC_SQL                                                                   \
  "INSERT INTO docs (docid, id, file, title, date, partial_date, language, date_source, source,"   \
  " url, kind, mtime, chrome_lines) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "   \
  "?13)"
/* @title: the release's title, marks removed. */
void cmq_index_bind_doc (sqlite3_stmt *stmt, sqlite3_int64 docid, CmqRelease *release,
                         const char *file, const char *title);
/* The columns of docs (as d) a hit is read from, and those of a whole release (with bodies as b). */
#define CMQ_INDEX_HIT_COLUMNS                                                                      \
  "d.id, d.file, d.title, d.date, d.partial_date, d.language, d.date_source, d.source, d.url,"     \
  " d.kind"
#define CMQ_INDEX_N_HIT_COLUMNS   10
#define CMQ_INDEX_RELEASE_COLUMNS CMQ_INDEX_HIT_COLUMNS ", d.mtime, d.chrome_lines, b.body"
/* A hit (score and snippet not set) from CMQ_INDEX_HIT_COLUMNS, starting at column @first. */
CmqIndexHit *cmq_index_read_hit (sqlite3_stmt *stmt, int first);
/* As cmq_index_read_hit(), into @hit, without copies: its strings are @stmt's, valid until it
 * steps again. */
void cmq_index_peek_hit (sqlite3_stmt *stmt, int first, CmqIndexHit *hit);
/* As cmq_index_peek_hit(), the id, file, title and date only (CMQ_INDEX_QUERY_BRIEF): the other
 * fields of @hit are left as they are. */
void cmq_index_peek_brief_hit (sqlite3_stmt *stmt, int first, CmqIndexHit *hit);
/* A release from CMQ_INDEX_RELEASE_COLUMNS, starting at column @first; NULL when its body is
 * damaged. */
CmqRelease *cmq_index_read_release (sqlite3_stmt *stmt, int first);

/* Writes the rows of one release's full text; @docid's row in docs must exist. */
gboolean cmq_index_fts_insert (sqlite3 *db, sqlite3_int64 docid, GError **error);
gboolean cmq_index_fts_delete (sqlite3 *db, sqlite3_int64 docid, GError **error);

/* Writes pending notes through @db (any connection, no transaction open); notes that stay
 * pending are retried later. */
void cmq_index_flush_notes (CmqIndex *self, sqlite3 *db);

/* Empties the snippets kept from the last query (the index changed); takes the lock. */
void cmq_index_forget_snippets (CmqIndex *self);

/* Signals, emitted in the index's main context from any thread. */
void cmq_index_emit_progress (CmqIndex *self, guint done, guint total);
void cmq_index_emit_changed (CmqIndex *self);

/* cmq-index-space.c: the disk of the index filling up. */

/* What is free on the file system holding @db_path, and the reserve an update must leave there
 * (an eighth of the file system, at most 64 MiB). FALSE when it cannot be known (an in-memory
 * database): then writing goes on. */
gboolean cmq_index_space_get (const char *db_path, guint64 *free_bytes, guint64 *reserve);
/* SQLite's way of saying the disk is full. */
gboolean cmq_index_rc_is_space (int rc);
/* Moves the index to a new one in a temporary folder on another file system with room for
 * @needed bytes and its reserve (the temporary folder, the runtime folder, /dev/shm): status
 * CMQ_INDEX_STATUS_MOVED, to be filled by the update. The old file is left as it is (it is within
 * its reserve). FALSE when no folder had room. The caller must not hold the lock. */
gboolean cmq_index_move_for_space (CmqIndex *self, guint64 needed);
/* Sets the status and emits "status-changed" when it changed; takes the lock. */
void cmq_index_set_status (CmqIndex *self, CmqIndexStatus status);
/* Tests: the folders the index may move to (NULL: the defaults). */
void cmq_index_set_fallback_dirs_for_testing (CmqIndex *self, const char *const *dirs);

/* cmq-index-similar.c: the signature of a release's wording (see there). */

/* Slots of a sketch: 32-bit values, stored as a blob of this many in native byte order. */
#define CMQ_INDEX_SKETCH_SLOTS 32
/* The first slots, those that have rows in sketch_slots to find candidates by. */
#define CMQ_INDEX_SKETCH_INDEXED 8
/* The MinHash sketch of @title and @text into @sketch (CMQ_INDEX_SKETCH_SLOTS values); FALSE when
 * they have no feature. Pure, for any thread. */
gboolean cmq_index_sketch_compute (const char *title, const char *text, guint32 *sketch);
/* The key of sketch_slots for @value in @slot. */
sqlite3_int64 cmq_index_sketch_key (guint slot, guint32 value);

/* cmq-index-update.c */
gboolean cmq_index_run_update (CmqIndex *self, GCancellable *cancellable, CmqIndexStats *stats,
                               GError **error);

/* The docid of the release @id, 0 when the index has none (cmq-index-query.c). */
sqlite3_int64 cmq_index_lookup_docid (sqlite3 *db, const char *id, int *rc_out);

G_END_DECLS
