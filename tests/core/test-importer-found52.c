/* test-importer-found52.c: the source a line after the story names (issue 11: heldout20 wipo-01,
 * heldout unfoundation-01): a press office's contact line ("please contact the News and Media
 * Division at X") and an "About X" note, when the story names X too (by its name or acronym),
 * as the dump writes it. A note about a partner whom the story never names gives no source.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY_NAMING(who)                                                                          \
  "Harbour works to start in the spring\n\n"                                                       \
  "KINGSTON, 3 March 2015 - The harbour of the old town will be dredged this spring, " who         \
  " said today, so that the ferries can dock again in the summer.\n\n"                             \
  "The works will last eight weeks and cost two million dollars, shared with the town.\n\n"

static void
check_source (const char *text, const char *source)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_source (release), ==, source);
}

static void
test_press_office_line (void)
{
  check_source (STORY_NAMING ("the LHF") "For more information, please contact the News and "
                                         "Media Division at LHF:\nTel: 555 0100\n",
                "LHF");
  check_source (
      STORY_NAMING ("the Lakeshore Heritage Fund") "For further information, please contact the "
                                                   "press office of the "
                                                   "Lakeshore Heritage Fund:\nTel: 555 0100\n",
      "Lakeshore Heritage Fund");
  /* an office the story never names */
  check_source (
      STORY_NAMING ("the town") "For more information, please contact the press office at Harbour "
                                "Media:\nTel: 555 0100\n",
      NULL);
}

static void
test_about_note (void)
{
  check_source (STORY_NAMING ("the Lakeshore Heritage Fund") "###\n\nAbout the Lakeshore "
                                                             "Heritage Fund\n",
                "Lakeshore Heritage Fund");
  check_source (STORY_NAMING ("la Fondation du Lac") "À propos de la Fondation du Lac\n",
                "Fondation du Lac");
  /* a partner's note, or a page's own "About us" */
  check_source (STORY_NAMING ("the town") "About the Coastal Partners Network\n", NULL);
  check_source (STORY_NAMING ("the town") "About us\n", NULL);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found52/press-office-line", test_press_office_line);
  g_test_add_func ("/importer/found52/about-note", test_about_note);
  return g_test_run ();
}
