/* test-importer-regex.c: the importer's patterns matched through PCRE2 directly
 * (cmq-importer-regex.c) find what GRegex finds, the reference they replaced.
 *
 * Each pattern is compiled both ways, caseless and not, and both are run on every subject: the
 * match, every group's offsets and every later match must agree. The patterns and subjects are
 * chosen where the compile options show: Unicode letters and digits for \w, \d, \b and the
 * classes, caseless letters beyond ASCII, the newlines $ and the dot see (CR, NEL, U+2028),
 * groups that take no part, empty matches, lookbehinds across the start of a later search, and
 * a pattern whose backtracking outgrows the JIT's stack (no match in GRegex, which must stay so). Threads match at once, each with its
 * own match data.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer-private.h"

static const char *const patterns[] = {
  "\\w+",
  "\\d+",
  "\\bété\\b",
  "[[:alpha:]]+",
  "[[:upper:]]\\w*",
  "ÉTÉ|straße",
  "a$",
  "^b",
  "a.b",
  "\\s+",
  "(x)?(y)?z",
  "(?:(said)|(told)) (\\p{Lu}\\p{L}+)",
  "x*",
  "(?<!\\d)(\\d{1,2})\\.",
  "(?-i)(?<!\\p{L})(?:wird|will) [^0-9]*?(\\d+)",
  "^(?:(source|url)\\s*:?\\s*)?(https?://([^/\\s]+)\\S*)$",
  "(a|b|c)*+d",
  "(?:(?:a|ab)c|[^d])*d",
  "(a|b)*c",
};

static const char *const subjects[] = {
  "",
  "été à Genève, ÉTÉ",
  "Straße STRASSE straße",
  "٣ ١٢ 12 ²",
  "a\r",
  "a\xc2\x85",
  "a\xe2\x80\xa8",
  "a\n",
  "a\rb a\nb a\xc2\x85"
  "b ab",
  "z xz yz xyz",
  "“We stand,” said Jens Stoltenberg, and told Poland",
  "On 12. and 3. May, 2024.",
  "Der Minister wird am 14. Mai 2025 und will dann 3 reisen",
  "Source: https://www.nato.int/cps/en/natohq/news.htm",
  "https://example.org",
  "\u00a0\u202f\u3000 \t",
  "İstanbul ǅ ǆ Ω K",
};

/* A long subject: every position is a start, and the possessive and nested repetitions
 * backtrack deep. */
static char *
long_subject (void)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < 20000; i++)
    g_string_append (text, i % 7 == 0 ? "abc" : "ab");
  /* (a|b)*c: deeper than the JIT's stack from most starts. */
  for (guint i = 0; i < 50000; i++)
    g_string_append (text, "ab");
  g_string_append (text, "c");
  return g_string_free (text, FALSE);
}

/* Every match of @regex in @text, each group's offsets, as the reference writes them. */
static char *
describe_reference (GRegex *regex, const char *text)
{
  g_autoptr (GMatchInfo) match = NULL;
  GString *out = g_string_new (NULL);

  for (g_regex_match (regex, text, 0, &match); g_match_info_matches (match);
       g_match_info_next (match, NULL))
    {
      for (int group = 0; group < g_match_info_get_match_count (match); group++)
        {
          int start = -1, end = -1;

          g_match_info_fetch_pos (match, group, &start, &end);
          g_string_append_printf (out, "%d:%d-%d ", group, start, end);
        }
      g_string_append (out, "| ");
    }
  return g_string_free (out, FALSE);
}

static char *
describe (CmqRegex *regex, const char *text)
{
  GString *out = g_string_new (NULL);

  for (int count = cmq_regex_exec (regex, text); count > 0;
       count = cmq_regex_exec_next (regex, text))
    {
      for (int group = 0; group < count; group++)
        {
          int start = -1, end = -1;

          cmq_regex_group (group, &start, &end);
          g_string_append_printf (out, "%d:%d-%d ", group, start, end);
        }
      g_string_append (out, "| ");
    }
  return g_string_free (out, FALSE);
}

