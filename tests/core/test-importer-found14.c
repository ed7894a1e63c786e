/* test-importer-found14.c: the importer on synthetic pages that carry what the fourteenth
 * held-out set (tests/fixtures/heldout14) showed: the site's notice that it uses cookies as the
 * dump's last paragraph, after the story; a release date with slashes and a two-figure year
 * under a "Date:" label; a lead that opens with an abbreviated first name; a subheading with only
 * a picture under it, its caption and credit, at the dump's end; a greeting opening a speech;
 * the organisation's note under "Om oss"; a one-sentence story in Norwegian; the long lines of
 * a speech's salutation.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define COOKIE_STORY                                                                               \
  "Attack on an embassy\n\n"                                                                       \
  "The government firmly condemns the artillery attack that the embassy suffered today and "       \
  "hopes that those responsible will be brought to justice.\n\n"                                   \
  "It recalls the inviolability of diplomatic missions abroad, a basic principle of "              \
  "international law.\n\n"

/* The last paragraph of the dump says that the site uses cookies and points to its policy or
 * settings, in the language of the site, which may not be the story's (heldout14 exteriores-01):
 * it is not the story's end. */
static void
test_cookie_notice_at_end (void)
{
  static const char *const notices[] = {
    "Ce site web utilise des cookies internes et des cookies tiers qui permettent d’assurer son "
    "fonctionnement. Plus d'informations dans notre Politique de cookies.",
    "This website uses cookies to improve your experience. You can change your cookie settings "
    "at any time.",
    "Diese Website verwendet Cookies. Weitere Informationen finden Sie in unserer "
    "Datenschutzerklärung und den Cookie-Richtlinie.",
    "Este sitio web utiliza cookies propias y de terceros. Más información en nuestra política "
    "de cookies.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (notices); i++)
    {
      g_autofree char *text = g_strconcat (COOKIE_STORY, notices[i], NULL);
      g_autoptr (CmqRelease) release = import_ok (text);
      const char *const *paragraphs = cmq_release_get_paragraphs (release);
      guint n = g_strv_length ((char **) paragraphs);

      g_assert_cmpuint (n, >, 0);
      g_assert_true (g_str_has_prefix (paragraphs[n - 1], "It recalls the inviolability"));
    }
}

/* A story's last paragraph that tells of a site's cookies without being the site's notice (no
 * policy, no settings) stays the story's. */
static void
test_cookie_story_stays (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Regulator fines an online shop\n\n"
      "The data protection authority today fined an online shop for tracking its customers "
      "without asking them first.\n\n"
      "The authority found that the shop uses cookies to follow its customers across other "
      "sites, which the law forbids without their consent.\n");
  const char *const *paragraphs = cmq_release_get_paragraphs (release);
  guint n = g_strv_length ((char **) paragraphs);

  g_assert_cmpuint (n, >, 0);
  g_assert_true (g_str_has_prefix (paragraphs[n - 1], "The authority found"));
}

/* "Date: " over "08/26/19" under the headline (heldout14 romania-01): a release-date line with
 * slashes and a two-figure year is read when one of the first two figures is above 12 and tells
 * which is the month; an ambiguous one stays unread, as ever. */
