/* test-store-kill.c: fault injection; a saver is killed with SIGKILL at random moments.
 *
 * store-crasher saves a counter, a payload and the payload's checksum in a loop and says "saved"
 * after each save. It is killed hundreds of times, each time at a random moment (while starting,
 * between saves or in the middle of writing). After each kill the file must parse and hold one
 * whole state, never older than the last one seen nor than the last save reported: atomic,
 * durable replacement is what keeps notes through a crash. Run with --seed to replay.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>
#include <utime.h>

#include "cmq-store.h"
#include "store-crasher.h"
#include "store-fixture.h"

/* Starts store-crasher on @path (as @writer, NULL for the only one) and waits until it has
 * loaded the file; its output is read from @out. */
static GSubprocess *
spawn_crasher (const char *path, const char *writer, GDataInputStream **out)
{
  g_autofree char *crasher = g_test_build_filename (G_TEST_BUILT, "store-crasher", NULL);
  const char *argv[] = { crasher, path, writer, NULL };
  g_autoptr (GError) error = NULL;
  g_autofree char *line = NULL;
  GSubprocess *process;

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  *out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  line = g_data_input_stream_read_line (*out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "ready");
  return process;
}

/* Sets the modification time of @path @seconds back. */
static void
age_file (const char *path, gint64 seconds)
{
  gint64 when = g_get_real_time () / G_USEC_PER_SEC - seconds;
  struct utimbuf times = { .actime = when, .modtime = when };

  g_assert_cmpint (g_utime (path, &times), ==, 0);
}

#define N_KILLS 500

static void
check_crash_state (const char *path, const char *counter_id, const char *payload_id, guint64 *last)
{
  g_autoptr (GKeyFile) key_file = g_key_file_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *counter_note = NULL;
  g_autofree char *payload_note = NULL;
  g_auto (GStrv) parts = NULL;
  g_autofree char *checksum = NULL;
  guint64 counter;
  gboolean favourite;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_assert_cmpuint (*last, ==, 0);
      return;
    }
  g_assert_true (g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_key_file_get_integer (key_file, "Communique", "version", NULL), ==,
                   CMQ_STORE_FORMAT_VERSION);
  counter_note = g_key_file_get_string (key_file, counter_id, "note", &error);
  g_assert_no_error (error);
  payload_note = g_key_file_get_string (key_file, payload_id, "note", &error);
  g_assert_no_error (error);
  favourite = g_key_file_get_boolean (key_file, payload_id, "favourite", &error);
  g_assert_no_error (error);

  /* payload note: "<counter>\n<payload>\n<sha256 of payload>" */
  parts = g_strsplit (payload_note, "\n", 3);
  g_assert_cmpuint (g_strv_length (parts), ==, 3);
  counter = g_ascii_strtoull (counter_note, NULL, 10);
  g_assert_cmpstr (parts[0], ==, counter_note);
  checksum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, parts[1], -1);
  g_assert_cmpstr (parts[2], ==, checksum);
  g_assert_cmpint (favourite, ==, counter % 2 == 1);
  /* The payload's highlight, saved with the rest, has the same counter as its note. */
  {
    g_auto (GStrv) passages =
        g_key_file_get_string_list (key_file, payload_id, "passages", NULL, &error);
    g_autofree char *key = NULL;
    g_autofree char *passage_note = NULL;

    g_assert_no_error (error);
    g_assert_cmpuint (g_strv_length (passages), ==, 1);
    key = g_strdup_printf ("passage-%s-note", passages[0]);
    passage_note = g_key_file_get_string (key_file, payload_id, key, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (passage_note, ==, counter_note);
  }
  g_assert_cmpuint (counter, >=, *last);
  *last = counter;
}

/* Nothing was ever found damaged. Temporary files left by a save show kills that landed in the
 * middle of writing a new file (or, after a swap, before the old one was removed): into @torn. */
static void
collect_torn (const char *folder, GPtrArray *torn)
{
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_assert_null (strstr (name, ".corrupt-"));
      if (g_str_has_prefix (name, "library.ini.") && strlen (name) == strlen ("library.ini.") + 6)
        g_ptr_array_add (torn, g_build_filename (folder, name, NULL));
    }
}

