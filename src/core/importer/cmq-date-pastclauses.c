/* cmq-date-pastclauses.c: a story's date governed by a relative clause in a past tense ("the
 * statements which he made on 3 May", "les propos qu'il a tenus le 3 mai", "de verklaringen die
 * hij op 3 september 2009 heeft afgelegd", "die Rede, die er am 3. Mai gehalten hat"): the day of
 * an earlier event the release speaks of, not the release's. A past tense in the main clause
 * ("The minister signed the agreement on 3 May") still dates the release.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-date-rules.h"
#include "cmq-importer-private.h"

/* Each pattern catches the day governed by the clause in its group 1; the clause's words are
 * letters only, one space apart, so that a comma, a colon or a quotation ends it. */
static const char *const past_clauses[] = {
  /* "which he made on 3 May", "who had signed it on Monday 3 May", "which was discussed by the
   * City Board at their meeting of 1 June": a relative pronoun, a verb in the past (a regular
   * ending, or a common irregular one), then "on" or "of" and the day */
  "(?<!\\p{L})(?:which|who|whom)(?: (?!will |shall |would |is |are |to |be )\\p{L}+){0,4}? "
  "(?:had |has |have )?(?:\\p{L}{2,}ed|made|gave|held|took|met|said|sent|wrote|spoke|began|won|"
  "saw|became|brought|led|told|paid|set|put)(?: \\p{L}+){0,8}? (?:on|of) (?:\\p{L}+,? )?(?:the )?"
  "(\\d{1,2})(?!\\d)",
  /* "qu'il a prononcé le 3 mai", "qui avait eu lieu le mardi 3 mai": a relative pronoun, avoir
   * in a past tense and a participle ("a lieu" is the present) */
  "(?<!\\p{L})(?:qu['’]|que |qui |dont |lequel |laquelle |lesquels |lesquelles )"
  "(?:(?:il|elle|ils|elles|on|l['’]on|nous|vous|je) ?)?(?:a|ont|avait|avaient|avons|avez|ai) "
  "(?!lieu )\\p{L}+(?: \\p{L}+){0,3}? (?:le|du) (?:\\p{L}+ )?(\\d{1,2})(?:er)?(?!\\d)",
  /* "die hij op 3 september 2009 heeft afgelegd": the verb after the day, as Dutch puts it */
  "(?<!\\p{L})(?:die|dat|welke)(?: \\p{L}+){0,4}? op (?:\\p{L}+ )?(\\d{1,2}) \\p{L}+"
  "(?: \\d{4})?(?: \\p{L}+){0,2}? (?:heeft|hebben|had|hadden) \\p{L}+(?:d|t|en)(?!\\p{L})",
  /* "die hij heeft afgelegd op 3 september" */
  "(?<!\\p{L})(?:die|dat|welke)(?: \\p{L}+){0,4}? (?:heeft|hebben|had|hadden) \\p{L}+(?:d|t|en)"
  "(?: \\p{L}+){0,2}? op (?:\\p{L}+ )?(\\d{1,2})(?!\\d)",
  /* ", die er am 3. Mai gehalten hat": German opens a relative clause with a comma */
  ", (?:der|die|das|den|dem|deren|dessen|welche[rsnm]?)(?: \\p{L}+){0,4}? am (?:\\p{L}+,? )?"
  "(\\d{1,2})\\. \\p{L}+(?: \\d{4})?(?: \\p{L}+){0,3}? (?:hat|haben|hatte|hatten)(?!\\p{L})",
};

/* The words one of the patterns needs, one of which @sentence must hold to be scanned. */
static const char *const markers[] = { "which",  "who",      "qu",  "dont", "lequel",
                                       "laquel", "lesquel",  "die", "dat",  "welke",
                                       ", d",    ", welche", NULL };

/* The markers each pattern of past_clauses needs, in the same order: one of them is in a
 * sentence the pattern matches, whatever the case of its letters, unless it has one of the
 * characters caseless matching may take for an ASCII letter (see patterns_to_try ()). */
static const char *const pattern_markers[][4] = {
  { "which", "who", NULL },        { "qu", "dont", NULL },      { "die", "dat", "welke", NULL },
  { "die", "dat", "welke", NULL }, { ", d", ", welche", NULL },
};

static gboolean
holds_any (const char *lower, const char *const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (lower, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* Which patterns of past_clauses may match @sentence, a bit for each: none when it holds none of
 * the markers, else those whose own markers it holds, or all of them when it holds the long s,
 * the Kelvin sign or the dotted or dotless i (caseless matching may take them for ASCII letters,
 * which markers alone let through). */
static guint
patterns_to_try (const char *sentence)
{
  g_autofree char *lower = g_ascii_strdown (sentence, -1);
  guint patterns = 0;

  G_STATIC_ASSERT (G_N_ELEMENTS (pattern_markers) == G_N_ELEMENTS (past_clauses));
  if (!holds_any (lower, markers))
    return 0;
  if (strstr (sentence, "\xC5\xBF") != NULL || strstr (sentence, "\xE2\x84\xAA") != NULL ||
      strstr (sentence, "\xC4\xB0") != NULL || strstr (sentence, "\xC4\xB1") != NULL)
    return (1u << G_N_ELEMENTS (past_clauses)) - 1;
  for (guint i = 0; i < G_N_ELEMENTS (pattern_markers); i++)
    if (holds_any (lower, pattern_markers[i]))
      patterns |= 1u << i;
  return patterns;
}

gboolean
cmq_date_group_holds_day (CmqRegex *regex, const char *text, gsize before, guint day)
{
  for (int count = cmq_regex_exec (regex, text); count > 1;
       count = cmq_regex_exec_next (regex, text))
    {
      int start, end;

      cmq_regex_group (1, &start, &end);
      if (start < 0 || (gsize) start >= before)
        break;
      if (g_ascii_strtoull (text + start, NULL, 10) == day)
        return TRUE;
    }
  return FALSE;
}

gboolean
cmq_date_past_clause_governs_day (const char *sentence, guint day)
{
  static gsize initialised[G_N_ELEMENTS (past_clauses)];
  static CmqRegex *regexes[G_N_ELEMENTS (past_clauses)];
  guint patterns;

  if (sentence == NULL || day == 0 || (patterns = patterns_to_try (sentence)) == 0)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (past_clauses); i++)
    {
      CmqRegex *regex;

      if ((patterns & (1u << i)) == 0)
        continue;
      regex = cmq_regex_get (&initialised[i], &regexes[i], past_clauses[i]);
      if (cmq_date_group_holds_day (regex, sentence, G_MAXSIZE, day))
        return TRUE;
    }
  return FALSE;
}