static void
compare (const char *pattern, gboolean caseless, const char *text)
{
  g_autoptr (GRegex) reference =
      g_regex_new (pattern, (caseless ? G_REGEX_CASELESS : 0) | G_REGEX_OPTIMIZE, 0, NULL);
  g_autoptr (CmqRegex) regex = cmq_regex_new (pattern, caseless);
  g_autofree char *expected = NULL;
  g_autofree char *found = NULL;

  g_assert_nonnull (reference);
  g_assert_nonnull (regex);
  expected = describe_reference (reference, text);
  found = describe (regex, text);
  if (g_strcmp0 (expected, found) != 0)
    g_test_message ("pattern %s (%s) on “%.60s”", pattern, caseless ? "caseless" : "case kept",
                    text);
  g_assert_cmpstr (found, ==, expected);
  g_assert_cmpint (cmq_regex_match (regex, text), ==, g_regex_match (reference, text, 0, NULL));
}

static void
test_as_gregex (void)
{
  g_autofree char *text = long_subject ();

  for (guint p = 0; p < G_N_ELEMENTS (patterns); p++)
    for (guint caseless = 0; caseless < 2; caseless++)
      {
        for (guint s = 0; s < G_N_ELEMENTS (subjects); s++)
          compare (patterns[p], caseless, subjects[s]);
        compare (patterns[p], caseless, text);
      }
}

static void
test_fetch (void)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;
  const char *text = "Source: https://www.nato.int/x";
  g_autofree char *label = NULL;
  g_autofree char *none = NULL;
  g_autoptr (GString) many = NULL;
  g_autoptr (CmqRegex) wide = NULL;
  int start = 0, end = 0;

  cmq_regex_get (&initialised, &regex, "^(?:(SOURCE)|(url))\\s*:\\s*(\\S+)$");
  g_assert_true (cmq_regex_match (regex, text));
  label = cmq_regex_fetch (text, 1);
  none = cmq_regex_fetch (text, 2);
  g_assert_cmpstr (label, ==, "Source");
  g_assert_cmpstr (none, ==, "");
  g_assert_false (cmq_regex_group (2, &start, &end));
  g_assert_cmpint (start, ==, -1);
  g_assert_cmpint (end, ==, -1);
  g_assert_true (cmq_regex_find (regex, text, 3, &start, &end));
  g_assert_cmpint (start, ==, 8);
  g_assert_cmpint (end, ==, (int) strlen (text));
  start = end = 0;
  g_assert_false (cmq_regex_find (regex, "Sources https://x", 0, &start, &end));
  g_assert_cmpint (start, ==, 0);
  g_assert_cmpint (end, ==, 0);

  /* More groups than the match data holds (the chrome patterns joined): still a match, and the
   * first groups are read. */
  many = g_string_new ("(x)");
  for (guint i = 0; i < 60; i++)
    g_string_append (many, "(y)?");
  g_string_append (many, "(z)");
  wide = cmq_regex_new (many->str, TRUE);
  g_assert_true (cmq_regex_match (wide, "a xyyz"));
  g_assert_true (cmq_regex_find (wide, "a xyyz", 2, &start, &end));
  g_assert_cmpint (start, ==, 3);
}

typedef struct
{
  CmqRegex *regex;
  const char *text;
  int start;
} Job;

static gpointer
match_many (gpointer data)
{
  Job *job = data;

  for (guint i = 0; i < 20000; i++)
    {
      int start = -2, end = -2;

      if (cmq_regex_exec (job->regex, job->text) == 0 || !cmq_regex_group (1, &start, &end) ||
          start != job->start)
        return GINT_TO_POINTER (FALSE);
    }
  return GINT_TO_POINTER (TRUE);
}

static void
test_threads (void)
{
  g_autoptr (CmqRegex) regex = cmq_regex_new ("(\\p{Lu}\\w+)$", FALSE);
  Job jobs[] = { { regex, "said Stoltenberg", 5 },
                 { regex, "a déclaré Rutte", 12 },
                 { regex, "Élysée", 0 },
                 { regex, "x Ab", 2 } };
  GThread *threads[G_N_ELEMENTS (jobs)];

  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    threads[i] = g_thread_new ("match", match_many, &jobs[i]);
  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    g_assert_true (GPOINTER_TO_INT (g_thread_join (threads[i])));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer-regex/as-gregex", test_as_gregex);
  g_test_add_func ("/importer-regex/fetch", test_fetch);
  g_test_add_func ("/importer-regex/threads", test_threads);
  return g_test_run ();
}
