/* test-importer-found71.c: the issuer that a press contact block or a press release's heading
 * names (issue 11): the institution on the line below the press service's label (heldout15
 * canada-01, "Media Relations" over "Department of National Defence"), as on the line above it
 * ("Polizei Hamburg" over "Pressestelle"), never the name of the person to call, which the same
 * blocks put there too; the institution a press office's line names after "of" (heldout22
 * mdhc-01, "Assessoria de Comunicação Social do MDHC"), even when the story was not cut before
 * the block; and the publisher a "Press release from X" heading presents, which a line of the
 * name alone repeats (heldout22 strongschools-01). And the signature after the story that
 * repeats the words the lead opens with (heldout22 pcfparis-01, "Les élu-es communistes-Front de
 * Gauche de Paris").
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define RELEASE(contacts)                                                                          \
  "Minister to travel to the harbour towns\n\n"                                                    \
  "The Minister will travel to the harbour towns of the north from March 3 to 7, where he will "   \
  "meet the crews of the ferries and the harbour masters.\n\n"                                     \
  "Opportunities will be provided for media to engage with the Minister during his trip.\n\n"      \
  "Contacts\n\n" contacts "\n"

static void
test_below_the_label (void)
{
  assert_import_field (RELEASE ("Media Relations\n"
                                "Department of Harbours and Ferries\n"
                                "Phone: 613-996-2353"),
                       source, "Department of Harbours and Ferries");
  assert_import_field (RELEASE ("Service de presse\n"
                                "Ministère des Ports\n"
                                "Téléphone : 01 53 38 66 00"),
                       source, "Ministère des Ports");
}

static void
test_no_institution (void)
{
  /* the person to call */
  assert_import_field (RELEASE ("Media Relations\n"
                                "Jane Smith\n"
                                "Phone: 613-996-2353"),
                       source, NULL);
  /* only the nearest line: a person's office further down is not the issuer */
  assert_import_field (RELEASE ("Media Relations\n"
                                "Jane Smith\n"
                                "Department of Harbours and Ferries"),
                       source, NULL);
}

static void
test_press_office_of (void)
{
  assert_import_field (RELEASE ("Assessoria de Comunicação Social do MHP\n"
                                "(61) 2027-3538"),
                       source, NULL);
  assert_import_field ("Ministro cancela a visita aos portos do norte\n\n"
                       "O Ministério dos Portos e da Navegação (MPN) informa que o ministro não "
                       "poderá comparecer às agendas previstas para os dias 30 e 31 de outubro.\n\n"
                       "Novas datas para as visitas serão avaliadas oportunamente.\n\n"
                       "Atendimento exclusivo à imprensa:\n"
                       "Assessoria de Comunicação Social do MPN\n"
                       "(61) 2027-3538\n",
                       source, "MPN");
  /* the story must name the institution too */
  assert_import_field (RELEASE ("Press Office of the Department of Harbours\n"
                                "Phone: 613-996-2353"),
                       source, NULL);
  assert_import_field ("Minister to travel to the harbour towns\n\n"
                       "The Minister will visit the harbours that the Department of Harbours "
                       "runs in the north from March 3 to 7.\n\n"
                       "Opportunities will be provided for media to engage with the Minister.\n\n"
                       "Press Office of the Department of Harbours\n"
                       "Phone: 613-996-2353\n",
                       source, "Department of Harbours");
}

static void
test_press_release_from (void)
{
  const char *release =
      "PRESS RELEASE from Harbour Schools Trust\n"
      "April 25, 2007\n"
      "Contact: Jane Smith\n"
      "Harbour Schools Trust\n\n"
      "HARBOUR SCHOOLS TRUST LAUNCHES A CAMPAIGN FOR THE SCHOOLS OF THE NORTH\n\n"
      "The Harbour Schools Trust today launched a campaign to make the schools "
      "of the north a subject of the coming election.\n\n"
      "The campaign will run until the election, in the press and on the radio.\n";

  assert_import_field (release, source, "Harbour Schools Trust");
}

#define SIGNED(signature)                                                                          \
  "L’État empêche les associations d’aider les réfugiés\n\n"                               \
  "Communiqué de presse\n\n"                                                                      \
  "Les élu-es écologistes du Conseil de Nordville dénoncent le harcèlement exercé depuis "    \
  "plusieurs semaines par l’État à l’encontre des réfugiés.\n\n"                           \
  "Ils demandent que les associations puissent continuer leur travail.\n\n" signature "\n\n"       \
  "Publié le\n"

static void
test_signature (void)
{
  assert_import_field (SIGNED ("Les élu-es écologistes du Conseil de Nordville"), source,
                       "Les élu-es écologistes du Conseil de Nordville");
  /* fewer words than a signature has, or a line that is not the lead's opening */
  assert_import_field (SIGNED ("Les élu-es"), source, NULL);
  assert_import_field (SIGNED ("Les élu-es socialistes de Nordville"), source, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found71/below-the-label", test_below_the_label);
  g_test_add_func ("/importer/found71/no-institution", test_no_institution);
  g_test_add_func ("/importer/found71/press-office-of", test_press_office_of);
  g_test_add_func ("/importer/found71/press-release-from", test_press_release_from);
  g_test_add_func ("/importer/found71/signature", test_signature);
  return g_test_run ();
}
