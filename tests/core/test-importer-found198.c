/* test-importer-found198.c: a headline over its subtitle, right under the release's place and
 * date (issue 11: heldout31 hug-01, "Genève, le 25 novembre 2015", then "Journée mondiale de
 * lutte contre le SIDA" over "Les HUG informent sur le traitement préventif du SIDA …", under
 * the press office's contact and address lines). The upper line names what the lower one names
 * too: it is the headline, the lower one its subtitle, in French and English; a line that names
 * nothing of the line under it is not taken over it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_sous_titre (void)
{
  assert_import_field ("presse@hopital.example | T. +41 22 372 60 06\n\n"
                       "Rue de l’Hôpital 4, 1211 Genève 14\n\n"
                       "Genève, le 25 novembre 2015\n\n"
                       "Journée mondiale de lutte contre le SIDA\n\n"
                       "L’hôpital informe sur le traitement préventif du SIDA\n\n"
                       "A l’occasion de la journée mondiale de lutte contre le SIDA, l’hôpital se "
                       "mobilise avec des tests de dépistage et des stands d’information.\n\n"
                       "Une table ronde publique d’experts aura lieu à midi.\n",
                       title, "Journée mondiale de lutte contre le SIDA");
}

static void
test_subtitle (void)
{
  assert_import_field ("press@hospital.example | T. +44 20 7946 0000\n\n"
                       "1 Hospital Road, London SE1 7EH\n\n"
                       "London, 3 March 2021\n\n"
                       "World Kidney Day at the hospital\n\n"
                       "The renal unit opens its doors for World Kidney Day\n\n"
                       "On World Kidney Day, the hospital's renal unit will offer free checks and "
                       "talks to the public in its main hall.\n\n"
                       "The doors open at nine.\n",
                       title, "World Kidney Day at the hospital");
}

static void
test_unrelated_line (void)
{
  assert_import_field ("press@ministry.example | T. +33 1 40 15 80 00\n\n"
                       "3 rue de Valois, 75001 Paris\n\n"
                       "Paris, le 7 janvier 2015\n\n"
                       "Cabinet du ministre de la Culture\n\n"
                       "La République blessée par l’attentat\n\n"
                       "Le ministre a appris avec effroi l’attentat commis ce matin contre la "
                       "rédaction d’un journal.\n\n"
                       "Il adresse ses condoléances aux familles des victimes.\n",
                       title, "La République blessée par l’attentat");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found198/sous-titre", test_sous_titre);
  g_test_add_func ("/importer/found198/subtitle", test_subtitle);
  g_test_add_func ("/importer/found198/unrelated-line", test_unrelated_line);
  return g_test_run ();
}
