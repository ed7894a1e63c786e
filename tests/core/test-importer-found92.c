/* test-importer-found92.c: a committee, jury or board announcing a release is not its source
 * (issue 11: heldout23 sfpride-01, "The Pride Committee is pleased to announce …" on the Pride
 * celebration's own site). The source is whose site or release it is; a body of an organisation
 * that opens the story announcing is its subject, in English and French. An organisation whose
 * name ends with such a word ("International Olympic Committee", a known one) or that is no body
 * ("Kingsbridge Harbour Trust") is still the source. And the sender a press office's address
 * block names above the story (heldout22 nwo-01, "Nederlandse Organisatie voor Wetenschappelijk
 * Onderzoek Afd. Voorlichting & Communicatie" over "Postbus 93138"), its department dropped, is
 * the source when the story names it; a "Department of" names the organisation itself.
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

#define ADDRESSED_STORY                                                                            \
  "The Harbour Trust has chosen the four projects it will fund this year from the forty it "       \
  "was sent in the spring.\n\n"                                                                    \
  "Each of them will receive two million to carry out its work over the next five years.\n"

static void
test_address_sender (void)
{
  assert_import_field ("PRESS RELEASE\n\n"
                       "Harbour Trust, Communications Department\n"
                       "PO Box 364\n"
                       "Kingsbridge TQ7 1AB\n\n"
                       "Four projects funded by the Harbour Trust\n\n" ADDRESSED_STORY,
                       source, "Harbour Trust");
  assert_import_field ("Communiqué de presse\n\n"
                       "Fondation du Port - Service de presse\n"
                       "BP 364\n"
                       "29200 Brest\n\n"
                       "Quatre projets financés par la Fondation du Port\n\n"
                       "La Fondation du Port a choisi les quatre projets qu'elle financera cette "
                       "année parmi les quarante reçus au printemps.\n\n"
                       "Chacun recevra deux millions pour mener ses travaux au cours des cinq "
                       "prochaines années.\n",
                       source, "Fondation du Port");
}

static void
test_no_address_sender (void)
{
  /* the story does not name it */
  assert_import_field ("PRESS RELEASE\n\n"
                       "Marine Board, Communications Department\n"
                       "PO Box 364\n"
                       "Kingsbridge TQ7 1AB\n\n"
                       "Four projects funded by the Harbour Trust\n\n" ADDRESSED_STORY,
                       source, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found92/body", test_body);
  g_test_add_func ("/importer/found92/body-fr", test_body_fr);
  g_test_add_func ("/importer/found92/organisation", test_organisation);
  g_test_add_func ("/importer/found92/address-sender", test_address_sender);
  g_test_add_func ("/importer/found92/no-address-sender", test_no_address_sender);
  return g_test_run ();
}
