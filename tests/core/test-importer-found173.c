/* test-importer-found173.c: a site's disclaimer about its own article above the story is not the
 * story's start (issue 11: heldout6 wto-03, "CET ARTICLE a pour objet d'aider le public …" over
 * the story). The paragraph that names the article or page and says what it is for, in English
 * and French, is dropped from the story's head; a story that speaks of an article, or a
 * disclaimer with nothing under it, is kept whole.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_news_item (void)
{
  assert_first_paragraph (
      "Ministers agree on fisheries subsidies\n\n"
      "This news item is designed to help the public understand developments in the "
      "organization. While every effort has been made to ensure the contents are accurate, it "
      "does not prejudice members' positions.\n\n"
      "Ministers agreed on Friday to end subsidies that feed illegal fishing, after four days of "
      "talks in the capital.\n\n"
      "The agreement will enter into force once two thirds of the members have accepted it.\n",
      "Ministers agreed on Friday to end subsidies that feed illegal fishing, after four days of "
      "talks in the capital.");
}

static void
test_cet_article (void)
{
  assert_first_paragraph (
      "Les ministres s'accordent sur la pêche\n\n"
      "CET ARTICLE a pour objet d’aider le public à mieux comprendre les questions traitées par "
      "l’organisation. Il ne préjuge pas des positions des membres.\n\n"
      "Les ministres se sont accordés vendredi pour mettre fin aux subventions à la pêche "
      "illicite, après quatre jours de négociations.\n\n"
      "L’accord entrera en vigueur une fois accepté par les deux tiers des membres.\n",
      "Les ministres se sont accordés vendredi pour mettre fin aux subventions à la pêche "
      "illicite, après quatre jours de négociations.");
}

static void
test_story_of_an_article (void)
{
  assert_first_paragraph (
      "Parliament amends the press law\n\n"
      "This article of the press law is amended so that a newspaper must name its owners, the "
      "Parliament decided on Tuesday.\n\n"
      "The change will apply from the first of January next year.\n",
      "This article of the press law is amended so that a newspaper must name its owners, the "
      "Parliament decided on Tuesday.");
}

static void
test_alone (void)
{
  assert_first_paragraph ("Les ministres s'accordent sur la pêche\n\n"
                          "Cet article a pour objet de présenter l’accord conclu vendredi par "
                          "les ministres sur les subventions à la pêche illicite.\n",
                          "Cet article a pour objet de présenter l’accord conclu vendredi par "
                          "les ministres sur les subventions à la pêche illicite.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found173/news-item", test_news_item);
  g_test_add_func ("/importer/found173/cet-article", test_cet_article);
  g_test_add_func ("/importer/found173/story-of-an-article", test_story_of_an_article);
  g_test_add_func ("/importer/found173/alone", test_alone);
  return g_test_run ();
}
