/* cmq-index-writer.c: the statements an update writes with, on a connection of its own: a
 * file's row, and the release it holds unless another file holds it already, with the signature
 * of its wording (cmq-index-similar.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-index"

#include <string.h>

#include "cmq-importer.h"
#include "cmq-index-update-private.h"

#define WRITER_CACHE_SIZE "-32768" /* KiB */
#define WRITE_BUSY_MS     1000
#define MAX_BUSY_RETRIES  3

void
cmq_index_writer_clear (Writer *writer)
{
  sqlite3_finalize (writer->file_docid);
  sqlite3_finalize (writer->delete_file);
  sqlite3_finalize (writer->other_file);
  sqlite3_finalize (writer->set_doc_file);
  sqlite3_finalize (writer->delete_doc);
  sqlite3_finalize (writer->delete_body);
  sqlite3_finalize (writer->find_doc);
  sqlite3_finalize (writer->next_docid);
  sqlite3_finalize (writer->insert_doc);
  sqlite3_finalize (writer->insert_body);
  sqlite3_finalize (writer->insert_fts);
  sqlite3_finalize (writer->insert_prefixes);
  sqlite3_finalize (writer->insert_file);
  sqlite3_finalize (writer->find_sketch);
  sqlite3_finalize (writer->delete_sketch);
  sqlite3_finalize (writer->delete_slot);
  sqlite3_finalize (writer->insert_sketch);
  sqlite3_finalize (writer->insert_slot);
  sqlite3_close (writer->db);
  memset (writer, 0, sizeof *writer);
}

/* The indexed slots of a sketch, in one statement. */
static int
prepare_insert_slots (Writer *writer)
{
  g_autoptr (GString) sql = g_string_new ("INSERT OR IGNORE INTO sketch_slots (key, docid) VALUES");

  for (guint slot = 0; slot < CMQ_INDEX_SKETCH_INDEXED; slot++)
    g_string_append_printf (sql, "%s (?%u, ?1)", slot > 0 ? "," : "", slot + 2);
  return sqlite3_prepare_v3 (writer->db, sql->str, -1, SQLITE_PREPARE_PERSISTENT,
                             &writer->insert_slot, NULL);
}

