/* test-importer-found147.c: a kind label after its issuer's acronym, before the colon that opens
 * the headline (issue 11: heldout27 singapore-01, "MFA Press Statement: Senior Parliamentary
 * Secretary … Sam Tan's Comments…"). The acronyms are who issued the text, the label what kind it
 * is: the release's kind, in any language; an acronym before words that name no kind gives none.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_issuer_label (void)
{
  assert_import_field (
      "MFA Press Statement: Minister for Trade Jane Lee's Comments in response to media queries "
      "on the port strike\n\n"
      "10 April 2014\n\n"
      "Responding to media queries about the port strike, Minister for Trade Jane Lee said that "
      "the government would meet both sides next week.\n\n"
      "The talks will be held in the capital on Monday.\n",
      kind, "statement");
}

static void
test_issuer_label_french (void)
{
  assert_import_field ("DGAC Communiqué de presse : le trafic aérien retrouve son niveau "
                       "d'avant la crise sanitaire\n\n"
                       "12 mars 2023\n\n"
                       "Le trafic aérien a retrouvé en février son niveau de 2019, selon les "
                       "chiffres publiés aujourd'hui par la direction générale.\n\n"
                       "Les aéroports régionaux progressent le plus.\n",
                       kind, "press release");
}

/* an acronym before words that are no kind label: no kind */
static void
test_acronym_without_kind (void)
{
  assert_import_field ("NASA Mission Update: the probe reaches its orbit around the planet\n\n"
                       "10 April 2014\n\n"
                       "The probe reached its orbit around the planet this morning after a "
                       "journey of seven years.\n\n"
                       "Its cameras will be switched on next week.\n",
                       kind, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found147/issuer-label", test_issuer_label);
  g_test_add_func ("/importer/found147/issuer-label-french", test_issuer_label_french);
  g_test_add_func ("/importer/found147/acronym-without-kind", test_acronym_without_kind);
  return g_test_run ();
}
