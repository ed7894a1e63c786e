/* test-date.c: unit tests for finding a release's date (cmq_date_find).
 *
 * Each table row is a text, its language and reference date, and the date expected, written as
 * "YYYY-MM-DD source" ("0000-MM-DD none" when the year stays unknown, "" when there is no date),
 * so that a failure shows the text and both results side by side.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>
#include <stdio.h>
#include <string.h>

#include "cmq-date.h"

/* The date the fixture files are judged against: later than every release in them. */
#define REFERENCE "2026-11-23"

typedef struct
{
  const char *text;
  const char *language;
  const char *reference; /* NULL: REFERENCE */
  const char *expected;
} DateCase;

static void
parse_reference (const char *text, GDate *date)
{
  unsigned int y = 0, m = 0, d = 0;

  g_assert_cmpint (sscanf (text, "%u-%u-%u", &y, &m, &d), ==, 3);
  g_assert_true (g_date_valid_dmy (d, m, y));
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
}

/* "text → result" for one call, so that a failing comparison names its case. */
static char *
describe (const char *text, const char *language, const char *reference)
{
  GDate date;
  CmqDateGuess guess = {
    0,
  };
  gboolean found;

  parse_reference (reference != NULL ? reference : REFERENCE, &date);
  found = cmq_date_find (text, language, &date, &guess);
  if (!found)
    {
      g_assert_cmpint (guess.month, ==, 0);
      return g_strdup_printf ("%s → ", text);
    }
  g_assert_cmpint (guess.month, >=, 1);
  g_assert_cmpint (guess.day, >=, 1);
  if (guess.year == 0)
    g_assert_cmpint (guess.source, ==, CMQ_DATE_SOURCE_NONE);
  else
    g_assert_true (g_date_valid_dmy (guess.day, guess.month, guess.year));
  return g_strdup_printf ("%s → %04u-%02u-%02u %s", text, guess.year, guess.month, guess.day,
                          cmq_date_source_to_string (guess.source));
}

static void
check_cases (const DateCase *cases, gsize n)
{
  for (gsize i = 0; i < n; i++)
    {
      g_autofree char *actual = describe (cases[i].text, cases[i].language, cases[i].reference);
      g_autofree char *expected = g_strdup_printf ("%s → %s", cases[i].text, cases[i].expected);

      g_assert_cmpstr (actual, ==, expected);
    }
}

