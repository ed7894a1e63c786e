/* cmq-index-sizes.c: each release's length in tokens (all the columns of fts), kept in memory
 * for ranking.
 *
 * bm25 weighs a row's matches by its length, which FTS5's xColumnSize() reads from the table
 * fts_docsize, one B-tree lookup per ranked row: a third of the cost of ranking the 2,000
 * newest matches. Here the whole table is read once, in docid order, into two arrays, and a
 * length is a binary search. A length is never stale, and the arrays are read again only when the
 * full-text data changed: when the database changed, by this connection or another
 * (SQLITE_FCNTL_DATA_VERSION, which counts both), the two records FTS5 rewrites with each of its
 * writes are compared with those the arrays were read with (fts_data's structure, a new segment
 * for each transaction that wrote tokens, and its averages, the rows and tokens of the table).
 * Another write (the folders an update scanned, a note of a release not indexed) keeps them;
 * a note this connection wrote changes one length, in place (cmq_index_rank_written()).
 * A connection for a process that ranks once and exits (cmq_index_rank_set_on_demand()) reads
 * only what its ranked statement needs: the cut-off (cmq-index-cutoff.c) says which docids that
 * statement ranks and how many rows it ranks (cmq_index_rank_set_ranked()). A length looked up
 * by itself costs about what LOOKUP_ROWS rows of a read in docid order do, so the rows of a part
 * of the table (the 2,000 newest matches of a common word, a date filter) are read when it has
 * at most LOOKUP_ROWS for each row ranked (estimated from its share of the docids, and never
 * more than that many read), the whole table (a word with fewer matches) likewise; cmq_rank asks
 * xColumnSize() for each ranked row not read. So a
 * rare word at 10,000 releases (948 ranked) no longer reads 10,000 lengths, and a common one at
 * 100,000 reads the few thousand of its range instead of looking up 2,000. Without a cut-off,
 * all of them below @on_demand rows and none from there on; never the whole table from there on.
 *
 * It also keeps, for the expression the caller says its ranked statements match
 * (cmq_index_rank_set_match()), how many rows have each of its phrases: bm25's document
 * frequency, which cmq_rank counts by running the phrase over the index (up to half the rows, a
 * few milliseconds each at 100,000 releases). FTS5's ORDER BY rank counted each phrase twice
 * for one ranked statement (its cursors do not share our auxiliary data), and the window ranks
 * the same query twice a keystroke (its first screen, then the whole list). The counts are kept
 * for the data version they were made at, and dropped with the lengths when it changes; the
 * key is the expression bound to the statement, never SQL made from it.
 *
 * One per connection, used by that connection's statements only: never by two threads at once.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-index"

#include <string.h>

#include "cmq-index-private.h"

struct _CmqIndexSizes
{
  sqlite3 *db;
  gboolean loaded;      /* @key, @version and @counts are current (and the arrays, but on demand) */
  unsigned int version; /* the data version the arrays were read at */
  GByteArray *key;      /* fts_data's structure and averages, at @version */
  sqlite3_int64 on_demand; /* see cmq_index_rank_set_on_demand() */
  GArray *docids;          /* sqlite3_int64, ascending */
  GArray *sizes;           /* int, the length of the docid at the same index */
  char *match;             /* the MATCH expression of the statements ranked now; NULL: not known */
  sqlite3_int64 ranked_low, ranked_high; /* the docids the statements ranked now rank */
  sqlite3_int64 n_ranked;                /* and how many rows they rank; -1: not known */
  gboolean partial;                      /* the arrays hold the lengths of a ranked range only: */
  sqlite3_int64 read[3]; /* that range and its rows ranked (ranked_low, ranked_high, n_ranked) */
  GHashTable *counts;    /* MATCH expression -> GArray of sqlite3_int64 (-1: not counted yet),
                           the rows having each phrase, at @version */
};

/* Expressions whose counts are kept: a few keystrokes' worth. */
#define MAX_MATCHES 16

/* A length looked up by itself (xColumnSize()) costs about what this many rows of a read in
 * docid order do (callgrind, at 10,000 and 100,000 releases). */
#define LOOKUP_ROWS 7

/* The connections' CmqIndexSizes (sqlite3 * -> CmqIndexSizes *), for
 * cmq_index_rank_set_match(): FTS5 gives its functions' data to them only. */
static GMutex registry_lock;
static GHashTable *registry;

