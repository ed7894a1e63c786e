/* test-importer-found42.c: the head of a speech over a long salutation (issue 11: heldout7
 * ilo-01). The salutation's lines are the story's, so they do not use up the lines in which the
 * importer looks for the page's kind, date and headline; and a kicker over the headline (the
 * meeting or the series it belongs to, every long word of it written again in the headline) is
 * not taken for a headline over its subtitle.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define HEADLINE "Opening address of the Director-General to the 212th session of the Council"

static const char *const salutation[] = {
  "Chairperson of the Council, Ambassador Okafor;",
  "Vice-Chairperson Ms Hartmann;",
  "Vice-Chairperson Mr Lindqvist;",
  "Members of the Council;",
  "Ladies and gentlemen,",
};

static const char *const body =
    "Like others, I welcome you to this session of the Council in difficult times for all.\n\n"
    "Since our last meeting in June, the number of crises we are facing has only grown, and "
    "the work before us is great.\n";

/* Five lines of salutation between the kind and date line and the first paragraph: the
 * headline above them is still found, and is no paragraph. */
static void
test_long_salutation (void)
{
  g_autofree char *text = g_strdup_printf (
      HEADLINE "\n\nStatement | 30 October 2023\n%s\n%s\n%s\n%s\n%s\n\n%s", salutation[0],
      salutation[1], salutation[2], salutation[3], salutation[4], body);
  g_autoptr (CmqRelease) release = import_ok (text);
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpstr (cmq_release_get_title (release), ==, HEADLINE);
  g_assert_cmpstr (paragraphs[0], ==, salutation[0]);
  g_assert_cmpuint (n_paragraphs (release), ==, G_N_ELEMENTS (salutation) + 2);
}

/* The meeting's name over the headline is a kicker: the headline stays the title. */
static void
test_kicker_over_headline (void)
{
  g_autofree char *text = g_strdup_printf ("212th Session of the Council\n\n" HEADLINE
                                           "\n\nStatement | 30 October 2023\n%s\n\n%s",
                                           salutation[4], body);
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_title (release), ==, HEADLINE);
  g_assert_cmpstr (cmq_release_get_paragraphs (release)[0], ==, salutation[4]);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found42/long-salutation", test_long_salutation);
  g_test_add_func ("/importer/found42/kicker-over-headline", test_kicker_over_headline);
  return g_test_run ();
}