static const DateCase form_cases[] = {
  { "NATO Foreign Ministers met on Tuesday (1 June 2021) in Brussels.", "en", NULL,
    "2021-06-01 stated" },
  { "Allies met on 4 November.", "en", NULL, "0000-11-04 none" },
  { "Ministers met on Wednesday 15th of October.", "en", NULL, "0000-10-15 none" },
  { "On Monday 23 June 2025 Allies met.", "en", NULL, "2025-06-23 stated" },
  { "On Monday 23 June, Allies met.", "en", NULL, "0000-06-23 none" },
  { "On Monday, 23 June 2025, Allies met.", "en", NULL, "2025-06-23 stated" },
  { "The plan was signed on 1st June.", "en", NULL, "0000-06-01 none" },
  { "The 2nd July meeting", "en", NULL, "0000-07-02 none" },
  { "the 3rd of March", "en", NULL, "0000-03-03 none" },
  { "On Monday the 23rd of June, Allies met.", "en", NULL, "0000-06-23 none" },
  { "le 2e mai", "fr", NULL, "0000-05-02 none" },
  { "Signed on June 1, 2021 in Brussels.", "en", NULL, "2021-06-01 stated" },
  /* a comma between the month and the year after a day, when no word follows the year */
  { "Posted: 30 September, 2022", "en", NULL, "2022-09-30 stated" },
  { "Signed on 1 June, 2021.", "en", NULL, "2021-06-01 stated" },
  { "On 5 May, 2000 people marched.", "en", NULL, "0000-05-05 none" },
  { "Signed on Tuesday, June 1, 2021.", "en", NULL, "2021-06-01 stated" },
  { "Signed on June 1-2, 2021.", "en", NULL, "2021-06-01 stated" },
  { "5 Jan. 2004", "en", NULL, "2004-01-05 stated" },
  { "5 Jan 2004", "en", NULL, "2004-01-05 stated" },
  { "3 Feb. 2020", "en", NULL, "2020-02-03 stated" },
  { "Sept. 5, 2019", "en", NULL, "2019-09-05 stated" },
  { "5 Sept 2019", "en", NULL, "2019-09-05 stated" },
  { "26 Mar. 2013", "en", NULL, "2013-03-26 stated" },
  /* heldout33 lacaixa-01: a month cut to three letters in a wire's dateline, or between a day and
   * a year, in the languages that write it so; not elsewhere, nor in another language */
  { "Barcelona, 29 dic (EFE).- La fundación", "es", NULL, "0000-12-29 none" },
  { "Barcelona, 29 dic. 2018 (EFE)", "es", NULL, "2018-12-29 stated" },
  { "Roma, 17 ott 2019 – Lo Stato Maggiore", "it", NULL, "2019-10-17 stated" },
  { "Lisboa, 5 out (Lusa) - O Governo", "pt", NULL, "0000-10-05 none" },
  { "Den Haag, 3 mrt 2020 - Het kabinet", "nl", NULL, "2020-03-03 stated" },
  { "Vimos el mar 29 veces", "es", NULL, "" },
  { "London, 12 set (Wire) - The council", "en", NULL, "" },
  { "Nov. 22-23, 2007", "en", NULL, "2007-11-22 stated" },
  { "Posted on Fri, Nov-29-2013", "en", NULL, "2013-11-29 stated" },
  { "Published 2017-Apr-20", "en", NULL, "2017-04-20 stated" },
  /* heldout8 undp-03: a month in lower case joined by hyphens to a year and a day */
  { "2017-apr-20", "en", NULL, "2017-04-20 stated" },
  { "Posted on nov-29-2013", "en", NULL, "2013-11-29 stated" },
  { "22-23 Nov. 2007", "en", NULL, "2007-11-22 stated" },
  { "22–23 November 2007", "en", NULL, "2007-11-22 stated" },
  { "Ministers meet this week (14-15 February 2023) in Brussels.", "en", NULL,
    "2023-02-14 stated" },
  { "from 4 to 5 May 2010", "en", NULL, "2010-05-04 stated" },
  { "from 30 May to 2 June 2004", "en", NULL, "2004-05-30 stated" },
  { "on 17/18 February 2021", "en", NULL, "2021-02-17 stated" },
  { "On Wednesday 14 and Thursday 15 May, NATO Foreign Ministers met.", "en", NULL,
    "0000-05-14 none" },
  { "on 3 and 4 May 2010", "en", NULL, "2010-05-03 stated" },
  /* A month and year, or a bare year, is not a date: the first day-and-month mention wins. */
  { "Montenegro joined in December 2006 and, after the 2014 pledge, visited on 3 March 2011.", "en",
    NULL, "2011-03-03 stated" },
  /* English month names are capitalised; "may" and "march" are verbs. */
  { "Allies may 5 times review it; troops march 3 days; signed 3 March 2011.", "en", NULL,
    "2011-03-03 stated" },
  { "Le 10 septembre, les Alliés se sont réunis.", "fr", NULL, "0000-09-10 none" },
  { "le 1er juin 2021", "fr", NULL, "2021-06-01 stated" },
  { "Le 1er juin 2021", NULL, NULL, "2021-06-01 stated" },
  { "les 4 et 5 mai 2003", "fr", NULL, "2003-05-04 stated" },
  { "du 4 au 5 mai 2010", "fr", NULL, "2010-05-04 stated" },
  { "Ce mardi (28 novembre 2023), les ministres", "fr", NULL, "2023-11-28 stated" },
  { "Les ministres se réunissent mardi 28 novembre.", "fr", NULL, "0000-11-28 none" },
  { "le 3 févr. 2004", "fr", NULL, "2004-02-03 stated" },
  { "le 3 fevrier 2004", "fr", NULL, "2004-02-03 stated" },
  { "le 3 février 2004", "fr", NULL, "2004-02-03 stated" },
  { "le 12 déc. 2005", "fr", NULL, "2005-12-12 stated" },
  { "le 2 decembre 2009", "fr", NULL, "2009-12-02 stated" },
  { "le 15 aout 2008", "fr", NULL, "2008-08-15 stated" },
  { "le 15 août 2008", "fr", NULL, "2008-08-15 stated" },
  { "le 7 janv. 2010", "fr", NULL, "2010-01-07 stated" },
  { "Le 5 Mars 2010", "fr", NULL, "2010-03-05 stated" },
  /* The language chooses the words. */
  { "le 5 mai 2010", "en", NULL, "" },
  { "on 5 May 2010", "fr", NULL, "" },
  /* A stated weekday that contradicts a full date does not change it. */
  { "On Friday (1 June 2021), Allies met.", "en", NULL, "2021-06-01 stated" },
};

