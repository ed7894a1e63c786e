/* test-search-model.c: the release list's search without a window: the staged query, the star
 * and note filter with its counts, the release kept while it is edited, the sort, the status
 * line, the snippets and the selection of an imported release, over the five seed releases.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <string.h>

#include "cmq-search-model-private.h"
#include "cmq-search-model.h"
#include "remove-tree.h"

#define DEADLINE_S 120

typedef struct
{
  char *dir;
  char *folder;
  CmqStore *store;
  CmqContext *context;
  CmqSearchModel *model;
  guint selected; /* from "result-changed" */
  guint n_snippets_ready;
  GPtrArray *held; /* releases the tests look at, kept until the end */
} Fixture;

static void
copy_seeds (const char *to)
{
  g_autofree char *seeds = g_test_build_filename (G_TEST_DIST, "fixtures", "seeds", NULL);
  g_autoptr (GDir) dir = g_dir_open (seeds, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *from_path = g_build_filename (seeds, name, NULL);
      g_autofree char *to_path = g_build_filename (to, name, NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      g_assert_true (g_file_get_contents (from_path, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (to_path, contents, length, NULL));
    }
}

static void
result_changed_cb (CmqSearchModel *model, guint select, Fixture *fixture)
{
  if (select != G_MAXUINT)
    fixture->selected = select;
}

static void
snippets_ready_cb (CmqSearchModel *model, Fixture *fixture)
{
  fixture->n_snippets_ready++;
}

static void
wait_idle (Fixture *fixture)
{
  gint64 deadline = g_get_monotonic_time () + DEADLINE_S * G_USEC_PER_SEC;

  /* The search's steps and the context's "changed" (an idle) are all done. */
  do
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      if (g_get_monotonic_time () > deadline)
        g_error ("Gave up waiting for the search");
      if (cmq_search_model_is_running (fixture->model) ||
          cmq_context_is_updating (fixture->context))
        g_main_context_iteration (NULL, TRUE);
    }
  while (cmq_search_model_is_running (fixture->model) ||
         cmq_context_is_updating (fixture->context) || g_main_context_pending (NULL));
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autofree char *index_path = NULL;
  g_autofree char *store_path = NULL;
  g_autoptr (CmqLibrary) library = cmq_library_new ();
  g_autoptr (GFile) folder = NULL;
  g_autoptr (GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("cmq-search-model-XXXXXX", NULL);
  fixture->folder = g_build_filename (fixture->dir, "releases", NULL);
  g_assert_cmpint (g_mkdir (fixture->folder, 0700), ==, 0);
  copy_seeds (fixture->folder);
  index_path = g_build_filename (fixture->dir, "index.sqlite", NULL);
  store_path = g_build_filename (fixture->dir, "library.ini", NULL);

  folder = g_file_new_for_path (fixture->folder);
  cmq_library_add_directory (library, folder);
  fixture->store = cmq_store_new (store_path);
  cmq_store_load (fixture->store, &error);
  g_assert_no_error (error);
  fixture->context = cmq_context_new (library, fixture->store, index_path);
  cmq_context_update (fixture->context);
  fixture->model = cmq_search_model_new (fixture->context, CMQ_INDEX_SORT_RELEVANCE);
  fixture->selected = G_MAXUINT;
  fixture->held = g_ptr_array_new_with_free_func (g_object_unref);
  g_signal_connect (fixture->model, "result-changed", G_CALLBACK (result_changed_cb), fixture);
  g_signal_connect (fixture->model, "snippets-ready", G_CALLBACK (snippets_ready_cb), fixture);
  wait_idle (fixture);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_pointer (&fixture->held, g_ptr_array_unref);
  g_clear_object (&fixture->model);
  g_clear_object (&fixture->context);
  g_clear_object (&fixture->store);
  cmq_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->folder);
}

static void
search (Fixture *fixture, const char *text)
{
  cmq_search_model_set_text (fixture->model, text);
  wait_idle (fixture);
}

static guint
n_items (Fixture *fixture)
{
  return g_list_model_get_n_items (G_LIST_MODEL (fixture->model));
}

static void
assert_status (Fixture *fixture, const char *expected)
{
  g_autofree char *status = cmq_search_model_dup_status (fixture->model);

  g_assert_cmpstr (status, ==, expected);
}

static CmqRelease *
item (Fixture *fixture, guint position)
{
  CmqRelease *release = g_list_model_get_item (G_LIST_MODEL (fixture->model), position);

  g_assert_nonnull (release);
  g_ptr_array_add (fixture->held, release);
  return release;
}

static void
test_search (Fixture *fixture, gconstpointer data)
{
  guint all, favourites, notes;

  g_assert_true (CMQ_IS_RELEASE (item (fixture, 0)));
  g_assert_cmpuint (n_items (fixture), ==, 5);
  assert_status (fixture, "5 releases");
  g_assert_false (cmq_search_model_library_is_empty (fixture->model));

  search (fixture, "afghanistan");
  g_assert_cmpuint (n_items (fixture), ==, 3);
  assert_status (fixture, "3 of 5 match");
  g_assert_true (cmq_search_model_get_counts (fixture->model, &all, &favourites, &notes, NULL));
  g_assert_cmpuint (all, ==, 3);
  g_assert_cmpuint (favourites, ==, 0);
  g_assert_cmpuint (notes, ==, 0);

  /* The last word is a prefix; a space searches the same. */
  search (fixture, "afgh");
  g_assert_cmpuint (n_items (fixture), ==, 3);
  search (fixture, "afghanistan zzzznotaword");
  g_assert_cmpuint (n_items (fixture), ==, 0);
  assert_status (fixture, "0 of 5 match");
  search (fixture, "");
  g_assert_cmpuint (n_items (fixture), ==, 5);
}

static void
test_filter (Fixture *fixture, gconstpointer data)
{
  CmqRelease *first = item (fixture, 0);
  CmqRelease *second = item (fixture, 1);
  guint all, favourites, notes;

  cmq_store_set_favourite (fixture->store, first, TRUE);
  cmq_store_set_note (fixture->store, second, "a numbat was seen");
  wait_idle (fixture);
  g_assert_true (cmq_search_model_get_counts (fixture->model, &all, &favourites, &notes, NULL));
  g_assert_cmpuint (all, ==, 5);
  g_assert_cmpuint (favourites, ==, 1);
  g_assert_cmpuint (notes, ==, 1);

  cmq_search_model_set_filter (fixture->model, CMQ_SEARCH_FILTER_FAVOURITES);
  g_assert_cmpuint (n_items (fixture), ==, 1);
  g_assert_cmpstr (cmq_release_get_id (item (fixture, 0)), ==, cmq_release_get_id (first));
  assert_status (fixture, "1 favourite");

  cmq_search_model_set_filter (fixture->model, CMQ_SEARCH_FILTER_NOTES);
  g_assert_cmpuint (n_items (fixture), ==, 1);
  assert_status (fixture, "1 release with a note");

  /* Notes are searched. */
  cmq_search_model_set_filter (fixture->model, CMQ_SEARCH_FILTER_ALL);
  search (fixture, "numbat");
  g_assert_cmpuint (n_items (fixture), ==, 1);
  g_assert_cmpstr (cmq_release_get_id (item (fixture, 0)), ==, cmq_release_get_id (second));
}

/* The Highlights filter lets in the releases with a highlighted passage, counted apart from the
 * notes; the words of a passage and its note are searched. */
static void
test_filter_highlights (Fixture *fixture, gconstpointer data)
{
  CmqRelease *first = item (fixture, 0);
  g_autoptr (CmqRelease) third = NULL;
  g_autoptr (GError) error = NULL;
  const char *paragraph;
  g_autofree char *passage = NULL;
  guint all, favourites, notes, highlights;

  /* With its text, as the reader has it. */
  third = cmq_index_load_release (cmq_context_get_index (fixture->context),
                                  cmq_release_get_id (item (fixture, 2)), &error);
  g_assert_no_error (error);
  paragraph = cmq_release_get_paragraphs (third)[0];
  g_assert_true (cmq_search_model_get_counts (fixture->model, NULL, NULL, NULL, &highlights));
  g_assert_cmpuint (highlights, ==, 0);

  passage = cmq_store_add_passage (fixture->store, third, 1, 0,
                                   g_utf8_offset_to_pointer (paragraph, 12) - paragraph, "green");
  g_assert_nonnull (passage);
  g_assert_true (cmq_store_set_passage_note (fixture->store, third, passage, "a quokka smiled"));
  cmq_store_set_note (fixture->store, first, "a plain note");
  wait_idle (fixture);
  g_assert_true (
      cmq_search_model_get_counts (fixture->model, &all, &favourites, &notes, &highlights));
  g_assert_cmpuint (all, ==, 5);
  g_assert_cmpuint (notes, ==, 1);
  g_assert_cmpuint (highlights, ==, 1);

  cmq_search_model_set_filter (fixture->model, CMQ_SEARCH_FILTER_HIGHLIGHTS);
  g_assert_cmpuint (n_items (fixture), ==, 1);
  g_assert_cmpstr (cmq_release_get_id (item (fixture, 0)), ==, cmq_release_get_id (third));
  assert_status (fixture, "1 release with highlights");

  /* A passage's note is searched, under any filter. */
  cmq_search_model_set_filter (fixture->model, CMQ_SEARCH_FILTER_ALL);
  search (fixture, "quokka");
  g_assert_cmpuint (n_items (fixture), ==, 1);
  g_assert_cmpstr (cmq_release_get_id (item (fixture, 0)), ==, cmq_release_get_id (third));

  /* Removed, the passage leaves the filter and the search. */
  g_assert_true (cmq_store_remove_passage (fixture->store, third, passage));
  wait_idle (fixture);
  g_assert_cmpuint (n_items (fixture), ==, 0);
  search (fixture, "");
  g_assert_true (cmq_search_model_get_counts (fixture->model, NULL, NULL, NULL, &highlights));
  g_assert_cmpuint (highlights, ==, 0);
}

/* A release whose star goes while it is read stays listed until the selection moves. */
static void
test_kept (Fixture *fixture, gconstpointer data)
{
  CmqRelease *first = item (fixture, 0);
  const char *id = cmq_release_get_id (first);

  cmq_store_set_favourite (fixture->store, first, TRUE);
  wait_idle (fixture);
  cmq_search_model_set_filter (fixture->model, CMQ_SEARCH_FILTER_FAVOURITES);
  g_assert_cmpuint (n_items (fixture), ==, 1);

  cmq_search_model_keep (fixture->model, id);
  cmq_store_set_favourite (fixture->store, first, FALSE);
  wait_idle (fixture);
  g_assert_cmpuint (n_items (fixture), ==, 1);
  g_assert_cmpstr (cmq_release_get_id (item (fixture, 0)), ==, id);

  cmq_search_model_keep (fixture->model, NULL);
  wait_idle (fixture);
  g_assert_cmpuint (n_items (fixture), ==, 0);
  assert_status (fixture, "0 favourites");
}

static void
test_sort (Fixture *fixture, gconstpointer data)
{
  CmqHitList *list = cmq_search_model_get_hit_list (fixture->model);
  gboolean differs = FALSE;
  g_autoptr (GPtrArray) relevance = g_ptr_array_new_with_free_func (g_free);

  search (fixture, "nato");
  g_assert_cmpuint (n_items (fixture), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      CmqIndexHit *hit = cmq_hit_list_get_hit (list, i);

      g_ptr_array_add (relevance, g_strdup (hit->id));
      if (i > 0)
        g_assert_cmpfloat (cmq_hit_list_get_hit (list, i - 1)->score, >=, hit->score);
    }
  cmq_search_model_set_sort (fixture->model, CMQ_INDEX_SORT_NEWEST);
  wait_idle (fixture);
  g_assert_cmpuint (n_items (fixture), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      CmqIndexHit *hit = cmq_hit_list_get_hit (list, i);

      differs |= !g_str_equal (hit->id, g_ptr_array_index (relevance, i));
      if (i > 0 && hit->date != NULL)
        g_assert_cmpstr (cmq_hit_list_get_hit (list, i - 1)->date, >=, hit->date);
    }
  g_assert_true (differs);
}

/* The dates of the list, in its order, joined by "|". */
static char *
list_dates (Fixture *fixture)
{
  CmqHitList *list = cmq_search_model_get_hit_list (fixture->model);
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; i < n_items (fixture); i++)
    g_string_append_printf (out, "%s%s", i > 0 ? "|" : "", cmq_hit_list_get_hit (list, i)->date);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Oldest first, with words and without; Best Match with nothing typed lists the newest first. */
static void
test_sort_oldest (Fixture *fixture, gconstpointer data)
{
  static const char newest[] = "2025-05-14|2022-06-16|2021-06-01|2021-02-11|2020-06-16";
  static const char oldest[] = "2020-06-16|2021-02-11|2021-06-01|2022-06-16|2025-05-14";
  g_autofree char *relevance_empty = NULL;
  g_autofree char *oldest_empty = NULL;
  g_autofree char *oldest_nato = NULL;
  g_autofree char *oldest_afghanistan = NULL;
  g_autofree char *newest_afghanistan = NULL;

  g_assert_cmpint (cmq_search_model_get_sort (fixture->model), ==, CMQ_INDEX_SORT_RELEVANCE);
  relevance_empty = list_dates (fixture);
  g_assert_cmpstr (relevance_empty, ==, newest);

  cmq_search_model_set_sort (fixture->model, CMQ_INDEX_SORT_OLDEST);
  wait_idle (fixture);
  g_assert_cmpint (cmq_search_model_get_sort (fixture->model), ==, CMQ_INDEX_SORT_OLDEST);
  oldest_empty = list_dates (fixture);
  g_assert_cmpstr (oldest_empty, ==, oldest);
  search (fixture, "nato");
  oldest_nato = list_dates (fixture);
  g_assert_cmpstr (oldest_nato, ==, oldest);
  search (fixture, "afghanistan");
  oldest_afghanistan = list_dates (fixture);
  cmq_search_model_set_sort (fixture->model, CMQ_INDEX_SORT_NEWEST);
  wait_idle (fixture);
  newest_afghanistan = list_dates (fixture);
  g_assert_cmpuint (strlen (oldest_afghanistan), >, 0);
  {
    g_auto (GStrv) up = g_strsplit (oldest_afghanistan, "|", -1);
    g_auto (GStrv) down = g_strsplit (newest_afghanistan, "|", -1);
    guint n = g_strv_length (up);

    g_assert_cmpuint (n, ==, 3);
    g_assert_cmpuint (g_strv_length (down), ==, n);
    for (guint i = 0; i < n; i++)
      g_assert_cmpstr (up[i], ==, down[n - 1 - i]);
  }
}

static void
test_snippets (Fixture *fixture, gconstpointer data)
{
  g_autofree char *markup = NULL;

  search (fixture, "afgh");
  fixture->n_snippets_ready = 0;
  for (guint i = 0; i < n_items (fixture); i++)
    cmq_search_model_want_snippet (fixture->model, i);
  g_assert_true (cmq_search_model_is_running (fixture->model));
  wait_idle (fixture);
  g_assert_cmpuint (fixture->n_snippets_ready, ==, 1);
  for (guint i = 0; i < n_items (fixture); i++)
    {
      g_autofree char *row = cmq_search_model_dup_snippet_markup (fixture->model, i);

      /* A prefix while typing: the whole word is emphasised, in one line. */
      g_assert_nonnull (row);
      g_assert_nonnull (strstr (row, "<b>Afghanistan</b>"));
      g_assert_null (strchr (row, '\n'));
      cmq_search_model_unwant_snippet (fixture->model, i);
    }

  /* No search, no snippets. */
  search (fixture, "");
  markup = cmq_search_model_dup_snippet_markup (fixture->model, 0);
  g_assert_null (markup);
}

static void
add_many (Fixture *fixture)
{
  for (guint i = 0; i < 150; i++)
    {
      g_autofree char *name = g_strdup_printf ("many-%03u.txt", i);
      g_autofree char *path = g_build_filename (fixture->folder, name, NULL);
      g_autofree char *text = g_strdup_printf (
          "Release number %u about the wombat\n\nNATO Allies met on Monday (3 May 2021) to "
          "discuss wombat number %u and the High North.\n\nThe meeting covered surveillance, "
          "exercises and cooperation with partners.\n",
          i, i);

      g_assert_true (g_file_set_contents (path, text, -1, NULL));
    }
  cmq_context_update (fixture->context);
  wait_idle (fixture);
}

/* More hits than a first screen: the list has a row for each, and the rows shown get their
 * snippets once the ranked rows came, also at the end of the list. */
static void
test_snippets_many (Fixture *fixture, gconstpointer data)
{
  const guint shown[] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 147, 148, 149 };

  add_many (fixture);
  search (fixture, "wombat");
  g_assert_cmpuint (cmq_hit_list_get_n_hits (cmq_search_model_get_hit_list (fixture->model)), ==,
                    150);
  g_assert_cmpuint (n_items (fixture), ==, 150);
  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    cmq_search_model_want_snippet (fixture->model, shown[i]);
  wait_idle (fixture);
  for (guint k = 0; k < G_N_ELEMENTS (shown); k++)
    {
      g_autofree char *row = cmq_search_model_dup_snippet_markup (fixture->model, shown[k]);

      g_assert_nonnull (row);
      g_assert_nonnull (strstr (row, "<b>wombat</b>"));
    }
}

