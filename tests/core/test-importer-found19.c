/* test-importer-found19.c: the importer on synthetic pages that carry what the sixteenth
 * held-out set (tests/fixtures/heldout16) showed blind: a site's notice that it uses cookies and
 * asks the reader to accept them, after the story; a line telling how long ago the story was
 * published, under its headline; a picture's caption naming what it shows ("Headshot of …"); the press office's name alone
 * between the headline and the story; a press release's kind and date joined by the word for
 * "of", on the first line; an agency item's dash before its first sentence; related items' titles under the story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

/* A headline, its date and a story of two paragraphs. */
#define CONDEMNS_HEADLINE "The Ministry condemns the act of vandalism against a consulate"
#define CONDEMNS_LAST                                                                              \
  "The Ministry is confident that the perpetrators of this act will be found and brought to "      \
  "justice."
#define CONDEMNS_STORY                                                                             \
  CONDEMNS_HEADLINE "\n\n07 July 2021 News\n\n"                                                    \
                    "The Ministry of Foreign Affairs strongly condemns the act of vandalism "      \
                    "against the Honorary "                                                        \
                    "Consulate in Plovdiv.\n\n" CONDEMNS_LAST "\n\n"

/* The last paragraph of the release. */
static const char *
last_paragraph (CmqRelease *release)
{
  const char *const *paragraphs = cmq_release_get_paragraphs (release);
  guint n = g_strv_length ((char **) paragraphs);

  g_assert_cmpuint (n, >, 0);
  return paragraphs[n - 1];
}

/* "This site uses cookies. By accepting cookies you can optimise your browsing experience." then
 * its buttons (heldout16 bulgaria-01): the site's notice that it uses cookies, asking the reader
 * to accept them, is not the story's end, in the languages the importer reads; a sentence of the
 * story about a site's cookies stays. */
static void
test_cookie_notice_to_accept (void)
{
  static const char *const notices[] = {
    "This site uses cookies. By accepting cookies you can optimise your browsing experience.",
    "Ce site utilise des cookies. En acceptant les cookies, vous améliorez votre navigation.",
    "Diese Website verwendet Cookies. Bitte akzeptieren Sie die Cookies.",
    "Questo sito utilizza cookies. Accettando i cookies migliori la navigazione.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (notices); i++)
    {
      g_autofree char *text =
          g_strconcat (CONDEMNS_STORY, notices[i], "\n\nAccept Refuse More", NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (last_paragraph (release), ==, CONDEMNS_LAST);
    }
  {
    static const char *const story =
        "The regulator found that the site uses cookies without asking its readers, and it "
        "ordered the company to stop accepting payments until it complies.";
    g_autofree char *text = g_strconcat (CONDEMNS_STORY, story, NULL);
    g_autoptr (CmqRelease) release = import_ok (text);

    g_assert_cmpstr (last_paragraph (release), ==, story);
  }
}

/* "Defense Ministry: military threat in Latvia remains low" / "Take note – story published 2
 * years and 2 months ago" (heldout16 lsm-01): a line telling how long ago the page was published
 * or updated is never the headline, in the languages the importer reads; a headline that speaks
 * of years ago stays. */
static void
test_relative_age_line (void)
{
  static const char *const ages[] = {
    "Take note – story published 2 years and 2 months ago",
    "Published 3 days ago",
    "Posted 5 hours ago",
    "Publié il y a 2 ans",
    "Vor 3 Tagen veröffentlicht",
    "Pubblicato 2 giorni fa",
    "Publicado hace 4 meses",
    "2 jaar geleden gepubliceerd",
  };
  static const char *const headline = "Defense Ministry: military threat in Latvia remains low";
  static const char *const story =
      "Although Russia has announced a partial mobilization, the level of military threat remains "
      "low in Latvia, the Ministry of Defense said in a release on September 21.\n\n"
      "Latvia is working closely with NATO allies in continuous monitoring and assessment of the "
      "situation, according to the statement.\n";

  for (guint i = 0; i < G_N_ELEMENTS (ages); i++)
    {
      g_autofree char *text = g_strconcat (headline, "\n\n", ages[i], "\n\n", story, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, headline);
    }
  {
    static const char *const old = "Ministry published its 2 reports on the war years ago";
    g_autofree char *text = g_strconcat (old, "\n\n", story, NULL);
    g_autoptr (CmqRelease) release = import_ok (text);

    g_assert_cmpstr (cmq_release_get_title (release), ==, old);
  }
}

/* "New chair of the Chatham House Council is appointed", its kind and date lines, then
 * "Headshot of Nigel Sheinwald" over the story (heldout16 chathamhouse-01): a line naming a
 * picture's type and whom it shows is the picture's caption, never the headline nor the story,
 * in the languages the importer reads; a headline opening with such a word stays. */
static void
test_picture_of_caption (void)
{
  static const char *const captions[] = {
    "Headshot of Nigel Sheinwald", "Photo of the Minister of Defence", "Picture of Nigel Sheinwald",
    "Photo de Nigel Sheinwald",    "Foto di Nigel Sheinwald",          "Foto von Nigel Sheinwald",
  };
  static const char *const headline = "New chair of the Chatham House Council is appointed";
  static const char *const story =
      "Sir Nigel brings experience of a distinguished diplomatic career, extensive board "
      "experience and experience in higher education.\n\n"
      "His previous posts include UK ambassador to the US and foreign policy adviser to the "
      "prime minister.\n";

  for (guint i = 0; i < G_N_ELEMENTS (captions); i++)
    {
      g_autofree char *text = g_strconcat (headline, "\n\nNews release\nPublished 30 June 2021\n\n",
                                           captions[i], "\n\n", story, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, headline);
      g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "Sir Nigel"));
    }
  {
    static const char *const picture = "Picture of Health Shows Gains Across the Region";
    g_autofree char *text = g_strconcat (picture, "\n\n", story, NULL);
    g_autoptr (CmqRelease) release = import_ok (text);

    g_assert_cmpstr (cmq_release_get_title (release), ==, picture);
  }
}

