/* test-importer-found280.c: a logo's name in capitals and its word "Logo" glued to the end of a
 * date line or a kind's label (" Geneva, 1 July 2014IPU Logo-bottom", "Press ReleaseIPU
 * Logo-middle", issue 11: heldout39 ipu-01) are cut off: the date and the kind are read; a
 * headline naming a logo with a space before it is left whole.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_glued_logo (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Union of Towns Logo-top\nPress ReleaseUOT Logo-middle\n Lyon, 12 March 2015UOT "
      "Logo-bottom\n\n"
      "Mayors call for more funding for public transport\n\n"
      "The mayors of the union's member towns called today for more national funding for public "
      "transport in their regions.\n\nThe call was adopted at the union's annual meeting.\n");

  g_assert_cmpstr (cmq_release_get_date (release), ==, "2015-03-12");
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "press release");
  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Mayors call for more funding for public transport");
}

static void
test_logo_with_space (void)
{
  assert_import_field ("NATO Secretary General visits McDonald Logo\n\n"
                       "On Monday (3 May 2021), NATO Secretary General Jens Stoltenberg met with "
                       "the Prime Minister of Poland in Brussels to discuss deterrence.\n",
                       title, "NATO Secretary General visits McDonald Logo");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found280/glued-logo", test_glued_logo);
  g_test_add_func ("/importer/found280/logo-with-space", test_logo_with_space);
  return g_test_run ();
}
