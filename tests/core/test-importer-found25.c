/* test-importer-found25.c: the importer on synthetic pages that carry what issue 11's date and
 * headline misses showed in the eighteenth held-out set (heldout18 lithuania-01): a date line
 * labelled "Created:" with a numeric date written year first, with dots or slashes ("Created:
 * 2021.04.13 / Updated: 2021.04.13 18:30"), under the headline, is the page's release-date line:
 * its date is the release's, and the headline above it is found.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define HEADLINE "Foreign Minister meets the Secretary General and discusses the situation"
#define STORY                                                                                      \
  "On 13 April, the Minister of Foreign Affairs had a telephone conversation with the Secretary "  \
  "General and discussed the military build-up near the eastern border.\n\n"                       \
  "The Minister drew attention to an increase in ceasefire violations in the region.\n"

static void
test_created_year_first (void)
{
  static const char *const lines[] = {
    "Created: 2021.04.13 / Updated: 2021.04.13 18:30",
    "Created: 2021/04/13",
    "Created on 2021.04.13",
    "Published: 2021.04.13",
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree char *text = g_strconcat (HEADLINE "\n\n", lines[i], "\n\n" STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_date (release), ==, "2021-04-13");
      g_assert_cmpstr (cmq_release_get_title (release), ==, HEADLINE);
      g_assert_true (cmq_release_get_headline_found (release));
    }
}

/* A year-first number that is no date (a month above 12, a longer run of figures, a version) is
 * not read as one. */
static void
test_year_first_not_date (void)
{
  static const char *const lines[] = {
    "Created: 2021.13.04",
    "Created: 2021.04.13.2",
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree char *text = g_strconcat (HEADLINE "\n\n", lines[i], "\n\n" STORY, NULL);

      assert_import_field (text, date, NULL);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer-found25/created-year-first", test_created_year_first);
  g_test_add_func ("/importer-found25/year-first-not-date", test_year_first_not_date);
  return g_test_run ();
}
