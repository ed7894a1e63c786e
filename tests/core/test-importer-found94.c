/* test-importer-found94.c: a page's panel of facts is no headline (issue 11: heldout20 paris-01,
 * "Contact presse" over "• Service DE PRESSE" and "Élus référents" over "• Anne HIDALGO" between
 * the headline and the speech). Short lines with no blank line between them, two labels or more
 * each over a bulleted value, are passed over and the headline is found above them, in English
 * and French; a headline over a bulleted summary stays the headline.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define SPEECH                                                                                     \
  "Ladies and gentlemen,\n\n"                                                                      \
  "It is a great pleasure to welcome you all to the town hall this evening for the start of the "  \
  "new year.\n\n"                                                                                  \
  "The year behind us was a hard one for many of our neighbours, and I want to thank each of "     \
  "you for the work you have done.\n"

#define DISCOURS                                                                                   \
  "Mesdames, messieurs,\n\n"                                                                       \
  "C'est un grand plaisir de vous accueillir ce soir à l'hôtel de ville pour le début de la "   \
  "nouvelle année.\n\n"                                                                           \
  "L'année qui s'achève a été difficile pour beaucoup de nos voisins, et je veux remercier "   \
  "chacun d'entre vous pour le travail accompli.\n"

static void
test_panel (void)
{
  assert_import_field ("New Year reception for the town's councillors: the mayor's address\n\n"
                       "Town hall\n"
                       "Practical information\n"
                       "Press contact\n"
                       "  \u2022 Press office\n"
                       "Councillors\n"
                       "  \u2022 Jane SMITH\n\n" SPEECH,
                       title, "New Year reception for the town's councillors: the mayor's address");
}

static void
test_panneau (void)
{
  assert_import_field ("Cérémonie des vœux aux élus de la ville : discours de la maire\n\n"
                       "Municipalité\n"
                       "Informations pratiques\n"
                       "Contact presse\n"
                       "  \u2022 Service de presse\n"
                       "Élus référents\n"
                       "  \u2022 Jeanne MARTIN\n\n" DISCOURS,
                       title, "Cérémonie des vœux aux élus de la ville : discours de la maire");
}

static void
test_summary (void)
{
  assert_import_field ("Council sets its budget for next year\n"
                       "\u2022 Taxes frozen\n"
                       "\u2022 More buses\n\n"
                       "The council set its budget for next year on Tuesday, freezing the town's "
                       "taxes for the third year running.\n\n"
                       "Two more bus lines will run from the spring, the council said.\n",
                       title, "Council sets its budget for next year");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found94/panel", test_panel);
  g_test_add_func ("/importer/found94/panneau", test_panneau);
  g_test_add_func ("/importer/found94/summary", test_summary);
  return g_test_run ();
}
