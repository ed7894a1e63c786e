/* test-importer-found131.c: the year of a year-less date from the page's address (issue 11). An
 * agency's dateline without a year ("Accra, Nov 22, GNA – ", heldout27 ghana-01) on a page whose
 * address, given in the dump, files it by year and month ("/2023/11/") takes that year: the page
 * was published in that month. An address of another month, or with no dated path, leaves the
 * year unknown: a partial date, never a guessed year.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                        \
  "Accra, Nov 22, GNA – The Ministry of Foreign Affairs has commissioned a modern office for the " \
  "Council on Foreign Relations.\n\n"                                                                \
  "A statement issued by the Ministry said the office would enhance the work of the Council.\n\n"

static void
test_dated_path (void)
{
  g_autoptr (CmqRelease) release =
      import_ok (STORY "URL: https://news.example.org/2023/11/ministry-commissions-office/\n");

  g_assert_cmpstr (cmq_release_get_date (release), ==, "2023-11-22");
  g_assert_cmpint (cmq_release_get_date_source (release), ==, CMQ_DATE_SOURCE_INFERRED_YEAR);
}

static void
test_other_month (void)
{
  g_autoptr (CmqRelease) release =
      import_ok (STORY "URL: https://news.example.org/2023/10/ministry-commissions-office/\n");

  g_assert_null (cmq_release_get_date (release));
  g_assert_cmpstr (cmq_release_get_partial_date (release), ==, "--11-22");
}

static void
test_undated_path (void)
{
  g_autoptr (CmqRelease) release =
      import_ok (STORY "URL: https://news.example.org/news/ministry-commissions-office/\n");

  g_assert_null (cmq_release_get_date (release));
  g_assert_cmpstr (cmq_release_get_partial_date (release), ==, "--11-22");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found131/dated-path", test_dated_path);
  g_test_add_func ("/importer/found131/other-month", test_other_month);
  g_test_add_func ("/importer/found131/undated-path", test_undated_path);
  return g_test_run ();
}
