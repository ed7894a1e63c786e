/* test-importer-found120.c: a headline that asks a question (issue 11). "Quel dispositif pour une
 * disparition inquiétante ?" alone over the bullets "Par la capitaine …" and "Publié le 26
 * février 2018" (heldout26 gendarmerie-01): the question is the headline, the date line the
 * release's date, the line over a picture's bare credit its caption, and the story starts under
 * them, in English and French. A question that opens the story, with no byline or date under it,
 * stays the story's.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define FR_STORY                                                                                      \
  "Près de 11 000 disparitions sont qualifiées d'inquiétantes chaque année et font l'objet d'un " \
  "dispositif de recherche adapté."

static void
test_question_fr (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Quel dispositif pour une disparition inquiétante ?\n\n"
                 "  • Par la capitaine Gaëlle Pupin\n"
                 "  • Publié le 26 février 2018\n"
                 "Dès qu'une disparition est signalée, la gendarmerie déploie un dispositif de "
                 "recherche. (photo d'illustration)\n"
                 "© Major F. Balsamo\n\n" FR_STORY "\n\n"
                 "Le lycée ne l'a pas vue de la matinée et elle reste injoignable depuis lors.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Quel dispositif pour une disparition inquiétante ?");
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2018-02-26");
  g_assert_cmpstr (cmq_release_get_paragraphs (release)[0], ==, FR_STORY);
  g_assert_cmpuint (n_paragraphs (release), ==, 2);
}

static void
test_question_en (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("What happens when someone goes missing?\n\n"
                 "By Captain Jane Doe\n"
                 "Published on 26 February 2018\n\n"
                 "Nearly 11,000 disappearances are judged worrying every year and lead to a search "
                 "fitted to the person's circumstances.\n\n"
                 "The first hours of the inquiry decide how the search is led.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==, "What happens when someone goes missing?");
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2018-02-26");
  g_assert_cmpstr (cmq_release_get_paragraphs (release)[0], ==,
                   "Nearly 11,000 disappearances are judged worrying every year and lead to a "
                   "search fitted to the person's circumstances.");
}

static void
test_question_opens_story (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Have you seen or heard anything in the night?\n\n"
                 "The police ask anyone who was in the street that night to call them, whatever "
                 "they saw or heard, even when it seemed of no importance at the time.\n\n"
                 "Appeals form a vital part of every investigation plan.\n");

  g_assert_true (has_paragraph (release, "Have you seen or heard anything in the night?"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found120/question-fr", test_question_fr);
  g_test_add_func ("/importer/found120/question-en", test_question_en);
  g_test_add_func ("/importer/found120/question-opens-story", test_question_opens_story);
  return g_test_run ();
}