static void
test_fault_injection_kill (void)
{
  g_autoptr (CmqRelease) counter_release = crasher_release ("Counter", NULL);
  g_autoptr (CmqRelease) payload_release = crasher_release ("Payload", NULL);
  g_autoptr (GPtrArray) torn = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *folder = g_dir_make_tmp ("cmq-store-kill-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "library.ini", NULL);
  guint64 last = 0;
  guint n_advanced = 0;
  guint n_torn = 0;
  guint n_reported = 0;
  gint64 start = g_get_monotonic_time ();

  for (guint kill = 0; kill < N_KILLS; kill++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GDataInputStream) out = NULL;
      g_autoptr (GSubprocess) process = spawn_crasher (path, NULL, &out);
      guint64 before = last;
      guint n_saves = g_test_rand_int_range (0, 4);

      /* Let it finish 0 to 3 saves, then kill it a random moment later: while starting, between
       * saves, or anywhere inside the next save. Waiting for saves rather than for time keeps the
       * test meaningful on a slow or busy machine. */
      for (guint i = 0; i < n_saves; i++)
        {
          g_autofree char *saved = g_data_input_stream_read_line (out, NULL, NULL, &error);

          g_assert_no_error (error);
          g_assert_true (g_str_has_prefix (saved, "saved "));
        }
      g_usleep (g_test_rand_int_range (0, 6000));
      g_subprocess_send_signal (process, SIGKILL);
      g_assert_true (g_subprocess_wait (process, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (g_subprocess_get_if_signaled (process));
      g_assert_cmpint (g_subprocess_get_term_sig (process), ==, SIGKILL);

      check_crash_state (path, cmq_release_get_id (counter_release),
                         cmq_release_get_id (payload_release), &last);
      /* A save that returned is on disk, kill or not. */
      g_assert_cmpuint (last, >=, before + n_saves);
      n_reported += n_saves;
      if (last > before)
        n_advanced++;
    }

  collect_torn (folder, torn);
  n_torn = torn->len;
  /* An hour later, the next start removes them and keeps the file. */
  {
    g_autoptr (CmqStore) store = cmq_store_new (path);
    g_autoptr (GError) error = NULL;
    guint64 again = 0;

    for (guint i = 0; i < torn->len; i++)
      age_file (g_ptr_array_index (torn, i), 2 * 60 * 60);
    g_assert_true (cmq_store_load (store, &error));
    g_assert_no_error (error);
    for (guint i = 0; i < torn->len; i++)
      g_assert_false (g_file_test (g_ptr_array_index (torn, i), G_FILE_TEST_EXISTS));
    check_crash_state (path, cmq_release_get_id (counter_release),
                       cmq_release_get_id (payload_release), &again);
    g_assert_cmpuint (again, ==, last);
  }
  g_test_message ("%u kills in %.1f s; %u saves reported before the kills, the counter advanced "
                  "across %u kills, to %" G_GUINT64_FORMAT
                  "; %u kills left a half-written temporary file",
                  N_KILLS, (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC, n_reported,
                  n_advanced, last, n_torn);
  g_assert_cmpuint (last, >=, n_reported);
  cmq_test_remove_tree (folder);
}

/* Two processes save into one file at the same time, then both are killed. Every save either
 * reported must be in the file: a save merges and writes under a lock on the folder, so neither
 * writes back a file read before the other's rename. */
#define N_ROUNDS 20

static guint64
last_reported (GDataInputStream *out)
{
  guint64 last = 0;
  char *line;

  while ((line = g_data_input_stream_read_line (out, NULL, NULL, NULL)) != NULL)
    {
      if (g_str_has_prefix (line, "saved "))
        last = g_ascii_strtoull (line + strlen ("saved "), NULL, 10);
      g_free (line);
    }
  return last;
}

static void
test_two_writers (void)
{
  static const char *const writers[] = { "A", "B" };
  g_autofree char *folder = g_dir_make_tmp ("cmq-store-two-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "library.ini", NULL);
  guint64 last_seen[G_N_ELEMENTS (writers)] = { 0 };
  guint64 n_saves = 0;

  for (guint round = 0; round < N_ROUNDS; round++)
    {
      GSubprocess *processes[G_N_ELEMENTS (writers)] = { NULL };
      GDataInputStream *outs[G_N_ELEMENTS (writers)] = { NULL };
      guint64 reported[G_N_ELEMENTS (writers)];
      g_autoptr (GError) error = NULL;

      for (guint w = 0; w < G_N_ELEMENTS (writers); w++)
        processes[w] = spawn_crasher (path, writers[w], &outs[w]);
      g_usleep (g_test_rand_int_range (50000, 150000));
      for (guint w = 0; w < G_N_ELEMENTS (writers); w++)
        {
          g_subprocess_send_signal (processes[w], SIGKILL);
          g_assert_true (g_subprocess_wait (processes[w], NULL, &error));
          g_assert_true (g_subprocess_get_if_signaled (processes[w]));
        }

      for (guint w = 0; w < G_N_ELEMENTS (writers); w++)
        {
          g_autoptr (CmqRelease) counter = crasher_release ("Counter", writers[w]);
          g_autoptr (CmqRelease) payload = crasher_release ("Payload", writers[w]);
          guint64 before = last_seen[w];

          reported[w] = last_reported (outs[w]);
          if (reported[w] > 0)
            n_saves += reported[w] - before;
          if (reported[w] == 0 && before == 0)
            continue; /* this writer has not saved yet */
          check_crash_state (path, cmq_release_get_id (counter), cmq_release_get_id (payload),
                             &last_seen[w]);
          g_assert_cmpuint (last_seen[w], >=, reported[w]);
        }
      for (guint w = 0; w < G_N_ELEMENTS (writers); w++)
        {
          g_object_unref (outs[w]);
          g_object_unref (processes[w]);
        }
    }

  g_test_message ("%u rounds of two writers, %" G_GUINT64_FORMAT " saves, none lost", N_ROUNDS,
                  n_saves);
  g_assert_cmpuint (last_seen[0], >, 0);
  g_assert_cmpuint (last_seen[1], >, 0);
  cmq_test_remove_tree (folder);
}

/* What kills leave behind is removed on loading, and nothing else: only our temporary files
 * (the live file's name and six letters or digits, a plain file only we can read), only old
 * ones, and not while another process holds the folder's lock (it may be saving). */
static void
test_stale_temporaries (void)
{
  g_autofree char *folder = g_dir_make_tmp ("cmq-store-stale-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "library.ini", NULL);
  g_autoptr (CmqRelease) release = crasher_release ("Counter", NULL);
  static const char *const kept[] = {
    "library.ini.Fr35h1",          /* a save of another instance, now */
    "library.ini.Rd1234",          /* others may read it: not one of ours */
    "library.ini.Dir123",          /* a folder */
    "library.ini.backup-20260301", /* a backup */
    "library.ini.Ab3d",            /* not the pattern */
    "notes.ini.Ab3dE9",            /* another file's */
  };
  g_autofree char *stale = g_build_filename (folder, "library.ini.Ab3dE9", NULL);
  int lock_fd;

  {
    g_autoptr (CmqStore) store = cmq_store_new (path);
    g_autoptr (GError) error = NULL;

    g_assert_true (cmq_store_load (store, &error));
    cmq_store_set_note (store, release, "Kept");
    g_assert_true (cmq_store_flush (store, &error));
    g_assert_no_error (error);
  }
  g_assert_true (g_file_set_contents_full (stale, "[Communique]\nversion=1\n[cut sh", -1,
                                           G_FILE_SET_CONTENTS_NONE, 0600, NULL));
  age_file (stale, 2 * 60 * 60);
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *other = g_build_filename (folder, kept[i], NULL);

      if (g_str_has_suffix (other, "Dir123"))
        g_assert_cmpint (g_mkdir (other, 0700), ==, 0);
      else
        g_assert_true (g_file_set_contents_full (other, "x", -1, G_FILE_SET_CONTENTS_NONE,
                                                 g_str_has_suffix (other, "Rd1234") ? 0644 : 0600,
                                                 NULL));
      if (!g_str_has_suffix (other, "Fr35h1"))
        age_file (other, 2 * 60 * 60);
    }

  /* Another process holds the lock: nothing is touched. */
  lock_fd = open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  g_assert_cmpint (lock_fd, >=, 0);
  g_assert_cmpint (flock (lock_fd, LOCK_EX | LOCK_NB), ==, 0);
  {
    g_autoptr (CmqStore) store = cmq_store_new (path);

    g_assert_true (cmq_store_load (store, NULL));
    g_assert_true (g_file_test (stale, G_FILE_TEST_EXISTS));
  }
  close (lock_fd);

  {
    g_autoptr (CmqStore) store = cmq_store_new (path);
    g_autoptr (GError) error = NULL;

    g_assert_true (cmq_store_load (store, &error));
    g_assert_no_error (error);
    g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
    g_assert_cmpstr (cmq_store_get_note (store, cmq_release_get_id (release)), ==, "Kept");
    g_assert_null (cmq_store_get_problem (store));
  }
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *other = g_build_filename (folder, kept[i], NULL);

      g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
    }
  cmq_test_remove_tree (folder);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/fault-injection/sigkill", test_fault_injection_kill);
  g_test_add_func ("/store/fault-injection/two-writers", test_two_writers);
  g_test_add_func ("/store/stale-temporaries", test_stale_temporaries);
  return g_test_run ();
}
