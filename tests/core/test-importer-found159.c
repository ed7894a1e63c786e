/* test-importer-found159.c: the importer on synthetic pages that carry what the twenty-ninth
 * held-out set (tests/fixtures/heldout29) showed: a lead too short to be a paragraph by itself,
 * ending with a colon, over items, a line in capitals and a short label, then the story's one
 * sentence (heldout29 sanroque-01): the lead and the lines it announces are the story's.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

/* @text's paragraphs are @expected, in order, and nothing else. */
static void
assert_paragraphs (const char *text, const char *const *expected)
{
  g_autoptr (CmqRelease) release = import_ok (text);
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  for (guint i = 0; expected[i] != NULL || paragraphs[i] != NULL; i++)
    {
      if (expected[i] == NULL || paragraphs[i] == NULL)
        g_error ("paragraph %u: %s, expected %s", i, paragraphs[i], expected[i]);
      g_assert_cmpstr (paragraphs[i], ==, expected[i]);
    }
}

/* In English: a lead announcing a list, its items with dashes, then a sentence. */
static void
test_lead_over_items (void)
{
  static const char *const expected[] = {
    "Following the advice of the regional health authority:",
    "- Visits to patients are suspended",
    "- Outpatient clinics stay open",
    "The hospital asks the public to help the measures work.",
    NULL,
  };

  assert_paragraphs ("News\n\n"
                     "Keeping you up to date\n\n"
                     "Visits to patients suspended\n\n"
                     "Following the advice of the regional health authority:\n\n"
                     "- Visits to patients are suspended\n"
                     "- Outpatient clinics stay open\n\n"
                     "The hospital asks the public to help the measures work.\n\n"
                     "Share:",
                     expected);
}

/* In French: the lead over a line in capitals, a short label ("Sauf :") and its items with round
 * bullets, then a sentence; the headline written twice, the page's and the article's, which tells
 * it from the line in capitals. */
static void
test_lead_over_capitals (void)
{
  static const char *const expected[] = {
    "Conformément aux consignes de l’Agence régionale de santé :",
    "LES VISITES AUX PATIENTS HOSPITALISÉS SONT SUSPENDUES",
    "Sauf :",
    "• Patients en soins palliatifs",
    "• Patients mineurs",
    "L’hôpital remercie les familles de leur compréhension.",
    NULL,
  };

  assert_paragraphs ("Actualités\n\n"
                     "Les visites sont suspendues\n\n"
                     "Les visites sont suspendues\n\n"
                     "Conformément aux consignes de l’Agence régionale de santé :\n\n"
                     "LES VISITES AUX PATIENTS HOSPITALISÉS SONT SUSPENDUES\n\n"
                     "Sauf :\n\n"
                     "  • Patients en soins palliatifs\n"
                     "  • Patients mineurs\n\n"
                     "L’hôpital remercie les familles de leur compréhension.\n\n"
                     "Partager :",
                     expected);
}

/* A short label of the page over the story ("Share this page:"), too short for a lead, and a
 * menu's line under a lead stay out of the story. */
static void
test_not_a_lead (void)
{
  static const char *const label[] = {
    "The hospital asks the public to help the measures work.",
    NULL,
  };
  static const char *const menu[] = {
    "The hospital asks the public to help the measures work.",
    NULL,
  };

  assert_paragraphs ("Visits to patients suspended\n\n"
                     "Share this page:\n\n"
                     "The hospital asks the public to help the measures work.\n",
                     label);
  assert_paragraphs ("Visits to patients suspended\n\n"
                     "Follow the news of the regional health authority here:\n\n"
                     "Home News Events Contact\n\n"
                     "The hospital asks the public to help the measures work.\n",
                     menu);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found159/lead-over-items", test_lead_over_items);
  g_test_add_func ("/importer/found159/lead-over-capitals", test_lead_over_capitals);
  g_test_add_func ("/importer/found159/not-a-lead", test_not_a_lead);
  return g_test_run ();
}
