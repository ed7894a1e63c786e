/* test-importer-found121.c: letter-spaced labels (issue 11). A PDF's letterhead "N E W S R E L E
 * A S E 2200 Dodge Street, … For Immediate Release … May 20, 2017 …" on the text's first line
 * (heldout26 joslyn-01): words with their letters spaced out are a label's, the line is the
 * letterhead, neither the title nor the story, its date the release's, and the letters spell the
 * release's kind, in English and French.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define EN_STORY                                                                                   \
  "A new presentation of the museum's renowned collection of European art awaits visitors from "   \
  "today, in five galleries renovated for the first time in twenty years."

static void
test_letterhead_en (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("N E W S R E L E A S E 2200 Dodge Street, Omaha, Nebraska 68102 Phone: "
                 "402-342-3300 Fax: 402-342-2376 For Immediate Release Contacts: Amy Rummel, "
                 "Director of Marketing May 20, 2017 (402) 661-3822\n"
                 "Museum Opens Its Reinstalled European Galleries\n\n" EN_STORY "\n\n"
                 "The galleries begin with Medieval and Renaissance artists and end with the "
                 "beginnings of modernism.\n");

  g_assert_cmpstr (cmq_release_get_kind (release), ==, "press release");
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2017-05-20");
  g_assert_cmpstr (cmq_release_get_paragraphs (release)[0], ==, EN_STORY);
  g_assert_false (g_str_has_prefix (cmq_release_get_title (release), "N E W S"));
}

static void
test_label_fr (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("C O M M U N I Q U É   D E   P R E S S E\n\n"
                 "Le musée rouvre ses galeries européennes\n\n"
                 "Paris, le 20 mai 2017 – Une nouvelle présentation de la collection d'art "
                 "européen du musée attend les visiteurs dans cinq salles rénovées.\n\n"
                 "Les salles commencent avec les artistes de la Renaissance.\n");

  g_assert_cmpstr (cmq_release_get_kind (release), ==, "press release");
  g_assert_cmpstr (cmq_release_get_title (release), ==, "Le musée rouvre ses galeries européennes");
}

static void
test_spaced_kindless (void)
{
  g_autoptr (CmqRelease) release =
      import_ok ("M U S E U M  N O T E S\n\n"
                 "Museum Opens Its Reinstalled European Galleries\n\n" EN_STORY "\n");

  g_assert_null (cmq_release_get_kind (release));
  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Museum Opens Its Reinstalled European Galleries");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found121/letterhead-en", test_letterhead_en);
  g_test_add_func ("/importer/found121/label-fr", test_label_fr);
  g_test_add_func ("/importer/found121/spaced-kindless", test_spaced_kindless);
  return g_test_run ();
}
