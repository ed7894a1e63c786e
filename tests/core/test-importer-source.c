/* test-importer-source.c: the organisation that published a release (its source), from the
 * lines of the page that are not the story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "Minister Opens the New Harbour Bridge\n\n"                                                      \
  "The Minister of Transport opened the new harbour bridge in Northport on Wednesday, after four " \
  "years of works on both banks of the river.\n\n"                                                 \
  "The bridge links the two halves of the city and carries many vehicles a day.\n\n"

/* A press-release service presents its publisher in several lines after the story ("About X",
 * "Subscribe to releases from X", "Latest releases from X"): X is the source, even when it is
 * no organisation the importer knows. */
static void
test_publisher_lines (void)
{
  assert_import_field (
      "News from the Ministry of Bridges of Northland\n\n" STORY "Share\n\n"
      "About News from the Ministry of Bridges of Northland\n\n"
      "Bridge Street 2\n\n"
      "Subscribe to releases from News from the Ministry of Bridges of Northland\n\n"
      "Latest releases from News from the Ministry of Bridges of Northland\n",
      source, "Ministry of Bridges of Northland");
}

/* One "About X" note after the story may present a partner, not the publisher: no source. */
static void
test_one_about_note (void)
{
  assert_import_field (STORY "About the Harbour Foundation\n\n"
                             "The Foundation supports harbours.\n",
                       source, NULL);
}

/* A known organisation's name in its own languages, on a site-name line of its own, is that
 * organisation (organisations.txt), shown under the name the table gives it. */
static void
test_known_local_name (void)
{
  assert_import_field ("Ulkoministeriö / Utrikesministeriet\n\n" STORY
                       "Inquiries: the press office.\n",
                       source, "Ministry for Foreign Affairs of Finland");
}

/* The masthead of an international organisation's news pages, by its acronym in one of its
 * languages or its web address, is that organisation (organisations.txt). */
static void
test_international_masthead (void)
{
  assert_import_field ("WTO NEWS: 2010 PRESS RELEASES\n\n" STORY, source,
                       "World Trade Organization");
  assert_import_field ("OMC : NOUVELLES 2012\n\n" STORY, source, "World Trade Organization");
  assert_import_field ("ILO Newsroom\n\n" STORY, source, "International Labour Organization");
  assert_import_field ("IOM.int\n\n" STORY, source, "International Organization for Migration");
}

/* A press contact's e-mail address after the story, at a known organisation's domain, names
 * it; an address at a domain the importer does not know names none. */
static void
test_contact_mail (void)
{
  assert_import_field (STORY "Press contacts\n\nJane Doe: +41 22 739 51 11\n\n"
                             "Jane.Doe@wto.org\n",
                       source, "World Trade Organization");
  assert_import_field (STORY "Press contacts\n\npress@harbour-news.example\n", source, NULL);
  /* a national section's own domain names the section, not the movement */
  assert_import_field (STORY "Service presse\n\nspresse@amnesty.fr\n", source,
                       "Amnesty International France");
}

#define BRIDGE_BODY                                                                                \
  "The Minister of Transport opened the new harbour bridge in Northport on Wednesday, after four " \
  "years of works on both banks of the river.\n\n"                                                 \
  "The bridge links the two halves of the city and carries many vehicles a day.\n\n"

/* A news wire heads the release it carries with its issuer's name and a colon: a known
 * organisation's name, all of the part before the colon, is the source; other words are not. */
static void
test_headline_issuer (void)
{
  assert_import_field (
      "Federal Foreign Office : Minister Opens the New Harbour Bridge\n\n" BRIDGE_BODY, source,
      "German Federal Foreign Office");
  assert_import_field ("Harbour News: Minister Opens the New Harbour Bridge\n\n" BRIDGE_BODY,
                       source, NULL);
  assert_import_field ("Bridges of the Federal Foreign Office: Minister Opens the New Harbour "
                       "Bridge\n\n" BRIDGE_BODY,
                       source, NULL);
}

/* A headline that opens with a known organisation's office-holder ("WTO Director-General…",
 * "OSCE Chairman's…") is the organisation's release; a body the importer does not know, or a
 * known name inside a longer one, names none. */
