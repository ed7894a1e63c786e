/* test-importer-found180.c: a skip link is no headline (issue 11). "You have skipped the
 * navigation, tab for page content" first on the page (heldout31 nrl-01), "Skip to content",
 * "Aller au contenu": a link for keyboards and screen readers that a page without styles shows,
 * taken for the headline of a story that has none. It is the page's chrome, in English, French
 * and German; a headline that opens with the same word is still one.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "Club chief executives have thrown their support behind the season launch campaign, which "      \
  "has set the scene for a sensational start to the competition.\n\n"                              \
  "The campaign and a record drive in club membership see all clubs going into the first round "   \
  "with enormous interest.\n"

static void
assert_no_skip_title (const char *text)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_false (g_str_has_prefix (cmq_release_get_title (release), "You have"));
  g_assert_false (g_str_has_prefix (cmq_release_get_title (release), "Skip"));
  g_assert_false (g_str_has_prefix (cmq_release_get_title (release), "Aller"));
  g_assert_false (g_str_has_prefix (cmq_release_get_title (release), "Zum"));
  g_assert_true (g_str_has_prefix (first_paragraph (release), "Club chief executives"));
}

static void
test_skipped_en (void)
{
  assert_no_skip_title ("You have skipped the navigation, tab for page content\n\n" STORY);
  assert_no_skip_title ("Skip to content\n\n" STORY);
}

static void
test_skip_fr_de (void)
{
  assert_no_skip_title ("Aller au contenu\n\n" STORY);
  assert_no_skip_title ("Zum Inhalt springen\n\n" STORY);
}

static void
test_headline_kept (void)
{
  assert_import_field ("Skipped meals put pupils at risk, heads warn\n\n" STORY, title,
                       "Skipped meals put pupils at risk, heads warn");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found180/skipped-en", test_skipped_en);
  g_test_add_func ("/importer/found180/skip-fr-de", test_skip_fr_de);
  g_test_add_func ("/importer/found180/headline-kept", test_headline_kept);
  return g_test_run ();
}
