/* test-index-codec.c: the stored bodies' deflating and inflating (cmq-index-codec.c), with the
 * zlib stream each thread keeps: bodies of every size come back as they went in, one stream
 * serves body after body, threads do not share one, and a damaged or cut body is refused.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-index-private.h"

/* Text that deflates well (to far less than a quarter) or badly, @length bytes. */
static char *
make_text (gsize length, gboolean repetitive, guint32 seed)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (seed);
  char *text = g_malloc (length + 1);

  for (gsize i = 0; i < length; i++)
    text[i] = repetitive ? "NATO Allies met in Brussels. "[i % 29]
                         : (char) g_rand_int_range (rand, 0x21, 0x7f);
  text[length] = '\0';
  return text;
}

static void
assert_round_trip (const char *text, gsize length)
{
  g_autoptr (GBytes) deflated = cmq_index_deflate (text, length);
  g_autofree char *back = NULL;
  gsize back_length = 0;

  g_assert_nonnull (deflated);
  back = cmq_index_inflate (g_bytes_get_data (deflated, NULL), g_bytes_get_size (deflated),
                            &back_length);
  g_assert_nonnull (back);
  g_assert_cmpuint (back_length, ==, length);
  g_assert_true (memcmp (back, text, length) == 0);
  g_assert_cmpint (back[length], ==, '\0');
}

/* Sizes around the first guess of the inflated size (four times the deflated one) and far
 * beyond it: the output grows until the whole body is in. */
static void
test_round_trip (void)
{
  static const gsize sizes[] = { 0, 1, 100, 1023, 1024, 4096, 65536, 1000000 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    for (int repetitive = 0; repetitive < 2; repetitive++)
      {
        g_autofree char *text = make_text (sizes[i], repetitive, i);

        assert_round_trip (text, sizes[i]);
      }
}

/* A body with inner NULs (the NUL before the quotes) keeps its whole length. */
static void
test_inner_nul (void)
{
  static const char text[] = "Paragraph one.\nParagraph two.\0[[\"We stand\",null,1]]";

  assert_round_trip (text, sizeof text - 1);
}

/* A damaged body, or one cut short, is refused (with a warning), and the thread's stream still
 * works for the next one. */
static void
test_damaged (void)
{
  g_autofree char *text = make_text (20000, FALSE, 7);
  g_autoptr (GBytes) deflated = cmq_index_deflate (text, 20000);
  gsize size = g_bytes_get_size (deflated);
  g_autofree guint8 *bytes = g_memdup2 (g_bytes_get_data (deflated, NULL), size);
  g_autofree char *cut = NULL;
  g_autofree char *garbage = NULL;
  static const guint8 junk[] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };

  g_test_expect_message ("cmq-index", G_LOG_LEVEL_WARNING, "Cannot inflate a stored body*");
  cut = cmq_index_inflate (bytes, size / 2, NULL);
  g_test_assert_expected_messages ();
  g_assert_null (cut);

  g_test_expect_message ("cmq-index", G_LOG_LEVEL_WARNING, "Cannot inflate a stored body*");
  garbage = cmq_index_inflate (junk, sizeof junk, NULL);
  g_test_assert_expected_messages ();
  g_assert_null (garbage);

  assert_round_trip (text, 20000);
}

static gpointer
thread_cb (gpointer data)
{
  guint32 seed = GPOINTER_TO_UINT (data);

  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *text = make_text (500 + (seed * 7919 + i * 104729) % 20000, i % 2, seed + i);

      assert_round_trip (text, strlen (text));
    }
  return NULL;
}

/* Threads deflating and inflating at once each use a stream of their own. */
static void
test_threads (void)
{
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("codec", thread_cb, GUINT_TO_POINTER (i + 1));
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/index-codec/round-trip", test_round_trip);
  g_test_add_func ("/index-codec/inner-nul", test_inner_nul);
  g_test_add_func ("/index-codec/damaged", test_damaged);
  g_test_add_func ("/index-codec/threads", test_threads);
  return g_test_run ();
}
