/* test-importer-found24.c: the importer on synthetic pages that carry what issue 11's headline
 * misses showed in the eighteenth held-out set (heldout18 wwf-01, snb-01): a feed item's age
 * alone on its line between the headline and the story ("19 hours 7 min ago"), in the languages
 * the importer reads, is the page's, never the headline; a line cut after a conjunction ("Thomas
 * Jordan, Martin Schlegel et") and the line that ends it ("Andréa Maechler") are neither a
 * headline alone.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define HEADLINE "Regional council opens review of the river fishery after complaints"
#define STORY                                                                                      \
  "The certification of the river fishery has been placed on hold following concerns raised by "   \
  "the regional council that its impact on the fish stocks has not been fully examined.\n\n"       \
  "The independent adjudicator has now remanded the decision, and the certifier must now "         \
  "reconsider whether there is sufficient evidence that the fishery meets the standard.\n"

/* A feed aggregator's chrome over its item's headline. */
#define FEED_CHROME                                                                                \
  "You are here\n\nNews from the council\n\n"                                                      \
  "Subscribe to News from the council feed News from the council\n"                                \
  "News, publications and job feeds from the council\nUpdated: 5 hours 7 min ago\n\n"

/* The feed's chrome, the item's headline, then @age alone on its line right over the story's
 * wire dateline (where the line over a dateline is taken for the headline even when short): the
 * headline is found. */
static void
test_age_alone_under_headline (void)
{
  static const char *const ages[] = {
    "19 hours 7 min ago", "3 days ago",    "2 hours and 5 minutes ago",
    "il y a 3 heures",    "vor 2 Tagen",   "hace 5 horas",
    "2 ore fa",           "4 uur geleden",
  };

  for (guint i = 0; i < G_N_ELEMENTS (ages); i++)
    {
      g_autofree char *text =
          g_strconcat (FEED_CHROME HEADLINE "\n\n", ages[i],
                       "\nGLAND, Switzerland, 23 June 2017 \u2013 " STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, HEADLINE);
      g_assert_true (cmq_release_get_headline_found (release));
    }
}

/* A line naming a count of things that is no age ("3 days of talks"), or an age with more words
 * ("Talks ended 3 days ago"), is no age alone: it stays a headline. */
static void
test_not_age_alone (void)
{
  static const char *const lines[] = {
    "Three days of talks on the fishery end in agreement",
    "Talks on the river fishery ended 3 days ago",
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree char *text = g_strconcat (lines[i], "\n\n" STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, lines[i]);
      g_assert_true (cmq_release_get_headline_found (release));
    }
}

#define SPEECH                                                                                     \
  "Ladies and Gentlemen,\n\n"                                                                      \
  "I welcome you to the press conference of the central bank. After our introductory remarks, we " \
  "will be pleased, as usual, to answer the questions of the journalists.\n\n"                     \
  "Guaranteeing price stability remains the central objective of the bank, and our assessment "    \
  "of the economic situation took place in exceptional circumstances.\n"

/* Speakers' names wrapped after a conjunction, over a speech that has no headline: neither line
 * is taken for a headline, in English, French or German. */
static void
test_wrapped_names_no_headline (void)
{
  static const char *const names[][2] = {
    { "Thomas Jordan, Martin Schlegel and", "Andrea Maechler" },
    { "Thomas Jordan, Martin Schlegel et", "Andréa Maechler" },
    { "Thomas Jordan, Martin Schlegel und", "Andrea Maechler" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *text = g_strconcat ("Zurich, 23 March 2023\n\n", names[i][0], "\n\n",
                                           names[i][1], "\n\n" SPEECH, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_false (cmq_release_get_headline_found (release));
      g_assert_cmpstr (cmq_release_get_title (release), !=, names[i][1]);
    }
}

/* A headline over the wrapped names is still the headline. */
static void
test_headline_over_wrapped_names (void)
{
  const char *text = "Introductory remarks on the monetary policy assessment\n\n"
                     "Thomas Jordan, Martin Schlegel and\n\nAndrea Maechler\n\n" SPEECH;
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Introductory remarks on the monetary policy assessment");
  g_assert_true (cmq_release_get_headline_found (release));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer-found24/age-alone-under-headline", test_age_alone_under_headline);
  g_test_add_func ("/importer-found24/not-age-alone", test_not_age_alone);
  g_test_add_func ("/importer-found24/wrapped-names-no-headline", test_wrapped_names_no_headline);
  g_test_add_func ("/importer-found24/headline-over-wrapped-names",
                   test_headline_over_wrapped_names);
  return g_test_run ();
}
