/* test-importer-found258.c: a pull quote under the story, its words without a final stop, over
 * its speaker's name alone on a line (issue 11: heldout37 uu-01, "In dit interdisciplinaire
 * onderzoeksproject ontwikkelen we een nieuwe methode … begrijpen en beïnvloeden" over "Veerle
 * Cnudde"), is not the story's last paragraph, in Dutch, English and French, when the story
 * speaks of the speaker by the surname ("Cnudde en haar team"). A last line ending with its stop,
 * or over a name the story does not give, stays; an op-ed over its author's signature is
 * test-importer-found134.c's.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY_NL                                                                                   \
  "Tien Utrechtse onderzoekers ontvangen Vici-beurs\n\n"                                           \
  "De Nederlandse Organisatie voor Wetenschappelijk Onderzoek heeft Vici-beurzen toegekend aan "   \
  "tien onderzoekers van de universiteit.\n\n"                                                     \
  "Prof. dr. Veerle Cnudde is hoogleraar Aardwetenschappen. In dit project zullen Cnudde en haar " \
  "team het vochtgedrag in de steen beïnvloeden.\n\n"
#define LAST_NL                                                                                    \
  "Prof. dr. Veerle Cnudde is hoogleraar Aardwetenschappen. In dit project zullen Cnudde en haar " \
  "team het vochtgedrag in de steen beïnvloeden."

#define STORY_EN                                                                                   \
  "Ten researchers receive grants\n\n"                                                             \
  "The research council has awarded grants to ten researchers of the university this week.\n\n"    \
  "Professor Jane Doe studies how water moves through stone. With her team Doe will use "          \
  "bacteria to change how the stone takes up water.\n\n"
#define LAST_EN                                                                                    \
  "Professor Jane Doe studies how water moves through stone. With her team Doe will use "          \
  "bacteria to change how the stone takes up water."

#define STORY_FR                                                                                    \
  "Dix chercheurs reçoivent une bourse\n\n"                                                        \
  "Le conseil de la recherche a accordé cette semaine des bourses à dix chercheurs de "           \
  "l'université.\n\n"                                                                              \
  "La professeure Jeanne Martin étudie le passage de l'eau dans la pierre. Martin et son équipe " \
  "utiliseront des bactéries pour le modifier.\n\n"
#define LAST_FR                                                                                     \
  "La professeure Jeanne Martin étudie le passage de l'eau dans la pierre. Martin et son équipe " \
  "utiliseront des bactéries pour le modifier."

static void
test_pull_quote (void)
{
  assert_last_paragraph (STORY_NL "In dit interdisciplinaire onderzoeksproject ontwikkelen we een "
                                  "nieuwe methode waar we de dynamische processen binnen stenen "
                                  "visualiseren, begrijpen en beïnvloeden\n\nVeerle Cnudde\n",
                         LAST_NL);
  assert_last_paragraph (STORY_EN "In this project we are building a new way to see, understand "
                                  "and change what happens inside the stones of our buildings\n\n"
                                  "Jane Doe\n",
                         LAST_EN);
  assert_last_paragraph (STORY_FR "Dans ce projet nous inventons une nouvelle façon de voir et de "
                                  "comprendre ce qui se passe dans les pierres de nos bâtiments\n\n"
                                  "Jeanne Martin\n",
                         LAST_FR);
}

static void
test_story_kept (void)
{
  /* a sentence with its stop */
  assert_last_paragraph (STORY_EN "In this project we are building a new way to see, understand "
                                  "and change what happens inside the stones of our buildings.\n\n"
                                  "Jane Doe\n",
                         "In this project we are building a new way to see, understand and "
                         "change what happens inside the stones of our buildings.");
  /* a name the story does not give */
  assert_last_paragraph (STORY_EN "In this project we are building a new way to see, understand "
                                  "and change what happens inside the stones of our buildings\n\n"
                                  "John Smith\n",
                         "In this project we are building a new way to see, understand and "
                         "change what happens inside the stones of our buildings");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found258/pull-quote", test_pull_quote);
  g_test_add_func ("/importer/found258/story-kept", test_story_kept);
  return g_test_run ();
}