static const DateCase inference_cases[] = {
  /* Weekday and no Secretary General: a day and month fall on the same weekday every six to
   * eleven years, and the reference (the file's date) bounds nothing below: no year, even when
   * the reference is the day itself (a page of 2010 saved on 1 June 2021 would be dated 2021). */
  { "On Tuesday 1 June, Allies met.", "en", NULL, "0000-06-01 none" },
  { "On Tuesday 1 June, Allies met.", "en", "2021-05-31", "0000-06-01 none" },
  { "On Tuesday 1 June, Allies met.", "en", "2021-06-01", "0000-06-01 none" },
  { "On Thursday 29 February, Allies met.", "en", NULL, "0000-02-29 none" },
  /* Weekday and Secretary General. */
  { "NATO Secretary General Jens Stoltenberg welcomed the minister on Thursday (11 February).",
    "en", NULL, "2021-02-11 inferred-year" },
  { "NATO Secretary General Jens Stoltenberg welcomed the minister on Thursday (11 February).",
    "en", "2020-06-01", "2016-02-11 inferred-year" },
  { "Ministers met on Wednesday 15th of October. NATO Secretary General Mark Rutte said so.", "en",
    NULL, "2025-10-15 inferred-year" },
  { "Ministers met on Wednesday 15th of October. NATO Secretary General Mark Rutte said so.", "en",
    "2025-10-14", "0000-10-15 none" },
  { "Anders Fogh Rasmussen was in London on Thursday (19 June).", "en", NULL,
    "2014-06-19 inferred-year" },
  { "Mr Fogh Rasmussen was in London on Thursday (19 June).", "en", NULL,
    "2014-06-19 inferred-year" },
  { "On Wednesday 14 and Thursday 15 May, Foreign Ministers met. Mr Rutte said so.", "en", NULL,
    "2025-05-14 inferred-year" },
  { "M. Stoltenberg s'est rendu à Oslo jeudi 11 février.", "fr", NULL, "2021-02-11 inferred-year" },
  { "Mr Rutte met them on Tuesday 1 June.", "en", NULL, "0000-06-01 none" },
  /* The titled one is the current Secretary General when a predecessor or namesake is named. */
  { "Secretary General Jens Stoltenberg met Prime Minister Mark Rutte on Thursday 13 February.",
    "en", NULL, "2020-02-13 inferred-year" },
  { "Prime Minister Mark Rutte met Jens Stoltenberg on Thursday 13 February.", "en", NULL,
    "2025-02-13 inferred-year" },
  /* No weekday: the terms must leave exactly one year. */
  { "Secretary General Mark Rutte spoke on 4 November.", "en", NULL, "0000-11-04 none" },
  { "Secretary General Mark Rutte spoke on 4 November.", "en", "2025-06-01",
    "2024-11-04 inferred-year" },
  { "Secretary General Mark Rutte thanked his predecessor Jens Stoltenberg on 4 November.", "en",
    "2025-06-01", "2024-11-04 inferred-year" },
  { "Lord Robertson s'est rendu aux Etats-Unis les 4 et 5 mai.", "fr", NULL, "0000-05-04 none" },
  { "The NATO Secretary General, Mr. Jaap de Hoop Scheffer, visited Afghanistan on "
    "22-23 November.",
    "en", NULL, "0000-11-22 none" },
  { "Javier Solana visited Moscow on 10 October.", "en", NULL, "0000-10-10 none" },
  /* Names match as whole words only. */
  { "Ms Ruttenberg spoke on Thursday 11 February.", "en", NULL, "0000-02-11 none" },
};

