/* test-compare.c: the alignment of two releases and the word changes, with no display: pairs
 * built to show each kind of change, and real releases of the fixtures; and where a traced
 * phrase occurs in a text.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-compare.h"
#include "cmq-importer.h"
#include "cmq-trace.h"

/* Eight paragraphs on different subjects, long enough to be told apart. */
static const char *const base[] = {
  "NATO Defence Ministers met in Brussels on Thursday to discuss the Alliance's deterrence and "
  "defence posture, and agreed new plans for the eastern flank.",
  "The Secretary General welcomed the increase in defence spending across Europe and Canada, "
  "saying that every Ally must now invest at least two percent of its GDP.",
  "Ministers also reviewed support to Ukraine, including ammunition, air defence systems and "
  "training for its armed forces, through the comprehensive assistance package.",
  "Cyber attacks on critical infrastructure were high on the agenda. Allies agreed to share more "
  "intelligence on threats to undersea cables and pipelines in the North Sea and the Baltic.",
  "The meeting closed with a session with the European Union's High Representative on "
  "military mobility, so that troops and equipment can cross borders quickly.",
  "In a press conference, the Secretary General thanked Finland and Sweden for their "
  "contributions to the Alliance's exercises in the High North this spring.",
  "Climate change and security will be discussed at the next summit, where leaders are expected "
  "to adopt a new target for cutting emissions from military activities.",
  "The next meeting of Defence Ministers will take place in June, ahead of the summit in "
  "Vilnius where Heads of State and Government will gather.",
  NULL,
};

/* The first sentence and the rest of base[3], as a split would leave them. */
#define BASE3_FIRST "Cyber attacks on critical infrastructure were high on the agenda."
#define BASE3_REST                                                                                 \
  "Allies agreed to share more intelligence on threats to undersea cables and pipelines in the "   \
  "North Sea and the Baltic."

static GString *
rebuild (GPtrArray *spans, CmqDiffOp left_out)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < spans->len; i++)
    {
      CmqDiffSpan *span = g_ptr_array_index (spans, i);

      if (span->op != left_out)
        g_string_append (text, span->text);
    }
  return text;
}

/* What must hold for any alignment: each paragraph of either release in exactly one item, the
 * second release's text rebuilt from each item's changes, the first's too, links both ways, and
 * the counts adding up. */
static void
check_invariants (CmqComparison *cmp, const char *const *a, const char *const *b)
{
  guint na = g_strv_length ((char **) a), nb = g_strv_length ((char **) b);
  g_autofree guint *seen_a = g_new0 (guint, na + 1);
  g_autofree guint *seen_b = g_new0 (guint, nb + 1);
  guint counted = 0;

  for (guint k = 0; k < cmq_comparison_get_n_items (cmp); k++)
    {
      const CmqCompareItem *item = cmq_comparison_get_item (cmp, k);
      g_autoptr (GString) expect_a = g_string_new (NULL);
      g_autoptr (GString) expect_b = g_string_new (NULL);

      if (item->kind == CMQ_COMPARE_MOVED_AWAY)
        {
          const CmqCompareItem *moved;

          g_assert_cmpint (item->link, >=, 0);
          moved = cmq_comparison_get_item (cmp, item->link);
          g_assert_cmpint (moved->kind, ==, CMQ_COMPARE_MOVED);
          g_assert_cmpint (moved->link, ==, k);
          g_assert_cmpuint (moved->a_first, ==, item->a_first);
          g_assert_null (item->spans);
          continue;
        }
      counted++;
      g_assert_cmpint (item->link >= 0, ==, item->kind == CMQ_COMPARE_MOVED);
      for (guint i = item->a_first; i < item->a_first + item->a_count; i++)
        {
          g_assert_cmpuint (i, <, na);
          seen_a[i]++;
          g_string_append_printf (expect_a, "%s%s", i > item->a_first ? "\n" : "", a[i]);
        }
      for (guint j = item->b_first; j < item->b_first + item->b_count; j++)
        {
          g_assert_cmpuint (j, <, nb);
          seen_b[j]++;
          g_string_append_printf (expect_b, "%s%s", j > item->b_first ? "\n" : "", b[j]);
        }
      {
        g_autoptr (GString) got_a = rebuild (item->spans, CMQ_DIFF_INSERT);
        g_autoptr (GString) got_b = rebuild (item->spans, CMQ_DIFF_DELETE);

        g_assert_cmpstr (got_a->str, ==, expect_a->str);
        g_assert_cmpstr (got_b->str, ==, expect_b->str);
      }
      g_assert_cmpint (item->kind == CMQ_COMPARE_UNCHANGED, ==,
                       item->a_count == 1 && item->b_count == 1 &&
                           cmq_word_diff_is_equal (item->spans) && item->kind != CMQ_COMPARE_MOVED);
    }
  for (guint i = 0; i < na; i++)
    g_assert_cmpuint (seen_a[i], ==, 1);
  for (guint j = 0; j < nb; j++)
    g_assert_cmpuint (seen_b[j], ==, 1);
  for (guint kind = 0; kind < CMQ_COMPARE_MOVED_AWAY; kind++)
    counted -= cmq_comparison_count (cmp, kind);
  g_assert_cmpuint (counted, ==, 0);
}

