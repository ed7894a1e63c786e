/* test-importer-found61.c: a kind in capitals naming who issued it, and a headline in capitals
 * over its subtitle (issue 11: heldout22 strongschools-01). "PRESS RELEASE from Strong American
 * Schools" at the top of a release is its kind line, never its headline; the headline is the
 * line in capitals further down, over a subtitle in the case of sentences, and the story starts
 * under them.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

static void
check_head (const char *text, const char *title, const char *kind, const char *lead)
{
  g_autoptr (CmqRelease) release = import_ok (text);
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpstr (cmq_release_get_title (release), ==, title);
  g_assert_cmpstr (cmq_release_get_kind (release), ==, kind);
  g_assert_true (g_str_has_prefix (paragraphs[0], lead));
}

static void
test_caps_kind_from_issuer (void)
{
  check_head ("PRESS RELEASE from the Coastal Water Alliance\n\n"
              "March 3, 2009\n"
              "Contact: Jane Doe\n"
              "Coastal Water Alliance\n\n"
              "COASTAL WATER ALLIANCE LAUNCHES A CAMPAIGN TO CLEAN THE BAY BEFORE SUMMER\n"
              "Volunteers From Twelve Towns Will Join the Cleanup Over Four Weekends\n\n"
              "Portland, Maine — The Coastal Water Alliance launched today a campaign to clean "
              "the bay before the summer season. Volunteers from twelve towns will take part.\n\n"
              "The cleanup will start next month. The alliance will publish its results in "
              "the autumn.\n",
              "Coastal Water Alliance launches a campaign to clean the bay before summer",
              "press release", "Portland, Maine — The Coastal Water Alliance launched");
}

static void
test_caps_kind_from_issuer_french (void)
{
  check_head ("COMMUNIQUÉ DE PRESSE de la Fédération des Jardins Partagés\n\n"
              "12 avril 2010\n"
              "Contact presse : Jean Dupont\n\n"
              "LES JARDINS PARTAGÉS OUVRENT LEURS PORTES AU PUBLIC CE PRINTEMPS\n"
              "Une centaine de jardins accueilleront les visiteurs pendant deux week-ends\n\n"
              "Lyon — Les jardins partagés de la région ouvriront leurs portes au public ce "
              "printemps. Les jardiniers présenteront leurs cultures aux visiteurs.\n\n"
              "La liste des jardins sera publiée sur le site de la fédération. L'entrée sera "
              "libre.\n",
              "Les jardins partagés ouvrent leurs portes au public ce printemps", "press release",
              "Lyon — Les jardins partagés");
}

/* a statement whose kind is followed by more than a name stays a headline */
static void
test_statement_by_stays_headline (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("STATEMENT by the Mayor on the closure of the northern bridge\n\n"
                 "The northern bridge will be closed for repairs from next Monday. Traffic will "
                 "be diverted through the town centre.\n\n"
                 "The repairs should last three weeks. The town thanks residents for their "
                 "patience.\n");

  g_assert_true (strstr (cmq_release_get_title (release), "closure of the northern bridge") !=
                 NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found61/caps-kind-from-issuer", test_caps_kind_from_issuer);
  g_test_add_func ("/importer/found61/caps-kind-from-issuer-french",
                   test_caps_kind_from_issuer_french);
  g_test_add_func ("/importer/found61/statement-by-stays-headline",
                   test_statement_by_stays_headline);
  return g_test_run ();
}
