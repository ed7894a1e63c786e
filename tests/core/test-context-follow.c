/* test-context-follow.c: highlights, notes and stars follow their release when its file is
 * edited and imported again (a release's id comes from its text, so the edited file is a release
 * with another id), through the real context, index and store, without a display.
 *
 * A folder is imported, four passages of one release are highlighted (with notes), the release
 * gets a note and a star; then the file is edited: one paragraph reflowed, one added, words
 * changed near one passage and inside another, and the paragraph of the fourth rewritten. After
 * the update the three that still fit are on the new release at their new text, the fourth is
 * listed as detached with its note, and none is lost. Once by the file's path, once with the file
 * renamed as well (found by the passages' text), and once across a restart of the store.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <string.h>

#include "cmq-context.h"
#include "remove-tree.h"
#include "test-timeout.h"

#define DEADLINE_S 120

#define TITLE "NATO Secretary General visits Oslo"

#define ORIGINAL                                                                                   \
  TITLE "\n\n"                                                                                     \
        "NATO Secretary General Jens Stoltenberg visited Oslo on Monday (3 May 2021) for talks "   \
        "with the Prime Minister of Norway about security in the High North.\n\n"                  \
        "\"Norway is a steadfast Ally and a close friend,\" said the Secretary General. \"Our "    \
        "cooperation in the Arctic has never been more important.\"\n\n"                           \
        "The two leaders discussed defence spending, the modernisation of the armed forces and "   \
        "support for Ukraine in the coming years.\n\n"                                             \
        "Ministers also reviewed the preparations for the summit in Brussels, where Allies will "  \
        "agree on a new strategic concept for the decade.\n"

/* Reflowed (the quote's paragraph), a paragraph added, words changed near and inside quotes, the
 * first paragraph rewritten. */
#define EDITED                                                                                     \
  TITLE "\n\n"                                                                                     \
        "The Secretary General came to the Norwegian capital on Monday (3 May 2021), his third "   \
        "visit this year, and met members of the government.\n\n"                                  \
        "\"Norway is a steadfast Ally and a close\nfriend,\" said the Secretary General.\n\"Our "  \
        "cooperation in the Arctic has never been\nmore important.\"\n\n"                          \
        "The visit included a stop at the Joint Headquarters in Bodø, north of the Arctic "       \
        "Circle.\n\n"                                                                              \
        "The two leaders talked about defence budgets, the modernisation of the armed forces and " \
        "support for Ukraine in the months and years to come.\n\n"                                 \
        "Ministers also reviewed the preparations for the summit in Madrid, where Allies will "    \
        "agree on a new strategic concept for the decade.\n"

static const struct
{
  const char *before; /* the quote as highlighted */
  const char *after;  /* its text in the edited release; NULL: it no longer fits */
  const char *note;
} passages[] = {
  { "Norway is a steadfast Ally and a close friend",
    "Norway is a steadfast Ally and a close friend", "Use in the introduction" },
  { "support for Ukraine", "support for Ukraine", "Compare with the Vilnius communiqué" },
  { "preparations for the summit in Brussels, where Allies will agree on a new strategic concept",
    "preparations for the summit in Madrid, where Allies will agree on a new strategic concept",
    "Summit" },
  { "talks with the Prime Minister of Norway", NULL, "Who else attended?" },
};

typedef struct
{
  char *dir;
  char *folder;
  char *index_path;
  char *store_path;
  char *file;
  CmqLibrary *library;
  CmqStore *store;
  CmqContext *context;
  char *old_id;
} Fixture;