static void
note_complete_cb (CmqSearchModel *model, guint select, gint64 *complete_at)
{
  if (*complete_at == 0 && cmq_search_model_is_complete (model))
    *complete_at = g_get_monotonic_time ();
}

/* While keys come, only the first screen is searched: the whole result (here 150 hits, more than
 * a screen) waits until the typing paused for 300 ms, and then comes. */
static void
test_whole_after_pause (Fixture *fixture, gconstpointer data)
{
  gint64 complete_at = 0;
  gint64 typed_at;

  add_many (fixture);
  g_signal_connect (fixture->model, "result-changed", G_CALLBACK (note_complete_cb), &complete_at);
  typed_at = g_get_monotonic_time ();
  search (fixture, "wombat");
  g_assert_cmpint (complete_at, !=, 0);
  g_assert_cmpint (complete_at - typed_at, >=, 300 * G_TIME_SPAN_MILLISECOND);
  g_assert_cmpuint (cmq_hit_list_get_n_hits (cmq_search_model_get_hit_list (fixture->model)), ==,
                    150);
  g_signal_handlers_disconnect_by_func (fixture->model, note_complete_cb, &complete_at);
}

static void
count_step_cb (CmqSearchModel *model, guint select, guint *n)
{
  (*n)++;
}

static void
count_change_cb (GListModel *model, guint position, guint removed, guint added, guint *n)
{
  (*n)++;
}

