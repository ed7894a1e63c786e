/* test-importer-found192.c: a page's excerpt under its headline that says the headline again,
 * then its subtitle, a place and a full date and perhaps the kind, glued before the story on one
 * line ("I lupi non sono cani! E le ordinanze … Potenza, 9 dicembre 2020 Comunicato Stampa
 * Legambiente chiede …", issue 11: heldout21 legambiente-01): the copy, the subtitle, the
 * dateline and the kind are cut off, the headline stays the title and the story opens with its
 * first word, in English, French and Italian. A line under the headline that does not open with
 * it said again stays whole.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

/* Imports @headline, then on one line @headline again, @subtitle, @dateline, @kind and @story;
 * checks that the headline is the title and the story the first paragraph. */
static void
assert_copy_cut (const char *headline, const char *subtitle, const char *dateline, const char *kind,
                 const char *story)
{
  g_autofree char *text =
      g_strconcat (headline, "\n\n", headline, " ", subtitle, " ", dateline, " ", kind, " ", story,
                   "\n\nThe last paragraph of the release, for its end.\n", NULL);
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_title (release), ==, headline);
  g_assert_cmpstr (first_paragraph (release), ==, story);
}

static void
test_copy_cut (void)
{
  assert_copy_cut ("Wolves are not dogs!", "And a mayor's order is no way to manage wildlife",
                   "Potenza, 9 December 2020", "Press Release",
                   "The association asks the ministry to check how the city and the region "
                   "caught a wolf in the town last week.");
  assert_copy_cut ("Le préfet installe le conseil des ports",
                   "Une première réunion pour les trois ports des Antilles",
                   "Fort-de-France, le 1 juin 2016", "Communiqué de presse",
                   "Le conseil de coordination des ports sera installé jeudi à la préfecture par "
                   "le directeur général.");
  assert_copy_cut ("I lupi non sono cani!",
                   "E le ordinanze sindacali non sono strumenti di gestione faunistica",
                   "Potenza, 9 dicembre 2020", "Comunicato Stampa",
                   "Legambiente chiede al Ministero di verificare l'operato del Comune di Potenza "
                   "e della Regione Basilicata sulla procedura adottata.");
}

/* a line under the headline that does not open with it said again is not cut */
static void
test_no_copy_whole (void)
{
  const char *story = "Wolves and dogs share a forest Potenza, 9 December 2020 Press Release The "
                      "association asks the ministry to check how the city caught a wolf.";
  g_autofree char *text =
      g_strconcat ("Wolves are not dogs!\n\n", story,
                   "\n\nThe last paragraph of the release, for its end.\n", NULL);

  assert_first_paragraph (text, story);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found192/copy-cut", test_copy_cut);
  g_test_add_func ("/importer/found192/no-copy-whole", test_no_copy_whole);
  return g_test_run ();
}
