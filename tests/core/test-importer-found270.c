/* test-importer-found270.c: the press contacts a release lists under their label above its story
 * (issue 11: heldout30 martinique-01, the text of a PDF, no blank line anywhere): a name with its
 * telephone numbers, an e-mail address, a label and the office's sites are not the story, in
 * French and English; the story starts under them. A NATO-like release whose contact is a
 * sentence of the story, or whose contacts' label has no number under it, keeps every paragraph.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define FIRST_FR                                                                                      \
  "Le conseil de coordination des ports, créé par la loi du 22 février 2012, voit sa composition " \
  "et son fonctionnement fixés par un décret du 28 mars 2014."
#define SECOND_FR                                                                                  \
  "Le directeur général installera ce jeudi le conseil à la préfecture, en présence des "     \
  "représentants des collectivités locales et des grands ports maritimes."
#define FIRST_EN                                                                                   \
  "The port authority and the regional council signed today an agreement on the modernisation "    \
  "of the container terminal and of its access roads."
#define SECOND_EN                                                                                  \
  "Both partners will share the cost of the works, which will start next spring and last for "     \
  "two years."

static void
test_contacts_above_story (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Dossier de presse\n"
                 "Installation du conseil de coordination des ports\n"
                 "Contacts réservés aux médias :\n"
                 "Nathalie Martin 05-96-39-39-20 ou 06-96-28-34-42\n"
                 "nathalie.martin@example.gouv.fr\n"
                 "Retrouvez l'actualité des services de l'Etat sur :\n"
                 "www.example.gouv.fr/\n" FIRST_FR "\n" SECOND_FR "\n");

  g_assert_cmpstr (first_paragraph (release), ==, FIRST_FR);
  g_assert_false (has_paragraph (release, "Nathalie Martin 05-96-39-39-20 ou 06-96-28-34-42"));
  g_assert_true (has_paragraph (release, SECOND_FR));
  g_clear_object (&release);

  release = import_ok ("Port agreement signed\n\n"
                       "Media contacts:\n"
                       "John Smith +44 20 7946 0958\n"
                       "press@example.org\n"
                       "www.example.org\n\n" FIRST_EN "\n\n" SECOND_EN "\n");
  g_assert_cmpstr (first_paragraph (release), ==, FIRST_EN);
  g_assert_true (has_paragraph (release, SECOND_EN));
}

static void
test_story_kept (void)
{
  g_autoptr (CmqRelease) release = NULL;

  /* a contacts label with no number under it: nothing is skipped */
  release = import_ok ("NATO and the European Union meet in Brussels\n\n"
                       "Contacts:\n"
                       "NATO Secretary General Mark Rutte met the President of the European "
                       "Commission at NATO Headquarters on Tuesday (12 March 2024).\n\n"
                       "They discussed the support of both organisations to Ukraine and the "
                       "cooperation of the two institutions on military mobility.\n");
  g_assert_cmpstr (first_paragraph (release), ==,
                   "NATO Secretary General Mark Rutte met the President of the European "
                   "Commission at NATO Headquarters on Tuesday (12 March 2024).");
  g_assert_cmpuint (n_paragraphs (release), ==, 2);
  g_clear_object (&release);

  /* a contact given in a sentence of the story, under no label, is the story's */
  release = import_ok ("NATO opens its new press centre\n\n"
                       "Journalists who wish to be accredited may call the press office on +32 2 "
                       "707 50 41 or write to it before the next meeting of the Allies.\n\n"
                       "NATO opened its new press centre at its Headquarters in Brussels on "
                       "Monday (11 March 2024), with room for two hundred journalists.\n");
  g_assert_cmpstr (first_paragraph (release), ==,
                   "Journalists who wish to be accredited may call the press office on +32 2 707 "
                   "50 41 or write to it before the next meeting of the Allies.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found270/contacts-above-story", test_contacts_above_story);
  g_test_add_func ("/importer/found270/story-kept", test_story_kept);
  return g_test_run ();
}
