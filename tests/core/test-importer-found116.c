/* test-importer-found116.c: a story written as sections, each a short heading over items with
 * bullets, keeps its last section (issue 11: heldout24 carrefour-01, "Objectifs 2016" over
 * "• Investissements entre 2,5 et 2,6 Md€" …, dropped as the page's chrome): a story paragraph is
 * never dropped. In English and French.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_objectifs (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "RÉSULTATS SEMESTRIELS : LE GROUPE POURSUIT SA CROISSANCE\n\n"
      "PARIS--()--Regulatory News:\n\n"
      "Le Groupe (Paris:GR):\n\n"
      "Chiffre d'affaires de 40,6 Md€ au S1 : nouvelle hausse des ventes organiques\n\n"
      "  • Ventes en France et en Europe résilientes dans un environnement de consommation plus "
      "difficile\n"
      "  • Très forte croissance dans les pays émergents, tirée par l'Amérique latine\n\n"
      "Résultat de 706 M€ au S1 : belle performance opérationnelle\n\n"
      "  • Bonne tenue de la marge opérationnelle en France, stable à 1,8%\n"
      "  • Belle progression dans les autres pays d'Europe, avec une marge en hausse de 30pb\n\n"
      "Investissements au service du modèle multiformat\n\n"
      "  • Ouverture de 305 magasins de proximité et de 97 supermarchés sur le semestre\n"
      "  • Accélération de la conversion des magasins en France avec 260 magasins transformés "
      "au cours du premier semestre. 412 points de vente sont maintenant sous enseigne du "
      "Groupe, la conversion des 648 magasins sera achevée comme prévu fin 2016\n\n"
      "Objectifs 2016\n\n"
      "  • Investissements entre 2,5 et 2,6 Md€\n"
      "  • Poursuite d'une discipline financière stricte\n");

  g_assert_true (has_paragraph (release, "Objectifs 2016"));
  g_assert_true (has_paragraph (release, "• Investissements entre 2,5 et 2,6 Md€"));
  g_assert_true (has_paragraph (release, "• Poursuite d'une discipline financière stricte"));
}

static void
test_outlook (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "FIRST HALF RESULTS: THE GROUP KEEPS GROWING\n\n"
      "PARIS--()--Regulatory News:\n\n"
      "The Group (Paris:GR):\n\n"
      "Sales of 40.6 billion in the first half: organic sales up again\n\n"
      "  • Sales in France and Europe resilient in a harder consumer climate\n"
      "  • Very strong growth in emerging markets, led by Latin America\n\n"
      "Operating income of 706 million: a fine operating performance\n\n"
      "  • Operating margin held in France, stable at 1.8%\n"
      "  • Operating margin up 30 basis points in the rest of Europe\n\n"
      "Investment in the multiformat model\n\n"
      "  • Opening of 305 convenience stores and 97 supermarkets in the half\n"
      "  • Faster conversion of the acquired stores in France, with 260 stores converted in the "
      "first half. 412 stores now trade under the group's banner, and the conversion of the 648 "
      "stores will end as planned at the end of 2016\n\n"
      "Outlook 2016\n\n"
      "  • Capital expenditure between 2.5 and 2.6 billion\n"
      "  • Strict financial discipline\n");

  g_assert_true (has_paragraph (release, "Outlook 2016"));
  g_assert_true (has_paragraph (release, "• Capital expenditure between 2.5 and 2.6 billion"));
  g_assert_true (has_paragraph (release, "• Strict financial discipline"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found116/objectifs", test_objectifs);
  g_test_add_func ("/importer/found116/outlook", test_outlook);
  return g_test_run ();
}