static const DateCase impossible_cases[] = {
  { "on 31 February 2021", "en", NULL, "" },
  { "on 29 February 2021", "en", NULL, "" },
  { "on 29 February 2024", "en", NULL, "2024-02-29 stated" },
  { "on 30 February", "en", NULL, "" },
  { "on 31 April", "en", NULL, "" },
  { "le 31 avril 2010", "fr", NULL, "" },
  { "le 30 février", "fr", NULL, "" },
  { "on 99 March 2004", "en", NULL, "" },
  { "on 32 January 2004", "en", NULL, "" },
  { "on 0 May 2004", "en", NULL, "" },
  { "on 00 May", "en", NULL, "" },
  { "on 5 May 0000", "en", NULL, "" },
  { "on 5 May 0999", "en", NULL, "" },
  { "March 0, 2004", "en", NULL, "" },
  /* The next mention is tried instead. */
  { "on 31 February, then on 3 March 2011", "en", NULL, "2011-03-03 stated" },
  { "on 0 May and on 4 May 2010", "en", NULL, "2010-05-04 stated" },
  { "on 5 May 0000 and 6 May 2001", "en", NULL, "2001-05-06 stated" },
  { "le 30 février puis le 2 mars 2011", "fr", NULL, "2011-03-02 stated" },
  /* Counts, not years. */
  { "on 5 May 1500 troops arrived", "en", NULL, "0000-05-05 none" },
  { "On 14 June, 2000 soldiers arrived.", "en", NULL, "0000-06-14 none" },
  { "the 5x May meeting, the 5s May list", "en", NULL, "" },
};

static const DateCase no_date_cases[] = {
  { "", "en", NULL, "" },
  { "Le secrétaire général de l'OTAN s'est entretenu aujourd'hui par téléphone.", "fr", NULL, "" },
  { "The Council met this morning following the acts perpetrated yesterday in London.", "en", NULL,
    "" },
  { "I strongly condemn the horrendous terrorist attack.", "en", NULL, "" },
  { "Allies reaffirmed the 2014 defence investment pledge.", "en", NULL, "" },
  { "The plan runs May-June 2004.", "en", NULL, "" },
  { "Form Nov-29-A2 was filed.", "en", NULL, "" },
  { "Prices may-20 rise; the march-2019 plan; may-20 of 2019", "en", NULL, "" },
  { "Montenegro joined the Partnership for Peace in December 2006.", "en", NULL, "" },
  { "In May 2021, and again in June, Allies met.", "en", NULL, "" },
  { "the COVID-19 pandemic; Article 5 may apply; the G7 summit", "en", NULL, "" },
  { "Today, Allied Ministers met. On Wednesday evening they dined.", "en", NULL, "" },
  { "NATO 2030; Resolution 1325; 10.30 June", "en", NULL, "" },
  { "le 10h30 mai", "fr", NULL, "" },
};

static const DateCase relative_cases[] = {
  { "Ministers will meet tomorrow (17 June 2020) and Thursday (18 June 2020).", "en", NULL,
    "2020-06-16 relative" },
  { "Ministers met yesterday (16 June 2020).", "en", NULL, "2020-06-17 relative" },
  { "in a video message published today (19 March 2020).", "en", NULL, "2020-03-19 stated" },
  { "Today (28 February 2022), NATO Secretary General Jens Stoltenberg took part.", "en", NULL,
    "2022-02-28 stated" },
  { "Today, 5 May 2010, Allies met.", "en", NULL, "2010-05-05 stated" },
  { "The Council met this morning (8 July 2005).", "en", NULL, "2005-07-08 stated" },
  { "Ministers will meet tomorrow (Thursday, 18 June 2020).", "en", NULL, "2020-06-17 relative" },
  { "Ministers will meet tomorrow (Wednesday 17 June).", "en", NULL, "0000-06-16 none" },
  { "Ministers will meet tomorrow (17 June).", "en", NULL, "0000-06-16 none" },
  { "tomorrow (1 January 2021)", "en", NULL, "2020-12-31 relative" },
  { "Le Conseil s'est réuni aujourd'hui (19 mars 2020).", "fr", NULL, "2020-03-19 stated" },
  { "Le Conseil s'est réuni ce matin (8 juillet 2005).", "fr", NULL, "2005-07-08 stated" },
  { "Les ministres se réuniront demain (1er mars 2021).", "fr", NULL, "2021-02-28 relative" },
  { "Les ministres se sont réunis hier (31 décembre 2020).", "fr", NULL, "2021-01-01 relative" },
  { "Le Conseil s'est réuni aujourd'hui, mardi 28 novembre 2023.", "fr", NULL,
    "2023-11-28 stated" },
  /* A relative word only binds to a date right after it. */
  { "The acts perpetrated yesterday in London, and the meeting on 8 July 2005.", "en", NULL,
    "2005-07-08 stated" },
};

