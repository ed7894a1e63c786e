/* test-importer-found206.c: a story's first date governed by a past participle (issue 11:
 * heldout34 culture-01, "les statuts de l'établissement tels que présentés en Conseil des
 * ministres le 16 janvier 2019") is the day of an earlier event the release reports, never the
 * release's: no date is made of it, in English and French, whether the participle follows "as",
 * "tel que" or "comme", or qualifies the noun right before it. A past tense in the main clause,
 * active or passive, and a page's own stamp ("publié le"), still date it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define RELEASE(lead)                                                                              \
  "A new director for the national theatre\n\n" lead "\n\n"                                        \
  "The selection committee will hear the candidates before the end of the season.\n"

#define RELEASE_FR(lead)                                                                           \
  "Un nouveau directeur pour le théâtre national\n\n" lead "\n\n"                                  \
  "Le comité de sélection entendra les candidats avant la fin de la saison.\n"

static void
test_participle (void)
{
  assert_import_field (RELEASE ("In line with the theatre's new statutes as presented to the "
                                "cabinet on 16 January 2019, the minister opens the selection "
                                "of its next director."),
                       date, NULL);
  assert_import_field (RELEASE ("As announced on 16 January 2019, the minister opens the "
                                "selection of the theatre's next director."),
                       date, NULL);
  assert_import_field (RELEASE_FR ("Conformément aux statuts du théâtre tels que présentés en "
                                   "Conseil des ministres le 16 janvier 2019, le ministre engage "
                                   "la sélection de son prochain directeur."),
                       date, NULL);
  assert_import_field (RELEASE_FR ("Comme annoncé le 16 janvier 2019, le ministre engage la "
                                   "sélection du prochain directeur du théâtre."),
                       date, NULL);
  assert_import_field (RELEASE_FR ("Les statuts présentés en Conseil des ministres le 16 janvier "
                                   "2019 confient au ministre la sélection du directeur."),
                       date, NULL);
}

static void
test_main_clause (void)
{
  assert_import_field (RELEASE ("The minister presented the theatre's new statutes to the "
                                "cabinet on 16 January 2019."),
                       date, "2019-01-16");
  assert_import_field (RELEASE_FR ("Le ministre a présenté les statuts du théâtre en Conseil des "
                                   "ministres le 16 janvier 2019."),
                       date, "2019-01-16");
  assert_import_field (RELEASE_FR ("La ministre déléguée à la Culture a présenté les statuts du "
                                   "théâtre le 16 janvier 2019."),
                       date, "2019-01-16");
  assert_import_field (RELEASE ("The theatre's new statutes were presented to the cabinet on 16 "
                                "January 2019 by the minister."),
                       date, "2019-01-16");
  /* the page's own stamp in the story is its day */
  assert_import_field (RELEASE_FR ("Les informations publiées le 16 janvier 2019 sur le site du "
                                   "ministère annoncent la sélection du directeur du théâtre."),
                       date, "2019-01-16");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found206/participle", test_participle);
  g_test_add_func ("/importer/found206/main-clause", test_main_clause);
  return g_test_run ();
}
