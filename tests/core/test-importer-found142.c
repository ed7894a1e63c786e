/* test-importer-found142.c: an institution named above the story (issue 11: heldout22 pvda-01,
 * "Partij van de Arbeid" over a story that writes "PvdA-fractie"). A name line after a blank
 * line above the story is still above it, and the story names an institution by its acronym
 * with its small words' initials in lower case ("PvdA", "BoN") as by its capitals alone; a
 * name the story does not use stays no source.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_after_blank (void)
{
  assert_import_field ("Rate decision of the month\n\n"
                       "Date: 8 October 1999\n\n"
                       "Bank of Northland\n\n"
                       "The Bank of Northland raised its main rate by a quarter point on "
                       "Thursday, to 4.5 per cent.\n\n"
                       "The next decision is due in March.\n",
                       source, "Bank of Northland");
}

static void
test_mixed_acronym (void)
{
  assert_import_field ("Rate decision of the month\n\n"
                       "Date: 8 October 1999\n"
                       "Bank of Northland\n\n"
                       "The BoN raised its main rate by a quarter point on Thursday, to 4.5 per "
                       "cent.\n\n"
                       "The next decision is due in March.\n",
                       source, "Bank of Northland");
}

static void
test_partij (void)
{
  assert_import_field ("Inbreng fractie algemeen overleg\n\n"
                       "Datum nieuwsfeit: 08-10-1999\n"
                       "Zoek soortgelijke berichten\n"
                       "Partij van de Vrijheid\n\n"
                       "Den Haag, 7 oktober 1999\n\n"
                       "Inbreng van de fractie bij het Algemeen Overleg over de provincie\n\n"
                       "Er is in de provincie iets goed mis gegaan, meent de PvdV-fractie.\n\n"
                       "Het besluit tot aftreden is een zware, maar juiste beslissing geweest.\n",
                       source, "Partij van de Vrijheid");
}

static void
test_not_named (void)
{
  assert_import_field ("Rate decision of the month\n\n"
                       "Date: 8 October 1999\n\n"
                       "Bank of Northland\n\n"
                       "The central bank raised its main rate by a quarter point on Thursday, to "
                       "4.5 per cent.\n\n"
                       "The next decision is due in March.\n",
                       source, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found142/after-blank", test_after_blank);
  g_test_add_func ("/importer/found142/mixed-acronym", test_mixed_acronym);
  g_test_add_func ("/importer/found142/partij", test_partij);
  g_test_add_func ("/importer/found142/not-named", test_not_named);
  return g_test_run ();
}
