/* test-importer-found155.c: a headline written again on the next line after a short label that
 * files it opens the page (issue 11: heldout28 ivoire-01, "Côte d’Ivoire/ " before the copy, a
 * ticker of the site's other headlines above): the first is the headline, even ending with a
 * full stop, the copy is not the story, and a line without a single full stop above them is the
 * site's. A story's first paragraph that ends with a full stop is never passed over.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define TICKER                                                                                     \
  "Sudan: the army takes power in Khartoum    Malaria: a vaccine brings hope    Mali: the "        \
  "envoy of the regional bloc declared persona non grata    Kenya: the murder of an athlete "      \
  "shocks the country    Burkina Faso: the trial of the killing of Thomas Sankara resumes\n\n"

#define ITEM                                                                                       \
  "The President received the Foreign Minister of Morocco.\n\n"                                    \
  "Politics/ The President received the Foreign Minister of Morocco.\n\n"                          \
  "The President of the Republic received on Monday 23 January 2017, at his residence, the "       \
  "Foreign Minister of Morocco, who brought him a message from the King.\n\n"                      \
  "They reviewed the relations between the two countries.\n"

static void
test_ticker_over_labelled_copy (void)
{
  g_autoptr (CmqRelease) release = import_ok (TICKER ITEM);

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "The President received the Foreign Minister of Morocco.");
  g_assert_true (cmq_release_get_headline_found (release));
  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0],
                                   "The President of the Republic received"));
}

static void
test_labelled_copy_alone (void)
{
  g_autoptr (CmqRelease) release = import_ok (ITEM);

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "The President received the Foreign Minister of Morocco.");
  g_assert_cmpuint (n_paragraphs (release), ==, 2);
}

/* a first paragraph with a full stop above the pair: the story's, kept */
static void
test_story_above_kept (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("The President of the Republic received on Monday 23 January 2017, at his "
                 "residence, the Foreign Minister of Morocco. They spoke for an hour.\n\n" ITEM);

  g_assert_true (has_paragraph (release, "The President of the Republic received on Monday 23 "
                                         "January 2017, at his residence, the Foreign Minister "
                                         "of Morocco. They spoke for an hour."));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found155/ticker-over-labelled-copy", test_ticker_over_labelled_copy);
  g_test_add_func ("/importer/found155/labelled-copy-alone", test_labelled_copy_alone);
  g_test_add_func ("/importer/found155/story-above-kept", test_story_above_kept);
  return g_test_run ();
}
