/* cmq-index-sizes.c: each release's length in tokens (all the columns of fts), kept in memory
 * for ranking.
 *
 * bm25 weighs a row's matches by its length, which FTS5's xColumnSize() reads from the table
 * fts_docsize, one B-tree lookup per ranked row: a third of the cost of ranking the 2,000
 * newest matches. Here the whole table is read once, in docid order, into two arrays, and a
 * length is a binary search. The arrays are read again whenever the database changed, by this
 * connection or another (SQLITE_FCNTL_DATA_VERSION, which counts both), so a length is never
 * stale: an update or a note written changes what is ranked next.
 *
 * One per connection, used by that connection's statements only: never by two threads at once.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-index"

#include "cmq-index-private.h"

struct _CmqIndexSizes
{
  sqlite3 *db;
  gboolean loaded;
  unsigned int version; /* the data version the arrays were read at */
  GArray *docids;       /* sqlite3_int64, ascending */
  GArray *sizes;        /* int, the length of the docid at the same index */
};

CmqIndexSizes *
cmq_index_sizes_new (sqlite3 *db)
{
  CmqIndexSizes *sizes = g_new0 (CmqIndexSizes, 1);

  sizes->db = db;
  sizes->docids = g_array_new (FALSE, FALSE, sizeof (sqlite3_int64));
  sizes->sizes = g_array_new (FALSE, FALSE, sizeof (int));
  return sizes;
}

void
cmq_index_sizes_free (void *data)
{
  CmqIndexSizes *sizes = data;

  g_array_unref (sizes->docids);
  g_array_unref (sizes->sizes);
  g_free (sizes);
}

/* The sum of the varints of a fts_docsize row (SQLite's varints: seven bits a byte, the most
 * significant first, the ninth byte whole); -1 when it is malformed. */
static int
sum_varints (const unsigned char *blob, int length)
{
  sqlite3_int64 total = 0;
  int i = 0;

  while (i < length)
    {
      guint64 value = 0;
      int n = 0;

      for (; i < length && n < 8 && (blob[i] & 0x80); i++, n++)
        value = (value << 7) | (blob[i] & 0x7f);
      if (i == length)
        return -1;
      value = n == 8 ? (value << 8) | blob[i] : (value << 7) | blob[i];
      i++;
      total += (sqlite3_int64) value;
      if (total > G_MAXINT)
        return -1;
    }
  return (int) total;
}

static int
load (CmqIndexSizes *sizes)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (sizes->db, "SELECT id, sz FROM main.fts_docsize ORDER BY id", -1,
                               &stmt, NULL);

  g_array_set_size (sizes->docids, 0);
  g_array_set_size (sizes->sizes, 0);
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
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

int
cmq_index_sizes_check (CmqIndexSizes *sizes)
{
  unsigned int version = 0;
  int rc = sqlite3_file_control (sizes->db, "main", SQLITE_FCNTL_DATA_VERSION, &version);

  if (rc != SQLITE_OK)
    {
      sizes->loaded = FALSE;
      return rc;
    }
  if (sizes->loaded && version == sizes->version)
    return SQLITE_OK;
  rc = load (sizes);
  sizes->loaded = rc == SQLITE_OK;
  sizes->version = version;
  return rc;
}

gboolean
cmq_index_sizes_lookup (CmqIndexSizes *sizes, sqlite3_int64 docid, int *n_tokens)
{
  const sqlite3_int64 *docids = (const sqlite3_int64 *) sizes->docids->data;
  guint low = 0, high = sizes->docids->len;

  if (!sizes->loaded)
    return FALSE;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (docids[middle] < docid)
        low = middle + 1;
      else
        high = middle;
    }
  if (low == sizes->docids->len || docids[low] != docid)
    return FALSE;
  *n_tokens = g_array_index (sizes->sizes, int, low);
  return TRUE;
}
