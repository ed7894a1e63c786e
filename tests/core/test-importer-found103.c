/* test-importer-found103.c: an article's head under a site's notice, its headline over a
 * standfirst and a publication line ("Publié le 29 février 2024"), and a headline ending with a
 * full stop over a photo's caption in a dump without blank lines (issue 11: heldout24 chatou-01,
 * ccoo-01).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define NOTICE_FR                                                                                   \
  "Flash infos\n\n"                                                                                 \
  "En raison d'un problème technique, la piscine municipale est fermée jusqu'à nouvel ordre et " \
  "les cours de natation sont reportés à une date ultérieure.\n\n"

#define HEAD_FR                                                                                       \
  "Fin des travaux dans le quartier de la gare\n\n"                                                   \
  "Le quartier de la gare est aujourd'hui entièrement rénové, modernisé et végétalisé après " \
  "deux années de travaux menés par la ville.\n\n"

#define STORY_FR                                                                                    \
  "\n\nLes derniers travaux, prévus pour une durée de deux mois, porteront sur les trottoirs et " \
  "sur les places de stationnement devant les commerces.\n\n"                                       \
  "La circulation sera modifiée pendant la durée des travaux. Des déviations seront mises en "   \
  "place.\n"

#define NOTICE_EN                                                                                  \
  "News flash\n\n"                                                                                 \
  "Because of a technical fault, the town's swimming pool is closed until further notice and "     \
  "all swimming lessons are postponed to a later date.\n\n"

#define HEAD_EN                                                                                    \
  "Works end in the station district\n\n"                                                          \
  "The station district is now fully renovated, modernised and planted with trees after two "      \
  "years of works led by the town.\n\n"

#define STORY_EN                                                                                   \
  "\n\nThe last works, planned to last two months, will cover the pavements and the parking "      \
  "spaces in front of the shops.\n\n"                                                              \
  "Traffic will be changed while the works last. Diversions will be put in place.\n"

static void
test_notice_above_dated_head (void)
{
  const char *standfirst_fr =
      "Le quartier de la gare est aujourd'hui entièrement rénové, modernisé "
      "et végétalisé après deux années de travaux menés par la ville.";
  const char *standfirst_en = "The station district is now fully renovated, modernised and planted "
                              "with trees after two years of works led by the town.";

  assert_import_field (NOTICE_FR HEAD_FR "Publié le 29 février 2024" STORY_FR, title,
                       "Fin des travaux dans le quartier de la gare");
  assert_first_paragraph (NOTICE_FR HEAD_FR "Publié le 29 février 2024" STORY_FR, standfirst_fr);
  assert_import_field (NOTICE_EN HEAD_EN "Published on 29 February 2024" STORY_EN, title,
                       "Works end in the station district");
  assert_first_paragraph (NOTICE_EN HEAD_EN "Published on 29 February 2024" STORY_EN,
                          standfirst_en);
  /* without the publication line, nothing tells the notice from the story: it is kept */
  assert_first_paragraph (NOTICE_EN HEAD_EN STORY_EN,
                          "Because of a technical fault, the town's swimming pool is closed until "
                          "further notice and all swimming lessons are postponed to a later date.");
}

#define CAPTION_STORY                                                                              \
  "The workers who were dismissed without a reason, the transfers meant as a warning and the "     \
  "threats against the delegates of the union have forced us to make this public protest "         \
  "today.\n"

static void
test_stopped_headline_over_caption (void)
{
  const char *first = "The workers who were dismissed without a reason, the transfers meant as a "
                      "warning and the threats against the delegates of the union have forced us "
                      "to make this public protest today.";

  assert_import_field ("Filed under Statements\nThe union protests at the company's gates.\n"
                       "Rally at the company's gates\n" CAPTION_STORY,
                       title, "The union protests at the company's gates.");
  assert_first_paragraph ("Filed under Statements\nThe union protests at the company's gates.\n"
                          "Rally at the company's gates\n" CAPTION_STORY,
                          first);
  assert_first_paragraph ("Classé dans Communiqués\nLe syndicat manifeste devant l'entreprise.\n"
                          "Rassemblement devant l'entreprise\n"
                          "Les licenciements sans motif, les mutations pour l'exemple et les "
                          "menaces contre les délégués du syndicat nous ont obligés à cette "
                          "dénonciation publique aujourd'hui.\n",
                          "Les licenciements sans motif, les mutations pour l'exemple et les "
                          "menaces contre les délégués du syndicat nous ont obligés à cette "
                          "dénonciation publique aujourd'hui.");
  /* two sentences on the first line: the story's, never a headline */
  assert_first_paragraph ("Filed under Statements\nThe union protests. It is at the gates.\n"
                          "Rally at the company's gates\n" CAPTION_STORY,
                          "The union protests. It is at the gates.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found103/notice-above-dated-head", test_notice_above_dated_head);
  g_test_add_func ("/importer/found103/stopped-headline-over-caption",
                   test_stopped_headline_over_caption);
  return g_test_run ();
}
