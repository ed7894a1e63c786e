/* test-importer-found130.c: a date in figures whose day and month cannot be told apart, decided
 * by the order in which the same text writes its dates in words (issue 11). A news advisory
 * dated "5/9/2003" on a line of its own that writes its events "Monday, May 12" and "May 15"
 * (heldout27 citymuseum-01) writes its figures month first: 9 May 2003. One that writes "12 May"
 * reads them day first: 5 September 2003. One that writes both orders, or no date in words,
 * decides nothing: no date, and the note says why.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define HEAD "Media to Get Sneak Preview of the New City Museum Before Its Opening\n\n5/9/2003\n\n"

static void
test_month_first (void)
{
  g_autoptr (CmqRelease) release =
      import_ok (HEAD "The Historical Society opens the City Museum to the press on Monday, May "
                      "12, before the official dedication and ribbon-cutting on May 15.\n");

  g_assert_cmpstr (cmq_release_get_date (release), ==, "2003-05-09");
}

static void
test_day_first (void)
{
  g_autoptr (CmqRelease) release =
      import_ok (HEAD "The Historical Society opens the City Museum to the press on Monday 12 "
                      "May, before the official dedication and ribbon-cutting on 15 May.\n");

  g_assert_cmpstr (cmq_release_get_date (release), ==, "2003-09-05");
}

static void
test_undecided (void)
{
  g_autoptr (CmqRelease) release =
      import_ok (HEAD "The Historical Society opens the City Museum to the press on Monday, May "
                      "12, before the official dedication and ribbon-cutting on 15 May.\n");

  g_assert_null (cmq_release_get_date (release));
  g_assert_nonnull (cmq_release_get_date_note (release));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found130/month-first", test_month_first);
  g_test_add_func ("/importer/found130/day-first", test_day_first);
  g_test_add_func ("/importer/found130/undecided", test_undecided);
  return g_test_run ();
}
