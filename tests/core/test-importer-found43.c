/* test-importer-found43.c: a line that leads into a list drawn with bullets ("For instance, our
 * research has been featured in" over "• ABC News", issue 11: heldout10 uc-01) ends without a
 * stop, as a picture's caption does, but it is a sentence that the items end: it is the
 * story's and is kept, in doubt as always.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define LEAD_IN "For instance, in the past month alone, our research has been featured in"

static void
test_lead_into_list (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "University research brings headlines\n\n"
      "Research with results is what the university is known for, and the world's press "
      "writes about it every week of the year.\n\n" LEAD_IN "\n\n"
      "  • ABC News\n  • Associated Press\n  • Reuters\n\n"
      "It is coverage that underscores the university's standing among the nation's research "
      "universities, and it grows every year.\n");

  g_assert_true (has_paragraph (release, LEAD_IN));
  g_assert_true (has_paragraph (release, "• Reuters"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found43/lead-into-list", test_lead_into_list);
  return g_test_run ();
}