/* "New chair …", the kind and date lines, then "Press Office" alone over the story (heldout16
 * chathamhouse-01): the issuing office's name is never the headline, in the languages the
 * importer reads; a headline naming a press office in a sentence stays. */
static void
test_press_office_label (void)
{
  static const char *const labels[] = {
    "Press Office",      "Press and Information Office",
    "Service de presse", "Pressestelle",
    "Ufficio stampa",    "Oficina de Prensa",
    "Persdienst",
  };
  static const char *const headline = "New chair of the Chatham House Council is appointed";
  static const char *const story =
      "Sir Nigel brings experience of a distinguished diplomatic career, extensive board "
      "experience and experience in higher education.\n\n"
      "His previous posts include UK ambassador to the US and foreign policy adviser to the "
      "prime minister.\n";

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autofree char *text = g_strconcat (headline, "\n\nNews release\nPublished 30 June 2021\n\n",
                                           labels[i], "\n\n", story, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, headline);
    }
  {
    static const char *const office = "Press Office Moves to the New Building";
    g_autofree char *text = g_strconcat (office, "\n\n", story, NULL);
    g_autoptr (CmqRelease) release = import_ok (text);

    g_assert_cmpstr (cmq_release_get_title (release), ==, office);
  }
}

/* "Pressemitteilung vom 25. März 2025" as the dump's first line (heldout16 joswig-01): a press
 * release's kind, the word for "of" and its date is the release-date line, never the headline,
 * in the languages the importer reads; the headline under it is the title, and with none the
 * release has no headline of its own. */
static void
test_kind_of_date_line (void)
{
  static const char *const lines[] = {
    "Pressemitteilung vom 25. März 2025",
    "Press release of 25 March 2025",
    "Communiqué de presse du 25 mars 2025",
    "Comunicato stampa del 25 marzo 2025",
  };
  static const char *const headline = "Parliament elects its new president";
  static const char *const story =
      "The new parliament met today for the first time, and its oldest member opened the sitting "
      "at eleven.\n\nThe members then elected the president of the house by a large majority.\n";

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree char *headed = g_strconcat (lines[i], "\n\n", headline, "\n\n", story, NULL);
      g_autofree char *bare = g_strconcat (lines[i], "\n\n", story, NULL);
      g_autoptr (CmqRelease) release = import_ok (headed);
      g_autoptr (CmqRelease) headless = import_ok (bare);

      g_assert_cmpstr (cmq_release_get_title (release), ==, headline);
      g_assert_cmpstr (cmq_release_get_date (release), ==, "2025-03-25");
      g_assert_false (cmq_release_get_headline_found (headless));
      g_assert_cmpstr (cmq_release_get_date (headless), ==, "2025-03-25");
    }
}