/* The steps of a search shown in the list, and the list's changes: under Best Match the newest
 * matches wait for the ranked screen (here as long as it takes), and are not shown when it
 * comes: the ranked screen and the whole result only, the same list in the end. */
static void
count_steps (Fixture *fixture, gint64 grace, guint *n_steps, guint *n_changes, GString *ids)
{
  gulong step, change;

  *n_steps = *n_changes = 0;
  search (fixture, "number");
  _cmq_search_model_set_newest_grace (fixture->model, grace);
  /* The keystroke does not wait for its first screen: the steps come as they are done. */
  _cmq_search_model_set_first_wait (fixture->model, 0);
  step = g_signal_connect (fixture->model, "result-changed", G_CALLBACK (count_step_cb), n_steps);
  change =
      g_signal_connect (fixture->model, "items-changed", G_CALLBACK (count_change_cb), n_changes);
  search (fixture, "wombat");
  g_signal_handler_disconnect (fixture->model, step);
  g_signal_handler_disconnect (fixture->model, change);
  for (guint i = 0; i < n_items (fixture); i++)
    g_string_append_printf (ids, "%s|", cmq_release_get_id (item (fixture, i)));
}

static void
test_newest_held (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GString) shown = g_string_new (NULL);
  g_autoptr (GString) held = g_string_new (NULL);
  guint n_steps, n_changes;

  add_many (fixture);
  /* Shown at once: the newest matches, the ranked screen, the whole result. */
  count_steps (fixture, 0, &n_steps, &n_changes, shown);
  g_assert_cmpuint (n_steps, ==, 3);
  g_assert_cmpuint (n_items (fixture), ==, 150);

  count_steps (fixture, DEADLINE_S * G_USEC_PER_SEC, &n_steps, &n_changes, held);
  g_assert_cmpuint (n_steps, ==, 2);
  g_assert_cmpuint (n_changes, <=, 2);
  g_assert_cmpstr (held->str, ==, shown->str);
}

