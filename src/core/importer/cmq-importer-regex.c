/* cmq-importer-regex.c: the importer's hot regular expressions matched through PCRE2 directly.
 *
 * g_regex_match () makes a GMatchInfo and PCRE2 match data at every call and frees them after:
 * over a library that was more than a third of the instructions spent in regular expressions
 * (about 1,100 instructions a call, whatever the line). Here a pattern is compiled once, with the
 * options GRegex gives it (UTF-8, Unicode properties for \w, \d, \b and the classes, any newline,
 * caseless, compiled by the JIT where there is one), and each thread keeps one block of match
 * data for every match it makes, so that a match is PCRE2's work and nothing else. The results
 * are those of GRegex: the same pattern, the same options, the same text.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include "cmq-importer-private.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/* Room for this many groups in a thread's match data (the whole match's included). A pattern may
 * hold more (the chrome patterns joined in one), but no caller reads a group past these. */
#define MAX_PAIRS 32

/* A thread's match data, and the count of pairs its last match set (0: no match). */
typedef struct
{
  pcre2_match_data *data;
  int count;
} ThreadMatch;

static void
thread_match_free (gpointer data)
{
  ThreadMatch *match = data;

  pcre2_match_data_free (match->data);
  g_free (match);
}

static GPrivate thread_match = G_PRIVATE_INIT (thread_match_free);

static ThreadMatch *
get_thread_match (void)
{
  ThreadMatch *match = g_private_get (&thread_match);

  if (G_UNLIKELY (match == NULL))
    {
      match = g_new0 (ThreadMatch, 1);
      match->data = pcre2_match_data_create (MAX_PAIRS, NULL);
      g_assert (match->data != NULL);
      g_private_set (&thread_match, match);
    }
  return match;
}

static pcre2_code *
compile (const char *pattern, gboolean caseless)
{
  pcre2_compile_context *context = pcre2_compile_context_create (NULL);
  pcre2_code *code;
  PCRE2_SIZE offset = 0;
  int status = 0;

  /* GRegex's defaults: any newline sequence ends a line for ^, $ and the dot. */
  pcre2_set_newline (context, PCRE2_NEWLINE_ANY);
  code = pcre2_compile ((PCRE2_SPTR) pattern, PCRE2_ZERO_TERMINATED,
                        PCRE2_UTF | PCRE2_UCP | (caseless ? PCRE2_CASELESS : 0), &status, &offset,
                        context);
  pcre2_compile_context_free (context);
  if (code == NULL)
    return NULL;
  /* Without a JIT (another CPU), PCRE2 interprets the pattern: the same results, slower. */
  pcre2_jit_compile (code, PCRE2_JIT_COMPLETE);
  return code;
}

CmqRegex *
cmq_regex_new (const char *pattern, gboolean caseless)
{
  return (CmqRegex *) compile (pattern, caseless);
}

void
cmq_regex_free (CmqRegex *regex)
{
  /* The JIT's code goes with it. */
  pcre2_code_free ((pcre2_code *) regex);
}

CmqRegex *
cmq_regex_get (gsize *initialised, CmqRegex **regex, const char *pattern)
{
  if (g_once_init_enter (initialised))
    {
      *regex = cmq_regex_new (pattern, TRUE);
      if (*regex == NULL)
        g_error ("Importer pattern “%s” does not compile", pattern);
      g_once_init_leave (initialised, 1);
    }
  return *regex;
}

int
cmq_regex_exec_at (CmqRegex *regex, const char *text, gsize offset)
{
  ThreadMatch *match = get_thread_match ();
  int count;

#ifdef CMQ_CHECK_PATTERN_TEXTS
  /* Matched without checking the text (PCRE2_NO_UTF_CHECK): a text cut inside a character
   * would be undefined behaviour (a crash in the JIT's code), so development builds, which the
   * tests and the golden dump use, and the fuzzer check every text (src/core/meson.build,
   * build-aux/fuzz). */
  g_assert (g_utf8_validate (text, -1, NULL));
#endif
  count = pcre2_match ((const pcre2_code *) regex, (PCRE2_SPTR) text, PCRE2_ZERO_TERMINATED, offset,
                       PCRE2_NO_UTF_CHECK, match->data, NULL);

  /* An error is no match, as in GRegex: a match that outgrows the JIT's stack (the same default
   * stack as GRegex's) is "backtracking limit reached" there, and no match. 0 is a match whose
   * groups did not all fit. */
  match->count = count == 0 ? MAX_PAIRS : MAX (count, 0);
  return match->count;
}

int
cmq_regex_exec (CmqRegex *regex, const char *text)
{
  return cmq_regex_exec_at (regex, text, 0);
}

int
cmq_regex_exec_next (CmqRegex *regex, const char *text)
{
  ThreadMatch *match = get_thread_match ();
  PCRE2_SIZE *pairs = pcre2_get_ovector_pointer (match->data);
  gsize start = pairs[0], end = pairs[1];

  g_return_val_if_fail (match->count > 0, 0);
  /* As g_match_info_next (): after an empty match, from the next character. */
  if (end == start)
    {
      if (text[end] == '\0')
        return match->count = 0;
      end = g_utf8_next_char (text + end) - text;
    }
  return cmq_regex_exec_at (regex, text, end);
}

gboolean
cmq_regex_match (CmqRegex *regex, const char *text)
{
  return cmq_regex_exec (regex, text) > 0;
}

gboolean
cmq_regex_group (guint group, int *start, int *end)
{
  ThreadMatch *match = get_thread_match ();
  PCRE2_SIZE *pairs = pcre2_get_ovector_pointer (match->data);
  gboolean set;

  g_assert (group < MAX_PAIRS);
  set = group < (guint) match->count && pairs[2 * group] != PCRE2_UNSET;

  /* As g_match_info_fetch_pos (): a group that took no part in the match is at -1. */
  if (start != NULL)
    *start = set ? (int) pairs[2 * group] : -1;
  if (end != NULL)
    *end = set ? (int) pairs[2 * group + 1] : -1;
  return set;
}

char *
cmq_regex_fetch (const char *text, guint group)
{
  int start, end;

  /* As g_match_info_fetch (): a group of the pattern that took no part is empty. */
  if (!cmq_regex_group (group, &start, &end))
    return g_strdup ("");
  return g_strndup (text + start, end - start);
}

gboolean
cmq_regex_find (CmqRegex *regex, const char *text, guint group, int *start, int *end)
{
  if (cmq_regex_exec (regex, text) == 0)
    return FALSE;
  cmq_regex_group (group, start, end);
  return TRUE;
}
