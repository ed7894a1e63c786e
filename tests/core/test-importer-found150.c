/* test-importer-found150.c: a paragraph's line that an image's name opens (issue 11: heldout28
 * saumur-01, "marianneLe premier Conseil municipal …"): its alternative text in lower case glued
 * to a common capitalised word, or its file's name, is cut off and the paragraph opens with its
 * own first word; a brand written so ("easyJet") is left whole. A call to subscribe to the site's
 * newsletter under the story is not its last paragraph, in French and English; a story that is
 * only such a call keeps it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_alt_word_french (void)
{
  assert_first_paragraph ("Actualités\n\n"
                          "Le prochain conseil municipal\n"
                          "marianneLe premier conseil municipal de la nouvelle mandature se "
                          "tiendra le vendredi 4 avril à l'hôtel de ville.\n\n"
                          "Il sera consacré à l'installation du conseil et à l'élection du "
                          "maire.\n",
                          "Le premier conseil municipal de la nouvelle mandature se tiendra le "
                          "vendredi 4 avril à l'hôtel de ville.");
}

static void
test_file_name_english (void)
{
  assert_first_paragraph ("News\n\n"
                          "Council opens the new library\n\n"
                          "IMG_0412.jpgThe council opened the new library on Monday, after two "
                          "years of works in the old market hall.\n\n"
                          "It will open every day of the week.\n",
                          "The council opened the new library on Monday, after two years of "
                          "works in the old market hall.");
}

/* a brand's name is not an image's: its second half is no common word of the paragraph */
static void
test_brand_kept (void)
{
  assert_first_paragraph ("News\n\n"
                          "Airline adds ten routes\n\n"
                          "easyJet will fly ten new routes from the city's airport this "
                          "summer, the company announced today.\n\n"
                          "The first flights leave in May.\n",
                          "easyJet will fly ten new routes from the city's airport this "
                          "summer, the company announced today.");
}

static void
test_newsletter_call_french (void)
{
  assert_last_paragraph ("Le prochain conseil municipal\n\n"
                         "Le premier conseil municipal de la nouvelle mandature se tiendra le "
                         "vendredi 4 avril à l'hôtel de ville.\n\n"
                         "Les délibérations seront mises en ligne vendredi soir.\n"
                         "Ne manquez rien des actualités de la ville... Abonnez-vous à la "
                         "newsletter !\n",
                         "Les délibérations seront mises en ligne vendredi soir.");
}

static void
test_newsletter_call_english (void)
{
  assert_last_paragraph ("Council opens the new library\n\n"
                         "The council opened the new library on Monday, after two years of "
                         "works in the old market hall.\n\n"
                         "It will open every day of the week.\n\n"
                         "Stay informed about your city: sign up for our weekly newsletter.\n",
                         "It will open every day of the week.");
}

/* a story that is nothing but the call keeps it */
static void
test_newsletter_call_alone_kept (void)
{
  assert_last_paragraph ("Council news\n\n"
                         "Stay informed about everything the council does: sign up for our "
                         "weekly newsletter.\n",
                         "Stay informed about everything the council does: sign up for our "
                         "weekly newsletter.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found150/alt-word-french", test_alt_word_french);
  g_test_add_func ("/importer/found150/file-name-english", test_file_name_english);
  g_test_add_func ("/importer/found150/brand-kept", test_brand_kept);
  g_test_add_func ("/importer/found150/newsletter-call-french", test_newsletter_call_french);
  g_test_add_func ("/importer/found150/newsletter-call-english", test_newsletter_call_english);
  g_test_add_func ("/importer/found150/newsletter-call-alone-kept",
                   test_newsletter_call_alone_kept);
  return g_test_run ();
}
