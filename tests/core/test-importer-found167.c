/* test-importer-found167.c: the kind named by a line under the headline that opens with "Joint
 * Press Statement" or "Joint Media Statement" ("Joint Press Statement of humanitarian NGOs on the
 * sanctions…", heldout29 whh-01): a statement, as "Joint statement" and "Press statement" are;
 * the headline stays the headline.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "5 August 2023, Niamey, Niger - Humanitarian organisations are warning that further "            \
  "instability could strongly deteriorate the living conditions of the most vulnerable.\n"         \
  "The combination of sanctions and conflict could have devastating effects on the lives of "      \
  "millions of people in the country, the organisations said.\n"

static void
test_joint_press_statement (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "NGOs warn further instability could exacerbate humanitarian needs\n"
      "Joint Press Statement of humanitarian NGOs on the sanctions and the conflict\n" STORY);

  g_assert_cmpstr (cmq_release_get_kind (release), ==, "statement");
  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "NGOs warn further instability could exacerbate humanitarian needs");
  assert_import_field (
      "NGOs warn further instability could exacerbate humanitarian needs\n"
      "Joint Media Statement by humanitarian NGOs on the sanctions in Niger\n" STORY,
      kind, "statement");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found167/joint-press-statement", test_joint_press_statement);
  return g_test_run ();
}