/* A keystroke that meets its first screen lists it before cmq_search_model_set_text() returns,
 * so that the frame that paints the letter paints the list too: the ranked screen here (the
 * newest matches wait for it), the whole result later. */
static void
test_first_met (Fixture *fixture, gconstpointer data)
{
  guint n_steps = 0, n_number;
  gulong step;

  add_many (fixture);
  search (fixture, "number");
  n_number = n_items (fixture);
  _cmq_search_model_set_first_wait (fixture->model, DEADLINE_S * G_USEC_PER_SEC);
  _cmq_search_model_set_newest_grace (fixture->model, DEADLINE_S * G_USEC_PER_SEC);
  step = g_signal_connect (fixture->model, "result-changed", G_CALLBACK (count_step_cb), &n_steps);
  cmq_search_model_set_text (fixture->model, "wombat");
  g_assert_cmpuint (n_steps, ==, 1);
  g_assert_cmpuint (n_items (fixture), ==, 60);
  g_assert_false (cmq_search_model_is_complete (fixture->model));
  g_assert_nonnull (strstr (cmq_release_get_title (item (fixture, 0)), "wombat"));
  wait_idle (fixture);
  g_signal_handler_disconnect (fixture->model, step);
  g_assert_cmpuint (n_steps, ==, 2);
  g_assert_cmpuint (n_items (fixture), ==, 150);

  /* Not met in time: the newest matches held back are listed when the wait ends. */
  n_steps = 0;
  _cmq_search_model_set_first_wait (fixture->model, 1);
  step = g_signal_connect (fixture->model, "result-changed", G_CALLBACK (count_step_cb), &n_steps);
  cmq_search_model_set_text (fixture->model, "number");
  g_assert_cmpuint (n_steps, <=, 1);
  wait_idle (fixture);
  g_signal_handler_disconnect (fixture->model, step);
  g_assert_cmpuint (n_items (fixture), ==, n_number);
}

