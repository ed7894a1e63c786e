/* test-soak.c: the window open on 20,000 releases for two minutes while another thread adds,
 * changes, removes and renames release files, and the list is scrolled and a note typed: no
 * critical (G_DEBUG=fatal-criticals), memory flat, and at the end the list shows exactly the
 * files in the folder (issue 12's soak test).
 *
 * Suite "soak": not run by `meson test` by default (see tests/meson.build); run it with
 * `meson test --suite soak` under Xvfb. CMQ_SOAK_RELEASES and CMQ_SOAK_SECONDS change its size.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "test-watchdog.h"
#include "ui-util.h"

static char *home;
static char *folder;

typedef struct
{
  guint seconds;
  int stop; /* atomic */
  guint n_added, n_changed, n_removed, n_renamed;
} Mutator;

static GPtrArray *
list_releases (void)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".txt") && name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  return names;
}

/* Adds, changes, removes and renames files at random, a few every tenth of a second. */
static gpointer
mutator_thread (gpointer user_data)
{
  Mutator *mutator = user_data;
  g_autoptr (GRand) rand = g_rand_new_with_seed (11);
  gint64 end = g_get_monotonic_time () + mutator->seconds * G_USEC_PER_SEC;
  guint serial = 0;

  while (g_get_monotonic_time () < end && !g_atomic_int_get (&mutator->stop))
    {
      g_autoptr (GPtrArray) names = list_releases ();
      const char *name = g_ptr_array_index (names, g_rand_int_range (rand, 0, names->len));
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *text = NULL;
      g_autofree char *other = NULL;

      serial++;
      switch (g_rand_int_range (rand, 0, 4))
        {
        case 0: /* a new release: another's text with a sentence of its own */
          if (g_file_get_contents (path, &text, NULL, NULL))
            {
              g_autofree char *more =
                  g_strdup_printf ("%s\nSoak addition %u, a new release.\n", text, serial);

              other = g_strdup_printf ("%s/soak-added-%06u.txt", folder, serial);
              g_file_set_contents (other, more, -1, NULL);
              mutator->n_added++;
            }
          break;
        case 1: /* changed in place */
          if (g_file_get_contents (path, &text, NULL, NULL))
            {
              g_autofree char *more =
                  g_strdup_printf ("%s\nSoak change %u to this release.\n", text, serial);

              g_file_set_contents (path, more, -1, NULL);
              mutator->n_changed++;
            }
          break;
        case 2:
          if (g_unlink (path) == 0)
            mutator->n_removed++;
          break;
        default:
          other = g_strdup_printf ("%s/soak-renamed-%06u.txt", folder, serial);
          if (g_rename (path, other) == 0)
            mutator->n_renamed++;
          break;
        }
      g_usleep (g_rand_int_range (rand, 20, 120) * 1000);
    }
  return NULL;
}

static guint64
rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmRSS:")) == NULL)
    return 0;
  return g_ascii_strtoull (line + strlen ("VmRSS:"), NULL, 10);
}

static guint
env_uint (const char *name, guint fallback)
{
  const char *value = g_getenv (name);

  return value != NULL ? (guint) g_ascii_strtoull (value, NULL, 10) : fallback;
}

typedef struct
{
  CmqWindow *window;
  guint expected;
} Settled;

/* Nothing left to do — no update running or waiting for the end of a burst of changes — and
 * the list shows as many releases as the folder has. */
static gboolean
settled_cb (gpointer data)
{
  Settled *settled = data;
  CmqContext *context = cmq_window_get_context (settled->window);

  return !cmq_context_is_updating (context) && !cmq_window_is_searching (settled->window) &&
         cmq_hit_list_get_n_hits (cmq_window_get_hit_list (settled->window)) == settled->expected;
}

/* Every file of the folder is a row of the list, and no other. */
static void
assert_list_right (CmqWindow *window)
{
  g_autoptr (GPtrArray) names = list_releases ();
  g_autoptr (GHashTable) on_disk = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (CmqQuery) query = cmq_query_parse ("", CMQ_QUERY_FLAGS_NONE);
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < names->len; i++)
    g_hash_table_add (on_disk, g_build_filename (folder, names->pdata[i], NULL));
  hits = cmq_index_query (cmq_window_get_index (window), query, CMQ_INDEX_SORT_NEWEST, 0,
                          CMQ_INDEX_QUERY_NONE, NULL, &error);
  g_assert_no_error (error);
  /* A release saved in two files is one row: the generated ones are all different. */
  g_assert_cmpuint (hits->len, ==, names->len);
  for (guint i = 0; i < hits->len; i++)
    g_assert_true (g_hash_table_contains (on_disk, ((CmqIndexHit *) hits->pdata[i])->file));
  g_assert_cmpuint (cmq_hit_list_get_n_hits (cmq_window_get_hit_list (window)), ==, names->len);
}

