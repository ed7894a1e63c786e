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

/* The *.txt files of @path in name order, at most @max_files, into @names and @contents. */
static gboolean
read_files (const char *path, guint max_files, GPtrArray *names, GPtrArray *contents)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) dir = g_dir_open (path, 0, &error);
  const char *name;

  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (names, g_build_filename (path, name, NULL));
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
          return FALSE;
        }
      g_ptr_array_add (contents, g_bytes_new_take (data, length));
    }
  return TRUE;
}

typedef struct
{
  guint64 bytes;
  guint imported;
  guint skipped;
  double seconds; /* CPU time */
} Figures;

/* Imports every file @repeat times, timed. */
static Figures
import_all (CmqImporter *importer, GPtrArray *names, GPtrArray *contents, int repeat)
{
  Figures figures = { 0 };
  double start = cpu_seconds ();

  for (int r = 0; r < repeat; r++)
    for (guint i = 0; i < contents->len; i++)
      {
        GBytes *file = g_ptr_array_index (contents, i);
        g_autoptr (CmqRelease) release = NULL;

        release = cmq_importer_import_text (importer, g_bytes_get_data (file, NULL),
                                            g_bytes_get_size (file), g_ptr_array_index (names, i),
                                            1700000000, NULL);
        if (release != NULL)
          figures.imported++;
        else
          figures.skipped++;
        figures.bytes += g_bytes_get_size (file);
      }
  figures.seconds = cpu_seconds () - start;
  return figures;
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
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
  guint max_files = G_MAXUINT;
  Figures figures;
  guint n;

  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error) || argc < 2 || repeat < 1 ||
      learn < 0)
    {
      g_printerr ("usage: bench-importer [--learn N] [--repeat R] DIR [MAX_FILES]\n");
      return 2;
    }
  if (argc > 2)
    max_files = (guint) g_ascii_strtoull (argv[2], NULL, 10);

  if (!read_files (argv[1], max_files, names, contents))
    return 1;
  if (learn > 0)
    for (guint i = 0; i < contents->len; i += MAX (1, contents->len / learn))
      {
        GBytes *file = g_ptr_array_index (contents, i);

        cmq_importer_learn (importer, g_bytes_get_data (file, NULL), g_bytes_get_size (file));
      }

  figures = import_all (importer, names, contents, repeat);
  n = figures.imported + figures.skipped;
  if (n == 0)
    {
      g_printerr ("No *.txt file in %s\n", argv[1]);
      return 1;
    }
  printf ("%u files (%u skipped), %.1f KB/file: %.1f µs/file, %.2f MB/s (CPU time, one thread)\n",
          n, figures.skipped, figures.bytes / 1024.0 / n, figures.seconds * 1e6 / n,
          figures.bytes / 1e6 / figures.seconds);
  return 0;
}