CmqIndexSizes *
cmq_index_sizes_new (sqlite3 *db)
{
  CmqIndexSizes *sizes = g_new0 (CmqIndexSizes, 1);

  sizes->db = db;
  sizes->on_demand = G_MAXINT64;
  sizes->n_ranked = -1;
  sizes->docids = g_array_new (FALSE, FALSE, sizeof (sqlite3_int64));
  sizes->sizes = g_array_new (FALSE, FALSE, sizeof (int));
  sizes->key = g_byte_array_new ();
  sizes->counts =
      g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  g_mutex_lock (&registry_lock);
  if (registry == NULL)
    registry = g_hash_table_new (NULL, NULL);
  g_hash_table_replace (registry, db, sizes);
  g_mutex_unlock (&registry_lock);
  return sizes;
}

void
cmq_index_sizes_free (void *data)
{
  CmqIndexSizes *sizes = data;

  g_mutex_lock (&registry_lock);
  if (g_hash_table_lookup (registry, sizes->db) == sizes)
    g_hash_table_remove (registry, sizes->db);
  g_mutex_unlock (&registry_lock);
  g_hash_table_unref (sizes->counts);
  g_free (sizes->match);
  g_array_unref (sizes->docids);
  g_array_unref (sizes->sizes);
  g_byte_array_unref (sizes->key);
  g_free (sizes);
}

/* The SQLite varint at @blob[*@i] (seven bits a byte, the most significant first, the ninth byte
 * whole) into @value, @i moved past it; FALSE when it runs past @length. */
static gboolean
read_varint (const unsigned char *blob, int length, int *i, guint64 *value)
{
  int n = 0;

  *value = 0;
  for (; *i < length && n < 8 && (blob[*i] & 0x80); (*i)++, n++)
    *value = (*value << 7) | (blob[*i] & 0x7f);
  if (*i == length)
    return FALSE;
  *value = n == 8 ? (*value << 8) | blob[*i] : (*value << 7) | blob[*i];
  (*i)++;
  return TRUE;
}

/* The sum of the varints of a fts_docsize row; -1 when it is malformed. */
static int
sum_varints (const unsigned char *blob, int length)
{
  sqlite3_int64 total = 0;
  int i = 0;

  while (i < length)
    {
      guint64 value;

      if (!read_varint (blob, length, &i, &value))
        return -1;
      total += (sqlite3_int64) value;
      if (total > G_MAXINT)
        return -1;
    }
  return (int) total;
}

static guint n_loads; /* atomic, see cmq_index_sizes_get_n_loads() */

guint
cmq_index_sizes_get_n_loads (void)
{
  return (guint) g_atomic_int_get (&n_loads);
}

/* Reads the lengths of the docids of [@low, @high), the newest first, at most @limit (-1: all),
 * into the arrays, ascending. */
static int
load (CmqIndexSizes *sizes, sqlite3_int64 low, sqlite3_int64 high, sqlite3_int64 limit)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (sizes->db,
                               "SELECT id, sz FROM main.fts_docsize WHERE id >= ?1 AND id < ?2"
                               " ORDER BY id DESC LIMIT ?3",
                               -1, &stmt, NULL);

  g_atomic_int_inc (&n_loads);
  g_array_set_size (sizes->docids, 0);
  g_array_set_size (sizes->sizes, 0);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, low);
      sqlite3_bind_int64 (stmt, 2, high);
      sqlite3_bind_int64 (stmt, 3, limit);
    }
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      sqlite3_int64 docid = sqlite3_column_int64 (stmt, 0);
      int size = sum_varints (sqlite3_column_blob (stmt, 1), sqlite3_column_bytes (stmt, 1));

      rc = SQLITE_OK;
      if (size < 0)
        continue; /* left to xColumnSize(), which says what is wrong with it */
      g_array_append_val (sizes->docids, docid);
      g_array_append_val (sizes->sizes, size);
    }
  sqlite3_finalize (stmt);
  /* Read newest first: reversed, for the binary search. */
  for (guint i = 0, j = sizes->docids->len; i + 1 < j; i++, j--)
    {
      sqlite3_int64 docid = g_array_index (sizes->docids, sqlite3_int64, i);
      int size = g_array_index (sizes->sizes, int, i);

      g_array_index (sizes->docids, sqlite3_int64, i) =
          g_array_index (sizes->docids, sqlite3_int64, j - 1);
      g_array_index (sizes->sizes, int, i) = g_array_index (sizes->sizes, int, j - 1);
      g_array_index (sizes->docids, sqlite3_int64, j - 1) = docid;
      g_array_index (sizes->sizes, int, j - 1) = size;
    }
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* The records of fts_data FTS5 rewrites with each write of the table (10: its structure, 1: its
 * averages), each as its id, its length and its bytes. */
