/* test-importer-found63.c: a page of a site's news list saved whole (issue 11: heldout21 foe-01,
 * madrid-01, unaids-02, heldout20 greenpeace-03). The release is the first item; each item opens
 * as the release's did, with the same line over its headline ("-", the kind "Press Statement",
 * a date alone), and the story stops where that line comes again over the next item's
 * headline. The same line under the story over a sentence is the story's, and kept; so is the
 * same line over the same headline again (a teaser, then the whole release: heldout22
 * healthfoundation-01).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define FIRST_ITEM(opener)                                                                         \
  "News Releases\n\n" opener "\n"                                                                  \
  "Harbour works to start in the spring\n"                                                         \
  "KINGSTON - The harbour of the old town will be dredged this spring so that the ferries can "    \
  "dock again in the summer, the port said today.\n"                                               \
  "The works will last eight weeks and cost two million dollars, shared with the city.\n"

#define NEXT_ITEM(opener)                                                                          \
  opener                                                                                           \
      "\n"                                                                                         \
      "New ferry line opens between the two islands\n"                                             \
      "KINGSTON - A new ferry line will link the two islands from the first of June, with four "   \
      "crossings a day in each direction.\n"

#define LAST "The works will last eight weeks and cost two million dollars, shared with the city."
#define NEXT_LEAD                                                                                  \
  "KINGSTON - A new ferry line will link the two islands from the first of June, with four "       \
  "crossings a day in each direction."

static void
test_next_item (void)
{
  assert_last_paragraph (FIRST_ITEM ("-") NEXT_ITEM ("-") NEXT_ITEM ("-"), LAST);
  assert_last_paragraph (FIRST_ITEM ("Press Statement") "\n\n" NEXT_ITEM ("Press Statement"), LAST);
  /* dates alone open the items, each its own */
  assert_last_paragraph (FIRST_ITEM ("29/12/2025") NEXT_ITEM ("28/12/2025"), LAST);
}

static void
test_story_kept (void)
{
  /* the opener again over a sentence, not a headline: the story's */
  assert_last_paragraph (FIRST_ITEM ("-") "-\n" NEXT_LEAD "\n", NEXT_LEAD);
  /* no line over the headline: nothing to repeat */
  assert_last_paragraph (
      "Harbour works to start in the spring\n"
      "KINGSTON - The harbour of the old town will be dredged this spring so that the "
      "ferries can dock again in the summer, the port said today.\n"
      "Press Statement\n"
      "New ferry line opens between the two islands\n" NEXT_LEAD "\n",
      NEXT_LEAD);
  /* the same item again, whole after its teaser: one release */
  assert_last_paragraph (
      FIRST_ITEM (
          "* * *") "* * *\n"
                   "Harbour works to start in the spring\n"
                   "KINGSTON - The harbour of the old town will be dredged this spring.\n" NEXT_LEAD
                   "\n",
      NEXT_LEAD);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found63/next-item", test_next_item);
  g_test_add_func ("/importer/found63/story-kept", test_story_kept);
  return g_test_run ();
}
