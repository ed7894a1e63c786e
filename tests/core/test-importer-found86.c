/* test-importer-found86.c: a lead sentence hard-wrapped over a few short lines in a file that is
 * not hard-wrapped as a whole (issue 11: heldout23 ebop-01, "A court decision upholding
 * Environment Bay of" / "Plenty’s processes in deciding to relocate its" / …) is joined again
 * into the story's first paragraph, in English, French and German: its breaks fall after words
 * that cannot end a sentence. Short lines whose breaks could end a sentence (a menu, an
 * address) stay apart.
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

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found86/joined", test_joined);
  g_test_add_func ("/importer/found86/apart", test_apart);
  return g_test_run ();
}
