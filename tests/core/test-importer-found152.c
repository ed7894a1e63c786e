/* test-importer-found152.c: a standfirst that opens with the headline's words and runs on from
 * them with no mark between (issue 11: heldout28 fff-01, "Communiqué de la Fédération Française
 * de Football à la suite du Comité exécutif qui s'est déroulé le vendredi 3 avril 2020." under
 * "COMMUNIQUÉ DE LA FÉDÉRATION FRANÇAISE DE FOOTBALL") is a sentence of its own, the story's
 * first paragraph, in French and English; the headline written again, then set apart by a full
 * stop from a place and a date, is still the dateline's.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_runs_on_french (void)
{
  assert_first_paragraph ("COMMUNIQUÉ DE LA FÉDÉRATION FRANÇAISE DE FOOTBALL\n\n"
                          "Communiqué de la Fédération Française de Football à la suite du "
                          "Comité exécutif qui s'est déroulé le vendredi 3 avril 2020.\n\n"
                          "La Fédération, à l'issue d'un Comité exécutif qui s'est déroulé ce "
                          "matin, tient à rappeler que la priorité est la santé de tous.\n\n"
                          "Les championnats restent suspendus jusqu'à nouvel ordre.\n",
                          "Communiqué de la Fédération Française de Football à la suite du "
                          "Comité exécutif qui s'est déroulé le vendredi 3 avril 2020.");
}

static void
test_runs_on_english (void)
{
  assert_first_paragraph ("STATEMENT OF THE NATIONAL RUGBY UNION\n\n"
                          "Statement of the National Rugby Union after the board meeting held "
                          "on Friday 3 April 2020.\n\n"
                          "The Union's board met this morning and decided that the season will "
                          "not resume before the summer.\n\n"
                          "Clubs will be told of the next steps next week.\n",
                          "Statement of the National Rugby Union after the board meeting held "
                          "on Friday 3 April 2020.");
}

/* the headline's copy set apart by a full stop from a place and a date: not the story */
static void
test_set_apart_dropped (void)
{
  assert_first_paragraph ("Discours du Président pour la réunion de l'institut des écoles "
                          "doctorales\n\n"
                          "Discours du Président pour la réunion de l'institut des écoles "
                          "doctorales. Station de biologie végétale, Avon-Fontainebleau, le 23 "
                          "novembre 2010.\n\n"
                          "Chers collègues, je suis heureux de vous accueillir aujourd'hui pour "
                          "cette réunion de l'institut.\n\n"
                          "Nous parlerons de l'avenir des écoles doctorales.\n",
                          "Chers collègues, je suis heureux de vous accueillir aujourd'hui pour "
                          "cette réunion de l'institut.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found152/runs-on-french", test_runs_on_french);
  g_test_add_func ("/importer/found152/runs-on-english", test_runs_on_english);
  g_test_add_func ("/importer/found152/set-apart-dropped", test_set_apart_dropped);
  return g_test_run ();
}
