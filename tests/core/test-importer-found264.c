/* test-importer-found264.c: a page whose only title is a kind's line naming more than its kind
 * (issue 11: heldout38 montp3-01, "Communiqué de la présidence" over a salutation and the
 * president's letter) has it for its headline as well as its kind, in French, English and
 * Polish; a kind's phrase alone ("Communiqué de presse", "Press Release") stays a label, and a
 * kind's line over another line is not taken for the headline.
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
  "communauté n'aient pas été réduits à néant.\n"
#define STORY_EN                                                                                   \
  "The decision of the court on the suspension of the examinations, given today, rejected the "    \
  "request of the two unions.\n\n"                                                                 \
  "We are delighted that the exceptional efforts made by our whole community have not been "       \
  "brought to nothing.\n"

static void
test_kind_line_title (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("Communiqué de la présidence\n\nChères et chers étudiant-e-s, chers et chères "
                 "collègues\n\n" STORY_FR);

  g_assert_cmpstr (cmq_release_get_title (release), ==, "Communiqué de la présidence");
  g_assert_cmpstr (cmq_release_get_kind (release), ==, "press release");
  g_clear_object (&release);

  release =
      import_ok ("Statement from the President\n\nDear students, dear colleagues\n\n" STORY_EN);
  g_assert_cmpstr (cmq_release_get_title (release), ==, "Statement from the President");
  g_clear_object (&release);

  release = import_ok ("Komunikat Prezydenta Miasta\n\nSzanowni Państwo\n\n"
                       "Decyzja sądu administracyjnego w sprawie egzaminów wydana dzisiaj "
                       "oddaliła wniosek dwóch związków zawodowych.\n\n"
                       "Cieszymy się, że wyjątkowe wysiłki całej naszej społeczności nie poszły "
                       "na marne.\n");
  g_assert_cmpstr (cmq_release_get_title (release), ==, "Komunikat Prezydenta Miasta");
}

static void
test_label_alone (void)
{
  g_autoptr (CmqRelease) release = NULL;

  assert_import_field ("Communiqué de presse\n\nChers collègues,\n\n" STORY_FR, title,
                       "La décision du tribunal administratif relative au référé suspension des "
                       "examens rendue ce jour");
  /* a line under the kind's line: the kind's line is not taken over it */
  release = import_ok ("Communiqué de la présidence\n\nLes examens à distance confirmés par le "
                       "tribunal\n\nChers collègues,\n\n" STORY_FR);
  g_assert_cmpstr (cmq_release_get_title (release), !=, "Communiqué de la présidence");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found264/kind-line-title", test_kind_line_title);
  g_test_add_func ("/importer/found264/label-alone", test_label_alone);
  return g_test_run ();
}
