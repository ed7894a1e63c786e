/* test-importer-source2.c: the organisation that issued a release (its source), from the office
 * its release-date line names and from the head of a known organisation its story opens with;
 * and what names none: a person, a country alone, a part of a name, an organisation the story
 * only mentions.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define HEADLINE "Press Conference on the New Harbour Bridge\n\n"

#define STORY                                                                                      \
  "The Minister of Transport opened the new harbour bridge in Northport on Wednesday, after four " \
  "years of works on both banks of the river.\n\n"                                                 \
  "The bridge links the two halves of the city and carries many vehicles a day.\n\n"

#define DATED(line) "Press Conferences\n\n" HEADLINE line "\n\n" STORY

/* A release-date line may name the office that dated the release after its date and time
 * (mofa.go.jp: "Friday, November 22, 2024, 1:46 p.m. Ministry of Foreign Affairs"), in any of
 * the importer's languages: that office is the source. */
static void
test_date_line_office (void)
{
  assert_import_field (DATED ("Friday, November 22, 2024, 1:46 p.m. Ministry of Foreign Affairs"),
                       source, "Ministry of Foreign Affairs");
  assert_import_field (DATED ("Wednesday, February 12, 2025, 4:18 p.m. Ministry of Bridges"),
                       source, "Ministry of Bridges");
  assert_import_field (DATED ("22/11/2024 - Ministère de la Culture"), source,
                       "Ministère de la Culture");
}

/* What a date line names that is no office: a person, a country alone, a place; and a name cut
 * short ("Republic Of Northland Ministry Of Foreign Affairs" is longer than a name the importer
 * takes, and none of its parts is the issuer). */
static void
test_date_line_decoys (void)
{
  assert_import_field (DATED ("Friday, November 22, 2024, 1:46 p.m. Kathy Calvin"), source, NULL);
  assert_import_field (DATED ("Friday, November 22, 2024, 1:46 p.m. France"), source, NULL);
  assert_import_field (DATED ("Friday, November 22, 2024 - Northport"), source, NULL);
  assert_import_field (DATED ("Republic Of Northland Ministry Of Foreign Affairs 19.04.2024"),
                       source, NULL);
}

#define LEAD(first) HEADLINE first "\n\nThe bridge carries many vehicles a day.\n\n"

/* A release in the name of a known organisation's head: the story opens, at its start or after
 * its dateline's dash, with the head's office and the organisation ("The Director-General of
 * UNESCO, …", "IOM Director General …"). */
static void
test_lead_office_holder (void)
{
  assert_import_field (LEAD ("The Director-General of UNESCO, Irina Bokova, today opened the new "
                             "harbour bridge in Northport, after four years of works."),
                       source, "UNESCO");
  assert_import_field (
      LEAD ("THE HAGUE, Netherlands—13 November 2025— The Director-General of the Organisation for "
            "the Prohibition of Chemical Weapons (OPCW), Ambassador Fernando Arias, opened the new "
            "harbour bridge in Northport."),
      source, "OPCW");
  assert_import_field (LEAD ("Geneva - IOM Director General William Lacy Swing has opened the new "
                             "harbour bridge in Northport, after four years of works."),
                       source, "International Organization for Migration");
}

/* What the story's first line says of another organisation's head names none: the head is not
 * its subject, the organisation is unknown or a part of a longer name, a country alone; and a
 * head who opens the second paragraph only is one the story mentions. */
static void
test_lead_decoys (void)
{
  assert_import_field (LEAD ("The Minister met the Director-General of UNESCO, Irina Bokova, "
                             "at the opening of the new harbour bridge in Northport."),
                       source, NULL);
  assert_import_field (LEAD ("The Minister of Transport welcomed IOM Director General William "
                             "Lacy Swing to the opening of the new harbour bridge."),
                       source, NULL);
  assert_import_field (LEAD ("The President of France, Emmanuel Macron, opened the new harbour "
                             "bridge in Northport, after four years of works."),
                       source, NULL);
  assert_import_field (LEAD ("The President of the United Nations Foundation, Kathy Calvin, "
                             "opened the new harbour bridge in Northport."),
                       source, NULL);
  assert_import_field (LEAD ("United Nations Foundation President Kathy Calvin opened the new "
                             "harbour bridge in Northport, after four years of works."),
                       source, NULL);
  /* a known name inside a longer one (three words of four are the IAEA's) */
  assert_import_field (LEAD ("International Atomic Energy Agency Foundation President Jane Roe "
                             "opened the new harbour bridge in Northport, after four years."),
                       source, NULL);
  assert_import_field (LEAD ("The President of the International Atomic Energy Agency Foundation, "
                             "Jane Roe, opened the new harbour bridge in Northport."),
                       source, NULL);
  assert_import_field (HEADLINE STORY "The Director-General of UNESCO, Irina Bokova, visited the "
                                      "bridge the next day with the Minister.\n\n",
                       source, NULL);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/source2/date-line-office", test_date_line_office);
  g_test_add_func ("/importer/source2/date-line-decoys", test_date_line_decoys);
  g_test_add_func ("/importer/source2/lead-office-holder", test_lead_office_holder);
  g_test_add_func ("/importer/source2/lead-decoys", test_lead_decoys);
  return g_test_run ();
}
