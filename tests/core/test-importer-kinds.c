/* test-importer-kinds.c: the kind of release (issue 11) on synthetic pages, by class of what the
 * held-out sets showed missing: a kind word the lexicon lacked in some language, a kind label
 * between brackets or after a list's bullet, a qualifier before the kind in a headline
 * ("Opening statement"), a longer phrase of one kind beside a shorter one of another
 * ("Communiqué conjoint" a statement, "Communiqué" a press release), and a kind label beside its
 * issuer's acronym ("IOC News"), a long byline under the headline.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define HEADLINE "Les ministres adoptent un plan pour la vallée"
#define STORY                                                                                          \
  "Les ministres des États riverains ont adopté aujourd’hui un plan pour aider la vallée après " \
  "les crues du printemps.\n\n"                                                                        \
  "Ils se retrouveront à l’automne pour voir comment avancent les travaux sur les digues.\n"

/* A label line alone above the headline, in the languages of the European institutions. */
static void
test_kind_words_of_other_languages (void)
{
  static const struct
  {
    const char *label;
    const char *kind;
  } cases[] = {
    { "Communiqué", "press release" },
    { "Communiqué conjoint", "statement" },
    { "Joint Communiqué", "statement" },
    { "Nota de prensa", "press release" },
    { "Comunicado", "press release" },
    { "COMUNICADO 299", "press release" },
    { "Comunicado conjunto", "statement" },
    { "Nota à imprensa", "press release" },
    { "Presseinformation", "press release" },
    { "Informacja prasowa", "press release" },
    { "Gemeinsame Erklärung", "statement" },
    { "Declaración", "statement" },
    { "Declaração", "statement" },
    { "Réaction presse", "statement" },
    { "Intervention", "speech" },
    { "Conferencia de prensa", "transcript" },
    { "Entrevista", "transcript" },
    { "Notícias", "news story" },
    { "Notizie", "news story" },
    { "Nieuws", "news story" },
    { "Nachrichten", "news story" },
    { "Aktualności", "news story" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text =
          g_strconcat (cases[i].label, "\n\n" HEADLINE "\n\n12 mars 2019\n\n" STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_kind (release), ==, cases[i].kind);
      g_assert_cmpstr (cmq_release_get_title (release), ==, HEADLINE);
    }
}

/* "(Communiqué)" (heldout11 prefecture-po-01), "[RÉACTION PRESSE]" (heldout7 amnesty-01): the
 * kind alone between brackets, a label of the page and not its headline; a bracketed line that
 * is more than a kind stays what it was. */
static void
test_kind_label_in_brackets (void)
{
  static const struct
  {
    const char *label;
    const char *kind;
  } cases[] = {
    { "(Communiqué)", "press release" },
    { "[RÉACTION PRESSE]", "statement" },
    { "[Press release]", "press release" },
    { "(Discours)", "speech" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text =
          g_strconcat (cases[i].label, "\n\n" HEADLINE "\n\n12 mars 2019\n\n" STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_kind (release), ==, cases[i].kind);
      g_assert_cmpstr (cmq_release_get_title (release), ==, HEADLINE);
    }
}

/* "Opening Statement to the WFP Executive Board" (heldout8 wfp-01), "Introductory statement to
 * the press conference" (heldout6 ecb-01), "Keynote address at…": a qualifier before the kind
 * word that opens the headline. */
static void
test_qualified_kind_in_headline (void)
{
  static const struct
  {
    const char *headline;
    const char *kind;
  } cases[] = {
    { "Opening Statement to the Executive Board of the Agency", "statement" },
    { "Introductory statement to the press conference of the Council", "statement" },
    { "Keynote address at the conference of the river valleys", "speech" },
    { "Closing remarks at the meeting of the river commission", "speech" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (
          cases[i].headline, "\n\n12 March 2019\n\n",
          "The ministers of the river states today adopted a plan to help the valley after the "
          "spring floods.\n\nThey will meet again in the autumn to see how work on the dykes "
          "is going.\n",
          NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_kind (release), ==, cases[i].kind);
      g_assert_cmpstr (cmq_release_get_title (release), ==, cases[i].headline);
    }
}

/* "Defence Secretary address to staff" (heldout12 ukmod-02): the kind after a speaker of a few
 * words, addressed by the next word to its audience, or a statement on its topic (heldout34
 * eleccomm-01); a kind word further on, or a speech's noun before a topic, names nothing. */
static void
test_kind_after_speaker (void)
{
  static const struct
  {
    const char *headline;
    const char *kind;
  } cases[] = {
    { "Transport Minister address to the river commission", "speech" },
    { "Ministre des transports allocution devant la commission du fleuve", "speech" },
    { "River Commission chair remarks at the spring meeting", "speech" },
    { "Transport Minister statement on the spring floods", "statement" },
    { "Transport Minister intervention on the spring floods", NULL },
    { "Ministers of the river states address the spring floods", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (
          cases[i].headline, "\n\n12 March 2019\n\n",
          "The ministers of the river states today adopted a plan to help the valley after the "
          "spring floods.\n\nThey will meet again in the autumn to see how work on the dykes "
          "is going.\n",
          NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_kind (release), ==, cases[i].kind);
    }
}

/* "Staatskanzlei - Pressemitteilung Nr.: 584/02 Magdeburg, den 18. September 2002 …"
 * (heldout11 sachsen-anhalt-01): the sender, the kind and its number glued to the story's first
 * words; a number marker after the kind word, with or without the sender. */
static void
test_numbered_kind_in_lead (void)
{
  static const struct
  {
    const char *lead;
    const char *kind;
  } cases[] = {
    { "Staatskanzlei - Pressemitteilung Nr.: 584/02 Magdeburg, den 18. September 2002 Der "
      "Minister hat heute den Plan für das Tal vorgestellt.",
      "press release" },
    { "Press Release No. 12/2003 The ministers of the river states today adopted a plan.",
      "press release" },
    { "Ministère - Communiqué n° 45 Les ministres ont adopté aujourd’hui un plan.",
      "press release" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (cases[i].lead,
                                           "\n\nThey will meet again in the autumn to see how "
                                           "work on the dykes is going.\n",
                                           NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_kind (release), ==, cases[i].kind);
    }
}

/* "Intervención inicial de Juan Ramón de la Fuente Ramírez, secretario de Relaciones Exteriores,
 * al comparecer ante…" (heldout6 mexico-01): a long byline, no sentence, opening the text; a
 * first sentence that opens with a kind word and ends with its full stop gives none. */
static void
test_byline_paragraph_in_lead (void)
{
  static const char *const body = "\n\nMuy buenos días tengan todas y todos ustedes.\n\n"
                                  "Me es muy grato comparecer ante ustedes en este ejercicio de "
                                  "diálogo republicano, en el que creo profundamente.\n";
  g_autofree char *byline = g_strconcat (
      "Intervención inicial de Juan Ramón de la Fuente Ramírez, secretario de Relaciones "
      "Exteriores, al comparecer ante senadoras y senadores, en el marco del Análisis del Primer "
      "Informe de Gobierno de la presidenta de los Estados Unidos Mexicanos",
      body, NULL);
  g_autofree char *sentence =
      g_strconcat ("Discurso de la ministra, que fue largo, el pleno lo escuchó en silencio y "
                   "después votó a favor del plan para el valle y sus ríos.",
                   body, NULL);
  g_autoptr (CmqRelease) speech = import_ok (byline);
  g_autoptr (CmqRelease) story = import_ok (sentence);

  g_assert_cmpstr (cmq_release_get_kind (speech), ==, "speech");
  g_assert_null (cmq_release_get_kind (story));
}

/* "Accueil > Présidence > Les communiqués de presse du Président > Communiqué" (heldout10
 * assemblee-01), "Home > Mídias > Notícias" (heldout7 fao-01): the page's place on its site ends
 * with its kind; a breadcrumb that ends with a section of another name, or a list of related
 * pages after the story, gives none. */
static void
test_kind_at_end_of_breadcrumb (void)
{
  static const struct
  {
    const char *head;
    const char *tail;
    const char *kind;
  } cases[] = {
    { "Accueil > Présidence > Les communiqués de presse du Président > Communiqué\n\n", "",
      "press release" },
    { "Home > Mídias > Notícias\n\n", "", "news story" },
    { "Accueil > Présidence > Agenda\n\n", "", NULL },
    { "", "\nAccueil > Presse > Communiqué\n", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text =
          g_strconcat (cases[i].head, HEADLINE "\n\n12 mars 2019\n\n" STORY, cases[i].tail, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_kind (release), ==, cases[i].kind);
      g_assert_cmpstr (cmq_release_get_title (release), ==, HEADLINE);
    }
}

/* Between the headline and the story, the page's furniture: a list of facts whose item is the
 * kind ("  • Dichiarazione e osservazioni", web eu-council-04), a line of categories ("Olympic
 * News, Press Release", heldout7 ioc-01, the most telling one); lines of other words give none. */
static void
test_kind_in_page_furniture (void)
{
  static const struct
  {
    const char *furniture;
    const char *kind;
  } cases[] = {
    { "  \u2022 22.6.2017\n  \u2022 18:10\n  \u2022 Dichiarazione e osservazioni\n  \u2022 "
      "Brexit\n",
      "statement" },
    { "Olympic News, Press Release\n", "press release" },
    { "Olympic Games, Lausanne\n", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text =
          g_strconcat (HEADLINE "\n\n12 mars 2019\n", cases[i].furniture, "\n" STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_kind (release), ==, cases[i].kind);
      g_assert_cmpstr (cmq_release_get_title (release), ==, HEADLINE);
    }
}

/* "IOC News", "Communiqué LDH" (heldout7 ioc-02, heldout12 ldh-01): a kind label beside its
 * issuer's acronym, alone on a line above the story, names the kind; a heading in capitals, a
 * label that is no kind, or a kind among other words does not. */
static void
test_kind_beside_acronym (void)
{
  static const struct
  {
    const char *line;
    const char *kind;
  } cases[] = {
    { "IOC News", "news story" },
    { "Communiqué LDH", "press release" },
    { "UNESCO Press Release", "press release" },
    { "Pressemitteilung BUND", "press release" },
    { "WTO NEWS", NULL },
    { "UN Headquarters", NULL },
    { "IOC News and Events", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text =
          g_strconcat (HEADLINE "\n\n12 mars 2019\n\n", cases[i].line, "\n\n" STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_kind (release), ==, cases[i].kind);
      g_assert_cmpstr (cmq_release_get_title (release), ==, HEADLINE);
    }
}

#define BYLINE_STORY                                                                               \
  "Thank you Mark for that introduction and for the invitation to open your conference.\n"         \
  "I acknowledge the mayor of Lyon and my colleagues of the Rivers Office.\n\n"                    \
  "This year's conference is the seventeenth, with over two thousand delegates.\n"

/* "Speech by Minister for Defence Stephen Smith MP Defence and Industry Conference 2011 Opening
 * Address Convention Centre, Adelaide" under the headline (heldout10 ausdef-01): a byline too long
 * to be read as a label, and no sentence, names the kind; a standfirst that is a sentence of the
 * story does not. */
static void
test_long_byline_under_headline (void)
{
  static const struct
  {
    const char *line;
    const char *kind;
  } cases[] = {
    { "Speech by the Minister for Rivers Anne Martin at the Valley Conference 2019 Opening "
      "Address Town Hall, Lyon",
      "speech" },
    { "Remarks by the Secretary for Rivers Anne Martin at the Valley Conference 2019 Opening "
      "Session Town Hall, Lyon",
      "speech" },
    { "Speech by the Minister for Rivers Anne Martin at the Valley Conference 2019 was followed "
      "by a debate in the Town Hall of Lyon.",
      NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text =
          g_strconcat ("France \u2014 Valley Conference 2019\n\n", cases[i].line,
                       "\nWednesday 12 June 2019\n" BYLINE_STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_kind (release), ==, cases[i].kind);
      g_assert_cmpstr (cmq_release_get_title (release), ==, "France \u2014 Valley Conference 2019");
    }
}

/* A story sentence that holds a kind word gives no kind: "communiqué" in the lead of a page that
 * names none. */
static void
test_kind_word_in_story_sentence (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      HEADLINE "\n\n12 mars 2019\n\n"
               "Le ministre a fait savoir dans un communiqué que le plan serait adopté.\n\n"
               "Ils se retrouveront à l’automne pour voir comment avancent les travaux.\n");

  g_assert_null (cmq_release_get_kind (release));
}

/* A label files the page among the site's releases or statements; a headline naming a spoken
 * text says what the text is (heldout7 ilo-01, "Opening address…" under "Statement"). The label
 * stands over a headline naming any other kind, and a spoken label over any headline. */
static void
test_spoken_headline_under_label (void)
{
  static const struct
  {
    const char *label;
    const char *headline;
    const char *kind;
  } cases[] = {
    { "Statement", "Opening address of the Director-General to the Governing Body", "speech" },
    { "Press Release", "Transcript of the press conference of the Council", "transcript" },
    { "News", "Keynote address at the conference of the river valleys", "speech" },
    { "Press Release", "Statement by the Council on the floods in the valley", "press release" },
    { "Speech", "Statement to the Governing Body on the floods in the valley", "speech" },
    { "Statement", "The ministers adopt a plan for the valley", "statement" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (
          cases[i].label, "\n\n", cases[i].headline, "\n\n12 March 2019\n\n",
          "The ministers of the river states today adopted a plan to help the valley after the "
          "spring floods.\n\nThey will meet again in the autumn to see how work on the dykes "
          "is going.\n",
          NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_kind (release), ==, cases[i].kind);
      g_assert_cmpstr (cmq_release_get_title (release), ==, cases[i].headline);
    }
}

/* "Pressemitteilung Deutschland 04. November 2013" (heldout7 amnesty-03): a kind label, perhaps
 * one word of the site's section or country, then a date alone, opening a page whose head is not
 * found (a media advisory's "WANN:" block taken for the title); more words between the kind and
 * the date make it no label. */
static void
test_kind_label_over_date (void)
{
  static const struct
  {
    const char *label;
    const char *kind;
  } cases[] = {
    { "Pressemitteilung Deutschland 04. November 2013", "press release" },
    { "Stellungnahme Berlin 4. November 2013", "statement" },
    { "Rede 04.11.2013", "speech" },
    { "Nachrichten aus dem Tal 04. November 2013", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (
          cases[i].label,
          "\nBild- und Interviewtermin: Menschenrechte in den Koalitionsvertrag\n"
          "Aktion zu den Koalitionsverhandlungen\n"
          "WANN: Dienstag, 5. November 2013, 8:20-10:15 Uhr\n\n"
          "Die Generalsekretärin fährt mit anderen Aktivisten vor die Landesvertretung, um die "
          "Verhandlungen zu begleiten.\n\n"
          "Sie fordern, dass die Menschenrechte in den Vertrag kommen.\n",
          NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_kind (release), ==, cases[i].kind);
    }
}

/* "Stephen Smith, Minister for Defence, Transcript of Press Conference," (heldout10 ausdef-03):
 * a speaker's name and office, then the kind, set apart by commas, above a page whose head is
 * not found; a line of names whose last item names no kind gives none. */
static void
test_kind_ending_byline (void)
{
  static const struct
  {
    const char *byline;
    const char *kind;
  } cases[] = {
    { "Jane Smith, Minister for Rivers, Transcript of Press Conference,", "transcript" },
    { "Jane Smith, Minister for Rivers, Speech to the Valley Forum", "speech" },
    { "Jane Smith, Minister for Rivers, Visit to the Valley Dykes", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (
          cases[i].byline,
          "\nBild- und Interviewtermin: Menschenrechte in den Koalitionsvertrag\n"
          "Aktion zu den Koalitionsverhandlungen\n"
          "WANN: Dienstag, 5. November 2013, 8:20-10:15 Uhr\n\n"
          "Die Generalsekretärin fährt mit anderen Aktivisten vor die Landesvertretung, um die "
          "Verhandlungen zu begleiten.\n\n"
          "Sie fordern, dass die Menschenrechte in den Vertrag kommen.\n",
          NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_kind (release), ==, cases[i].kind);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/kind-words-of-other-languages", test_kind_words_of_other_languages);
  g_test_add_func ("/importer/kind-label-in-brackets", test_kind_label_in_brackets);
  g_test_add_func ("/importer/qualified-kind-in-headline", test_qualified_kind_in_headline);
  g_test_add_func ("/importer/kind-after-speaker", test_kind_after_speaker);
  g_test_add_func ("/importer/numbered-kind-in-lead", test_numbered_kind_in_lead);
  g_test_add_func ("/importer/byline-paragraph-in-lead", test_byline_paragraph_in_lead);
  g_test_add_func ("/importer/kind-at-end-of-breadcrumb", test_kind_at_end_of_breadcrumb);
  g_test_add_func ("/importer/kind-in-page-furniture", test_kind_in_page_furniture);
  g_test_add_func ("/importer/kind-beside-acronym", test_kind_beside_acronym);
  g_test_add_func ("/importer/long-byline-under-headline", test_long_byline_under_headline);
  g_test_add_func ("/importer/kind-word-in-story-sentence", test_kind_word_in_story_sentence);
  g_test_add_func ("/importer/spoken-headline-under-label", test_spoken_headline_under_label);
  g_test_add_func ("/importer/kind-label-over-date", test_kind_label_over_date);
  g_test_add_func ("/importer/kind-ending-byline", test_kind_ending_byline);
  return g_test_run ();
}
