/* test-importer-found54.c: where a story starts (issue 11: heldout11 sachsen-anhalt-01). A page
 * saved with its head on one line: the page's title, then the office, kind and number, the place
 * and date, the headline written again and the story's first sentence, all glued. The headline's
 * copy cuts the line: the label over it is the head's (its kind and its dateline read as on lines
 * of their own), the story starts after it. A headline written twice is not the subtitle of the
 * dated line above its copy.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

static void
check_glued_head (const char *text, const char *title, const char *lead, const char *date)
{
  g_autoptr (CmqRelease) release = import_ok (text);
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpstr (cmq_release_get_title (release), ==, title);
  g_assert_true (g_str_has_prefix (paragraphs[0], lead));
  g_assert_cmpstr (cmq_release_get_date (release), ==, date);
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "press release");
}

static void
test_glued_head (void)
{
  check_glued_head (
      "Minister opens the new harbour bridge\n"
      "Ministry of Transport - Press release No.: 112/04 Bristol, 14 March 2004 Minister opens "
      "the new harbour bridge The Minister of Transport opened the new harbour bridge this "
      "morning, three months ahead of the planned date and within its budget. The bridge will "
      "carry twelve thousand vehicles a day. Work on the approach roads ended last week.\n",
      "Minister opens the new harbour bridge", "The Minister of Transport opened", "2004-03-14");
  check_glued_head (
      "Le préfet inaugure le nouveau pont du port\n"
      "Préfecture de la Gironde - Communiqué de presse n° 45/2004 Bordeaux, le 14 mars 2004 Le "
      "préfet inaugure le nouveau pont du port Le préfet de la Gironde a inauguré ce matin le "
      "nouveau pont du port, trois mois avant la date prévue et sans dépasser son budget. Le "
      "pont portera douze mille véhicules par jour. Les travaux des accès ont pris fin.\n",
      "Le préfet inaugure le nouveau pont du port", "Le préfet de la Gironde a inauguré",
      "2004-03-14");
}

/* The headline's words inside a sentence of the story do not cut it. */
static void
test_headline_words_in_story (void)
{
  static const char text[] =
      "Minister opens the new harbour bridge\n\n"
      "Bristol, 14 March 2004 - The Minister said that the ceremony went well. Minister opens "
      "the new harbour bridge The crowd cheered, said the mayor, who spoke after the Minister and "
      "thanked the workers who built the bridge in less than two years.\n";
  g_autoptr (CmqRelease) release = import_ok (text);
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_true (g_str_has_prefix (paragraphs[0], "Bristol, 14 March 2004 - The Minister said") ||
                 g_str_has_prefix (paragraphs[0], "The Minister said that the ceremony"));
  g_assert_nonnull (strstr (paragraphs[0], "The crowd cheered"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found54/glued-head", test_glued_head);
  g_test_add_func ("/importer/found54/headline-words-in-story", test_headline_words_in_story);
  return g_test_run ();
}
