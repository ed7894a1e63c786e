/* test-importer-found53.c: the source a page's title or date line carries in its tail, and a
 * "From:" line (issue 11: heldout17 ecowas-01, ireland-01; heldout18 oxfam-01). "Publié le … |
 * CEDEAO" and "Title - Oxfam": the name after the last bar, or after a title's last dash, when the
 * story names it too. A dash after a date is a dateline's place, never a source. "From: Department
 * of Defence and Paul Kehoe TD": the first institution the line lists, never a person. The page's
 * URL is the one that names the page: a share link's shared address, never the share link, a
 * social account or an image.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "The harbour of the old town will be dredged this spring, the Lakeshore Heritage Fund (LHF) "    \
  "said today, so that the ferries can dock again in the summer.\n\n"                              \
  "The works will last eight weeks and cost two million dollars, shared with the town.\n"

static void
check_source (const char *text, const char *source)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_source (release), ==, source);
}

static void
test_title_tail (void)
{
  check_source ("Harbour works to start in the spring\n\nPublished 3 March 2015 | LHF\n\n" STORY,
                "LHF");
  check_source ("Harbour works to start in the spring - Lakeshore Heritage Fund\n\n" STORY,
                "Lakeshore Heritage Fund");
  /* a date line's place after a dash; a tail the story never names */
  check_source ("Harbour works to start in the spring\n\nMarch 3, 2015 - Kingston\n\n" STORY, NULL);
  check_source ("Harbour works to start in the spring | Harbour Media\n\n" STORY, NULL);
}

static void
test_from_line (void)
{
  check_source ("Harbour works to start in the spring\n\n"
                "From: Department of Transport and John Smith TD\n\n" STORY,
                "Department of Transport");
  /* a person, an address */
  check_source ("Harbour works to start in the spring\n\nFrom: John Smith\n\n" STORY, NULL);
}

static void
check_url (const char *first_line, const char *url)
{
  g_autofree char *text =
      g_strconcat (first_line, "\n\nHarbour works to start in the spring\n\n", STORY, NULL);
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_url (release), ==, url);
}

static void
test_page_url (void)
{
  check_url ("https://www.lakeshore.org/news/harbour-works",
             "https://www.lakeshore.org/news/harbour-works");
  /* a share link names the page it shares */
  check_url ("https://twitter.com/intent/tweet?text=Harbour&url=https%3A%2F%2Fwww.lakeshore.org"
             "%2Fnews%2Fharbour-works",
             "https://www.lakeshore.org/news/harbour-works");
  check_url ("https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.lakeshore.org%2Fnews"
             "%2Fharbour-works",
             "https://www.lakeshore.org/news/harbour-works");
  /* a social account, an image: never the page */
  check_url ("https://www.facebook.com/LakeshoreFund", NULL);
  check_url ("https://www.lakeshore.org/images/harbour.JPG", NULL);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found53/title-tail", test_title_tail);
  g_test_add_func ("/importer/found53/from-line", test_from_line);
  g_test_add_func ("/importer/found53/page-url", test_page_url);
  return g_test_run ();
}
