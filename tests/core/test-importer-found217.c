/* test-importer-found217.c: a byline glued at the head of the story's first paragraph, before
 * its place and full date ("Jane Doe Spokesperson, Office of the Spokesperson Washington, DC
 * August 9, 2013 On Sunday, …", heldout26 state-01), is cut off: the story opens with its
 * dateline, in English and French; a first paragraph whose words before the place read as a
 * sentence stays whole.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define REST_EN                                                                                    \
  "On Sunday, August 11, the Department of State will re-open 18 of the 19 embassies and "         \
  "consulates that were closed recently. Our embassy in Sanaa will remain closed because of "      \
  "ongoing concerns about a threat.\n"

#define REST_FR                                                                                      \
  "Le ministre a présidé ce matin une réunion consacrée à la sécurité des ambassades et des " \
  "consulats fermés la semaine dernière. Dix-huit d'entre eux rouvriront dimanche.\n"

static void
test_byline_cut (void)
{
  assert_first_paragraph ("Update on Status of Embassies and Consulates\n\n"
                          "Jane Doe Spokesperson, Office of the Spokesperson Washington, DC "
                          "August 9, 2013 " REST_EN,
                          "Washington, DC August 9, 2013 On Sunday, August 11, the Department of "
                          "State will re-open 18 of the 19 embassies and consulates that were "
                          "closed recently. Our embassy in Sanaa will remain closed because of "
                          "ongoing concerns about a threat.");
  assert_first_paragraph ("Réouverture des ambassades\n\n"
                          "Marie Martin Porte-parole, Ministère des Affaires Etrangères Paris, le "
                          "9 août 2013 " REST_FR,
                          "Paris, le 9 août 2013 Le ministre a présidé ce matin une réunion "
                          "consacrée à la sécurité des ambassades et des consulats fermés la "
                          "semaine dernière. Dix-huit d'entre eux rouvriront dimanche.");
}

static void
test_sentence_kept (void)
{
  /* words in small letters before the place: a sentence, whole */
  assert_first_paragraph ("Update on Status of Embassies and Consulates\n\n"
                          "The spokesperson said in a statement issued in Washington, DC August "
                          "9, 2013 On Sunday the embassies will re-open, as the threat has passed "
                          "and the staff are ready.\n",
                          "The spokesperson said in a statement issued in Washington, DC August "
                          "9, 2013 On Sunday the embassies will re-open, as the threat has passed "
                          "and the staff are ready.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found217/byline-cut", test_byline_cut);
  g_test_add_func ("/importer/found217/sentence-kept", test_sentence_kept);
  return g_test_run ();
}