int
cmq_index_writer_init (Writer *writer, const char *path)
{
  static const struct
  {
    gsize offset;
    const char *sql;
  } statements[] = {
    { G_STRUCT_OFFSET (Writer, file_docid), "SELECT docid FROM files WHERE path = ?" },
    { G_STRUCT_OFFSET (Writer, delete_file), "DELETE FROM files WHERE path = ?" },
    { G_STRUCT_OFFSET (Writer, other_file), "SELECT path FROM files WHERE docid = ? LIMIT 1" },
    { G_STRUCT_OFFSET (Writer, set_doc_file),
      "UPDATE docs SET file = ?2 WHERE docid = ?1 AND file = ?3" },
    { G_STRUCT_OFFSET (Writer, delete_doc), "DELETE FROM docs WHERE docid = ?" },
    { G_STRUCT_OFFSET (Writer, delete_body), "DELETE FROM bodies WHERE docid = ?" },
    { G_STRUCT_OFFSET (Writer, find_doc), "SELECT docid FROM docs WHERE id = ?" },
    { G_STRUCT_OFFSET (Writer, next_docid),
      "SELECT coalesce (max (docid), ?1) + 1 FROM docs WHERE docid > ?1 AND docid < ?2" },
    { G_STRUCT_OFFSET (Writer, insert_doc), CMQ_INDEX_INSERT_DOC_SQL },
    { G_STRUCT_OFFSET (Writer, insert_body), "INSERT INTO bodies (docid, body) VALUES (?, ?)" },
    { G_STRUCT_OFFSET (Writer, insert_fts),
      "INSERT INTO fts (rowid, title, body, notes)"
      " VALUES (?1, ?2, ?3, coalesce ((SELECT note FROM notes WHERE id = ?4), ''))" },
    /* The prefixes the worker found, with those of the release's note should it have one. */
    { G_STRUCT_OFFSET (Writer, insert_prefixes),
      "INSERT INTO prefixes (rowid, words) VALUES (?1, coalesce ((SELECT cmq_prefixes (?2, note)"
      " FROM notes WHERE id = ?3), ?2))" },
    { G_STRUCT_OFFSET (Writer, insert_file),
      "INSERT OR REPLACE INTO files (path, size, mtime, inode, docid, skipped)"
      " VALUES (?, ?, ?, ?, ?, ?)" },
    { G_STRUCT_OFFSET (Writer, find_sketch), "SELECT sketch FROM sketches WHERE docid = ?" },
    { G_STRUCT_OFFSET (Writer, delete_sketch), "DELETE FROM sketches WHERE docid = ?" },
    { G_STRUCT_OFFSET (Writer, delete_slot),
      "DELETE FROM sketch_slots WHERE key = ? AND docid = ?" },
    { G_STRUCT_OFFSET (Writer, insert_sketch),
      "INSERT INTO sketches (docid, sketch) VALUES (?, ?)" },
  };
  int rc;

  memset (writer, 0, sizeof *writer);
  writer->db = cmq_index_db_open (path, &rc);
  if (writer->db == NULL)
    return rc;
  sqlite3_busy_timeout (writer->db, WRITE_BUSY_MS);
  if ((rc = prepare_insert_slots (writer)) != SQLITE_OK)
    return rc;
  if ((rc = sqlite3_exec (writer->db, CMQ_INDEX_FOLDERS_SQL, NULL, NULL, NULL)) != SQLITE_OK)
    return rc;
  /* The index is a cache, rebuilt when damaged: no need to wait for the disk at each commit. A
   * larger cache keeps the b-tree pages a bulk import touches out of the WAL's way. */
  sqlite3_exec (writer->db, "PRAGMA synchronous = OFF; PRAGMA cache_size = " WRITER_CACHE_SIZE,
                NULL, NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    {
      sqlite3_stmt **stmt = G_STRUCT_MEMBER_P (writer, statements[i].offset);

      rc = sqlite3_prepare_v3 (writer->db, statements[i].sql, -1, SQLITE_PREPARE_PERSISTENT, stmt,
                               NULL);
      if (rc != SQLITE_OK)
        return rc;
    }
  return SQLITE_OK;
}

/* Runs @stmt once (its parameters bound) and resets it; SQLITE_ROW is kept for lookups. */
static int
step (sqlite3_stmt *stmt)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE)
    rc = SQLITE_OK;
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
    }
  return rc;
}