typedef struct
{
  const char *file;    /* under tests/fixtures */
  const char *opening; /* how the first paragraph of the story starts */
  const char *expected;
  const char *whole_expected; /* for the whole story, when it differs (names further on) */
} FixtureCase;

static const FixtureCase fixture_cases[] = {
  { "seeds/000_11bd6166c1d2e564.txt", "NATO Foreign Ministers met on Tuesday",
    "2021-06-01 stated" },
  { "seeds/001_5f2881911b002c03.txt", "NATO Defence Ministers concluded two days",
    "2022-06-16 stated" },
  { "seeds/002_1cb5d52dedd5ff57.txt", "NATO Defence Ministers will meet", "2020-06-16 relative" },
  { "seeds/003_d53c59dffd3a3db1.txt", "On Wednesday 14 and Thursday 15 May",
    "2025-05-14 inferred-year" },
  { "seeds/004_ae336d1ab74cb350.txt", "NATO Secretary General Jens Stoltenberg welcomed",
    "2021-02-11 inferred-year" },
  { "real/001.txt", "On Monday (26 May 2025)", "2025-05-26 stated" },
  { "real/004.txt", "Le secrétaire général de l'OTAN, Jens Stoltenberg", "" },
  /* the weekday alone: the whole story names Mark Rutte, whose term settles it */
  { "real/007.txt", "NATO Defence Ministers concluded their first meeting", "0000-10-15 none",
    "2025-10-15 inferred-year" },
  { "real/010.txt", "The new Secretary General of NATO", "2004-01-05 stated" },
  /* the whole story names Canada's Minister of Defence John McCallum (from 26 May 2002) */
  { "real/013.txt", "Le Secrétaire général de l’OTAN s’est rendu", "0000-05-04 none",
    "2003-05-04 inferred-year" },
  { "real/016.txt", "The Prime Minister of Montenegro", "2013-03-26 stated" },
  { "real/019.txt", "Today (28 February 2022)", "2022-02-28 stated" },
  { "real/022.txt", "I strongly condemn", "" },
  /* "one year ago, … Operation Medusa" (September 2006), further on, leaves 2007 only */
  { "real/025.txt", "The NATO Secretary General, Mr. Jaap de Hoop Scheffer", "0000-11-22 none",
    "2007-11-22 inferred-year" },
  { "real/028.txt", "The North Atlantic Council met this morning", "" },
  { "real/031.txt", "The NATO Secretary General welcomed", "2011-03-03 stated" },
  { "real/034.txt", "NATO Secretary General Anders Fogh Rasmussen said",
    "2014-06-19 inferred-year" },
  { "real/037.txt", "NATO Secretary General Jens Stoltenberg thanked", "2020-03-19 stated" },
  /* The meeting range comes before the preview day (the page's date, 13 February) in the text. */
  { "real/040.txt", "NATO Defence Ministers are meeting", "2023-02-14 stated" },
};

/* The fixture's text from its first story paragraph on: the paragraph alone, or to the end. */
static char *
fixture_story (const FixtureCase *fixture, gboolean whole)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", fixture->file, NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  const char *start;
  const char *end;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  start = strstr (contents, fixture->opening);
  g_assert_nonnull (start);
  if (start == NULL)
    return g_strdup ("");
  end = whole ? start + strlen (start) : strchr (start, '\n');
  return g_strndup (start, end != NULL ? (gsize) (end - start) : strlen (start));
}

static void
check_fixtures (gboolean whole)
{
  for (gsize i = 0; i < G_N_ELEMENTS (fixture_cases); i++)
    {
      const FixtureCase *fixture = &fixture_cases[i];
      g_autofree char *story = fixture_story (fixture, whole);
      const char *language = g_str_has_prefix (fixture->opening, "Le ") ? "fr" : "en";
      g_autofree char *actual = describe (story, language, NULL);
      g_autofree char *expected = g_strdup_printf (
          "%s → %s", story,
          whole && fixture->whole_expected != NULL ? fixture->whole_expected : fixture->expected);

      g_test_message ("%s", fixture->file);
      g_assert_cmpstr (actual, ==, expected);
    }
}

static void
test_forms (void)
{
  check_cases (form_cases, G_N_ELEMENTS (form_cases));
}

static void
test_inference (void)
{
  check_cases (inference_cases, G_N_ELEMENTS (inference_cases));
}

static void
test_impossible (void)
{
  check_cases (impossible_cases, G_N_ELEMENTS (impossible_cases));
}