static int
read_key (sqlite3 *db, GByteArray *key)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (
      db, "SELECT id, block FROM main.fts_data WHERE id IN (1, 10) ORDER BY id", -1, &stmt, NULL);

  g_byte_array_set_size (key, 0);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      sqlite3_int64 head[2] = { sqlite3_column_int64 (stmt, 0), sqlite3_column_bytes (stmt, 1) };

      g_byte_array_append (key, (const guint8 *) head, sizeof head);
      if (head[1] > 0)
        g_byte_array_append (key, sqlite3_column_blob (stmt, 1), (guint) head[1]);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* The rows of fts: the first varint of its averages, the first record of @key (see read_key());
 * -1 when @key has none. */
static sqlite3_int64
key_rows (GByteArray *key)
{
  sqlite3_int64 head[2];
  guint64 rows;
  int i = 0;

  if (key->len < sizeof head)
    return -1;
  memcpy (head, key->data, sizeof head);
  if (head[0] != 1 || head[1] <= 0 || key->len < sizeof head + head[1] ||
      !read_varint (key->data + sizeof head, (int) head[1], &i, &rows) || rows > G_MAXINT64)
    return -1;
  return (sqlite3_int64) rows;
}

/* How many rows fts_docsize has in [@low, @high), estimated from the share of the docid span of
 * its @rows rows (two lookups, one aggregate each: both in one would scan the table; docids are
 * days, spread over the library's years). */
static sqlite3_int64
estimate_rows (sqlite3 *db, sqlite3_int64 low, sqlite3_int64 high, sqlite3_int64 rows, int *rc_out)
{
  sqlite3_stmt *stmt = NULL;
  sqlite3_int64 estimate = rows;
  int rc = sqlite3_prepare_v2 (db,
                               "SELECT (SELECT min(id) FROM main.fts_docsize),"
                               " (SELECT max(id) FROM main.fts_docsize)",
                               -1, &stmt, NULL);

  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      sqlite3_int64 first = sqlite3_column_int64 (stmt, 0);
      sqlite3_int64 last = sqlite3_column_int64 (stmt, 1);
      double span = (double) last - (double) first + 1.0;
      double part = (double) MIN (high, last + 1) - (double) MAX (low, first);

      estimate = part <= 0.0 ? 0 : (sqlite3_int64) (rows * MIN (1.0, part / span));
    }
  rc = rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
  sqlite3_finalize (stmt);
  *rc_out = rc;
  return estimate;
}

/* Reads the lengths the ranked statements need (see the top of the file); none when they are
 * cheaper looked up one by one. */
static int
load_needed (CmqIndexSizes *sizes, GByteArray *key)
{
  sqlite3_int64 rows = key_rows (key);
  sqlite3_int64 budget = LOOKUP_ROWS * sizes->n_ranked;
  int rc = SQLITE_OK;

  sizes->partial = FALSE;
  if (sizes->on_demand == G_MAXINT64 || rows < 0)
    return load (sizes, 0, G_MAXINT64, -1);
  if (sizes->n_ranked < 0)
    return rows < sizes->on_demand ? load (sizes, 0, G_MAXINT64, -1) : SQLITE_OK;
  sizes->partial = TRUE;
  sizes->read[0] = sizes->ranked_low;
  sizes->read[1] = sizes->ranked_high;
  sizes->read[2] = sizes->n_ranked;
  /* The whole table, whose rows are known: read whole, or not at all. */
  if (sizes->ranked_low <= 0 && sizes->ranked_high == G_MAXINT64)
    return rows <= budget && rows < sizes->on_demand ? load (sizes, 0, G_MAXINT64, -1) : SQLITE_OK;
  /* A part: read (up to @budget rows) when its share of the docids says it has no more than
   * @budget rows; else none. Counting them would cost a good part of the read. */
  if (estimate_rows (sizes->db, sizes->ranked_low, sizes->ranked_high, rows, &rc) > budget ||
      rc != SQLITE_OK)
    return rc;
  return load (sizes, sizes->ranked_low, sizes->ranked_high, budget);
}

/* Whether the arrays hold the lengths of a ranked range other than the one ranked now: read
 * again for it. */
static gboolean
other_range (CmqIndexSizes *sizes)
{
  return sizes->partial &&
         (sizes->read[0] != sizes->ranked_low || sizes->read[1] != sizes->ranked_high ||
          sizes->read[2] != sizes->n_ranked);
}

static gboolean
same_key (GByteArray *a, GByteArray *b)
{
  return a->len == b->len && memcmp (a->data, b->data, a->len) == 0;
}

