/* cmq-importer-distributed.c: the notice with which a press-release wire signs a release it
 * distributes for an organisation ("Distributed by APO Group on behalf of British High
 * Commission Nairobi.", heldout27 bhcnairobi-01), on its own line under the story or glued after
 * the story's last sentence ("… United States.Distributed by APO Group on behalf of …"): the
 * wire's words, not the story's. The wires' words are data (distribution-notices.txt).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"
#include "cmq-importer-roles-private.h"

#define DISTRIBUTION_NOTICES_PATH "/io/github/communique/Communique/core/distribution-notices.txt"

/* A wire's notice, the wire's and the organisation's names with it, is this short. */
#define MAX_NOTICE_WORDS 25

/* The notices of distribution-notices.txt as one pattern: at the line's start or right after a
 * sentence's end, a capital, a notice, then anything but another sentence to the line's end. */
static CmqRegex *
notice_regex (void)
{
  static gsize initialised = 0;
  static CmqRegex *regex = NULL;

  if (g_once_init_enter (&initialised))
    {
      g_autofree char *any =
          cmq_importer_data_alternation (DISTRIBUTION_NOTICES_PATH, "distribution notices");
      g_autofree char *pattern =
          g_strdup_printf ("(?:^|(?<=[.!?…\"”»]))\\s*(?=(?-i)\\p{Lu})(?:%s)[^!?]{1,160}$", any);

      regex = cmq_regex_new (pattern, TRUE);
      g_once_init_leave (&initialised, 1);
    }
  return regex;
}

/* The literal word each notice of distribution-notices.txt opens with, in lower case up to its
 * first character that is not an ASCII letter ("distribu" of "distribu[ée]e? par"): a line
 * holding none of them holds no notice, and the pattern, tried at each of its positions, is
 * spared. A notice that opens with anything else makes the list empty: every line is tried. */
static GStrv
notice_stems (void)
{
  static gsize initialised = 0;
  static GStrv stems = NULL;

  if (g_once_init_enter (&initialised))
    {
      g_auto (GStrv) lines =
          cmq_importer_data_lines (DISTRIBUTION_NOTICES_PATH, "distribution notices");
      g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
      gboolean all = TRUE;

      for (guint i = 0; lines[i] != NULL; i++)
        {
          gsize n = strspn (lines[i], "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
          g_autofree char *stem = g_ascii_strdown (lines[i], n);

          if (n < 4)
            all = FALSE;
          else
            g_strv_builder_add (builder, stem);
        }
      stems = all ? g_strv_builder_end (builder) : g_new0 (char *, 1);
      g_once_init_leave (&initialised, 1);
    }
  return stems;
}

/* The first letters of notice_stems (), in both cases: where a stem may start. */
static const char *
stem_firsts (void)
{
  static gsize initialised = 0;
  static char *firsts = NULL;

  if (g_once_init_enter (&initialised))
    {
      GStrv stems = notice_stems ();
      GString *set = g_string_new (NULL);

      for (guint i = 0; stems[i] != NULL; i++)
        if (strchr (set->str, stems[i][0]) == NULL)
          {
            g_string_append_c (set, stems[i][0]);
            g_string_append_c (set, g_ascii_toupper (stems[i][0]));
          }
      firsts = g_string_free (set, FALSE);
      g_once_init_leave (&initialised, 1);
    }
  return firsts;
}

/* Whether @text may hold a notice: one of the notices' opening words, in any case. Looked for
 * where a stem's first letter is, not in a copy of the whole line in lower case. */
static gboolean
may_hold_notice (const char *text)
{
  GStrv stems = notice_stems ();
  const char *firsts = stem_firsts ();

  if (stems[0] == NULL)
    return TRUE;
  for (const char *p = strpbrk (text, firsts); p != NULL; p = strpbrk (p + 1, firsts))
    {
      /* the first two letters in lower case (an ASCII letter's case bit set, any byte's): a stem
       * is compared only where they are its own, most places failing there */
      char first = *p | 0x20, second = p[1] | 0x20;

      for (guint i = 0; stems[i] != NULL; i++)
        if (first == stems[i][0] && second == stems[i][1] &&
            g_ascii_strncasecmp (p, stems[i], strlen (stems[i])) == 0)
          return TRUE;
    }
  return FALSE;
}

void
cmq_importer_cut_glued_tail (Line *line, int start)
{
  g_free (line->cut);
  line->cut = g_strdup (line->text + start);
  while (start > 0 && line->text[start - 1] == ' ')
    start--;
  line->text[start] = '\0';
  g_free (line->key);
  line->key = cmq_importer_key (line->text);
}

/* Under a notice, at most this many lines: the wire's links, a logo's label. A notice with more
 * under it is not where the story ends, and stays. */
#define MAX_LINES_AFTER_NOTICE 3

/* Where a wire's notice starts in @text: 0 when it is the whole line, the byte after the
 * sentence it is glued to, or -1 for none. */
static int
notice_start (const char *text)
{
  g_autofree char *key = NULL;
  int start;

  /* a notice names the wire and the organisation: a line without a space is none */
  if (strchr (text, ' ') == NULL || !may_hold_notice (text) ||
      !cmq_regex_find (notice_regex (), text, 0, &start, NULL))
    return -1;
  key = cmq_importer_key (text + start);
  if (cmq_importer_count_words (key) > MAX_NOTICE_WORDS)
    return -1;
  while (text[start] == ' ')
    start++;
  return start;
}

guint
cmq_importer_distribution_notice_start (GArray *lines, guint first)
{
  guint n_after = 0;

  for (guint i = lines->len; i-- > first + 1 && n_after <= MAX_LINES_AFTER_NOTICE;)
    {
      Line *line = &g_array_index (lines, Line, i);
      int start;

      if (is_blank (lines, i))
        continue;
      n_after++;
      if ((start = notice_start (line->text)) < 0)
        continue;
      if (start == 0)
        return i;
      /* glued after the story's last sentence: the sentence stays, the notice goes (kept aside
       * for the source: "… on behalf of X") */
      cmq_importer_cut_glued_tail (line, start);
      return i + 1;
    }
  return lines->len;
}
