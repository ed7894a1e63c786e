/* test-importer-found15.c: the importer on synthetic pages that carry what the held-out sets
 * still missed in the fifteenth round: a list of related stories after the story, under a short
 * label, each item ending with its date; the site's description of its section of releases (a
 * kind in the plural) above the headline; a site's section heading naming a kind in the plural; a
 * byline after a topic between dashes.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

/* The last paragraph of the stories below. */
#define LAST_PARAGRAPH "The new rules will apply from the first of January next year."

/* "À la une", then "Title", a teaser, "06 juin 2025", … to the end of the page (heldout13
 * ema-01): the label and every item, the first one's title and teaser too, are not the story. */
static void
test_trailing_dated_list_under_label (void)
{
  static const char *const labels[] = { "A la une", "In the spotlight", "Lo último", "Aktuell" };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autofree char *text = g_strconcat (
          "Council adopts new rules on public procurement\n"
          "The council adopted on Tuesday the new rules on public procurement, after a debate "
          "that lasted the whole afternoon.\n" LAST_PARAGRAPH "\n",
          labels[i],
          "\nWeekly letter of the ministry of the 6th of June\n"
          "Read the weekly letter of the ministry: operations, the main topics of the week a...\n"
          "06 June 2025\n\n"
          "The infrastructure service is twenty years old this week\n"
          "For twenty years the service has run the maintenance and the building of the...\n"
          "05 June 2025\n\n"
          "Results of the international competitions of the month\n"
          "Find all the latest results of the international competitions of the month.\n"
          "02 June 2025",
          NULL);
      g_autoptr (CmqRelease) release = import_ok (text);
      const char *const *paragraphs = cmq_release_get_paragraphs (release);

      g_assert_cmpstr (paragraphs[n_paragraphs (release) - 1], ==, LAST_PARAGRAPH);
    }
}

/* Dates that open their items, the last item without a teaser, and no label above the list: the
 * lines above the first date are the story's, kept. */
static void
test_leading_dated_list_keeps_story (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Council adopts new rules on public procurement\n\n"
      "The council adopted on Tuesday the new rules on public procurement, after a debate that "
      "lasted the whole afternoon.\n\n"
      "The rules were drafted by the ministry over two years of work with the "
      "regions.\n\n" LAST_PARAGRAPH "\n\n"
      "06 June 2025\n"
      "Weekly letter of the ministry\n\n"
      "05 June 2025\n"
      "The infrastructure service is twenty years old\n\n"
      "02 June 2025\n");
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpstr (paragraphs[n_paragraphs (release) - 1], ==, LAST_PARAGRAPH);
}

/* "Pressemeddelelser er korte tekster om …" above the headline (heldout13 nationalbanken-02): the
 * site's description of its section of releases, a kind in the plural and what such texts are,
 * is not the story, which starts under the headline. */
static void
test_section_description_not_story (void)
{
  static const char *const descriptions[] = {
    "Pressemeddelelser er korte tekster om større nyheder fra Banken. De er primært til dig, der "
    "arbejder som journalist.",
    "Press releases are short texts about the main news of the Bank, meant for journalists and "
    "for anyone who wants to be told at once.",
    "Les communiqués de presse sont de courts textes sur les principales nouvelles de la Banque, "
    "destinés aux journalistes.",
    "Pressemitteilungen sind kurze Texte über die wichtigsten Nachrichten der Bank, vor allem für "
    "Journalisten.",
    "I comunicati stampa sono brevi testi sulle principali notizie della Banca, destinati ai "
    "giornalisti.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (descriptions); i++)
    {
      g_autofree char *text = g_strconcat (
          descriptions[i],
          "\n\nAbout the Bank\n\nForeign exchange and liquidity, January\n\n"
          "The foreign exchange reserve fell by eleven billion in January, to four hundred and "
          "twenty-seven billion.\n\n"
          "The Bank did not intervene in the foreign exchange market in January, and the state "
          "repaid its loans abroad.\n",
          NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==,
                       "Foreign exchange and liquidity, January");
      g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0],
                                       "The foreign exchange reserve fell"));
    }
}

/* A story that opens with a kind in the singular, or with a plural kind that is no description
 * ("Press releases issued by the ministry last year…"), keeps its first paragraph. */
static void
test_story_about_releases_kept (void)
{
  static const char *const firsts[] = {
    "Press release is the name the ministry gives to its short texts for journalists, it said "
    "on Monday.",
    "Press releases issued by the ministry last year were read by more people than ever, the "
    "minister said on Monday.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (firsts); i++)
    {
      g_autofree char *text = g_strconcat (
          "Ministry reviews its communication\n\n", firsts[i],
          "\n\nThe review will be published next month, after a debate in parliament.\n", NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_paragraphs (release)[0], ==, firsts[i]);
    }
}

/* "WTO NEWS: 2004 PRESS RELEASES" above the story (heldout6 wto-01): a site's section, a colon
 * and a kind in the plural, perhaps with a year, is the archive the page is filed in: its kind. A
 * section named otherwise says none. */
static void
test_section_heading_names_kind (void)
{
  static const struct
  {
    const char *heading;
    const char *kind;
  } cases[] = {
    { "WTO NEWS: 2004 PRESS RELEASES", "press release" },
    { "Newsroom: Speeches 2019", "speech" },
    { "Actualités : communiqués de presse", "press release" },
    { "Presse: Pressemitteilungen", "press release" },
    { "WTO NEWS: 2004 EVENTS", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (
          cases[i].heading,
          "\n\nDirector calls on governments to reach agreement\n\n"
          "The director called today on the governments to make every effort over the next two "
          "weeks to strike a deal on a framework accord.\n\n"
          "The talks will resume in Geneva on Monday, after a week of consultations.\n",
          NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_kind (release), ==, cases[i].kind);
    }
}

/* "– Israël-Gaza – Déclaration de M. Laurent Fabius, ministre des Affaires étrangères" over the
 * story (web france-06): a topic between dashes, then a byline, gives the byline's kind; a topic
 * then a headline gives none. */
static void
test_topic_byline_names_kind (void)
{
  static const struct
  {
    const char *line;
    const char *kind;
  } cases[] = {
    { "– Israël-Gaza – Déclaration de M. Laurent Fabius, ministre des Affaires étrangères",
      "statement" },
    { "— Ukraine — Speech by the Minister for Foreign Affairs at the Council", "speech" },
    { "– Israël-Gaza – Le ministre reçoit son homologue égyptien au Quai d'Orsay", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (
          cases[i].line,
          "\nJe condamne avec la plus grande fermeté l'attentat qui vient de se produire, "
          "prenant pour cible des civils au moment même où tout doit être fait pour la paix.\n"
          "L'urgence, c'est l'instauration d'un cessez-le-feu durable entre les deux parties.\n"
          "Je m'en entretiendrai de nouveau aujourd'hui avec mes homologues de la région.\n",
          NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_kind (release), ==, cases[i].kind);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/trailing-dated-list-under-label",
                   test_trailing_dated_list_under_label);
  g_test_add_func ("/importer/leading-dated-list-keeps-story", test_leading_dated_list_keeps_story);
  g_test_add_func ("/importer/section-description-not-story", test_section_description_not_story);
  g_test_add_func ("/importer/story-about-releases-kept", test_story_about_releases_kept);
  g_test_add_func ("/importer/section-heading-names-kind", test_section_heading_names_kind);
  g_test_add_func ("/importer/topic-byline-names-kind", test_topic_byline_names_kind);
  return g_test_run ();
}
