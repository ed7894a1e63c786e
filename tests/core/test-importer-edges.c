/* test-importer-edges.c: the importer at the story's two edges on synthetic pages: the heading
 * of the organisation's note, what follows the story's last paragraph and what stands above its
 * first.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer.h"
#include "importer-fixture.h"

static gboolean
is_note_heading (const char *text)
{
  g_autofree char *key = cmq_importer_key (text);

  return cmq_importer_is_note_heading (text, key, cmq_importer_count_words (key));
}

/* The heading of the organisation's note: one of the openers of interface-words.txt ("About",
 * "À propos", "Über", "Acerca de"), then a name (a capital), never a sentence; one long name
 * too. */
static void
test_note_heading (void)
{
  static const char *const headings[] = {
    "About the ICRC",
    "À propos de l'OCDE",
    "About Ulkoministeriö / Utrikesministeriet",
    "Über die Kommission",
    "About News from the Ministry of Foreign Affairs of Denmark",
  };
  static const char *const others[] = {
    "About the new dams",
    "About the ICRC.",
    "About",
    "About this release: what the ministry said about the floods of the spring in the North",
    "The report about the Ministry",
  };

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    g_assert_true (is_note_heading (headings[i]));
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    g_assert_false (is_note_heading (others[i]));
}

static const char *
last_paragraph (CmqRelease *release)
{
  return cmq_release_get_paragraphs (release)[n_paragraphs (release) - 1];
}

#define STORY                                                                                      \
  "Rivers Office Opens Its New Bureau\n\n"                                                         \
  "The minister spoke today to the delegates of the conference about the rivers of the "           \
  "northern provinces and the floods of the spring.\n\n"                                           \
  "She thanked the hosts for their work during the floods.\n\n"

/* A publisher's notice after the story, opened by a label in capitals ("UWAGA:",
 * "DISCLAIMER:"), is not the story's last paragraph; a speaker's name in capitals is no such
 * label, nor is the label in small letters. */
static void
test_notice_after_story (void)
{
  static const char *const notices[] = {
    "UWAGA: komunikaty publikowane są w serwisie bez wprowadzania jakichkolwiek zmian w ich "
    "treści, w formie dostarczonej przez nadawcę. Nadawca ponosi pełną odpowiedzialność. (PAP)",
    "DISCLAIMER: the agency publishes the releases of its members as they are sent, and the "
    "sender alone is answerable for their content.",
    "AVERTISSEMENT : l'agence publie les communiqués de ses membres tels qu'ils sont envoyés, "
    "sous la seule responsabilité de leur auteur.",
  };
  static const char *const kept[] = {
    "CURRAN: Thank you very much for your time, Minister, and for the news of the bureau and "
    "of the floods.",
    "Note: the agency publishes the releases of its members as they are sent, and the sender "
    "alone is answerable for their content.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (notices); i++)
    {
      g_autofree char *text =
          g_strdup_printf ("%s%s\n\nkom/ tnt/\n\nDownload\n", STORY, notices[i]);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (last_paragraph (release), ==,
                       "She thanked the hosts for their work during the floods.");
    }
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *text = g_strdup_printf ("%s%s\n", STORY, kept[i]);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (last_paragraph (release), ==, kept[i]);
    }
}

/* A list of related items after the story, each under its date ("September 19, 2020", a
 * teaser), is not the story, even when its teasers are sentences; one date in the story's last
 * lines is no list. */
static void
test_dated_list_after_story (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      STORY "----------------------------------------\n\n"
            "Department Resources\n\n"
            "September 19, 2020\n\n"
            "The Rivers Office envisions a valley whose rivers are clean, whose banks are safe and "
            "whose dams are built for the next century of floods and droughts.\n\n"
            "June 24, 2020\n\n"
            "Violent floods are a regional issue.\n\n"
            "February 10, 2022\n\n"
            "The plan is the valley's blueprint for the next fifty years of dams and bridges.\n\n"
            "July 04, 2024\n");
  g_autoptr (CmqRelease) dated = import_ok (
      STORY "The next meeting of the delegates will take place in the valley on\n\n"
            "September 19, 2020\n\n"
            "and all the provinces have said that they will send their ministers to it.\n");

  g_assert_cmpstr (last_paragraph (release), ==,
                   "She thanked the hosts for their work during the floods.");
  g_assert_true (g_str_has_prefix (last_paragraph (dated), "and all the provinces"));
}

/* A sidebar of teasers after the story under a section label written twice ("Secretary
 * General") is not the story; a label written twice with a sentence after it is the story going
 * on (a transcript's speaker). */
