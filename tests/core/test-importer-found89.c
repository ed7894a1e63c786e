/* test-importer-found89.c: a blog's or news site's byline of fields between "|" carries the
 * page's date ("By Jane Doe | 12 March 2019 | News"), and Polish month names cut to three letters
 * are read in a date's shape only (issue 11: heldout23 ug-01, "utworzone przez | paź 4, 2022 |
 * Jubileusze i uroczystości").
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "\n\nThe council has approved the new cycling plan for the city centre after a long debate "     \
  "among its members.\n\n"                                                                         \
  "The plan adds twenty kilometres of protected lanes and new parking for bicycles near the "      \
  "stations.\n"

#define HISTOIRE                                                                                       \
  "\n\nLe conseil a approuvé le nouveau plan vélo pour le centre-ville après un long débat entre " \
  "ses membres.\n\n"                                                                                   \
  "Le plan ajoute vingt kilomètres de pistes protégées et des places pour les vélos près des "    \
  "gares.\n"

#define TEKST                                                                                        \
  "\n\nPanie Wojewodo, Panie Marszałku, Szanowni Goście, Drodzy Studenci!\n\n"                     \
  "Nie ma przestrzeni bardziej tajemniczej i pociągającej niż morze. Dla nas, ludzi znad morza, " \
  "jest to zadziwiająco proste i naturalne, a nasze badania naukowe wynikają wprost z "            \
  "nadmorskiego położenia.\n"

static void
test_piped_byline (void)
{
  assert_import_field ("New cycling plan approved\n\nBy Jane Doe | 12 March 2019 | News" STORY,
                       date, "2019-03-12");
  assert_import_field ("Nouveau plan vélo\n\nPar Marie Dupont | 12 mars 2019 | Actualités" HISTOIRE,
                       date, "2019-03-12");
  /* two dates in the byline: which is the page's cannot be told */
  assert_import_field ("New cycling plan approved\n\n"
                       "By Jane Doe | 12 March 2019 | 14 March 2019 | News" STORY,
                       date, NULL);
  /* the date of a change is a decoy: the other one is the page's */
  assert_import_field (
      "New cycling plan approved\n\nBy Jane Doe | Updated 14 March 2019 | News" STORY, date, NULL);
  assert_import_field ("New cycling plan approved\n\n"
                       "By Jane Doe | 12 March 2019 | Updated 14 March 2019 | News" STORY,
                       date, "2019-03-12");
  /* a field that holds more than a date is no date field */
  assert_import_field ("New cycling plan approved\n\n"
                       "By Jane Doe | Council meeting of 12 March 2019 | News" STORY,
                       date, NULL);
}

static void
test_polish_short_month (void)
{
  assert_import_field ("Przemówienie Rektora\n\nutworzone przez | paź 4, 2022 | Jubileusze" TEKST,
                       date, "2022-10-04");
  assert_import_field ("Przemówienie Rektora\n\nutworzone przez | 4 lis 2021 | Jubileusze" TEKST,
                       date, "2021-11-04");
  /* the short name without a day and a year around it is no month */
  assert_import_field ("Przemówienie Rektora\n\nutworzone przez | lis 4 | Jubileusze" TEKST, date,
                       NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found89/piped-byline", test_piped_byline);
  g_test_add_func ("/importer/found89/polish-short-month", test_polish_short_month);
  return g_test_run ();
}
