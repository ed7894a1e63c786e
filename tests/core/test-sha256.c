/* test-sha256.c: cmq_sha256 gives GChecksum's SHA-256 digest (a release's id must never change),
 * on texts of every length around the 64-byte block, whole or in pieces, and on a known vector.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-sha256.h"

static char *
digest_in_pieces (const char *text, gsize length, gsize piece)
{
  CmqSha256 *sha = cmq_sha256_new ();

  for (gsize at = 0; at < length; at += piece)
    cmq_sha256_update (sha, text + at, MIN (piece, length - at));
  return cmq_sha256_free_to_string (sha);
}

static void
test_known_vector (void)
{
  CmqSha256 *sha = cmq_sha256_new ();
  g_autofree char *hex = NULL;

  cmq_sha256_update (sha, "abc", -1);
  hex = cmq_sha256_free_to_string (sha);
  g_assert_cmpstr (hex, ==, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

static void
test_same_as_gchecksum (void)
{
  GString *text = g_string_new (NULL);

  for (gsize length = 0; length <= 300; length++)
    {
      g_autofree char *expected =
          g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) text->str, text->len);
      const gsize pieces[] = { 1, 7, 63, 64, 65, G_MAXSIZE };

      for (guint i = 0; i < G_N_ELEMENTS (pieces); i++)
        {
          g_autofree char *hex = digest_in_pieces (text->str, text->len, MAX (pieces[i], 1));

          g_assert_cmpstr (hex, ==, expected);
        }
      /* Every byte value, and the text's own UTF-8 as releases have. */
      g_string_append_c (text, (char) (length * 37 + 11));
      if (length % 50 == 0)
        g_string_append (text, "é’«»");
    }
  g_string_free (text, TRUE);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sha256/known-vector", test_known_vector);
  g_test_add_func ("/sha256/same-as-gchecksum", test_same_as_gchecksum);
  return g_test_run ();
}