int
cmq_index_sizes_check (CmqIndexSizes *sizes)
{
  g_autoptr (GByteArray) key = NULL;
  unsigned int version = 0;
  int rc = sqlite3_file_control (sizes->db, "main", SQLITE_FCNTL_DATA_VERSION, &version);

  if (rc == SQLITE_OK && sizes->loaded && version == sizes->version && !other_range (sizes))
    return SQLITE_OK;
  key = g_byte_array_new ();
  if (rc == SQLITE_OK)
    rc = read_key (sizes->db, key);
  if (rc != SQLITE_OK)
    {
      sizes->loaded = FALSE;
      g_hash_table_remove_all (sizes->counts);
      return rc;
    }
  /* Written, but not the full-text table: the lengths and counts are those of this version. */
  if (!sizes->loaded || !same_key (key, sizes->key))
    g_hash_table_remove_all (sizes->counts);
  if (!sizes->loaded || !same_key (key, sizes->key) || other_range (sizes))
    {
      g_array_set_size (sizes->docids, 0);
      g_array_set_size (sizes->sizes, 0);
      rc = load_needed (sizes, key);
      sizes->loaded = rc == SQLITE_OK;
      g_byte_array_set_size (sizes->key, 0);
      g_byte_array_append (sizes->key, key->data, key->len);
    }
  sizes->version = version;
  return rc;
}

