/* test-importer-found86.c: a lead sentence hard-wrapped over a few short lines in a file that is
 * not hard-wrapped as a whole (issue 11: heldout23 ebop-01, "A court decision upholding
 * Environment Bay of" / "Plenty’s processes in deciding to relocate its" / …) is joined again
 * into the story's first paragraph, in English, French and German: its breaks fall after words
 * that cannot end a sentence. Short lines whose breaks could end a sentence (a menu, an
 * address) stay apart. A hard-wrapped text saved double-spaced, a blank line after every line
 * (heldout10 ausdef-03), is joined into its paragraphs as any hard-wrapped text; a text whose
 * paragraphs are short lines between blank lines (a list of headlines) is not.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define RELEASE(lead, rest)                                                                        \
  "Council welcomes the court's decision\n"                                                        \
  "MEDIA RELEASE\n" lead "\n" rest "\n"                                                            \
  "The decision would be discussed at the next meeting of the council on the 22nd of April.\n"

#define EN_REST                                                                                    \
  "“While there are still many issues to work through, the outcome of the review is a good one " \
  "for the whole region and its people,” he said."

static void
test_joined (void)
{
  const char *const leads[][2] = {
    { "A court decision upholding the regional council of\n"
      "Plenty’s processes in deciding to relocate its\n"
      "headquarters to Tauranga was welcomed by council chairman\n"
      "John Cronin.",
      EN_REST },
    { "La décision du tribunal qui confirme la procédure du\n"
      "conseil régional pour déménager son siège dans\n"
      "la ville de Tauranga a été saluée par le président.",
      "« Il reste encore beaucoup de questions à régler, mais cette décision est une bonne "
      "nouvelle pour toute la région et ses habitants », a-t-il déclaré." },
    { "Die Entscheidung des Gerichts, die das Verfahren des\n"
      "Regionalrats zum Umzug seines Sitzes nach Tauranga und\n"
      "seine Pläne bestätigt, wurde vom Vorsitzenden begrüßt.",
      "„Es gibt noch viele Fragen zu klären, aber diese Entscheidung ist eine gute Nachricht für "
      "die ganze Region und ihre Menschen“, sagte er." },
  };

  for (guint k = 0; k < G_N_ELEMENTS (leads); k++)
    {
      g_autofree char *text = g_strdup_printf (RELEASE ("%s", "%s"), leads[k][0], leads[k][1]);
      g_auto (GStrv) parts = g_strsplit (leads[k][0], "\n", -1);
      g_autofree char *joined = g_strjoinv (" ", parts);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_paragraphs (release)[0], ==, joined);
    }
}

static void
test_apart (void)
{
  /* a menu's entries, each of which can end a sentence: never one paragraph */
  g_autoptr (CmqRelease) release = import_ok (RELEASE ("Home and news of the regional council\n"
                                                       "Publications and reports of the council\n"
                                                       "Contact the regional council today.",
                                                       EN_REST));

  for (guint k = 0; cmq_release_get_paragraphs (release)[k] != NULL; k++)
    g_assert_null (
        strstr (cmq_release_get_paragraphs (release)[k], "council Publications and reports"));
}

#define DOUBLE_SPACED                                                                              \
  "Transcript of the press conference of the Minister for Defence\n\n"                             \
  "Can I firstly make some remarks about the Parliamentary debate on Afghanistan\n\n"              \
  "this week, to outline some of the processes. Firstly the debate will commence on Tuesday\n\n"   \
  "after Question Time. After Question Time on Tuesday the Prime Minister will present a\n\n"      \
  "statement on Afghanistan.\n\n"                                                                  \
  "The Leader of the Opposition, in accordance with the usual House processes and practices\n\n"   \
  "will then respond for the same amount of time as the Prime Minister's statement. I will\n\n"    \
  "then move a procedural motion, which will enable the House to debate the statement, and\n\n"    \
  "debate on that will take place on the Wednesday and on the Thursday.\n\n"                       \
  "The procedural motion will envisage that a small number of office bearers will speak for\n\n"   \
  "twenty minutes in the course of that debate and all other members who wish to speak for\n\n"    \
  "the now usual period of fifteen minutes.\n"

static void
test_double_spaced (void)
{
  g_autoptr (CmqRelease) release = import_ok (DOUBLE_SPACED);

  g_assert_cmpstr (cmq_release_get_paragraphs (release)[0], ==,
                   "Can I firstly make some remarks about the Parliamentary debate on Afghanistan "
                   "this week, to outline some of the processes. Firstly the debate will commence "
                   "on Tuesday after Question Time. After Question Time on Tuesday the Prime "
                   "Minister will present a statement on Afghanistan.");
  g_assert_true (has_paragraph (release, "The procedural motion will envisage that a small number "
                                         "of office bearers will speak for twenty minutes in the "
                                         "course of that debate and all other members who wish to "
                                         "speak for the now usual period of fifteen minutes."));
}

static void
test_double_spaced_apart (void)
{
  /* the story's paragraphs, then a list of related headlines, each between blank lines */
  g_autoptr (CmqRelease) release = import_ok (
      "Council welcomes the court's decision\n\n"
      "The regional council welcomed the decision of the court on the move of its offices "
      "today.\n\n"
      "The council will discuss the decision and the date of the move at its next meeting.\n\n"
      "Related news\n\n"
      "Council adopts the long term plan for the region and its ten districts\n\n"
      "New bus timetable for the eastern districts of the region from next month\n\n"
      "Council opens consultation on the future of the harbour and its land\n\n"
      "Regional park closed for the winter while its tracks are repaired\n\n"
      "Chairman welcomes the first results of the water quality survey\n");

  for (guint k = 0; cmq_release_get_paragraphs (release)[k] != NULL; k++)
    g_assert_null (strstr (cmq_release_get_paragraphs (release)[k], "districts New bus"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found86/joined", test_joined);
  g_test_add_func ("/importer/found86/apart", test_apart);
  g_test_add_func ("/importer/found86/double-spaced", test_double_spaced);
  g_test_add_func ("/importer/found86/double-spaced-apart", test_double_spaced_apart);
  return g_test_run ();
}
