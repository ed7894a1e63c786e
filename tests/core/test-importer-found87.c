/* test-importer-found87.c: a story's first date governed by a relative clause in a past tense
 * (issue 11: heldout23 sso-01, "de verklaringen … die hij op 3 september 2009 heeft afgelegd") is
 * the day of an earlier event the release speaks of, never the release's: no date is made of it,
 * in English, French, Dutch and German. A past tense in the main clause still dates the release.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define RELEASE(lead)                                                                              \
  "A letter to the council about the procedure\n\n" lead "\n\n"                                    \
  "The group asks the council to answer its questions before the next meeting of the council.\n"

#define RELEASE_FR(lead)                                                                           \
  "Une lettre au conseil sur la procédure\n\n" lead "\n\n"                                         \
  "Le collectif demande au conseil de répondre à ses questions avant sa prochaine réunion.\n"

static void
test_past_clause (void)
{
  assert_import_field (RELEASE ("The residents' group has written to the council about the "
                                "statements which the mayor made on 3 May 2021 in the chamber."),
                       date, NULL);
  assert_import_field (RELEASE ("The residents' group questions the councillor, who had signed "
                                "the permit on Monday 3 May 2021, about the procedure."),
                       date, NULL);
  assert_import_field (RELEASE_FR ("Le collectif a écrit au conseil au sujet des propos qu'il a "
                                   "tenus le 3 mai 2021 devant les élus."),
                       date, NULL);
  assert_import_field (
      RELEASE ("Stichting SSO heeft in een open brief de verklaringen van de wethouder aan de orde "
               "gesteld die hij op 3 september 2009 heeft afgelegd tijdens de raadsvergadering."),
      date, NULL);
  assert_import_field (RELEASE ("Der Verein kritisiert die Rede, die der Bürgermeister am 3. Mai "
                                "2021 im Rat gehalten hat, in einem offenen Brief."),
                       date, NULL);
}

static void
test_main_clause (void)
{
  assert_import_field (RELEASE ("The council signed the agreement on 3 May 2021 in the chamber, "
                                "which the residents' group welcomed."),
                       date, "2021-05-03");
  assert_import_field (RELEASE_FR ("Le conseil a signé l'accord le 3 mai 2021 devant les élus."),
                       date, "2021-05-03");
  /* a clause to come, or one whose verb is in the present, is not an earlier event's */
  assert_import_field (RELEASE_FR ("Le conseil présente le projet qui a lieu le 3 mai 2021 devant "
                                   "les élus."),
                       date, "2021-05-03");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found87/past-clause", test_past_clause);
  g_test_add_func ("/importer/found87/main-clause", test_main_clause);
  return g_test_run ();
}
