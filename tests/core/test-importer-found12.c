/* test-importer-found12.c: the importer on synthetic pages that carry what the twelfth held-out
 * set (tests/fixtures/heldout12) showed: a place and its date alone on a line above a short
 * headline ("Paris, le 7 janvier 2015" over "La République blessée"); a site's notice about
 * personal data, with its accept button, above the release's headline; a speech's salutation of
 * several lines under its opening paragraph; a repost's line saying that the full text follows;
 * a speech's salutation above its first paragraph holding lines with no punctuation.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

/* "Paris, le 7 janvier 2015" over "La République blessée" (heldout12 ldh-01): a dateline, a place
 * and its date alone, above a headline shorter than it is the page's dateline, not a headline
 * ending with its date over a subtitle. */
static void
test_dateline_over_short_headline (void)
{
  static const struct
  {
    const char *dateline;
    const char *headline;
    const char *story;
  } cases[] = {
    { "Paris, le 7 janvier 2015", "La République blessée",
      "La Ligue condamne avec la plus grande force l'assassinat de douze personnes dans les locaux "
      "d'un journal.\n\nRien ne peut justifier une telle violence." },
    { "Geneva, 7 January 2015", "Freedom under attack",
      "The League condemns in the strongest terms the killing of twelve people in the offices of "
      "a newspaper.\n\nNothing can justify such violence." },
    { "Madrid, 7 de enero de 2015", "La libertad herida",
      "La Liga condena con la mayor firmeza el asesinato de doce personas en la redacción de un "
      "periódico.\n\nNada puede justificar semejante violencia." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (cases[i].dateline, "\n\n\n", cases[i].headline, "\n\n\n",
                                           cases[i].story, "\n", NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, cases[i].headline);
      g_assert_cmpstr (cmq_release_get_date (release), ==, "2015-01-07");
      g_assert_cmpuint (n_paragraphs (release), ==, 2);
    }
}

/* A headline holding its date over a shorter line stays the headline ("… del 22 giugno 2017" over
 * "Consiglio europeo"): only a place and a date alone are a dateline. */
static void
test_dated_headline_over_subtitle_stays (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Osservazioni del presidente sulle riunioni del Consiglio del 22 giugno 2017\n\n"
      "Consiglio europeo\n\n"
      "Innanzitutto, i leader hanno discusso di terrorismo, che rimane una grave minaccia. Siamo "
      "fermamente decisi a proteggere i nostri cittadini.\n\n"
      "Il Consiglio ha convenuto di intensificare gli sforzi.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Osservazioni del presidente sulle riunioni del Consiglio del 22 giugno 2017");
}

/* A site's notice about the reader's personal data and its accept button above the headline
 * (heldout12 mon-pl-01): leading chrome; the story starts under the headline, and the notice's
 * dates (the GDPR's) are not the release's. */
static void
test_data_notice_above_head (void)
{
  static const struct
  {
    const char *notice;
    const char *headline;
  } cases[] = {
    { "Od 25 maja 2018 r. obowiązuje w Polsce Rozporządzenie (UE) 2016/679 w sprawie ochrony osób "
      "fizycznych w związku z przetwarzaniem danych osobowych (RODO).\n\n"
      "Prosimy o zaakceptowanie warunków przetwarzania danych osobowych przez wydawcę – Akceptuję",
      "Nowy szef sztabu powołany" },
    { "Since 25 May 2018 the General Data Protection Regulation (GDPR) applies to the personal "
      "data "
      "we process about the readers of this site.\n\n"
      "Please read how we use cookies and your personal data, then click I accept to go on.",
      "New chief of staff appointed" },
    { "Depuis le 25 mai 2018, le règlement général sur la protection des données (RGPD) encadre "
      "le traitement de vos données personnelles sur ce site.\n\n"
      "En cliquant sur J'accepte, vous donnez votre consentement à l'usage des cookies.",
      "Un nouveau chef d'état-major nommé" },
  };
  static const char *story =
      "The President appointed the new chief of staff today, at a ceremony held at the palace in "
      "the presence of the ministers.\n\n"
      "The chief of staff thanked the President and the armed forces for their trust.\n";

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat ("site tagline\n", cases[i].notice, "\n\n",
                                           cases[i].headline, "\n\n", story, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, cases[i].headline);
      g_assert_null (cmq_release_get_date (release));
      g_assert_cmpuint (n_paragraphs (release), ==, 2);
      g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "The President"));
    }
}

/* A release about personal data that asks nobody to accept anything keeps its lead, heading or
 * not under it. */
static void
test_data_story_stays (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "The Commission today proposed new rules on the personal data that online platforms keep "
      "about their users, and on the cookies they set.\n\n"
      "Background\n\n"
      "The General Data Protection Regulation has applied since 25 May 2018 across the Union.\n");

  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "The Commission"));
}

/* A salutation of several lines under a speech's opening paragraph ("Madam President," /
 * "Distinguished Members of the Executive Board," / "Dear colleagues, dear friends,", heldout12
 * unfpa-01) is the speech's, kept whole: no line of it is a caption. */
static void
test_salutation_block_under_opening (void)
{
  static const char *blocks[] = {
    "Madam President,\nDistinguished Members of the Executive Board,\nDear colleagues, dear "
    "friends,",
    "Madame la Présidente,\nMesdames et Messieurs les membres du Conseil,\nChers collègues,",
    "Señora Presidenta,\nDistinguidos miembros de la Junta Ejecutiva,\nQueridos colegas,",
  };

  for (guint i = 0; i < G_N_ELEMENTS (blocks); i++)
    {
      g_autofree char *text = g_strconcat (
          "Statement of the Director to the Board\n\n"
          "Greetings! As we begin, I invite you to view a short film we have prepared for you.\n\n",
          blocks[i],
          "\n\nI am pleased to be here with you for this session of the Board, and I thank the "
          "Bureau for its support.\n\n"
          "This vision remains at the heart of all we do even as we adapt to a changing world.\n",
          NULL);
      g_autoptr (CmqRelease) release = import_ok (text);
      g_auto (GStrv) lines = g_strsplit (blocks[i], "\n", -1);

      g_assert_cmpuint (n_paragraphs (release), ==, 6);
      for (guint k = 0; k < 3; k++)
        g_assert_cmpstr (cmq_release_get_paragraphs (release)[1 + k], ==, lines[k]);
    }
}

