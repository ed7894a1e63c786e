/* test-importer-found41.c: the lines of a speech's salutation may end with a semicolon
 * ("Chairperson of the Governing Body Ambassador Adejola;", "Members of the Governing Body;",
 * issue 11: heldout7 ilo-01), as they do in the speeches of many international bodies: they are
 * the story's opening, under the page's kind and date, and are kept.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_semicolon_salutation (void)
{
  static const char *const lines[] = {
    "Chairperson of the Governing Body Ambassador Adejola;",
    "Employer Vice Chairperson Ms Renate Hornung-Draus;",
    "Members of the Governing Body;",
    "Ladies and gentlemen,",
  };
  g_autofree char *text = g_strdup_printf (
      "349th Session of the Governing Body\n\n"
      "Opening address of the Director-General to the session of the Governing Body\n\n"
      "Statement | 30 October 2023\n%s\n%s\n%s\n%s\n\n"
      "Like others, I welcome you to this session of the Governing Body in difficult times.\n\n"
      "Since our last meeting in June, the number of crises we are facing has only grown, and "
      "the work before us is great.\n",
      lines[0], lines[1], lines[2], lines[3]);
  g_autoptr (CmqRelease) release = import_ok (text);
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpuint (n_paragraphs (release), >, G_N_ELEMENTS (lines));
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    g_assert_cmpstr (paragraphs[i], ==, lines[i]);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found41/semicolon-salutation", test_semicolon_salutation);
  return g_test_run ();
}
