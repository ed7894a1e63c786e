/* test-importer-found203.c: a link to where the text was taken from, glued after the story's last
 * sentence at the dump's end ("… he said. Source: https://montsame.mn/en/read/218828", issue 11:
 * heldout29 mongolia-01), is not the story: the last paragraph ends with the sentence, in English,
 * French and German, the page on one line or not. A link inside the story's sentence stays.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_glued_link (void)
{
  const char *stories[][2] = {
    { "The ministry handed over the donation to the embassy today. Ministers, officials and the "
      "ambassador attended the ceremony.\n\n",
      "The ambassador thanked the people for their support, he said." },
    { "Le ministère a remis le don à l'ambassade aujourd'hui. Les ministres et l'ambassadeur "
      "ont assisté à la cérémonie.\n\n",
      "L'ambassadeur a remercié la population pour son soutien, a-t-il déclaré." },
    /* the whole page on one line */
    { "Home News The ministry handed over the donation to the embassy today. ",
      "Ministers, officials and the ambassador attended the ceremony, he said." },
  };
  const char *links[] = { "Source: https://montsame.mn/en/read/218828",
                          "Source : https://www.example.fr/actualites/123",
                          "Quelle: www.example.de/nachrichten/42" };

  for (guint i = 0; i < G_N_ELEMENTS (stories); i++)
    for (guint k = 0; k < G_N_ELEMENTS (links); k++)
      {
        g_autofree char *text =
            g_strconcat (stories[i][0], stories[i][1], " ", links[k], "\n", NULL);
        g_autoptr (CmqRelease) release = import_ok (text);
        const char *const *paragraphs = cmq_release_get_paragraphs (release);

        g_assert_true (g_str_has_suffix (paragraphs[n_paragraphs (release) - 1], stories[i][1]));
      }
}

/* a link that a sentence goes on to name, or that ends it with its stop, is the story's */
static void
test_link_in_sentence (void)
{
  const char *last[] = {
    "The full report is online, as the ministry said in its statement: www.example.org/report",
    "The ministry handed over the donation. Read the full report at https://example.org/report.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (last); i++)
    {
      g_autofree char *text = g_strconcat (
          "The ministry handed over the donation to the embassy today. Ministers and the "
          "ambassador attended the ceremony.\n\n",
          last[i], "\n", NULL);

      assert_last_paragraph (text, last[i]);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found203/glued-link", test_glued_link);
  g_test_add_func ("/importer/found203/link-in-sentence", test_link_in_sentence);
  return g_test_run ();
}
