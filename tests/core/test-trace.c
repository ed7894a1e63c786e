/* test-trace.c: near variants of a traced phrase (the phrase with one word changed), on
 * constructed texts, then through an index of constructed releases: found where they are, the
 * changed word marked, counted apart from the exact uses, never overlapping them; and how many
 * words a text costs.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-trace.h"
#include "index-fixture.h"

/* "[collective {security}]" for each variant of @phrase in @text, the changed word in braces. */
static char *
variants_text (const char *text, const char *phrase)
{
  g_autoptr (GArray) found = cmq_trace_find_variants (text, phrase);
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; i < found->len; i++)
    {
      CmqTraceVariantSpan *span = &g_array_index (found, CmqTraceVariantSpan, i);

      g_assert_cmpuint (span->start, <=, span->changed_start);
      g_assert_cmpuint (span->changed_start, <, span->changed_end);
      g_assert_cmpuint (span->changed_end, <=, span->end);
      g_string_append_printf (out, "[%.*s{%.*s}%.*s]%u", (int) (span->changed_start - span->start),
                              text + span->start, (int) (span->changed_end - span->changed_start),
                              text + span->changed_start, (int) (span->end - span->changed_end),
                              text + span->changed_end, span->position);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_find_variants (void)
{
  static const char *const cases[][3] = {
    /* One word changed, at the end, the start or the middle; case and accents folded. */
    { "Allies reaffirmed collective security and Collective DÉFENCE.", "collective defence",
      "[collective {security}]1" },
    { "their individual defence and collective defence", "collective defence",
      "[{individual} defence]0" },
    { "the North Atlantic Council and the North Pacific Council met", "north atlantic council",
      "[North {Pacific} Council]1" },
    /* Two words changed is not a near variant; nor is a shorter or longer phrase. */
    { "the South Pacific Council met", "north atlantic council", "" },
    /* Never over an exact use: "defence defence" is not a variant beside "collective defence". */
    { "collective defence defence and collective collective defence", "collective defence", "" },
    /* Left to right, not overlapping each other. */
    { "collective security collective deterrence", "collective defence",
      "[collective {security}]1[collective {deterrence}]1" },
    { "a b c a x c a b y", "a b c", "[a {x} c]1[a b {y}]2" },
    /* A phrase of one word has no near variant; nor has a text shorter than the phrase. */
    { "defence and security", "defence", "" },
    { "collective", "collective defence", "" },
    { "", "collective defence", "" },
    { "words", " ,; ", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = variants_text (cases[i][0], cases[i][1]);

      g_assert_cmpstr (got, ==, cases[i][2]);
    }
}

/* A long text of near misses costs time in proportion to its length (each place compares at
 * most the phrase's words): twice the text, about twice the time, never four times. */
static void
test_variants_linear (void)
{
  double seconds[2];

  for (guint round = 0; round < 2; round++)
    {
      g_autoptr (GString) text = g_string_new (NULL);
      gint64 start;

      for (guint i = 0; i < 20000 * (round + 1); i++)
        g_string_append (text, "north atlantic treaty council north atlantic ");
      start = g_get_monotonic_time ();
      for (guint repeat = 0; repeat < 3; repeat++)
        {
          g_autoptr (GArray) found =
              cmq_trace_find_variants (text->str, "north atlantic council council");

          g_assert_cmpuint (found->len, >, 0);
        }
      seconds[round] = (g_get_monotonic_time () - start) / 1e6;
    }
  g_test_message ("40,000 and 80,000 words: %.3f s and %.3f s", seconds[0], seconds[1]);
  g_assert_cmpfloat (seconds[1], <, seconds[0] * 3.5 + 0.05);
}

static void
test_near_variants (Fixture *fixture, gconstpointer data)
{
  g_autoptr (CmqIndex) index = open_index (fixture);
  g_autoptr (CmqTrace) trace = NULL;
  g_autoptr (GError) error = NULL;
  CmqTraceOccurrence *use;

  write_file (fixture, "a.txt",
              RELEASE ("Defence and security", "Monday (3 May 2021)",
                       "Collective defence stays the core task. Collective security matters too."));
  write_file (fixture, "b.txt",
              RELEASE ("Cooperative security", "Tuesday (8 June 2022)",
                       "Allies spoke of collective security and of collective resilience."));
  write_file (fixture, "c.txt",
              RELEASE ("Nothing of the kind", "Wednesday (15 February 2023)",
                       "Ministers spoke of deterrence, and security in general."));
  update (index);

  trace = cmq_trace_phrase (index, "collective defence", 30, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (trace->variants);
  g_assert_cmpuint (trace->n_releases, ==, 1);
  g_assert_cmpuint (trace->uses->len, ==, 1);
  g_assert_true (cmq_trace_find_near_variants (trace, index, 30, 0, NULL, &error));
  g_assert_no_error (error);

  /* Counted apart from the one exact use: three variants in two releases, oldest first; the
   * release with no "collective" is not even a candidate. */
  g_assert_cmpuint (trace->uses->len, ==, 1);
  g_assert_cmpuint (trace->variants->len, ==, 3);
  g_assert_cmpuint (trace->n_variant_releases, ==, 2);
  g_assert_cmpuint (trace->n_variant_candidates, ==, 2);
  g_assert_cmpuint (trace->n_variant_searched, ==, 2);
  use = g_ptr_array_index (trace->variants, 0);
  g_assert_cmpstr (use->date, ==, "2021-05-03");
  g_assert_cmpstr (use->match, ==, "Collective security");
  g_assert_cmpstr (use->match + use->changed_start, ==, "security");
  g_assert_cmpuint (use->changed_end, ==, strlen (use->match));
  g_assert_cmpstr (use->instead_of, ==, "defence");
  g_assert_cmpint (use->paragraph, ==, 0);
  use = g_ptr_array_index (trace->variants, 2);
  g_assert_cmpstr (use->date, ==, "2022-06-08");
  g_assert_cmpstr (use->match, ==, "collective resilience");
  /* An exact use is not a variant. */
  use = g_ptr_array_index (trace->uses, 0);
  g_assert_null (use->instead_of);
  g_assert_cmpuint (use->changed_end, ==, 0);

  /* The newest release only: the counts say how many could have one. */
  g_assert_true (cmq_trace_find_near_variants (trace, index, 30, 1, NULL, &error));
  g_assert_cmpuint (trace->variants->len, ==, 2);
  g_assert_cmpuint (trace->n_variant_searched, ==, 1);
  g_assert_cmpstr (((CmqTraceOccurrence *) g_ptr_array_index (trace->variants, 0))->date, ==,
                   "2022-06-08");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/trace/find-variants", test_find_variants);
  g_test_add_func ("/trace/variants-linear", test_variants_linear);
  g_test_add ("/trace/near-variants", Fixture, NULL, fixture_set_up, test_near_variants,
              fixture_tear_down);

  return g_test_run ();
}
