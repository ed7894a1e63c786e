/* test-importer-found148.c: a byline closed by a full stop whose issuer is a name of many words
 * (issue 11: heldout26 eelv94-01, "Communiqué d'Europe Ecologie Les Verts - Val de Marne."):
 * the kind, its issuer word ("of", "de", or "d'" elided before a vowel) and words all
 * capitalised but for those that join a name is a byline however long; a sentence that goes on
 * in lower case is the story's.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_named_byline_elided (void)
{
  assert_import_field ("Le conseil municipal refuse la fermeture de l'école du centre\n\n"
                       "Communiqué d'Europe Ecologie Les Verts - Val de Marne.\n\n"
                       "Le conseil municipal a voté hier contre la fermeture de l'école du "
                       "centre, que le rectorat avait annoncée en janvier.\n\n"
                       "Les parents d'élèves se réjouissent de ce vote.\n",
                       kind, "press release");
}

static void
test_named_byline_english (void)
{
  assert_import_field ("Council votes against the closure of the central school\n\n"
                       "Statement of the Friends of the Earth Scotland - Edinburgh Branch.\n\n"
                       "The council voted yesterday against the closure of the central school, "
                       "which the education board had announced in January.\n\n"
                       "Parents welcomed the vote.\n",
                       kind, "statement");
}

/* a sentence opening with a kind word and going on in lower case is no byline */
static void
test_sentence_is_no_byline (void)
{
  assert_import_field ("Council votes against the closure of the central school\n\n"
                       "Statement of intent signed by the council and the parents of the "
                       "central school.\n\n"
                       "The council voted yesterday against the closure of the central school, "
                       "which the education board had announced in January.\n\n"
                       "Parents welcomed the vote.\n",
                       kind, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found148/named-byline-elided", test_named_byline_elided);
  g_test_add_func ("/importer/found148/named-byline-english", test_named_byline_english);
  g_test_add_func ("/importer/found148/sentence-is-no-byline", test_sentence_is_no_byline);
  return g_test_run ();
}
