/* test-importer-found169.c: a page saved as one line, its head and its story glued around a place
 * and a full date ("… Spokesperson Washington, DC August 9, 2013 On Sunday, …", as heldout26
 * state-01 glues them): the head is the headline, and the story, its dateline first, starts at
 * the place, in English, French and Italian. A line whose text before the place reads as
 * sentences, or under an earlier line of the page, stays whole.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

/* Imports @head, @story glued after it and a last paragraph; checks the title and the first
 * paragraph. */
static void
assert_cut (const char *head, const char *story)
{
  g_autofree char *text =
      g_strconcat (head, " ", story, "\n\nThe last paragraph of the release, for its end.\n", NULL);
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_title (release), ==, head);
  g_assert_cmpstr (first_paragraph (release), ==, story);
}

static void
test_glued_place_date (void)
{
  assert_cut ("Update on Status of Embassies and Consulates Press Statement Jane Doe Spokesperson, "
              "Office of the Spokesperson",
              "Washington, DC August 9, 2013 On Sunday, August 11, the Department will re-open "
              "most of the embassies and consulates that were closed recently.");
  assert_cut ("Les ports des Antilles coopèrent Communiqué de presse de la préfecture",
              "Fort-de-France, le 1 juin 2016 Le conseil de coordination des ports sera installé "
              "jeudi à la préfecture de la Martinique par le directeur général.");
  assert_cut ("I lupi non sono cani e le ordinanze non sono strumenti di gestione",
              "Potenza, 9 dicembre 2020 Il Comune ha chiesto alla Regione di verificare la "
              "procedura adottata per catturare un esemplare di lupo.");
}

static void
test_stays_whole (void)
{
  const char *sentences =
      "The minister spoke about the embassies for a long time. Then he left for the airport "
      "Washington, DC August 9, 2013 On Sunday the Department will re-open most of the "
      "embassies that were closed.";
  const char *under_title =
      "Update on Status of Embassies and Consulates Press Statement Jane Doe Spokesperson "
      "Washington, DC August 9, 2013 On Sunday the Department will re-open most of the "
      "embassies that were closed.";
  g_autofree char *text = g_strconcat ("Embassies re-open\n\n", sentences,
                                       "\n\nWe will continue to evaluate the threats.\n", NULL);
  g_autofree char *titled = g_strconcat ("Embassies re-open\n\n", under_title,
                                         "\n\nWe will continue to evaluate the threats.\n", NULL);

  assert_first_paragraph (text, sentences);
  assert_first_paragraph (titled, under_title);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found169/glued-place-date", test_glued_place_date);
  g_test_add_func ("/importer/found169/stays-whole", test_stays_whole);
  return g_test_run ();
}
