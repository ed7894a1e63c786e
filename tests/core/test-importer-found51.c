/* test-importer-found51.c: the source a site names itself by in its page's top chrome (issue 11:
 * heldout18 wwf-01, afdb-02; heldout19 stc-01, uefa-01). "News from X" and "X - latest news", a
 * site-name line with its news words; "X.com …", a site's name as its domain, when the story names
 * it too; "X Bank (Seat)", a wire's line for the issuer it carries; "Nokia Corporation", a
 * company's name and legal form alone on a line, when the story names the company (heldout13
 * nokia-01). The name is the one the dump
 * writes, whatever the organisation; a line that is none of these names no source.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "Harbour works to start in the spring\n\n"                                                       \
  "KINGSTON, 3 March 2015 - The harbour of the old town will be dredged this spring, the "         \
  "Lakeshore Heritage Fund said today, so that the ferries can dock again in the summer.\n\n"      \
  "The works will last eight weeks and cost two million dollars, shared with the town council.\n"

static void
check_source (const char *text, const char *source)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_source (release), ==, source);
}

static void
test_news_words (void)
{
  check_source ("You are here\n\nNews from Lakeshore Heritage Fund\n\n" STORY,
                "Lakeshore Heritage Fund");
  check_source ("Lakeshore Heritage Fund - latest news\n\nMedia Contact\n\n" STORY,
                "Lakeshore Heritage Fund");
  check_source ("Lakeshore Heritage Fund | Newsroom\n\n" STORY, "Lakeshore Heritage Fund");
  check_source ("Actualités de la Fondation du Lac\n\n"
                "Les travaux du port commenceront au printemps\n\n"
                "KINGSTON, 3 mars 2015 - Le port de la vieille ville sera dragué ce printemps, a "
                "annoncé aujourd'hui la fondation, afin que les bateaux puissent y accoster.\n\n"
                "Les travaux dureront huit semaines et coûteront deux millions de dollars.\n",
                "Fondation du Lac");
  /* news words beside no name, or beside a sentence, name nothing */
  check_source ("Latest news\n\n" STORY, NULL);
  check_source ("Read the news from our partners\n\n" STORY, NULL);
}

static void
test_name_as_domain (void)
{
  check_source ("Lakeshore.org works best with other browsers\n\n"
                "Harbour works to start in the spring\n\n"
                "KINGSTON, 3 March 2015 - The harbour of the old town will be dredged this "
                "spring, Lakeshore said today, so that the ferries can dock again.\n\n"
                "The works will last eight weeks and cost two million dollars.\n",
                "Lakeshore");
  /* a domain the story never names is a host's, not the issuer's */
  check_source ("Webhost.com works best with other browsers\n\n" STORY, NULL);
}

static void
test_institution_before_seat (void)
{
  check_source ("Premium partner content\n\nLakeshore Development Bank (Kingston)\n\n" STORY,
                "Lakeshore Development Bank");
  /* a person before a place is no institution */
  check_source ("Premium partner content\n\nJohn Smith (Kingston)\n\n" STORY, NULL);
}

static void
test_company_line (void)
{
  static const char story[] =
      "Stock Exchange Release\n"
      "Harbour works to start in the spring\n"
      "KINGSTON, 3 March 2015 - Lakeshore said today that it would dredge the harbour of the "
      "old town this spring, so that its ferries can dock again in the summer.\n"
      "The works will last eight weeks and cost two million dollars.\n";
  g_autofree char *named = g_strconcat ("Lakeshore Corporation\n", story, NULL);
  g_autofree char *other = g_strconcat ("Webhost Ltd\n", story, NULL);
  g_autofree char *lower = g_strconcat ("Lakeshore holding AG\n", story, NULL);

  check_source (named, "Lakeshore Corporation");
  /* a company the story never names; a name whose words are not all capitalised */
  check_source (other, NULL);
  check_source (lower, NULL);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found51/news-words", test_news_words);
  g_test_add_func ("/importer/found51/name-as-domain", test_name_as_domain);
  g_test_add_func ("/importer/found51/institution-before-seat", test_institution_before_seat);
  g_test_add_func ("/importer/found51/company-line", test_company_line);
  return g_test_run ();
}
