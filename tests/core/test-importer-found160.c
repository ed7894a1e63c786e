/* test-importer-found160.c: the importer on synthetic pages whose lead opens with a dateline
 * that has its date in brackets after the place ("Napa Valley, CA. (April 25, 2007) – The…",
 * heldout30 pbor-01): the dateline marks where the story starts, and the deck over it, a
 * quotation with its speaker after a dash, is not the story's first paragraph.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define HEAD_EN                                                                                    \
  "Press Statement\n\n"                                                                            \
  "For Immediate Release: Contact: Ann Smith – 555-0100\n\n"                                     \
  "River Alliance Calls for New Flood Defences Along the Lower Valley\n"                           \
  "“Families Have Waited Too Long for the Defences the State Promised Them, and the Valley "     \
  "Cannot Wait for Another Flood Season. The time for the State to Build the Defences is Now,” " \
  "– Ann Smith, Founder and Executive Director, River Alliance.\n\n"

#define STORY_EN                                                                                   \
  " – The River Alliance issued the following statement from its director on the flooding of "   \
  "the lower valley this week."

#define QUOTE_EN                                                                                    \
  "\n\n“We have asked for these defences for ten years, and the state has done nothing,” said " \
  "Ann Smith. “The families of the valley deserve better than promises.”\n"

#define HEAD_FR                                                                                      \
  "Communiqué de presse\n\n"                                                                        \
  "Contact presse : Anne Dupont – 01 23 45 67 89\n\n"                                              \
  "L’Alliance des rivières demande des digues pour la basse vallée\n"                            \
  "« Les familles attendent depuis trop longtemps les digues que l’État leur a promises, et la " \
  "vallée ne peut pas attendre une autre saison de crues. Le moment est venu de les "               \
  "construire », – Anne Dupont, fondatrice et directrice de l’Alliance des rivières.\n\n"

#define STORY_FR                                                                                       \
  " — L’Alliance des rivières a publié la déclaration suivante de sa directrice sur les crues " \
  "de la basse vallée cette semaine."

#define QUOTE_FR                                                                                       \
  "\n\n« Nous demandons ces digues depuis dix ans et l’État n’a rien fait », a déclaré Anne " \
  "Dupont. « Les familles de la vallée méritent mieux que des promesses. »\n"

/* In English: a headline, a quoted deck signed after a dash, then the bracket-dated lead. */
static void
test_deck_over_bracket_date (void)
{
  assert_first_paragraph (HEAD_EN "Springfield, IL. (March 3, 2011)" STORY_EN QUOTE_EN,
                          "Springfield, IL. (March 3, 2011)" STORY_EN);
}

/* In French: the place and its region, the date in brackets, an em dash. */
static void
test_deck_over_bracket_date_fr (void)
{
  assert_first_paragraph (HEAD_FR "Valence, Drôme (3 mars 2011)" STORY_FR QUOTE_FR,
                          "Valence, Drôme (3 mars 2011)" STORY_FR);
}

/* Brackets that hold no date open no dateline: the deck over such a paragraph is kept, in doubt,
 * as the story's first. */
static void
test_not_a_bracket_dateline (void)
{
  g_autoptr (CmqRelease) en =
      import_ok (HEAD_EN "Springfield, IL. (River Alliance)" STORY_EN QUOTE_EN);
  g_autoptr (CmqRelease) fr =
      import_ok (HEAD_FR "Valence, Drôme (Alliance des rivières)" STORY_FR QUOTE_FR);

  g_assert_true (g_str_has_prefix (first_paragraph (en), "“Families Have Waited"));
  g_assert_true (g_str_has_prefix (first_paragraph (fr), "« Les familles attendent"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found160/deck-over-bracket-date", test_deck_over_bracket_date);
  g_test_add_func ("/importer/found160/deck-over-bracket-date-fr", test_deck_over_bracket_date_fr);
  g_test_add_func ("/importer/found160/not-a-bracket-dateline", test_not_a_bracket_dateline);
  return g_test_run ();
}
