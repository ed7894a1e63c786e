/* test-importer-found59.c: the source a list page's description or an "about" note's heading
 * names (issue 11: heldout21 cruk-01, unaids-02). "Latest press releases from X, as well as …"
 * describes a site's list of its releases: the first name after "from" is the publisher's, when
 * the story names it elsewhere. The organisation's name alone as a heading after the story, over
 * the paragraph that presents it ("X is …", "The … (X) leads …"), is the issuer's "about" note.
 * A heading over a paragraph of the story, which only opens with the name, names no source.
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

static void
test_list_description (void)
{
  check_source ("Press releases\n\n"
                "Latest press releases from Harbour Research Kingsbridge, as well as the Ferry "
                "Institute and the Journal of Ferries.\n\n"
                "Harbour works to start in the spring\n\n"
                "Harbour Research Kingsbridge will dredge the harbour of the old town this spring "
                "so that the ferries can dock again in the summer.\n\n"
                "The works will last eight weeks and cost two million pounds.\n",
                "Harbour Research Kingsbridge");
  /* a publisher the story never names is a list's, not this release's */
  check_source ("Press releases\n\n"
                "Latest press releases from Harbour Research Kingsbridge, as well as the Ferry "
                "Institute and the Journal of Ferries.\n\n"
                "Harbour works to start in the spring\n\n"
                "The harbour of the old town will be dredged this spring so that the ferries can "
                "dock again in the summer.\n\n"
                "The works will last eight weeks and cost two million pounds.\n",
                NULL);
}

#define STORY                                                                                      \
  "Harbour works to start in the spring\n"                                                         \
  "KINGSTON, 3 March 2015 - The harbour of the old town will be dredged this spring so that "      \
  "the ferries can dock again, KHF said today.\n"                                                  \
  "The works will last eight weeks and cost two million dollars, shared with KHF.\n"

static void
test_note_heading (void)
{
  check_source (STORY "KHF\n"
                      "The Kingston Harbour Fund (KHF) keeps the harbour of the old town open to "
                      "ferries and boats. Learn more at its site.\n",
                "KHF");
  check_source (STORY "KHF\n"
                      "KHF is the fund that keeps the harbour of the old town open to ferries and "
                      "boats since 1950.\n",
                "KHF");
  /* a heading over a paragraph that only tells the story names nothing */
  check_source (STORY "KHF\n"
                      "KHF said that the works would start on a Monday and end before the summer "
                      "season.\n",
                NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found59/list-description", test_list_description);
  g_test_add_func ("/importer/found59/note-heading", test_note_heading);
  return g_test_run ();
}
