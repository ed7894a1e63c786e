/* test-importer-found143.c: a place and a full date alone on their line among a document's head
 * lines (issue 11, heldout30 martinique-01): "Fort-de-France, le 1 juin 2016" above the kind, the
 * headline and the press contacts of a PDF dates the release, not the law the lead cites; two
 * such lines above the story date nothing.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY_FR                                                                                       \
  "Le conseil créé par la loi du 22 février 2012 voit sa composition fixée par le décret du 28 "  \
  "mars 2014.\n"                                                                                       \
  "Le directeur général installera le conseil à la préfecture. Il est composé de représentants " \
  "des collectivités locales et des grands ports maritimes.\n"

static void
test_place_date_in_head_fr (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Dossier de presse - Les services de l'État\n"
                 "Fort-de-France, le 1 juin 2016\nDossier de presse\n"
                 "Installation du conseil de coordination interportuaire\n"
                 "Contacts réservés aux médias :\nNathalie Martin, 05-96-39-39-20 ou "
                 "06-96-23-19-93\n" STORY_FR);

  g_assert_cmpstr (cmq_release_get_date (release), ==, "2016-06-01");
}

static void
test_place_date_in_head (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Press kit - The State's services\nPort Louis, 1 June 2016\nPress kit\n"
      "Installation of the port coordination council\nMedia contacts:\nJane Martin, 05-96-39-39-20 "
      "or 06-96-23-19-93\n"
      "The council created by the law of 22 February 2012 has its membership set by the decree "
      "of 28 March 2014.\n"
      "The director general will install the council at the prefecture. It is made of "
      "representatives of the local authorities and of the great sea ports.\n");

  g_assert_cmpstr (cmq_release_get_date (release), ==, "2016-06-01");
}

static void
test_two_place_dates (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Dossier de presse - Les services de l'État\n"
                 "Fort-de-France, le 1 juin 2016\nBasse-Terre, le 3 juin 2016\n"
                 "Dossier de presse\nInstallation du conseil de coordination interportuaire\n"
                 "Contacts réservés aux médias :\nNathalie Martin, 05-96-39-39-20 ou "
                 "06-96-23-19-93\n" STORY_FR);

  /* the line next to the head is read as its dateline; the first of two is not the page's */
  g_assert_cmpstr (cmq_release_get_date (release), !=, "2016-06-01");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found143/place-date-in-head-fr", test_place_date_in_head_fr);
  g_test_add_func ("/importer/found143/place-date-in-head", test_place_date_in_head);
  g_test_add_func ("/importer/found143/two-place-dates", test_two_place_dates);
  return g_test_run ();
}
