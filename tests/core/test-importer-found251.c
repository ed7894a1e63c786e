/* test-importer-found251.c: the lines a release-distribution site or a blog puts under the
 * headline are never taken for it (issue 11: heldout37 gwct-01, sefazpe-01): the distributor's
 * line saying who provided the release and when ("News provided by … on Friday 21st Sep 2018",
 * "Publié par … le 3 mai 2021"), which dates the release, and an author's name alone on its line
 * ("Laura Cortizo"); the headline is the line above them, even when it opens with a quotation in
 * curly single quotes. A short heading whose words the story says again is no author's name.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY_EN                                                                                   \
  "The trust feels the decision to end shooting on the land is a blow for wildlife. Its "          \
  "studies have shown that the shoots help the birds of the farmland.\n\n"                         \
  "The trust will continue to engage with the government and the agency.\n"

#define STORY_FR                                                                                   \
  "Le préfet du Nord a présenté mardi les mesures prises pour la sécurité des écoles à la " \
  "rentrée.\n\n"                                                                                  \
  "Les maires du département seront réunis à la fin du mois pour en dresser le bilan.\n"

static void
test_distributor_line (void)
{
  const char *en = "‘A blow for wildlife’ - Trust disappointed at ‘bizarre’ decision to end "
                   "shooting on its land\n\n\n"
                   "News provided by Game & Wildlife Conservation Trust on Friday 21st Sep 2018\n"
                   "\n\n\n" STORY_EN;
  const char *fr = "Le préfet annonce de nouvelles mesures pour la rentrée\n\n"
                   "Publié par la Préfecture du Nord le 3 mai 2021\n\n" STORY_FR;
  g_autoptr (CmqRelease) english = import_ok (en);
  g_autoptr (CmqRelease) french = import_ok (fr);

  g_assert_cmpstr (cmq_release_get_title (english), ==,
                   "‘A blow for wildlife’ - Trust disappointed at ‘bizarre’ decision to end "
                   "shooting on its land");
  g_assert_cmpstr (cmq_release_get_date (english), ==, "2018-09-21");
  g_assert_cmpstr (first_paragraph (english), ==,
                   "The trust feels the decision to end shooting on the land is a blow for "
                   "wildlife. Its studies have shown that the shoots help the birds of the "
                   "farmland.");
  g_assert_cmpstr (cmq_release_get_title (french), ==,
                   "Le préfet annonce de nouvelles mesures pour la rentrée");
  g_assert_cmpstr (cmq_release_get_date (french), ==, "2021-05-03");
}

static void
test_author_name (void)
{
  assert_import_field ("sexta-feira, 22 de julho de 2011\n\n"
                       "Nautico está de volta ao programa da nota fiscal\n\n"
                       "Laura Cortizo\n\n"
                       "Confira nota oficial divulgada pelo Governo do Estado:\n\n"
                       "A Secretaria da Fazenda comunica que o Governo do Estado decidiu "
                       "reconsiderar a decisão de retirar o clube do programa.\n\n"
                       "O retorno do clube foi deliberado após discussões com a federação.\n",
                       title, "Nautico está de volta ao programa da nota fiscal");
  assert_import_field ("The city opens its new library in the old harbour\n\n"
                       "Jane Whitfield\n\n" STORY_EN,
                       title, "The city opens its new library in the old harbour");
}

static void
test_heading_kept (void)
{
  /* the story says the heading's words again: a heading, not an author's name */
  assert_import_field ("Ministère de la Santé et de la Prévention\n\n"
                       "Vaccination Saisonnière\n\n"
                       "La campagne de vaccination saisonnière commence le 3 octobre dans toutes "
                       "les pharmacies.\n\n"
                       "Les personnes de plus de 65 ans sont invitées à se faire vacciner.\n",
                       title, "Vaccination Saisonnière");
  /* a line opened by a single quote never closed is no quotation */
  {
    g_autoptr (CmqRelease) release =
        import_ok ("‘tis the season for the harbour market\n\n" STORY_EN);

    g_assert_false (cmq_release_get_headline_found (release));
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found251/distributor-line", test_distributor_line);
  g_test_add_func ("/importer/found251/author-name", test_author_name);
  g_test_add_func ("/importer/found251/heading-kept", test_heading_kept);
  return g_test_run ();
}
