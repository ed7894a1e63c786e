/* test-importer-found208.c: the site's notice that it uses cookies on top of the page ("This
 * website uses cookies. Read about how we use cookies.", issue 11: heldout34 metoffice-01) is
 * neither the title nor the story's start, in English, French and German, with its button under
 * it or not; a story that opens by speaking of a site's cookies, or a notice alone on the page,
 * is kept.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static const char *const stories[][3] = {
  { "This website uses cookies. Read about how we use cookies.\n\nClose window\n\n",
    "Weather service warns of storm disruption",
    "Forecasters have issued a red warning for stormy conditions across the country this "
    "evening." },
  { "Ce site utilise des cookies. Découvrez comment nous les utilisons.\n\n",
    "Le service météo annonce une tempête",
    "Les prévisionnistes ont émis une alerte rouge pour des conditions orageuses dans tout le "
    "pays ce soir." },
  { "Wir verwenden Cookies, um unsere Website zu verbessern.\n\nOK\n\n",
    "Wetterdienst warnt vor Sturm",
    "Die Meteorologen haben für heute Abend eine rote Warnung vor Sturm im ganzen Land "
    "herausgegeben." },
};

static void
test_notice_on_top (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (stories); i++)
    {
      g_autofree char *text = g_strconcat (
          stories[i][0], stories[i][1], "\n\n", stories[i][2],
          "\n\nThe warning stays in force until tomorrow morning, the service said.\n", NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, stories[i][1]);
      g_assert_cmpstr (first_paragraph (release), ==, stories[i][2]);
    }
}

/* another site's cookies, the story's subject, and a notice with nothing under it, are kept */
static void
test_story_kept (void)
{
  const char *first = "The regulator said that the retailer's website uses cookies without the "
                      "consent of its visitors, and fined it two million euros.";
  g_autofree char *text = g_strconcat (
      "Regulator fines retailer\n\n", first,
      "\n\nThe retailer has two months to appeal against the decision, the regulator said.\n",
      NULL);
  const char *alone = "This website uses cookies. Read about how we use cookies.";

  assert_first_paragraph (text, first);
  assert_first_paragraph (alone, alone);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found208/notice-on-top", test_notice_on_top);
  g_test_add_func ("/importer/found208/story-kept", test_story_kept);
  return g_test_run ();
}