static void
test_no_date (void)
{
  check_cases (no_date_cases, G_N_ELEMENTS (no_date_cases));
}

static void
test_relative (void)
{
  check_cases (relative_cases, G_N_ELEMENTS (relative_cases));
}

static void
test_fixture_first_paragraphs (void)
{
  check_fixtures (FALSE);
}

static void
test_fixture_stories (void)
{
  check_fixtures (TRUE);
}

/* Bytes that are not UTF-8 are replaced, not read past. */
static void
test_invalid_utf8 (void)
{
  g_autofree char *actual = describe ("on \xff\xfe 5 May 2010 \xc3", "en", NULL);

  g_assert_cmpstr (actual, ==, "on \xff\xfe 5 May 2010 \xc3 → 2010-05-05 stated");
}

/* Long runs of near-dates must not make the search slow (no backtracking). */
static void
test_linear (void)
{
  g_autoptr (GString) text = g_string_new (NULL);
  g_autofree char *actual = NULL;
  GDate reference;
  CmqDateGuess guess;
  gint64 start;

  for (int i = 0; i < 50000; i++)
    g_string_append (text, "on 31 February and 14-15 and Monday (May 2021) 00 ");
  g_string_append (text, "on 3 March 2011");
  parse_reference (REFERENCE, &reference);
  start = g_get_monotonic_time ();
  g_assert_true (cmq_date_find (text->str, NULL, &reference, &guess));
  g_assert_cmpint (guess.year, ==, 2011);
  g_assert_cmpint (guess.month, ==, 3);
  g_assert_cmpint (guess.day, ==, 3);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
}

static const DateCase numeric_cases[] = {
  { "2016-01-14 - Press release", "en", NULL, "2016-01-14 stated" },
  { "14.01.2016 - Press release", "en", NULL, "2016-01-14 stated" },
  { "Published 04.05.2016", "en", NULL, "2016-05-04 stated" },
  { "25/12/2019", "en", NULL, "2019-12-25 stated" },
  { "12/25/2019", "en", NULL, "2019-12-25 stated" },
  { "05-04-2007", "fr", NULL, "2007-04-05 stated" },
  { "05/04/2007", "de", NULL, "2007-04-05 stated" },
  { "07/07/2007", "en", NULL, "2007-07-07 stated" },
  /* Month or day first cannot be told in English: unknown, never guessed. */
  { "05/04/2007", "en", NULL, "" },
  { "05/04/2007", NULL, NULL, "" },
  /* Not dates: versions, references, impossible values, the future. */
  { "Version 1.2.2016.3", "en", NULL, "" },
  { "31/02/2019", "fr", NULL, "" },
  { "14.01.2099", "en", NULL, "" },
  /* A dateline in figures opens the text: it comes before a later date with a month name */
  { "Strasbourg, 30.11.2011 – Le Comité a rappelé la décision prise le 11 avril.", "fr", NULL,
    "2011-11-30 stated" },
  /* A date with a month name comes first. */
  { "Issued 3 March 2011; ref. 01/02/2010", "en", NULL, "2011-03-03 stated" },
};

static void
test_numeric (void)
{
  CmqDateGuess guess;
  GDate reference;

  check_cases (numeric_cases, G_N_ELEMENTS (numeric_cases));
  parse_reference (REFERENCE, &reference);
  g_assert_false (
      cmq_date_find_full ("05/04/2007", NULL, "en", CMQ_DATE_FIND_NONE, &reference, &guess));
  g_assert_cmpstr (guess.note, ==,
                   "05/04/2007: day and month cannot be told apart, and no other "
                   "date of the same source writes a number above 12");
}