static void
write_file (const char *path, const char *text)
{
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

static void
open_store (Fixture *fixture)
{
  g_autoptr (GError) error = NULL;

  fixture->store = cmq_store_new (fixture->store_path);
  cmq_store_load (fixture->store, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GFile) folder = NULL;
  g_autofree char *data_dir = NULL;

  fixture->dir = g_dir_make_tmp ("cmq-follow-XXXXXX", NULL);
  fixture->folder = g_build_filename (fixture->dir, "releases", NULL);
  fixture->index_path = g_build_filename (fixture->dir, "cache", "index.sqlite", NULL);
  fixture->store_path = g_build_filename (fixture->dir, "data", "library.ini", NULL);
  fixture->file = g_build_filename (fixture->folder, "oslo.txt", NULL);
  data_dir = g_path_get_dirname (fixture->store_path);
  g_assert_cmpint (g_mkdir_with_parents (fixture->folder, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (data_dir, 0700), ==, 0);
  write_file (fixture->file, ORIGINAL);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("other-%u.txt", i);
      g_autofree char *path = g_build_filename (fixture->folder, name, NULL);
      g_autofree char *text = g_strdup_printf (
          "Allies meet in Brussels, part %u\n\nNATO Allies met on Tuesday (4 May 2021) to discuss "
          "the summit in Brussels, part %u, and support for Ukraine.\n",
          i, i);

      write_file (path, text);
    }
  folder = g_file_new_for_path (fixture->folder);
  fixture->library = cmq_library_new ();
  cmq_library_add_directory (fixture->library, folder);
  open_store (fixture);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->context);
  g_clear_object (&fixture->library);
  g_clear_object (&fixture->store);
  cmq_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->folder);
  g_free (fixture->index_path);
  g_free (fixture->store_path);
  g_free (fixture->file);
  g_free (fixture->old_id);
}

typedef gboolean (*Condition) (Fixture *fixture);

static void
wait_for (Fixture *fixture, Condition condition, const char *what)
{
  gint64 deadline = cmq_test_deadline (DEADLINE_S);

  while (!condition (fixture))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Gave up waiting for %s", what);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gboolean
settled (Fixture *fixture)
{
  return !cmq_context_is_updating (fixture->context);
}

static void
open_context (Fixture *fixture)
{
  fixture->context = cmq_context_new (fixture->library, fixture->store, fixture->index_path);
  cmq_context_update (fixture->context);
  wait_for (fixture, settled, "the update");
}

/* The release with this title, whole (its paragraphs). */
static CmqRelease *
load_oslo (Fixture *fixture)
{
  CmqIndex *index = cmq_context_get_index (fixture->context);
  g_autoptr (CmqQuery) query = cmq_query_parse ("title:oslo", CMQ_QUERY_FLAGS_NONE);
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (GError) error = NULL;
  CmqRelease *release;

  hits =
      cmq_index_query (index, query, CMQ_INDEX_SORT_NEWEST, 0, CMQ_INDEX_QUERY_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  release =
      cmq_index_load_release (index, ((CmqIndexHit *) g_ptr_array_index (hits, 0))->id, &error);
  g_assert_no_error (error);
  return release;
}

static void
highlight (Fixture *fixture, CmqRelease *release, const char *quote, const char *note)
{
  const char *const *paragraphs = cmq_release_get_paragraphs (release);
  g_autofree char *id = NULL;

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      const char *at = strstr (paragraphs[i], quote);

      if (at == NULL)
        continue;
      id = cmq_store_add_passage (fixture->store, release, i + 1, at - paragraphs[i],
                                  at - paragraphs[i] + strlen (quote), "green");
      g_assert_nonnull (id);
      g_assert_true (cmq_store_set_passage_note (fixture->store, release, id, note));
      return;
    }
  g_error ("“%s” is not in the release", quote);
}

/* Imports the folder, highlights the four passages, adds a note and a star. */
static void
highlight_all (Fixture *fixture)
{
  g_autoptr (CmqRelease) release = NULL;

  open_context (fixture);
  release = load_oslo (fixture);
  fixture->old_id = g_strdup (cmq_release_get_id (release));
  for (guint i = 0; i < G_N_ELEMENTS (passages); i++)
    highlight (fixture, release, passages[i].before, passages[i].note);
  cmq_store_set_note (fixture->store, release, "Quote in the Arctic report");
  cmq_store_set_favourite (fixture->store, release, TRUE);
  g_assert_cmpuint (cmq_store_count_passages (fixture->store, fixture->old_id), ==, 4);
}

static gboolean
followed (Fixture *fixture)
{
  return settled (fixture) &&
         cmq_store_count_passages (fixture->store, fixture->old_id) < G_N_ELEMENTS (passages);
}

static const char *
note_of (GPtrArray *list, const char *quote)
{
  for (guint i = 0; i < list->len; i++)
    {
      CmqStorePassage *passage = g_ptr_array_index (list, i);

      if (strcmp (passage->anchor->quote, quote) == 0)
        return passage->note;
    }
  return NULL;
}

/* The three that fit are on the new release at their new text, the fourth detached; none lost. */
static void
check_followed (Fixture *fixture)
{
  g_autoptr (CmqRelease) release = load_oslo (fixture);
  const char *new_id = cmq_release_get_id (release);
  const char *const *paragraphs = cmq_release_get_paragraphs (release);
  g_autoptr (GPtrArray) places = NULL;
  g_autoptr (GPtrArray) live = NULL;
  g_autoptr (GHashTable) known = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) detached = NULL;

  g_assert_cmpstr (new_id, !=, fixture->old_id);
  live = cmq_store_dup_passages (fixture->store, new_id);
  places = cmq_store_locate_passages (fixture->store, new_id, release);
  g_assert_cmpuint (places->len, ==, 3);
  for (guint i = 0; i < places->len; i++)
    {
      CmqStorePassagePlace *place = g_ptr_array_index (places, i);
      const char *paragraph = paragraphs[place->position.paragraph - 1];
      g_autofree char *text = NULL;

      g_assert_cmpint (place->position.match, !=, CMQ_ANCHOR_DETACHED);
      text = g_strndup (paragraph + place->position.start,
                        place->position.end - place->position.start);
      /* In paragraph order: the reflowed quote, the one near changed words, the one changed
       * inside; each with its note. */
      g_assert_cmpstr (text, ==, passages[i].after);
      g_assert_cmpstr (place->passage->note, ==, passages[i].note);
      g_assert_cmpstr (note_of (live, passages[i].after), ==, passages[i].note);
    }
  g_assert_cmpstr (cmq_store_get_note (fixture->store, new_id), ==, "Quote in the Arctic report");
  g_assert_true (cmq_store_get_favourite (fixture->store, new_id));

  /* The fourth: listed as detached, with its words and note; the old id keeps nothing else. */
  g_hash_table_add (known, (gpointer) new_id);
  detached = cmq_store_dup_detached (fixture->store, known);
  g_assert_cmpuint (detached->len, ==, 1);
  {
    CmqStoreDetached *item = g_ptr_array_index (detached, 0);

    g_assert_cmpstr (item->id, ==, fixture->old_id);
    g_assert_cmpstr (item->title, ==, TITLE);
    g_assert_cmpstr (item->passage->anchor->quote, ==, passages[3].before);
    g_assert_cmpstr (item->passage->note, ==, passages[3].note);
  }
  g_assert_cmpuint (cmq_store_count_passages (fixture->store, fixture->old_id), ==, 1);
  g_assert_cmpstr (cmq_store_get_note (fixture->store, fixture->old_id), ==, "");
  g_assert_false (cmq_store_get_favourite (fixture->store, fixture->old_id));
}

