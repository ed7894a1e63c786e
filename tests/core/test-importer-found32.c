/* test-importer-found32.c: a kind that ends a compound word of the headline, after a preposition
 * of the occasion ("Erklärungen des Auswärtigen Amts in der Regierungspressekonferenz vom…",
 * issue 11: web germany-02/03), in the languages that write compounds (de, nl): what was said at
 * a press conference is its transcript. Without the preposition, the headline may announce the
 * event, and gives no kind; a short kind word ("Rede") ends too many words to be read so.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "Ich darf Ihnen eine Reise der Ministerin ankündigen. Sie wird am Donnerstag nach Finnland "    \
  "reisen und dort ihre Amtskollegen treffen.\n\n"                                                 \
  "Die Lage in der Region hat sich stark verändert. Um die gemeinsame Sicherheit wird es auch "   \
  "bei dem Treffen gehen, das am Freitag endet.\n\n"                                               \
  "Noch ein Hinweis: Der Vorsitz plant einen Livestream auf der Webseite des Ministeriums.\n"

static void
test_compound_kind (void)
{
  static const struct
  {
    const char *headline;
    const char *kind;
  } cases[] = {
    { "Erklärungen des Ministeriums in der Regierungspressekonferenz vom 12.06.2024",
      "transcript" },
    { "Die Ministerin im Sommerinterview über die Lage im Ostseeraum", "transcript" },
    { "Antwoorden van de minister tijdens de regeringspersconferentie over de begroting",
      "transcript" },
    /* announced, not held: no kind */
    { "Ministerin lädt zur Jahrespressekonferenz nach Berlin ein", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (cases[i].headline, "\n\n" STORY, NULL);

      assert_import_field (text, kind, cases[i].kind);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found32/compound-kind", test_compound_kind);
  return g_test_run ();
}
