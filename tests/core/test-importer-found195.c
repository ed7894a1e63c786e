/* test-importer-found195.c: a label of the site's interface in brackets or parentheses after
 * the headline ("… [Archivé]", "… (Archived)") is the site's word about the page, not the
 * headline's (heldout33 spf-01); a bracket of other words ("(2024–2025)", "(Part 2)") is the
 * headline's own.
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

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found195/archive-label", test_archive_label);
  g_test_add_func ("/importer/found195/own-brackets", test_own_brackets);
  return g_test_run ();
}
