/* test-importer-found157.c: a lead that says the text is its speaker's statement (issue 11:
 * heldout28 fipav-01, "Il presidente federale …, è intevenuto con una dichiarazione: “…"): a
 * statement word just before a colon, then a quotation to the lead's end, in it en fr de es. A
 * lead that only says the speaker "said", or whose quotation the story goes on after, names no
 * kind.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_dichiarazione (void)
{
  assert_import_field (
      "Roma. Il presidente della federazione, seguendo il dibattito di questi giorni sulle "
      "proposte per il campionato, è intervenuto con una dichiarazione: “La Federazione segue "
      "con attenzione le problematiche attuali e interverrà a breve.\n"
      "Penso che il primo passo sia una riorganizzazione dei campionati maggiori.”\n"
      "Ufficio Stampa\n",
      kind, "statement");
}

static void
test_statement (void)
{
  assert_import_field ("The Minister for Health, Jane Doe, following the report on waiting times "
                       "published this morning, issued a statement: “The report shows how much "
                       "our hospitals have done this year.\n\n"
                       "We will keep working with the staff to cut waiting times further.”\n",
                       kind, "statement");
}

static void
test_declaration (void)
{
  assert_import_field ("Le maire de la ville, après la décision du tribunal rendue ce matin, a "
                       "réagi par une déclaration\u00a0: « Je prends acte de cette décision, qui "
                       "ne change rien au projet.\n\n"
                       "Les travaux reprendront comme prévu au printemps. »\n",
                       kind, "statement");
}

static void
test_erklaerung (void)
{
  assert_import_field ("Die Präsidentin des Verbandes reagierte nach der Sitzung des Vorstandes "
                       "mit einer Erklärung: „Wir begrüßen die "
                       "Entscheidung des Gerichts ausdrücklich.\n\n"
                       "Der Verband wird die Umsetzung aufmerksam begleiten.“\n",
                       kind, "statement");
}

static void
test_said (void)
{
  assert_import_field ("El ministro de Salud, tras la publicación del informe sobre las listas "
                       "de espera, declaró: “El informe muestra lo mucho que han hecho nuestros "
                       "hospitales este año.\n\n"
                       "Seguiremos trabajando para reducir las esperas.”\n",
                       kind, NULL);
}

static void
test_story_goes_on (void)
{
  assert_import_field ("The ministry said in a statement: “The talks will go on next week.” "
                       "The union said it would wait for the ministry's offer before deciding "
                       "on the strike.\n\n"
                       "The strike was called last month over pay and hours.\n",
                       kind, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found157/dichiarazione", test_dichiarazione);
  g_test_add_func ("/importer/found157/statement", test_statement);
  g_test_add_func ("/importer/found157/declaration", test_declaration);
  g_test_add_func ("/importer/found157/erklaerung", test_erklaerung);
  g_test_add_func ("/importer/found157/said", test_said);
  g_test_add_func ("/importer/found157/story-goes-on", test_story_goes_on);
  return g_test_run ();
}
