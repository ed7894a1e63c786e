/* test-importer-found182.c: the German-speaking sites' other names of a press release, on a label
 * line with the date after them ("Medienmitteilung 03.07.2016", heldout31 kapo-01; Swiss and
 * Austrian "Medieninformation", "Pressemeldung"), give the release its kind as
 * "Pressemitteilung" does. A story sentence that uses the word gives none.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_label (void)
{
  assert_import_field ("Zürich: Erste Bilanz vom Seefest\n"
                       "Medienmitteilung 03.07.2016\n"
                       "Nach den ersten zwei Festtagen zieht die Polizei eine positive Bilanz.\n"
                       "Es wurden rund 20 Diebstähle angezeigt.\n",
                       kind, "press release");
  assert_import_field ("Neue Brücke über den Inn eröffnet\n\n"
                       "Medieninformation\n\n"
                       "Die neue Brücke über den Inn ist seit heute für den Verkehr offen.\n\n"
                       "Sie ersetzt die alte Brücke aus dem Jahr 1950.\n",
                       kind, "press release");
  assert_import_field ("PRESSEMELDUNG\n\n"
                       "Stadtwerke senken die Preise\n\n"
                       "Die Stadtwerke senken ab dem Sommer die Preise für Strom und Gas.\n\n"
                       "Die Kunden werden schriftlich informiert.\n",
                       kind, "press release");
}

/* the word inside a story sentence names no kind */
static void
test_in_sentence (void)
{
  assert_import_field ("Stadtwerke senken die Preise\n\n"
                       "Wie die Stadtwerke in einer Medienmitteilung schreiben, sinken die Preise "
                       "ab dem Sommer.\n\n"
                       "Die Kunden werden schriftlich informiert.\n",
                       kind, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found182/label", test_label);
  g_test_add_func ("/importer/found182/in-sentence", test_in_sentence);
  return g_test_run ();
}
