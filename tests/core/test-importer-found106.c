/* test-importer-found106.c: a place glued before the headline by ".- " is no part of it (issue
 * 11: heldout11 prefecture-po-01, "Préfecture, Perpignan.- Mise en œuvre de mesures …"), in
 * French, Spanish and English; a dash without a full stop before it stays the headline's.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_prefecture (void)
{
  assert_import_field ("Préfecture, Lyon.- Fermeture des berges du Rhône pendant la crue\n\n"
                       "En raison de la montée des eaux, le préfet du Rhône a décidé de fermer "
                       "au public les berges du fleuve à compter de ce soir.\n\n"
                       "Les services de l'État restent mobilisés pour informer la population.\n",
                       title, "Fermeture des berges du Rhône pendant la crue");
}

static void
test_capitals (void)
{
  assert_import_field ("MADRID.- El Gobierno aprueba el plan de vivienda para jóvenes\n\n"
                       "El Consejo de Ministros ha aprobado este martes el plan estatal de "
                       "vivienda, que destina nuevas ayudas al alquiler para los jóvenes.\n\n"
                       "El plan entrará en vigor el próximo mes.\n",
                       title, "El Gobierno aprueba el plan de vivienda para jóvenes");
}

static void
test_english (void)
{
  assert_import_field ("City Hall, Leeds.- Council approves new plan for city centre parks\n\n"
                       "The council approved on Tuesday a plan to plant two thousand trees in "
                       "the parks of the city centre over the next three years.\n\n"
                       "Work will start in the spring.\n",
                       title, "Council approves new plan for city centre parks");
}

static void
test_plain_dash (void)
{
  assert_import_field ("Lyon - Fermeture des berges du Rhône pendant la crue\n\n"
                       "En raison de la montée des eaux, le préfet du Rhône a décidé de fermer "
                       "au public les berges du fleuve à compter de ce soir.\n\n"
                       "Les services de l'État restent mobilisés pour informer la population.\n",
                       title, "Lyon - Fermeture des berges du Rhône pendant la crue");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found106/prefecture", test_prefecture);
  g_test_add_func ("/importer/found106/capitals", test_capitals);
  g_test_add_func ("/importer/found106/english", test_english);
  g_test_add_func ("/importer/found106/plain-dash", test_plain_dash);
  return g_test_run ();
}
