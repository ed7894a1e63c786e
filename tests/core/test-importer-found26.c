/* test-importer-found26.c: the importer on synthetic pages that carry what issue 11's kind missed
 * in the eighteenth held-out set (heldout18 oxfam-01): the heading of the list a release was
 * taken from, a kind in the plural alone on its line right over the headline ("Press Releases",
 * "Communiqués de presse", "Pressemitteilungen"), names the release's kind; the same words
 * elsewhere (a menu far above, or with more words) do not.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define HEADLINE "Nearly half a million people out of reach in the region - agency"
#define STORY                                                                                      \
  "Today, the agency said it cannot reach an estimated 450,000 people in the region because of "   \
  "the continuing fighting.\n\n"                                                                   \
  "The agency should be providing food, clean water, sanitation and child protection support, "    \
  "but the fighting makes it too dangerous for anyone to leave their homes.\n"

static void
test_list_heading_over_headline (void)
{
  static const struct
  {
    const char *heading;
    const char *kind;
  } cases[] = {
    { "Press Releases", "press release" },
    { "Press releases", "press release" },
    { "Communiqués de presse", "press release" },
    { "Statements", "statement" },
    { "Speeches", "speech" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text =
          g_strconcat (cases[i].heading, "\n\n" HEADLINE "\n\n18 May 2021\n\n" STORY, NULL);

      assert_import_field (text, kind, cases[i].kind);
    }
}

/* The plural with more words on its line ("Press releases and statements archive"), or standing
 * over another line than the headline, says nothing of this release. */
static void
test_not_list_heading (void)
{
  static const char *const texts[] = {
    "Latest press releases from our offices around the world\n\n" HEADLINE
    "\n\n18 May 2021\n\n" STORY,
    "Press Releases\n\nHome\n\nAbout us\n\nContact us\n\n" HEADLINE "\n\n18 May 2021\n\n" STORY,
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    assert_import_field (texts[i], kind, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer-found26/list-heading-over-headline", test_list_heading_over_headline);
  g_test_add_func ("/importer-found26/not-list-heading", test_not_list_heading);
  return g_test_run ();
}
