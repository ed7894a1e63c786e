/* test-importer-found170.c: a page saved as one line, its headline said twice in a row before the
 * story ("Home News DONATION OF … TO CHINA DONATION OF … TO CHINA On March 13, …", heldout29
 * mongolia-01): the run is the headline, read once, and the story starts after its copy, in
 * English and French; sentences said twice (a transcript's "Very kind of her. Very kind of her.")
 * and a word said over and over stay in the story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

/* Imports @links, @headline twice and @story on one line and a last paragraph; checks that the
 * story is the first paragraph and the headline is not in it. */
static void
assert_twice (const char *links, const char *headline, const char *story)
{
  g_autofree char *text =
      g_strconcat (links, headline, " ", headline, " ", story,
                   "\n\nThe last paragraph of the release, for its end.\n", NULL);
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (first_paragraph (release), ==, story);
  g_assert_true (cmq_release_get_headline_found (release));
}

static void
test_said_twice (void)
{
  assert_twice ("Home News ", "DONATION HANDED OVER TO THE NEIGHBOURING COUNTRY",
                "On March 13, a ceremony was held at the Ministry of Foreign Affairs to hand over "
                "the donation raised by the campaign.");
  assert_twice ("Accueil Actualités ", "Le préfet installe le conseil des ports",
                "Le conseil de coordination des ports sera installé jeudi à la préfecture par le "
                "directeur général.");
  assert_twice ("", "Council adopts its new rules on ports",
                "The council adopted its new rules on ports on Monday, after a year of talks with "
                "the ports.");
}

static void
test_sentences_said_twice (void)
{
  const char *story = "Very kind of her. Very kind of her. Can we begin with the question of the "
                      "ports, Minister, and what the council will do?";
  g_autofree char *text = g_strconcat ("Interview with the Minister\n\n", story,
                                       "\n\nMINISTER: Thank you, it is a pleasure.\n", NULL);

  assert_first_paragraph (text, story);
}

/* A word or a few said over and over is a pattern, not a headline and its copy: the paragraph
 * stays whole. */
static void
test_pattern_repeated (void)
{
  g_autoptr (GString) story = g_string_new ("Allies");
  g_autofree char *text = NULL;

  for (guint i = 0; i < 40; i++)
    g_string_append (story, " Allies");
  text = g_strconcat ("Allies meet in Brussels\n\n", story->str,
                      "\n\nThe ministers will meet again next month in Brussels.\n", NULL);
  assert_first_paragraph (text, story->str);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found170/said-twice", test_said_twice);
  g_test_add_func ("/importer/found170/sentences-said-twice", test_sentences_said_twice);
  g_test_add_func ("/importer/found170/pattern-repeated", test_pattern_repeated);
  return g_test_run ();
}
