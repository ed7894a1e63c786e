/* test-importer-found115.c: a story's edges that are the page's (issue 11): under the story, a line
 * announcing related content ("Sur le même sujet, vous pouvez également consulter nos
* articles:", heldout25 brive-01; "See also our earlier releases on the programme:") is not its
 * last paragraph; above it, a kind's line with an aside in brackets ("Communiqué de presse (la
 * presse relaiera-t-elle ?)", heldout25 moutiers-01) is not its first. In English and French.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_meme_sujet (void)
{
  assert_last_paragraph (
      "La maternité de l'hôpital sera agrandie\n\n"
      "Le directeur de l'hôpital a annoncé hier l'agrandissement de la maternité, qui "
      "accueillera dix lits de plus dès l'an prochain.\n\n"
      "Les travaux dureront un an et coûteront deux millions d'euros, a précisé le "
      "directeur.\n\n"
      "Sur le même sujet, vous pouvez également consulter nos articles:",
      "Les travaux dureront un an et coûteront deux millions d'euros, a précisé le directeur.");
}

static void
test_see_also (void)
{
  assert_last_paragraph ("City Awards Its Volunteers\n\n"
                         "The city thanked forty volunteers on Monday for their work at the food "
                         "bank during the winter.\n\n"
                         "The mayor said the food bank could not open without them.\n\n"
                         "See also our earlier releases on the programme:\n",
                         "The mayor said the food bank could not open without them.");
}

/* A blog engine's related posts under the story, titled and teased ("Articles connexes",
 * heldout29 martineglise-01; "Ähnliche Beiträge", "Articoli correlati") */
static void
test_related_posts (void)
{
  assert_last_paragraph ("Installation des gens du voyage\n\n"
                         "Dimanche, une centaine de caravanes se sont installées sur l'un des "
                         "stades de la commune.\n"
                         "La mairie n'a en aucun cas donné son accord pour leur venue.\n"
                         "Articles connexes\n"
                         "Cérémonie du 8 mai\n"
                         "Cette cérémonie était l'occasion de rendre hommage aux soldats tués "
                         "pendant la seconde guerre mondiale.\n"
                         "Exposition de loisirs créatifs\n"
                         "L'exposition présentée par quatre habitantes se tiendra les 21 et 22 "
                         "mai.\n",
                         "La mairie n'a en aucun cas donné son accord pour leur venue.");
  assert_last_paragraph ("Stadt ehrt ihre Ehrenamtlichen\n\n"
                         "Die Stadt hat am Montag vierzig Ehrenamtlichen für ihre Arbeit bei der "
                         "Tafel gedankt.\n\n"
                         "Ohne sie könne die Tafel nicht öffnen, sagte die Bürgermeisterin.\n\n"
                         "Ähnliche Beiträge\n\n"
                         "Neue Öffnungszeiten der Bibliothek ab März\n",
                         "Ohne sie könne die Tafel nicht öffnen, sagte die Bürgermeisterin.");
}

static void
test_communique_aside (void)
{
  assert_first_paragraph (
      "Communiqué de presse : faut-il pleurer, faut-il en rire\n\n"
      "Communiqué de presse (la presse relaiera-t-elle ?)\n\n"
      "C'est un air connu : le collectif pour l'hôpital avait prévu les conséquences du "
      "transfert de la chirurgie à Albertville.\n"
      "Nous apprenons que les travaux entrepris là-bas accuseront du retard.\n",
      "C'est un air connu : le collectif pour l'hôpital avait prévu les conséquences du "
      "transfert de la chirurgie à Albertville.");
}

static void
test_press_release_aside (void)
{
  assert_first_paragraph ("Press release: the council sets its budget for next year\n\n"
                          "Press release (will the papers print it?)\n\n"
                          "The council set its budget for next year on Monday, with more money "
                          "for the libraries and the parks.\n"
                          "The leader of the council said the budget was balanced.\n",
                          "The council set its budget for next year on Monday, with more money "
                          "for the libraries and the parks.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found115/meme-sujet", test_meme_sujet);
  g_test_add_func ("/importer/found115/see-also", test_see_also);
  g_test_add_func ("/importer/found115/related-posts", test_related_posts);
  g_test_add_func ("/importer/found115/communique-aside", test_communique_aside);
  g_test_add_func ("/importer/found115/press-release-aside", test_press_release_aside);
  return g_test_run ();
}
