/* library-fixture.h: folders of release files imported as the application imports them, for
 * tests: through a temporary CmqIndex (cmq_index_set_folders(), cmq_index_update()), its
 * releases read back whole (cmq_index_load_release(), as the reader does) and the files it
 * skipped with their reasons (the index's files table).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "cmq-index.h"
#include "cmq-library.h"
#include "remove-tree.h"

typedef struct
{
  char *cache; /* the temporary folder of the index */
  CmqIndex *index;
  GListStore *releases; /* of CmqRelease, newest first, one per release id */
  GPtrArray *skipped;   /* of CmqSkippedFile, by path */
} CmqTestLibrary;

static inline void
cmq_test_library_free (CmqTestLibrary *library)
{
  g_clear_object (&library->index);
  cmq_test_remove_tree (library->cache);
  g_free (library->cache);
  g_clear_object (&library->releases);
  g_clear_pointer (&library->skipped, g_ptr_array_unref);
  g_free (library);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CmqTestLibrary, cmq_test_library_free)

static inline void
cmq_test_library_read_releases (CmqTestLibrary *library)
{
  g_autoptr (CmqQuery) all = cmq_query_parse ("", CMQ_QUERY_FLAGS_NONE);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) hits = NULL;

  hits = cmq_index_query (library->index, all, CMQ_INDEX_SORT_NEWEST, 0, CMQ_INDEX_QUERY_NONE, NULL,
                          &error);
  g_assert_no_error (error);
  g_list_store_remove_all (library->releases);
  for (guint i = 0; i < hits->len; i++)
    {
      CmqIndexHit *hit = g_ptr_array_index (hits, i);
      g_autoptr (CmqRelease) release = cmq_index_load_release (library->index, hit->id, &error);

      g_assert_no_error (error);
      g_list_store_append (library->releases, release);
    }
}

static inline void
cmq_test_library_read_skipped (CmqTestLibrary *library)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_ptr_array_set_size (library->skipped, 0);
  g_assert_cmpint (
      sqlite3_open_v2 (cmq_index_get_path (library->index), &db, SQLITE_OPEN_READONLY, NULL), ==,
      SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT path, skipped FROM files"
                                       " WHERE skipped IS NOT NULL ORDER BY path",
                                       -1, &stmt, NULL),
                   ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (library->skipped,
                     cmq_skipped_file_new ((const char *) sqlite3_column_text (stmt, 0),
                                           (const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* Imports the folders again (new, changed and removed files, folders added or taken away), then
 * reads the releases and the skipped files back. */
static inline void
cmq_test_library_update (CmqTestLibrary *library, const char *const *folders)
{
  g_autoptr (GError) error = NULL;

  cmq_index_set_folders (library->index, folders);
  g_assert_true (cmq_index_update (library->index, NULL, NULL, &error));
  g_assert_no_error (error);
  cmq_test_library_read_releases (library);
  cmq_test_library_read_skipped (library);
}

/* A library of no folder yet: connect to its index's signals, then call
 * cmq_test_library_update(). */
static inline CmqTestLibrary *
cmq_test_library_new (void)
{
  CmqTestLibrary *library = g_new0 (CmqTestLibrary, 1);
  g_autoptr (GError) error = NULL;
  g_autofree char *db_path = NULL;

  library->cache = g_dir_make_tmp ("communique-test-library-XXXXXX", &error);
  g_assert_no_error (error);
  db_path = g_build_filename (library->cache, "index.sqlite", NULL);
  library->index = cmq_index_new (db_path);
  library->releases = g_list_store_new (CMQ_TYPE_RELEASE);
  library->skipped = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_skipped_file_free);
  return library;
}

/* The releases of one folder, imported. */
static inline CmqTestLibrary *
cmq_test_library_import (const char *folder)
{
  const char *folders[] = { folder, NULL };
  CmqTestLibrary *library = cmq_test_library_new ();

  cmq_test_library_update (library, folders);
  return library;
}

static inline GListModel *
cmq_test_library_get_releases (CmqTestLibrary *library)
{
  return G_LIST_MODEL (library->releases);
}

static inline guint
cmq_test_library_n_releases (CmqTestLibrary *library)
{
  return g_list_model_get_n_items (G_LIST_MODEL (library->releases));
}

/* The position of the release read from @path, or G_MAXUINT (also when it shows from another
 * file). */
static inline guint
cmq_test_library_find_release_by_file (CmqTestLibrary *library, const char *path)
{
  for (guint i = 0; i < cmq_test_library_n_releases (library); i++)
    {
      g_autoptr (CmqRelease) release = g_list_model_get_item (G_LIST_MODEL (library->releases), i);

      if (g_strcmp0 (cmq_release_get_file (release), path) == 0)
        return i;
    }
  return G_MAXUINT;
}
