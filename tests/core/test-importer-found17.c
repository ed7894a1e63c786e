/* test-importer-found17.c: the importer on synthetic pages that carry what the fifteenth
 * held-out set (tests/fixtures/heldout15) still showed after its first fixes: the page's date
 * alone under the author's byline at the story's end, read before a date of the lead.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

/* A story whose lead dates the event it reports, not the release. */
#define DATED_LEAD_STORY                                                                           \
  "Minister introduces the new chief of staff\n\n"                                                 \
  "Following the government's decision on Wednesday, March 3rd, 2021, the minister presented "     \
  "the new chief of staff to the general staff the same day.\n\n"                                  \
  "The minister thanked the outgoing chief of staff for his work and said the forces would go "    \
  "on with the investment projects set up for the years to come.\n\n"

/* "By Nuala Casey and Oldrich Holecek", then "December 15, 2017", alone at the dump's end
 * (heldout15 czech-01): the date under the author's byline is the page's, and beats the lead's
 * date, in the languages the importer reads, over a separator or not. */
static void
test_date_under_byline (void)
{
  static const char *const tails[] = {
    "- - -\n\nBy Jane Doe and John Roe\n\nMarch 5, 2021",
    "By Jane Doe\n5 March 2021",
    "Par Marie Dupont et Jean Martin\n\n5 mars 2021",
    "***\n\nDoor Jan de Vries\n\n5 maart 2021",
  };

  for (guint i = 0; i < G_N_ELEMENTS (tails); i++)
    {
      g_autofree char *text = g_strconcat (DATED_LEAD_STORY, tails[i], NULL);

      assert_import_field (text, date, "2021-03-05");
    }
}

/* A date at the end that is not under an author's byline is a related item's or a footer's
 * (a title over it, "Last updated", a sentence opening with "By"): the lead's date stays. */
static void
test_end_date_decoys (void)
{
  static const char *const tails[] = {
    "Related news\n\nMinister visits the troops abroad\n\nMarch 5, 2021",
    "By Jane Doe\n\nLast updated: March 5, 2021",
    "By then the new chief of staff had taken office.\n\nMarch 5, 2021",
    "By Jane Doe\n\nRelated news\n\nMarch 5, 2021",
  };

  for (guint i = 0; i < G_N_ELEMENTS (tails); i++)
    {
      g_autofree char *text = g_strconcat (DATED_LEAD_STORY, tails[i], NULL);

      assert_import_field (text, date, "2021-03-03");
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/date-under-byline", test_date_under_byline);
  g_test_add_func ("/importer/end-date-decoys", test_end_date_decoys);
  return g_test_run ();
}
