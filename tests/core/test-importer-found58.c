/* test-importer-found58.c: the source a press-release portal's dated credit names (issue 11:
 * heldout21 drk-01). A portal that carries companies' and associations' releases credits each
 * with its issuer's name, the acronym in parentheses and the date right after it:
 * "Pressemitteilung der Firma Deutsches Rotes Kreuz (DRK), 03.05.2012", "[Deutsches Rotes Kreuz
 * (DRK) - 03.05.2012] …". The name is the words whose capitals the acronym spells (small words
 * between them allowed), whatever the organisation; an acronym that spells no name before it,
 * or one with no date after it, names no source.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "Der Hafen der Altstadt wird im Frühjahr ausgebaggert, damit die Fähren im Sommer wieder "     \
  "anlegen können, teilte der KHV heute mit.\n\n"                                                 \
  "Die Arbeiten dauern acht Wochen und kosten zwei Millionen Euro, sagte der KHV.\n"

static void
check_source (const char *text, const char *source)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_source (release), ==, source);
}

static void
test_dated_credit (void)
{
  check_source ("Hafenarbeiten beginnen im Frühjahr\n\n"
                "  • Pressemitteilung der Firma Kieler Hafen Verband (KHV), 03.03.2015\n\n" STORY,
                "Kieler Hafen Verband");
  check_source ("Hafenarbeiten beginnen im Frühjahr\n\n"
                "[Kieler Hafen Verband (KHV) - 03.03.2015] Hafenarbeiten beginnen im "
                "Frühjahr\n\n" STORY,
                "Kieler Hafen Verband");
  check_source ("Harbour works to start in the spring\n\n"
                "News release of the Bank of Kingsbridge (BoK), 3 March 2015\n\n"
                "The harbour of the old town will be dredged this spring so that the ferries can "
                "dock again, the BoK said today.\n\n"
                "The works will last eight weeks and cost two million pounds.\n",
                "Bank of Kingsbridge");
}

/* An acronym that the words before it do not spell, or with no date after it, names nothing. */
static void
test_no_credit (void)
{
  check_source ("Hafenarbeiten beginnen im Frühjahr\n\n"
                "Pressemitteilung der Firma Kieler Hafen Verband (KHV)\n\n" STORY,
                NULL);
  check_source ("Hafenarbeiten beginnen im Frühjahr\n\n"
                "Pressemitteilung der Firma Kieler Hafen (KHV), 03.03.2015\n\n" STORY,
                NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found58/dated-credit", test_dated_credit);
  g_test_add_func ("/importer/found58/no-credit", test_no_credit);
  return g_test_run ();
}
