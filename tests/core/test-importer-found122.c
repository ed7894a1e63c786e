/* test-importer-found122.c: a repost's head glued to its story (issue 11). A repost site's page
 * title, the statement's first words and the site's name ("Update on Status of Embassies and
 * Consulates Press Statement Jen - TopicsExpress"), over the statement in one line, its headline,
 * label, byline, place and date glued to the story (heldout26 state-01): the headline is the
 * title's words up to the kind label, without the site's name, and the label gives the kind, in
 * English and French. A line that opens with the title's words but holds no place and date is
 * left whole. The end of a tag's style left in the text under the story ('"margin-left:0px;
 * min-height:30px;"> Christmas Appeal 2014 …', under "Trending Topics") is markup, never the
 * story's: the story ends above it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_repost_en (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Update on Status of Embassies and Consulates Press Statement Jen - Reposts\n\n"
      "Update on Status of Embassies and Consulates Press Statement Jen Psaki "
      "Spokesperson, Office of the Spokesperson Washington, DC August 9, 2013 On Sunday, "
      "August 11, the Department will re-open 18 of the 19 embassies that were closed. "
      "We will continue to evaluate the threats and decide about the others.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Update on Status of Embassies and Consulates");
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "statement");
}

static void
test_repost_fr (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Point sur la réouverture des ambassades Communiqué de presse Jean - Reprises\n\n"
                 "Point sur la réouverture des ambassades Communiqué de presse Jean Dupont, "
                 "porte-parole du ministère Paris, 9 août 2013 Dimanche 11 août, le ministère "
                 "rouvrira dix-huit des dix-neuf ambassades fermées. Nous continuerons d'évaluer "
                 "les menaces avant de décider pour les autres.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==, "Point sur la réouverture des ambassades");
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "press release");
}

static void
test_undated_line (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Update on Status of Embassies and Consulates Press Statement - Reposts\n\n"
                 "Update on Status of Embassies and Consulates Press Statement will be given by "
                 "the Department on Sunday, and the embassies that were closed will re-open.\n");

  g_assert_true (has_paragraph (release,
                                "Update on Status of Embassies and Consulates Press Statement will "
                                "be given by the Department on Sunday, and the embassies that were "
                                "closed will re-open."));
}

static void
test_markup_end (void)
{
  assert_last_paragraph ("Embassies re-open on Sunday\n\n"
                         "On Sunday the Department of State will re-open 18 of the 19 embassies "
                         "and consulates that were closed recently.\n"
                         "We will continue to evaluate the threats to the last one.\n"
                         "Posted on: Mon, 12 Aug 2013 00:56:42 +0000\n\n"
                         "Trending Topics\n\n"
                         "\"margin-left:0px; min-height:30px;\"> Christmas Appeal 2014 This is "
                         "the story of Amelia, who was helped by the appeal last winter in town\n"
                         "In this stunning edition of the magazine we share the\n",
                         "We will continue to evaluate the threats to the last one.");
}

static void
test_markup_end_fr (void)
{
  assert_last_paragraph ("Les ambassades rouvrent dimanche\n\n"
                         "Dimanche, le ministère rouvrira dix-huit des dix-neuf ambassades qui "
                         "avaient été fermées ces derniers jours.\n"
                         "Nous continuerons d'évaluer les menaces pour la dernière.\n\n"
                         "Sujets populaires\n\n"
                         "\"margin-left:0px; min-height:30px;\"> Appel de Noël 2014 Voici "
                         "l'histoire d'Amélie, que l'appel a aidée l'hiver dernier dans sa ville\n",
                         "Nous continuerons d'évaluer les menaces pour la dernière.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found122/repost-en", test_repost_en);
  g_test_add_func ("/importer/found122/repost-fr", test_repost_fr);
  g_test_add_func ("/importer/found122/undated-line", test_undated_line);
  g_test_add_func ("/importer/found122/markup-end", test_markup_end);
  g_test_add_func ("/importer/found122/markup-end-fr", test_markup_end_fr);
  return g_test_run ();
}
