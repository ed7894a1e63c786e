/* test-importer-found255.c: a deck without its full stop, longer than a label, between the
 * headline and a first paragraph that a dateline opens (issue 11: heldout33 palmbeaches-01,
 * "Record-breaking number of visitors come to The Palm Beaches in first quarter of 2016" over
 * "WEST PALM BEACH, Fla. (June 17, 2016) - Discover The Palm Beaches …", the headline said once
 * above the page's date and media contacts and again over the deck) is the headline's subtitle:
 * the story starts at the dateline, a wire's too, in English and French. A speech's salutation
 * above a dated lead stays the story's.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define HEAD_EN(headline)                                                                          \
  headline "\n\n06/17/2016\nMEDIA CONTACTS:\nJane Doe, Director of Public Relations\n"             \
           "jane@example.com\nOffice: 561-233-3030\n\n" headline "\n"
#define HEAD_FR(headline)                                                                          \
  headline "\n\n17/06/2016\nCONTACTS PRESSE :\nJeanne Martin, directrice de la communication\n"    \
           "jeanne@example.fr\nTél. : 04 93 00 00 00\n\n" headline "\n"

#define LEAD_EN                                                                                    \
  "The county tourism office today announced that the coast welcomed the highest number of "       \
  "visitors ever during the first quarter of the year, with more than two million tourists."
#define LEAD_FR                                                                                    \
  "L'office du tourisme a annoncé aujourd'hui que la côte a accueilli le plus grand nombre de "  \
  "visiteurs de son histoire au premier trimestre, avec plus de deux millions de touristes."
#define MORE_EN                                                                                    \
  "\n\nTourism continues to be a top industry for the county, with strong increases in "           \
  "visitors from its two largest markets.\n"
#define MORE_FR                                                                                     \
  "\n\nLe tourisme reste la première activité du département, avec de fortes hausses du nombre " \
  "de visiteurs venus de ses deux premiers marchés.\n"

static void
test_deck_over_dateline (void)
{
  assert_first_paragraph (
      HEAD_EN ("Tourism on the Coast Breaks Another Record") "Record-breaking number of visitors "
                                                             "come to the coast in first quarter "
                                                             "of 2016\n\n"
                                                             "WEST PALM BEACH, Fla. (June 17, "
                                                             "2016) - " LEAD_EN MORE_EN,
      "WEST PALM BEACH, Fla. (June 17, 2016) - " LEAD_EN);
  assert_first_paragraph (
      HEAD_FR (
          "Le tourisme sur la côte bat un nouveau record") "Un nombre record de visiteurs est venu "
                                                           "sur la côte au cours du premier "
                                                           "trimestre de l’année 2016\n\n"
                                                           "NICE, le 17 juin 2016 - " LEAD_FR
                                                               MORE_FR,
      "NICE, le 17 juin 2016 - " LEAD_FR);
  assert_first_paragraph (
      HEAD_EN ("Tourism on the Coast Breaks Another Record") "Record-breaking number of visitors "
                                                             "come to the coast in the first "
                                                             "quarter of the year\n\n"
                                                             "MIAMI (AP) - " LEAD_EN MORE_EN,
      "MIAMI (AP) - " LEAD_EN);
}

static void
test_salutation_kept (void)
{
  assert_first_paragraph (
      HEAD_EN ("Address of the Mayor to the Tourism Board") "Ladies and Gentlemen,\n\n"
                                                            "NICE, 17 June 2016 - " LEAD_EN MORE_EN,
      "Ladies and Gentlemen,");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found255/deck-over-dateline", test_deck_over_dateline);
  g_test_add_func ("/importer/found255/salutation-kept", test_salutation_kept);
  return g_test_run ();
}
