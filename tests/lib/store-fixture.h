/* store-fixture.h: a temporary folder and an injectable clock for the store's tests.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gstdio.h>

#include "cmq-store-private.h"
#include "test-timeout.h"
#include "remove-tree.h"

typedef struct
{
  char *dir;
  char *path;
  GDateTime *now; /* the injected clock */
} Fixture;

static inline void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = g_dir_make_tmp ("cmq-store-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
  fixture->path = g_build_filename (fixture->dir, "communique", "library.ini", NULL);
  fixture->now = g_date_time_new_utc (2026, 3, 1, 9, 30, 0);
}

static inline void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  cmq_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_date_time_unref (fixture->now);
}

static inline GDateTime *
fixture_clock_cb (gpointer user_data)
{
  Fixture *fixture = user_data;

  return g_date_time_ref (fixture->now);
}

static inline void
fixture_advance (Fixture *fixture, GTimeSpan span)
{
  GDateTime *later = g_date_time_add (fixture->now, span);

  g_date_time_unref (fixture->now);
  fixture->now = later;
}

static inline CmqStore *
fixture_open (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;
  CmqStore *store = cmq_store_new (fixture->path);

  cmq_store_set_clock_for_testing (store, fixture_clock_cb, fixture);
  g_assert_true (cmq_store_load (store, &error));
  g_assert_no_error (error);
  return store;
}

static inline CmqRelease *
make_release (const char *title, const char *text, guint year, guint month, guint day)
{
  const char *paragraphs[] = { text, NULL };
  CmqReleaseInfo info = {
    .file = "test.txt",
    .title = title,
    .language = "en",
    .paragraphs = paragraphs,
    .year = year,
    .month = month,
    .day = day,
    .date_source = year != 0 ? CMQ_DATE_SOURCE_STATED : CMQ_DATE_SOURCE_NONE,
  };

  return cmq_release_new (&info);
}

static inline char *
read_file (const char *path)
{
  g_autoptr (GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  return contents;
}

static inline void
write_file (const char *path, const char *contents, gssize length)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, length, &error));
  g_assert_no_error (error);
}

static inline gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until *@flag is set, failing after @seconds. */
static inline void
spin_until (gboolean *flag, guint seconds)
{
  gboolean timed_out = FALSE;
  guint timeout =
      g_timeout_add_seconds ((guint) cmq_test_timeout_seconds (seconds), timeout_cb, &timed_out);

  while (!*flag && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (timeout);
  g_assert_true (*flag);
}

static inline void
set_flag_cb (gpointer instance, gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
}

static inline void
changed_flag_cb (CmqStore *store, const char *id, gpointer user_data)
{
  g_assert_nonnull (id);
  *(gboolean *) user_data = TRUE;
}