static void
test_slashed_short_year (void)
{
  static const struct
  {
    const char *date;
    const char *expected;
  } cases[] = {
    { "08/26/19", "2019-08-26" },
    { "26/08/19", "2019-08-26" },
    { "05/06/19", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (
          "Speech of the Minister at the annual meeting of the diplomats\n\nDate: \n",
          cases[i].date,
          "\n\nGood morning and welcome to the annual meeting, where we look back on the year "
          "and forward to the next one.\n\n"
          "I want to thank every one of you for the work done in the embassies this year.\n",
          NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_date (release), ==, cases[i].expected);
    }
}

/* A lead whose first word ends with a full stop that no list knows as an abbreviation, as a
 * transcript's speaker in capitals after an abbreviated first name (heldout14 greece-01: "Αl.
 * PAPAIOANNOU: Good morning."): the title is never that one word. */
static void
test_title_not_one_abbreviated_word (void)
{
  static const char *const leads[] = {
    "Αl. PAPAIOANNOU: Good morning. Have a wonderful month, and welcome to the briefing.",
    "Chr. MÜLLER: Thank you for coming. We begin with the situation in the region today.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (leads); i++)
    {
      g_autofree char *text = g_strconcat (
          leads[i],
          "\n\nThe minister has been on a tour of the region since last week, and will go on to "
          "two more capitals before the summit.\n",
          NULL);
      g_autoptr (CmqRelease) release = import_ok (text);
      const char *title = cmq_release_get_title (release);

      g_assert_cmpuint (strlen (title), >, 10);
      g_assert_nonnull (strchr (title, ' '));
    }
}

/* A headline's end cut into a paragraph of its own under it, a few words opening in lower case
 * ("worth SEK 183 m.", heldout14 saab-02), is not the story's lead; a longer paragraph in lower
 * case there stays the story's. */
static void
test_headline_tail_not_lead (void)
{
  static const struct
  {
    const char *head;
    const char *first;
  } cases[] = {
    { "Major order for the shipyard - collaboration with a Canadian maker\n\nworth EUR 40 m.",
      "The shipyard has won" },
    { "Große Bestellung für die Werft aus Kanada\n\nim Wert von 40 Mio. Euro",
      "The shipyard has won" },
    { "Major order for the shipyard\n\nworth EUR 40 m. and more work for the yard's people this "
      "year.",
      "worth EUR 40 m. and more" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (
          cases[i].head,
          "\n\nThe shipyard has won an order worth EUR 40 m. from a Canadian maker of aircraft, "
          "and will rebuild two of its amphibious aircraft over the next three years.\n\n"
          "The work will take three years and the yard expects to hire about twenty people.\n",
          NULL);
      g_autoptr (CmqRelease) release = import_ok (text);
      const char *const *paragraphs = cmq_release_get_paragraphs (release);

      g_assert_true (g_str_has_prefix (paragraphs[0], cases[i].first));
    }
}

/* "20 june / 2017" above the headline (heldout14 russia-01): a month in lower case between a day
 * and a year, and a year after a slash, are read; the line is the release's date, not its title.
 * A lower-case month with no year after it, or a word after the year, stays unread ("may" the
 * verb). */
static void
test_lower_case_slashed_date (void)
{
  static const struct
  {
    const char *date;
    const char *expected;
  } cases[] = {
    { "20 june / 2017", "2017-06-20" },
    { "20 June / 2017", "2017-06-20" },
    { "20 june 2017", "2017-06-20" },
    { "20 june", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (
          cases[i].date,
          "\n\nPress release on a ministerial session of the regional council\n\n"
          "A ministerial session of the council was held in the capital, with every member "
          "state's foreign minister taking part in it.\n\n"
          "The ministers agreed that the council remains a valuable forum for the region.\n",
          NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_date (release), ==, cases[i].expected);
      g_assert_true (g_str_has_prefix (cmq_release_get_title (release), "Press release on"));
    }
  {
    g_autoptr (CmqRelease) release = import_ok (
        "Ministers meet on the council\n\n"
        "Up to 20 may 2000 people took part in the session of the council, which was held in the "
        "capital this week.\n\n"
        "The ministers agreed that the council remains a valuable forum for the region.\n");

    g_assert_null (cmq_release_get_date (release));
  }
}

#define PICTURE_STORY                                                                              \
  "Army chief receives the minister\n\n"                                                           \
  "The minister of defence visits the army command on Monday. The chief of the army briefs the "   \
  "minister on the situation and the army's current topics.\n\n"                                   \
  "A civilian and a soldier walk down a corridor.\n\n"                                             \
  "The chief of the army welcomes the minister at the command.\n\n"                                \
  "Army/Max Schulz\n\n"                                                                            \
  "The command has been based in the town since 2012. It plans, leads and steers the army, and "   \
  "its staff are the ministry's partners in all matters of the army.\n\n"

/* A subheading, then only a picture to the dump's end (heldout14 bundeswehr-01, the copy cut
 * under it): its alternative text and caption, and its credit, marked or written under a picture
 * above. The section's own text is not in the dump: the story ends above the subheading. */
static void
test_picture_tail_at_end (void)
{
  static const char *const tails[] = {
    "How the army's leaders work\n\n"
    "A civilian speaks with a person out of sight. Four soldiers stand around her.\n\n"
    "On a tour the minister sees the work of the soldiers at the army's highest command.\n\n"
    "Army/Max Schulz",
    "How the army's leaders work\n\n"
    "On a tour the minister sees the work of the soldiers at the army's highest command.\n\n"
    "Foto: Bundeswehr/Max Schulz",
    "So arbeitet die Heeresspitze\n\n"
    "Bei einem Rundgang erhält die Ministerin einen Einblick in die Arbeit der Soldaten.\n\n"
    "© Bundeswehr",
  };

  for (guint i = 0; i < G_N_ELEMENTS (tails); i++)
    {
      g_autofree char *text = g_strconcat (PICTURE_STORY, tails[i], NULL);
      g_autoptr (CmqRelease) release = import_ok (text);
      const char *const *paragraphs = cmq_release_get_paragraphs (release);
      guint n = g_strv_length ((char **) paragraphs);

      g_assert_cmpuint (n, >, 0);
      g_assert_true (g_str_has_prefix (paragraphs[n - 1], "The command has been based"));
    }
}

/* Under a subheading, a story paragraph longer than a caption, or a short one over a credit of
 * a name's shape that no picture above has, stays the story's. */
static void
test_picture_tail_story_stays (void)
{
  static const char *const tails[] = {
    "How the army's leaders work\n\n"
    "The chief of the army leads some 60,000 soldiers and civilians of the army and answers "
    "for their readiness, for their training and for their equipment, from the command in the "
    "town, where the minister saw how its staff plan the operations of the coming year.\n\n"
    "Foto: Bundeswehr",
    "How the army's leaders work\n\n"
    "The chief of the army leads some 60,000 soldiers from the command.\n\n"
    "Army/Anna Berg",
  };

  for (guint i = 0; i < G_N_ELEMENTS (tails); i++)
    {
      g_autofree char *text = g_strconcat (PICTURE_STORY, tails[i], NULL);
      g_autoptr (CmqRelease) release = import_ok (text);
      const char *const *paragraphs = cmq_release_get_paragraphs (release);
      guint n = g_strv_length ((char **) paragraphs);
      gboolean found = FALSE;

      for (guint k = 0; k < n; k++)
        found = found || g_str_has_prefix (paragraphs[k], "The chief of the army leads");
      g_assert_true (found);
    }
}

/* "Bonjour et bienvenue!" over a speech's salutation (heldout14 romania-01): a spoken greeting
 * opens the speech, in any of the languages the importer reads; it is the story's first line,
 * never the title, which stands above it. */
static void
test_greeting_not_title (void)
{
  static const char *const speeches[] = {
    "Speech of the Minister of Foreign Affairs at the opening of the annual meeting of "
    "diplomats\n\nGood morning and welcome!\n\nMr President of the Senate,\n\nDear members of "
    "Parliament,\n\n",
    "Discours du ministre à l'ouverture de la réunion annuelle de la diplomatie\n\nBonjour et "
    "bienvenue!\n\nMonsieur le Président du Sénat,\n\nChers membres du Parlement,\n\n",
    "Rede des Ministers zur Eröffnung der jährlichen Konferenz der Diplomaten\n\nGuten Tag!\n\n"
    "Sehr geehrter Herr Präsident,\n\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (speeches); i++)
    {
      g_autofree char *text = g_strconcat (
          speeches[i],
          "I could not begin without recalling that since our last annual meeting a diplomat of "
          "the first rank, a perfect man and a mentor, has left us.\n\n"
          "I have recently taken up the office of minister, a task that obliges and honours me, "
          "and I have come to know the professionalism of the staff.\n",
          NULL);
      g_autoptr (CmqRelease) release = import_ok (text);
      const char *const *paragraphs = cmq_release_get_paragraphs (release);
      g_autofree char *head = g_strndup (speeches[i], strcspn (speeches[i], "\n"));
      g_autofree char *greeting = g_strndup (speeches[i] + strlen (head) + 2,
                                             strcspn (speeches[i] + strlen (head) + 2, "\n"));

      g_assert_cmpstr (cmq_release_get_title (release), ==, head);
      g_assert_cmpstr (paragraphs[0], ==, greeting);
    }
}

/* "Om oss", "About us" under the story, then the organisation's description (heldout14
 * norway-01, a newswire's note on the ministry): a heading that says "us" for the name opens the
 * organisation's note, not a section of the story. */
static void
test_about_us_note (void)
{
  static const char *const headings[] = { "Om oss", "About us", "Über uns", "Over ons" };

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      g_autofree char *text = g_strconcat (
          "Ministers meet on the council\n\n"
          "The minister and the chief of defence will hold a press conference at the museum at "
          "noon today on the situation in the region.\n\n",
          headings[i],
          "\n\nThe ministry is a government office responsible for shaping and carrying out the "
          "country's security and defence policy. It oversees the agencies under it.\n",
          NULL);
      g_autoptr (CmqRelease) release = import_ok (text);
      const char *const *paragraphs = cmq_release_get_paragraphs (release);

      g_assert_cmpuint (g_strv_length ((char **) paragraphs), ==, 1);
      g_assert_true (g_str_has_prefix (paragraphs[0], "The minister and the chief"));
    }
}

/* A one-sentence story in Norwegian, Danish or Dutch (heldout14 norway-01): "en", "om" and
 * "vil" count for the Scandinavian languages too, and a tie between Danish and Norwegian goes
 * to the one whose spelling the words show ("situasjonen", "situationen"). */
static void
test_scandinavian_one_sentence (void)
{
  static const struct
  {
    const char *sentence;
    const char *language;
  } cases[] = {
    { "Forsvarsministeren og forsvarssjefen vil holde en pressekonferanse i museet kl 1200 i dag "
      "om situasjonen i Afghanistan.",
      "no" },
    { "Forsvarsministeren og forsvarschefen vil holde en pressekonference i museet kl 12 i dag "
      "om situationen i Afghanistan.",
      "da" },
    { "De minister en de commandant houden vandaag om twaalf uur een persconferentie in het "
      "museum over de situatie in Afghanistan.",
      "nl" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat ("Pressekonferanse\n\n", cases[i].sentence, "\n", NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_language (release), ==, cases[i].language);
    }
}

/* A salutation of many lines, some of them longer than a short line of it ("Mesdames et
 * messieurs les ambassadeurs et consuls généraux de Roumanie,", heldout14 romania-01): a line
 * ending with a comma between two of its lines, one of the three short, is the speech's, not a
 * caption. */
static void
test_long_salutation_lines_stay (void)
{
  static const char *const salutation[] = {
    "Monsieur le Président du Sénat,",
    "Chers membres du Parlement,",
    "Mesdames et messieurs les ambassadeurs et consuls généraux de Roumanie,",
    "Mesdames et Messieurs les ambassadeurs accrédités à Bucarest,",
    "Chers représentants du corps diplomatique roumain et du corps diplomatique à Bucarest,",
    "Mesdames et Messieurs les députés européens,",
    "Honorable audience,",
  };
  g_autoptr (GString) text = g_string_new (
      "Discours du ministre à l'ouverture de la réunion annuelle de la diplomatie\n\n");
  g_autoptr (CmqRelease) release = NULL;
  const char *const *paragraphs;

  for (guint i = 0; i < G_N_ELEMENTS (salutation); i++)
    g_string_append_printf (text, "%s\n\n", salutation[i]);
  g_string_append (text, "Je ne pouvais pas commencer sans souligner que depuis la dernière "
                         "réunion annuelle un diplomate de tout premier rang nous a quittés.\n\n"
                         "Je voudrais vous inviter à garder un moment de silence à la mémoire "
                         "de notre collègue.\n");
  release = import_ok (text->str);
  paragraphs = cmq_release_get_paragraphs (release);
  for (guint i = 0; i < G_N_ELEMENTS (salutation); i++)
    g_assert_cmpstr (paragraphs[i], ==, salutation[i]);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/cookie-notice-at-end", test_cookie_notice_at_end);
  g_test_add_func ("/importer/cookie-story-stays", test_cookie_story_stays);
  g_test_add_func ("/importer/slashed-short-year", test_slashed_short_year);
  g_test_add_func ("/importer/title-not-one-abbreviated-word", test_title_not_one_abbreviated_word);
  g_test_add_func ("/importer/headline-tail-not-lead", test_headline_tail_not_lead);
  g_test_add_func ("/importer/lower-case-slashed-date", test_lower_case_slashed_date);
  g_test_add_func ("/importer/picture-tail-at-end", test_picture_tail_at_end);
  g_test_add_func ("/importer/picture-tail-story-stays", test_picture_tail_story_stays);
  g_test_add_func ("/importer/greeting-not-title", test_greeting_not_title);
  g_test_add_func ("/importer/about-us-note", test_about_us_note);
  g_test_add_func ("/importer/scandinavian-one-sentence", test_scandinavian_one_sentence);
  g_test_add_func ("/importer/long-salutation-lines-stay", test_long_salutation_lines_stay);
  return g_test_run ();
}
