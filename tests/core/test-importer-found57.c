/* test-importer-found57.c: the source a repost's "issued by" line names (issue 11: heldout21
 * london-01, heldout20 scotgov-01). A site that reposts press releases says above each whose it
 * is and when: "The press release issued by the Mayor of London on 14 October 2022."; "publié
 * par …", "herausgegeben von …" the same. The line is all of it, the issuer and the date; a
 * sentence of the story that goes on after the date names no source. And the issuer a release
 * opens with announcing ("Chatham House is pleased to announce …", heldout16 chathamhouse-01),
 * when the story names it again, never a person (a title before the name, or the story naming
 * its last word alone) nor "We".
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "The harbour of the old town will be dredged this spring so that the ferries can dock "          \
  "again in the summer, the council said today.\n\n"                                               \
  "The works will last eight weeks and cost two million pounds, shared with the port.\n"

static void
check_source (const char *text, const char *source)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_source (release), ==, source);
}

static void
test_issued_line (void)
{
  check_source ("Harbour works to start in the spring\n\n"
                "The press release issued by the Kingsbridge Harbour Board on 3 March 2015.\n\n"
                "  • Ferries will dock again this summer\n\n" STORY,
                "Kingsbridge Harbour Board");
  check_source (
      "Harbour works to start in the spring\n\n"
      "This statement was published by the Mayor of Kingsbridge on March 3, 2015\n\n" STORY,
      "Mayor of Kingsbridge");
  check_source ("Les travaux du port commenceront au printemps\n\n"
                "Communiqué publié par la Préfecture du Lac le 3 mars 2015.\n\n"
                "Le port de la vieille ville sera dragué ce printemps, afin que les bateaux "
                "puissent y accoster de nouveau l'été prochain, a annoncé la préfecture.\n\n"
                "Les travaux dureront huit semaines et coûteront deux millions d'euros.\n",
                "Préfecture du Lac");
}

/* A sentence that goes on after its date, or an "issued by" without a date, names no source. */
static void
test_story_sentence (void)
{
  check_source ("Harbour works to start in the spring\n\n"
                "The statement issued by the Kingsbridge Harbour Board on 3 March 2015 said that "
                "the harbour would be dredged in the spring.\n\n" STORY,
                NULL);
  check_source ("Harbour works to start in the spring\n\n"
                "The press release issued by the Kingsbridge Harbour Board.\n\n" STORY,
                NULL);
}

static void
test_pleased_to_announce (void)
{
  check_source ("New chair of the harbour board\n\n"
                "Kingsbridge Harbour Trust is pleased to announce that Anna Berg takes over as its "
                "chair on 21 July.\n\n"
                "Anna Berg brings a long career in shipping to the board, where she has served "
                "for six years.\n\n"
                "Kingsbridge Harbour Trust thanks the outgoing chair for his three years.\n",
                "Kingsbridge Harbour Trust");
  /* a person announcing, or "we", is no source */
  check_source ("New chair of the harbour board\n\n"
                "Anna Berg is pleased to announce that she takes over as the chair on 21 July.\n\n"
                "Berg brings a long career in shipping to the board, where she has served for six "
                "years.\n\n"
                "Anna Berg thanked the outgoing chair for his three years.\n",
                NULL);
  check_source ("New chair of the harbour board\n\n"
                "We are pleased to announce that Anna Berg takes over as the chair on 21 July.\n\n"
                "We thank the outgoing chair for his three years on the board.\n",
                NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found57/issued-line", test_issued_line);
  g_test_add_func ("/importer/found57/story-sentence", test_story_sentence);
  g_test_add_func ("/importer/found57/pleased-to-announce", test_pleased_to_announce);
  return g_test_run ();
}
