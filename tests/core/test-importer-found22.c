/* test-importer-found22.c: the importer on synthetic pages that carry what the seventeenth
 * held-out set (tests/fixtures/heldout17, French first) showed blind: notices stacked above the
 * headline (a cookie notice under its heading, then a banner saying the site is new and asking
 * for feedback); a headline of parts joined by dashes, one the date and one the kind, ending with
 * a full stop; a wire's dateline without its year under a headline dated a few days before; a
 * picture's credited and dated caption block between the headline and the story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

/* A speech's head and its first two paragraphs. */
#define ADDRESS_HEADLINE "Minister's Address to the Defence Attachés, Cathal Brugha Barracks"
#define ADDRESS_FIRST                                                                              \
  "I am very pleased to have the opportunity to attend this event this evening and to meet you "   \
  "all here."
#define ADDRESS_STORY                                                                              \
  ADDRESS_HEADLINE "\n\nPublished: 9 April 2019\nFrom: Department of Defence\n\n" ADDRESS_FIRST    \
                   "\n\nFriends, as you will all appreciate, the global security landscape has "   \
                   "developed rapidly in recent years and not for the better."

/* "A notice about cookies", "This website uses cookies. … By browsing this website, you agree to
 * our use of cookies.", then "This is a prototype - your feedback will help us to improve it."
 * above the headline (heldout17 ireland-01): a notice whose consent is implied by going on, under
 * its heading, and a banner saying the site is new and asking for the reader's feedback, stacked,
 * are chrome, in the languages the importer reads; the headline under them is found. */
static void
test_stacked_notices (void)
{
  static const char *const notices[][3] = {
    { "A notice about cookies",
      "This website uses cookies. Some cookies may have been set already. By browsing this "
      "website, you agree to our use of cookies.",
      "This is a prototype - your feedback will help us to improve it." },
    { "Avis sur les cookies",
      "Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur "
      "utilisation.",
      "Ceci est un nouveau site : votre avis nous aidera à l'améliorer." },
    { "Hinweis zu Cookies",
      "Diese Website verwendet Cookies. Mit der Nutzung der Website erklären Sie sich damit "
      "einverstanden.",
      "Dies ist eine neue Website – Ihr Feedback hilft uns, sie zu verbessern." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (notices); i++)
    {
      g_autofree char *text = g_strconcat (notices[i][0], "\n\n", notices[i][1], "\n\n\n",
                                           notices[i][2], "\n\n\n", ADDRESS_STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, ADDRESS_HEADLINE);
      g_assert_cmpstr (cmq_release_get_paragraphs (release)[0], ==, ADDRESS_FIRST);
    }
  {
    /* a story that speaks of a new site and of feedback, under its headline, stays */
    g_autoptr (CmqRelease) release = import_ok (
        "New portal for citizens\n\nThis is a new website for the citizens of the region, "
        "and your feedback will help the ministry to improve it over the coming months.\n\n"
        "The ministry launched the portal on Monday with a ceremony in the capital city.");

    g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "This is a new"));
  }
}

/* "Installation du Conseil de la Couronne – le 22 juin 2018 – Allocution de S.A.S. le Prince
 * Souverain." over the speech (heldout17 monaco-01): a first line of parts joined by dashes, one
 * the date alone and one opening with a kind, is the headline even with its full stop, and gives
 * the kind and the date, in the languages the importer reads; a sentence with two dashed asides
 * stays the story. */
