/* store-crasher.c: saves the store in a loop until it is killed (for test-store-kill.c).
 *
 * Each save holds one whole state: a counter in one entry, and in another the same counter, a
 * payload of varying size and the payload's checksum, with the star set when the counter is odd,
 * and a highlight of it whose note is the counter.
 * It prints "ready" once loaded and "saved N" after each save. An optional writer name gives the
 * entries other ids, so that several crashers can share one file. The parent kills this process with
 * SIGKILL at random moments and checks that the file always holds one such state, never a mix or
 * a torn file, and never one older than a save that was reported.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <stdlib.h>

#include "store-crasher.h"

static char *
make_payload (guint64 counter)
{
  static const char alphabet[] = "abc XYZ 019 [x]=y #; \\ \t é 😀";
  g_autoptr (GRand) rand = g_rand_new_with_seed ((guint32) counter);
  guint length = g_rand_int_range (rand, 100, 60000);
  GString *payload = g_string_sized_new (length);

  while (payload->len < length)
    g_string_append_c (payload, alphabet[g_rand_int_range (rand, 0, 21)]);
  g_string_append (payload, "é 😀");
  return g_string_free (payload, FALSE);
}

int
main (int argc, char *argv[])
{
  g_autoptr (CmqStore) store = NULL;
  g_autoptr (CmqRelease) counter_release = NULL;
  g_autoptr (CmqRelease) payload_release = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *passage = NULL;
  guint64 counter;

  if (argc != 2 && argc != 3)
    {
      fprintf (stderr, "usage: %s STORE-FILE [WRITER-NAME]\n", argv[0]);
      return 2;
    }
  /* Several writers on one file each keep their own two entries. */
  counter_release = crasher_release ("Counter", argc == 3 ? argv[2] : NULL);
  payload_release = crasher_release ("Payload", argc == 3 ? argv[2] : NULL);
  store = cmq_store_new (argv[1]);
  if (!cmq_store_load (store, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  if (cmq_store_get_problem (store) != NULL)
    {
      fprintf (stderr, "the file was damaged\n");
      return 1;
    }
  counter =
      g_ascii_strtoull (cmq_store_get_note (store, cmq_release_get_id (counter_release)), NULL, 10);
  /* A highlight whose note is the counter too: passages are saved as whole as notes. */
  {
    g_autoptr (GPtrArray) passages =
        cmq_store_dup_passages (store, cmq_release_get_id (payload_release));

    passage = passages->len > 0
                  ? g_strdup (((CmqStorePassage *) g_ptr_array_index (passages, 0))->id)
                  : cmq_store_add_passage (store, payload_release, 1, 0, 7, "yellow");
  }
  printf ("ready\n");
  fflush (stdout);

  for (;;)
    {
      g_autofree char *payload = make_payload (++counter);
      g_autofree char *checksum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, payload, -1);
      g_autofree char *number = g_strdup_printf ("%" G_GUINT64_FORMAT, counter);
      g_autofree char *note = g_strdup_printf ("%s\n%s\n%s", number, payload, checksum);

      cmq_store_set_note (store, payload_release, note);
      cmq_store_set_favourite (store, payload_release, counter % 2 == 1);
      cmq_store_set_passage_note (store, payload_release, passage, number);
      cmq_store_set_note (store, counter_release, number);
      if (!cmq_store_flush (store, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      printf ("saved %s\n", number);
      fflush (stdout);
    }
}
