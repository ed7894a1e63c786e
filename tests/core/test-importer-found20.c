/* test-importer-found20.c: the importer on synthetic pages that carry headline shapes the
 * held-out sets found missed, as classes: a headline written as a sentence over its deck, the
 * line under it that says more, with no word in common, under the page's chrome only or over the
 * page's date line.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

/* A story that a dateline opens. */
#define DATELINE_STORY                                                                             \
  "Rome, 3 January 2012 - Two days after taking office, the new Director-General announced at "    \
  "his first press conference that the work against hunger would be his first priority.\n\n"       \
  "He told journalists that there was no time to lose, and that the organisation would first "     \
  "step up its support to the poorest countries.\n"

/* A story under the page's date line and a heading of its own. */
#define DATED_STORY                                                                                \
  "Published on 20 June 2024\n\nSummary, June 2024\n\n"                                            \
  "The Committee sets policy to meet the 2% inflation target, and in a way that helps to "         \
  "sustain growth and employment. At its meeting ending on 19 June 2024, it voted by a majority "  \
  "of 7–2 to maintain the rate at 5.25%.\n\n"                                                    \
  "Twelve-month inflation fell to 2.0% in May from 3.2% in March, close to the projection made "   \
  "in May.\n"

/* A headline and its deck, in the languages the importer reads: the headline written as a
 * sentence (a verb in lower case), the two sharing no word. */
static const char *const decks[][2] = {
  { "Il nuovo Direttore Generale rafforza l’impegno per l’eliminazione della fame nel mondo",
    "Necessario aumentare il sostegno ai paesi più poveri" },
  { "Bank Rate maintained at 5.25% - June 2024",
    "Monetary Policy Summary and minutes of the Monetary Policy Committee meeting" },
  { "Le nouveau directeur général renforce la lutte contre la faim dans le monde",
    "Un soutien accru aux pays les plus pauvres" },
  { "Neue Generaldirektorin verstärkt den Einsatz gegen den Hunger in der Welt",
    "Mehr Unterstützung für die ärmsten Länder" },
};

/* "Home > Media > News" / "Il nuovo Direttore Generale … rafforza …" / "Necessario aumentare …"
 * / "Rome, 3 January 2012 - …" (heldout7 fao-01): the line that opens the page under its chrome,
 * a breadcrumb among it, is the headline; the line under it its deck, not the headline. */
static void
test_sentence_headline_over_deck (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (decks); i++)
    {
      g_autofree char *text = g_strconcat ("Home > Media > News\n\n", decks[i][0], "\n\n",
                                           decks[i][1], "\n\n", DATELINE_STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, decks[i][0]);
    }
}

/* "Bank Rate maintained …" / "Monetary Policy Summary and minutes …" / "Published on 20 June
 * 2024" / "Monetary Policy Summary, June 2024" (heldout11 boe-02): over the page's date line, the
 * headline is the line over the deck just above it. */
static void
test_sentence_headline_over_deck_and_date (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (decks); i++)
    {
      g_autofree char *text =
          g_strconcat (decks[i][0], "\n\n", decks[i][1], "\n\n", DATED_STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, decks[i][0]);
    }
}

/* Over the headline, the site's name (in Title Case, in capitals, or a known organisation's
 * name written in sentence case), its greeting, a kind line, the page's furniture or a category
 * page's title are never the headline, whether the story opens with a dateline or under the
 * page's date line; nor is a line speaking to the reader ("Subscribe to our newsletter …"). */
