/* test-importer-found135.c: a wire's notice that it distributes the release for an organisation
 * is not the story's end (issue 11: heldout27 bhcnairobi-01, "… United States.Distributed by
 * APO Group on behalf of British High Commission Nairobi."), glued after the last sentence or on
 * its own line, in English and French; a story sentence that says something was distributed
 * stays whole.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "importer-fixture.h"

#define STORY                                                                                      \
  "Ministers met in the capital on Tuesday to agree on a common plan for the region's water "      \
  "supply over the coming decade.\n\n"                                                             \
  "The plan sets out new reservoirs, the repair of old pipes and a fund for the poorest "          \
  "districts, to be reviewed every two years.\n\n"

#define LAST "The ministers will meet again in the spring to review the first projects of the plan."

#define HISTOIRE                                                                                     \
  "Les ministres se sont réunis mardi dans la capitale pour adopter un plan commun sur "            \
  "l'approvisionnement en eau de la région.\n\n"                                                    \
  "Le plan prévoit de nouveaux réservoirs, la réparation des canalisations et un fonds pour les " \
  "quartiers les plus pauvres.\n\n"

#define DERNIERE                                                                                   \
  "Les ministres se réuniront de nouveau au printemps pour faire le point sur le plan."

static void
test_glued (void)
{
  assert_last_paragraph (
      STORY LAST "Distributed by APO Group on behalf of the Ministry of Water.\n", LAST);
  assert_last_paragraph (STORY LAST " Distributed by Example Wire for the Regional Council.\n",
                         LAST);
  assert_last_paragraph (HISTOIRE DERNIERE
                         "Distribué par APO Group pour le compte du Ministère de l'Eau.\n",
                         DERNIERE);
}

static void
test_own_line (void)
{
  assert_last_paragraph (STORY LAST "\n\nDistributed by APO Group on behalf of the Ministry of "
                                    "Water.\n\nMedia files\n",
                         LAST);
  assert_last_paragraph (HISTOIRE DERNIERE "\n\nDistribué par APO Group pour le compte du "
                                           "Ministère de l'Eau.\n",
                         DERNIERE);
}

/* A sentence of the story about what was distributed, with the story going on under it. */
static void
test_story_sentence_kept (void)
{
  static const char *sentence = "Distributed by the Red Cross on behalf of the government, the "
                                "food reached two million people in the first month of the "
                                "programme, according to the ministry's figures.";
  g_autofree char *text = g_strdup_printf (STORY "%s\n\n" LAST "\n", sentence);
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_true (has_paragraph (release, sentence));
  g_assert_true (has_paragraph (release, LAST));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found135/glued", test_glued);
  g_test_add_func ("/importer/found135/own-line", test_own_line);
  g_test_add_func ("/importer/found135/story-sentence-kept", test_story_sentence_kept);
  return g_test_run ();
}
