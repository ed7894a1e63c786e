/* test-importer-found68.c: a state's name before its ministry's on the page's release-date line
 * (issue 11: heldout15 turkey-01, "Republic Of Türkiye Ministry Of Foreign Affairs 19.04.2024").
 * The run of capitalised words before the date is longer than an institution's name; when the
 * words before its first institution word are no institution's (a state's name), the name from
 * that word on is the office that dated the release. A run with no institution word names none.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

static void
check_source (const char *text, const char *source)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_source (release), ==, source);
}

#define STORY                                                                                      \
  "In light of the latest developments on the coast, the harbour of the old town will stay "       \
  "closed to ferries until further notice.\n\n"                                                    \
  "We call on all parties to refrain from steps that could lead to a wider closure.\n"

static void
test_state_before_ministry (void)
{
  check_source ("No: 65, 19 April 2024, Regarding the Harbour of the Old Town\n\n"
                "Republic Of Ruritania Ministry Of Harbours And Ferries 19.04.2024\n\n" STORY,
                "Ministry Of Harbours And Ferries");
  check_source ("No: 65, 19 April 2024, Regarding the Harbour of the Old Town\n\n"
                "Republic Of Ruritania Harbours And Ferries Of The North 19.04.2024\n\n" STORY,
                NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found68/state-before-ministry", test_state_before_ministry);
  return g_test_run ();
}
