/* test-importer-found96.c: the story's start (heldout24 epa-01): a paragraph's first line broken
 * after a word that cannot end a sentence ("… for the Environmental Protection Agency, a"), over
 * the paragraph's long rest, is the story's first line, not the headline, under a date-only
 * dateline or not, in English and French; a headline over a paragraph stays the headline.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define REST                                                                                       \
  "$133 million increase over the budget request. The Administrator, joined by key officials, "    \
  "announcing the budget at a news briefing today, expressed pleasure with the resources.\n\n"     \
  "The budget also provides new funds for the clean school bus programme across the country.\n"

static void
test_broken_first_line (void)
{
  g_autoptr (CmqRelease) release = NULL;

  assert_import_field ("Budget Empowers Agency to Accelerate Environmental Protection\n\n"
                       "Release Date: 02/02/2004\n\n"
                       "02/02/2004 - The President's budget provides $7.76 billion for the "
                       "Environmental Protection Agency, a\n" REST,
                       title, "Budget Empowers Agency to Accelerate Environmental Protection");
  release = import_ok ("Budget Empowers Agency to Accelerate Environmental Protection\n\n"
                       "The President's budget provides $7.76 billion for the Environmental "
                       "Protection Agency, a\n" REST);
  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0],
                                   "The President's budget provides $7.76 billion for the "
                                   "Environmental Protection Agency, a $133 million increase"));
  assert_import_field ("Le budget renforce l'action de l'Agence\n\n"
                       "Le budget du gouvernement prévoit 7,76 milliards d'euros pour l'Agence de "
                       "l'environnement, soit une\n"
                       "hausse de 133 millions d'euros par rapport au budget précédent. Le "
                       "ministre, entouré des responsables de l'Agence, a salué ces moyens lors "
                       "d'une conférence de presse.\n",
                       title, "Le budget renforce l'action de l'Agence");
}

static void
test_headline_kept (void)
{
  /* a headline ends with no such word: it stays apart from the paragraph under it */
  assert_import_field (
      "The President's budget provides new funds for the Environmental Agency\n" REST, title,
      "The President's budget provides new funds for the Environmental Agency");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found96/broken-first-line", test_broken_first_line);
  g_test_add_func ("/importer/found96/headline-kept", test_headline_kept);
  return g_test_run ();
}
