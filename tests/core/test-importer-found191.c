/* test-importer-found191.c: a paragraph's line opened by a word an image carries as its text,
 * glued to the paragraph's first word ("vignetteDimanche 19 avril 2020, …", issue 11: heldout32
 * sdis78-01): the word is one of image-words.txt, so the pair is the image's text and the
 * paragraph's first word, though that word is written nowhere else in lower case; the image's
 * word is cut off and the paragraph opens with its own first word, in French and English. A
 * brand that opens with another word ("easyJet") is still left whole, and so is an image's word
 * glued to a capitalised word the paragraph writes again with it (a name).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_image_word_french (void)
{
  assert_first_paragraph ("Les interventions\n\n"
                          "vignetteDimanche 19 avril 2020, peu après 20 heures, les pompiers "
                          "reçoivent un appel pour signaler un feu de pavillon.\n\n"
                          "Le premier fourgon arrive dix minutes plus tard.\n",
                          "Dimanche 19 avril 2020, peu après 20 heures, les pompiers reçoivent "
                          "un appel pour signaler un feu de pavillon.");
}

static void
test_image_word_english (void)
{
  assert_first_paragraph ("News\n\n"
                          "Council opens the new library\n\n"
                          "thumbnailYesterday the council opened the new library, after two "
                          "years of works in the old market hall.\n\n"
                          "It will open every day of the week.\n",
                          "Yesterday the council opened the new library, after two years of "
                          "works in the old market hall.");
}

/* a brand's name that opens with another word stays whole */
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

/* the pair written again in the paragraph is a name, not an image's text glued to a word */
static void
test_name_written_again_kept (void)
{
  const char *story = "photoMaker opens a shop in the city centre, and photoMaker will hire "
                      "ten people this year.";
  g_autofree char *text =
      g_strconcat ("News\n\nA new shop\n\n", story, "\n\nIt opens in May.\n", NULL);

  assert_first_paragraph (text, story);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found191/image-word-french", test_image_word_french);
  g_test_add_func ("/importer/found191/image-word-english", test_image_word_english);
  g_test_add_func ("/importer/found191/brand-kept", test_brand_kept);
  g_test_add_func ("/importer/found191/name-written-again-kept", test_name_written_again_kept);
  return g_test_run ();
}