static void
test_headline_office_holder (void)
{
  assert_import_field ("WTO Director-General Opens the New Harbour Bridge\n\n" BRIDGE_BODY, source,
                       "World Trade Organization");
  assert_import_field ("OSCE Chairman's Statement on the New Harbour Bridge\n\n" BRIDGE_BODY,
                       source, "OSCE");
  assert_import_field ("Harbour Board Chairman Opens the New Harbour Bridge\n\n" BRIDGE_BODY,
                       source, NULL);
  assert_import_field (
      "United Nations Foundation President Opens the New Harbour Bridge\n\n" BRIDGE_BODY, source,
      NULL);
}

/* A line holding two organisations' names names the one with the longer name: UNHCR's full name
 * holds "United Nations". */
static void
test_longest_name (void)
{
  assert_import_field (
      "UNHCR - Office of the United Nations High Commissioner for Refugees\n\n" STORY, source,
      "UNHCR");
}

/* A known name that goes on with a capital is part of another body's name: the United Nations
 * Foundation is not the United Nations, and without more nothing is the source. */
static void
test_longer_body_name (void)
{
  assert_import_field ("About the United Nations Foundation\n\n" STORY, source, NULL);
  assert_import_field ("About the United Nations\n\n" STORY, source, "United Nations");
}

/* A site's name with its tagline makes a long line: its organisation's full name still names
 * the source there. */
static void
test_long_site_name_line (void)
{
  g_autoptr (CmqRelease) press = import_ok (
      "Département de l’information • Service des informations et des accréditations • New "
      "York\n\n" STORY);

  assert_import_field ("Le Gouvernement du Grand-Duché de Luxembourg Informations et Actualités du "
                       "Gouvernement du Grand-Duché de Luxembourg\n\n"
                       "Article d'actualité\n\n" STORY,
                       source, "Government of Luxembourg");
  /* the head of the UN's press releases names its press service */
  g_assert_cmpstr (cmq_release_get_source (press), ==, "United Nations");
}

/* A news site's label line names the release's issuer ("Press Release: X" on a repost): X is the
 * source, even when it is no organisation the importer knows, and never the site. */
static void
test_press_release_label (void)
{
  assert_import_field ("Daily Harbour News\n\nMinister Opens the New Harbour Bridge\n\n"
                       "Wednesday, 4 September 2024, 5:27 pm\n"
                       "Press Release: Northland Ministry of Bridges\n\n" STORY
                       "Share this story\n\nMore from Daily Harbour News\n",
                       source, "Northland Ministry of Bridges");
}

/* Every press-release label of the kind lexicon names the issuer, in any language, not only the
 * English and French ones; a numbered label does not. */
static void
test_press_release_label_languages (void)
{
  g_autoptr (CmqRelease) numbered =
      import_ok ("Daily Harbour News\n\nMinister Opens the New Harbour Bridge\n\n"
                 "Wednesday, 4 September 2024, 5:27 pm\n"
                 "Press Release SG/SM/11324: Northland Ministry of Bridges\n\n" STORY
                 "Share this story\n\nMore from Daily Harbour News\n");

  assert_import_field ("Daily Harbour News\n\nMinister Opens the New Harbour Bridge\n\n"
                       "Wednesday, 4 September 2024, 5:27 pm\n"
                       "Comunicado de prensa: Northland Ministry of Bridges\n\n" STORY
                       "Share this story\n\nMore from Daily Harbour News\n",
                       source, "Northland Ministry of Bridges");
  g_assert_cmpstr (cmq_release_get_source (numbered), !=, "Northland Ministry of Bridges");
}

/* A headline after the label ("Press Release: Statement by the Minister, on the bridge") names
 * no issuer. */
static void
test_press_release_headline (void)
{
  assert_import_field (
      "Press Release: Statement of the Minister of Transport, on the Harbour Bridge\n\n" STORY
      "Share this story\n",
      source, NULL);
}

