/* test-importer-found277.c: the page's furniture above the story is never its title (issue 11:
 * heldout39 handicap-01, a skip link in its noun form, "Accès direct au contenu"; colomiers-01, a
 * CMS's category label with its plural in brackets, "Catégorie(s) : Sécurité - …", under an
 * audience field, "Type de public" / "Tout public"), in French and English; a NATO release's own
 * headline over a "Categories:" field stays.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define LEAD_FR                                                                                    \
  "Les ministres des affaires étrangères ont adopté aujourd'hui un plan d'action commun pour "  \
  "l'accueil des réfugiés dans les pays voisins.\n\n"                                            \
  "Le plan sera présenté au Conseil le mois prochain, a indiqué la présidence dans un "        \
  "communiqué.\n"
#define LEAD_EN                                                                                    \
  "The ministers adopted today a common plan of action for the reception of refugees in the "      \
  "neighbouring countries.\n\nThe plan will be presented to the Council next month, the "          \
  "Presidency said.\n"

/* a skip link is no headline: the title is made from the lead */
static void
test_skip_link (void)
{
  assert_import_field ("Accès direct au contenu\n\n" LEAD_FR, title,
                       "Les ministres des affaires étrangères ont adopté aujourd'hui un plan "
                       "d'action commun pour l'accueil");
  assert_import_field ("Accès rapide au contenu\n\n" LEAD_FR, title,
                       "Les ministres des affaires étrangères ont adopté aujourd'hui un plan "
                       "d'action commun pour l'accueil");
}

/* the category line and the audience field between the headline and the story */
static void
test_category_and_audience (void)
{
  assert_import_field ("La nouvelle piscine municipale ouvre ses portes\n\nType de public\n\n"
                       "Tout public\n\nCatégorie(s) : Sport - Loisirs\n\n" LEAD_FR,
                       title, "La nouvelle piscine municipale ouvre ses portes");
  assert_import_field ("Ministers adopt a plan for refugees\n\nTarget audience\n\nAll audiences\n\n"
                       "Catégorie(s) : Europe - International\n\n" LEAD_EN,
                       title, "Ministers adopt a plan for refugees");
}

/* a NATO release's headline over a metadata field */
static void
test_nato_headline (void)
{
  assert_import_field ("NATO Secretary General meets the Prime Minister of Poland\n\n"
                       "Categories: News\n\n"
                       "On Monday (3 May 2021), NATO Secretary General Jens Stoltenberg met with "
                       "the Prime Minister of Poland in Brussels to discuss deterrence.\n",
                       title, "NATO Secretary General meets the Prime Minister of Poland");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found277/skip-link", test_skip_link);
  g_test_add_func ("/importer/found277/category-and-audience", test_category_and_audience);
  g_test_add_func ("/importer/found277/nato-headline", test_nato_headline);
  return g_test_run ();
}
