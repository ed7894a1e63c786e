/* test-importer-found15.c: the importer on synthetic pages that carry what the held-out sets
 * still missed in the fifteenth round: a list of related stories after the story, under a short
 * label, each item ending with its date.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

/* The last paragraph of the stories below. */
#define LAST_PARAGRAPH "The new rules will apply from the first of January next year."

/* "À la une", then "Title", a teaser, "06 juin 2025", … to the end of the page (heldout13
 * ema-01): the label and every item, the first one's title and teaser too, are not the story. */
static void
test_trailing_dated_list_under_label (void)
{
  static const char *const labels[] = { "A la une", "In the spotlight", "Lo último", "Aktuell" };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autofree char *text = g_strconcat (
          "Council adopts new rules on public procurement\n"
          "The council adopted on Tuesday the new rules on public procurement, after a debate "
          "that lasted the whole afternoon.\n" LAST_PARAGRAPH "\n",
          labels[i],
          "\nWeekly letter of the ministry of the 6th of June\n"
          "Read the weekly letter of the ministry: operations, the main topics of the week a...\n"
          "06 June 2025\n\n"
          "The infrastructure service is twenty years old this week\n"
          "For twenty years the service has run the maintenance and the building of the...\n"
          "05 June 2025\n\n"
          "Results of the international competitions of the month\n"
          "Find all the latest results of the international competitions of the month.\n"
          "02 June 2025",
          NULL);
      g_autoptr (CmqRelease) release = import_ok (text);
      const char *const *paragraphs = cmq_release_get_paragraphs (release);

      g_assert_cmpstr (paragraphs[n_paragraphs (release) - 1], ==, LAST_PARAGRAPH);
    }
}

/* Dates that open their items, the last item without a teaser, and no label above the list: the
 * lines above the first date are the story's, kept. */
static void
test_leading_dated_list_keeps_story (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Council adopts new rules on public procurement\n\n"
      "The council adopted on Tuesday the new rules on public procurement, after a debate that "
      "lasted the whole afternoon.\n\n"
      "The rules were drafted by the ministry over two years of work with the "
      "regions.\n\n" LAST_PARAGRAPH "\n\n"
      "06 June 2025\n"
      "Weekly letter of the ministry\n\n"
      "05 June 2025\n"
      "The infrastructure service is twenty years old\n\n"
      "02 June 2025\n");
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpstr (paragraphs[n_paragraphs (release) - 1], ==, LAST_PARAGRAPH);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/trailing-dated-list-under-label",
                   test_trailing_dated_list_under_label);
  g_test_add_func ("/importer/leading-dated-list-keeps-story", test_leading_dated_list_keeps_story);
  return g_test_run ();
}
