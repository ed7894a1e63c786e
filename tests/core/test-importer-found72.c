/* test-importer-found72.c: a repost site's tagline above the release's head (issue 11: heldout22
 * pvda-01, heldout21 acf-01). A sentence-like paragraph that stands above a headline and the
 * release's own dateline, a place and its date alone on their line ("Den Haag, 7 oktober 1999"),
 * is the site's tagline: the story starts under the dateline and the date is the dateline's, in
 * every language whose datelines the date code reads. A long headline with no final stop over a
 * release-date line is no tagline: it stays the title.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "The province has gone badly wrong in how it handled public money that was never meant for "     \
  "such risks. Things were kept quiet where openness was required.\n\n"                            \
  "The decision of the four provincial officials to resign was heavy but right and necessary, "    \
  "the group believes.\n"

#define REPOST(dateline)                                                                           \
  "Notes Service\n\n"                                                                              \
  "Writes, screens and spreads press releases for journalism, search and social media. The "       \
  "starting point to make your news known.\n\n"                                                    \
  "The party group speaks on the provincial banking affair\n\n"                                    \
  "Find similar releases\n\n" dateline "\n\n" STORY

static void
check_repost (const char *text, const char *date)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_date (release), ==, date);
  g_assert_cmpstr (cmq_release_get_date_evidence (release), ==, "dateline");
  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "The province has"));
}

static void
test_tagline_over_dateline (void)
{
  check_repost (REPOST ("Den Haag, 7 oktober 1999"), "1999-10-07");
  check_repost (REPOST ("Berlin, 7. Oktober 1999"), "1999-10-07");
  check_repost (REPOST ("Madrid, 7 de octubre de 1999"), "1999-10-07");
  check_repost (REPOST ("Roma, 7 ottobre 1999"), "1999-10-07");
  check_repost (REPOST ("Rio de Janeiro, 7 de outubro de 1999"), "1999-10-07");
  check_repost (REPOST ("Warszawa, 7 października 1999 r."), "1999-10-07");
  check_repost (REPOST ("Paris, le 7 octobre 1999"), "1999-10-07");
  check_repost (REPOST ("London, 7 October 1999"), "1999-10-07");
}

/* A story's first paragraph over a place and a date that no line of a head stands above is the
 * story: it is kept. */
static void
test_story_over_dateline_kept (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "The party group speaks on the provincial banking affair\n\n"
      "Writes, screens and spreads press releases for journalism, search and social media. The "
      "starting point to make your news known.\n\n"
      "Den Haag, 7 oktober 1999\n\n" STORY);

  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "Writes, screens"));
}

#define LONG_HEADLINE                                                                              \
  "WORLD FOOD DAY: Faced with the growing number of crises, the organisation calls for a wide "    \
  "mobilisation to break the vicious circle of indifference to hunger in the world and in the "    \
  "countries it strikes hardest"

static void
test_long_headline_over_date (void)
{
  assert_import_field (
      LONG_HEADLINE "\n"
                    "Publié le 07 octobre 2009 par Cmasson\n"
                    "Ahead of World Food Day on 16 October, the organisation calls for a wide "
                    "mobilisation to denounce the indifference that the worsening of hunger meets. "
                    "Since it was founded thirty years ago, it has seen the number of victims "
                    "double.\n",
      title, LONG_HEADLINE);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found72/tagline-over-dateline", test_tagline_over_dateline);
  g_test_add_func ("/importer/found72/story-over-dateline-kept", test_story_over_dateline_kept);
  g_test_add_func ("/importer/found72/long-headline-over-date", test_long_headline_over_date);
  return g_test_run ();
}
