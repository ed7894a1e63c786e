/* test-importer-found13b.c: the importer on synthetic pages that carry what the thirteenth
 * held-out set (tests/fixtures/heldout13) still showed after its own round: a label, a colon, a
 * participle and a date under the headline; a media label in brackets before the headline; a
 * theme's menu toggle ("Select Page") above a story with no headline; the kind alone over the
 * date, and the headline under it; a contact line closing the story, its telephone number after
 * a label of another language than English or French.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

/* "Volume 701: debated on Thursday 21 October 2021" under the headline (heldout13 commons-01): a
 * label, a colon, what was done with the text and its date is the page's release-date line, not
 * a headline: the line above it is, and its date is the release's. */
static void
test_label_done_on_date (void)
{
  static const struct
  {
    const char *line;
    const char *date;
  } cases[] = {
    { "Volume 650: debated on Monday 3 February 2020", "2020-02-03" },
    { "Record 12: published on 14 March 2019 at 10:30", "2019-03-14" },
    { "Bulletin n° 42 : publié le 5 mai 2018", "2018-05-05" },
    { "Protokoll 7: veröffentlicht am 9. Juli 2017", "2017-07-09" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (
          "Skip to main content\n\nStatement on the order of business\n\n", cases[i].line,
          "\n\nThe House will know that this week it sits for one day less than planned, and I "
          "want to explain why the business has changed.\n\n"
          "The change was agreed by the parties yesterday and will be announced to the press "
          "after this sitting.\n",
          NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, "Statement on the order of business");
      g_assert_cmpstr (cmq_release_get_date (release), ==, cases[i].date);
      g_assert_true (
          g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "The House will know"));
    }
}

/* A headline that says what a label did on a day, with more after the date, stays a headline. */
static void
test_label_and_date_headline_stays (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Budget: adopted on 3 May 2021 by a large majority of the council\n\n"
      "The council adopted the budget for the coming year on Monday, after a debate that lasted "
      "the whole afternoon and part of the evening.\n\n"
      "The budget will be published in the official journal next week.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Budget: adopted on 3 May 2021 by a large majority of the council");
}

#define MEDIA_STORY                                                                                 \
  "Le 5 mars 2019, le chef d'état-major a rendu visite au régiment de Verdun pour une visite de " \
  "commandement un peu particulière.\n\n"                                                          \
  "Le régiment sera dissous à l'été, a précisé le chef d'état-major devant les soldats.\n"

/* "[Vidéo] Le CEMAT à Commercy …" (heldout13 defense-fr-01): a media label in brackets or
 * parentheses before the headline says how the story is told, and the line is still the
 * headline, label and all. */
static void
test_media_label_headline (void)
{
  static const char *const headlines[] = {
    "[Vidéo] Le chef d'état-major au régiment de Verdun",
    "(VIDEO) Le chef d'état-major au régiment de Verdun",
    "[Photos] Le chef d'état-major au régiment de Verdun",
    "[Vídeo] Le chef d'état-major au régiment de Verdun",
  };

  for (guint i = 0; i < G_N_ELEMENTS (headlines); i++)
    {
      g_autofree char *text =
          g_strconcat ("Actualités\n\n", headlines[i], "\n\n", MEDIA_STORY, NULL);

      assert_import_field (text, title, headlines[i]);
    }
}

/* Another word in brackets before a line ("[Updated] …", "[1] …") is no media label. */
static void
test_other_bracket_not_headline (void)
{
  assert_import_field (
      "Actualités\n\n[Note] Le chef d'état-major au régiment de Verdun\n\n" MEDIA_STORY, title,
      "Le chef d'état-major a rendu visite au régiment de Verdun pour une visite de "
      "commandement un peu");
}

/* "Escolha uma Página" (heldout13 exercito-br-01), "Select Page": the toggle of a theme's menu
 * on a narrow screen is interface, never the title of a story that has no headline. */
