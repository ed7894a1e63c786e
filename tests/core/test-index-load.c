/* test-index-load.c: cmq_index_try_load_release(), the window's load of a release at once: the
 * same release as cmq_index_load_release() when the index is free, "not found" for an unknown
 * id, and nothing (busy, no error, no wait) while another holds the index's lock.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-index-private.h"
#include "index-fixture.h"

static void
assert_same_release (CmqRelease *a, CmqRelease *b)
{
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpstr (cmq_release_get_id (a), ==, cmq_release_get_id (b));
  g_assert_cmpstr (cmq_release_get_title (a), ==, cmq_release_get_title (b));
  g_assert_cmpstr (cmq_release_get_date (a), ==, cmq_release_get_date (b));
  g_assert_true (g_strv_equal (cmq_release_get_paragraphs (a), cmq_release_get_paragraphs (b)));
}

static void
test_try_load (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (CmqRelease) missing = NULL;
  gboolean busy = TRUE;

  write_small_library (fixture);
  update (index);
  hits = query (index, "", CMQ_INDEX_SORT_NEWEST);
  g_assert_cmpuint (hits->len, ==, 4);
  for (guint i = 0; i < hits->len; i++)
    {
      CmqIndexHit *hit = g_ptr_array_index (hits, i);
      g_autoptr (CmqRelease) loaded = cmq_index_load_release (index, hit->id, NULL);
      g_autoptr (CmqRelease) at_once = NULL;
      g_autoptr (CmqRelease) held = NULL;

      busy = TRUE;
      at_once = cmq_index_try_load_release (index, hit->id, &busy, &error);
      g_assert_no_error (error);
      g_assert_false (busy);
      assert_same_release (at_once, loaded);
      g_assert_cmpstr (cmq_release_get_title (at_once), ==, hit->title);

      /* Held by another (here this thread, which a GMutex does not let in twice). */
      g_mutex_lock (&index->lock);
      held = cmq_index_try_load_release (index, hit->id, &busy, &error);
      g_mutex_unlock (&index->lock);
      g_assert_no_error (error);
      g_assert_true (busy);
      g_assert_null (held);
    }

  missing = cmq_index_try_load_release (index, "0000000000000000", &busy, &error);
  g_assert_false (busy);
  g_assert_error (error, CMQ_INDEX_ERROR, CMQ_INDEX_ERROR_NOT_FOUND);
  g_assert_null (missing);
}

int
main (int argc, char *argv[])
{
  g_autofree char *cache = g_dir_make_tmp ("test-index-load-cache-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/index-load/try-load", Fixture, NULL, fixture_set_up, test_try_load,
              fixture_tear_down);
  status = g_test_run ();
  cmq_test_remove_tree (cache);
  return status;
}