static void
test_dashed_headline (void)
{
  static const char *const heads[][3] = {
    { "Installation du Conseil de la Couronne – le 22 juin 2018 – Allocution de S.A.S. le Prince "
      "Souverain.",
      "speech", "2018-06-22" },
    { "Neujahrsempfang der Regierung – 12. Januar 2020 – Rede des Ministerpräsidenten", "speech",
      "2020-01-12" },
  };
  static const char *const story =
      "\nMonsieur le Président,\nJ'ai tenu, ce soir, à installer le Conseil nommé par mon "
      "Ordonnance, comme j'avais eu l'occasion de le faire pour la première fois.\n"
      "Il a toujours démontré une grande fidélité à mon égard et envers ma famille, ce dont je "
      "lui sais particulièrement gré.";

  for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
    {
      g_autofree char *text = g_strconcat (heads[i][0], story, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, heads[i][0]);
      g_assert_cmpstr (cmq_release_get_kind (release), ==, heads[i][1]);
      g_assert_cmpstr (cmq_release_get_date (release), ==, heads[i][2]);
      g_assert_false (strstr (cmq_release_get_paragraphs (release)[0], heads[i][0]) != NULL);
    }
  {
    static const char *const sentence =
        "The minister – who spoke on 22 June 2018 – said that the council would meet again soon.";
    g_autofree char *text = g_strconcat (sentence, story, NULL);
    g_autoptr (CmqRelease) release = import_ok (text);

    g_assert_cmpstr (cmq_release_get_paragraphs (release)[0], ==, sentence);
  }
}

/* "Ville de Montréal: Les faits saillants du comité exécutif du 5 décembre 2007" over "MONTREAL, le
 * 7 déc. /CNW Telbec/ - Le président …" (heldout17 montreal-01 and -02): the release is dated by
 * its dateline's day and month, its year the headline's date's, a few days before it (across a
 * year's end too), not by the meeting's date in the headline; a dateline's date long after the
 * headline's leaves the headline's date. */
static void
test_yearless_dateline_under_dated_headline (void)
{
  static const char *const cases[][3] = {
    { "Les faits saillants du comité exécutif du 5 décembre 2007",
      "MONTREAL, le 7 déc. /CNW Telbec/ - ", "2007-12-07" },
    { "Highlights of the executive committee of 30 December 2008", "OTTAWA, Jan. 2 /CNW/ - ",
      "2009-01-02" },
    { "Les faits saillants du comité exécutif du 9 septembre 2009",
      "MONTREAL, le 11 novembre /CNW Telbec/ - ", "2009-09-09" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (
          cases[i][0], "\n\n", cases[i][1],
          "The chairman of the executive committee presented a report of the main decisions "
          "taken by the committee at its meeting.\n\nThe members of the committee agreed to a "
          "joint call for tenders with the neighbouring cities for a study of public transport.",
          NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_date (release), ==, cases[i][2]);
    }
}

/* "Communiqué final de la …" and "Publié le mardi 16 decembre 2014 | CEDEAO", then "Cérémonie",
 * "© Présidence de CI par DR", "Cérémonie d`ouverture du sommet extraordinaire de la CEDEAO à
 * Accra", "Jeudi 06 novembre 2014. Accra" (heldout17 ecowas-01): a block of short lines whose
 * picture credit has the caption under it and the picture's date last is captions, never the
 * headline. */
static void
test_credited_caption_block (void)
{
  static const char *const head =
      "Politique\n\nCommuniqué final de la quarante-sixième session ordinaire de la conférence "
      "des chefs d'Etat de la CEDEAO\nPublié le mardi 16 décembre 2014 | CEDEAO\n\n\n";
  static const char *const story =
      "\n\n\nLa quarante-sixième Session Ordinaire de la Conférence des Chefs d'Etat s'est tenue "
      "le 15 décembre 2014 à Abuja, sous la Présidence du Président de la République du Ghana."
      "\n\nLe sommet a examiné la situation politique et sécuritaire de la région.";
  g_autofree char *text =
      g_strconcat (head,
                   "Cérémonie\n© Présidence de CI par DR\nCérémonie d'ouverture du sommet "
                   "extraordinaire de la CEDEAO à Accra\nJeudi 06 novembre 2014. Accra",
                   story, NULL);
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_true (g_str_has_prefix (cmq_release_get_title (release), "Communiqué final"));
  g_assert_cmpstr (cmq_release_get_date (release), ==, "2014-12-16");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/stacked-notices", test_stacked_notices);
  g_test_add_func ("/importer/dashed-headline", test_dashed_headline);
  g_test_add_func ("/importer/yearless-dateline-under-dated-headline",
                   test_yearless_dateline_under_dated_headline);
  g_test_add_func ("/importer/credited-caption-block", test_credited_caption_block);
  return g_test_run ();
}
