/* test-importer-found216.c: the author's note that closes a post, a note label and a few words
 * with no sentence's end ("Note: Guyane - Le 21 mars 2009", heldout23 fo44-01), is the story's
 * last line, not trailing chrome nor a caption, in English and French; a publisher's notice in
 * capitals and a short line of the page's under the story stay out of it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY_EN                                                                                   \
  "GUYANA: A MESSAGE IN A BOTTLE\n\n"                                                              \
  "A message from the general secretary of the union of Guyana to the union of the Loire.\n\n"     \
  "\"Like our comrades in the Antilles, Guyana is heading towards an unlimited general strike. "   \
  "Talks are due to open on Monday and we will need all the support we can get.\"\n\n"

#define STORY_FR                                                                                   \
  "GUYANE : MESSAGE IN A BOTTLE\n\n"                                                               \
  "Message du secrétaire général de l'union de Guyane à l'union de Loire-Atlantique.\n\n"      \
  "\"A l'image de nos camarades des Antilles, la Guyane se dirige vers un mouvement de grève "    \
  "générale illimitée. L'ouverture des négociations est prévue ce lundi.\"\n\n"

static void
test_closing_note_kept (void)
{
  assert_last_paragraph (STORY_EN "Note: Guyana - 21 March 2009\n", "Note: Guyana - 21 March 2009");
  assert_last_paragraph (STORY_FR "Note: Guyane - Le 21 mars 2009\n",
                         "Note: Guyane - Le 21 mars 2009");
  assert_last_paragraph (STORY_FR "Remarque : message reçu de Cayenne le 21 mars\n",
                         "Remarque : message reçu de Cayenne le 21 mars");
}

static void
test_page_lines_left_out (void)
{
  /* a publisher's notice in capitals, a page's short line: not the story's */
  assert_last_paragraph (STORY_EN "NOTE: Guyana - 21 March 2009\n",
                         "\"Like our comrades in the Antilles, Guyana is heading towards an "
                         "unlimited general strike. Talks are due to open on Monday and we will "
                         "need all the support we can get.\"");
  assert_last_paragraph (STORY_FR "Voir aussi les autres messages\n",
                         "\"A l'image de nos camarades des Antilles, la Guyane se dirige vers un "
                         "mouvement de grève générale illimitée. L'ouverture des négociations est "
                         "prévue ce lundi.\"");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found216/closing-note-kept", test_closing_note_kept);
  g_test_add_func ("/importer/found216/page-lines-left-out", test_page_lines_left_out);
  return g_test_run ();
}
