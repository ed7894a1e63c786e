/* test-importer-found40.c: every item of a list in the story is the story's, not a caption
 * (issue 11): the items under the one a colon announces (heldout17 ecowas-01, names of heads of
 * state without a full stop), and a run of items ending with semicolons that opens a speech
 * under a paragraph (heldout7 ilo-01, "Chairperson of the Governing Body Ambassador Adejola;").
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_items_after_colon (void)
{
  static const char *const items[] = {
    "S. E. M. Thomas Boni YAYI, Président de la République du Bénin",
    "S. E. M. Michel KAFANDO, Président par Intérim du Burkina Faso",
    "S.E.M. John Dramani MAHAMA, Président de la République du Ghana",
    "S. E. M. Mahamadou ISSOUFOU, Président de la République du Niger",
  };
  g_autofree char *text = g_strdup_printf (
      "La session ordinaire de la Conférence des chefs d'Etat s'est tenue le 15 décembre 2014 à "
      "Abuja, sous la présidence du Président de la République du Ghana.\n\n"
      "Les chefs d'Etat ont examiné la situation de la région et adopté le budget de la "
      "communauté pour l'année à venir.\n\n"
      "Etaient présents à cette session les chefs d'Etat suivants:\n\n"
      "%s\n\n%s\n\n%s\n\n%s\n\n"
      "La Conférence a remercié le pays hôte pour son accueil chaleureux et fraternel.\n",
      items[0], items[1], items[2], items[3]);
  g_autoptr (CmqRelease) release = import_ok (text);

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    g_assert_true (has_paragraph (release, items[i]));
}

static void
test_semicolon_items_under_paragraph (void)
{
  static const char *const items[] = {
    "Chairperson of the Governing Body Ambassador Adejola;",
    "Employer Vice Chairperson Ms Renate Hornung-Draus;",
    "Members of the Governing Body;",
  };
  g_autofree char *text = g_strdup_printf (
      "The Director-General opened the session of the Governing Body in Geneva on 30 October "
      "2023 with an address to its members.\n\n"
      "He began by greeting the officers of the Governing Body and its members in turn.\n\n"
      "%s\n\n%s\n\n%s\n\nLadies and gentlemen,\n\n"
      "Like others, I welcome you to this session of the Governing Body in difficult times.\n\n"
      "Since our last meeting in June, the number of crises we are facing has only grown, and "
      "the work before us is great.\n",
      items[0], items[1], items[2]);
  g_autoptr (CmqRelease) release = import_ok (text);

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    g_assert_true (has_paragraph (release, items[i]));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found40/items-after-colon", test_items_after_colon);
  g_test_add_func ("/importer/found40/semicolon-items-under-paragraph",
                   test_semicolon_items_under_paragraph);
  return g_test_run ();
}
