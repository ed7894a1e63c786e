/* test-importer-found234.c: a rule line of underscores, dashes or equals signs near the end of
 * the dump separates the story from what the press office adds (issue 11: heldout36 fpnr-01, the
 * press contact above a line of underscores, the organisation's standing paragraph, its address
 * and the page's fields under it): the contact, the rule and what follows are not the story, in
 * French and English. A rule between two sections of a story, with the story's paragraphs under
 * it, or one without a way to reach the press office near it, keeps what follows.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY_FR                                                                                       \
  "Le président de la Fédération se rend dans le Parc\n\n"                                          \
  "Le président de la Fédération se rend dans un parc particulièrement en pointe dans la gestion " \
  "des milieux humides et aquatiques.\n\n"                                                             \
  "Il rencontrera les élus et les techniciens du Parc autour de projets phares, comme la gestion "    \
  "de la réserve naturelle.\n\n"

#define STORY_EN                                                                                   \
  "The Federation's president visits the Park\n\n"                                                 \
  "The president of the Federation is visiting a park at the forefront of the management of "      \
  "wetlands and rivers.\n\n"                                                                       \
  "He will meet the Park's elected members and staff around its flagship projects, such as the "   \
  "nature reserve.\n\n"

#define LAST_FR                                                                                     \
  "Il rencontrera les élus et les techniciens du Parc autour de projets phares, comme la gestion " \
  "de la réserve naturelle."
#define LAST_EN                                                                                    \
  "He will meet the Park's elected members and staff around its flagship projects, such as the "   \
  "nature reserve."

static void
test_rule_ends_story (void)
{
  assert_last_paragraph (STORY_FR
                         "Contact presse : Pierre Martin 06 83 84 01 77\n\n"
                         "________________________________________\n\n"
                         "Les 53 Parcs naturels régionaux de France représentent plus de "
                         "4400 communes, 4 millions d'habitants et 9,1 millions "
                         "d'hectares, soit 15 % du territoire, répartis dans 15 régions.\n\n"
                         "Fédération des Parcs, 9 rue Christiani – 75018 Paris\n\n"
                         "Type de document\nCommuniqué de presse\nAnnée du document\n",
                         LAST_FR);
  /* the contact under the rule */
  assert_last_paragraph (STORY_EN
                         "----------------------------------------\n\n"
                         "The 53 regional nature parks of France cover more than 4,400 "
                         "municipalities, 4 million inhabitants and 9.1 million hectares, "
                         "spread over 15 regions of the country.\n\n"
                         "Press contact: Jane Doe, +33 1 44 90 86 20, press@parks.example\n",
                         LAST_EN);
}

static void
test_rule_inside_story (void)
{
  /* the story goes on under the rule */
  assert_last_paragraph (STORY_EN
                         "==========\n\n"
                         "The second day will be given to the river banks, where the Park "
                         "has restored twelve kilometres of wetlands since last year.\n\n"
                         "Readers may call the Park's office on +33 1 44 90 86 20 to join "
                         "the guided walk on the river banks on the second day.\n\n"
                         "The visit will end with a meeting of the mayors of the Park, who "
                         "will present their plans for the next five years.\n",
                         "The visit will end with a meeting of the mayors of the Park, who will "
                         "present their plans for the next five years.");
  /* no way to reach the press office near the rule */
  assert_last_paragraph (STORY_FR
                         "________________________________________\n\n"
                         "La deuxième journée sera consacrée aux berges de la Seine, où le "
                         "Parc a restauré douze kilomètres de zones humides.\n",
                         "La deuxième journée sera consacrée aux berges de la Seine, où le Parc "
                         "a restauré douze kilomètres de zones humides.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found234/rule-ends-story", test_rule_ends_story);
  g_test_add_func ("/importer/found234/rule-inside-story", test_rule_inside_story);
  return g_test_run ();
}
