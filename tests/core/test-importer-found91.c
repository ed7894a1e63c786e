/* test-importer-found91.c: the kind a page names on a line of its own away from the headline
 * (issue 11: heldout22 nwo-01, "PERSBERICHT" over the press office's address; heldout23 ebop-01,
 * "MEDIA RELEASE" between the headline and its repeat; heldout22 psi-01, "This press release is
 * reprinted by…" under the story). A kind label alone anywhere above the story gives the kind,
 * and so does a sentence just after the story that speaks of the text itself, in English and
 * French; "News" alone (a menu's item as often) and a sentence of the story that speaks of
 * another text do not.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "The council has voted to move its headquarters to the largest town of the region after "        \
  "two years of consultation with its staff and the public.\n\n"                                   \
  "The move will take place over the next eighteen months, the chairman of the council said "      \
  "on Tuesday at the end of the meeting.\n\n"

#define HISTOIRE                                                                                       \
  "Le conseil a voté le transfert de son siège dans la plus grande ville de la région après "      \
  "deux ans de consultation de son personnel et du public.\n\n"                                        \
  "Le déménagement aura lieu au cours des dix-huit prochains mois, a déclaré mardi le président " \
  "du conseil à l'issue de la séance.\n\n"

static void
test_label_above (void)
{
  assert_import_field ("PRESS RELEASE\n\n"
                       "Regional Council, Communications Department\n"
                       "PO Box 364\n"
                       "Whakatane 3158\n\n"
                       "Council to move its headquarters to the coast\n\n" STORY,
                       kind, "press release");
  assert_import_field ("Council to move its headquarters to the coast\n"
                       "MEDIA RELEASE\n"
                       "Council to move its headquarters to the coast\n\n" STORY,
                       kind, "press release");
  assert_import_field ("Communiqué de presse\n\n"
                       "Conseil régional, service de la communication\n"
                       "BP 364\n"
                       "33000 Bordeaux\n\n"
                       "Le conseil régional déménage son siège sur la côte\n\n" HISTOIRE,
                       kind, "press release");
}

static void
test_menu_word_above (void)
{
  assert_import_field ("News\n\n"
                       "Regional Council, Communications Department\n"
                       "PO Box 364\n"
                       "Whakatane 3158\n\n"
                       "Council to move its headquarters to the coast\n\n" STORY,
                       kind, NULL);
}

static void
test_sentence_after (void)
{
  assert_import_field ("Council to move its headquarters to the coast\n\n" STORY "*********\n"
                       "This press release is reprinted by a reader of the council's news.\n",
                       kind, "press release");
  assert_import_field ("Le conseil régional déménage son siège sur la côte\n\n" HISTOIRE
                       "Ce communiqué est aussi publié en anglais sur le site du conseil.\n",
                       kind, "press release");
}

static void
test_no_self_mention (void)
{
  /* the story speaks of another text: no kind of its own */
  assert_import_field ("Council to move its headquarters to the coast\n\n" STORY
                       "The press release of the union is reprinted by a reader of the news.\n",
                       kind, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found91/label-above", test_label_above);
  g_test_add_func ("/importer/found91/menu-word-above", test_menu_word_above);
  g_test_add_func ("/importer/found91/sentence-after", test_sentence_after);
  g_test_add_func ("/importer/found91/no-self-mention", test_no_self_mention);
  return g_test_run ();
}
