/* test-importer-found49.c: a release's kind and date on a line of their own (issue 11: heldout21
 * emmaus-01, drk-01). After the story, "Communiqué du 3 août 2023." with its full stop is the
 * release's date line, not the story's last paragraph; over the story, a portal's "Pressemitteilung
 * vom: 03.05.2012 von der Firma … aus Berlin", longer than a date line at the page's edge, is
 * still the kind and the date, never the headline.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

static void
check_dated_kind_after_story (const char *text, const char *last, const char *date)
{
  g_autoptr (CmqRelease) release = import_ok (text);
  const char *const *paragraphs = cmq_release_get_paragraphs (release);
  guint n = n_paragraphs (release);

  g_assert_cmpuint (n, >, 0);
  g_assert_cmpstr (paragraphs[n - 1], ==, last);
  g_assert_cmpstr (cmq_release_get_date (release), ==, date);
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "press release");
}

static void
test_dated_kind_after_story (void)
{
  check_dated_kind_after_story (
      "La fédération suit de très près la situation dans la communauté de la ville.\n"
      "Une enquête est en cours, à laquelle la fédération n'a pas vocation à se substituer.\n"
      "Communiqué du 3 août 2023.\n"
      "Contact presse\n",
      "Une enquête est en cours, à laquelle la fédération n'a pas vocation à se substituer.",
      "2023-08-03");
  check_dated_kind_after_story (
      "The federation is following the situation in the town's community very closely.\n"
      "An inquiry is under way, which the federation has no call to take the place of.\n"
      "Press release of 3 August 2023.\n"
      "Press contact\n",
      "An inquiry is under way, which the federation has no call to take the place of.",
      "2023-08-03");
}

static void
test_long_dated_kind_line (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Neue Radwege in der ganzen Innenstadt von Graz\n\n"
      "Pressemitteilung vom: 03.05.2012 von der Firma Stadt Graz Presse und Kommunikation "
      "(SGPK) aus Graz\n\n"
      "Die Stadt baut in diesem Jahr zwölf Kilometer neue Radwege in der ganzen Innenstadt.\n\n"
      "Die Arbeiten beginnen im April und enden vor dem Sommer.\n");
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Neue Radwege in der ganzen Innenstadt von Graz");
  g_assert_true (g_str_has_prefix (paragraphs[0], "Die Stadt baut"));
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2012-05-03");
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "press release");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found49/dated-kind-after-story", test_dated_kind_after_story);
  g_test_add_func ("/importer/found49/long-dated-kind-line", test_long_dated_kind_line);
  return g_test_run ();
}
