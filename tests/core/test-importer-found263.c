/* test-importer-found263.c: a letter's salutation without the comma at its end (issue 11:
 * heldout38 montp3-01, "Chères et chers étudiant-e-s, chers et chères collègues") over the first
 * paragraph is the story's first line, as it is with its comma, and never the title, in French,
 * English and Polish.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY_FR                                                                                   \
  "La décision du tribunal administratif relative au référé suspension des examens rendue ce " \
  "jour a rejeté la demande des requérants.\n\n"                                                 \
  "Nous nous réjouissons que les efforts exceptionnels déployés par l'ensemble de notre "       \
  "communauté n'aient pas été réduits à néant.\n\nAvec mes sentiments très dévoués\n\n"   \
  "Patrick Gilli\n"
#define STORY_EN                                                                                   \
  "The decision of the court on the suspension of the examinations, given today, rejected the "    \
  "request of the two unions.\n\n"                                                                 \
  "We are delighted that the exceptional efforts made by our whole community have not been "       \
  "brought to nothing.\n\nWith my very best wishes\n\nJohn Smith\n"

static void
test_bare_salutation (void)
{
  assert_first_paragraph ("Les examens à distance confirmés par le tribunal\n\n"
                          "Chères et chers étudiant-e-s, chers et chères collègues\n\n" STORY_FR,
                          "Chères et chers étudiant-e-s, chers et chères collègues");
  assert_first_paragraph ("Online exams confirmed by the court\n\nDear colleagues\n\n" STORY_EN,
                          "Dear colleagues");
  assert_first_paragraph ("Egzaminy zdalne potwierdzone przez sąd\n\nSzanowni Państwo\n\n"
                          "Decyzja sądu administracyjnego w sprawie egzaminów wydana dzisiaj "
                          "oddaliła wniosek dwóch związków zawodowych.\n",
                          "Szanowni Państwo");
}

/* with no headline, the title is made from the lead, not the salutation */
static void
test_never_title (void)
{
  assert_import_field ("Chers collègues\n\n" STORY_FR, title,
                       "La décision du tribunal administratif relative au référé suspension des "
                       "examens rendue ce jour");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found263/bare-salutation", test_bare_salutation);
  g_test_add_func ("/importer/found263/never-title", test_never_title);
  return g_test_run ();
}
