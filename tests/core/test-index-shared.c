/* test-index-shared.c: a story paragraph that a few of one site's releases share is found in every
 * one of them, from a library folder through the index's learning sample to a query; the site's
 * standing note, on all its pages, is still left out (issue 13: at 100,000 generated releases 3 of
 * a site's 10 sampled files shared a paragraph, the importer took it for the site's own and
 * `--search nuclear` found 18,396 files where `rg -l -i -w` found 18,446). Without the rule that a
 * long line is a site's only when most of its files have it (cmq-importer-chrome.c), the sites
 * whose shared paragraphs come last find none of them. The same for a short line written as a
 * sentence ("The shared… meeting was chaired by the Secretary General.", fewer than 13 words):
 * a site's only when most of its files have it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "index-fixture.h"

/* Where a site's files carry the paragraphs they share. */
typedef enum
{
  AT_START, /* right under the headline, where a page's top margin ends */
  IN_MIDDLE,
  AT_END, /* last, where the bottom margin starts: as at 100,000 */
} Place;

/* Sites of n files; a paragraph is shared by k of a site's n files, for every k from 3 (fewer is
 * never a site's line) to n / 2 (at most half: a story's, not the site's). */
static const struct
{
  guint n;
  Place place;
  gboolean short_lines; /* shared sentences and a standing note of fewer than 13 words */
} sites[] = {
  { 6, IN_MIDDLE, FALSE }, { 10, AT_END, FALSE }, { 12, IN_MIDDLE, FALSE }, { 10, AT_START, FALSE },
  { 7, AT_END, FALSE },    { 10, AT_END, TRUE },  { 8, IN_MIDDLE, TRUE },
};
/* Files of sites of their own, so that no shared paragraph is in many of the library's files. */
#define N_OTHER 30

/* A word of letters only (one token) for @prefix and @n. */
static char *
word (const char *prefix, guint n)
{
  GString *out = g_string_new (prefix);

  do
    {
      g_string_append_c (out, 'a' + n % 26);
      n /= 26;
    }
  while (n > 0);
  return g_string_free (out, FALSE);
}

/* The paragraph that @k files of site @s share. */
static char *
shared_paragraph (guint s, guint k)
{
  g_autofree char *marker = word ("shared", s * 100 + k);

  if (sites[s].short_lines)
    return g_strdup_printf ("The %s meeting was chaired by the Secretary General.", marker);
  return g_strdup_printf ("Ministers also reviewed the %s programme, which brings together experts "
                          "from across the Alliance to share lessons and plan the next steps.",
                          marker);
}

/* Whether file @i of a site of @n files carries the paragraph shared by @k of them. */
static gboolean
carries (guint i, guint n, guint k)
{
  return (i + k) % n < k;
}

/* A page of the site @site_line, its title's word @name, its story's paragraphs @first (under the
 * headline), @middle (before its last one) and @last (after it). */
static char *
page (const char *site_line, const char *name, guint day, const char *first, const char *middle,
      const char *last)
{
  return g_strdup_printf ("%s\nHome | Newsroom | Speeches | Contact\n\n"
                          "Ministers meet on %s\n\n%s"
                          "On Monday (%u June 2021), ministers met for the meeting %s of the "
                          "year to discuss the readiness of the forces and their budgets.\n\n"
                          "%s"
                          "The Secretary General welcomed the work done since the meeting %s and "
                          "said that Allies stand together on every one of the points.\n%s",
                          site_line, name, first, 7 + day % 4 * 7, name, middle, name, last);
}

/* Site @s: the paragraphs its files share, where its place says, and a standing note ending
 * every page unless they are last. */
static void
write_site (Fixture *fixture, guint s)
{
  guint n = sites[s].n;
  Place place = sites[s].place;
  g_autofree char *site_line = g_strdup_printf ("Ministry of Defence news, office %c", 'A' + s);
  g_autofree char *standing = word ("standing", s);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GString) shared = g_string_new (NULL);
      g_autofree char *name = word ("release", s * 100 + i);
      g_autofree char *file = g_strdup_printf ("site%u-%02u.txt", s, i);
      g_autofree char *last = NULL;
      g_autofree char *text = NULL;

      for (guint k = 3; k <= n / 2; k++)
        if (carries (i, n, k))
          {
            g_autofree char *paragraph = shared_paragraph (s, k);

            g_string_append_printf (shared, "%s%s\n\n", place == AT_END ? "\n" : "", paragraph);
          }
      if (place == AT_END)
        last = g_strdup (shared->str);
      else if (sites[s].short_lines)
        last = g_strdup_printf ("\nThe %s office publishes its news here.\n", standing);
      else
        last = g_strdup_printf ("\nThe office of the %s publishes its news, speeches and "
                                "statements on this site every working day of the year.\n",
                                standing);
      text = page (site_line, name, i, place == AT_START ? shared->str : "",
                   place == IN_MIDDLE ? shared->str : "", last);
      write_file (fixture, file, text);
    }
}

static void
write_library (Fixture *fixture)
{
  for (guint s = 0; s < G_N_ELEMENTS (sites); s++)
    write_site (fixture, s);
  for (guint i = 0; i < N_OTHER; i++)
    {
      g_autofree char *site_line = g_strdup_printf ("Press office of town %u home", i);
      g_autofree char *name = word ("other", i);
      g_autofree char *file = g_strdup_printf ("other-%02u.txt", i);
      g_autofree char *text = page (site_line, name, i, "", "", "");

      write_file (fixture, file, text);
    }
}

static guint
count_hits (CmqIndex *index, const char *text)
{
  g_autoptr (GPtrArray) hits = query (index, text, CMQ_INDEX_SORT_NEWEST);

  return hits->len;
}

static void
test_shared_paragraphs_found (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = NULL;

  write_library (fixture);
  index = open_index (fixture);
  update (index);
  for (guint s = 0; s < G_N_ELEMENTS (sites); s++)
    {
      guint n = sites[s].n;
      g_autofree char *standing = word ("standing", s);

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *name = word ("release", s * 100 + i);

          g_assert_cmpuint (count_hits (index, name), ==, 1);
        }
      for (guint k = 3; k <= n / 2; k++)
        {
          g_autofree char *marker = word ("shared", s * 100 + k);

          g_test_message ("site %u of %u files, a paragraph in %u of them: %u hits", s, n, k,
                          count_hits (index, marker));
          g_assert_cmpuint (count_hits (index, marker), ==, k);
        }
      /* The site's own note, on every page, is not in its stories. */
      if (sites[s].place != AT_END)
        g_assert_cmpuint (count_hits (index, standing), ==, 0);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/index/shared/paragraphs-found", Fixture, NULL, fixture_set_up,
              test_shared_paragraphs_found, fixture_tear_down);
  return g_test_run ();
}
