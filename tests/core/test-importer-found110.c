/* test-importer-found110.c: a date in figures with spaces around its slashes (issue 11:
 * heldout25 aafa-01, "Date: 5 / 14 /2007"), as a page's template spaces them: read as the same
 * date without the spaces, the order of day and month told as for any other.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "The association welcomed the agreement reached by the negotiators and urged Congress to "       \
  "approve the pending trade agreements swiftly.\n\n"                                              \
  "It looks forward to studying the details of the agreement.\n"

static void
test_month_first (void)
{
  assert_import_field ("Date: 5 / 14 /2007\nNews Release\n"
                       "Association welcomes the trade agreement\n\n" STORY,
                       date, "2007-05-14");
}

static void
test_day_first (void)
{
  assert_import_field ("Date : 14 / 5 / 2007\n"
                       "L'association salue l'accord commercial\n\n"
                       "L'association a salué l'accord conclu par les négociateurs et a demandé au "
                       "Congrès d'approuver rapidement les accords en attente.\n\n"
                       "Elle étudiera le détail de l'accord.\n",
                       date, "2007-05-14");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found110/month-first", test_month_first);
  g_test_add_func ("/importer/found110/day-first", test_day_first);
  return g_test_run ();
}
