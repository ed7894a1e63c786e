/* test-importer-found66.c: one table of the words that present an organisation
 * (presenting-openings.txt), read by the site-name, office-note, publisher and credit rules
 * (issue 11). A note after the story that presents the issuer in German ("Über X") names it as
 * "About X" and "À propos de X" do, when the story names it too; a site's heading that puts its
 * news words after its name ("X - Newsroom") names the site. A note about a partner the story
 * never names names no source.
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

#define STORY                                                                                      \
  "Hafenarbeiten beginnen im Frühjahr\n\n"                                                        \
  "Die Hafenstiftung Kingsbridge lässt den Hafen der Altstadt in diesem Frühjahr ausbaggern, "   \
  "damit die Fähren im Sommer wieder anlegen können.\n\n"                                        \
  "Die Arbeiten dauern acht Wochen und kosten zwei Millionen Euro.\n\n"

static void
test_about_note (void)
{
  check_source (STORY "Über die Hafenstiftung Kingsbridge\n\n"
                      "Die Stiftung hält den Hafen der Altstadt seit 1950 für Fähren offen.\n",
                "Hafenstiftung Kingsbridge");
  check_source (STORY "About the Hafenstiftung Kingsbridge\n\n"
                      "The foundation has kept the harbour open to ferries since 1950.\n",
                "Hafenstiftung Kingsbridge");
  /* a partner's note: the story does not name it */
  check_source (STORY "Über die Fährgesellschaft Nordmeer\n\n"
                      "Die Gesellschaft betreibt die Fähren der Altstadt seit 1950.\n",
                NULL);
}

static void
test_news_heading (void)
{
  check_source ("Harbour Fund Kingsbridge - Newsroom\n\n"
                "Harbour works to start in the spring\n\n"
                "The harbour of the old town will be dredged this spring so that the ferries can "
                "dock again in the summer.\n\n"
                "The works will last eight weeks and cost two million pounds.\n",
                "Harbour Fund Kingsbridge");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found66/about-note", test_about_note);
  g_test_add_func ("/importer/found66/news-heading", test_news_heading);
  return g_test_run ();
}