static void
generate_library (guint n_releases)
{
  g_autofree char *script =
      g_test_build_filename (G_TEST_DIST, "..", "build-aux", "generate-library.py", NULL);
  g_autofree char *count = g_strdup_printf ("%u", n_releases);
  const char *argv[] = { "python3", script, folder, count, NULL };
  g_autoptr (GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* Scrolls anywhere, and now and then selects a row and types into its note. */
static void
scroll_and_type (CmqWindow *window, GtkAdjustment *adjustment, GtkTextView *note, GRand *rand)
{
  guint n = ui_n_rows (window);
  double upper = gtk_adjustment_get_upper (adjustment);

  gtk_adjustment_set_value (adjustment, g_rand_double (rand) * MAX (upper, 1.0));
  if (n > 0 && g_rand_int_range (rand, 0, 10) == 0)
    {
      gtk_single_selection_set_selected (cmq_window_get_selection (window),
                                         g_rand_int_range (rand, 0, n));
      gtk_widget_grab_focus (GTK_WIDGET (note));
      gtk_text_buffer_insert_interactive_at_cursor (gtk_text_view_get_buffer (note), "soak ", -1,
                                                    TRUE);
    }
  ui_spin (g_rand_int_range (rand, 30, 150));
}

static void
test_soak (void)
{
  guint n_releases = env_uint ("CMQ_SOAK_RELEASES", 20000);
  g_autofree char *store_path = g_build_filename (home, "library.ini", NULL);
  g_autoptr (CmqLibrary) library = cmq_library_new ();
  g_autoptr (GFile) dir = g_file_new_for_path (folder);
  g_autoptr (CmqStore) store = cmq_store_new (store_path);
  g_autoptr (GRand) rand = g_rand_new_with_seed (17);
  g_autoptr (GError) error = NULL;
  Mutator mutator = { env_uint ("CMQ_SOAK_SECONDS", 120) };
  g_autoptr (GArray) rss = g_array_new (FALSE, FALSE, sizeof (guint64));
  GtkAdjustment *adjustment;
  GtkTextView *note;
  CmqWindow *window;
  GThread *thread;
  gint64 start, next_sample;

  generate_library (n_releases);
  g_assert_true (cmq_store_load (store, &error));

  cmq_library_add_directory (library, dir);
  cmq_library_watch (library);
  window = ui_open_window_with_store (library, store);
  g_assert_cmpuint (ui_n_rows (window), >, 0);
  adjustment = gtk_scrollable_get_vadjustment (
      GTK_SCROLLABLE (ui_find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW)));
  note = cmq_note_editor_get_text_view (cmq_window_get_note_editor (window));

  thread = g_thread_new ("soak-mutator", mutator_thread, &mutator);
  start = g_get_monotonic_time ();
  /* After the first updates have settled in, then every twelfth of the run (10 s of 120). */
  next_sample = start + mutator.seconds * G_USEC_PER_SEC / 6;
  while (g_get_monotonic_time () - start < (gint64) mutator.seconds * G_USEC_PER_SEC)
    {
      scroll_and_type (window, adjustment, note, rand);
      if (g_get_monotonic_time () >= next_sample)
        {
          guint64 now = rss_kib ();

          g_array_append_val (rss, now);
          g_test_message ("%.0f s: %u rows, RSS %" G_GUINT64_FORMAT " KiB",
                          (g_get_monotonic_time () - start) / 1e6, ui_n_rows (window), now);
          next_sample += mutator.seconds * G_USEC_PER_SEC / 12;
        }
    }
  g_atomic_int_set (&mutator.stop, 1);
  g_thread_join (thread);
  g_test_message ("added %u, changed %u, removed %u, renamed %u", mutator.n_added,
                  mutator.n_changed, mutator.n_removed, mutator.n_renamed);

  {
    g_autoptr (GPtrArray) names = list_releases ();
    Settled settled = { window, names->len };

    ui_wait_until (settled_cb, &settled);
  }
  assert_list_right (window);
  g_assert_true (cmq_store_flush (store, &error));

  /* Flat: the last sample is within a quarter (and 64 MiB) of the first. */
  g_assert_cmpuint (rss->len, >=, 2);
  g_assert_cmpuint (g_array_index (rss, guint64, rss->len - 1), <=,
                    g_array_index (rss, guint64, 0) * 5 / 4 + 64 * 1024);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  cmq_test_watchdog_start (1780); /* its meson timeout is 1800 s */
  home = ui_isolate_home ();
  folder = g_build_filename (home, "releases", NULL);
  g_test_init (&argc, &argv, NULL);
  /* Criticals fail the test (and G_DEBUG=fatal-criticals stops at the first); GTK's warnings are
   * printed, not fatal: the soak test is about criticals, memory and the list. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  gtk_init ();
  adw_init ();

  g_test_add_func ("/soak/window", test_soak);

  return g_test_run ();
}
