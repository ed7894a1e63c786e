/* test-importer-found28.c: the importer on synthetic pages that carry what issue 11's headline
 * misses showed (heldout7 cern-01): a page that reposts a release puts its own title first, a
 * line ending with a place and a date in parentheses, then the release's headline over the
 * release's own kind and date line. The release's headline is the title; the page's dated line
 * over it is not a headline over its subtitle. (A date alone under the headline is the
 * page's date line, read by another rule: a headline ending with a date over its deck, heldout11 boe-02.)
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define HEADLINE "Laboratory experiments observe particle consistent with long-sought boson"
#define STORY                                                                                      \
  "\"We have reached a milestone in our understanding of nature,\" said the laboratory's "         \
  "Director General on Wednesday at a seminar held in the main auditorium.\n\n"                    \
  "The two experiments observed a new particle in the mass region around 125 GeV, and the "        \
  "results are preliminary, the laboratory said in a statement.\n"

/* The reposting page's @title, the release's headline, its @own kind and date line (none when
 * NULL), then the story. */
static char *
page (const char *title, const char *own)
{
  return g_strconcat (title, "\n\n" HEADLINE "\n", own != NULL ? own : "", own != NULL ? "\n" : "",
                      STORY, NULL);
}

/* The page's title, dated in parentheses, over the release's headline and its own dated kind
 * line: the headline is the release's. */
static void
test_repost_title_over_release (void)
{
  static const char *const titles[] = {
    "The two experiments at the laboratory: strong indications for the presence of a new "
    "particle, which could be the boson (Geneva, 4th July 2012)",
    "Les deux expériences du laboratoire observent une nouvelle particule (Genève, 4 juillet "
    "2012)",
  };
  static const char *const owns[] = {
    "Laboratory press release 04.07.2012",
    "Communiqué de presse 04.07.2012",
    "Press release 4 July 2012",
  };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    for (guint j = 0; j < G_N_ELEMENTS (owns); j++)
      {
        g_autofree char *text = page (titles[i], owns[j]);

        assert_import_field (text, title, HEADLINE);
      }
}

/* Without the release's own date line, a dated line over a line that tells more of the same is
 * still the headline over its subtitle (web france-03). */
static void
test_dated_headline_over_subtitle (void)
{
  g_autofree char *text =
      page ("Laboratory experiments observe a new particle (4 July 2012)", NULL);

  assert_import_field (text, title, "Laboratory experiments observe a new particle (4 July 2012)");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer-found28/repost-title-over-release", test_repost_title_over_release);
  g_test_add_func ("/importer-found28/dated-headline-over-subtitle",
                   test_dated_headline_over_subtitle);
  return g_test_run ();
}
