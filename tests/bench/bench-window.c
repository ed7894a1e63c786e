/* bench-window.c: what the benchmarks of the real window share (see bench-window.h).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bench-window.h"

CmqWindow *
bench_open_window (const char *library_path, const char *index_path, int width, int height,
                   CmqContext **context)
{
  g_autoptr (CmqLibrary) library = cmq_library_new ();
  g_autoptr (GFile) folder = g_file_new_for_commandline_arg (library_path);
  g_autoptr (GError) error = NULL;
  CmqIndex *index;
  CmqWindow *window;

  cmq_library_add_directory (library, folder);
  *context = cmq_context_new (library, NULL, index_path);
  index = cmq_context_get_index (*context);
  cmq_index_set_folders (index, (const char *const[]){ library_path, NULL });
  if (!cmq_index_update (index, NULL, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return NULL;
    }

  window = cmq_window_new (NULL, *context);
  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)) || cmq_window_is_searching (window))
    g_main_context_iteration (NULL, TRUE);
  return window;
}

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
bench_spin (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

void
bench_wait_until (gint64 due)
{
  while (g_get_monotonic_time () < due)
    {
      gint64 left = due - g_get_monotonic_time ();
      gboolean done = FALSE;
      guint source = g_timeout_add (MAX (left / 1000, 0), timeout_cb, &done);

      g_main_context_iteration (NULL, TRUE);
      if (!done)
        g_source_remove (source);
    }
}

static int
compare_gint64 (gconstpointer a, gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

gint64
bench_percentile (GArray *values, guint percent)
{
  g_return_val_if_fail (percent <= 100, 0);

  if (values->len == 0)
    return 0;
  g_array_sort (values, compare_gint64);
  return g_array_index (values, gint64, MAX ((values->len * percent + 99) / 100, 1) - 1);
}