/* "- Il vicepremier … ha partecipato oggi alla cerimonia … (Res)" (heldout16 agenzianova-01): the
 * dash an agency's item keeps before its first sentence, its dateline gone, is not the story's;
 * a page opening with a list of short items after dashes keeps them. */
static void
test_opening_dash (void)
{
  static const char *const lead =
      "Il vicepremier e ministro degli Affari esteri, Antonio Tajani, ha partecipato oggi alla "
      "cerimonia di giuramento dei segretari di legazione, alla Farnesina. \"Giovani diplomatici "
      "che entrano in carriera\", scrive Tajani su Twitter.(Res)";
  static const char *const dashes[] = { "- ", "– " };

  for (guint i = 0; i < G_N_ELEMENTS (dashes); i++)
    {
      g_autofree char *text = g_strconcat (dashes[i], lead, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_paragraphs (release)[0], ==, lead);
    }
  {
    static const char *const list = "- Home\n- News\n- Contact\n\nMinister visits troops\n\n"
                                    "The Minister visited the troops deployed abroad today and "
                                    "thanked them for their service.\n";
    g_autoptr (CmqRelease) release = import_ok (list);

    g_assert_cmpstr (cmq_release_get_title (release), ==, "Minister visits troops");
  }
}

/* "German Justice Minister: “…”" and "Deputy Prime Minister … conferred in Berlin with …", one
 * a line under the story, then the name of an agency (heldout16 bulgaria-02): a block of related
 * items' titles is not the story's end; a list that the story's last sentence announces with a
 * colon, and a paragraph cut short over a caption (a mutant of the golden dump), stay. */
static void
test_related_title_block (void)
{
  static const char *const head =
      "Position of the Ministry of Foreign Affairs in connection with the terrorist act in "
      "Kabul\n\n"
      "The Ministry of Foreign Affairs categorically condemns today’s terrorist act in Kabul and "
      "expresses its deep empathy with the families of those killed.\n\n";
  static const char *const last =
      "The Ministry yet again stresses the need of comprehensive actions being urgently taken at "
      "the global level.";
  static const char *const titles =
      "German Justice Minister: “Progress in the judicial reform is visible to all in the Union”\n"
      "Deputy Prime Minister conferred in Berlin with her German counterpart Sigmar Gabriel\n\n"
      " Държавна агенция за българите в чужбина";
  g_autofree char *text = g_strconcat (head, last, "\n\n", titles, NULL);
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (last_paragraph (release), ==, last);
  /* a paragraph cut short in the copy, over a picture's caption, is the story's */
  {
    static const char *const cut =
        "As a sign of solidarity across the Alliance, more than half a million troops have "
        "supported the response to date, setting up almost 100 field hosp";
    g_autofree char *cut_text =
        g_strconcat (head, last, "\n\n", cut,
                     "\nJens Stoltenberg, Secretary General of NATO, at the meeting. 0\nit", NULL);
    g_autoptr (CmqRelease) cut_release = import_ok (cut_text);

    g_assert_cmpstr (last_paragraph (cut_release), ==, cut);
  }
  {
    static const char *const list =
        "Strengthening the deterrence and defence posture of the Alliance on its eastern flank in "
        "the years ahead\n"
        "Support to Ukraine in the face of the continuing aggression and the reconstruction of its "
        "defence industry";
    g_autofree char *listed =
        g_strconcat (head, "The ministers will discuss the following topics:\n\n", list, NULL);
    g_autoptr (CmqRelease) announced = import_ok (listed);

    g_assert_true (strstr (last_paragraph (announced), "Support to Ukraine") != NULL);
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/cookie-notice-to-accept", test_cookie_notice_to_accept);
  g_test_add_func ("/importer/relative-age-line", test_relative_age_line);
  g_test_add_func ("/importer/picture-of-caption", test_picture_of_caption);
  g_test_add_func ("/importer/press-office-label", test_press_office_label);
  g_test_add_func ("/importer/kind-of-date-line", test_kind_of_date_line);
  g_test_add_func ("/importer/opening-dash", test_opening_dash);
  g_test_add_func ("/importer/related-title-block", test_related_title_block);
  return g_test_run ();
}
