/* test-importer-found145.c: "since" right before a day, anywhere in the sentence, makes it the
 * day a state of things began, not the release's (heldout29 fleury-01: "à suspendre, depuis le
 * vendredi 13 mars 2020, l'ensemble des activités", an invented date): "depuis le vendredi 13
 * mars", "since Friday 13 March", "seit dem 13. März". "Since" before a noun that the day follows
 * ("the first meeting since the Summit, on Wednesday 15 October") leaves the day the main verb's.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
check_undated (const char *text)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_null (cmq_release_get_date (release));
}

static void
test_since_day (void)
{
  check_undated ("Suspension des compétitions\n\n"
                 "La situation a conduit le président de la fédération à suspendre, depuis le "
                 "vendredi 13 mars 2020, l'ensemble des activités placées sous son autorité.\n\n"
                 "Les compétitions reprendront lorsque les autorités le permettront.\n");
  check_undated ("Club activities suspended\n\n"
                 "The club has kept all its grounds closed since Friday 13 March 2020, on the "
                 "advice of the health authorities.\n\n"
                 "Matches will resume when the authorities allow it.\n");
  check_undated ("Vereinsbetrieb eingestellt\n\n"
                 "Der Verein hat seine Plätze seit dem 13. März 2020 geschlossen, auf Anraten der "
                 "Gesundheitsbehörden.\n\n"
                 "Die Spiele werden wieder aufgenommen, sobald die Behörden es erlauben.\n");
}

static void
test_since_noun (void)
{
  assert_import_field ("Defence Ministers meet\n\n"
                       "NATO Defence Ministers concluded their first meeting since the Summit in "
                       "The Hague on Wednesday 15 October 2025.\n\n"
                       "They agreed on new steps for the Alliance's air defence.\n",
                       date, "2025-10-15");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found145/since-day", test_since_day);
  g_test_add_func ("/importer/found145/since-noun", test_since_noun);
  return g_test_run ();
}