/* A repost's one sentence saying that the full text follows, over the speech (heldout12
 * polizia-to-01: "Pubblichiamo il discorso integrale del questore …"): not the story's lead. */
static void
test_full_text_intro (void)
{
  static const char *intros[] = {
    "Pubblichiamo il discorso integrale del questore per l'anniversario della fondazione della "
    "Polizia.",
    "We publish below the full text of the speech the Chief Constable gave at the ceremony.",
    "Voici le texte intégral du discours prononcé par le préfet lors de la cérémonie.",
    "Wir dokumentieren die Rede des Polizeipräsidenten im Wortlaut.",
  };
  static const char *speech =
      "Last year our attention turned above all to the presence of our officers in every district "
      "of the city, at the hours when people feel least safe.\n\n"
      "We have therefore changed the way the operations room works, and the results are good.\n";

  for (guint i = 0; i < G_N_ELEMENTS (intros); i++)
    {
      g_autofree char *text = g_strconcat ("The Chief Constable reviews a year of work\n\n",
                                           intros[i], "\n\n", speech, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==,
                       "The Chief Constable reviews a year of work");
      g_assert_cmpuint (n_paragraphs (release), ==, 2);
      g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "Last year"));
    }
}

/* A lead that reports someone publishing a full text stays the lead. */
static void
test_published_full_text_lead_stays (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Agreement published\n\n"
      "The Commission today published the full text of the agreement, which the Council will "
      "examine next month.\n\n"
      "The agreement covers trade in goods and services between the two parties.\n");

  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "The Commission"));
}

/* "Mr. President," / "Excellencies and Distinguished Members of the Executive Board" /
 * "Colleagues and friends" / "Ladies and Gentlemen:" over the first paragraph (heldout12
 * unfpa-02): the lines with no punctuation between the salutation's other lines are the
 * salutation's, not the headline, which stands above it; the story starts at the salutation. */
static void
test_bare_salutation_lines (void)
{
  static const char *salutations[] = {
    "Mr. President,\n\nExcellencies and Distinguished Members of the Executive Board\n\n"
    "Colleagues and friends\n\nLadies and Gentlemen:",
    "Monsieur le Président,\n\nMesdames et Messieurs les membres du Conseil\n\n"
    "Chers collègues\n\nMesdames et Messieurs,",
  };

  for (guint i = 0; i < G_N_ELEMENTS (salutations); i++)
    {
      g_autofree char *text = g_strconcat (
          "Statement\n\n26 June 2012\n\nDirector's Statement to the Board\n\n", salutations[i],
          "\n\nI am delighted to be here with you and I look forward to another open discussion on "
          "the work of the Fund over the past year.\n\n"
          "Let me begin by introducing the new members of my team.\n",
          NULL);
      g_autoptr (CmqRelease) release = import_ok (text);
      g_auto (GStrv) first = g_strsplit (salutations[i], "\n", 2);

      g_assert_cmpstr (cmq_release_get_title (release), ==, "Director's Statement to the Board");
      g_assert_cmpstr (cmq_release_get_date (release), ==, "2012-06-26");
      g_assert_cmpstr (cmq_release_get_paragraphs (release)[0], ==, first[0]);
    }
}

/* The bare lines of such a salutation are kept in the story, not dropped as captions; a run of
 * short bare lines with no salutation line next to them still goes. */
static void
test_bare_salutation_lines_kept (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Director's Statement to the Board\n\n"
      "Good morning, and thank you all for coming to this session of the Board today.\n\n"
      "Mr. President,\n\nExcellencies and Distinguished Members of the Executive Board\n\n"
      "Colleagues and friends\n\nLadies and Gentlemen:\n\n"
      "I am delighted to be here with you and I look forward to another open discussion on the "
      "work of the Fund over the past year.\n\n"
      "The photo of the Board\n\nThe members at the session\n\n"
      "Let me begin by introducing the new members of my team, who joined us this year.\n");
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpuint (n_paragraphs (release), ==, 7);
  g_assert_cmpstr (paragraphs[2], ==,
                   "Excellencies and Distinguished Members of the Executive Board");
  g_assert_cmpstr (paragraphs[3], ==, "Colleagues and friends");
  g_assert_true (g_str_has_prefix (paragraphs[6], "Let me begin"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/dateline-over-short-headline", test_dateline_over_short_headline);
  g_test_add_func ("/importer/dated-headline-over-subtitle-stays",
                   test_dated_headline_over_subtitle_stays);
  g_test_add_func ("/importer/data-notice-above-head", test_data_notice_above_head);
  g_test_add_func ("/importer/data-story-stays", test_data_story_stays);
  g_test_add_func ("/importer/salutation-block-under-opening", test_salutation_block_under_opening);
  g_test_add_func ("/importer/full-text-intro", test_full_text_intro);
  g_test_add_func ("/importer/published-full-text-lead-stays", test_published_full_text_lead_stays);
  g_test_add_func ("/importer/bare-salutation-lines", test_bare_salutation_lines);
  g_test_add_func ("/importer/bare-salutation-lines-kept", test_bare_salutation_lines_kept);
  return g_test_run ();
}
