/* cmq-index-notes.c: the index's copy of the user's notes (and highlights), which makes them
 * searchable: each note is written in its own transaction with its release's full-text row, and
 * notes that met a busy database are retried a little later.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-index"

#include <string.h>

#include "cmq-index-private.h"

/* Pending notes are retried after this long when the database was busy. */
#define NOTES_RETRY_SECONDS 2

/* Writes one note in its own transaction: the full-text row of its release is deleted with the
 * old note and written again with the new one. */
static int
write_note (sqlite3 *db, const char *id, const char *note)
{
  sqlite3_stmt *stmt = NULL;
  sqlite3_int64 docid;
  gboolean current;
  int rc;

  rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return rc;

  docid = cmq_index_lookup_docid (db, id, &rc);
  current = rc == SQLITE_OK && cmq_index_rank_is_current (db);
  if (rc == SQLITE_OK && docid != 0 && !cmq_index_fts_delete (db, docid, NULL))
    rc = sqlite3_extended_errcode (db);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db,
                             *note != '\0'
                                 ? "INSERT OR REPLACE INTO notes (id, note) VALUES (?1, ?2)"
                                 : "DELETE FROM notes WHERE id = ?1",
                             -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
      if (*note != '\0')
        sqlite3_bind_text (stmt, 2, note, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt) == SQLITE_DONE ? SQLITE_OK : sqlite3_extended_errcode (db);
    }
  sqlite3_finalize (stmt);
  if (rc == SQLITE_OK && docid != 0 && !cmq_index_fts_insert (db, docid, NULL))
    rc = sqlite3_extended_errcode (db);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  /* One length changed: ranking reads it alone, not all of them on the next query. */
  else if (current && docid != 0)
    cmq_index_rank_written (db, docid);
  return rc;
}

static gboolean
retry_notes_cb (gpointer user_data)
{
  CmqIndex *self = user_data;

  g_mutex_lock (&self->lock);
  g_clear_pointer (&self->retry_notes, g_source_unref);
  g_mutex_unlock (&self->lock);
  cmq_index_flush_notes (self, NULL);
  return G_SOURCE_REMOVE;
}

/* Lock held. */
static void
schedule_retry (CmqIndex *self)
{
  if (self->retry_notes != NULL)
    return;
  /* The source is destroyed in finalize, so it need not hold a reference. */
  self->retry_notes = g_timeout_source_new_seconds (NOTES_RETRY_SECONDS);
  g_source_set_callback (self->retry_notes, retry_notes_cb, self, NULL);
  g_source_attach (self->retry_notes, self->context);
}

void
cmq_index_flush_notes (CmqIndex *self, sqlite3 *db)
{
  GHashTableIter iter;
  gpointer id, note;
  gboolean changed = FALSE;
  int rc = SQLITE_OK;

  g_mutex_lock (&self->lock);
  /* While an update writes, the main connection would wait for it: the update writes the notes
   * when it ends, and the retry catches a note set after that. */
  if (db == NULL && g_atomic_int_get (&self->updating) > 0)
    {
      schedule_retry (self);
      g_mutex_unlock (&self->lock);
      return;
    }
  g_hash_table_iter_init (&iter, self->pending_notes);
  while (g_hash_table_iter_next (&iter, &id, &note))
    {
      rc = write_note (db != NULL ? db : self->db, id, note);
      if (rc != SQLITE_OK)
        break;
      g_hash_table_iter_remove (&iter);
      changed = TRUE;
    }
  if (changed)
    {
      /* The notes are part of the searched text. */
      g_hash_table_remove_all (self->snippets);
      g_clear_pointer (&self->snippets_match, g_free);
    }
  if (rc != SQLITE_OK && !cmq_index_rc_is_corrupt (rc) && db == NULL)
    schedule_retry (self);
  g_mutex_unlock (&self->lock);

  if (rc != SQLITE_OK)
    g_debug ("Notes not written yet: %s", sqlite3_errstr (rc));
  cmq_index_recover (self, rc);
  if (changed)
    cmq_index_emit_changed (self);
}

void
cmq_index_set_note (CmqIndex *self, const char *id, const char *note)
{
  char *text;

  g_return_if_fail (CMQ_IS_INDEX (self));
  g_return_if_fail (id != NULL);

  text = g_utf8_make_valid (note != NULL ? note : "", -1);
  cmq_index_strip_marks (text);
  g_mutex_lock (&self->lock);
  g_hash_table_replace (self->pending_notes, g_strdup (id), text);
  g_mutex_unlock (&self->lock);

  cmq_index_flush_notes (self, NULL);
}
