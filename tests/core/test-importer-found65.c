/* test-importer-found65.c: a page of excerpts (issue 11: heldout21 legambiente-01, a category
 * archive): each item's text cut and ended by a link to the whole ("… Read more…", "Lire la
 * suite", "Leggi tutto", more-links.txt). The release is the first item: its excerpt is the
 * story's last paragraph, without the link, and the next items are not the story. A paragraph
 * ending on such a link with the story going on under it is left whole.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define ITEMS(link)                                                                                \
  "Wolves are not dogs\n\n"                                                                        \
  "Potenza, 9 December 2020 - The association asks the ministry to check how the town and the "    \
  "region handled the capture of a wolf in the town, which had been seen for some weeks "          \
  "near the " link "\n\n"                                                                          \
  "For the marine park and against fake news\n\n"                                                  \
  "Montemarciano, 2 December 2020 - The campaign against disinformation starts from the marine "   \
  "park, which costs the towns nothing and brings them new resources, as the association " link    \
  "\n\n"                                                                                           \
  "Apples for the bears\n\n"                                                                       \
  "Pettorano, 23 October 2020 - The reserve will also use the organic apples of the region for "   \
  "its work to protect the brown bear, with twelve boxes of them delivered by " link "\n"

static void
check_excerpt (const char *text, const char *last_end)
{
  g_autoptr (CmqRelease) release = import_ok (text);
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpuint (n_paragraphs (release), ==, 1);
  g_assert_true (g_str_has_suffix (paragraphs[0], last_end));
}

static void
test_excerpt_list (void)
{
  check_excerpt (ITEMS ("Read more…"), "seen for some weeks near the");
  check_excerpt (ITEMS ("[Lire la suite]"), "seen for some weeks near the");
  check_excerpt (ITEMS ("Leggi tutto »"), "seen for some weeks near the");
}

/* One excerpt, the end of the dump under it. */
static void
test_last_excerpt (void)
{
  check_excerpt ("Wolves are not dogs\n\n"
                 "Potenza, 9 December 2020 - The association asks the ministry to check how the "
                 "town and the region handled the capture of a wolf in the town, which had been "
                 "seen for some weeks near the Continue reading\n\n"
                 "Share\n",
                 "seen for some weeks near the");
}

/* A paragraph that ends on such a link, with the story's paragraphs under it: the story goes on
 * to its last paragraph. */
static void
test_story_goes_on (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Wolves are not dogs\n\n"
                 "The association asks the ministry to check how the town and the region handled "
                 "the capture of a wolf that had been seen for weeks near the houses.\n\n"
                 "The report of the association describes the capture in detail and the mistakes "
                 "it sees in it, as the press office writes. Read more\n\n"
                 "The wolf had been seen for some weeks near the houses of the town, and the "
                 "mayor ordered its capture without asking the regional wildlife service.\n");
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpuint (n_paragraphs (release), >=, 2);
  g_assert_true (g_str_has_prefix (paragraphs[0], "The association asks"));
  g_assert_true (g_str_has_prefix (paragraphs[n_paragraphs (release) - 1], "The wolf had been"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found65/excerpt-list", test_excerpt_list);
  g_test_add_func ("/importer/found65/last-excerpt", test_last_excerpt);
  g_test_add_func ("/importer/found65/story-goes-on", test_story_goes_on);
  return g_test_run ();
}
