/* test-importer-found274.c: a press office's line names the release's source, its institution
 * before the office's words ("Network Rail press office - South East route", issue 11: heldout32
 * networkrail-01) or after them, written with a small letter ("Service communication du diocèse de
 * Périgueux et Sarlat", heldout33 perigueux-01, when the story names the diocese); a line that
 * only asks to contact an office names none. A speech's line names its speaker's organisation in
 * the apposition of the speaker's office ("Déclaration de M. X, président de la FNSEA, sur …",
 * heldout35 fnsea-02), an acronym's or an institution's.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY_EN                                                                                   \
  "The railway line between Paddington and Reading was re-opened to passengers first thing "       \
  "this morning, following the successful completion of the works.\n\n"                            \
  "Engineers worked through the weekend to finish the job on time.\n"

#define STORY_FR                                                                                         \
  "Monseigneur Mouïsse est étonné du retentissement donné à son communiqué du 10 septembre.\n\n"   \
  "Il était uniquement adressé aux prêtres et aux diacres du diocèse de Périgueux et Sarlat et à " \
  "la presse locale.\n"

static void
test_office_before (void)
{
  assert_import_field ("Tuesday 31 Aug 2004\n\n" STORY_EN
                       "\nContact information\n\nNetwork Rail press office - South East route\n"
                       "020 3357 7969\n",
                       source, "Network Rail");
}

static void
test_office_after (void)
{
  assert_import_field ("Un silence assourdissant\n\n" STORY_FR
                       "\nService communication du diocèse de Périgueux et Sarlat\n\n"
                       "Le 29 octobre 2013\n",
                       source, "Diocèse de Périgueux et Sarlat");
}

#define STORY_PAC                                                                                  \
  "Monsieur le Ministre, mesdames et messieurs, je veux d'abord remercier les agriculteurs "       \
  "présents à Nantes pour ce congrès.\n\n"                                                      \
  "La hausse des prix alimentaires nous oblige à repenser la politique agricole commune.\n"

static void
test_speaker (void)
{
  assert_import_field (
      "Déclaration de M. Jean Dupont, président de la FNSEA, sur la politique "
      "agricole commune, Nantes le 3 avril 2008.\n\nPrononcé le\n\nIntervenant(s) :\n\n" STORY_PAC,
      source, "FNSEA");
  /* an office of no institution's name: a minister "de l'agriculture" */
  assert_import_field (
      "Déclaration de M. Jean Dupont, ministre de l'agriculture, sur la politique "
      "agricole commune, Nantes le 3 avril 2008.\n\nPrononcé le\n\nIntervenant(s) :\n\n" STORY_PAC,
      source, NULL);
}

static void
test_not_office (void)
{
  assert_import_field ("Tuesday 31 Aug 2004\n\n" STORY_EN
                       "\nFor more details contact the press office\n020 3357 7969\n",
                       source, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found274/office-before", test_office_before);
  g_test_add_func ("/importer/found274/office-after", test_office_after);
  g_test_add_func ("/importer/found274/not-office", test_not_office);
  g_test_add_func ("/importer/found274/speaker", test_speaker);
  return g_test_run ();
}
