/* test-importer-found228.c: a compound kind word alone on a label line above the headline
 * ("Nieuwsbericht", heldout35 knmi-01; "Persmededeling", "Pressemeldung", "News release") gives
 * the release its kind; a headline opening with a word that only begins like a kind word
 * ("Nieuwsgierige", "Newsletter") gives none.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "\n\n31 augustus 2017\n\n"                                                                       \
  "De Kamerleden brachten donderdag 31 augustus een bezoek aan het instituut, op uitnodiging "     \
  "van de nieuwe burgemeester van de gemeente.\n\n"                                                \
  "Het bezoek was onderdeel van een werkbezoek aan de gemeente, met gesprekken over "              \
  "klimaatverandering en energietransitie.\n"

static void
test_compound_kind_label (void)
{
  static const char *const labels[][2] = {
    { "Nieuwsbericht", "news story" },
    { "Persmededeling", "press release" },
    { "Pressemeldung", "press release" },
    { "News release", "press release" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autofree char *text =
          g_strconcat (labels[i][0], "\n\nKamerleden bezoeken het instituut", STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_kind (release), ==, labels[i][1]);
      g_assert_cmpstr (cmq_release_get_title (release), ==, "Kamerleden bezoeken het instituut");
    }
}

static void
test_word_opening_like_a_kind (void)
{
  static const char *const headlines[] = { "Nieuwsgierige kinderen bezoeken het instituut",
                                           "Newsletter readers visit the institute" };

  for (guint i = 0; i < G_N_ELEMENTS (headlines); i++)
    {
      g_autofree char *text = g_strconcat (headlines[i], STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_null (cmq_release_get_kind (release));
      g_assert_cmpstr (cmq_release_get_title (release), ==, headlines[i]);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/compound-kind-label", test_compound_kind_label);
  g_test_add_func ("/importer/word-opening-like-a-kind", test_word_opening_like_a_kind);
  return g_test_run ();
}
