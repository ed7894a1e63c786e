/* test-importer-found273.c: the issuer that a kind line names after its kind ("Communiqué de la
 * FNSEA :", issue 11: heldout35 fnsea-01) and the one a repost credits ("Bron: Waterschap
 * Scheldestromen >", heldout32 scheldestromen-01, each of whose words the story holds) are the
 * release's source; a news agency or a medium credited ("Bron: ANP", "Source: Europa Press") and
 * a kind line whose words after it are no name ("Comunicado del club sobre …") give none.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY_FR                                                                                     \
  "Dès ce matin, les agriculteurs français expriment, une nouvelle fois, leur désespoir face à " \
  "la crise dramatique que traverse l'élevage.\n\n"                                                 \
  "Nous attendons que le Conseil des ministres prenne enfin ses responsabilités.\n"

#define STORY_NL                                                                                   \
  "De Zeeuwse dijken zijn wel degelijk veilig. Dagelijks wordt gewerkt aan het beheer, "           \
  "onderhoud en herstel van de dijken.\n\n"                                                        \
  "Het Waterschap reageert daarmee op berichten over de zeewering in het beheergebied "            \
  "Scheldestromen.\n"

static void
test_kind_line (void)
{
  assert_import_field ("Communiqué de la FNSEA :\n" STORY_FR, source, "FNSEA");
  assert_import_field ("Pressemitteilung der Stadtwerke Bochum\n\n"
                       "Die Stadtwerke Bochum erneuern ab Montag die Leitungen in der "
                       "Innenstadt. Die Arbeiten dauern zwei Wochen.\n\n"
                       "Die Umleitungen sind ausgeschildert.\n",
                       source, "Stadtwerke Bochum");
}

static void
test_not_kind_line (void)
{
  assert_import_field ("Comunicado del club sobre el partido del domingo\n\n"
                       "Informamos de que el club recibió un correo sobre el posible aplazamiento "
                       "del partido menos de 24 horas antes del pitido inicial.\n",
                       source, NULL);
  /* a name the story does not hold, neither an acronym nor an institution's */
  assert_import_field ("Communiqué de Jean Dupont :\n" STORY_FR, source, NULL);
}

static void
test_credit (void)
{
  assert_import_field ("Waterschap: ‘Zeeuwse dijken wel veilig’\n\n" STORY_NL
                       "\nBron: Waterschap Scheldestromen>\n\nLees ook: noodklok over zeewering>\n",
                       source, "Waterschap Scheldestromen");
  assert_import_field ("Zeeuwse dijken wel veilig\n\n" STORY_NL "\nBron: ANP\n", source, NULL);
  assert_import_field ("Zeeuwse dijken wel veilig\n\n" STORY_NL "\nSource: Europa Press\n", source,
                       NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found273/kind-line", test_kind_line);
  g_test_add_func ("/importer/found273/not-kind-line", test_not_kind_line);
  g_test_add_func ("/importer/found273/credit", test_credit);
  return g_test_run ();
}
