/* test-importer-found23.c: the importer on synthetic pages that carry what issue 11's kind misses
 * showed (heldout10 defesa-br-01, heldout12 polizia-to-01, heldout15 portugal-01): a repost or an
 * excerpt that names no kind in a label, headline or lead, but whose own short line announces the
 * text it gives whole ("Pubblichiamo il discorso integrale…", "Leia a intervenção na íntegra em
 * anexo."); a story sentence that speaks of a speech or a text in full is no kind.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define HEADLINE "Ministry answers the newspaper on the budget for the armed forces"
#define STORY                                                                                      \
  "The Ministry of Defence stated on Thursday that the article published by the newspaper "        \
  "contains serious errors and omissions about next year's budget.\n\n"                            \
  "The budget requested follows the national defence strategy approved by Parliament, and it "     \
  "names no neighbouring country as a rival of the nation.\n\n"

/* A headline, the announcing @line, then the story; or the story, then @line after it. */
static char *
page_with (const char *line, gboolean after)
{
  if (after)
    return g_strconcat (HEADLINE "\n\n" STORY, line, "\n", NULL);
  return g_strconcat (HEADLINE "\n\n", line, "\n\n" STORY, NULL);
}

/* The page's line announcing the whole text, before or after the story, in the languages of
 * kinds.txt, names its kind: the kind before or after the words saying "in full". */
static void
test_announced_kind (void)
{
  static const struct
  {
    const char *line;
    gboolean after;
    const char *kind;
  } cases[] = {
    { "Pubblichiamo il discorso integrale del questore per l'anniversario della fondazione "
      "della Polizia di Stato.",
      FALSE, "speech" },
    { "Confira na íntegra a nota divulgada pelo Ministério da Defesa sobre o jornal:", FALSE,
      "statement" },
    { "Leia a intervenção na íntegra em anexo.", TRUE, "speech" },
    { "Read the full statement of the Minister below:", FALSE, "statement" },
    { "Read the speech in full.", TRUE, "speech" },
    { "Lire le texte intégral du discours du ministre.", TRUE, "speech" },
    { "Die Rede im Wortlaut:", FALSE, "speech" },
    { "Lea el discurso íntegro del ministro.", TRUE, "speech" },
    { "Lees de volledige tekst van de toespraak.", TRUE, "speech" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = page_with (cases[i].line, cases[i].after);

      assert_import_field (text, kind, cases[i].kind);
    }
}

/* A story sentence that speaks of a speech given in full, or of a statement, far into a long
 * sentence, or without saying the text is given whole, gives the page no kind. */
static void
test_story_sentence_no_kind (void)
{
  static const char *const sentences[] = {
    "The opposition leader, who had asked for weeks that the government explain its budget, "
    "said on Friday that she had read the minister's speech in full and found nothing new.",
    "Pubblichiamo le foto della festa per l'anniversario della fondazione della Polizia di "
    "Stato.",
    "The minister read a statement to the press before the meeting.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (sentences); i++)
    {
      g_autofree char *text = page_with (sentences[i], TRUE);

      assert_import_field (text, kind, NULL);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer-found23/announced-kind", test_announced_kind);
  g_test_add_func ("/importer-found23/story-sentence-no-kind", test_story_sentence_no_kind);
  return g_test_run ();
}
