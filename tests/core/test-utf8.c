/* test-utf8.c: cmq_utf8_validate_len() says what g_utf8_validate_len() says, on texts that mix
 * ASCII runs of every length with valid, broken, overlong and surrogate sequences and NULs.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-utf8.h"

static const char *const pieces[] = {
  "a",
  "Secretary General",
  " ",
  "\n",
  "é",
  "’",
  "“",
  "😀",
  "\xC3",
  "\xA9",
  "\xE2\x80",
  "\xC0\xAF",
  "\xED\xA0\x80",
  "\xF4\x90\x80\x80",
  "\xFF",
  "\x80",
  "",
  "\x7F",
  "\x01",
};

static void
test_same_as_glib (void)
{
  GRand *rand = g_rand_new_with_seed (11);

  for (guint round = 0; round < 20000; round++)
    {
      GString *text = g_string_new (NULL);
      guint n = g_rand_int_range (rand, 0, 12);

      for (guint i = 0; i < n; i++)
        {
          guint which = g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces) + 1);

          if (which == G_N_ELEMENTS (pieces))
            g_string_append_c (text, '\0');
          else
            g_string_append (text, pieces[which]);
        }
      /* every start, so that the eight-byte steps fall at every alignment */
      for (gsize start = 0; start <= MIN (text->len, 8); start++)
        g_assert_cmpint (cmq_utf8_validate_len (text->str + start, text->len - start), ==,
                         g_utf8_validate_len (text->str + start, text->len - start, NULL));
      g_string_free (text, TRUE);
    }
  g_rand_free (rand);
}

static void
test_examples (void)
{
  g_assert_true (cmq_utf8_validate_len ("", 0));
  g_assert_true (cmq_utf8_validate_len ("NATO’s sixteen allies met", 27));
  g_assert_false (cmq_utf8_validate_len ("sixteen allies\0met in Brussels", 30));
  g_assert_false (cmq_utf8_validate_len ("sixteen allies met in \xC3 Brussels", 32));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/utf8/same-as-glib", test_same_as_glib);
  g_test_add_func ("/utf8/examples", test_examples);
  return g_test_run ();
}