static void
star_hit (Fixture *fixture, guint position)
{
  cmq_store_set_favourite (fixture->store, item (fixture, position), TRUE);
}

/* A whole result (150 hits, more than a screen) is counted by its worker from the store's marks,
 * also those of rows beyond the first screen; a mark that changes while the search runs counts
 * once it settled, and the rows are found by id at their place. */
static void
test_counts_whole (Fixture *fixture, gconstpointer data)
{
  CmqHitList *list = cmq_search_model_get_hit_list (fixture->model);
  guint all, favourites, notes, highlights;

  add_many (fixture);
  search (fixture, "wombat");
  g_assert_cmpuint (n_items (fixture), ==, 150);
  star_hit (fixture, 80);
  star_hit (fixture, 149);
  cmq_store_set_note (fixture->store, item (fixture, 120), "a wombat dug");
  wait_idle (fixture);
  g_assert_true (
      cmq_search_model_get_counts (fixture->model, &all, &favourites, &notes, &highlights));
  g_assert_cmpuint (all, ==, 150);
  g_assert_cmpuint (favourites, ==, 2);
  g_assert_cmpuint (notes, ==, 1);
  g_assert_cmpuint (highlights, ==, 0);

  /* A new search, and a star while it runs: the counts are the star's. Its first screen may be
   * listed already (the keystroke met it): a row of the list not starred yet. */
  cmq_search_model_set_text (fixture->model, "wombat number");
  g_assert_false (cmq_search_model_is_complete (fixture->model));
  for (guint i = 0;; i++)
    if (!cmq_store_get_favourite (fixture->store, cmq_release_get_id (item (fixture, i))))
      {
        star_hit (fixture, i);
        break;
      }
  wait_idle (fixture);
  g_assert_true (cmq_search_model_is_complete (fixture->model));
  g_assert_true (cmq_search_model_get_counts (fixture->model, &all, &favourites, &notes, NULL));
  g_assert_cmpuint (all, ==, 150);
  g_assert_cmpuint (favourites, ==, 3);
  g_assert_cmpuint (notes, ==, 1);

  for (guint i = 0; i < n_items (fixture); i++)
    g_assert_cmpuint (cmq_hit_list_find (list, cmq_release_get_id (item (fixture, i))), ==, i);
  g_assert_cmpuint (cmq_hit_list_find (list, "not-a-release"), ==, G_MAXUINT);
  g_assert_cmpuint (cmq_hit_list_find (list, NULL), ==, G_MAXUINT);

  /* Filtered, the list is found in too. */
  cmq_search_model_set_filter (fixture->model, CMQ_SEARCH_FILTER_FAVOURITES);
  g_assert_cmpuint (n_items (fixture), ==, 3);
  for (guint i = 0; i < n_items (fixture); i++)
    g_assert_cmpuint (cmq_hit_list_find (list, cmq_release_get_id (item (fixture, i))), ==, i);
  g_assert_true (cmq_search_model_get_counts (fixture->model, &all, &favourites, NULL, NULL));
  g_assert_cmpuint (all, ==, 150);
  g_assert_cmpuint (favourites, ==, 3);
}