static void
test_decoys_over_headline_stay (void)
{
  static const char *const decoys[] = {
    "Ministry of Foreign Affairs of the Republic",
    "MINISTRY OF DEFENCE OF THE REPUBLIC",
    "Ministère de l'Europe et des Affaires étrangères",
    "Willkommen auf den Seiten des Auswärtigen Amts",
    "Welcome to the website of the Ministry",
    "News Release Article from National Defence and the Canadian Armed Forces",
    "Skip to content Go to main navigation Go to language selector",
    "Archivi categoria: Presidenza della Repubblica",
    "Subscribe to our newsletter and stay informed",
    "Your account settings have been saved successfully",
    "Abonnez-vous à notre lettre d'information hebdomadaire",
    "NATO MULTIMEDIA ACCOUNT SeTtings",
    "Didn't receive a verification code? Send a new code",
  };
  const char *const headline = "Necessario aumentare il sostegno ai paesi più poveri";

  for (guint i = 0; i < G_N_ELEMENTS (decoys); i++)
    for (guint dated = 0; dated < 2; dated++)
      {
        g_autofree char *text = g_strconcat (decoys[i], "\n\n", headline, "\n\n",
                                             dated ? DATED_STORY : DATELINE_STORY, NULL);
        g_autoptr (CmqRelease) release = import_ok (text);

        g_assert_cmpstr (cmq_release_get_title (release), ==, headline);
      }
}

/* The story's first sentence is never taken for the headline over a deck: a line ending with a
 * full stop over a short line is the story's, and the short line the headline. */
static void
test_first_sentence_stays_story (void)
{
  g_autofree char *text = g_strconcat (
      "Home > Media > News\n\nNecessario aumentare il sostegno ai paesi più poveri\n\n",
      "The new Director-General said today that the work against hunger comes first.\n\n",
      DATELINE_STORY, NULL);
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Necessario aumentare il sostegno ai paesi più poveri");
}

/* A headline over the story's lead, the lead cut by a line of the page ("« Retour »"), then
 * paragraphs with later dates: the lead, which states the release's date, is no deck, and its
 * date stays the release's, not a later paragraph's (importer-golden, 42 mutated NATO pages). */
static void
test_lead_under_headline_keeps_date (void)
{
  static const char *const leads[][2] = {
    { "On Friday (27 April 2001), the Secretary General thanked the Defence Minister for the "
      "contributions to the air policing mission in the Balt",
      "2001-04-27" },
    { "Le vendredi 27 avril 2001, le Secrétaire général a remercié le ministre de la Défense pour "
      "sa contribution à la mission de police du ciel dans la Balt",
      "2001-04-27" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (leads); i++)
    {
      g_autofree char *text = g_strconcat (
          "Your password has been updated\n\nThe minister meets the ambassador in Velroeskan\n\n",
          leads[i][0],
          "\n« Retour »\nic region, and the training mission. He also praised the armed forces "
          "for their support to civilian efforts during the pandemic, with equipment and "
          "transport.\n\nThe new Secretary General took up his duties on 5 January 2004, "
          "beginning an initial four-year term in office.\n\nMinisters met in Brussels on 14 "
          "February 2023 to strengthen the deterrence and defence of the Alliance.\n",
          NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_date (release), ==, leads[i][1]);
    }
}

/* The page's chrome over the headline: a phrase of the chrome table with words changed (a
 * tagline) and a picture's caption, a sentence ended, a number after it. Neither is the headline
 * over a deck, as the line under it is not a deck but the headline (importer-golden: mutated
 * NATO pages). */
static void
test_chrome_over_headline_stays (void)
{
  static const char *const chrome[] = {
    "Access NATO’s broadcast-quality video and photo content free of charge",
    "Jens Stoltenberg, Secretary General of NATO, at the meeting. 2",
  };

  for (guint i = 0; i < G_N_ELEMENTS (chrome); i++)
    {
      g_autofree char *text = g_strconcat (
          "Home > Media > News\n\n", chrome[i],
          "\n\nThe minister meets the ambassador in Velroeskan\n\n", DATELINE_STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==,
                       "The minister meets the ambassador in Velroeskan");
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/sentence-headline-over-deck", test_sentence_headline_over_deck);
  g_test_add_func ("/importer/sentence-headline-over-deck-and-date",
                   test_sentence_headline_over_deck_and_date);
  g_test_add_func ("/importer/decoys-over-headline-stay", test_decoys_over_headline_stay);
  g_test_add_func ("/importer/first-sentence-stays-story", test_first_sentence_stays_story);
  g_test_add_func ("/importer/chrome-over-headline-stays", test_chrome_over_headline_stays);
  g_test_add_func ("/importer/lead-under-headline-keeps-date", test_lead_under_headline_keeps_date);
  return g_test_run ();
}
