/* bench-importer.c: the importer's own speed, without the index around it (a benchmark, never a
 * test: it does not fail on time).
 *
 *   bench-importer [--learn N] [--repeat R] DIR [MAX_FILES]
 *
 * Reads the *.txt files of DIR (sorted by name, at most MAX_FILES) into memory, lets one importer
 * learn every (number of files / N)-th of them as the index does, then imports every file R times
 * in this one thread and prints the CPU time (user + system) per file and the throughput. Reading
 * and learning are outside the measured time.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "cmq-importer.h"

/* As the index: a fixed sample of this many files is learnt. */
#define DEFAULT_LEARN 300

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec +
         usage.ru_stime.tv_usec / 1e6;
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) dir = NULL;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) contents = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr (CmqImporter) importer = cmq_importer_new ();
  g_autoptr (GOptionContext) options = g_option_context_new ("DIR [MAX_FILES]");
  int learn = DEFAULT_LEARN;
  int repeat = 1;
  GOptionEntry entries[] = {
    { "learn", 0, 0, G_OPTION_ARG_INT, &learn, "Learn about this many files first", "N" },
    { "repeat", 0, 0, G_OPTION_ARG_INT, &repeat, "Import every file this many times", "R" },
    { NULL },
  };
  const char *name;
  guint max_files = G_MAXUINT;
  guint64 bytes = 0;
  guint imported = 0;
  guint skipped = 0;
  double start;
  double seconds;

  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error) || argc < 2 || repeat < 1 ||
      learn < 0)
    {
      g_printerr ("usage: bench-importer [--learn N] [--repeat R] DIR [MAX_FILES]\n");
      return 2;
    }
  if (argc > 2)
    max_files = (guint) g_ascii_strtoull (argv[2], NULL, 10);

  dir = g_dir_open (argv[1], 0, &error);
  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (names, g_build_filename (argv[1], name, NULL));
  g_ptr_array_sort (names, compare_names);
  if (names->len > max_files)
    g_ptr_array_set_size (names, max_files);

  for (guint i = 0; i < names->len; i++)
    {
      char *data = NULL;
      gsize length = 0;

      if (!g_file_get_contents (g_ptr_array_index (names, i), &data, &length, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_ptr_array_add (contents, g_bytes_new_take (data, length));
    }
  if (learn > 0)
    for (guint i = 0; i < contents->len; i += MAX (1, contents->len / learn))
      {
        GBytes *file = g_ptr_array_index (contents, i);

        cmq_importer_learn (importer, g_bytes_get_data (file, NULL), g_bytes_get_size (file));
      }

  start = cpu_seconds ();
  for (int r = 0; r < repeat; r++)
    for (guint i = 0; i < contents->len; i++)
      {
        GBytes *file = g_ptr_array_index (contents, i);
        g_autoptr (CmqRelease) release = NULL;

        release = cmq_importer_import_text (importer, g_bytes_get_data (file, NULL),
                                            g_bytes_get_size (file), g_ptr_array_index (names, i),
                                            1700000000, NULL);
        if (release != NULL)
          imported++;
        else
          skipped++;
        bytes += g_bytes_get_size (file);
      }
  seconds = cpu_seconds () - start;

  if (imported + skipped == 0)
    {
      g_printerr ("No *.txt file in %s\n", argv[1]);
      return 1;
    }
  printf ("%u files (%u skipped), %.1f KB/file: %.1f µs/file, %.2f MB/s (CPU time, one thread)\n",
          imported + skipped, skipped, bytes / 1024.0 / (imported + skipped),
          seconds * 1e6 / (imported + skipped), bytes / 1e6 / seconds);
  return 0;
}
