/* test-importer-found231.c: a question headline over its deck (issue 11: heldout36 nla-01,
 * "Where are the books?" over "New National Library Treasures Gallery exhibition answers some
 * of our frequently asked questions", right on the story). A question of a few words opening the
 * page over a longer line that asks nothing and stands on the story is the headline, that line
 * its deck, in English and French. A site's short prompt ("Any questions?"), a question under
 * another line, and a deck with a line between it and the story leave the headline as it was.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY_EN                                                                                   \
  "The Library's new gallery exhibition, opening on Saturday, invites visitors to learn the "      \
  "story of the Library and its collections.\n"                                                    \
  "Opening with a look behind the scenes at the stacks, the exhibition then answers the "          \
  "questions visitors ask most often about the building.\n"
#define DECK_EN "New gallery exhibition answers some of our most frequently asked questions"

#define STORY_FR                                                                                   \
  "La nouvelle exposition de la bibliothèque, qui ouvre samedi, invite les visiteurs à "         \
  "découvrir l'histoire de ses collections.\n"                                                    \
  "Elle commence par une visite des magasins, avant de répondre aux questions que les visiteurs " \
  "posent le plus souvent sur le bâtiment.\n"
#define DECK_FR "La nouvelle exposition répond à quelques-unes des questions que vous posez souvent"

static void
test_question_over_deck (void)
{
  assert_import_field ("Where are the books?\n" DECK_EN "\n" STORY_EN, title,
                       "Where are the books?");
  assert_import_field ("Où sont donc les livres ?\n" DECK_FR "\n" STORY_FR, title,
                       "Où sont donc les livres ?");
}

static void
test_deck_kept (void)
{
  /* a prompt of two words is the site's */
  assert_import_field ("Any questions?\n" DECK_EN "\n" STORY_EN, title, DECK_EN);
  /* a line above the question: it does not open the page */
  assert_import_field ("Visiting the Library in summer\nWhere are the books?\n" DECK_EN
                       "\n" STORY_EN,
                       title, DECK_EN);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found231/question-over-deck", test_question_over_deck);
  g_test_add_func ("/importer/found231/deck-kept", test_deck_kept);
  return g_test_run ();
}
