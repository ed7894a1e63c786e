/* test-importer-found223.c: a date in figures with a year of two, alone on its line above the
 * headline ("02.05.19", heldout35 ostbevern-01; "26/08/19"), dates the release when nothing else
 * does, its year in the latest century that does not pass the file's date; in German, French and
 * English. One whose day and month cannot be told apart ("05/06/19") and one in a sentence of
 * the story ("samedi 18/06/22", heldout34) date nothing.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY_DE                                                                                   \
  "\n\nZwei Fehlalarme innerhalb von einer Stunde\n\n"                                             \
  "Am frühen Morgen wurden die Kameraden der Feuerwehr gleich zweimal innerhalb einer Stunde zu " \
  "Brandeinsätzen herausgerufen, beide Male durch Brandmeldeanlagen ausgelöst.\n\n"              \
  "So schnell wie die Rettungskräfte an den Einsatzorten eintrafen, konnten sie auch wieder "     \
  "abfahren.\n"
#define STORY_FR                                                                                    \
  "\n\nDeux fausses alertes en une heure\n\n"                                                       \
  "Tôt le matin, les pompiers ont été appelés deux fois en une heure pour des incendies, deux " \
  "fois déclenchés par des détecteurs automatiques.\n\n"                                         \
  "Aussi vite qu'ils étaient arrivés, les secours ont pu repartir vers leurs postes de travail.\n"
#define STORY_EN                                                                                   \
  "\n\nTwo false alarms within an hour\n\n"                                                        \
  "Early in the morning, firefighters were called out twice within an hour to fires, both times "  \
  "set off by automatic alarms.\n\n"                                                               \
  "As quickly as the crews arrived, they were able to leave again and return to their work.\n"

static void
test_short_year_line (void)
{
  assert_import_field ("02.05.19" STORY_DE, date, "2019-05-02");
  assert_import_field ("15.05.19" STORY_FR, date, "2019-05-15");
  assert_import_field ("26/08/19" STORY_EN, date, "2019-08-26");
  assert_import_field ("08/26/19" STORY_EN, date, "2019-08-26");
}

static void
test_undated (void)
{
  /* day and month cannot be told apart */
  assert_import_field ("05/06/19" STORY_EN, date, NULL);
  /* a date in a sentence of the story is the story's */
  assert_import_field ("Deux fausses alertes en une heure\n\n"
                       "Les pompiers ont été appelés samedi 18/06/22 deux fois en une heure pour "
                       "des incendies déclenchés par des détecteurs automatiques.\n\n"
                       "Aussi vite qu'ils étaient arrivés, les secours ont pu repartir.\n",
                       date, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found223/short-year-line", test_short_year_line);
  g_test_add_func ("/importer/found223/undated", test_undated);
  return g_test_run ();
}
