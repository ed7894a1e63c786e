/* test-importer-found271.c: a site's list of releases, its description under its heading ("Latest
 * press releases from …", issue 11: heldout21 cruk-01), then items of a headline and a one-sentence
 * summary: the release is the first item, its summary the story even without its full stop, the
 * next items are not the story, and the sender the description names is the source; in English
 * and French. A NATO-like release under such a description, with subheadings over longer
 * sections, keeps every paragraph.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define SUMMARY_EN                                                                                 \
  "Obesity is set to overtake smoking as the biggest preventable cause of cancer among women in "  \
  "the next twenty five years"
#define SUMMARY_FR                                                                                 \
  "La fondation finance six nouveaux projets de recherche internationaux sur les cancers de "      \
  "l'enfant pour un montant total de trente millions d'euros."

static void
test_list_first_item (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Press releases\n\n"
      "Latest press releases from Cancer Research UK, as well as the British Journal "
      "of Cancer.\n\n"
      "Obesity could overtake smoking as biggest preventable cause of cancer\n\n" SUMMARY_EN "\n\n"
      "Liver cancer: the fastest rising cause of cancer death to be tackled\n\n"
      "A joint research project launches today to combat liver cancer, which is the "
      "fastest rising cause of cancer death in the country.\n\n"
      "European cancer research gets a vote of confidence\n\n"
      "Cancer Research UK is partnering with two leading cancer research charities to "
      "fund six international projects.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Obesity could overtake smoking as biggest preventable cause of cancer");
  g_assert_cmpstr (first_paragraph (release), ==, SUMMARY_EN);
  g_assert_cmpuint (n_paragraphs (release), ==, 1);
  g_assert_cmpstr (cmq_release_get_source (release), ==, "Cancer Research UK");
  g_clear_object (&release);

  release = import_ok (
      "Communiqués de presse\n\n"
      "Les derniers communiqués de presse de la Fondation Recherche Enfance.\n\n"
      "Six nouveaux projets de recherche sur les cancers de l'enfant\n\n" SUMMARY_FR "\n\n"
      "Une nouvelle campagne de dons lancée pour la rentrée\n\n"
      "La fondation lance aujourd'hui sa campagne de dons de la rentrée auprès du "
      "grand public et des entreprises partenaires.\n\n"
      "Le prix de la fondation remis à une équipe lyonnaise\n\n"
      "Le prix annuel de la fondation a été remis hier soir à une équipe de "
      "chercheurs lyonnais pour ses travaux.\n");
  g_assert_cmpstr (first_paragraph (release), ==, SUMMARY_FR);
  g_assert_cmpuint (n_paragraphs (release), ==, 1);
}

static void
test_release_with_sections (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Press releases\n\n"
                 "Latest press releases from NATO.\n\n"
                 "NATO Defence Ministers meet in Brussels\n\n"
                 "NATO Defence Ministers met in Brussels on Thursday (13 June 2024) to prepare the "
                 "Summit in Washington and to discuss the support of the Allies to Ukraine.\n\n"
                 "Support to Ukraine\n\n"
                 "Ministers agreed on a plan for the coordination of security assistance and "
                 "training for Ukraine, to be led by NATO from a command in Germany. The Secretary "
                 "General said that the Allies would provide a long-term financial pledge to "
                 "Ukraine and that this would give Kyiv the predictability it needs.\n\n"
                 "Deterrence and defence\n\n"
                 "Ministers also discussed the new capability targets of the Alliance and the "
                 "industrial capacity of the Allies, which must grow to meet the demand for "
                 "ammunition and air defence systems across the whole Alliance.\n");

  g_assert_cmpuint (n_paragraphs (release), >=, 3);
  g_assert_true (has_paragraph (
      release, "Ministers also discussed the new capability targets of the Alliance and the "
               "industrial capacity of the Allies, which must grow to meet the demand for "
               "ammunition and air defence systems across the whole Alliance."));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found271/list-first-item", test_list_first_item);
  g_test_add_func ("/importer/found271/release-with-sections", test_release_with_sections);
  return g_test_run ();
}
