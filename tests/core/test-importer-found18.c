/* test-importer-found18.c: the importer on synthetic pages that carry what the fifteenth
 * held-out set (tests/fixtures/heldout15) still showed after its second round of fixes: a label
 * naming a release's type that is none of the kinds ("Media Advisory") beside the headline; a
 * headline opening with a comment and its author, a statement.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

/* The headline of the pages below. */
#define TRAVEL_HEADLINE "Minister to Travel to the Middle East and the United Kingdom"

/* A story under its release-date line. */
#define DATED_STORY                                                                                \
  "December 15, 2017 – Ottawa – National Defence\n\n"                                          \
  "The Minister of Defence will travel to Jordan and Kuwait from December 15 - 19, where he will " \
  "meet with deployed personnel and defence counterparts.\n\n"                                     \
  "Opportunities will be provided for media to engage with the Minister during his trip.\n"

/* "Minister Sajjan to Travel …" / "Media Advisory" / "December 15, 2017 – Ottawa – …"
 * (heldout15 canada-01): a label naming a type of release that is none of the kinds (a media
 * advisory, an invitation to the press), alone on its line under the headline or over it, is
 * never the headline, in the languages the importer reads; it gives the release no kind. */
static void
test_kindless_label (void)
{
  static const char *const labels[] = {
    "Media Advisory", "MEDIA ADVISORY",        "Media Alert",     "Avis aux médias",
    "Medienhinweis",  "Invito stampa",         "Persuitnodiging", "Convocatoria de prensa",
    "Advisory",       "Media Advisory 17-045",
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    for (guint above = 0; above < 2; above++)
      {
        g_autofree char *text =
            above ? g_strconcat (labels[i], "\n\n", TRAVEL_HEADLINE, "\n\n", DATED_STORY, NULL)
                  : g_strconcat (TRAVEL_HEADLINE, " \n\n", labels[i], "\n\n", DATED_STORY, NULL);
        g_autoptr (CmqRelease) release = import_ok (text);

        g_assert_cmpstr (cmq_release_get_title (release), ==, TRAVEL_HEADLINE);
        g_assert_null (cmq_release_get_kind (release));
      }
}

/* "Media Advisory" over the release's date, the headline under them: the label is not the
 * headline the date line anchors. */
static void
test_kindless_label_over_date (void)
{
  g_autofree char *text = g_strconcat (
      "Media Advisory\n\nDecember 15, 2017\n\n", TRAVEL_HEADLINE, "\n\n",
      DATED_STORY + strlen ("December 15, 2017 – Ottawa – National Defence\n\n"), NULL);
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_title (release), ==, TRAVEL_HEADLINE);
}

/* A headline that opens with such a word ("Advisory Board meets …", "Media alert system
 * launched …") is still a headline. */
static void
test_kindless_label_headlines_stay (void)
{
  static const char *const headlines[] = {
    "Advisory Board Meets in Ottawa on Defence Procurement",
    "Media Alert System Launched for Deployed Personnel",
  };

  for (guint i = 0; i < G_N_ELEMENTS (headlines); i++)
    {
      g_autofree char *text = g_strconcat (headlines[i], "\n\n", DATED_STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, headlines[i]);
    }
}

/* "Comment of the Ministry of Foreign Affairs of Ukraine regarding …" (heldout15 ukraine-01): a
 * headline opening with a comment and its author is a statement, in the languages the importer
 * reads; a French headline opening with "Comment" ("how") is none. */
static void
test_comment_headline (void)
{
  static const char *const headlines[][2] = {
    { "Comment of the Ministry of Foreign Affairs regarding the statements of a neighbour",
      "statement" },
    { "Commentaire du ministère des Affaires étrangères sur les déclarations du voisin",
      "statement" },
    { "Kommentar des Auswärtigen Amtes zu den Äußerungen der Nachbarregierung", "statement" },
    { "Comment la France accueille les réfugiés du conflit", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (headlines); i++)
    {
      g_autofree char *text = g_strconcat (headlines[i][0], "\n\n", DATED_STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, headlines[i][0]);
      g_assert_cmpstr (cmq_release_get_kind (release), ==, headlines[i][1]);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/kindless-label", test_kindless_label);
  g_test_add_func ("/importer/kindless-label-over-date", test_kindless_label_over_date);
  g_test_add_func ("/importer/kindless-label-headlines-stay", test_kindless_label_headlines_stay);
  g_test_add_func ("/importer/comment-headline", test_comment_headline);
  return g_test_run ();
}
