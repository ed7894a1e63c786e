/* test-similar.c: similar releases. The signature of a release's wording (identical texts the
 * same, a reworded text close, an unrelated one far), and the index's answer over the real
 * fixtures: a reworded next release of a real one ranks its partner first, an unrelated release is
 * not listed, and the answer follows an update and a removal.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "cmq-index-private.h"
#include "cmq-similar.h"
#include "index-fixture.h"

/* A text on something else altogether. */
static const char unrelated[] =
    "Harvest festival in the valley\n\n"
    "On 3 October 2019 the village bakers opened their ovens to visitors. Sourdough loaves, "
    "walnut cakes and plum tarts were sold at the market square while a brass band played "
    "waltzes. Children pressed apples into cider and the mill ground rye for the evening bread.\n\n"
    "The organisers thanked the farmers for the pumpkins, which will be carved next weekend.\n";

static char *
fixture_text (const char *folder, const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", folder, name, NULL);
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* 016.txt (the Prime Minister of Montenegro at NATO, 2013) as its next year's release might say
 * it: another day, some sentences reworded. */
static char *
reworded_016 (void)
{
  static const char *const edits[][2] = {
    { "on 26 March 2013", "on 2 April 2014" },
    { "Montenegro’s reforms are ambitious", "Montenegro’s reforms are impressive" },
    { "a vision that we all share", "a goal that all of us share" },
    { "There is still hard work to do", "Much hard work remains" },
    { "firm in our commitment", "steadfast in our commitment" },
  };
  g_autofree char *text = fixture_text ("real", "016.txt");
  GString *out = g_string_new (text);

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    g_assert_cmpuint (g_string_replace (out, edits[i][0], edits[i][1], 0), ==, 1);
  return g_string_free (out, FALSE);
}

static guint
shared_slots (const guint32 *a, const guint32 *b)
{
  guint n = 0;

  for (guint i = 0; i < CMQ_INDEX_SKETCH_SLOTS; i++)
    n += a[i] == b[i];
  return n;
}

static void
test_sketch (void)
{
  g_autofree char *original = fixture_text ("real", "016.txt");
  g_autofree char *reworded = reworded_016 ();
  g_autofree char *other = fixture_text ("real", "040.txt");
  guint32 a[CMQ_INDEX_SKETCH_SLOTS], same[CMQ_INDEX_SKETCH_SLOTS];
  guint32 near[CMQ_INDEX_SKETCH_SLOTS], far[CMQ_INDEX_SKETCH_SLOTS];
  guint32 none[CMQ_INDEX_SKETCH_SLOTS];
  guint n_near, n_other, n_far;

  g_assert_true (cmq_index_sketch_compute ("Title", original, a));
  g_assert_true (cmq_index_sketch_compute ("Title", original, same));
  g_assert_true (cmq_index_sketch_compute ("Title", reworded, near));
  g_assert_true (cmq_index_sketch_compute ("Title", other, far));
  n_near = shared_slots (a, near);
  n_other = shared_slots (a, far);
  g_assert_true (cmq_index_sketch_compute (NULL, unrelated, far));
  n_far = shared_slots (a, far);
  g_test_message ("slots shared: reworded %u, another NATO release %u, unrelated %u", n_near,
                  n_other, n_far);
  /* Identical: every slot; reworded: most; unrelated: next to none. */
  g_assert_cmpuint (shared_slots (a, same), ==, CMQ_INDEX_SKETCH_SLOTS);
  g_assert_cmpuint (n_near, >=, CMQ_INDEX_SKETCH_SLOTS / 2);
  g_assert_cmpuint (n_near, <, CMQ_INDEX_SKETCH_SLOTS);
  g_assert_cmpuint (n_other, <, n_near);
  g_assert_cmpuint (n_far, <=, 2);
  /* Case is folded; punctuation, curly quotes and dashes are no part of words. */
  g_assert_true (cmq_index_sketch_compute ("", "The Élysée Palace’s statement — in full", a));
  g_assert_true (cmq_index_sketch_compute ("", "“THE Élysée palace’s” STATEMENT, in full.", same));
  g_assert_cmpuint (shared_slots (a, same), ==, CMQ_INDEX_SKETCH_SLOTS);
  g_assert_true (cmq_index_sketch_compute ("", "The Elysee Palace’s statement in full", same));
  g_assert_cmpuint (shared_slots (a, same), <, CMQ_INDEX_SKETCH_SLOTS);
  /* No feature: no sketch. */
  g_assert_false (cmq_index_sketch_compute ("", " , . ", none));
  g_assert_false (cmq_index_sketch_compute (NULL, "a", none));
}

/* The real fixtures and the samples, 016's reworded partner and the unrelated text. */
static void
write_library (Fixture *fixture)
{
  static const char *const folders[] = { "real", "seeds" };
  g_autofree char *reworded = reworded_016 ();

  for (guint f = 0; f < G_N_ELEMENTS (folders); f++)
    {
      g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "fixtures", folders[f], NULL);
      g_autoptr (GDir) listing = g_dir_open (dir, 0, NULL);
      const char *name;

      g_assert_nonnull (listing);
      while ((name = g_dir_read_name (listing)) != NULL)
        if (g_str_has_suffix (name, ".txt"))
          {
            g_autofree char *text = fixture_text (folders[f], name);
            g_autofree char *copy = g_strconcat (folders[f], "-", name, NULL);

            write_file (fixture, copy, text);
          }
    }
  write_file (fixture, "016-next.txt", reworded);
  write_file (fixture, "unrelated.txt", unrelated);
}

