/* fuzz-date.c: libFuzzer target for the date finder, on any text in either language.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fuzz-date"

#include <string.h>

#include "cmq-date.h"
#include "fuzz.h"

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static const char *const languages[] = { "en", "fr", NULL };
  /* The first byte picks the language and the reference date; the rest is the text, which may
   * hold any byte but NUL (the finder takes a C string). */
  g_autofree char *text = NULL;
  CmqDateGuess guess;
  GDate reference;

  if (size == 0)
    return 0;
  text = g_strndup ((const char *) data + 1, size - 1);
  g_date_clear (&reference, 1);
  g_date_set_dmy (&reference, 1 + data[0] % 28, 1 + data[0] % 12, 1950 + data[0]);

  if (cmq_date_find (text, languages[data[0] % 3], (data[0] & 0x80) ? NULL : &reference, &guess))
    {
      g_assert (guess.month >= 1 && guess.month <= 12);
      g_assert (guess.day >= 1 && guess.day <= 31);
      if (guess.year != 0)
        g_assert (g_date_valid_dmy (guess.day, guess.month, guess.year));
    }
  else
    g_assert (guess.month == 0 && guess.source == CMQ_DATE_SOURCE_NONE);
  return 0;
}