static void
test_menu_toggle_not_title (void)
{
  static const struct
  {
    const char *toggle;
    const char *story;
    const char *lead;
  } cases[] = {
    { "Escolha uma Página",
      "O Exército rebateu ontem a notícia publicada por um site que atribuía aos militares a "
      "insatisfação com o ministro.\n\nA Força repudiou o texto, que considera falso.\n",
      "O Exército rebateu ontem" },
    { "Select Page",
      "The Army yesterday rejected a story published by a news site that credited officers with "
      "discontent about the minister.\n\nThe Army called the story false.\n",
      "The Army yesterday rejected" },
    { "Sélectionner une page",
      "L'armée a démenti hier un article publié par un site qui prêtait aux officiers un "
      "mécontentement envers le ministre.\n\nL'armée juge l'article faux.\n",
      "L'armée a démenti hier" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (cases[i].toggle, "\n\n", cases[i].story, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_true (g_str_has_prefix (cmq_release_get_title (release), cases[i].lead));
    }
}

/* "Nokia Corporation" / "Stock Exchange Release" / "April 18, 2019 at 9:00 (CET +1)" / the
 * headline / "Espoo, Finland – Nokia today …" (heldout13 nokia-01), single newlines between: the
 * kind alone over the date line is a label, not the headline over a heading of the story; the
 * headline is the line under the date, and the story starts under it. A listed company's
 * release names its kind so, in English and in the Nordic languages. */
static void
test_kind_over_date_over_headline (void)
{
  static const struct
  {
    const char *kind;
    const char *lead;
  } cases[] = {
    { "Stock Exchange Release", "Espoo, Finland – Acme" },
    { "Press Release", "Acme" },
    { "Börsmeddelande", "Acme" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (
          "Acme Corporation\n", cases[i].kind,
          "\nMarch 3, 2020 at 9:00 (CET +1)\n"
          "Acme provides recast segment results and additional disclosures for 2019 reflecting "
          "its new reporting structure\n",
          cases[i].lead,
          " today provided recast segment information for 2019, reflecting the changes to its "
          "organization announced last year.\n"
          "Acme will publish its first-quarter report on April 25, 2020 under its new reporting "
          "structure.\n",
          NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==,
                       "Acme provides recast segment results and additional disclosures for 2019 "
                       "reflecting its new reporting structure");
      g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], cases[i].lead));
      g_assert_cmpstr (cmq_release_get_kind (release), ==, "press release");
      g_assert_cmpstr (cmq_release_get_date (release), ==, "2020-03-03");
    }
}

/* "Henvendelse kan rettes til Julie Holm Simonsen på tlf. 3363 6022." (heldout13
 * nationalbanken-01): the press office's contact line after the story, its number after the
 * label of the languages the importer reads ("tlf.", "tfn", "Telefon", "teléfono"), is no longer
 * the story's last paragraph. */
static void
test_closing_contact_phone_labels (void)
{
  static const char *const contacts[] = {
    "Henvendelse kan rettes til Jens Hansen på tlf. 3363 6099.",
    "Frågor besvaras av Anna Svensson, tfn 040-675 30 00.",
    "Rückfragen an Hans Müller, Telefon 069 9566 0000.",
    "Más información: María López, teléfono 91 338 50 00.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (contacts); i++)
    {
      g_autofree char *text = g_strconcat (
          "The Bank changes its timetable\n\n"
          "The Bank will move the publication of its daily exchange rates from half past two to "
          "four o'clock, as the central bank of the euro area has done.\n\n"
          "The rates will not be published on days when the banks are closed.\n\n",
          contacts[i], NULL);
      g_autoptr (CmqRelease) release = import_ok (text);
      const char *const *paragraphs = cmq_release_get_paragraphs (release);

      g_assert_cmpstr (paragraphs[n_paragraphs (release) - 1], ==,
                       "The rates will not be published on days when the banks are closed.");
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/label-done-on-date", test_label_done_on_date);
  g_test_add_func ("/importer/label-and-date-headline-stays", test_label_and_date_headline_stays);
  g_test_add_func ("/importer/media-label-headline", test_media_label_headline);
  g_test_add_func ("/importer/other-bracket-not-headline", test_other_bracket_not_headline);
  g_test_add_func ("/importer/menu-toggle-not-title", test_menu_toggle_not_title);
  g_test_add_func ("/importer/kind-over-date-over-headline", test_kind_over_date_over_headline);
  g_test_add_func ("/importer/closing-contact-phone-labels", test_closing_contact_phone_labels);
  return g_test_run ();
}
