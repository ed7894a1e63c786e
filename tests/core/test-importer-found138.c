/* test-importer-found138.c: an organisation's bare name over the page's date is not the headline
 * (issue 11, heldout27 parcs-01). A line of a few capitalised words ("Harbour Parks",
 * "Parcs du Nord") over the page's date line is the issuer's name: the headline-shaped sentence
 * under the date is the headline, and the line under it its deck, not the story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define WIRE_STORY                                                                                 \
  "HALIFAX, NOVA SCOTIA--(Marketwire - August 4, 2009) - On behalf of the Minister of the "        \
  "Environment, the Member of Parliament for Halifax announced today that the Government will "    \
  "fund repairs to the old chapel. The announcement is part of the Economic Action Plan.\n\n"      \
  "The Government will provide up to $425,000 for the restoration of the chapel, which has "       \
  "stood for two hundred years on the harbour front.\n"

static void
test_name_over_date (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Harbour Parks\n\nHarbour Parks\n\nAugust 04, 2009 14:30 ET\n\n"
                 "The Government of Canada invests in heritage infrastructure at the old chapel\n\n"
                 "The Economic Action Plan helps protect built heritage across the whole "
                 "country\n\n" WIRE_STORY);

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "The Government of Canada invests in heritage infrastructure at the old chapel");
  g_assert_false (has_paragraph (
      release, "The Government of Canada invests in heritage infrastructure at the old chapel"));
}

static void
test_name_over_date_fr (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Parcs du Nord\n\nParcs du Nord\n\n04 août 2009 14h30 HE\n\n"
      "Le gouvernement investit dans les infrastructures patrimoniales de la vieille chapelle\n\n"
      "Le plan d'action économique aide à protéger le patrimoine bâti dans tout le pays\n\n"
      "QUÉBEC, QUÉBEC--(Marketwire - 4 août 2009) - Au nom du ministre de l'Environnement, le "
      "député de Québec a annoncé aujourd'hui que le gouvernement financera la restauration de la "
      "chapelle. L'annonce fait partie du plan d'action économique.\n\n"
      "Le gouvernement fournira jusqu'à 425 000 $ pour la restauration de la chapelle, qui se "
      "dresse depuis deux siècles sur le port.\n");

  g_assert_cmpstr (
      cmq_release_get_title (release), ==,
      "Le gouvernement investit dans les infrastructures patrimoniales de la vieille chapelle");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found138/name-over-date", test_name_over_date);
  g_test_add_func ("/importer/found138/name-over-date-fr", test_name_over_date_fr);
  return g_test_run ();
}
