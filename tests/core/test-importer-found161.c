/* test-importer-found161.c: the importer on synthetic pages whose story is followed by a run of
 * links' prompts, each with the name of the link the dump lost ("See here: Minutes of the
 * Monetary Policy Committee meeting.", "See here further information about the Committee: …",
 * heldout30 sedlabanki-01): they are not the story's last paragraphs.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define LAST_EN                                                                                    \
  "The following are the minutes of the board meeting held on 6 May 2024, during which the "       \
  "board discussed the budget, the new harbour and the communication of its decisions."

#define STORY_EN                                                                                   \
  "22 May 2024\n\n"                                                                                \
  "Minutes of the Harbour Board meeting in May\n\n"                                                \
  "In accordance with the Harbour Board rules of procedure, the minutes of the board's most "      \
  "recent meeting have been published on the website. They are published two weeks after "         \
  "the meeting.\n\n" LAST_EN "\n\n"

#define LAST_FR                                                                                    \
  "Voici le compte rendu de la réunion du conseil du 6 mai 2024, au cours de laquelle le "        \
  "conseil a examiné le budget, le nouveau port et la communication de ses décisions."

#define STORY_FR                                                                                   \
  "22 mai 2024\n\n"                                                                                \
  "Compte rendu de la réunion du conseil portuaire de mai\n\n"                                    \
  "Conformément au règlement intérieur du conseil portuaire, le compte rendu de sa dernière "  \
  "réunion a été publié sur le site. Il est publié deux semaines après la réunion.\n\n" LAST_FR    \
  "\n\n"

/* In English: two prompts, each naming its link, under the story's last sentence. */
static void
test_prompts_under_story (void)
{
  assert_last_paragraph (STORY_EN "See here: Minutes of the Harbour Board meeting. May 2024 "
                                  "(12th meeting). Published 22 May 2024.\n\n"
                                  "See here further information about the Harbour Board: Harbour "
                                  "Board\n",
                         LAST_EN);
}

/* In French, the same. */
static void
test_prompts_under_story_fr (void)
{
  assert_last_paragraph (STORY_FR "Voir ici : Compte rendu de la réunion du conseil portuaire. "
                                  "Mai 2024 (12e réunion). Publié le 22 mai 2024.\n\n"
                                  "Voir ici les informations sur le conseil portuaire : Conseil "
                                  "portuaire\n",
                         LAST_FR);
}

/* A story sentence under the prompt: the prompt is the story's, and so is that sentence. */
static void
test_story_under_prompt (void)
{
  static const char *const after =
      "The board will meet again on 3 June 2024, when it will decide on the harbour's budget for "
      "the next two years and on the works on the northern quay.";
  g_autoptr (CmqRelease) release = import_ok (
      STORY_EN "See here: Minutes of the Harbour Board meeting. May 2024.\n\n"
               "The board will meet again on 3 June 2024, when it will decide on the harbour's "
               "budget for the next two years and on the works on the northern quay.\n");

  g_assert_true (has_paragraph (release, "See here: Minutes of the Harbour Board meeting. May "
                                         "2024."));
  g_assert_cmpstr (cmq_release_get_paragraphs (release)[n_paragraphs (release) - 1], ==, after);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found161/prompts-under-story", test_prompts_under_story);
  g_test_add_func ("/importer/found161/prompts-under-story-fr", test_prompts_under_story_fr);
  g_test_add_func ("/importer/found161/story-under-prompt", test_story_under_prompt);
  return g_test_run ();
}
