/* test-importer-found259.c: a deck under the headline that opens with a sum of money written
 * with its currency's sign (issue 11: heldout38 uh-01, "$104 Million is UH's Highest Total, a
 * Milestone on Tier-One Journey") is the head's, not the story's first paragraph, as it is when
 * it opens with the figure alone: in English and French, with "$", "£" and "€".
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define LEAD                                                                                       \
  "The University of Houston has achieved a historic milestone after receiving $104 million in "   \
  "research awards this year."
#define STORY                                                                                      \
  LEAD " The total, which could go higher, is the most in the university's history and furthers "  \
       "the momentum UH has established toward becoming an elite Tier-One public research "        \
       "university.\n"

#define LEAD_EN                                                                                    \
  "The trust has achieved a historic milestone after receiving £16 million in research awards "   \
  "this year."
#define REST_EN                                                                                    \
  " The total, which could go higher, is the most in the trust's history and furthers the "        \
  "momentum the NHS has established toward becoming an elite research hospital.\n"

#define LEAD_FR                                                                                    \
  "La Fondation a franchi une étape historique en recevant 3 millions d'euros de dons cette "     \
  "année."
#define REST_FR                                                                                    \
  " Le total, qui pourrait encore augmenter, est le plus élevé de son histoire et renforce "     \
  "l'élan que la FDF a pris pour devenir une fondation de premier plan.\n"

static void
test_currency_deck (void)
{
  g_autoptr (CmqRelease) release = NULL;

  release =
      import_ok ("University of Houston Surpasses $100 Million in Research Awards\n\n"
                 "$104 Million is UH's Highest Total, a Milestone on Tier-One Journey\n\n" STORY);
  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "University of Houston Surpasses $100 Million in Research Awards");
  g_assert_true (g_str_has_prefix (first_paragraph (release), LEAD));
  g_clear_object (&release);

  release = import_ok ("NHS Trust Surpasses £10 Million in Research Awards\n\n"
                       "£16 Million is the NHS Trust's Highest Total, a Milestone on Top-Tier "
                       "Journey\n\n" LEAD_EN REST_EN);
  g_assert_true (g_str_has_prefix (first_paragraph (release), LEAD_EN));
  g_clear_object (&release);

  release = import_ok (
      "La FDF dépasse les 2 millions d'euros de dons\n\n"
      "€3 Millions, le plus haut total de la FDF, une étape vers le Top-Niveau\n\n" LEAD_FR
          REST_FR);
  g_assert_true (g_str_has_prefix (first_paragraph (release), LEAD_FR));
}

/* A story's paragraph that opens with a sum stays the story's. */
static void
test_currency_sentence (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("University of Houston Surpasses $100 Million in Research Awards\n\n" STORY "\n"
                 "$104 million is the highest total the university has received in a single "
                 "year, and the third record in a row.\n");

  g_assert_cmpuint (n_paragraphs (release), ==, 2);
  g_assert_true (has_paragraph (release, "$104 million is the highest total the university has "
                                         "received in a single year, and the third record in a "
                                         "row."));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found259/currency-deck", test_currency_deck);
  g_test_add_func ("/importer/found259/currency-sentence", test_currency_sentence);
  return g_test_run ();
}
