/* test-importer-found27.c: the importer on synthetic pages that carry what issue 11's headline
 * misses showed (heldout17 switzerland-council-01): the page's title line, then a label line that
 * ends with the same words ("Communiqué relatif à la séance …"), then a deck over the story. The
 * title echoed is the headline, not the deck nearer the story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY_FR                                                                                   \
  "La séance que le gouvernement a tenue mercredi soir a été consacrée à trois questions "    \
  "principales, dont la réforme de l'armée et la protection de la population.\n\n"               \
  "A la demande du président, la séance, qui a duré quatre heures, a eu lieu hors de la "       \
  "capitale, dans une salle prêtée par la commune.\n\n"
#define STORY_EN                                                                                   \
  "The government spent its meeting on Wednesday evening on three main questions, among them "     \
  "the reform of the army and the protection of the population.\n\n"                               \
  "At the request of the president, the meeting, which lasted four hours, was held outside the "   \
  "capital, in a hall lent by the town.\n\n"

/* The page: a site's lines, the @title, the @label line and @echo under it (hard-wrapped, as
 * found, or on one line), a @deck, then the @story. */
static char *
page (const char *title, const char *label, const char *echo, gboolean wrapped, const char *deck,
      const char *story)
{
  return g_strconcat ("Les autorités fédérales\n\nAccueil\nRecherche\n\n", title, "\n\n", label,
                      wrapped ? "\n" : " ", echo, "\n\n", deck, "\n\n", story, NULL);
}

/* The title echoed at the end of a label line under it is the headline, in French and English,
 * the label's line wrapped or not. */
static void
test_echoed_title (void)
{
  static const struct
  {
    const char *title, *label, *echo, *deck, *story;
  } cases[] = {
    { "Séance spéciale du gouvernement du 23 février 2000", "Communiqué relatif à la",
      "séance spéciale du gouvernement du 23 février 2000",
      "Réforme de l'armée et protection de la population", STORY_FR },
    { "Special meeting of the Federal Council", "Press release on the",
      "special meeting of the Federal Council", "Army reform and protection of the population",
      STORY_EN },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (guint wrapped = 0; wrapped < 2; wrapped++)
      {
        g_autofree char *text = page (cases[i].title, cases[i].label, cases[i].echo, wrapped,
                                      cases[i].deck, cases[i].story);

        assert_import_field (text, title, cases[i].title);
      }
}

/* A line above the deck that no lower line echoes, or one echoed after a long sentence rather
 * than a label, leaves the deck the headline. */
static void
test_not_echoed (void)
{
  static const struct
  {
    const char *label, *echo;
  } cases[] = {
    { "Press release on the", "army reform and the budget of the population" },
    { "The council met in the capital today and decided at length what to do about the",
      "special meeting of the Federal Council" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text =
          page ("Special meeting of the Federal Council", cases[i].label, cases[i].echo, FALSE,
                "Army reform and protection of the population", STORY_EN);

      assert_import_field (text, title, "Army reform and protection of the population");
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer-found27/echoed-title", test_echoed_title);
  g_test_add_func ("/importer-found27/not-echoed", test_not_echoed);
  return g_test_run ();
}