static char *
id_of (CmqIndex *index, const char *title_word)
{
  g_autoptr (GPtrArray) hits = query (index, title_word, CMQ_INDEX_SORT_NEWEST);

  g_assert_cmpuint (hits->len, >=, 1);
  return g_strdup (((CmqIndexHit *) g_ptr_array_index (hits, 0))->id);
}

/* The ids cmq_similar_find() gives for @id, most similar first. */
static GPtrArray *
similar_ids (CmqIndex *index, const char *id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (CmqRelease) release = cmq_index_load_release (index, id, &error);
  g_autoptr (GPtrArray) found = NULL;
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  found = cmq_similar_find (index, release, 8, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < found->len; i++)
    {
      CmqSimilar *similar = g_ptr_array_index (found, i);

      g_test_message ("  %.2f %s", similar->similarity, cmq_release_get_title (similar->release));
      g_assert_cmpfloat (similar->similarity, >=, CMQ_SIMILAR_MIN);
      g_assert_cmpfloat (similar->similarity, <=, 1);
      g_assert_cmpstr (cmq_release_get_id (similar->release), !=, id);
      g_ptr_array_add (ids, g_strdup (cmq_release_get_id (similar->release)));
    }
  return ids;
}

/* The id of the release most like @id by cmq_similar_find()'s exact figure, whatever the order
 * it lists them in. */
static const char *
most_similar (CmqIndex *index, const char *id)
{
  static char best[64];
  g_autoptr (CmqRelease) release = cmq_index_load_release (index, id, NULL);
  g_autoptr (GPtrArray) found = cmq_similar_find (index, release, 8, NULL, NULL);
  double top = -1;

  g_assert_nonnull (found);
  g_assert_cmpuint (found->len, >=, 1);
  for (guint i = 0; i < found->len; i++)
    {
      CmqSimilar *similar = g_ptr_array_index (found, i);

      if (similar->similarity > top)
        {
          top = similar->similarity;
          g_strlcpy (best, cmq_release_get_id (similar->release), sizeof best);
        }
    }
  return best;
}

static gboolean
contains (GPtrArray *ids, const char *id)
{
  return g_ptr_array_find_with_equal_func (ids, id, g_str_equal, NULL);
}

static int
count_rows (const char *db_path, const char *sql)
{
  sqlite3 *db = NULL;
  int n = -1;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (cmq_index_query_int (db, sql, &n), ==, SQLITE_OK);
  sqlite3_close (db);
  return n;
}

