/* test-importer-found189.c: a release dated without a year on the very day of an event it names
 * is of the event's year (events.txt: Russia's partial mobilisation of 21 September 2022,
 * heldout16 lsm-01, "Putin has announced a partial mobilization in Russia … said in a release
 * on September 21"); another day, or a text that speaks of an anniversary, leaves the event a
 * lower bound only, and the year unknown.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define THREAT(day, more)                                                                          \
  "Defense Ministry: military threat remains low\n\n"                                              \
  "Although Russia's president has announced a partial mobilization in Russia, the level of "      \
  "military threat remains low, the Ministry of Defense said in a release on " day ".\n\n"         \
  "The ministry works closely with its allies" more ".\n"

#define MENACE(day)                                                                                \
  "Le ministère de la Défense : la menace militaire reste faible\n\n"                            \
  "Bien que le président russe ait annoncé une mobilisation partielle en Russie, la menace "     \
  "militaire reste faible, a indiqué le ministère dans un communiqué le " day ".\n\n"              \
  "Le ministère travaille étroitement avec ses alliés.\n"

static void
test_on_the_event_day (void)
{
  assert_import_field (THREAT ("September 21", ""), date, "2022-09-21");
  assert_import_field (MENACE ("21 septembre"), date, "2022-09-21");
}

static void
test_other_day_or_anniversary (void)
{
  /* the day after: the event only says the release is not older than 2020 */
  assert_import_field (THREAT ("September 22", ""), date, NULL);
  assert_import_field (MENACE ("22 septembre"), date, NULL);
  /* the same day of a later year, recalled for its anniversary */
  assert_import_field (THREAT ("September 21", " on the anniversary of the mobilization"), date,
                       NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found189/on-the-event-day", test_on_the_event_day);
  g_test_add_func ("/importer/found189/other-day-or-anniversary", test_other_day_or_anniversary);
  return g_test_run ();
}
