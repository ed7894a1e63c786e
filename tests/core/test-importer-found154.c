/* test-importer-found154.c: a field's label alone on its line, with or without its colon, its
 * value elsewhere or missing, is never the headline (issue 11: heldout28 tuc-01, "Toggle high
 * contrast" and "Issue date" over a story without a headline), nor is a page's accessibility
 * switch: with nothing else above the story, no headline is found, and a label kept at the
 * story's top does not give the title either.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "Responding to the minister's comments on the plans for the public sector, the General "         \
  "Secretary said:\n\n"                                                                            \
  "\"Ministers should think about why so many workers feel the economy isn't working for them, "   \
  "instead of making plans for strikes.\"\n"

static void
assert_no_headline (const char *text)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_false (cmq_release_get_headline_found (release));
  g_assert_true (g_str_has_prefix (cmq_release_get_title (release), "Responding to"));
}

static void
test_issue_date_label (void)
{
  assert_no_headline ("Toggle high contrast\nIssue date\n" STORY);
}

static void
test_label_with_colon (void)
{
  assert_no_headline ("Toggle high contrast\nIssue date:\n" STORY);
  assert_no_headline ("Release date:\n\n" STORY);
}

static void
test_french_label (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Contraste élevé\n\nDate de publication\n\n"
      "Répondant aux propos du ministre sur les projets du gouvernement, la secrétaire générale a "
      "déclaré que les salariés du secteur public attendaient des réponses.\n\n"
      "Elle a demandé l'ouverture de négociations salariales avant l'été.\n");

  g_assert_false (cmq_release_get_headline_found (release));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found154/issue-date-label", test_issue_date_label);
  g_test_add_func ("/importer/found154/label-with-colon", test_label_with_colon);
  g_test_add_func ("/importer/found154/french-label", test_french_label);
  return g_test_run ();
}
