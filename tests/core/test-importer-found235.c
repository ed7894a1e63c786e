/* test-importer-found235.c: a list of the site's recent news under the story, under its heading
 * ("Recente nieuws- en klimaatberichten", "Recent news", "Actualités récentes"), its numbered
 * items each a title, a teaser and a line of the item's date and kind ("11 februari 2026 -
 * Klimaatbericht"), cut inside its last item (issue 11: heldout35 knmi-01): not the story, in
 * Dutch, English and French. A story whose last paragraph is a numbered point keeps it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "Members of parliament visit the weather service\n\n"                                            \
  "Four members of parliament visited the national weather service on Thursday to learn about "    \
  "its forecasts.\n\n"                                                                             \
  "The director spoke of a valuable and above all useful visit to the institute and its "          \
  "scientists.\n\n"

#define LAST                                                                                       \
  "The director spoke of a valuable and above all useful visit to the institute and its "          \
  "scientists."

static void
test_recent_news (void)
{
  assert_last_paragraph (STORY "Recent news\n\n"
                               "  1. Fewer cold snaps, but the wind can still bite\n\n"
                               "    Frost combined with an icy wind: we have all felt it. At such "
                               "mom...\n\n"
                               "    11 February 2026 - Climate note\n"
                               "  2. Record warmth in 2023, 2024 and 2025 explained\n\n"
                               "    The last three years were exceptionally warm. New research "
                               "shows wh...\n\n"
                               "    04 February 2026 - Climate note\n"
                               "  3. Cold January with many warnings\n\n"
                               "    With an average temperature of 2.5°C the month was col",
                         LAST);
  assert_last_paragraph (STORY
                         "Actualités récentes\n\n"
                         "1. Moins de vagues de froid, mais le vent mord toujours\n\n"
                         "Le gel et un vent glacial : nous l'avons tous ressenti. À ces "
                         "mom...\n\n"
                         "11 février 2026 | Climat\n"
                         "2. Une chaleur record en 2023, 2024 et 2025 expliquée\n\n"
                         "Les trois dernières années ont été exceptionnellement chaudes...\n\n"
                         "04 février 2026 | Climat\n"
                         "3. Un mois de janvier froid et plein d'alertes\n\n"
                         "Avec une température moyenne de 2,5 °C, le mois a été",
                         LAST);
}

static void
test_story_points (void)
{
  /* numbered points of the story, with no dated line between them */
  assert_last_paragraph (STORY "1. The service will open its doors to schools twice a year.\n\n"
                               "2. The forecasts of the service will be shared with the cities "
                               "every morning.\n",
                         "2. The forecasts of the service will be shared with the cities every "
                         "morning.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found235/recent-news", test_recent_news);
  g_test_add_func ("/importer/found235/story-points", test_story_points);
  return g_test_run ();
}