#define AUTHORITY_STORY                                                                            \
  "Harbour Bridge Opens to Traffic\n\n"                                                            \
  "The Northland Harbour Authority opened the new harbour bridge in Northport on Wednesday, "      \
  "after four years of works on both banks of the river.\n\n"                                      \
  "The bridge links the two halves of the city, the Authority said.\n\n"

/* The owner of a copyright line in the page's chrome is the source when the story names it, by
 * its name or its acronym. */
static void
test_copyright_owner (void)
{
  assert_import_field (AUTHORITY_STORY "Share\n\n© 2024 Northland Harbour Authority\n", source,
                       "Northland Harbour Authority");
  assert_import_field (
      "Harbour Bridge Opens to Traffic\n\n"
      "The NHA opened the new harbour bridge in Northport on Wednesday, after four years of works "
      "on both banks of the river.\n\n"
      "The bridge links the two halves of the city, the NHA said.\n\n"
      "Copyright © Northland Harbour Authority. All rights reserved.\n",
      source, "Northland Harbour Authority");
}

/* A press contact line after the story names the issuer before its press service, even one
 * the importer does not know; a press service alone, or after a menu's words, names none. */
static void
test_press_service_line (void)
{
  assert_import_field (STORY "Northland Harbour Authority – Press office – +44 20 7946 0000\n",
                       source, "Northland Harbour Authority");
  assert_import_field (STORY "Northland Harbour Authority | Service presse | press@nha.example\n",
                       source, "Northland Harbour Authority");
  assert_import_field (STORY "Press office – +44 20 7946 0000\n", source, NULL);
  assert_import_field (STORY "Contact us – Press office\n", source, NULL);
}

/* A repost's site owns its page: its copyright line, which the story never names, is no
 * source. */
static void
test_repost_copyright (void)
{
  assert_import_field (AUTHORITY_STORY "Share\n\n© 2024 Daily Harbour News. All rights reserved.\n",
                       source, NULL);
}

/* A line above the story that names an institution by a name of its own, before its tagline,
 * is the source when the story names it too. */
static void
test_header_institution (void)
{
  assert_import_field ("Northland Harbour Authority - Serving the port since 1901\n\n"
                       "Home | Media | Publications\n\n" AUTHORITY_STORY,
                       source, "Northland Harbour Authority");
}

/* A repost's site above the story, which the story does not name, and a tag after the story are
 * no source. */
static void
test_repost_header (void)
{
  assert_import_field ("Harbour News Bureau\n\n" AUTHORITY_STORY
                       "Tags\n\nNorthland Harbour Authority\n",
                       source, NULL);
}

/* A letterhead in capitals above the story naming an institution, in any language, is the
 * source when the story names it in its own case; shown with a capital to each word but the
 * small ones. A letterhead the story does not name, or one naming no institution, is none. */
static void
test_letterhead_capitals (void)
{
  assert_import_field (
      "NORTHLAND HARBOUR AUTHORITY\nHarbour Street 2, Northport\n\n" AUTHORITY_STORY, source,
      "Northland Harbour Authority");
  assert_import_field ("TRIBUNAL ADMINISTRATIF DE NORTHPORT\n\n"
                       "Le tribunal rend sa décision sur le pont\n\n"
                       "Le Tribunal administratif de Northport a rendu mercredi sa décision sur "
                       "le nouveau pont du port, après quatre ans de travaux.\n\n"
                       "Le pont relie les deux moitiés de la ville, a indiqué le tribunal.\n",
                       source, "Tribunal Administratif de Northport");
  assert_import_field ("SOUTHLAND HARBOUR AUTHORITY\n\n" AUTHORITY_STORY, source, NULL);
  assert_import_field ("NORTHLAND HARBOUR NEWS\n\n" AUTHORITY_STORY, source, NULL);
}

/* The text of a site's logo above the story ("X logo and link", "Logo of X") names its owner, the
 * source when it is an institution the story names; a repost site's logo is none. */