static void
finish (sqlite3_stmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

/* The rows of sketch_slots are found again through the sketch itself: no index by docid. */
static int
forget_sketch (Writer *writer, sqlite3_int64 docid)
{
  guint32 sketch[CMQ_INDEX_SKETCH_SLOTS];
  int rc;

  sqlite3_bind_int64 (writer->find_sketch, 1, docid);
  rc = step (writer->find_sketch);
  if (rc != SQLITE_ROW)
    return rc; /* none */
  if (sqlite3_column_bytes (writer->find_sketch, 0) != sizeof sketch)
    {
      finish (writer->find_sketch);
      return SQLITE_CORRUPT;
    }
  memcpy (sketch, sqlite3_column_blob (writer->find_sketch, 0), sizeof sketch);
  finish (writer->find_sketch);
  for (guint slot = 0; slot < CMQ_INDEX_SKETCH_INDEXED; slot++)
    {
      sqlite3_bind_int64 (writer->delete_slot, 1, cmq_index_sketch_key (slot, sketch[slot]));
      sqlite3_bind_int64 (writer->delete_slot, 2, docid);
      if ((rc = step (writer->delete_slot)) != SQLITE_OK)
        return rc;
    }
  sqlite3_bind_int64 (writer->delete_sketch, 1, docid);
  return step (writer->delete_sketch);
}

static int
write_sketch (Writer *writer, Imported *imported, sqlite3_int64 docid)
{
  int rc;

  if (!imported->has_sketch)
    return SQLITE_OK;
  sqlite3_bind_int64 (writer->insert_sketch, 1, docid);
  sqlite3_bind_blob (writer->insert_sketch, 2, imported->sketch, sizeof imported->sketch,
                     SQLITE_STATIC);
  if ((rc = step (writer->insert_sketch)) != SQLITE_OK)
    return rc;
  sqlite3_bind_int64 (writer->insert_slot, 1, docid);
  for (guint slot = 0; slot < CMQ_INDEX_SKETCH_INDEXED; slot++)
    sqlite3_bind_int64 (writer->insert_slot, slot + 2,
                        cmq_index_sketch_key (slot, imported->sketch[slot]));
  return step (writer->insert_slot);
}

int
cmq_index_writer_forget_file (Writer *writer, const char *path)
{
  sqlite3_int64 docid = 0;
  int rc;

  sqlite3_bind_text (writer->file_docid, 1, path, -1, SQLITE_STATIC);
  rc = step (writer->file_docid);
  if (rc == SQLITE_ROW)
    {
      docid = sqlite3_column_int64 (writer->file_docid, 0);
      finish (writer->file_docid);
      rc = SQLITE_OK;
    }
  if (rc != SQLITE_OK)
    return rc;

  sqlite3_bind_text (writer->delete_file, 1, path, -1, SQLITE_STATIC);
  if ((rc = step (writer->delete_file)) != SQLITE_OK || docid == 0)
    return rc;

  sqlite3_bind_int64 (writer->other_file, 1, docid);
  rc = step (writer->other_file);
  if (rc == SQLITE_ROW)
    {
      g_autofree char *other =
          g_strdup ((const char *) sqlite3_column_text (writer->other_file, 0));

      finish (writer->other_file);
      sqlite3_bind_int64 (writer->set_doc_file, 1, docid);
      sqlite3_bind_text (writer->set_doc_file, 2, other, -1, SQLITE_STATIC);
      sqlite3_bind_text (writer->set_doc_file, 3, path, -1, SQLITE_STATIC);
      return step (writer->set_doc_file);
    }
  if (rc != SQLITE_OK)
    return rc;

  if (!cmq_index_fts_delete (writer->db, docid, NULL))
    return sqlite3_extended_errcode (writer->db);
  if ((rc = forget_sketch (writer, docid)) != SQLITE_OK)
    return rc;
  sqlite3_bind_int64 (writer->delete_body, 1, docid);
  if ((rc = step (writer->delete_body)) != SQLITE_OK)
    return rc;
  sqlite3_bind_int64 (writer->delete_doc, 1, docid);
  return step (writer->delete_doc);
}

static int
write_release (Writer *writer, Imported *imported, sqlite3_int64 *docid_out)
{
  CmqRelease *release = imported->release;
  const char *id = cmq_release_get_id (release);
  g_autofree char *title = g_strdup (cmq_release_get_title (release));
  sqlite3_stmt *stmt = writer->insert_doc;
  sqlite3_int64 day;
  int rc;

  sqlite3_bind_text (writer->find_doc, 1, id, -1, SQLITE_STATIC);
  rc = step (writer->find_doc);
  if (rc == SQLITE_ROW)
    {
      *docid_out = sqlite3_column_int64 (writer->find_doc, 0);
      finish (writer->find_doc);
      return SQLITE_OK; /* the same release in another file */
    }
  if (rc != SQLITE_OK)
    return rc;

  /* The next free docid of the release's day (see cmq_index_date_key()). Should a day ever be
   * full, the release goes to the next day with room: its date filters are then off by that much. */
  day = cmq_index_date_key (cmq_release_get_date (release));
  *docid_out = -1;
  for (int next = 0; next < 366 && *docid_out < 0; next++)
    {
      sqlite3_int64 start = day > 0 ? day + ((sqlite3_int64) next << CMQ_INDEX_DOCID_DAY_SHIFT) : 0;
      sqlite3_int64 end = day > 0 ? start + ((sqlite3_int64) 1 << CMQ_INDEX_DOCID_DAY_SHIFT)
                                  : CMQ_INDEX_UNDATED_END;

      sqlite3_bind_int64 (writer->next_docid, 1, start);
      sqlite3_bind_int64 (writer->next_docid, 2, end);
      rc = step (writer->next_docid);
      if (rc != SQLITE_ROW)
        return rc == SQLITE_OK ? SQLITE_ERROR : rc;
      if (sqlite3_column_int64 (writer->next_docid, 0) < end)
        *docid_out = sqlite3_column_int64 (writer->next_docid, 0);
      finish (writer->next_docid);
      if (day == 0)
        break;
    }
  if (*docid_out < 0)
    return SQLITE_FULL;

  cmq_index_strip_marks (title);
  cmq_index_bind_doc (stmt, *docid_out, release, imported->file->path, title);
  if ((rc = step (stmt)) != SQLITE_OK)
    return rc;

  stmt = writer->insert_body;
  sqlite3_bind_int64 (stmt, 1, *docid_out);
  sqlite3_bind_blob (stmt, 2, g_bytes_get_data (imported->deflated, NULL),
                     g_bytes_get_size (imported->deflated), SQLITE_STATIC);
  if ((rc = step (stmt)) != SQLITE_OK)
    return rc;

  stmt = writer->insert_fts;
  sqlite3_bind_int64 (stmt, 1, *docid_out);
  sqlite3_bind_text (stmt, 2, title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, imported->body, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, id, -1, SQLITE_STATIC);
  cmq_index_tokens_replay (imported->tokens);
  rc = step (stmt);
  cmq_index_tokens_replay (NULL);
  if (rc != SQLITE_OK)
    return rc;

  /* In a cold build, on the thread that writes them aside (a note's are added at the end). */
  if (writer->prefix_build != NULL)
    {
      cmq_index_prefix_build_add (writer->prefix_build, *docid_out, imported->prefixes);
      return write_sketch (writer, imported, *docid_out);
    }
  stmt = writer->insert_prefixes;
  sqlite3_bind_int64 (stmt, 1, *docid_out);
  sqlite3_bind_text (stmt, 2, imported->prefixes, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, id, -1, SQLITE_STATIC);
  if ((rc = step (stmt)) != SQLITE_OK)
    return rc;
  return write_sketch (writer, imported, *docid_out);
}

int
cmq_index_writer_write (Writer *writer, Imported *imported, gboolean known)
{
  CmqRelease *release = imported->release;
  sqlite3_stmt *stmt = writer->insert_file;
  sqlite3_int64 docid = 0;
  int rc;

  if (known && (rc = cmq_index_writer_forget_file (writer, imported->file->path)) != SQLITE_OK)
    return rc;
  if (release != NULL && (rc = write_release (writer, imported, &docid)) != SQLITE_OK)
    return rc;

  sqlite3_bind_text (stmt, 1, imported->file->path, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, imported->file->size);
  sqlite3_bind_int64 (stmt, 3, imported->file->mtime);
  sqlite3_bind_int64 (stmt, 4, (sqlite3_int64) imported->file->inode);
  if (release != NULL)
    sqlite3_bind_int64 (stmt, 5, docid);
  else
    {
      /* one line per file in the log, whatever the file's name holds */
      g_autofree char *display = cmq_importer_display_name (imported->file->path);

      sqlite3_bind_text (stmt, 6, imported->reason, -1, SQLITE_STATIC);
      g_debug ("Not a release: %s: %s", display, imported->reason);
    }
  return step (stmt);
}

int
cmq_index_writer_begin (Writer *writer, GCancellable *cancellable)
{
  int rc = SQLITE_BUSY;

  for (int i = 0; i < MAX_BUSY_RETRIES && !g_cancellable_is_cancelled (cancellable); i++)
    {
      rc = sqlite3_exec (writer->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
      if ((rc & 0xff) != SQLITE_BUSY)
        break;
    }
  return rc;
}
