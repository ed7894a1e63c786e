/* test-importer-found46.c: what a site writes on its headline's line that is not the headline
 * (issue 11: heldout20 ti-01, scotgov-01): a kind label in capitals glued before the headline
 * without a colon ("FOR IMMEDIATE RELEASE …", "PRESSEMITTEILUNG …"), and the month of the release
 * in square brackets after it ("… [March 2021]"). A headline in capitals throughout, and a date in
 * parentheses that belongs to the headline, are kept.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

static const char *const story = "\n\n"
                                 "The board met on Tuesday and agreed the plan after a long "
                                 "debate about its costs.\n\n"
                                 "The first measures will take effect next month, the chair "
                                 "said in a statement.\n";

static char *
title_of (const char *headline)
{
  g_autofree char *text = g_strconcat (headline, story, NULL);
  g_autoptr (CmqRelease) release = import_ok (text);

  return g_strdup (cmq_release_get_title (release));
}

static void
test_glued_caps_label (void)
{
  g_autofree char *en = title_of ("FOR IMMEDIATE RELEASE Board agrees new plan for regional rail");
  g_autofree char *de = title_of ("PRESSEMITTEILUNG Vorstand beschließt neuen Plan für die Bahn");
  g_autofree char *caps = title_of ("PRESS RELEASE ON THE NEW RAIL PLAN FOR THE REGION");

  g_assert_cmpstr (en, ==, "Board agrees new plan for regional rail");
  g_assert_cmpstr (de, ==, "Vorstand beschließt neuen Plan für die Bahn");
  /* in capitals throughout: no label stands apart from the headline */
  g_assert_true (strstr (caps, "elease") != NULL || strstr (caps, "ELEASE") != NULL);
}

static void
test_bracketed_month (void)
{
  g_autofree char *en = title_of ("Board agrees new plan for regional rail [March 2021]");
  g_autofree char *fr = title_of ("Le conseil adopte le plan régional [12 juin 2019]");
  g_autofree char *kept = title_of ("Board agrees new plan for regional rail (March 2021)");

  g_assert_cmpstr (en, ==, "Board agrees new plan for regional rail");
  g_assert_cmpstr (fr, ==, "Le conseil adopte le plan régional");
  g_assert_cmpstr (kept, ==, "Board agrees new plan for regional rail (March 2021)");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found46/glued-caps-label", test_glued_caps_label);
  g_test_add_func ("/importer/found46/bracketed-month", test_bracketed_month);
  return g_test_run ();
}