/* Every release with words has a sketch and its slots; none is left of a removed release. */
static void
assert_sketches_complete (Fixture *fixture)
{
  int n_docs = count_rows (fixture->db_path, "SELECT count(*) FROM docs");
  int n_sketches = count_rows (fixture->db_path, "SELECT count(*) FROM sketches");

  g_assert_cmpint (n_sketches, ==, n_docs);
  g_assert_cmpint (count_rows (fixture->db_path, "SELECT count(*) FROM sketches WHERE docid NOT IN"
                                                 " (SELECT docid FROM docs)"),
                   ==, 0);
  g_assert_cmpint (count_rows (fixture->db_path, "SELECT count(DISTINCT docid) FROM sketch_slots"),
                   ==, n_docs);
  g_assert_cmpint (count_rows (fixture->db_path, "SELECT count(*) FROM sketch_slots"), <=,
                   n_docs * CMQ_INDEX_SKETCH_SLOTS);
}

static void
test_index (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = NULL;
  g_autofree char *original = NULL, *partner = NULL, *other = NULL, *third_id = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GPtrArray) ids = NULL;
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (GError) error = NULL;

  write_library (fixture);
  index = open_index (fixture);
  update (index);
  assert_sketches_complete (fixture);

  original = id_of (index, "montenegro 2013");
  partner = id_of (index, "montenegro 2014");
  other = id_of (index, "sourdough");
  g_assert_cmpstr (original, !=, partner);

  /* Each of the reworded pair ranks the other first, in the index's answer and after the exact
   * rescoring. */
  hits = cmq_index_similar (index, original, 5, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, >=, 1);
  g_assert_cmpstr (((CmqIndexHit *) g_ptr_array_index (hits, 0))->id, ==, partner);
  g_assert_cmpfloat (((CmqIndexHit *) g_ptr_array_index (hits, 0))->score, >=, 0.5);
  g_test_message ("similar to 016:");
  g_assert_cmpstr (most_similar (index, original), ==, partner);
  ids = similar_ids (index, original);
  g_assert_false (contains (ids, other));
  g_clear_pointer (&ids, g_ptr_array_unref);
  /* Listed, the earlier release of the same kind comes first. */
  ids = similar_ids (index, partner);
  g_assert_cmpstr (g_ptr_array_index (ids, 0), ==, original);
  g_clear_pointer (&ids, g_ptr_array_unref);
  /* The unrelated release is like none. */
  ids = similar_ids (index, other);
  g_assert_cmpuint (ids->len, ==, 0);
  g_clear_pointer (&ids, g_ptr_array_unref);
  /* Not indexed: nothing, no error. */
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = cmq_index_similar (index, "no-such-release", 5, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 0);

  /* A third reworded one comes in with an update; the partner goes with its file. */
  {
    g_autofree char *text = reworded_016 ();
    g_autoptr (GString) third = g_string_new (text);

    g_string_replace (third, "on 2 April 2014", "on 9 May 2015", 1);
    write_file (fixture, "016-third.txt", third->str);
  }
  update (index);
  assert_sketches_complete (fixture);
  third_id = id_of (index, "montenegro 2015");
  ids = similar_ids (index, original);
  g_assert_true (contains (ids, partner));
  g_assert_true (contains (ids, third_id));
  g_clear_pointer (&ids, g_ptr_array_unref);

  path = g_build_filename (fixture->library, "016-next.txt", NULL);
  g_assert_cmpint (g_unlink (path), ==, 0);
  update (index);
  assert_sketches_complete (fixture);
  ids = similar_ids (index, original);
  g_assert_false (contains (ids, partner));
  g_assert_cmpstr (most_similar (index, original), ==, third_id);
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = cmq_index_similar (index, original, 0, NULL, &error);
  for (guint i = 0; i < hits->len; i++)
    g_assert_cmpstr (((CmqIndexHit *) g_ptr_array_index (hits, i))->id, !=, partner);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/similar/sketch", test_sketch);
  g_test_add ("/similar/index", Fixture, NULL, fixture_set_up, test_index, fixture_tear_down);
  return g_test_run ();
}