static void
test_logo_owner (void)
{
  assert_import_field ("Northland Harbour Authority logo and link\n\nHome | Media | "
                       "Publications\n\n" AUTHORITY_STORY,
                       source, "Northland Harbour Authority");
  assert_import_field (
      "Logo of the Northland Harbour Authority\n\nHome | Media | Publications\n\n" AUTHORITY_STORY,
      source, "Northland Harbour Authority");
  assert_import_field ("Daily Harbour News logo\n\nHome | Media | Publications\n\n" AUTHORITY_STORY,
                       source, NULL);
}

/* A press contact block puts the issuer on the line above its press service: an institution
 * there is the source; the person to call, in the same place, never is. */
static void
test_press_service_block (void)
{
  assert_import_field (AUTHORITY_STORY "Enquiries to:\n\nNorthland Harbour Police\nPress office\n"
                                       "Jane Doe\nPhone: +44 20 7946 0000\n",
                       source, "Northland Harbour Police");
  assert_import_field (AUTHORITY_STORY "Rückfragen bitte an:\n\nPolizei Northport\nPressestelle\n"
                                       "Jane Doe\n",
                       source, "Polizei Northport");
  assert_import_field (AUTHORITY_STORY "Enquiries to:\n\nJane Doe\nPress office\n"
                                       "Phone: +44 20 7946 0000\n",
                       source, NULL);
}

/* "Geneva (ICRC) – …": a known organisation's acronym in the dateline's parentheses names the
 * source; a news agency's there ("(AFP)", "(ots)") names none. */
static void
test_dateline_acronym (void)
{
  assert_import_field ("Harbour Bridge Opens to Traffic\n\n"
                       "Geneva (ICRC) – The Committee opened a new office by the harbour bridge in "
                       "Northport on Wednesday, after four years of works.\n\n"
                       "The bridge links the two halves of the city, the Committee said.\n",
                       source, "International Committee of the Red Cross");
  assert_import_field ("Harbour Bridge Opens to Traffic\n\n"
                       "Geneva (AFP) – The Committee opened a new office by the harbour bridge in "
                       "Northport on Wednesday, after four years of works.\n\n"
                       "The bridge links the two halves of the city, the Committee said.\n",
                       source, NULL);
  assert_import_field ("Harbour Bridge Opens to Traffic\n\n"
                       "Hamburg (ots) - The Committee opened a new office by the harbour bridge in "
                       "Northport on Wednesday, after four years of works.\n\n"
                       "The bridge links the two halves of the city, the Committee said.\n",
                       source, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/source/publisher-lines", test_publisher_lines);
  g_test_add_func ("/importer/source/one-about-note", test_one_about_note);
  g_test_add_func ("/importer/source/known-local-name", test_known_local_name);
  g_test_add_func ("/importer/source/international-masthead", test_international_masthead);
  g_test_add_func ("/importer/source/contact-mail", test_contact_mail);
  g_test_add_func ("/importer/source/headline-issuer", test_headline_issuer);
  g_test_add_func ("/importer/source/headline-office-holder", test_headline_office_holder);
  g_test_add_func ("/importer/source/longest-name", test_longest_name);
  g_test_add_func ("/importer/source/longer-body-name", test_longer_body_name);
  g_test_add_func ("/importer/source/long-site-name-line", test_long_site_name_line);
  g_test_add_func ("/importer/source/press-release-label", test_press_release_label);
  g_test_add_func ("/importer/source/press-release-label-languages",
                   test_press_release_label_languages);
  g_test_add_func ("/importer/source/press-release-headline", test_press_release_headline);
  g_test_add_func ("/importer/source/copyright-owner", test_copyright_owner);
  g_test_add_func ("/importer/source/press-service-line", test_press_service_line);
  g_test_add_func ("/importer/source/repost-copyright", test_repost_copyright);
  g_test_add_func ("/importer/source/header-institution", test_header_institution);
  g_test_add_func ("/importer/source/repost-header", test_repost_header);
  g_test_add_func ("/importer/source/letterhead-capitals", test_letterhead_capitals);
  g_test_add_func ("/importer/source/logo-owner", test_logo_owner);
  g_test_add_func ("/importer/source/press-service-block", test_press_service_block);
  g_test_add_func ("/importer/source/dateline-acronym", test_dateline_acronym);
  return g_test_run ();
}
