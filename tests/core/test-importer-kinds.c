/* test-importer-kinds.c: the kind of release (issue 11) on synthetic pages, by class of what the
 * held-out sets showed missing: a kind word the lexicon lacked in some language, a kind label
 * between brackets or after a list's bullet, a qualifier before the kind in a headline
 * ("Opening statement"), and a longer phrase of one kind beside a shorter one of another
 * ("Communiqué conjoint" a statement, "Communiqué" a press release).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define HEADLINE "Les ministres adoptent un plan pour la vallée"
#define STORY                                                                                          \
  "Les ministres des États riverains ont adopté aujourd’hui un plan pour aider la vallée après " \
  "les crues du printemps.\n\n"                                                                        \
  "Ils se retrouveront à l’automne pour voir comment avancent les travaux sur les digues.\n"

/* A label line alone above the headline, in the languages of the European institutions. */
static void
test_kind_words_of_other_languages (void)
{
  static const struct
  {
    const char *label;
    const char *kind;
  } cases[] = {
    { "Communiqué", "press release" },
    { "Communiqué conjoint", "statement" },
    { "Joint Communiqué", "statement" },
    { "Nota de prensa", "press release" },
    { "Nota à imprensa", "press release" },
    { "Presseinformation", "press release" },
    { "Informacja prasowa", "press release" },
    { "Gemeinsame Erklärung", "statement" },
    { "Declaración", "statement" },
    { "Declaração", "statement" },
    { "Réaction presse", "statement" },
    { "Intervention", "speech" },
    { "Conferencia de prensa", "transcript" },
    { "Entrevista", "transcript" },
    { "Notícias", "news story" },
    { "Notizie", "news story" },
    { "Nieuws", "news story" },
    { "Nachrichten", "news story" },
    { "Aktualności", "news story" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text =
          g_strconcat (cases[i].label, "\n\n" HEADLINE "\n\n12 mars 2019\n\n" STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_kind (release), ==, cases[i].kind);
      g_assert_cmpstr (cmq_release_get_title (release), ==, HEADLINE);
    }
}

/* "(Communiqué)" (heldout11 prefecture-po-01), "[RÉACTION PRESSE]" (heldout7 amnesty-01): the
 * kind alone between brackets, a label of the page and not its headline; a bracketed line that
 * is more than a kind stays what it was. */
static void
test_kind_label_in_brackets (void)
{
  static const struct
  {
    const char *label;
    const char *kind;
  } cases[] = {
    { "(Communiqué)", "press release" },
    { "[RÉACTION PRESSE]", "statement" },
    { "[Press release]", "press release" },
    { "(Discours)", "speech" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text =
          g_strconcat (cases[i].label, "\n\n" HEADLINE "\n\n12 mars 2019\n\n" STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_kind (release), ==, cases[i].kind);
      g_assert_cmpstr (cmq_release_get_title (release), ==, HEADLINE);
    }
}

/* "Opening Statement to the WFP Executive Board" (heldout8 wfp-01), "Introductory statement to
 * the press conference" (heldout6 ecb-01), "Keynote address at…": a qualifier before the kind
 * word that opens the headline. */
static void
test_qualified_kind_in_headline (void)
{
  static const struct
  {
    const char *headline;
    const char *kind;
  } cases[] = {
    { "Opening Statement to the Executive Board of the Agency", "statement" },
    { "Introductory statement to the press conference of the Council", "statement" },
    { "Keynote address at the conference of the river valleys", "speech" },
    { "Closing remarks at the meeting of the river commission", "speech" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (
          cases[i].headline, "\n\n12 March 2019\n\n",
          "The ministers of the river states today adopted a plan to help the valley after the "
          "spring floods.\n\nThey will meet again in the autumn to see how work on the dykes "
          "is going.\n",
          NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_kind (release), ==, cases[i].kind);
      g_assert_cmpstr (cmq_release_get_title (release), ==, cases[i].headline);
    }
}

/* A story sentence that holds a kind word gives no kind: "communiqué" in the lead of a page that
 * names none. */
static void
test_kind_word_in_story_sentence (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      HEADLINE "\n\n12 mars 2019\n\n"
               "Le ministre a fait savoir dans un communiqué que le plan serait adopté.\n\n"
               "Ils se retrouveront à l’automne pour voir comment avancent les travaux.\n");

  g_assert_null (cmq_release_get_kind (release));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/kind-words-of-other-languages", test_kind_words_of_other_languages);
  g_test_add_func ("/importer/kind-label-in-brackets", test_kind_label_in_brackets);
  g_test_add_func ("/importer/qualified-kind-in-headline", test_qualified_kind_in_headline);
  g_test_add_func ("/importer/kind-word-in-story-sentence", test_kind_word_in_story_sentence);
  return g_test_run ();
}
