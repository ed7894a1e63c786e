/* test-importer-found73.c: a list of releases saved whole, each item under a round bullet that
 * holds its date in figures (issue 11: heldout21 madrid-01, "• 29/12/2025" over "Afecciones a la
 * movilidad …"). The date after the bullet is the release's date, read before a year-less date of
 * the lead; the line above it, the list's heading, is not the headline: the item's headline is
 * the line under its date.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define ITEM(date)                                                                                 \
  "Latest press notes\n\n"                                                                         \
  "  \u2022 " date "\n\n"                                                                          \
  "    Traffic changes for the New Year's Eve race in the city\n\n"                                \
  "    The city gets ready once more to welcome on 31 December the race that will fill its "       \
  "streets with sport again. The event will take place over a single day and will close "          \
  "several streets to traffic from the afternoon.\n"

static void
test_bulleted_date (void)
{
  g_autoptr (CmqRelease) release = import_ok (ITEM ("29/12/2025"));

  g_assert_cmpstr (cmq_release_get_date (release), ==, "2025-12-29");
  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Traffic changes for the New Year's Eve race in the city");
}

static void
test_bulleted_date_in_words (void)
{
  g_autoptr (CmqRelease) release = import_ok (ITEM ("29 December 2025"));

  g_assert_cmpstr (cmq_release_get_date (release), ==, "2025-12-29");
  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Traffic changes for the New Year's Eve race in the city");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found73/bulleted-date", test_bulleted_date);
  g_test_add_func ("/importer/found73/bulleted-date-in-words", test_bulleted_date_in_words);
  return g_test_run ();
}
