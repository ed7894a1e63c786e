/* test-importer-found220.c: a press office's notes to editors present the release's issuer
 * ("Notes to editors" over "1. The Electoral Commission is the independent body …", heldout34
 * eleccomm-01), in English, French and German; a note presenting an organisation the story does
 * not name, two notes presenting two organisations, and a note under no such heading give none.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
check_source (const char *text, const char *source)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_source (release), ==, source);
}

#define STORY_EN                                                                                   \
  "Statement on the count of the local polls\n\n"                                                  \
  "The chief executive of the Boundary Review Board said: \"Counting staff worked through the "    \
  "night to declare every result on time.\"\n\n"                                                   \
  "\"We will now gather information from every council and the Regional Counting Service "         \
  "before we report in the autumn.\"\n\n"

#define STORY_FR                                                                                      \
  "Déclaration sur le dépouillement des scrutins locaux\n\n"                                        \
  "Le directeur de l'Autorité des scrutins locaux a déclaré : « Les agents ont travaillé toute " \
  "la nuit pour proclamer chaque résultat à l'heure. »\n\n"                                        \
  "« Nous recueillerons maintenant les informations de chaque commune avant notre rapport de "       \
  "l'automne. »\n\n"

#define STORY_DE                                                                                   \
  "Erklärung zur Auszählung der Kommunalwahlen\n\n"                                              \
  "Der Leiter der Landeswahlbehörde Nordmark hat am Montag die Ergebnisse aller Kommunalwahlen "  \
  "der Region bekannt gegeben. Die Auszählung dauerte die ganze Nacht.\n\n"                       \
  "Er dankte den Wahlhelfern, die jedes Ergebnis pünktlich gemeldet haben, und kündigte einen "  \
  "Bericht für den Herbst an.\n\n"

static void
test_notes_to_editors (void)
{
  check_source (STORY_EN "Notes to editors\n\n"
                         "1. The Boundary Review Board is the independent body which oversees "
                         "local polls in the region.\n"
                         "2. The Board reports to the regional parliament.\n",
                "Boundary Review Board");
  check_source (STORY_FR "Notes aux rédactions\n\n"
                         "L'Autorité des scrutins locaux est l'organisme indépendant chargé des "
                         "élections locales.\n",
                "Autorité des scrutins locaux");
  check_source (STORY_DE "Hinweise für Redaktionen:\n\n"
                         "- Die Landeswahlbehörde Nordmark ist die unabhängige Behörde für alle "
                         "Kommunalwahlen.\n",
                "Landeswahlbehörde Nordmark");
}

static void
test_notes_near_miss (void)
{
  /* an organisation the story does not name */
  check_source (STORY_EN "Notes to editors\n\n"
                         "1. The Civic Polling Trust is a charity which studies turnout.\n",
                NULL);
  /* two notes presenting two organisations the story names: whose release is it? */
  check_source (STORY_EN "Notes to editors\n\n"
                         "1. The Boundary Review Board is the independent body which oversees "
                         "local polls.\n"
                         "2. The Regional Counting Service is the agency which counts them; the "
                         "Boundary Review Board thanks the Regional Counting Service.\n",
                NULL);
  /* the same note under no notes heading */
  check_source (STORY_EN "Background\n\n"
                         "1. The Boundary Review Board is the independent body which oversees "
                         "local polls in the region.\n",
                NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found220/notes-to-editors", test_notes_to_editors);
  g_test_add_func ("/importer/found220/notes-near-miss", test_notes_near_miss);
  return g_test_run ();
}
