/* test-importer-found197.c: a date alone is never the headline (issue 11: web eeas-02, the
 * aggregator's "Mon. Jul 15th, 2024" over the release's "Brussels, 12 December 2022"). A line
 * that is nothing but a date in words, its weekday short, is not taken for the headline, in
 * English and French: no headline is better than a wrong one; a headline above it, or one that
 * holds a date among its words, still is.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
assert_no_headline (const char *text, const char *stamp)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_false (cmq_release_get_headline_found (release));
  g_assert_cmpstr (cmq_release_get_title (release), !=, stamp);
}

static void
test_stamp (void)
{
  assert_no_headline ("Mon. Jul 15th, 2024\n\n"
                      "Brussels, 12 December 2022\n\n"
                      "We are going to have a meeting with the partners of the Eastern "
                      "Partnership this afternoon.\n\n"
                      "It is the first meeting of its kind since the beginning of the war, so we "
                      "will talk a lot about it.\n",
                      "Mon. Jul 15th, 2024");
}

static void
test_horodatage (void)
{
  assert_no_headline ("Jeu. 5 mars 2020\n\n"
                      "Paris, le 31 janvier 2020\n\n"
                      "Le ministre a réuni ce matin les représentants des régions pour faire le "
                      "point sur les travaux en cours.\n\n"
                      "Une nouvelle réunion se tiendra le mois prochain.\n",
                      "Jeu. 5 mars 2020");
}

static void
test_headline_over_stamp (void)
{
  assert_import_field ("Ministers agree new rules on fishing quotas\n\n"
                       "Fri. Nov 22nd, 2024\n\n"
                       "Brussels, 26 June 2023\n\n"
                       "The Council agreed today on new rules for the fishing quotas of the "
                       "coming year.\n\n"
                       "The rules will apply from January.\n",
                       title, "Ministers agree new rules on fishing quotas");
}

static void
test_dated_headline (void)
{
  assert_import_field ("Sommet du 15 juillet 2024 à Bruxelles\n\n"
                       "Paris, le 10 juillet 2024\n\n"
                       "Le Président de la République se rendra au sommet de Bruxelles la "
                       "semaine prochaine.\n\n"
                       "Il y rencontrera ses homologues européens.\n",
                       title, "Sommet du 15 juillet 2024 à Bruxelles");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found197/stamp", test_stamp);
  g_test_add_func ("/importer/found197/horodatage", test_horodatage);
  g_test_add_func ("/importer/found197/headline-over-stamp", test_headline_over_stamp);
  g_test_add_func ("/importer/found197/dated-headline", test_dated_headline);
  return g_test_run ();
}
