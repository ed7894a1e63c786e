/* bench-compare.c: the time to align and mark two 80-paragraph releases (a benchmark, never a
 * test: it does not fail on time; issue 15 asks for 50 ms or less).
 *
 *   bench-compare [--runs R] [--paragraphs N] [DIR]
 *
 * The words of the *.txt files of DIR (default: the real fixtures) make a vocabulary; N
 * paragraphs of 40 to 120 of them, drawn with a fixed seed, are the first release. The second is
 * the first edited as a new version of a release is: a tenth of the paragraphs reworded (a few
 * words changed, added or dropped), three removed, three added, two moved, one split and two
 * merged. cmq_comparison_new() (alignment and word changes) runs R times; the median and the worst
 * wall-clock time are printed, with what was found. The same then for the hardest cases: every
 * paragraph reworded, and a release with no paragraph in common.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cmq-compare.h"

/* g_strv_builder_take() is newer than GLib 2.74. */
static void
builder_take (GStrvBuilder *builder, char *text)
{
  g_strv_builder_add (builder, text);
  g_free (text);
}

static GPtrArray *
read_vocabulary (const char *dir_path)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autofree char *text = NULL;
      g_auto (GStrv) split = NULL;

      if (!g_str_has_suffix (name, ".txt") || !g_file_get_contents (path, &text, NULL, NULL) ||
          !g_utf8_validate (text, -1, NULL))
        continue;
      g_strdelimit (text, "\n\r\t", ' ');
      split = g_strsplit (text, " ", -1);
      for (guint i = 0; split[i] != NULL; i++)
        if (split[i][0] != '\0')
          g_ptr_array_add (words, g_strdup (split[i]));
    }
  return words;
}

static char *
make_paragraph (GRand *rand, GPtrArray *words)
{
  g_autoptr (GString) text = g_string_new (NULL);
  int n = g_rand_int_range (rand, 40, 121);

  for (int i = 0; i < n; i++)
    g_string_append_printf (
        text, "%s%s", i > 0 ? " " : "",
        (char *) g_ptr_array_index (words, g_rand_int_range (rand, 0, words->len)));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A few words changed, dropped or added. */
static char *
reword (GRand *rand, GPtrArray *words, const char *paragraph)
{
  g_auto (GStrv) split = g_strsplit (paragraph, " ", -1);
  guint n = g_strv_length (split);
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      int dice = g_rand_int_range (rand, 0, 100);
      const char *other = g_ptr_array_index (words, g_rand_int_range (rand, 0, words->len));

      if (dice < 3)
        continue;
      g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", dice < 8 ? other : split[i]);
      if (dice >= 97)
        g_string_append_printf (text, " %s", other);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GStrv
edit (GRand *rand, GPtrArray *words, char **a, guint n)
{
  g_autoptr (GStrvBuilder) b = g_strv_builder_new ();
  guint moved_from[2] = { n / 5, n / 2 };

  for (guint i = 0; i < n; i++)
    {
      if (i == moved_from[0] || i == moved_from[1] || i % 29 == 5)
        continue; /* moved further on, or removed */
      if (i == n / 3)
        {
          /* split in two */
          g_autofree char *first = g_strndup (a[i], strlen (a[i]) / 2);

          g_strv_builder_add (b, first);
          g_strv_builder_add (b, a[i] + strlen (first));
          continue;
        }
      if (i == 2 * n / 3 || i == 3 * n / 4)
        {
          g_autofree char *merged = g_strdup_printf ("%s %s", a[i], a[i + 1]);

          g_strv_builder_add (b, merged);
          i++;
          continue;
        }
      if (i % 10 == 3)
        builder_take (b, reword (rand, words, a[i]));
      else
        g_strv_builder_add (b, a[i]);
      if (i % 27 == 13)
        builder_take (b, make_paragraph (rand, words));
      if (i == n - 10)
        for (guint m = 0; m < G_N_ELEMENTS (moved_from); m++)
          g_strv_builder_add (b, a[moved_from[m]]);
    }
  return g_strv_builder_end (b);
}

static int
compare_doubles (gconstpointer x, gconstpointer y)
{
  double a = *(const double *) x, b = *(const double *) y;

  return a < b ? -1 : a > b;
}

/* This thread's CPU time: what the wall clock shows less the other processes of a busy machine. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void
time_runs (const char *what, char **a, char **b, int runs)
{
  g_autofree double *times = g_new (double, runs);
  g_autofree double *cpu = g_new (double, runs);
  g_autofree char *summary = NULL;

  for (int r = 0; r < runs; r++)
    {
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_ms ();
      g_autoptr (CmqComparison) cmp =
          cmq_comparison_new ((const char *const *) a, (const char *const *) b);

      times[r] = (g_get_monotonic_time () - start) / 1000.0;
      cpu[r] = cpu_ms () - cpu_start;
      if (r == 0)
        summary = cmq_comparison_summary (cmp);
    }
  qsort (times, runs, sizeof (double), compare_doubles);
  qsort (cpu, runs, sizeof (double), compare_doubles);
  printf ("%u paragraphs and %s of %u (%s):\n  median %.2f ms, worst %.2f ms over %d runs "
          "(CPU time: median %.2f ms, worst %.2f ms)\n",
          g_strv_length (a), what, g_strv_length (b), summary, times[runs / 2], times[runs - 1],
          runs, cpu[runs / 2], cpu[runs - 1]);
}

int
main (int argc, char **argv)
{
  int runs = 25, n = 80;
  const char *dir = FIXTURES_DIR;
  g_autoptr (GPtrArray) words = NULL;
  g_autoptr (GRand) rand = g_rand_new_with_seed (15);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) a = NULL;
  g_auto (GStrv) b = NULL;
  g_autoptr (GStrvBuilder) every = g_strv_builder_new ();
  g_autoptr (GStrvBuilder) other = g_strv_builder_new ();
  g_auto (GStrv) all_reworded = NULL;
  g_auto (GStrv) unrelated = NULL;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--runs") && i + 1 < argc)
        runs = atoi (argv[++i]);
      else if (g_str_equal (argv[i], "--paragraphs") && i + 1 < argc)
        n = atoi (argv[++i]);
      else
        dir = argv[i];
    }
  words = read_vocabulary (dir);
  if (words->len == 0 || runs < 1 || n < 10)
    {
      fprintf (stderr, "usage: bench-compare [--runs R] [--paragraphs N>=10] [DIR of *.txt]\n");
      return 2;
    }
  for (int i = 0; i < n; i++)
    builder_take (builder, make_paragraph (rand, words));
  a = g_strv_builder_end (builder);
  b = edit (rand, words, a, n);

  time_runs ("an edited version", a, b, runs);
  for (int i = 0; i < n; i++)
    {
      g_autofree char *reworded = reword (rand, words, a[i]);

      g_strv_builder_add (every, reworded);
      builder_take (other, make_paragraph (rand, words));
    }
  all_reworded = g_strv_builder_end (every);
  unrelated = g_strv_builder_end (other);
  time_runs ("every paragraph reworded", a, all_reworded, runs);
  time_runs ("an unrelated release", a, unrelated, runs);
  return 0;
}
