/* test-importer-found256.c: a release's kind and its sender on the first line, ending in a colon
 * (issue 11: heldout35 fnsea-01, "Communiqué de la FNSEA:" over "Dès ce matin, les agriculteurs
 * …"), is the label over the story, not a speech's salutation that opens it, in French and
 * English. A salutation ending in a colon ("Ladies and Gentlemen:", "Mesdames et Messieurs :")
 * stays the story's first line.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define LEAD_FR                                                                                    \
  "Dès ce matin, les agriculteurs expriment une nouvelle fois leur colère face à la crise "     \
  "qu'ils vivent au quotidien, et attendent des réponses de la semaine qui s'ouvre."
#define MORE_FR                                                                                    \
  "\nEnfin, dans cette période de négociations commerciales, nous attendons que soient "         \
  "rappelées à chacun ses responsabilités.\n"
#define LEAD_EN                                                                                    \
  "Farmers across the country are once again voicing their anger at the crisis they live "         \
  "through every day, and they expect answers from this week's meetings."
#define MORE_EN                                                                                    \
  "\nIn this season of trade negotiations, we expect every party to be reminded of its "           \
  "responsibilities.\n"

static void
test_kind_label (void)
{
  assert_first_paragraph ("Communiqué de la FNSEA:\n" LEAD_FR MORE_FR, LEAD_FR);
  assert_first_paragraph ("Communiqué de presse de la Fédération :\n" LEAD_FR MORE_FR, LEAD_FR);
  assert_first_paragraph ("Press release of the Farmers' Union:\n" LEAD_EN MORE_EN, LEAD_EN);
}

static void
test_salutation_kept (void)
{
  assert_first_paragraph ("Ladies and Gentlemen:\n" LEAD_EN MORE_EN, "Ladies and Gentlemen:");
  assert_first_paragraph ("Mesdames et Messieurs :\n" LEAD_FR MORE_FR, "Mesdames et Messieurs :");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found256/kind-label", test_kind_label);
  g_test_add_func ("/importer/found256/salutation-kept", test_salutation_kept);
  return g_test_run ();
}
