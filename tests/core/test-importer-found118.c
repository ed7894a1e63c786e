/* test-importer-found118.c: a byline closed by a full stop (issue 11: heldout25 aamfg-01,
 * "Communiqué des associations de gendarmerie." over the story, no headline apart). A first
 * paragraph of a few words that is the kind and its author, one sentence ending with a full
 * stop, gives the kind, in French and English; a longer first sentence that opens with a kind's
 * word is the story's and gives none.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_communique (void)
{
  assert_import_field ("Déclaration des syndicats de pharmaciens.\n"
                       "À la suite de la fermeture de trois officines dans le département, le "
                       "syndicat demande au préfet de réunir les maires des communes concernées.\n"
                       "Les pharmaciens rappellent que les patients âgés ne peuvent pas parcourir "
                       "trente kilomètres pour obtenir leurs médicaments.\n",
                       kind, "statement");
}

static void
test_statement (void)
{
  assert_import_field ("Statement of the harbour crews.\n"
                       "Following the closure of the northern dock, the union asks the port "
                       "authority to meet the crews before the end of the month.\n"
                       "The crews have not been told where they will work once the dock is "
                       "rebuilt, and they will not wait until the spring to know.\n",
                       kind, "statement");
}

static void
test_long_sentence (void)
{
  assert_import_field ("Remarks by the mayor about the market angered the owners of the shops "
                       "in the old town.\n"
                       "They say the new market hall will take their customers away before the "
                       "end of the year, and they ask the council to meet them.\n"
                       "The council has not answered their letter, which was sent in June.\n",
                       kind, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found118/communique", test_communique);
  g_test_add_func ("/importer/found118/statement", test_statement);
  g_test_add_func ("/importer/found118/long-sentence", test_long_sentence);
  return g_test_run ();
}