static void
test_sidebar_after_story (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      STORY "Secretary General\n"
            "International Advisory Panel on the Rivers concludes first working session. Next "
            "meeting scheduled 5-7 May 2014\n"
            "Mr Anpilogov, Sir Bratza and Mr Jagland\n"
            "Secretary General\n"
            "Secretary General statement on the floods\n"
            "All parties should refrain from building on the banks\n\n"
            "Other news\n");
  g_autoptr (CmqRelease) transcript =
      import_ok (STORY "Secretary General\n\n"
                       "Thank you for coming to the valley today.\n\n"
                       "Secretary General\n\n"
                       "The floods of the spring will not come back.\n");

  g_assert_cmpstr (last_paragraph (release), ==,
                   "She thanked the hosts for their work during the floods.");
  g_assert_cmpstr (last_paragraph (transcript), ==, "The floods of the spring will not come back.");
}

/* A short single sentence above the page's date, with only the date between it and the story,
 * is the headline even with its full stop; without the date line under it, it is the story's
 * first paragraph. */
static void
test_headline_with_full_stop (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Rivers Office announces creation of regional flood centres.\n\n"
      "11 December 2006\n\n"
      "LYON, France - The Rivers Office plans to create a series of regional flood centres to "
      "serve as focal points for the engineers of the northern provinces.\n\n"
      "The first centre will open in the valley next year.\n");
  g_autoptr (CmqRelease) story = import_ok (
      "Rivers Office announces creation of regional flood centres.\n\n"
      "The Rivers Office plans to create a series of regional flood centres to serve as focal "
      "points for the engineers of the northern provinces.\n\n"
      "The first centre will open in the valley next year.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Rivers Office announces creation of regional flood centres.");
  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "LYON, France"));
  g_assert_cmpuint (n_paragraphs (story), ==, 3);
}

/* Links with their site's domain in brackets at the story's end ("The strategy can be read here:
 * … (um.dk)") are not the story; brackets holding no domain ("(BFR)", "(e.g. the dams)") are. */
static void
test_links_at_story_end (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      STORY "The full strategy of the ministry can be read here: Rivers and Floods strategy 2023 "
            "(rivers.example)\n\n"
            "About Ministry of Rivers\n\n"
            "Subscribe to all the latest releases from Ministry of Rivers by registering your "
            "e-mail address below. You can unsubscribe at any time.\n");
  g_autoptr (CmqRelease) kept = import_ok (
      STORY "The full strategy of the ministry was written by the Rivers Office for all the "
            "provinces (rivers etc.)\n\n"
            "About Ministry of Rivers\n\n"
            "Subscribe to all the latest releases from Ministry of Rivers by registering your "
            "e-mail address below. You can unsubscribe at any time.\n");

  g_assert_cmpstr (last_paragraph (release), ==,
                   "She thanked the hosts for their work during the floods.");
  g_assert_true (g_str_has_suffix (last_paragraph (kept), "(rivers etc.)"));
}

/* A link's text glued in brackets after the last sentence of a paragraph ("(more...)", "[Lire la
 * suite]") is not the story's; brackets holding words of the story stay. */
static void
test_link_tail (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Ministry Marks the Day of the Rivers\n\n"
      "The Minister and the Chair of the Rivers Board published today a joint statement in "
      "memory of the victims of the spring floods. \"These floods affect us all.\" (more...)\n");
  g_autoptr (CmqRelease) french = import_ok (
      "Le ministère célèbre la journée des rivières\n\n"
      "Le ministre a publié aujourd'hui une déclaration en mémoire des victimes des crues du "
      "printemps dans les provinces du nord. [Lire la suite]\n");
  g_autoptr (CmqRelease) kept = import_ok (
      "Ministry Marks the Day of the Rivers\n\n"
      "The Minister published today a statement in memory of the victims of the spring floods "
      "of the northern provinces. (Rivers Board)\n");

  g_assert_cmpstr (cmq_release_get_paragraphs (release)[0], ==,
                   "The Minister and the Chair of the Rivers Board published today a joint "
                   "statement in memory of the victims of the spring floods. \"These floods "
                   "affect us all.\"");
  g_assert_true (g_str_has_suffix (cmq_release_get_paragraphs (french)[0], "du nord."));
  g_assert_true (g_str_has_suffix (cmq_release_get_paragraphs (kept)[0], "(Rivers Board)"));
}

/* A tag page's newest item, a bullet alone just above the story, is its headline; a list of
 * bullets there is a list of links. */
static void
test_lone_bullet_headline (void)
{
  static const char *const story =
      "    O Ministério acompanha a situação dos nacionais afetados pelas cheias nas "
      "províncias do norte e presta assistência consular.\n";
  g_autofree char *lone =
      g_strconcat ("Ir direto para menu de acessibilidade.\n"
                   "Portal do Governo\n"
                   "Início do conteúdo da página\n"
                   "  • Cheias no norte – assistência consular aos nacionais\n\n",
                   story, NULL);
  g_autofree char *list = g_strconcat ("Portal do Governo\n"
                                       "  • Cheias no norte – assistência consular\n"
                                       "  • Visita do ministro ao norte do país\n\n",
                                       story, NULL);
  g_autoptr (CmqRelease) release = import_ok (lone);
  g_autoptr (CmqRelease) links = import_ok (list);

  g_assert_true (cmq_release_get_headline_found (release));
  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Cheias no norte – assistência consular aos nacionais");
  g_assert_false (g_str_has_prefix (cmq_release_get_title (links), "Visita"));
  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "O Ministério"));
}