static CmqComparison *
compare (const char *const *a, const char *const *b)
{
  CmqComparison *cmp = cmq_comparison_new (a, b);

  if (g_test_verbose ())
    for (guint k = 0; k < cmq_comparison_get_n_items (cmp); k++)
      {
        const CmqCompareItem *item = cmq_comparison_get_item (cmp, k);

        g_test_message ("%s a%u+%u b%u+%u %.2f", cmq_compare_kind_to_string (item->kind),
                        item->a_first, item->a_count, item->b_first, item->b_count,
                        item->similarity);
      }
  check_invariants (cmp, a, b);
  return cmp;
}

/* The kinds of the items, in order, as one string ("unchanged reworded …"). */
static char *
kinds_of (CmqComparison *cmp)
{
  g_autoptr (GString) kinds = g_string_new (NULL);

  for (guint k = 0; k < cmq_comparison_get_n_items (cmp); k++)
    g_string_append_printf (kinds, "%s%s", k > 0 ? " " : "",
                            cmq_compare_kind_to_string (cmq_comparison_get_item (cmp, k)->kind));
  return g_string_free (g_steal_pointer (&kinds), FALSE);
}

static char *
diff_text (GPtrArray *spans)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; i < spans->len; i++)
    {
      CmqDiffSpan *span = g_ptr_array_index (spans, i);

      if (span->op == CMQ_DIFF_DELETE)
        g_string_append_printf (out, "[-%s-]", span->text);
      else if (span->op == CMQ_DIFF_INSERT)
        g_string_append_printf (out, "{+%s+}", span->text);
      else
        g_string_append (out, span->text);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_diff (const char *a, const char *b, const char *expected)
{
  g_autoptr (GPtrArray) spans = cmq_word_diff (a, b);
  g_autofree char *text = diff_text (spans);
  g_autoptr (GString) got_b = rebuild (spans, CMQ_DIFF_DELETE);
  g_autoptr (GString) got_a = rebuild (spans, CMQ_DIFF_INSERT);

  g_assert_cmpstr (text, ==, expected);
  g_assert_cmpstr (got_a->str, ==, a);
  g_assert_cmpstr (got_b->str, ==, b);
}

static void
test_word_diff (void)
{
  assert_diff ("", "", "");
  assert_diff ("Same words.", "Same words.", "Same words.");
  assert_diff ("", "New text.", "{+New text.+}");
  assert_diff ("Old text.", "", "[-Old text.-]");
  assert_diff ("The Alliance will remain strong.", "The Alliance must remain united.",
               "The Alliance [-will-]{+must+} remain [-strong-]{+united+}.");
  /* Punctuation and spaces are kept, and a lone space between two changes joins them. */
  assert_diff ("Allies, in Brussels, agreed the old plan today.",
               "Allies in Vilnius agreed a new plan today!",
               "Allies[-,-] in [-Brussels,-]{+Vilnius+} agreed [-the old-]{+a new+} plan "
               "today[-.-]{+!+}");
  /* A word shorter than the changes on both sides is part of one change, not a patchwork. */
  assert_diff ("Allies discussed the budget in Brussels.",
               "Leaders agreed a new budget for Vilnius.",
               "[-Allies discussed the budget in Brussels-]{+Leaders agreed a new budget for "
               "Vilnius+}.");
  /* Case and accents are changes of wording too. */
  assert_diff ("the Türkiye delegation", "the Turkiye Delegation",
               "the [-Türkiye delegation-]{+Turkiye Delegation+}");
  /* Words that keep their place around an insertion stay equal. */
  assert_diff ("one two three four", "one two and a half three four",
               "one two {+and a half +}three four");
}

static void
test_word_diff_rewritten (void)
{
  g_autoptr (GString) a = g_string_new (NULL);
  g_autoptr (GString) b = g_string_new (NULL);
  g_autoptr (GPtrArray) spans = NULL;

  /* Thousands of changes: one deletion and one insertion rather than minutes of work. */
  for (guint i = 0; i < 3000; i++)
    {
      g_string_append_printf (a, "a%u ", i);
      g_string_append_printf (b, "b%u ", i);
    }
  spans = cmq_word_diff (a->str, b->str);
  g_assert_cmpuint (spans->len, ==, 3);
  g_assert_cmpint (((CmqDiffSpan *) g_ptr_array_index (spans, 0))->op, ==, CMQ_DIFF_DELETE);
  g_assert_cmpint (((CmqDiffSpan *) g_ptr_array_index (spans, 1))->op, ==, CMQ_DIFF_INSERT);
  g_assert_cmpstr (((CmqDiffSpan *) g_ptr_array_index (spans, 2))->text, ==, " ");
}

static void
test_unchanged (void)
{
  g_autoptr (CmqComparison) cmp = compare (base, base);
  g_autofree char *kinds = kinds_of (cmp);
  g_autofree char *summary = cmq_comparison_summary (cmp);

  g_assert_cmpstr (kinds, ==,
                   "unchanged unchanged unchanged unchanged unchanged unchanged "
                   "unchanged unchanged");
  g_assert_cmpuint (cmq_comparison_count (cmp, CMQ_COMPARE_UNCHANGED), ==, 8);
  g_assert_cmpstr (summary, ==, "8 unchanged");
}

static void
test_empty (void)
{
  const char *const none[] = { NULL };
  g_autoptr (CmqComparison) both = compare (none, none);
  g_autoptr (CmqComparison) added = compare (none, base);
  g_autoptr (CmqComparison) removed = compare (base, none);
  g_autofree char *summary = cmq_comparison_summary (both);

  g_assert_cmpuint (cmq_comparison_get_n_items (both), ==, 0);
  g_assert_cmpstr (summary, ==, "No paragraphs");
  g_assert_cmpuint (cmq_comparison_count (added, CMQ_COMPARE_ADDED), ==, 8);
  g_assert_cmpuint (cmq_comparison_count (removed, CMQ_COMPARE_REMOVED), ==, 8);
}

static void
test_reworded (void)
{
  const char *const b[] = {
    base[0],
    base[1],
    "Ministers also reviewed military support to Ukraine, including ammunition, air defence "
    "systems and training for its armed forces, through the assistance package.",
    base[3],
    base[4],
    base[5],
    base[6],
    base[7],
    NULL,
  };
  g_autoptr (CmqComparison) cmp = compare (base, b);
  g_autofree char *kinds = kinds_of (cmp);
  const CmqCompareItem *item = cmq_comparison_get_item (cmp, 2);
  g_autofree char *text = diff_text (item->spans);

  g_assert_cmpstr (kinds, ==,
                   "unchanged unchanged reworded unchanged unchanged unchanged "
                   "unchanged unchanged");
  g_assert_cmpstr (text, ==,
                   "Ministers also reviewed {+military +}support to Ukraine, including "
                   "ammunition, air defence systems and training for its armed forces, through "
                   "the [-comprehensive -]assistance package.");
  g_assert_cmpfloat (item->similarity, >, 0.7);
  g_assert_cmpfloat (item->similarity, <, 1);
}

static void
test_added_removed (void)
{
  const char *const b[] = {
    base[0],
    base[1],
    base[2],
    "A new paragraph about the financing of the common budget, which nobody had mentioned before "
    "this meeting of the Council.",
    base[3],
    base[4],
    base[6],
    base[7],
    NULL,
  };
  g_autoptr (CmqComparison) cmp = compare (base, b);
  g_autofree char *kinds = kinds_of (cmp);
  g_autofree char *summary = cmq_comparison_summary (cmp);

  g_assert_cmpstr (kinds, ==,
                   "unchanged unchanged unchanged added unchanged unchanged removed "
                   "unchanged unchanged");
  g_assert_cmpuint (cmq_comparison_get_item (cmp, 3)->b_first, ==, 3);
  g_assert_cmpuint (cmq_comparison_get_item (cmp, 6)->a_first, ==, 5);
  g_assert_cmpstr (summary, ==, "7 unchanged, 1 added, 1 removed");
}

static void
test_moved (void)
{
  /* base[2] moves down, and one of its words changes on the way. */
  const char *const b[] = {
    base[0],
    base[1],
    base[3],
    base[4],
    base[5],
    "Ministers also reviewed support to Ukraine, including ammunition, air defence systems and "
    "training for its armed forces, through the new comprehensive assistance package.",
    base[6],
    base[7],
    NULL,
  };
  g_autoptr (CmqComparison) cmp = compare (base, b);
  g_autofree char *kinds = kinds_of (cmp);
  const CmqCompareItem *away = cmq_comparison_get_item (cmp, 2);
  const CmqCompareItem *moved = cmq_comparison_get_item (cmp, 6);
  g_autofree char *text = diff_text (moved->spans);

  g_assert_cmpstr (kinds, ==,
                   "unchanged unchanged moved-away unchanged unchanged unchanged "
                   "moved unchanged unchanged");
  g_assert_cmpint (away->link, ==, 6);
  g_assert_cmpint (moved->link, ==, 2);
  g_assert_cmpuint (moved->a_first, ==, 2);
  g_assert_cmpuint (moved->b_first, ==, 5);
  g_assert_true (g_str_has_suffix (text, "through the {+new +}comprehensive assistance package."));
  g_assert_cmpuint (cmq_comparison_count (cmp, CMQ_COMPARE_MOVED), ==, 1);
  g_assert_cmpuint (cmq_comparison_count (cmp, CMQ_COMPARE_MOVED_AWAY), ==, 0);
}

static void
test_split_merged (void)
{
  const char *const split[] = {
    base[0], base[1], base[2], BASE3_FIRST, BASE3_REST, base[4], base[5], base[6], base[7], NULL,
  };
  g_autoptr (CmqComparison) cmp = compare (base, split);
  g_autoptr (CmqComparison) back = compare (split, base);
  g_autofree char *kinds = kinds_of (cmp);
  g_autofree char *back_kinds = kinds_of (back);
  const CmqCompareItem *item = cmq_comparison_get_item (cmp, 3);
  g_autofree char *text = diff_text (item->spans);

  g_assert_cmpstr (kinds, ==,
                   "unchanged unchanged unchanged split unchanged unchanged unchanged "
                   "unchanged");
  g_assert_cmpuint (item->a_first, ==, 3);
  g_assert_cmpuint (item->a_count, ==, 1);
  g_assert_cmpuint (item->b_first, ==, 3);
  g_assert_cmpuint (item->b_count, ==, 2);
  g_assert_cmpstr (text, ==, BASE3_FIRST "[- -]{+\n+}" BASE3_REST);

  g_assert_cmpstr (back_kinds, ==,
                   "unchanged unchanged unchanged merged unchanged unchanged "
                   "unchanged unchanged");
  item = cmq_comparison_get_item (back, 3);
  g_assert_cmpuint (item->a_count, ==, 2);
  g_assert_cmpuint (item->b_count, ==, 1);
}

/* Everything at once, and the other way round. */
static void
test_all_kinds (void)
{
  const char *const b[] = {
    "NATO Defence Ministers met in Vilnius on Thursday to discuss the Alliance's deterrence and "
    "defence posture, and agreed new plans for the eastern flank.",
    base[2],
    BASE3_FIRST,
    BASE3_REST,
    base[4],
    base[1],
    "An entirely new paragraph on the protection of civilians in armed conflict, and on the "
    "women, peace and security agenda.",
    base[7],
    NULL,
  };
  g_autoptr (CmqComparison) cmp = compare (base, b);
  g_autoptr (CmqComparison) back = compare (b, base);
  g_autofree char *kinds = kinds_of (cmp);
  g_autofree char *summary = cmq_comparison_summary (cmp);

  /* In the gap before base[7]: what left the first release, then what came in the second. */
  g_assert_cmpstr (kinds, ==,
                   "reworded moved-away unchanged split unchanged removed removed "
                   "moved added unchanged");
  g_assert_cmpstr (summary, ==, "3 unchanged, 1 reworded, 1 added, 2 removed, 1 moved, 1 split");
  g_assert_cmpuint (cmq_comparison_count (back, CMQ_COMPARE_MERGED), ==, 1);
  g_assert_cmpuint (cmq_comparison_count (back, CMQ_COMPARE_ADDED), ==, 2);
  g_assert_cmpuint (cmq_comparison_count (back, CMQ_COMPARE_REMOVED), ==, 1);
  g_assert_cmpuint (cmq_comparison_count (back, CMQ_COMPARE_MOVED), ==, 1);
}

static CmqRelease *
import_fixture (CmqImporter *importer, const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "real", name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  CmqRelease *release = cmq_importer_import_file (importer, file, NULL, &error);

  g_assert_no_error (error);
  return release;
}

/* Releases on the same subject, a few years apart: what they share is found, the rest is added
 * or removed, and either way round gives the same pairs. */
static void
test_real_pairs (void)
{
  static const char *const pairs[][2] = {
    { "031.txt", "016.txt" }, /* Montenegro's Prime Minister at NATO, 2011 and 2013 */
    { "040.txt", "007.txt" }, /* Defence Ministers' meetings, 2023 and 2025 */
    { "010.txt", "025.txt" }, /* the Secretary General, 2004 and 2007 */
  };
  g_autoptr (CmqImporter) importer = cmq_importer_new ();

  for (guint p = 0; p < G_N_ELEMENTS (pairs); p++)
    {
      g_autoptr (CmqRelease) first = import_fixture (importer, pairs[p][0]);
      g_autoptr (CmqRelease) second = import_fixture (importer, pairs[p][1]);
      const char *const *a = cmq_release_get_paragraphs (first);
      const char *const *b = cmq_release_get_paragraphs (second);
      g_autoptr (CmqComparison) cmp = compare (a, b);
      g_autoptr (CmqComparison) back = compare (b, a);
      g_autoptr (CmqComparison) same = compare (a, a);
      guint na = g_strv_length ((char **) a);
      guint matched = 0;

      g_assert_cmpuint (cmq_comparison_count (same, CMQ_COMPARE_UNCHANGED), ==, na);
      g_assert_cmpuint (cmq_comparison_get_n_items (same), ==, na);
      for (guint kind = CMQ_COMPARE_UNCHANGED; kind <= CMQ_COMPARE_REWORDED; kind++)
        {
          g_assert_cmpuint (cmq_comparison_count (cmp, kind), ==,
                            cmq_comparison_count (back, kind));
          matched += cmq_comparison_count (cmp, kind);
        }
      g_assert_cmpuint (cmq_comparison_count (cmp, CMQ_COMPARE_ADDED), ==,
                        cmq_comparison_count (back, CMQ_COMPARE_REMOVED));
      g_assert_cmpuint (cmq_comparison_count (cmp, CMQ_COMPARE_SPLIT), ==,
                        cmq_comparison_count (back, CMQ_COMPARE_MERGED));
      /* Different stories: nothing is taken for unchanged. */
      g_assert_cmpuint (cmq_comparison_count (cmp, CMQ_COMPARE_UNCHANGED), ==, 0);
      g_assert_cmpfloat (cmq_compare_similarity (a, b), <, cmq_compare_similarity (a, a));
      if (p == 0)
        {
          /* Both thank Montenegro for its part in ISAF, in other words: the one pair found. */
          g_assert_cmpuint (matched, ==, 1);
          for (guint k = 0; k < cmq_comparison_get_n_items (cmp); k++)
            {
              const CmqCompareItem *item = cmq_comparison_get_item (cmp, k);

              if (item->kind == CMQ_COMPARE_REWORDED)
                {
                  g_assert_nonnull (strstr (a[item->a_first], "ISAF"));
                  g_assert_nonnull (strstr (b[item->b_first], "ISAF"));
                }
            }
        }
    }
}

/* A real release against an edited copy of itself: the edits are found as such. */
static void
test_real_edited (void)
{
  g_autoptr (CmqImporter) importer = cmq_importer_new ();
  g_autoptr (CmqRelease) release = import_fixture (importer, "016.txt");
  const char *const *a = cmq_release_get_paragraphs (release);
  guint n = g_strv_length ((char **) a);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) b = NULL;
  g_autofree char *reworded = NULL;
  g_autoptr (CmqComparison) cmp = NULL;

  g_assert_cmpuint (n, >=, 5);
  /* Paragraph 1 removed, 0 reworded, 4 moved to the top, a paragraph added at the end. */
  reworded = g_strdup_printf ("Today, %s", a[0]);
  g_strv_builder_add (builder, a[4]);
  g_strv_builder_add (builder, reworded);
  for (guint i = 2; i < n; i++)
    if (i != 4)
      g_strv_builder_add (builder, a[i]);
  g_strv_builder_add (builder, "For more information, contact the press office of the Alliance "
                               "at its headquarters in Brussels.");
  b = g_strv_builder_end (builder);

  cmp = compare (a, (const char *const *) b);
  g_assert_cmpuint (cmq_comparison_count (cmp, CMQ_COMPARE_REWORDED), ==, 1);
  g_assert_cmpuint (cmq_comparison_count (cmp, CMQ_COMPARE_REMOVED), ==, 1);
  g_assert_cmpuint (cmq_comparison_count (cmp, CMQ_COMPARE_MOVED), ==, 1);
  g_assert_cmpuint (cmq_comparison_count (cmp, CMQ_COMPARE_ADDED), ==, 1);
  g_assert_cmpuint (cmq_comparison_count (cmp, CMQ_COMPARE_UNCHANGED), ==, n - 3);
  g_assert_cmpint (cmq_comparison_get_item (cmp, 0)->kind, ==, CMQ_COMPARE_MOVED);
  g_assert_cmpuint (cmq_comparison_get_item (cmp, 0)->a_first, ==, 4);
}

