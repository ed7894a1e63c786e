/* test-importer-found16.c: the importer on synthetic pages that carry what the corpus and the
 * fourteenth held-out set still missed: a story whose first date is the day of an event it tells
 * at an hour of that day; the page's title over labelled fields (a label alone on its line, its
 * value on the next), the text's own title under them; the stored page's date stamp glued before
 * the page's first line; a site's editing link glued at the end of a line.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

/* "Am Abend des 2. April 2014 erkannten Beamte …": the day of the arrest, which the release
 * follows on a day it does not state (heldout11 bpol-01): no date is given. */
static void
test_part_of_day_date_not_release_date (void)
{
  static const char *const leads[] = {
    "Potsdam (ots) - Am Abend des 2. April 2014 erkannten Beamte der Bundespolizei gegen 22:35 "
    "Uhr in einem Zug einen dringend Tatverdächtigen.",
    "On the evening of 2 April 2014, officers of the federal police recognised a suspect on a "
    "train and arrested him at the next station.",
    "Dans la nuit du 2 au 3 avril 2014, les policiers ont reconnu un suspect dans un train et "
    "l'ont arrêté à la gare suivante.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (leads); i++)
    {
      g_autofree char *text = g_strconcat (
          "Suspect arrested on a train after a joint search\n\n", leads[i],
          "\n\nThe suspect resisted the arrest and was handed over to the regional police, who "
          "are leading the investigation of the case.\n",
          NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_null (cmq_release_get_date (release));
    }
}

/* The same lead without a part of the day dates the release, as before. */
static void
test_plain_story_date_kept (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Suspect arrested on a train after a joint search\n\n"
      "On 2 April 2014, officers of the federal police recognised a suspect on a train and "
      "arrested him at the next station.\n\n"
      "The suspect resisted the arrest and was handed over to the regional police, who are "
      "leading the investigation of the case.\n");

  g_assert_cmpstr (cmq_release_get_date (release), ==, "2014-04-02");
}

/* The page's title, then "Speaker:" and "Date:" each over its value, then the speech's own title
 * (heldout14 romania-01): the page's title is the headline. */
static void
test_title_over_labelled_fields (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Speech by the Minister of Foreign Affairs at the annual meeting of the diplomatic "
      "service\n\n"
      "Speaker:\nMinister of Foreign Affairs, Jane Doe,\nDate:\n08/26/19\n\n"
      "Diplomacy: landmarks and new perspectives\n\n"
      "Dear colleagues, it is an honour to open this meeting of our diplomatic service again "
      "this year, after a year of hard work.\n\n"
      "The world has changed a great deal since we last met, and our service has changed with "
      "it, in its tools and in its people.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Speech by the Minister of Foreign Affairs at the annual meeting of the "
                   "diplomatic service");
}

/* One labelled field only over the title: the line above it is not taken. */
static void
test_one_field_keeps_headline (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Speech by the Minister of Foreign Affairs at the annual meeting of the diplomatic "
      "service\n\n"
      "Date:\n08/26/19\n\n"
      "Diplomacy: landmarks and new perspectives\n\n"
      "Dear colleagues, it is an honour to open this meeting of our diplomatic service again "
      "this year, after a year of hard work.\n\n"
      "The world has changed a great deal since we last met, and our service has changed with "
      "it, in its tools and in its people.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==,
                   "Diplomacy: landmarks and new perspectives");
}

/* " date 2018-02 Aanhouding in helikopterzaak" (heldout14 politie-01): the stamp is a line of
 * its own, the headline the rest of the line. */
static void
test_date_stamp_before_headline (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      " date 2018-02 Arrest in the helicopter case\n\n"
      "Amsterdam - An arrest team this morning arrested a 22-year-old man in connection with "
      "his part in the helicopter case, the police said.\n\n"
      "The suspect was held for questioning and the investigation is still in full swing.\n");

  g_assert_cmpstr (cmq_release_get_title (release), ==, "Arrest in the helicopter case");
}

/* A line with an editing link glued at its end (heldout5 brazil-02) is no headline; the same
 * line without it is. */
static void
test_edit_link_line_not_headline (void)
{
  static const char *const body =
      "\n\nThe ministry thanks the international community for its many messages of support and "
      "solidarity after the violence of yesterday in the capital.\n\n"
      "The inauguration of the President was a democratic celebration attended by more than "
      "sixty delegations from abroad.\n";
  g_autofree char *with_link = g_strconcat (
      "Note of the minister thanks the civilised world for its support to the country edit", body,
      NULL);
  g_autofree char *without = g_strconcat (
      "Note of the minister thanks the civilised world for its support to the country", body, NULL);
  g_autoptr (CmqRelease) linked = import_ok (with_link);
  g_autoptr (CmqRelease) plain = import_ok (without);

  g_assert_false (cmq_release_get_headline_found (linked));
  g_assert_cmpstr (
      cmq_release_get_title (plain), ==,
      "Note of the minister thanks the civilised world for its support to the country");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/part-of-day-date-not-release-date",
                   test_part_of_day_date_not_release_date);
  g_test_add_func ("/importer/plain-story-date-kept", test_plain_story_date_kept);
  g_test_add_func ("/importer/title-over-labelled-fields", test_title_over_labelled_fields);
  g_test_add_func ("/importer/one-field-keeps-headline", test_one_field_keeps_headline);
  g_test_add_func ("/importer/date-stamp-before-headline", test_date_stamp_before_headline);
  g_test_add_func ("/importer/edit-link-line-not-headline", test_edit_link_line_not_headline);
  return g_test_run ();
}
