/* test-importer-found119.c: sources the dump shows (issue 11). Institutions named by a compound
 * word (heldout25 euskirchen-01, "Kreispolizeibehörde Euskirchen" over "Pressestelle" in the
 * contact block): an issuer over its press office whose name holds a German or Dutch compound
 * ending with an institution's word ("-regierung", "-politie") is the source; a compound that
 * only holds one inside ("Polizeisportverein") names no institution, and no source is given.
 * The site's membership prompt (heldout24 acevo-01, "Not an ACEVO member?" after the story):
 * the organisation it names, when the story names it too, in English and French; a prompt
 * naming an organisation the story does not gives none (a repost's site).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define MELDUNG(issuer)                                                                            \
  "Zeugen nach Einbruch in Lagerhalle gesucht\n\n"                                                 \
  "In der Nacht zu Dienstag sind Unbekannte in eine Lagerhalle am Stadtrand eingebrochen und "     \
  "haben Werkzeug im Wert von mehreren tausend Euro gestohlen.\n\n"                                \
  "Wer in der Nacht verdächtige Personen oder Fahrzeuge gesehen hat, wird gebeten, sich bei der " \
  "Polizei zu melden.\n\n"                                                                         \
  "Rückfragen von Medienvertretern bitte an:\n" issuer "\nPressestelle\n"                          \
  "Telefon: 0211/555-203\n"

static void
test_regierung (void)
{
  assert_import_field (MELDUNG ("Bezirksregierung Arnsberg"), source, "Bezirksregierung Arnsberg");
}

static void
test_politie (void)
{
  assert_import_field ("Getuigen gezocht na inbraak in loods\n\n"
                       "In de nacht van maandag op dinsdag hebben onbekenden ingebroken in een "
                       "loods aan de rand van de stad en gereedschap gestolen.\n\n"
                       "Wie iets verdachts heeft gezien, wordt gevraagd contact op te nemen met de "
                       "politie.\n\n"
                       "Gemeentepolitie Zandvoort\nPersdienst\nTelefoon: 023 555 1234\n",
                       source, "Gemeentepolitie Zandvoort");
}

static void
test_verein (void)
{
  assert_import_field (MELDUNG ("Polizeisportverein Arnsberg"), source, NULL);
}

#define STATEMENT(name)                                                                            \
  "Budget ignores the charities that kept services running\n\n"                                    \
  "The chief executive of " name " said: \"The budget leaves charities out almost entirely, "      \
  "though they carried the country's services through the winter.\"\n\n"                           \
  "\"We will keep making the case to the Treasury before the spring statement.\"\n\n"              \
  "Share this\n\n"

static void
test_member (void)
{
  assert_import_field (STATEMENT ("NCVA") "Not an NCVA member?\n", source, "NCVA");
}

static void
test_membre (void)
{
  assert_import_field ("Le budget oublie les associations\n\n"
                       "Le président de la Fédération des Centres Sociaux a déclaré : « Le budget "
                       "oublie les associations qui ont tenu les services pendant l'hiver. »\n\n"
                       "« Nous continuerons à le dire au gouvernement avant le printemps. »\n\n"
                       "Partager\n\n"
                       "Pas encore membre de la Fédération des Centres Sociaux ?\n",
                       source, "Fédération des Centres Sociaux");
}

static void
test_member_elsewhere (void)
{
  assert_import_field (STATEMENT ("NCVA") "Not a Charity Times member?\n", source, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found119/regierung", test_regierung);
  g_test_add_func ("/importer/found119/politie", test_politie);
  g_test_add_func ("/importer/found119/verein", test_verein);
  g_test_add_func ("/importer/found119/member", test_member);
  g_test_add_func ("/importer/found119/membre", test_membre);
  g_test_add_func ("/importer/found119/member-elsewhere", test_member_elsewhere);
  return g_test_run ();
}
