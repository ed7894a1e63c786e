/* test-importer-found207.c: a site's notice that the site is being built, above the release's
 * head (issue 11: heldout34 dpc-01, "The new DPC website is currently under construction. … which
 * comes into effect on 25th May, 2018, …" over the office's name and a headline ending in
 * "20/12/2000") is the site's: never the story's first paragraph, and its date never the
 * release's, in English, French and German. A release whose story speaks of a site being built
 * keeps it. And a wire's date line labelled "Released on:" (heldout34 nationaltrust-01,
 * "Released on: August 07, 2012, 7:54 am") is the release's date line, as "Published:" is; a
 * sentence of the story that opens so is not.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY_EN                                                                                   \
  "Good afternoon and thank you all for coming to the opening of our new regional office in the "  \
  "city centre.\n\n"                                                                               \
  "The office will serve the people of the region and answer their questions on their rights "     \
  "every working day of the week.\n"

static const char *const notices[] = {
  "The new Authority website is currently under construction. Our guidance on the new rules, "
  "which come into force on 1st March, 2019, can be found on the pages marked \"NEW\" in the menu "
  "on the left. All other material on this site relates to the previous rules.",
  "Notre site internet est actuellement en cours de refonte. Les informations sur les nouvelles "
  "règles, qui entrent en vigueur le 1er mars 2019, sont publiées dans la rubrique « Nouveautés » "
  "du menu.",
  "Unsere Webseite ist derzeit im Aufbau. Informationen zu den neuen Regeln, die am 1. März 2019 "
  "in Kraft treten, finden Sie unter dem Menüpunkt „Neu“ auf der linken Seite.",
};

/* The notice, the office's name, a headline ending in its date, then the story: the headline is
 * the title, its date the release's, and the story starts under it. */
static void
test_site_notice (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (notices); i++)
    {
      g_autofree char *text =
          g_strconcat (notices[i],
                       "\n\nRegional Rights Office\nAddress by the Director at the opening of the "
                       "regional office 14/11/2003\n\n" STORY_EN,
                       NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_date (release), ==, "2003-11-14");
      g_assert_true (g_str_has_prefix (first_paragraph (release), "Good afternoon"));
    }
}

/* A story's first paragraph about a website being built, over the rest of the story, is kept. */
static void
test_story_kept (void)
{
  const char *lead = "The new website of the regional office is currently under construction "
                     "and will open to the public on 1 March 2019, the director said today.";
  g_autofree char *text =
      g_strconcat ("Regional office prepares its new website\n\n", lead, "\n\n" STORY_EN, NULL);

  assert_first_paragraph (text, lead);
}

#define WIRE(date_line)                                                                            \
  "Regional office opens its doors to the public\n\n\n" date_line "\nAuthor:\n"                    \
  "Industry: Government\n\n" STORY_EN

static void
test_released_label (void)
{
  assert_import_field (WIRE ("Released on: August 07, 2012, 7:54 am"), date, "2012-08-07");
  assert_import_field (WIRE ("Released on 7 August 2012"), date, "2012-08-07");
  assert_import_field (WIRE ("Verbreitet am 7. August 2012"), date, "2012-08-07");
  assert_import_field (WIRE ("Released on: August 07, 2012, 7:54 am"), title,
                       "Regional office opens its doors to the public");
}

static void
test_released_sentence_kept (void)
{
  const char *lead = "Released on 7 August 2012, the office's first report shows that the "
                     "people of the region ask more questions on their rights every year.";
  g_autofree char *text =
      g_strconcat ("Regional office publishes its first report\n\n", lead, "\n\n" STORY_EN, NULL);

  assert_first_paragraph (text, lead);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found207/site-notice", test_site_notice);
  g_test_add_func ("/importer/found207/story-kept", test_story_kept);
  g_test_add_func ("/importer/found207/released-label", test_released_label);
  g_test_add_func ("/importer/found207/released-sentence-kept", test_released_sentence_kept);
  return g_test_run ();
}
