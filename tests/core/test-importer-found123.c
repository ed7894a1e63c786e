/* test-importer-found123.c: a title's tail that is a topic of the site (issue 11). "St Helena
 * Police Education And Awareness Programme – Police Appeals" (heldout26 sthelena-01): the words
 * after the dash are a category the site files its pages under, a common noun phrase, never the
 * organisation that issued the text, in English and French; a name with an acronym in it, or an
 * institution's name, is still the source.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_topic_en (void)
{
  assert_import_field ("Police Education And Awareness Programme – Police Appeals\n\n"
                       "The Police are running an awareness programme. This week's topic is "
                       "Police Appeals, and why we issue them.\n"
                       "An appeal asks the public for information on an incident.\n",
                       source, NULL);
}

static void
test_topic_fr (void)
{
  assert_import_field ("Une campagne de prévention pour l'été - Actualités Police\n\n"
                       "La police lance une campagne de prévention. Les Actualités Police "
                       "paraissent chaque semaine sur le site.\n"
                       "Chacun peut signaler un fait aux agents.\n",
                       source, NULL);
}

static void
test_name_kept (void)
{
  assert_import_field ("Summit opens in Accra - ECOWAS News\n\n"
                       "The summit of ECOWAS News opened in Accra on Monday with the heads of "
                       "state of the region.\n"
                       "They will meet for two days.\n",
                       source, "ECOWAS News");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found123/topic-en", test_topic_en);
  g_test_add_func ("/importer/found123/topic-fr", test_topic_fr);
  g_test_add_func ("/importer/found123/name-kept", test_name_kept);
  return g_test_run ();
}
