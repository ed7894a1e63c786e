/* test-importer-found174.c: a story's last paragraph whose first word is an article or a pronoun
 * before a verb of what an organisation does ("The works will start …", "It works …", "Il
 * travaille …") is the story's, not an organisation's note: the note's subject is a name the
 * story writes with its capitals where no sentence opens, and "The", "It" or "Il" have a capital
 * only there (a fault of cmq-importer-namenotes.c, found by starts41 on a two-paragraph
 * release: the last paragraph was dropped). A note whose subject the story names stays a note.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY_EN                                                                                   \
  "New bridge for the city\n\n"                                                                    \
  "The city council approved the plans for a new bridge over the river on Tuesday, after a long "  \
  "debate. The mayor said it would serve the city for a century.\n\n"

#define STORY_FR                                                                                   \
  "Un nouveau pont pour la ville\n\n"                                                              \
  "Le conseil municipal a approuvé mardi les plans d'un nouveau pont sur le fleuve. Il a suivi "  \
  "l'avis du maire après un long débat.\n\n"

static void
test_story_kept (void)
{
  assert_last_paragraph (STORY_EN "The works will start next spring and will last for two years.\n",
                         "The works will start next spring and will last for two years.");
  assert_last_paragraph (STORY_EN "It works with the region on the roads that will lead to the "
                                  "bridge.\n",
                         "It works with the region on the roads that will lead to the bridge.");
  assert_last_paragraph (STORY_FR "Il travaille avec la région sur les routes qui mèneront au "
                                  "pont.\n",
                         "Il travaille avec la région sur les routes qui mèneront au pont.");
}

static void
test_note_dropped (void)
{
  /* the organisation the story names, presenting what it does */
  assert_last_paragraph ("UNESCO marks World Press Freedom Day\n\n"
                         "On 3 May the world marks the day, and UNESCO calls on states to protect "
                         "journalists who report on conflicts.\n\n"
                         "UNESCO promotes the safety of journalists through awareness raising and "
                         "training.\n",
                         "On 3 May the world marks the day, and UNESCO calls on states to protect "
                         "journalists who report on conflicts.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found174/story-kept", test_story_kept);
  g_test_add_func ("/importer/found174/note-dropped", test_note_dropped);
  return g_test_run ();
}
