/* fuzz-query.c: libFuzzer target for the search language parser (cmq-query.c): whatever is typed,
 * the MATCH expression it builds is one FTS5 accepts, and the date filters are dates.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fuzz-query"

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "cmq-query.h"
#include "fuzz.h"

static sqlite3 *db;

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_init ();
  /* The columns of the index's table (cmq-index.c), without its external content. */
  g_assert (sqlite3_open (":memory:", &db) == SQLITE_OK);
  g_assert (sqlite3_exec (db,
                          "CREATE VIRTUAL TABLE fts USING fts5 (title, body, notes, tokenize = "
                          "'unicode61 remove_diacritics 2', prefix = '2 3');"
                          "INSERT INTO fts VALUES ('NATO summit', 'collective defence', '');",
                          NULL, NULL, NULL) == SQLITE_OK);
  return 0;
}

static void
check_match (const char *match)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (match == NULL)
    return;
  g_assert (sqlite3_prepare_v2 (db, "SELECT rowid FROM fts WHERE fts MATCH ?", -1, &stmt, NULL) ==
            SQLITE_OK);
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ;
  if (rc != SQLITE_DONE)
    g_error ("FTS5 refuses %s: %s", match, sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
}

static void
check_date (const char *date)
{
  unsigned int y, m, d;

  if (date == NULL)
    return;
  g_assert (strlen (date) == 10 && sscanf (date, "%4u-%2u-%2u", &y, &m, &d) == 3);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);

  for (guint flags = 0; flags <= CMQ_QUERY_FLAGS_LAST_IS_PREFIX; flags++)
    {
      g_autoptr (CmqQuery) query = cmq_query_parse (text, flags);
      g_autofree char *readable = NULL;

      g_assert (query != NULL);
      check_match (cmq_query_get_match (query));
      check_match (cmq_query_get_exclude_match (query));
      check_date (cmq_query_get_date_from (query));
      check_date (cmq_query_get_date_until (query));
      g_assert (cmq_query_get_highlight_terms (query) != NULL);
      readable = cmq_query_to_string (query);
      g_assert (readable != NULL);
    }
  return 0;
}
