/* test-importer-found196.c: a short headline opening the page over a long deck without a full
 * stop that says it again, word for word ("Botanic Gardens Day celebration" over "Community
 * invited to join the National Botanic Gardens Day Celebration …", heldout33 aucklandbg-01): the
 * short line is the headline, the deck its standfirst. An organisation's name over a line that
 * holds it, said again in the story, is not.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_headline_over_deck (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Town Library Week celebration\n\n"
      "Families invited to join the Riverside Town Library Week Celebration at the central "
      "library this Saturday\n\n"
      "Libraries are increasingly being recognised as the places where a town meets, reads and "
      "learns together.\n\n"
      "More than forty events will take place across the town during the week, the librarian "
      "said.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==, "Town Library Week celebration");
  g_assert_true (cmq_release_get_headline_found (release));
  g_assert_cmpstr (first_paragraph (release), ==,
                   "Libraries are increasingly being recognised as the places where a town "
                   "meets, reads and learns together.");
}

static void
test_deck_over_story_fr (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "La Fête des jardins botaniques\n\n"
      "Les habitants invités à rejoindre la Fête des jardins botaniques au jardin municipal ce "
      "dimanche\n\n"
      "Les jardins botaniques jouent un rôle de plus en plus reconnu dans la protection des "
      "plantes menacées.\n\n"
      "Plus de soixante-quinze jardins ouvriront leurs portes, a précisé le directeur.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==, "La Fête des jardins botaniques");
}

static void
test_name_over_sentence (void)
{
  /* the organisation's name, said again in the story: not the headline */
  g_autoptr (CmqRelease) release = import_ok (
      "Riverside Town Library Trust\n\n"
      "Riverside Town Library Trust opens a new reading room in the old market hall\n\n"
      "The new reading room of the Riverside Town Library Trust will open on Monday, after two "
      "years of building work.\n\n"
      "It will be open seven days a week, the librarian said.\n");

  g_assert_cmpstr (cmq_release_get_title (release), !=, "Riverside Town Library Trust");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found196/headline-over-deck", test_headline_over_deck);
  g_test_add_func ("/importer/found196/deck-over-story-fr", test_deck_over_story_fr);
  g_test_add_func ("/importer/found196/name-over-sentence", test_name_over_sentence);
  return g_test_run ();
}
