/* test-importer-found141.c: the issuer a distributor's note or a release's label names (issue
 * 11: heldout27 bhcnairobi-01, "Distributed by APO Group on behalf of British High Commission
 * Nairobi."; heldout26 eelv94-01, "Communiqué d'Europe Ecologie Les Verts - Val de Marne.";
 * heldout27 caricom-01, "PART 1: CARICOM Communiqué"). The name the release is given to is the
 * source, never the distributor, in English and French; a person's name, an office, a bare
 * sign-off and a heading in capitals name none.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_distributed (void)
{
  assert_import_field ("Harbour works to close the eastern quay\n\n"
                       "The eastern quay will close for repairs from Monday, and ferries will "
                       "use the western berths until the work is done.\n\n"
                       "Passengers are asked to allow extra time for their journeys.\n\n"
                       "Distributed by Wire Group on behalf of Northland Harbour Authority.\n",
                       source, "Northland Harbour Authority");
}

#define GLUED                                                                                      \
  "Harbour works to close the eastern quay\n\n"                                                    \
  "The eastern quay will close for repairs from Monday, and ferries will use the western berths "  \
  "until the work is done.\n\n"                                                                    \
  "Passengers are asked to allow extra time for their journeys.Distributed by Wire Group on "      \
  "behalf of Northland Harbour Authority.\n"

/* the note is cut from the story's end (cmq-importer-distributed.c) and still read */
static void
test_glued (void)
{
  assert_import_field (GLUED, source, "Northland Harbour Authority");
  assert_last_paragraph (GLUED, "Passengers are asked to allow extra time for their journeys.");
}

static void
test_diffuse (void)
{
  assert_import_field ("Travaux sur le quai est du port\n\n"
                       "Le quai est fermera pour travaux à partir de lundi, et les ferries "
                       "utiliseront les postes ouest jusqu’à la fin du chantier.\n\n"
                       "Les passagers sont invités à prévoir plus de temps pour leur trajet.\n\n"
                       "Diffusé par Agence Fil pour le compte de la Préfecture du Finistère.\n",
                       source, "Préfecture du Finistère");
}

static void
test_sign_off (void)
{
  assert_import_field ("Harbour works to close the eastern quay\n\n"
                       "The eastern quay will close for repairs from Monday, and ferries will "
                       "use the western berths until the work is done.\n\n"
                       "Passengers are asked to allow extra time for their journeys.\n\n"
                       "On behalf of the Harbour Board\n",
                       source, NULL);
}

static void
test_communique_de (void)
{
  assert_import_field ("Le groupe désapprouve la décision du ministre\n\n"
                       "Communiqué d'Union Verte Solidaire - Val de Marne.\n\n"
                       "Dès l’annonce du remaniement, l’UVS a pris acte de cette décision, "
                       "qu’elle désapprouve.\n\n"
                       "Les élus de l’UVS continueront à agir dans le département.\n",
                       source, "Union Verte Solidaire");
}

static void
test_statement_by_person (void)
{
  assert_import_field ("Harbour works to close the eastern quay\n\n"
                       "Statement by Mayor Anna Hartley\n\n"
                       "The eastern quay will close for repairs from Monday, Mayor Anna Hartley "
                       "said, and ferries will use the western berths.\n\n"
                       "Passengers are asked to allow extra time for their journeys.\n",
                       source, NULL);
}

static void
test_statement_by_office (void)
{
  assert_import_field ("Harbour works to close the eastern quay\n\n"
                       "Statement by the Chair of the Harbour Committee\n\n"
                       "The eastern quay will close for repairs from Monday, the Chair of the "
                       "Harbour Committee said, and ferries will use the western berths.\n\n"
                       "Passengers are asked to allow extra time for their journeys.\n",
                       source, NULL);
}

static void
test_acronym_communique (void)
{
  assert_import_field ("PART 1: PACOM Communiqué\n\n"
                       "The following communiqué was issued today at the end of the meeting of "
                       "the heads of government.\n\n"
                       "The heads of government of the Pacific Ocean Community (PACOM) met in "
                       "Suva on 16 and 17 February.\n",
                       source, "PACOM");
}

static void
test_capitals_heading (void)
{
  assert_import_field ("FINAL COMMUNIQUÉ\n\n"
                       "The heads of government met in Suva on 16 and 17 February and agreed "
                       "on a FINAL plan for the ocean.\n\n"
                       "They will meet again next year.\n",
                       source, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found141/distributed", test_distributed);
  g_test_add_func ("/importer/found141/glued", test_glued);
  g_test_add_func ("/importer/found141/diffuse", test_diffuse);
  g_test_add_func ("/importer/found141/sign-off", test_sign_off);
  g_test_add_func ("/importer/found141/communique-de", test_communique_de);
  g_test_add_func ("/importer/found141/statement-by-person", test_statement_by_person);
  g_test_add_func ("/importer/found141/statement-by-office", test_statement_by_office);
  g_test_add_func ("/importer/found141/acronym-communique", test_acronym_communique);
  g_test_add_func ("/importer/found141/capitals-heading", test_capitals_heading);
  return g_test_run ();
}