/* A news site's own title above the story, its page tool's word glued on ("… edit"), is not the
 * story's first paragraph. */
static void
test_tool_tail (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      " date 2023-01 Nota do ministro agradece o apoio dos países vizinhos contra as cheias "
      "que atingiram as províncias do norte edit\n\n"
      "O Ministério agradece as inúmeras manifestações de apoio e solidariedade da comunidade "
      "internacional diante das cheias nas províncias do norte.\n\n"
      "O Governo seguirá com determinação o trabalho de reconstrução das províncias.\n");

  g_assert_false (cmq_release_get_headline_found (release));
  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "O Ministério"));
}

/* A headline written again in capitals nearer the story is the headline, before a name written
 * twice over a repost's block. */
static void
test_capitals_copy_headline (void)
{
  assert_import_field (
      "Newsbank\n\n"
      "Speech minister De Vries tijdens rivierenconferentie\n\n"
      "Bron: Newsbank Robot\n\n"
      "Ministerie van Waterbeheer\n\n\n"
      "Ministerie van Waterbeheer\n\n"
      "Datum: 11 januari 1999\n\n"
      "SPEECH MINISTER DE VRIES TIJDENS RIVIERENCONFERENTIE\n\n"
      "UITGESPROKEN TEKST\n\n"
      "Dames en heren,\n\n"
      "Ik wens u allen een heel gelukkig nieuwjaar en dank u voor uw komst naar deze conferentie "
      "over de rivieren van het noorden.\n",
      title, "Speech minister De Vries tijdens rivierenconferentie");
}

/* A speech's title in quote marks, and its first section's heading, over the salutation are not
 * the story: it starts with the salutation. A quoted sentence with no salutation under it is. */
static void
test_speech_motto (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Speech minister De Vries tijdens rivierenconferentie\n\n"
      "Datum: 11 januari 1999\n\n"
      "\"Het waterbeleid maken wij allen samen\"\n\n"
      "I. Inleiding\n\n"
      "Dames en heren,\n\n"
      "Ik wens u allen een heel gelukkig nieuwjaar en dank u voor uw komst naar deze conferentie "
      "over de rivieren van het noorden.\n");
  g_autoptr (CmqRelease) quoted = import_ok (
      "Minister opens the bridge of the valley\n\n"
      "\"We built this bridge together for them.\"\n\n"
      "The Minister opened the new bridge over the river today in front of the people of the "
      "valley and thanked the builders.\n");

  g_assert_cmpstr (cmq_release_get_paragraphs (release)[0], ==, "Dames en heren,");
  g_assert_cmpstr (cmq_release_get_paragraphs (quoted)[0], ==,
                   "\"We built this bridge together for them.\"");
}

/* A list introduced by a colon goes on under items that end with a semicolon ("het nationaal
 * belang;", "onze prioriteiten; en"): none of them is a caption. */
static void
test_semicolon_list (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Minister opens the conference on the rivers\n\n"
      "Ik dank u voor uw komst naar deze conferentie over de rivieren van het noorden en het "
      "zuiden.\n\n"
      "Daarom wil ik nu met u spreken over:\n\n"
      "de wijze waarop wij de rivieren beheren;\n\n"
      "het waterbeleid;\n\n"
      "onze prioriteiten; en\n\n"
      "de weg waarlangs het waterbeleid gemaakt moet worden.\n");

  g_assert_cmpuint (n_paragraphs (release), ==, 6);
  g_assert_cmpstr (cmq_release_get_paragraphs (release)[4], ==, "onze prioriteiten; en");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/note-heading", test_note_heading);
  g_test_add_func ("/importer/notice-after-story", test_notice_after_story);
  g_test_add_func ("/importer/dated-list-after-story", test_dated_list_after_story);
  g_test_add_func ("/importer/sidebar-after-story", test_sidebar_after_story);
  g_test_add_func ("/importer/headline-with-full-stop", test_headline_with_full_stop);
  g_test_add_func ("/importer/links-at-story-end", test_links_at_story_end);
  g_test_add_func ("/importer/link-tail", test_link_tail);
  g_test_add_func ("/importer/lone-bullet-headline", test_lone_bullet_headline);
  g_test_add_func ("/importer/tool-tail", test_tool_tail);
  g_test_add_func ("/importer/capitals-copy-headline", test_capitals_copy_headline);
  g_test_add_func ("/importer/speech-motto", test_speech_motto);
  g_test_add_func ("/importer/semicolon-list", test_semicolon_list);
  return g_test_run ();
}
