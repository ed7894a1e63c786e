/* test-importer-found139.c: a wire's year-less dateline whose place names its state and whose
 * dash is doubled (issue 11, heldout30 airtran-01). "ORLANDO, Fla., Jan. 2 /PRNewswire/ -- "
 * under a headline dated "January 1, 2009" (the event) dates the release January 2, 2009: the
 * day from the dateline, the year from the headline's date a day before it, never the event's
 * day; and with no full date in the text, no year is invented.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY_REST                                                                                 \
  "At departure time, the captain informed the airline that two passengers had to be "             \
  "questioned by the police. The flight departed two hours late and arrived safely.\n\n"           \
  "The airline complied with all directives and had no discretion in the matter.\n"

static void
test_state_in_place (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Airline Issues Statement Regarding Flight 175 on January 1, 2009\n\n"
      "ORLANDO, Fla., Jan. 2 /PRNewswire-FirstCall/ -- The airline today issued the following "
      "statement regarding flight 175 originating at Washington National Airport on January 1, "
      "2009.\n\n" STORY_REST);

  g_assert_cmpstr (cmq_release_get_date (release), ==, "2009-01-02");
}

static void
test_country_in_place_fr (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Les faits saillants du comité exécutif du 5 décembre 2007\n\n"
      "MONTRÉAL, Québec, le 7 déc. /CNW Telbec/ -- Le président du comité exécutif a présenté les "
      "décisions prises lors de la séance du 5 décembre 2007.\n\n"
      "Le comité a adopté le budget de la ville et approuvé trois contrats de voirie pour "
      "l'année à venir.\n\nLes décisions entreront en vigueur dès leur publication.\n");

  g_assert_cmpstr (cmq_release_get_date (release), ==, "2007-12-07");
}

static void
test_no_year_in_text (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Airline Issues Statement Regarding Flight 175\n\n"
      "ORLANDO, Fla., Jan. 2 /PRNewswire-FirstCall/ -- The airline today issued the following "
      "statement regarding flight 175 originating at Washington National Airport.\n\n" STORY_REST);

  g_assert_cmpuint (cmq_release_get_gdate (release) != NULL &&
                        g_date_valid (cmq_release_get_gdate (release)),
                    ==, FALSE);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found139/state-in-place", test_state_in_place);
  g_test_add_func ("/importer/found139/country-in-place-fr", test_country_in_place_fr);
  g_test_add_func ("/importer/found139/no-year-in-text", test_no_year_in_text);
  return g_test_run ();
}
