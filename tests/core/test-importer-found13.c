/* test-importer-found13.c: the importer on synthetic pages that carry what the thirteenth
 * held-out set (tests/fixtures/heldout13) showed: a release in Czech, a language it did not know.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

/* A short Czech release said Portuguese (heldout13 cnb-01): Czech is told apart, and Polish and
 * Portuguese, whose short words it shares some of ("na", "z", "se"), stay what they are. */
static void
test_czech_language (void)
{
  static const struct
  {
    const char *text;
    const char *language;
  } cases[] = {
    { "Intervence banky na devizovém trhu\n\n"
      "Česká národní banka dnes provádí intervence na devizovém trhu s cílem oslabit kurz české "
      "koruny. Technické podrobnosti o intervenci nemá ve zvyku zveřejňovat.\n",
      "cs" },
    { "Vláda schválila nový plán\n\n"
      "Vláda dnes schválila plán pro obnovu regionů, který podle ministra přinese nová pracovní "
      "místa. Opatření budou platit od ledna a jsou součástí rozpočtu na příští rok.\n",
      "cs" },
    { "Minister spotkał się z ambasadorem\n\n"
      "Minister obrony narodowej spotkał się w Warszawie z ambasadorem, o czym poinformowało "
      "ministerstwo. Rozmowa dotyczyła współpracy, która jest dla Polski ważna, a także ćwiczeń "
      "na wschodniej flance, po których przyjdzie czas na nowe decyzje.\n",
      "pl" },
    { "O Exército rebate notícia\n\n"
      "O Centro de Comunicação Social do Exército expressa o repúdio da Força ao contido na "
      "matéria, que parece buscar a discórdia entre os militares e o ministro. Por fim, a nota "
      "reforça que a coesão é uma característica da Força.\n",
      "pt" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_import_field (cases[i].text, language, cases[i].language);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/czech-language", test_czech_language);
  return g_test_run ();
}