static char *
found_text (const char *text, const char *phrase)
{
  g_autoptr (GArray) found = cmq_trace_find (text, phrase);
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; i < found->len; i += 2)
    {
      gsize start = g_array_index (found, gsize, i), end = g_array_index (found, gsize, i + 1);

      g_string_append_printf (out, "[%.*s]", (int) (end - start), text + start);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The uses of a phrase as the search matches it: whole words in order, case, accents and
 * punctuation between them folded. */
static void
test_trace_find (void)
{
  static const char *const cases[][3] = {
    { "The North Atlantic Council met. NORTH atlantic council again; north-atlantic, council!",
      "north atlantic council",
      "[North Atlantic Council][NORTH atlantic council][north-atlantic, council]" },
    { "Türkiye’s and TURKIYE and Turkiyes", "turkiye", "[Türkiye][TURKIYE]" },
    { "the Secretary Generals and Secretary General", "Secretary General", "[Secretary General]" },
    { "de l'Europe, du Conseil de l’Europe", "Conseil de l'Europe", "[Conseil de l’Europe]" },
    { "no use here", "zanzibar", "" },
    { "words", " ,; ", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = found_text (cases[i][0], cases[i][1]);

      g_assert_cmpstr (got, ==, cases[i][2]);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/compare/word-diff", test_word_diff);
  g_test_add_func ("/compare/word-diff/rewritten", test_word_diff_rewritten);
  g_test_add_func ("/compare/unchanged", test_unchanged);
  g_test_add_func ("/compare/empty", test_empty);
  g_test_add_func ("/compare/reworded", test_reworded);
  g_test_add_func ("/compare/added-removed", test_added_removed);
  g_test_add_func ("/compare/moved", test_moved);
  g_test_add_func ("/compare/split-merged", test_split_merged);
  g_test_add_func ("/compare/all-kinds", test_all_kinds);
  g_test_add_func ("/compare/real-pairs", test_real_pairs);
  g_test_add_func ("/compare/real-edited", test_real_edited);
  g_test_add_func ("/trace/find", test_trace_find);

  return g_test_run ();
}