/* The file edited in place: found by its path. */
static void
test_by_file (Fixture *fixture, gconstpointer data)
{
  highlight_all (fixture);
  write_file (fixture->file, EDITED);
  cmq_context_update (fixture->context);
  wait_for (fixture, followed, "the highlights to follow the edited file");
  check_followed (fixture);
}

/* Edited and renamed: its path is not known, its passages' text finds it. */
static void
test_by_text (Fixture *fixture, gconstpointer data)
{
  g_autofree char *renamed = g_build_filename (fixture->folder, "oslo-2021.txt", NULL);

  highlight_all (fixture);
  write_file (renamed, EDITED);
  g_assert_cmpint (g_unlink (fixture->file), ==, 0);
  cmq_context_update (fixture->context);
  wait_for (fixture, followed, "the highlights to follow the renamed file");
  check_followed (fixture);
}

/* Edited while Communiqué was not running: at the next start, after the first update; and the
 * store, saved and read again, still has it all. */
static void
test_across_restart (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  highlight_all (fixture);
  g_assert_true (cmq_store_flush (fixture->store, &error));
  g_assert_no_error (error);
  g_clear_object (&fixture->context);
  g_clear_object (&fixture->store);

  write_file (fixture->file, EDITED);
  open_store (fixture);
  open_context (fixture);
  wait_for (fixture, followed, "the highlights to follow after a restart");
  check_followed (fixture);

  g_assert_true (cmq_store_flush (fixture->store, &error));
  g_clear_object (&fixture->context);
  g_clear_object (&fixture->store);
  open_store (fixture);
  open_context (fixture);
  check_followed (fixture);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/context-follow/by-file", test_by_file);
  ADD ("/context-follow/by-text", test_by_text);
  ADD ("/context-follow/across-restart", test_across_restart);
#undef ADD

  return g_test_run ();
}
