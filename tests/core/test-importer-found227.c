/* test-importer-found227.c: a kind label with its sender, ending in a colon ("Communiqué de la
 * FNSEA:", heldout35 fnsea-01), gives the release its kind, in English, French, German, Spanish,
 * Italian, Dutch and Portuguese; a note's heading of a short kind word ("Nota do editor:") gives
 * none.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "\n\nThe farmers of the region gathered this morning in front of the prefecture to ask for "     \
  "answers to the crisis they have been living through for months.\n\n"                            \
  "The union asks the government to act before the end of the week, and says it will meet the "    \
  "minister on Monday.\n"

static void
test_label_with_sender (void)
{
  static const char *const labels[][2] = {
    { "Communiqué de la FNSEA:", "press release" },
    { "Press release of the NFU:", "press release" },
    { "Statement from the Ministry of Health:", "statement" },
    { "Pressemitteilung der IG Metall:", "press release" },
    { "Comunicado de prensa del Ministerio:", "press release" },
    { "Comunicato stampa della CGIL:", "press release" },
    { "Persbericht van de FNV:", "press release" },
    { "Nota de imprensa do Governo:", "press release" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autofree char *text = g_strconcat (labels[i][0], STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_kind (release), ==, labels[i][1]);
    }
}

static void
test_label_over_headline (void)
{
  /* the label with its sender over a headline */
  g_autoptr (CmqRelease) release = import_ok ("Communiqué de la FNSEA:\n\n"
                                              "Les agriculteurs attendent des réponses" STORY);
  g_autoptr (CmqRelease) english =
      import_ok ("Statement from the Ministry of Health:\n\nFarmers wait for answers" STORY);

  g_assert_cmpstr (cmq_release_get_kind (release), ==, "press release");
  g_assert_cmpstr (cmq_release_get_title (release), ==, "Les agriculteurs attendent des réponses");
  g_assert_cmpstr (cmq_release_get_kind (english), ==, "statement");
  g_assert_cmpstr (cmq_release_get_title (english), ==, "Farmers wait for answers");
}

static void
test_note_to_editors (void)
{
  /* a short kind word over a note ("Nota do editor:") is no label with its sender */
  g_autoptr (CmqRelease) release =
      import_ok ("Agricultores reunidos em frente à prefeitura\n\n"
                 "Os agricultores da região reuniram-se esta manhã em frente à prefeitura para "
                 "pedir respostas à crise que vivem há meses.\n\n"
                 "Nota do editor:\n\n"
                 "O sindicato representa os agricultores da região desde 1946.\n");

  g_assert_null (cmq_release_get_kind (release));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/label-with-sender", test_label_with_sender);
  g_test_add_func ("/importer/label-over-headline", test_label_over_headline);
  g_test_add_func ("/importer/note-to-editors", test_note_to_editors);
  return g_test_run ();
}
