/* test-importer-found179.c: a sentence of a PDF's text broken at an ordinal's superscript is no
 * headline (issue 11). "… qui aura lieu le 1", "er", "décembre 2015, les Hôpitaux …" (heldout31
 * hug-01): the PDF raised the "er" of "1er", the dump put it on a line of its own, and the line
 * over it, with no final stop and a capital first, was taken for the headline. The page's own
 * headline is found over it instead, in French and English; a headline that ends with a figure
 * over a line that is no superscript stays the headline.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_superscript_fr (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Journée de la santé au travail\n\n"
                 "Les hôpitaux informent sur la prévention des accidents (journée portes "
                 "ouvertes)\n\n"
                 "A l’occasion de la journée de la santé au travail, qui aura lieu le 1\n\n"
                 "er\n\n"
                 "mai 2015, l’hôpital ouvre ses portes au public. Des experts répondront "
                 "aux questions des visiteurs toute la journée.\n\n"
                 "Le programme complet est en ligne sur le site de l’hôpital.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==, "Journée de la santé au travail");
  g_assert_cmpstr (first_paragraph (release), ==,
                   "A l’occasion de la journée de la santé au travail, qui aura lieu le 1");
}

static void
test_superscript_en (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Hospital opens its new children's wing\n\n"
                 "Families invited to a day of talks and visits (open day)\n\n"
                 "The hospital will open its new children's wing to the public on the 21\n\n"
                 "st\n\n"
                 "of June, with a day of talks and visits for families and neighbours. "
                 "Doctors and nurses will show the new rooms.\n\n"
                 "The wing was paid for by a public appeal over three years.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==, "Hospital opens its new children's wing");
  g_assert_cmpstr (first_paragraph (release), ==,
                   "The hospital will open its new children's wing to the public on the 21");
}

static void
test_figure_headline_kept (void)
{
  assert_import_field ("Council approves the budget for 2016\n\n"
                       "London, 2 June 2015\n\n"
                       "The council approved its budget for next year on Tuesday evening, after a "
                       "debate of three hours. The budget rises by two per cent.\n\n"
                       "It will be published in full next week.\n",
                       title, "Council approves the budget for 2016");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found179/superscript-fr", test_superscript_fr);
  g_test_add_func ("/importer/found179/superscript-en", test_superscript_en);
  g_test_add_func ("/importer/found179/figure-headline-kept", test_figure_headline_kept);
  return g_test_run ();
}
