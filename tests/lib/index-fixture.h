/* index-fixture.h: a temporary library folder and index for the index's tests, and a small
 * library of four releases.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gstdio.h>
#include <utime.h>

#include "cmq-index.h"
#include "remove-tree.h"

typedef struct
{
  char *dir;     /* the temporary folder of this test */
  char *library; /* release files */
  char *db_path;
} Fixture;

static inline void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("test-index-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->library = g_build_filename (fixture->dir, "library", NULL);
  fixture->db_path = g_build_filename (fixture->dir, "cache", "index.sqlite", NULL);
  g_assert_cmpint (g_mkdir (fixture->library, 0700), ==, 0);
}

static inline void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  cmq_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->library);
  g_free (fixture->db_path);
}

static inline void
write_file (Fixture *fixture, const char *name, const char *text)
{
  g_autofree char *path = g_build_filename (fixture->library, name, NULL);
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

static inline CmqIndex *
open_index (Fixture *fixture)
{
  const char *folders[] = { fixture->library, NULL };
  CmqIndex *index = cmq_index_new (fixture->db_path);

  cmq_index_set_folders (index, folders);
  return index;
}

static inline CmqIndexStats
update (CmqIndex *index)
{
  CmqIndexStats stats = { 0 };
  g_autoptr (GError) error = NULL;

  g_assert_true (cmq_index_update (index, NULL, &stats, &error));
  g_assert_no_error (error);
  return stats;
}

static inline GPtrArray *
query (CmqIndex *index, const char *text, CmqIndexSort sort)
{
  g_autoptr (CmqQuery) parsed = cmq_query_parse (text, CMQ_QUERY_FLAGS_NONE);
  g_autoptr (GError) error = NULL;
  GPtrArray *hits;

  hits = cmq_index_query (index, parsed, sort, 0, CMQ_INDEX_QUERY_SNIPPETS, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (hits);
  return hits;
}

/* The hits' titles, joined by "|". */
static inline char *
titles (CmqIndex *index, const char *text, CmqIndexSort sort)
{
  g_autoptr (GPtrArray) hits = query (index, text, sort);
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; i < hits->len; i++)
    {
      CmqIndexHit *hit = g_ptr_array_index (hits, i);
      g_string_append_printf (out, "%s%s", i > 0 ? "|" : "", hit->title);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Moves the modification time of @name ten seconds on. */
static inline void
touch_later (Fixture *fixture, const char *name)
{
  g_autofree char *path = g_build_filename (fixture->library, name, NULL);
  GStatBuf st;
  struct utimbuf times;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  times.actime = st.st_atime;
  times.modtime = st.st_mtime + 10;
  g_assert_cmpint (g_utime (path, &times), ==, 0);
}

#define RELEASE(title, date, body)                                                                 \
  title "\n\nNATO Allies met on " date " to discuss the situation. " body                          \
        "\n\nThe meeting covered surveillance, exercises and cooperation with partners.\n"

static inline void
write_small_library (Fixture *fixture)
{
  write_file (fixture, "a.txt",
              RELEASE ("Arctic security in focus", "Monday (3 May 2021)",
                       "Ministers spoke about the High North."));
  write_file (fixture, "b.txt",
              RELEASE ("Ministers meet in Brussels", "Tuesday (8 June 2021)",
                       "The Arctic, the Arctic and again the Arctic: the Arctic matters, "
                       "said the Secretary General about the Arctic."));
  write_file (fixture, "c.txt",
              RELEASE ("Defence spending rises", "Wednesday (15 February 2023)",
                       "Allies also mentioned the Arctic once, among many other regions of the "
                       "world and many other topics of the long meeting agenda today."));
  write_file (fixture, "d.txt",
              RELEASE ("Cyber defence exercise ends", "Friday (2 December 2022)",
                       "Experts from thirty nations trained to defend networks. Collective "
                       "defence stays the core task of the Alliance."));
}
