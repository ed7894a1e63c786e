/* test-importer-found62.c: a name and a date in figures above the headline (issue 11: heldout22
 * wiosna-01). "Wiosna 02.11.2023" over the headline is the organisation's stamp of the day it
 * published the release: its date, not the earlier day the lead opens with ("31 października
 * 2023 r. …").
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

static void
check_date (const char *text, const char *date)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_date (release), ==, date);
}

static void
test_german_stamp_over_headline (void)
{
  check_date ("Tafelverband 14.05.2019\n\n"
              "Richtigstellung zu den Berichten über die Lebensmittelausgabe\n\n"
              "Am 10. Mai 2019 berichteten mehrere Zeitungen über die Lebensmittelausgabe des "
              "Verbands und verbreiteten dabei falsche Angaben.\n\n"
              "Der Verband stellt klar, dass alle Ausgabestellen geöffnet bleiben. Die Helfer "
              "arbeiten weiter wie bisher.\n",
              "2019-05-14");
}

static void
test_dutch_stamp_over_headline (void)
{
  check_date ("Voedselbank 03-02-2021\n\n"
              "Reactie op de berichtgeving over de uitdeelpunten\n\n"
              "Op 28 januari 2021 verscheen een artikel over de uitdeelpunten van de "
              "voedselbank met onjuiste informatie.\n\n"
              "Alle uitdeelpunten blijven open. De vrijwilligers gaan door met hun werk.\n",
              "2021-02-03");
}

/* an update's stamp is never the release's date */
static void
test_update_stamp_not_taken (void)
{
  check_date ("Updated 03-02-2021\n\n"
              "Reaction to the reports on the distribution points\n\n"
              "On 28 January 2021 an article appeared about the food bank's distribution "
              "points with wrong information.\n\n"
              "All distribution points stay open. The volunteers carry on with their work.\n",
              "2021-01-28");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found62/german-stamp-over-headline", test_german_stamp_over_headline);
  g_test_add_func ("/importer/found62/dutch-stamp-over-headline", test_dutch_stamp_over_headline);
  g_test_add_func ("/importer/found62/update-stamp-not-taken", test_update_stamp_not_taken);
  return g_test_run ();
}
