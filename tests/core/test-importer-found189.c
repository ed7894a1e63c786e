/* test-importer-found189.c: the year of a date stated without one, narrowed by an event that no
 * text names before its day (events.txt: Russia's partial mobilisation, announced on
 * 21 September 2022) and an office-holder whose last term ended after it (office-holders.txt:
 * Artis Pabriks, Latvia's defence minister to 14 December 2022), heldout16 lsm-01. The event's
 * days alone never give the year: "a year after" it is another year (test-date.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define THREAT(event, minister)                                                                    \
  "Defense Ministry: military threat remains low\n\n"                                              \
  "Although Russia's president has announced " event ", the level of military threat remains "     \
  "low, the Ministry of Defense said in a release on September 21.\n\n"                            \
  "The situation is monitored closely, " minister " was quoted as saying in the statement.\n"

#define MENACE(event, minister)                                                                    \
  "Le ministère de la Défense : la menace militaire reste faible\n\n"                            \
  "Bien que le président russe ait annoncé " event ", la menace militaire reste faible, a "        \
  "indiqué le ministère dans un communiqué le 21 septembre.\n\n"                                \
  "La situation est suivie de près, a déclaré " minister ".\n"

static void
test_event_and_minister (void)
{
  assert_import_field (
      THREAT ("a partial mobilization in Russia", "Defense Minister Artis Pabriks"), date,
      "2022-09-21");
  assert_import_field (MENACE ("une mobilisation partielle en Russie", "le ministre Artis Pabriks"),
                       date, "2022-09-21");
}

static void
test_either_alone (void)
{
  /* the event alone: any year from 2022 on */
  assert_import_field (THREAT ("a partial mobilization in Russia", "the Defense Minister"), date,
                       NULL);
  /* the minister alone: any of his terms */
  assert_import_field (THREAT ("new measures", "Defense Minister Artis Pabriks"), date, NULL);
  /* out of office */
  assert_import_field (
      THREAT ("a partial mobilization in Russia", "former Defense Minister Artis Pabriks"), date,
      NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found189/event-and-minister", test_event_and_minister);
  g_test_add_func ("/importer/found189/either-alone", test_either_alone);
  return g_test_run ();
}