/* An imported file is selected once the index has it, with the search and filter cleared. */
static void
test_select (Fixture *fixture, gconstpointer data)
{
  g_autofree char *copy = g_build_filename (fixture->folder, "imported.txt", NULL);

  search (fixture, "afghanistan");
  cmq_search_model_set_filter (fixture->model, CMQ_SEARCH_FILTER_NOTES);
  g_assert_true (g_file_set_contents (copy,
                                      "An imported release about a quoll\n\n"
                                      "NATO Allies met on Tuesday (8 June 2021) to discuss the "
                                      "quoll, a marsupial of the High North.\n\nThe meeting "
                                      "covered surveillance, exercises and partners.\n",
                                      -1, NULL));
  cmq_context_update (fixture->context);
  cmq_search_model_select (fixture->model, copy, NULL);
  wait_idle (fixture);

  g_assert_cmpuint (cmq_search_model_get_filter (fixture->model), ==, CMQ_SEARCH_FILTER_ALL);
  g_assert_false (cmq_search_model_is_narrowed (fixture->model));
  g_assert_cmpuint (n_items (fixture), ==, 6);
  g_assert_cmpuint (fixture->selected, <, 6);
  g_assert_cmpstr (cmq_release_get_file (item (fixture, fixture->selected)), ==, copy);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/search-model/search", test_search);
  ADD ("/search-model/filter", test_filter);
  ADD ("/search-model/filter-highlights", test_filter_highlights);
  ADD ("/search-model/kept", test_kept);
  ADD ("/search-model/sort", test_sort);
  ADD ("/search-model/sort-oldest", test_sort_oldest);
  ADD ("/search-model/snippets", test_snippets);
  ADD ("/search-model/snippets-many", test_snippets_many);
  ADD ("/search-model/select", test_select);
  ADD ("/search-model/whole-after-pause", test_whole_after_pause);
  ADD ("/search-model/counts-whole", test_counts_whole);
  ADD ("/search-model/newest-held", test_newest_held);
  ADD ("/search-model/first-met", test_first_met);
#undef ADD

  return g_test_run ();
}
