/* test-importer-found193.c: a headline glued before a dateline that gives its place and region in
 * brackets and a dash ("… Four New Acquisitions Unveiled (Omaha, NE) – A new presentation …",
 * issue 11: heldout26 joslyn-01), perhaps after a hidden e-mail address ("[email protected]")
 * that closed the contacts above: the headline is the title and the story opens with the
 * dateline, in English and French. A head that reads as a sentence stays with the story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

/* Imports @contacts, then @headline, @dateline and @story on one line; checks that the headline
 * is the title and the first paragraph the dateline and the story. */
static void
assert_bracket_cut (const char *contacts, const char *headline, const char *dateline,
                    const char *story)
{
  g_autofree char *text =
      g_strconcat (contacts, headline, " ", dateline, " ", story,
                   "\n\nThe last paragraph of the release, for its end.\n", NULL);
  g_autofree char *first = g_strconcat (dateline, " ", story, NULL);
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_title (release), ==, headline);
  g_assert_cmpstr (first_paragraph (release), ==, first);
}

static void
test_bracket_cut (void)
{
  assert_bracket_cut ("For Immediate Release Contacts: Amy Doe, Director of Marketing\n"
                      "[email protected] ",
                      "Art Museum Announces Opening of Reinstalled European Galleries",
                      "(Omaha, NE) –",
                      "A new presentation of the museum's renowned collection of European art "
                      "awaits visitors. Debuting today, the reinstallation offers a renewed "
                      "perspective on the collection.");
  assert_bracket_cut ("", "Le musée ouvre ses nouvelles galeries d'art européen", "(Lyon, Rhône) –",
                      "Une nouvelle présentation de la collection d'art européen du musée attend "
                      "les visiteurs. Elle ouvre aujourd'hui, après deux ans de travaux dans les "
                      "salles du sud.");
}

/* a head that ends a sentence before the bracket is a story's sentence: the line stays whole */
static void
test_sentence_whole (void)
{
  const char *story = "The museum reopened its galleries. It thanked the city (Omaha, NE) – A new "
                      "presentation of the collection awaits visitors, and the curators will "
                      "guide them. It opens today.";
  g_autofree char *text = g_strconcat (
      "Museum news\n\n", story, "\n\nThe last paragraph of the release, for its end.\n", NULL);

  assert_first_paragraph (text, story);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found193/bracket-cut", test_bracket_cut);
  g_test_add_func ("/importer/found193/sentence-whole", test_sentence_whole);
  return g_test_run ();
}