/* The office-holders and events a text names narrow a year-less date, only to one year. */
static const DateCase evidence_cases[] = {
  /* Rasmussen (to 30 September 2014) and President Poroshenko (from 7 June 2014): 2014 only */
  { "On 10 September, Secretary General Anders Fogh Rasmussen met President Petro Poroshenko.",
    "en", NULL, "2014-09-10 inferred-year" },
  /* A summit is named before it and recalled after it: its days alone give no year */
  { "Allied leaders met at the Vilnius Summit on 11 July to agree new defence plans.", "en", NULL,
    "0000-07-11 none" },
  { "Allied leaders met on 11 July, a year after the Vilnius Summit.", "en", NULL,
    "0000-07-11 none" },
  /* …but a release naming it is not older than two years before it */
  { "On 3 April, Secretary General Jaap de Hoop Scheffer spoke of the Bucharest Summit.", "en",
    NULL, "0000-04-03 none" },
  { "On Tuesday 3 April, Secretary General Jaap de Hoop Scheffer spoke of the Riga Summit.", "en",
    NULL, "2007-04-03 inferred-year" },
  /* A former or future holder dates nothing */
  { "On 10 September, Secretary General Rasmussen met former President Petro Poroshenko.", "en",
    NULL, "0000-09-10 none" },
  { "On 18 November, Mr Stoltenberg called President-elect Donald Trump.", "en", NULL,
    "0000-11-18 none" },
  /* Lord Robertson (to 2003), President Bush (from 2001) and Canada's Minister of Defence John
   * McCallum (from 26 May 2002): 4 May of 2003 only */
  { "Les 4 et 5 mai, Lord Robertson a rencontré le Président Bush, puis le Ministre de la défense "
    "John McCallum.",
    "fr", NULL, "2003-05-04 inferred-year" },
  /* Names that contradict each other settle nothing */
  { "On 4 May, Lord Robertson met Prime Minister Gordon Brown in London.", "en", NULL,
    "0000-05-04 none" },
  /* Several years still fit: none is chosen */
  { "On 22 November, the Secretary General, Mr. Jaap de Hoop Scheffer, and SACEUR, General John "
    "Craddock, visited Kabul.",
    "en", NULL, "0000-11-22 none" },
};

static void
test_evidence (void)
{
  check_cases (evidence_cases, G_N_ELEMENTS (evidence_cases));
}

/* A list too long for its buffer keeps whole items and says that more were left out: no name is
 * cut, and the copy is valid UTF-8 wherever the buffer ends. */
static void
test_evidence_cut (void)
{
  const char *items = "weekday, Secretary General jens stoltenberg, Türkiye, Madrid Summit";
  char small[40];
  char tiny[12];
  char whole[80];
  g_auto (GStrv) all = g_strsplit (items, ", ", -1);

  cmq_date_copy_items (whole, sizeof whole, items);
  g_assert_cmpstr (whole, ==, items);

  cmq_date_copy_items (small, sizeof small, items);
  g_assert_cmpstr (small, ==, "weekday, …");
  /* From the size that holds the first item and the ellipsis. */
  for (gsize size = strlen ("weekday, …") + 1; size <= strlen (items) + 1; size++)
    {
      g_autofree char *dest = g_malloc (size);
      char **parts = NULL;

      cmq_date_copy_items (dest, size, items);
      g_assert_cmpuint (strlen (dest), <, size);
      g_assert_true (g_utf8_validate (dest, -1, NULL));
      g_assert_true (g_str_has_prefix (items, dest) || g_str_has_suffix (dest, ", …"));
      for (char **part = parts = g_strsplit (dest, ", ", -1); *part != NULL; part++)
        g_assert_true (g_str_equal (*part, "…") ||
                       g_strv_contains ((const char *const *) all, *part));
      g_clear_pointer (&parts, g_strfreev);
    }

  /* One item longer than the buffer: cut at a character's start, no list mark. */
  cmq_date_copy_items (tiny, sizeof tiny, "Türkiye Türkiye");
  g_assert_cmpstr (tiny, ==, "Türkiye…");
  cmq_date_copy_items (tiny, 7, "Türkiye Türkiye");
  g_assert_cmpstr (tiny, ==, "Tü…");
  cmq_date_copy_items (tiny, 6, "Türkiye Türkiye");
  g_assert_cmpstr (tiny, ==, "T…");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* Report every failing row of a table, not only the first. */
  g_test_set_nonfatal_assertions ();

  g_test_add_func ("/date/forms", test_forms);
  g_test_add_func ("/date/inference", test_inference);
  g_test_add_func ("/date/impossible", test_impossible);
  g_test_add_func ("/date/no-date", test_no_date);
  g_test_add_func ("/date/relative", test_relative);
  g_test_add_func ("/date/fixtures/first-paragraphs", test_fixture_first_paragraphs);
  g_test_add_func ("/date/fixtures/stories", test_fixture_stories);
  g_test_add_func ("/date/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/date/linear", test_linear);
  g_test_add_func ("/date/numeric", test_numeric);
  g_test_add_func ("/date/evidence", test_evidence);
  g_test_add_func ("/date/evidence-cut", test_evidence_cut);

  return g_test_run ();
}
