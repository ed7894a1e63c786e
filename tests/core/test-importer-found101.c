/* test-importer-found101.c: a lead sentence broken across lines under a date-only dateline is no
 * headline, nor is a list's heading naming who issued its releases (issue 11: heldout24 epa-01,
 * "News Releases issued by the Office of …" over the headline, and "02/02/2004 - President
 * Bush’s 2005 budget provides $7.76 billion for the Environmental Protection Agency, a" over
 * "$133 million increase …"). The headline above is found, and the kind in the plural ("News
 * Releases": press releases); a dateline followed by a headline keeps it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_broken_lead (void)
{
  assert_import_field ("Town budget protects the libraries\n\n"
                       "02/02/2004 - The mayor's budget for next year provides $2 million for the "
                       "town's libraries, a\n"
                       "$100,000 increase over this year's budget, the council said on Monday.\n\n"
                       "The libraries will open on Sundays from the spring.\n",
                       title, "Town budget protects the libraries");
}

static void
test_dateline_headline (void)
{
  assert_import_field ("02/02/2004 - Town keeps its libraries open on Sundays\n\n"
                       "The mayor's budget for next year provides $2 million for the town's "
                       "libraries, the council said on Monday.\n\n"
                       "The libraries will open on Sundays from the spring.\n",
                       title, "Town keeps its libraries open on Sundays");
}

static void
test_issued_by (void)
{
  assert_import_field ("News Releases issued by the Office of the Mayor\n\n"
                       "Town budget protects the libraries\n\n"
                       "The mayor's budget for next year provides $2 million for the town's "
                       "libraries, the council said on Monday.\n\n"
                       "The libraries will open on Sundays from the spring.\n",
                       title, "Town budget protects the libraries");
}

static void
test_issued_by_kind (void)
{
  assert_import_field ("News Releases issued by the Office of the Mayor\n\n"
                       "Town budget protects the libraries\n\n"
                       "The mayor's budget for next year provides $2 million for the town's "
                       "libraries, the council said on Monday.\n\n"
                       "The libraries will open on Sundays from the spring.\n",
                       kind, "press release");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found101/broken-lead", test_broken_lead);
  g_test_add_func ("/importer/found101/dateline-headline", test_dateline_headline);
  g_test_add_func ("/importer/found101/issued-by", test_issued_by);
  g_test_add_func ("/importer/found101/issued-by-kind", test_issued_by_kind);
  return g_test_run ();
}
