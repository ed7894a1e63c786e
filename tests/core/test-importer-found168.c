/* test-importer-found168.c: the kind written in brackets right after the lead's date ("Roma, 1
 * marzo 2021 (comunicato stampa) …", heldout30 regioni-01) names the release's kind, in Italian,
 * French and English; other words in brackets after a year name none.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_bracketed_kind (void)
{
  assert_import_field (
      "Regioni pronte a collaborare con il Governo\n\n"
      "Roma, 1 marzo 2021 (comunicato stampa) Le Regioni sono pronte a "
      "collaborare con il Governo sul piano di ripresa, ha detto il presidente.\n\n"
      "La Conferenza si riunirà di nuovo la settimana prossima per il piano.\n",
      kind, "press release");
  assert_import_field (
      "Les régions prêtes à travailler avec le gouvernement\n\n"
      "Paris, le 1er mars 2021 (communiqué de presse) Les régions sont prêtes à "
      "travailler avec le gouvernement sur le plan de relance, a dit le président.\n\n"
      "La conférence se réunira de nouveau la semaine prochaine sur le plan.\n",
      kind, "press release");
  assert_import_field ("Regions ready to work with the government\n\n"
                       "Rome, 1 March 2021 (press release) The regions are ready to work with the "
                       "government on the recovery plan, the conference's president said.\n\n"
                       "The conference will meet again next week to discuss the plan.\n",
                       kind, "press release");
}

static void
test_other_brackets (void)
{
  assert_import_field ("Regions ready to work with the government\n\n"
                       "Rome, 1 March 2021 (local time) The regions are ready to work with the "
                       "government on the recovery plan, the conference's president said.\n\n"
                       "The conference will meet again next week to discuss the plan.\n",
                       kind, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found168/bracketed-kind", test_bracketed_kind);
  g_test_add_func ("/importer/found168/other-brackets", test_other_brackets);
  return g_test_run ();
}
