/* test-importer-found136.c: a news site's link to more items of a section under the story's last
 * sentence ("Meer uit Binnenland", issue 11: heldout27 anp-01; "More from Europe", "Plus de
 * Sport") ends the story, with the section's items under it, even when they are wire stories of
 * their own; a sentence opening with the same words ("Plus de 300 personnes …") stays.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "importer-fixture.h"

#define STORY                                                                                      \
  "LONDON (AP) - The city council approved a new plan for cycling lanes on Tuesday, after a "      \
  "year of talks with residents and shop owners.\n\n"

#define LAST "Work on the first lanes will start in the spring and last about two years."

#define ITEMS                                                                                      \
  "\n\nLEEDS (AP) - The university opened a new library on Monday, the largest of its kind in "    \
  "the north of the country, with room for two thousand readers.\n\n"                              \
  "YORK (AP) - Heavy rain flooded several streets in the old town overnight, and the police "      \
  "closed two bridges until the water goes down.\n"

#define HISTOIRE                                                                                   \
  "PARIS (AFP) - Le conseil municipal a adopté mardi un nouveau plan pour les pistes cyclables, " \
  "après un an de discussions avec les habitants.\n\n"

#define DERNIERE "Les travaux commenceront au printemps et dureront environ deux ans."

#define ARTICLES                                                                                    \
  "\n\nLYON (AFP) - L'université a ouvert lundi une nouvelle bibliothèque, la plus grande de la " \
  "région, avec de la place pour deux mille lecteurs.\n\n"                                         \
  "NANTES (AFP) - De fortes pluies ont inondé plusieurs rues du centre pendant la nuit, et la "    \
  "police a fermé deux ponts.\n"

static void
test_section_link (void)
{
  assert_last_paragraph (STORY LAST "\n\nMore from Europe" ITEMS, LAST);
  assert_last_paragraph (STORY LAST "\n\nMeer uit Binnenland" ITEMS, LAST);
  assert_last_paragraph (HISTOIRE DERNIERE "\n\nPlus de Sport" ARTICLES, DERNIERE);
  assert_last_paragraph (HISTOIRE DERNIERE "\n\nPlus d’Actualités" ARTICLES, DERNIERE);
}

/* "Plus de 300 personnes", a subheading in lower case: the story's. */
static void
test_story_kept (void)
{
  g_autoptr (CmqRelease) figures =
      import_ok (HISTOIRE DERNIERE "\n\nPlus de 300 personnes" ARTICLES);
  g_autoptr (CmqRelease) heading =
      import_ok (HISTOIRE DERNIERE "\n\nPlus de moyens pour les écoles" ARTICLES);

  g_assert_true (has_paragraph (figures, "NANTES (AFP) - De fortes pluies ont inondé plusieurs "
                                         "rues du centre pendant la nuit, et la police a fermé "
                                         "deux ponts."));
  g_assert_true (has_paragraph (heading, "NANTES (AFP) - De fortes pluies ont inondé plusieurs "
                                         "rues du centre pendant la nuit, et la police a fermé "
                                         "deux ponts."));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found136/section-link", test_section_link);
  g_test_add_func ("/importer/found136/story-kept", test_story_kept);
  return g_test_run ();
}
