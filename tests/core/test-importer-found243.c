/* test-importer-found243.c: a picture's file name glued before the quote that opens the first
 * paragraph (issue 11: heldout37 mali-01, "mme1-2.jpg« Des informations parues dans la presse
 * …") is cut off: the paragraph opens with its quote, and neither it nor the title holds the
 * name, in French and English, for the quote marks of either. A name glued to a word, as before,
 * is still cut; a file name written inside a sentence, or a short line, is not touched.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define RELEASE(lead)                                                                              \
  "Share\n\n" lead "\n\n"                                                                          \
  "The government recalls that three decrees follow every new cabinet, and that none of them "     \
  "changed the minister's duties.\n"

#define LEAD_FR                                                                                    \
  "« Des informations parues dans la presse font état de ce que la fonction aurait été "       \
  "retirée au ministre », constate un communiqué du gouvernement."
#define LEAD_EN                                                                                    \
  "“Reports in the press say that the post of spokesman was taken from the minister,” says a " \
  "statement of the government."

static void
assert_no_file_name (const char *text, const char *first)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (first_paragraph (release), ==, first);
  g_assert_null (strstr (cmq_release_get_title (release), ".jpg"));
  g_assert_null (strstr (cmq_release_get_title (release), ".png"));
}

static void
test_glued_before_quote (void)
{
  assert_no_file_name (RELEASE ("mme1-2.jpg" LEAD_FR), LEAD_FR);
  assert_no_file_name (RELEASE ("IMG_0412.png" LEAD_EN), LEAD_EN);
  assert_no_file_name (RELEASE ("photo-minister.jpeg\"Reports in the press say that the post of "
                                "spokesman was taken from the minister,\" says a statement."),
                       "\"Reports in the press say that the post of spokesman was taken from the "
                       "minister,\" says a statement.");
}

static void
test_left_alone (void)
{
  /* glued to a word, as before */
  assert_first_paragraph (RELEASE ("IMG_0412.jpgThe minister keeps the post of spokesman, the "
                                   "government said in a statement."),
                          "The minister keeps the post of spokesman, the government said in a "
                          "statement.");
  /* a file name inside a sentence */
  assert_first_paragraph (RELEASE ("The picture mme1-2.jpg “Le ministre” was taken at the cabinet "
                                   "meeting, the government said."),
                          "The picture mme1-2.jpg “Le ministre” was taken at the cabinet "
                          "meeting, the government said.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found243/glued-before-quote", test_glued_before_quote);
  g_test_add_func ("/importer/found243/left-alone", test_left_alone);
  return g_test_run ();
}
