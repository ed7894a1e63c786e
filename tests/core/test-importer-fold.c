/* test-importer-fold.c: the importer's fast folding against its definition.
 *
 * cmq_importer_fold() and cmq_importer_key() avoid normalising whole lines; what they must return
 * is defined here the slow way (NFD of the line, non-spacing marks dropped, spaces collapsed,
 * curly marks made straight, lower case; the key keeps letters and digits) and compared on
 * random text drawn from characters whose decomposition, case or class is special.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer-private.h"

static gboolean
is_space_char (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0x2007 || c == 0xFEFF;
}

static char *
reference_fold (const char *line)
{
  g_autofree char *nfd = g_utf8_normalize (line, -1, G_NORMALIZE_NFD);
  GString *out = g_string_new (NULL);
  gboolean pending_space = FALSE;

  if (nfd == NULL)
    return g_string_free (out, FALSE);
  for (const char *p = nfd; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) == G_UNICODE_NON_SPACING_MARK)
        continue;
      if (is_space_char (c))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (c == 0x2019 || c == 0x2018 || c == 0x02BC || c == '`')
        c = '\'';
      else if (c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB || c == 0x00BB)
        c = '"';
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, g_unichar_tolower (c));
    }
  return g_string_free (out, FALSE);
}

static char *
reference_key (const char *line)
{
  g_autofree char *folded = reference_fold (line);
  GString *out = g_string_new (NULL);
  gboolean pending_space = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalnum (c))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* Characters that decompose (é, Å, Ω, Hangul), change case oddly (İ, ẞ, Ⱥ, ǅ), combine with
 * or without spacing and in every order (U+0301, U+0345, U+0F71, U+1D165), are spaces of every
 * kind, curly marks, other scripts' letters and digits. */
static const gunichar specials[] = {
  0x00E9,  0x00C9,  0x00C5,  0x212B,  0x2126, 0x212A, 0x0130, 0x0131, 0x1E9E, 0x00DF, 0x023A,
  0x01C5,  0x01C4,  0xFB01,  0x0301,  0x0308, 0x0327, 0x0345, 0x0323, 0x0F71, 0x0F72, 0x0F80,
  0x1D165, 0x1D166, 0x1D16D, 0x302E,  0x0903, 0x093F, 0x0BCD, 0xAC00, 0xD55C, 0x1100, 0x1161,
  0x00A0,  0x202F,  0x2007,  0xFEFF,  0x200B, 0x2028, 0x2029, 0x3000, 0x2002, 0x0009, 0x000B,
  0x000C,  0x0085,  0x2019,  0x2018,  0x02BC, 0x0060, 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB,
  0x1FEF,  0x1FEE,  0x0390,  0x1F82,  0x0661, 0x00B2, 0x00BD, 0x216B, 0x4E2D, 0x05D0, 0x0627,
  0x0410,  0x0451,  0x1F600, 0x1D400, 0x0041, 0x005A, 0x0061, 0x0030, 0x0020, 0x002E, 0x0027,
};

static char *
random_line (GRand *rand)
{
  GString *line = g_string_new (NULL);
  int length = g_rand_int_range (rand, 0, 40);

  for (int i = 0; i < length; i++)
    {
      gunichar c;

      switch (g_rand_int_range (rand, 0, 4))
        {
        case 0:
          c = g_rand_int_range (rand, 0x20, 0x7F);
          break;
        case 1:
          c = specials[g_rand_int_range (rand, 0, G_N_ELEMENTS (specials))];
          break;
        case 2:
          c = g_rand_int_range (rand, 0x80, 0x3000);
          break;
        default:
          c = g_rand_int_range (rand, 0x80, 0x30000);
          break;
        }
      if (!g_unichar_validate (c) || c == 0)
        c = 'x';
      g_string_append_unichar (line, c);
    }
  return g_string_free (line, FALSE);
}

static void
test_random (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (20261124);

  for (guint i = 0; i < 50000; i++)
    {
      g_autofree char *line = random_line (rand);
      g_autofree char *folded = cmq_importer_fold (line);
      g_autofree char *expected_fold = reference_fold (line);
      g_autofree char *key = cmq_importer_key (line);
      g_autofree char *expected_key = reference_key (line);

      g_assert_cmpstr (folded, ==, expected_fold);
      g_assert_cmpstr (key, ==, expected_key);
    }
}

/* Every character the fast paths keep what they do for (up to U+2100), each met twice in a line
 * (once to fill that record, once to read it), beside letters, spaces and itself. */
static void
test_every_character (void)
{
  for (gunichar c = 1; c < 0x2100; c++)
    {
      g_autofree char *line = NULL;
      g_autofree char *folded = NULL;
      g_autofree char *expected_fold = NULL;
      g_autofree char *key = NULL;
      g_autofree char *expected_key = NULL;
      char utf8[8] = { 0 };

      if (!g_unichar_validate (c))
        continue;
      g_unichar_to_utf8 (c, utf8);
      line = g_strconcat ("a", utf8, " ", utf8, utf8, "B ", utf8, NULL);
      folded = cmq_importer_fold (line);
      expected_fold = reference_fold (line);
      key = cmq_importer_key (line);
      expected_key = reference_key (line);
      g_assert_cmpstr (folded, ==, expected_fold);
      g_assert_cmpstr (key, ==, expected_key);
    }
}

static void
test_examples (void)
{
  static const struct
  {
    const char *line;
    const char *fold;
    const char *key;
  } examples[] = {
    { "  Türkiye’s  «Défense»\u00A0— OK ", "turkiye's \"defense\" — ok", "turkiye s defense ok" },
    { "İSTANBUL Ⱥ ẞ", "istanbul ⱥ ß", "istanbul ⱥ ß" },
    { "\u212Bngstr\u00F6m \u2126", "angstrom ω", "angstrom ω" },
    { "e\u0301\u0323 a\u0345", "e a", "e a" },
    /* A spacing combining mark: the line is normalised as a whole. */
    { "\U0001D165\U0001D16D x", "\U0001D165\U0001D16D x", "x" },
    { "", "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autofree char *folded = cmq_importer_fold (examples[i].line);
      g_autofree char *key = cmq_importer_key (examples[i].line);

      g_assert_cmpstr (folded, ==, examples[i].fold);
      g_assert_cmpstr (key, ==, examples[i].key);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/importer-fold/examples", test_examples);
  g_test_add_func ("/importer-fold/random", test_random);
  g_test_add_func ("/importer-fold/every-character", test_every_character);

  return g_test_run ();
}
