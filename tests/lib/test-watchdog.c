/* test-watchdog.c: a UI test that hangs fails with the test's name and backtraces.
 *
 * A test waits for conditions with deadlines, but a wait that blocks in the main loop with
 * nothing left to wake it (a search that never ends, a signal that never comes) would only be
 * stopped by meson's timeout, which kills the program and says nothing of where it hung. The
 * watchdog stops it a little earlier, with the test case's path and every thread's backtrace
 * (from gdb, when the machine has it) on standard error, where the test log keeps them.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <unistd.h>

#include "test-timeout.h"
#include "test-watchdog.h"

/* Monotonic time at which the watchdog gives up, and what it was set from (for its message);
 * read by the watchdog's thread, set by the test's. */
static gint64 watchdog_deadline;
static double watchdog_seconds;
static GMutex watchdog_lock;

static void
print_backtraces (void)
{
  g_autofree char *gdb = g_find_program_in_path ("gdb");
  g_autofree char *pid = g_strdup_printf ("%d", (int) getpid ());
  g_autofree char *out = NULL;
  const char *argv[] = { NULL,  "-batch",   "-nx", "-p",    NULL, "-ex", "thread apply all bt 12",
                         "-ex", "thread 1", "-ex", "bt 30", NULL };

  if (gdb == NULL)
    return;
  argv[0] = gdb;
  argv[4] = pid;
  /* Every thread, then the main thread's whole stack last, where a log's tail shows it; through
   * a pipe, so that nothing reaches standard output, which meson reads as TAP. */
  if (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                    NULL, NULL))
    {
      g_auto (GStrv) lines = g_strsplit (out, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        g_printerr ("# %s\n", lines[i]);
    }
}

static gpointer
watchdog_thread (gpointer data)
{
  gint64 deadline, now;
  double seconds;

  for (;;)
    {
      g_mutex_lock (&watchdog_lock);
      deadline = watchdog_deadline;
      seconds = watchdog_seconds;
      g_mutex_unlock (&watchdog_lock);
      if ((now = g_get_monotonic_time ()) >= deadline)
        break;
      g_usleep ((gulong) MIN (deadline - now, G_USEC_PER_SEC));
    }
  g_printerr ("# watchdog: still running after %.0f s, in %s; giving up\n", seconds,
              g_test_get_path () != NULL ? g_test_get_path () : "(no test case)");
  print_backtraces ();
  g_printerr ("# watchdog: %s hung\n", g_test_get_path () != NULL ? g_test_get_path () : "test");
  abort ();
  return NULL;
}

void
cmq_test_watchdog_start (double seconds)
{
  static gsize started = 0;

  g_mutex_lock (&watchdog_lock);
  watchdog_seconds = cmq_test_timeout_seconds (seconds);
  watchdog_deadline = cmq_test_deadline (seconds);
  g_mutex_unlock (&watchdog_lock);
  if (g_once_init_enter (&started))
    {
      g_thread_unref (g_thread_new ("test-watchdog", watchdog_thread, NULL));
      g_once_init_leave (&started, 1);
    }
}
