/* test-importer-subheadings.c: a subheading inside the story ("Crisis Management" between two
 * paragraphs of the IMF's communiqué, tests/fixtures/heldout5/imf-01.txt) is a paragraph of the
 * story marked as a subheading, never dropped as a caption, never merged into its neighbours and
 * never the lead; a caption, a heading outside the story and a line under a removed one are not
 * subheadings; and a subheading leaves the release's id as it was without it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define HEAD                                                                                       \
  "Statement of the River Office on the Floods of the Spring\n\n"                                  \
  "WASHINGTON, March 21, 2005 — "
#define FIRST                                                                                      \
  "The ministers of the river states agreed today on a plan to help the valley after the floods "  \
  "of the spring."
#define SECOND "They will meet again in the autumn to see how the work on the dams goes on."
#define THIRD                                                                                      \
  "The council thanked the engineers who kept the dams standing through the worst of the spring."

static void
assert_subheadings (CmqRelease *release, const guint *expected, guint n_expected)
{
  guint n = 0;
  const guint *subheadings = cmq_release_get_subheadings (release, &n);

  g_assert_cmpuint (n, ==, n_expected);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (subheadings[i], ==, expected[i]);
}

/* A short heading and a numbered one between sentence paragraphs: kept, each a paragraph of its
 * own, marked; the paragraphs around them are whole; the title is the headline, not one of them. */
static void
test_kept_and_marked (void)
{
  g_autoptr (CmqRelease) release =
      import_ok (HEAD FIRST "\n\nCrisis Management\n\n" SECOND
                            "\n\n(2) Attendance at the Summit of the River States and the Valley "
                            "Council\n\n" THIRD "\n");
  const char *const *paragraphs = cmq_release_get_paragraphs (release);
  static const guint expected[] = { 1, 3 };

  g_assert_cmpuint (n_paragraphs (release), ==, 5);
  g_assert_true (g_str_has_suffix (paragraphs[0], FIRST));
  g_assert_cmpstr (paragraphs[1], ==, "Crisis Management");
  g_assert_cmpstr (paragraphs[2], ==, SECOND);
  g_assert_cmpstr (paragraphs[3], ==,
                   "(2) Attendance at the Summit of the River States and the Valley Council");
  g_assert_cmpstr (paragraphs[4], ==, THIRD);
  assert_subheadings (release, expected, G_N_ELEMENTS (expected));
  g_assert_false (cmq_release_is_subheading (release, 0));
  g_assert_true (cmq_release_is_subheading (release, 1));
  g_assert_false (cmq_release_is_subheading (release, 2));
  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Statement of the River Office on the Floods of the Spring");
}

/* Without a headline the title comes from the lead, never from a subheading. */
static void
test_never_the_lead (void)
{
  g_autoptr (CmqRelease) release =
      import_ok (FIRST "\n\nCrisis Management\n\n" SECOND "\n\n" THIRD "\n");
  static const guint expected[] = { 1 };

  assert_subheadings (release, expected, G_N_ELEMENTS (expected));
  g_assert_null (strstr (cmq_release_get_title (release), "Crisis"));
}

/* A long caption naming people, a heading after the last paragraph, a dated line, and a short
 * line under a removed caption are no subheadings (the caption and the dated line still go). */
static void
test_not_subheadings (void)
{
  g_autoptr (CmqRelease) release =
      import_ok (HEAD FIRST "\n\nPre-summit press conference by the Chair of the River Office Jane "
                            "Doe\n\n" SECOND "\n\nSeptember 19, 2020\n\nValley Council\n\n" THIRD
                            "\n\nFurther Reading\n");
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  assert_subheadings (release, NULL, 0);
  g_assert_cmpuint (n_paragraphs (release), ==, 3);
  g_assert_cmpstr (paragraphs[1], ==, SECOND);
  g_assert_cmpstr (paragraphs[2], ==, THIRD);
}

/* A date in a subheading is not the release's: the story's is. And a short line cutting a
 * paragraph, whose rest goes on in lower case, is no subheading. */
static void
test_date_not_from_subheading (void)
{
  g_autoptr (CmqRelease) release =
      import_ok (FIRST "\n\nMeeting of 17 June 2020\n\n"
                       "On 3 May 2019, the ministers met again in the valley to see the dams.\n\n"
                       "The Valley\n\n"
                       "council thanked the engineers who kept the dams standing this spring.\n");
  static const guint expected[] = { 1 };

  assert_subheadings (release, expected, G_N_ELEMENTS (expected));
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2019-05-03");
}

/* The id hashes the story without its subheadings: a release keeps the id (and the star and
 * notes kept under it) it had when subheadings were dropped. */
static void
test_id_without_subheadings (void)
{
  g_autoptr (CmqRelease) with =
      import_ok (HEAD FIRST "\n\nCrisis Management\n\n" SECOND "\n\n" THIRD "\n");
  g_autoptr (CmqRelease) without = import_ok (HEAD FIRST "\n\n" SECOND "\n\n" THIRD "\n");

  g_assert_cmpuint (n_paragraphs (with), ==, n_paragraphs (without) + 1);
  g_assert_cmpstr (cmq_release_get_id (with), ==, cmq_release_get_id (without));
}

/* Out-of-range and unordered indices handed to cmq_release_new() are left out. */
static void
test_release_checks_indices (void)
{
  const char *const paragraphs[] = { "Lead.", "Heading", "Text.", NULL };
  const guint subheadings[] = { 1, 1, 0, 7 };
  CmqReleaseInfo info = {
    .file = "t.txt",
    .paragraphs = paragraphs,
    .subheadings = subheadings,
    .n_subheadings = G_N_ELEMENTS (subheadings),
  };
  g_autoptr (CmqRelease) release = cmq_release_new (&info);
  static const guint expected[] = { 1 };

  assert_subheadings (release, expected, G_N_ELEMENTS (expected));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/importer/subheadings/kept-and-marked", test_kept_and_marked);
  g_test_add_func ("/importer/subheadings/never-the-lead", test_never_the_lead);
  g_test_add_func ("/importer/subheadings/not-subheadings", test_not_subheadings);
  g_test_add_func ("/importer/subheadings/date-not-from-subheading", test_date_not_from_subheading);
  g_test_add_func ("/importer/subheadings/id-without-subheadings", test_id_without_subheadings);
  g_test_add_func ("/importer/subheadings/release-checks-indices", test_release_checks_indices);
  return g_test_run ();
}