/* The position of @docid in the arrays, or of the first greater docid. */
static guint
position_of (CmqIndexSizes *sizes, sqlite3_int64 docid)
{
  const sqlite3_int64 *docids = (const sqlite3_int64 *) sizes->docids->data;
  guint low = 0, high = sizes->docids->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (docids[middle] < docid)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

gboolean
cmq_index_sizes_lookup (CmqIndexSizes *sizes, sqlite3_int64 docid, int *n_tokens)
{
  guint at;

  if (!sizes->loaded)
    return FALSE;
  at = position_of (sizes, docid);
  if (at == sizes->docids->len || g_array_index (sizes->docids, sqlite3_int64, at) != docid)
    return FALSE;
  *n_tokens = g_array_index (sizes->sizes, int, at);
  return TRUE;
}

/* The length of @docid is now @size (-1: none, or malformed: left to xColumnSize()). */
static void
set_size (CmqIndexSizes *sizes, sqlite3_int64 docid, int size)
{
  guint at = position_of (sizes, docid);
  gboolean present =
      at < sizes->docids->len && g_array_index (sizes->docids, sqlite3_int64, at) == docid;

  if (present && size >= 0)
    g_array_index (sizes->sizes, int, at) = size;
  else if (present)
    {
      g_array_remove_index (sizes->docids, at);
      g_array_remove_index (sizes->sizes, at);
    }
  else if (size >= 0)
    {
      g_array_insert_val (sizes->docids, at, docid);
      g_array_insert_val (sizes->sizes, at, size);
    }
}

/* The length of the row @docid of fts_docsize, -1 when it has none or a malformed one. */
static int
read_size (sqlite3 *db, sqlite3_int64 docid, int *rc_out)
{
  sqlite3_stmt *stmt = NULL;
  int size = -1;
  int rc =
      sqlite3_prepare_v2 (db, "SELECT sz FROM main.fts_docsize WHERE id = ?1", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, docid);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        size = sum_varints (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
      rc = rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
  sqlite3_finalize (stmt);
  *rc_out = rc;
  return size;
}

static CmqIndexSizes *
sizes_of (sqlite3 *db)
{
  CmqIndexSizes *sizes;

  g_mutex_lock (&registry_lock);
  sizes = registry != NULL ? g_hash_table_lookup (registry, db) : NULL;
  g_mutex_unlock (&registry_lock);
  return sizes;
}

static void
preload (sqlite3 *db, gboolean ranked_only)
{
  CmqIndexSizes *sizes = sizes_of (db);
  int version, rc;

  if (sizes == NULL || (ranked_only && !sizes->loaded))
    return;
  /* In one read transaction, so that the lengths are those of the version they are kept for. */
  rc = sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return;
  rc = cmq_index_query_int (db, "PRAGMA main.schema_version", &version);
  if (rc == SQLITE_OK)
    cmq_index_sizes_check (sizes);
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
}

void
cmq_index_rank_preload (sqlite3 *db)
{
  /* A connection that never ranked may never rank: nothing to keep fresh. */
  preload (db, TRUE);
}

void
cmq_index_rank_load (sqlite3 *db)
{
  preload (db, FALSE);
}

void
cmq_index_rank_set_on_demand (sqlite3 *db, sqlite3_int64 from_rows)
{
  CmqIndexSizes *sizes = sizes_of (db);

  if (sizes == NULL)
    return;
  sizes->on_demand = from_rows;
  g_array_set_size (sizes->docids, 0);
  g_array_set_size (sizes->sizes, 0);
  sizes->loaded = FALSE;
  sizes->partial = FALSE;
}

gboolean
cmq_index_rank_is_current (sqlite3 *db)
{
  CmqIndexSizes *sizes = sizes_of (db);
  unsigned int version = 0;

  return sizes != NULL && sizes->loaded &&
         sqlite3_file_control (db, "main", SQLITE_FCNTL_DATA_VERSION, &version) == SQLITE_OK &&
         version == sizes->version;
}

void
cmq_index_rank_written (sqlite3 *db, sqlite3_int64 docid)
{
  CmqIndexSizes *sizes = sizes_of (db);
  g_autoptr (GByteArray) key = g_byte_array_new ();
  unsigned int written = 0, version = 0;
  int size = -1;
  int rc;

  if (sizes == NULL || !sizes->loaded)
    return;
  /* The version of this connection's commit; the same in the read below unless another
   * connection wrote since: then the next statement compares the records, and reads them all. */
  rc = sqlite3_file_control (db, "main", SQLITE_FCNTL_DATA_VERSION, &written);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return;
  size = read_size (db, docid, &rc);
  if (rc == SQLITE_OK)
    rc = sqlite3_file_control (db, "main", SQLITE_FCNTL_DATA_VERSION, &version);
  if (rc == SQLITE_OK && version == written)
    rc = read_key (db, key);
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  if (rc != SQLITE_OK || version != written)
    return;
  if (sizes->docids->len > 0)
    set_size (sizes, docid, size);
  g_byte_array_set_size (sizes->key, 0);
  g_byte_array_append (sizes->key, key->data, key->len);
  sizes->version = version;
  /* The rows having a phrase may have changed with the row. */
  g_hash_table_remove_all (sizes->counts);
}

void
cmq_index_rank_set_match (sqlite3 *db, const char *match)
{
  CmqIndexSizes *sizes = sizes_of (db);

  if (sizes == NULL)
    return;
  g_free (sizes->match);
  sizes->match = g_strdup (match);
  /* The statements ranked for the cut-off are done. */
  if (match == NULL)
    sizes->n_ranked = -1;
}

void
cmq_index_rank_set_ranked (sqlite3 *db, sqlite3_int64 low, sqlite3_int64 high,
                           sqlite3_int64 n_ranked)
{
  CmqIndexSizes *sizes = sizes_of (db);

  if (sizes == NULL)
    return;
  sizes->ranked_low = low;
  sizes->ranked_high = high;
  sizes->n_ranked = n_ranked;
}

/* The counts of the expression ranked now, of @n_phrases phrases; NULL when not known, or with
 * @create, new ones. */
static GArray *
counts_get (CmqIndexSizes *sizes, int n_phrases, gboolean create)
{
  GArray *counts;

  if (!sizes->loaded || sizes->match == NULL)
    return NULL;
  counts = g_hash_table_lookup (sizes->counts, sizes->match);
  if (counts != NULL && counts->len == (guint) n_phrases)
    return counts;
  if (!create)
    return NULL;
  if (g_hash_table_size (sizes->counts) >= MAX_MATCHES)
    g_hash_table_remove_all (sizes->counts);
  counts = g_array_sized_new (FALSE, FALSE, sizeof (sqlite3_int64), n_phrases);
  g_array_set_size (counts, n_phrases);
  for (int i = 0; i < n_phrases; i++)
    g_array_index (counts, sqlite3_int64, i) = -1;
  g_hash_table_replace (sizes->counts, g_strdup (sizes->match), counts);
  return counts;
}

gboolean
cmq_index_sizes_get_count (CmqIndexSizes *sizes, int n_phrases, int phrase, sqlite3_int64 *n_hits)
{
  GArray *counts = counts_get (sizes, n_phrases, FALSE);

  if (counts == NULL || phrase < 0 || phrase >= n_phrases ||
      g_array_index (counts, sqlite3_int64, phrase) < 0)
    return FALSE;
  *n_hits = g_array_index (counts, sqlite3_int64, phrase);
  return TRUE;
}

void
cmq_index_sizes_set_count (CmqIndexSizes *sizes, int n_phrases, int phrase, sqlite3_int64 n_hits)
{
  GArray *counts = counts_get (sizes, n_phrases, TRUE);

  if (counts != NULL && phrase >= 0 && phrase < n_phrases)
    g_array_index (counts, sqlite3_int64, phrase) = n_hits;
}
