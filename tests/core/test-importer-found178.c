/* test-importer-found178.c: a run of short bullet items under the headline and over the story's
 * first long paragraph is the page's summary, not the story's start (issue 11). "- Standard-
 * container sollen ab Juli ausgeliefert werden", "- Reaktion auf Equipmentknappheit", "-
 * Insgesamt erweitert Hapag-Lloyd …" (heldout31 hapag-01): the last item, long enough to pass
 * for a paragraph, was kept as the story's first. The story starts under the summary, in
 * English and French; a speech's salutation in bullets, a list the story announces with a
 * colon and a bullet alone stay the story's.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_summary_en (void)
{
  assert_first_paragraph (
      "Harbour company orders new cranes for its container terminal\n\n"
      "Rotterdam, 12 March 2021\n\n"
      "Harbour company orders new cranes for its container terminal\n\n"
      "- Cranes to be delivered from September\n\n"
      "- Response to longer waiting times\n\n"
      "- In total the company raises its investment in the terminal to 300 million euros\n\n"
      "Ships have waited longer at the terminal since the start of the year. The company has "
      "therefore ordered six new cranes from a supplier in Finland.\n\n"
      "The first cranes will be working before the end of the year.\n",
      "Ships have waited longer at the terminal since the start of the year. The company has "
      "therefore ordered six new cranes from a supplier in Finland.");
}

static void
test_summary_fr (void)
{
  assert_first_paragraph (
      "La région ouvre trois nouvelles lignes de car\n\n"
      "Lyon, le 4 avril 2022\n\n"
      "• Trois lignes nouvelles dès le mois de septembre\n"
      "• Un car toutes les heures en semaine\n"
      "• Un tarif unique de deux euros pour tous les trajets de la région\n\n"
      "La région ouvre trois nouvelles lignes de car entre les villes de la vallée. Elles "
      "relieront les gares aux zones d’activité.\n\n"
      "Les horaires seront publiés au mois de juillet.\n",
      "La région ouvre trois nouvelles lignes de car entre les villes de la vallée. Elles "
      "relieront les gares aux zones d’activité.");
}

/* "• Membres du corps diplomatique,": a salutation's items end with commas; they are the
 * speech's */
static void
test_salutation_kept (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Discours de la ministre pour la conférence sur la défense\n\n"
      "• Membres du corps diplomatique,\n"
      "• Sénateurs,\n"
      "• Distingués invités.\n\n"
      "Bonjour et bienvenue à Ottawa. Je remercie sincèrement les organisateurs de m’avoir donné "
      "l’occasion de m’adresser à vous aujourd’hui.\n\n"
      "Le Canada est solidaire de ses alliés depuis le début.\n");

  g_assert_true (has_paragraph (release, "• Sénateurs,"));
}

/* a list announced by the story's line ending with a colon is the story's */
static void
test_announced_list_kept (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Council sets out its plan for the town centre\n\n"
      "The plan includes:\n\n"
      "- New cycle lanes on the high street and on the roads to the station\n\n"
      "- Longer opening hours for the library on weekdays and at weekends from May\n\n"
      "The council will ask the town's residents for their views on the plan over the summer, "
      "and a final version will be agreed in the autumn.\n\n"
      "Copies are available at the town hall.\n");

  g_assert_true (has_paragraph (
      release, "- Longer opening hours for the library on weekdays and at weekends from May"));
}

/* one bullet alone is no summary: in doubt, keep */
static void
test_lone_item_kept (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Museum reopens its east wing after two years of work\n\n"
      "- The east wing reopens to visitors on Saturday with its collection of paintings\n\n"
      "The museum has restored the roof and the floors of the wing, which closed two years ago "
      "after a storm damaged it.\n\n"
      "Entry is free on the first weekend.\n");

  g_assert_true (has_paragraph (
      release, "- The east wing reopens to visitors on Saturday with its collection of paintings"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found178/summary-en", test_summary_en);
  g_test_add_func ("/importer/found178/summary-fr", test_summary_fr);
  g_test_add_func ("/importer/found178/salutation-kept", test_salutation_kept);
  g_test_add_func ("/importer/found178/announced-list-kept", test_announced_list_kept);
  g_test_add_func ("/importer/found178/lone-item-kept", test_lone_item_kept);
  return g_test_run ();
}
