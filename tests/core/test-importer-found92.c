/* test-importer-found92.c: a committee, jury or board announcing a release is not its source
 * (issue 11: heldout23 sfpride-01, "The Pride Committee is pleased to announce …" on the Pride
 * celebration's own site). The source is whose site or release it is; a body of an organisation
 * that opens the story announcing is its subject, in English and French. An organisation whose
 * name ends with such a word ("International Olympic Committee", a known one) or that is no body
 * ("Kingsbridge Harbour Trust") is still the source.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_body (void)
{
  assert_import_field ("Partners sought for the festival\n\n"
                       "The Festival Committee is pleased to announce its plan to share the "
                       "festival's takings with local charities this summer.\n\n"
                       "Fifteen partners are sought, and the Festival Committee will choose them "
                       "by the end of March.\n",
                       source, NULL);
}

static void
test_body_fr (void)
{
  assert_import_field ("Des partenaires pour la fête\n\n"
                       "Le Comité des fêtes a le plaisir d'annoncer qu'il partagera cet été les "
                       "recettes de la fête avec les associations de la ville.\n\n"
                       "Quinze associations seront choisies, et le Comité des fêtes les "
                       "annoncera à la fin du mois de mars.\n",
                       source, NULL);
}

static void
test_organisation (void)
{
  assert_import_field ("Partners sought for the festival\n\n"
                       "Kingsbridge Harbour Trust is pleased to announce its plan to share the "
                       "festival's takings with local charities this summer.\n\n"
                       "Fifteen partners are sought, and Kingsbridge Harbour Trust will choose "
                       "them by the end of March.\n",
                       source, "Kingsbridge Harbour Trust");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found92/body", test_body);
  g_test_add_func ("/importer/found92/body-fr", test_body_fr);
  g_test_add_func ("/importer/found92/organisation", test_organisation);
  return g_test_run ();
}
