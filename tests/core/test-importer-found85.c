/* test-importer-found85.c: the story's first line written as the headline again with a place and
 * a year after it (issue 11: heldout23 paris7-01, "Discours du Président … Denis Diderot. Station
 * de biologie végétale, Avon-Fontainebleau, le 23 novembre 2010.") is the standfirst, not the
 * story, which starts under it, in French and English; its tail is the dateline. Without a year,
 * or when nothing follows it, the line stays the story's. A first paragraph opening with a
 * summary's label ("Kurzfassung: …", heldout21 drk-01; "Summary:", "Résumé :") is a standfirst
 * too, when more of the story follows.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define FR_HEADLINE "Discours du Président pour la réunion des écoles doctorales de l'université"
#define EN_HEADLINE "Speech by the President at the meeting of the doctoral schools"
#define FR_STORY                                                                                   \
  "Je suis très heureux de pouvoir m'adresser à vous sur la question des écoles doctorales et " \
  "de leurs doctorants."
#define EN_STORY                                                                                   \
  "I am very glad to speak to you today about the doctoral schools and the students they train."

static void
check_first (const char *text, const char *first)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_paragraphs (release)[0], ==, first);
}

static void
test_standfirst (void)
{
  check_first (FR_HEADLINE
               "\n\nJean Dupont, Président de l'Université Denis Diderot – Paris 7.\n\n" FR_HEADLINE
               ". Station de biologie, Fontainebleau, le 23 novembre 2010.\n\n"
               "Chers collègues,\n\n" FR_STORY "\n",
               "Chers collègues,");
  check_first (EN_HEADLINE "\n\n" EN_HEADLINE " - London, 4 May 2015\n\n" EN_STORY "\n", EN_STORY);
}

static void
test_story (void)
{
  /* no year: the line may be the story's */
  check_first (EN_HEADLINE
               "\n\n" EN_HEADLINE
               " was held in the great hall of the university with all its deans.\n\n" EN_STORY
               "\n",
               EN_HEADLINE " was held in the great hall of the university with all its deans.");
  /* nothing under it: the only paragraph is kept */
  check_first (EN_HEADLINE "\n\n" EN_HEADLINE " in London in the spring of 2015 with its deans.\n",
               EN_HEADLINE " in London in the spring of 2015 with its deans.");
}

static void
test_summary (void)
{
  check_first (EN_HEADLINE "\n\nSummary: The President spoke to the doctoral schools about their "
                           "students and their future.\n\n" EN_STORY "\n",
               EN_STORY);
  check_first (FR_HEADLINE "\n\nRésumé : Le président a parlé aux écoles doctorales de leurs "
                           "doctorants et de leur avenir.\n\n" FR_STORY "\n",
               FR_STORY);
  /* the only paragraph stays */
  check_first (EN_HEADLINE "\n\nSummary: The President spoke to the doctoral schools about their "
                           "students and their future.\n",
               "Summary: The President spoke to the doctoral schools about their students and "
               "their future.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found85/standfirst", test_standfirst);
  g_test_add_func ("/importer/found85/story", test_story);
  g_test_add_func ("/importer/found85/summary", test_summary);
  return g_test_run ();
}
