/* test-importer-found126.c: a repost's provenance line over the story (issue 11: heldout20
 * scotgov-01, heldout21 london-01). "The press release issued by … on <date>." and "Communiqué
 * publié par … le <date>." are the release's date line, not its lead; a strapline or highlights
 * in bullets under them are its standfirst, and the story starts at the lead. A sentence that
 * only mentions a release issued on a date stays in the story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define LEAD_EN                                                                                    \
  "The harbour authority has today opened the new ferry terminal, which will serve more than two " \
  "million passengers a year between the islands and the mainland."
#define LEAD_FR                                                                                    \
  "Le préfet a présenté ce matin le plan départemental de prévention des inondations, qui "   \
  "concerne quarante communes riveraines du fleuve."

/* @date: the release's date, or NULL not to check it. */
static void
assert_first_and_date (const char *text, const char *first, const char *date)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (first_paragraph (release), ==, first);
  if (date != NULL)
    g_assert_cmpstr (cmq_release_get_date (release), ==, date);
}

static void
test_strapline (void)
{
  assert_first_and_date ("New ferry terminal opens in the harbour\n\n"
                         "The press release issued by the Harbour Authority on 4 March 2024.\n\n"
                         "A gateway for the islands.\n\n" LEAD_EN "\n\n"
                         "The terminal cost 40 million pounds and took three years to build, "
                         "the authority said in its statement.\n",
                         LEAD_EN, "2024-03-04");
}

static void
test_highlights (void)
{
  assert_first_and_date (
      "Plan de prévention des inondations dans le département\n\n"
      "Communiqué publié par la préfecture du Nord le 3 mai 2021.\n\n"
      "• Quarante communes sont concernées par le nouveau plan de prévention\n"
      "• Les travaux de digues commenceront dès le mois de septembre prochain\n\n" LEAD_FR "\n\n"
      "Les habitants pourront consulter le plan en mairie pendant deux mois, a indiqué la "
      "préfecture dans son communiqué.\n",
      LEAD_FR, "2021-05-03");
}

/* a release mentioned in a sentence of the story, not a line that states where the page comes
 * from: the lead stays */
static void
test_mention (void)
{
  const char *lead = "The statement issued by the minister on 4 March 2024 was welcomed by the "
                     "unions, who said it answered most of their demands.";
  g_autofree char *text = g_strconcat (
      "Unions welcome the minister's statement\n\n", lead,
      "\n\nThe unions will meet the minister again next month to discuss the timetable of the "
      "reform, their spokesman said.\n",
      NULL);

  assert_first_and_date (text, lead, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer-found126/strapline", test_strapline);
  g_test_add_func ("/importer-found126/highlights", test_highlights);
  g_test_add_func ("/importer-found126/mention", test_mention);
  return g_test_run ();
}
