/* test-importer-found219.c: a photograph's copyright credit in a list ("• © Nationalpark
 * Berchtesgaden", heldout34 npberchtesgaden-01) names the publisher as a copyright line alone
 * does, and a story that names it declined ("des Nationalparks Berchtesgaden") names it, in
 * German, French and English; a credit to a person the story does not name gives no source.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
check_source (const char *text, const char *source)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_source (release), ==, source);
}

#define STORY_DE(park)                                                                             \
  "Führungen zu den Wildkatzen im Frühjahr\n\n"                                                  \
  "Die Ranger des " park " laden ab Mai wieder zu Führungen durch das Wildkatzengehege ein. "     \
  "Die Führungen beginnen jeweils um 10 Uhr am Besucherzentrum.\n\n"                              \
  "Eine Anmeldung ist nicht erforderlich, die Teilnahme ist kostenlos.\n"

#define STORY_FR                                                                                   \
  "Les visites guidées des alpages reprennent\n\n"                                                \
  "Les gardes du Parc national des Écrins proposent à nouveau des visites guidées des alpages " \
  "à partir du mois de juin. Les départs ont lieu chaque matin à 9 heures.\n\n"                 \
  "L'inscription est gratuite mais obligatoire auprès des maisons du parc.\n"

#define STORY_EN                                                                                   \
  "Guided walks return to the fells\n\n"                                                           \
  "Rangers of the Lake District National Park Authority will lead guided walks on the fells "      \
  "again from June. Walks start every morning at 9 o'clock.\n\n"                                   \
  "Places are free but must be booked at the visitor centres.\n"

static void
test_bulleted_credit (void)
{
  check_source ("  • © Nationalpark Eifel\n  • © Nationalpark Eifel\n\n"
                "Pressemitteilung\n\n" STORY_DE ("Nationalparks Eifel"),
                "Nationalpark Eifel");
  check_source ("  • © Parc national des Écrins\n\n"
                "Communiqué de presse\n\n" STORY_FR,
                "Parc national des Écrins");
  check_source ("  • © Lake District National Park Authority\n\n"
                "Press release\n\n" STORY_EN,
                "Lake District National Park Authority");
}

static void
test_credit_near_miss (void)
{
  /* a photographer's credit, whom the story does not name */
  check_source ("  • © Hans Müller\n  • © Hans Müller\n\n"
                "Pressemitteilung\n\n" STORY_DE ("Nationalparks Eifel"),
                NULL);
  /* a credit to a park the story does not name, declined or not */
  check_source ("  • © Nationalpark Harz\n\n"
                "Pressemitteilung\n\n" STORY_DE ("Nationalparks Eifel"),
                NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found219/bulleted-credit", test_bulleted_credit);
  g_test_add_func ("/importer/found219/credit-near-miss", test_credit_near_miss);
  return g_test_run ();
}
