/* test-importer-found82.c: a headline that writes its date twice, a month and a year in words and
 * the date in figures with a two-digit year (issue 11: heldout8 wfp-01, "Opening Statement to the
 * WFP Executive Board, June 2008 - Rome, Italy (09/06/08)"). The month named tells which figure
 * is the month, day first or month first, in English and French; when neither figure is the
 * month named, or the two-digit year is not the year named, no date is made of it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define RELEASE(headline)                                                                          \
  headline                                                                                         \
      "\n\n"                                                                                       \
      "We are meeting at a time of great challenges for the world and for the people we serve "    \
      "across every region.\n\n"                                                                   \
      "Today, hunger is back on the march, and we must act together to stop it.\n"

static void
check_date (const char *text, const char *date)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_date (release), ==, date);
}

static void
test_month_decides (void)
{
  check_date (
      RELEASE ("Opening Statement to the Executive Board, June 2008 - Rome, Italy (09/06/08)"),
      "2008-06-09");
  check_date (
      RELEASE ("Opening Statement to the Executive Board, June 2008 - Rome, Italy (06/09/08)"),
      "2008-06-09");
  check_date (RELEASE ("Déclaration au Conseil d'administration, juin 2008 - Rome (09.06.08)"),
              "2008-06-09");
}

static void
test_month_does_not_decide (void)
{
  check_date (
      RELEASE ("Opening Statement to the Executive Board, June 2008 - Rome, Italy (09/05/08)"),
      NULL);
  check_date (
      RELEASE ("Opening Statement to the Executive Board, June 2008 - Rome, Italy (09/06/07)"),
      NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found82/month-decides", test_month_decides);
  g_test_add_func ("/importer/found82/month-does-not-decide", test_month_does_not_decide);
  return g_test_run ();
}
