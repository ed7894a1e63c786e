/* test-importer-found195.c: the site's interface around the headline, read with the words of
 * interface-words.txt: a label in brackets or parentheses after the headline ("… [Archivé]", "…
 * (Archived)") is the site's word about the page, not the headline's (heldout33 spf-01), and a
 * bracket of other words ("(2024–2025)", "(Part 2)") is the headline's own; the switch to a
 * page's easy-read version ("Lectura fácil", "Lecture facile", "Easy read") on the first line
 * is no headline, and a page without one gets none (heldout33 lacaixa-01).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY_EN                                                                                   \
  "\n\nThe council approved its budget for the coming year on Tuesday, after a long debate "       \
  "on the cost of the new library.\n\nThe budget will be published next week, the mayor said.\n"

#define STORY_FR                                                                                   \
  "\n\nL'association a ouvert mardi un fonds d'urgence pour les familles touchées par les "       \
  "inondations du mois dernier.\n\nLes dons peuvent être faits en ligne, a précisé sa "         \
  "présidente.\n"

static void
test_archive_label (void)
{
  assert_import_field ("Council approves next year's budget [Archived]" STORY_EN, title,
                       "Council approves next year's budget");
  assert_import_field ("Council approves next year's budget (Archive)" STORY_EN, title,
                       "Council approves next year's budget");
  assert_import_field (
      "L'association ouvre un fonds d'urgence pour les sinistrés [Archivé]" STORY_FR, title,
      "L'association ouvre un fonds d'urgence pour les sinistrés");
}

static void
test_own_brackets (void)
{
  assert_import_field ("Council approves next year's budget (2024–2025)" STORY_EN, title,
                       "Council approves next year's budget (2024–2025)");
  assert_import_field ("Council approves next year's budget (Part 2)" STORY_EN, title,
                       "Council approves next year's budget (Part 2)");
}

static void
assert_no_headline (const char *text)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_false (cmq_release_get_headline_found (release));
}

static void
test_easy_read (void)
{
  assert_no_headline ("Lectura fácil\nBarcelona, 29 dic (EFE).- La fundación recuperará su "
                      "denominación original para proyectar el compromiso social que dio origen "
                      "a la entidad.\nEl presupuesto de 2019 incluye 530 millones de euros.\n");
  assert_no_headline ("Lecture facile\nParis, 29 déc. (AFP) - La fondation reprendra son nom "
                      "d'origine pour rappeler l'engagement social qui a fait naître "
                      "l'institution.\nLe budget de 2019 prévoit 530 millions d'euros.\n");
  assert_no_headline ("Easy read\nLONDON, Dec 29 (Reuters) - The foundation will take back its "
                      "original name to stress the social aims that gave birth to the "
                      "institution.\nIts budget for 2019 is 530 million euros.\n");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found195/archive-label", test_archive_label);
  g_test_add_func ("/importer/found195/own-brackets", test_own_brackets);
  g_test_add_func ("/importer/found195/easy-read", test_easy_read);
  return g_test_run ();
}
