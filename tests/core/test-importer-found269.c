/* test-importer-found269.c: a page that shows the release first as a teaser cut short and ended
 * by a link to the whole ("... Show Full Article", "Lire la suite"), then in full (issue 11:
 * heldout22 healthfoundation-01) starts its story where the lead comes again under the link, in
 * English and French; every word of the teaser is kept in the whole. A lead said twice without
 * such a link between (a NATO-like release whose standfirst the body repeats) is left whole.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define LEAD_EN                                                                                    \
  "Responding to the committee's report on the cost of inaction on social care, the Director of "  \
  "Policy of the Foundation said:"
#define CUT_EN                                                                                     \
  "Today the members of the committee have laid bare the high price of continued political "       \
  "inaction, and people face potentially"
#define WHOLE_EN CUT_EN " catastrophic care costs."
#define LAST_EN                                                                                    \
  "Many of the options for reform are well known, and the Commission should build on the long "    \
  "line of previous proposals."

#define LEAD_FR                                                                                    \
  "Le conseil municipal a adopté hier soir le budget de la commune pour l'année prochaine, "     \
  "après un long débat sur les investissements."
#define CUT_FR                                                                                     \
  "Le maire a rappelé que les dépenses de fonctionnement resteront stables malgré la hausse des"
#define WHOLE_FR CUT_FR " prix de l'énergie et des matières premières."
#define LAST_FR  "Le prochain conseil se réunira au mois de mars pour examiner les comptes."

static void
test_teaser_then_whole (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Featured Stories\n"
      "Response to the committee report on the cost of inaction\n"
      "LONDON, England, June 5 -- The Foundation posted the following news release:\n"
      "* * *\n"
      "Response to the committee report on the cost of inaction\n" LEAD_EN "\n" CUT_EN "\n"
      "... Show Full Article\n"
      "LONDON, England, June 5 -- The Foundation posted the following news release:\n"
      "* * *\n"
      "Response to the committee report on the cost of inaction\n" LEAD_EN "\n" WHOLE_EN
      "\n" LAST_EN "\n");

  g_assert_cmpstr (first_paragraph (release), ==, LEAD_EN);
  g_assert_true (has_paragraph (release, WHOLE_EN));
  g_assert_false (has_paragraph (release, CUT_EN));
  g_assert_cmpuint (n_paragraphs (release), ==, 3);
  g_clear_object (&release);

  release = import_ok ("Budget communal adopté\n\n" LEAD_FR "\n\n" CUT_FR "\n\nLire la suite\n\n"
                       "Budget communal adopté\n\n" LEAD_FR "\n\n" WHOLE_FR "\n\n" LAST_FR "\n");
  g_assert_cmpstr (first_paragraph (release), ==, LEAD_FR);
  g_assert_true (has_paragraph (release, WHOLE_FR));
  g_assert_false (has_paragraph (release, CUT_FR));
  g_assert_cmpuint (n_paragraphs (release), ==, 3);
}

/* A NATO-like release: its standfirst said again as the body's first paragraph, no link between;
 * and a link to the whole under a lead that does not come again. */
static void
test_no_link_or_no_repeat (void)
{
  g_autoptr (CmqRelease) release = NULL;

  release = import_ok (
      "NATO Secretary General welcomes the Prime Minister of Montenegro\n\n"
      "NATO Secretary General Mark Rutte welcomed the Prime Minister of Montenegro to NATO "
      "Headquarters on Tuesday (12 March 2024).\n\n"
      "NATO Secretary General Mark Rutte welcomed the Prime Minister of Montenegro to NATO "
      "Headquarters on Tuesday (12 March 2024).\n\n"
      "The Secretary General thanked Montenegro for its contributions to NATO's shared security "
      "and its support to Ukraine.\n");
  g_assert_cmpstr (first_paragraph (release), ==,
                   "NATO Secretary General Mark Rutte welcomed the Prime Minister of Montenegro to "
                   "NATO Headquarters on Tuesday (12 March 2024).");
  g_assert_true (has_paragraph (release, "The Secretary General thanked Montenegro for its "
                                         "contributions to NATO's shared security and its support "
                                         "to Ukraine."));
  g_clear_object (&release);

  release = import_ok (
      "NATO Secretary General welcomes the Prime Minister of Montenegro\n\n"
      "NATO Secretary General Mark Rutte welcomed the Prime Minister of Montenegro to NATO "
      "Headquarters on Tuesday (12 March 2024).\n\n"
      "The Secretary General thanked Montenegro for its contributions to NATO's shared security "
      "and its support to Ukraine.\n\n"
      "Read more\n\n"
      "The two leaders also discussed the preparations for the coming summit of the Alliance in "
      "Washington.\n");
  g_assert_cmpstr (first_paragraph (release), ==,
                   "NATO Secretary General Mark Rutte welcomed the Prime Minister of Montenegro to "
                   "NATO Headquarters on Tuesday (12 March 2024).");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found269/teaser-then-whole", test_teaser_then_whole);
  g_test_add_func ("/importer/found269/no-link-or-no-repeat", test_no_link_or_no_repeat);
  return g_test_run ();
}
