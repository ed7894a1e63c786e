/* cmq-importer-rulelines.c: a rule line ("_____", "-----", "=====") near the end of the dump that
 * separates the story from what the press office adds under it: the organisation's standing
 * paragraph, its address, the page's fields, with a way to reach the office above or under the
 * rule ("Contact presse : … 06 83 84 01 77", a rule, "Les 53 Parcs naturels régionaux de France
 * représentent …", "Fédération …, 9 rue Christiani – 75018 Paris – 01 44 90 86 20", heldout36
 * fpnr-01). A rule between two sections of a story has the story's paragraphs under it: a rule
 * is read as the story's end only with few lines under it, one long paragraph at most (the
 * standing note), and a telephone number or an e-mail address next to it. The contact lines
 * right above the rule go with it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-rulelines.h"
#include "cmq-importer-separators.h"

/* Under the rule, at most this many lines: the standing note, the address, the page's fields. */
#define MAX_LINES_UNDER_RULE 8
/* Of them, at most this many are paragraphs longer than this many words: a standing note. */
#define MAX_LONG_PARAGRAPHS  1
#define LONG_PARAGRAPH_WORDS 20
/* Right above the rule, at most this many contact lines go with it. */
#define MAX_CONTACT_LINES_ABOVE 3

/* Whether @text is a rule: a run of underscores, dashes or equals signs, alone on its line
 * ("***" and ornaments are scene breaks or end marks, read elsewhere). */
static gboolean
is_rule (const char *text)
{
  while (*text == ' ' || *text == '\t')
    text++;
  /* the byte test first: most lines open with a letter */
  if (*text != '_' && *text != '-' && *text != '=' && !g_str_has_prefix (text, "–") &&
      !g_str_has_prefix (text, "—"))
    return FALSE;
  return cmq_importer_is_separator (text);
}

/* The first of the contact lines right above line @rule (a press contact, its prompt), or
 * @rule when there are none. */
static guint
contact_lines_above (GArray *lines, guint first, guint rule)
{
  guint start = rule;

  for (guint i = rule, n = 0; i-- > first + 1 && n < MAX_CONTACT_LINES_ABOVE;)
    {
      const char *text = g_array_index (lines, Line, i).text;

      if (is_blank (lines, i))
        continue;
      if (!cmq_importer_is_contact_detail (text) && !cmq_importer_is_contact_prompt (text))
        break;
      start = i;
      n++;
    }
  return start;
}

guint
cmq_importer_rule_line_start (GArray *lines, const LineInfo *info, guint first)
{
  guint n_under = 0;
  guint n_long = 0;
  gboolean contact = FALSE;
  guint rule = lines->len;
  guint start;

  for (guint i = lines->len; i-- > first + 1 && n_under <= MAX_LINES_UNDER_RULE;)
    {
      const char *text = g_array_index (lines, Line, i).text;

      if (is_blank (lines, i))
        continue;
      if (is_rule (text))
        {
          rule = i;
          break;
        }
      n_under++;
      n_long += info[i].words > LONG_PARAGRAPH_WORDS;
    }
  if (rule == lines->len || n_under == 0 || n_long > MAX_LONG_PARAGRAPHS)
    return lines->len;
  /* the contact patterns only under a rule: most dumps have none */
  for (guint i = rule + 1; i < lines->len && !contact; i++)
    contact = !is_blank (lines, i) &&
              cmq_importer_is_contact_detail (g_array_index (lines, Line, i).text);
  start = contact_lines_above (lines, first, rule);
  if (!contact && start == rule)
    return lines->len;
  /* the story stays: a sentence of it above the lines cut */
  for (guint i = start; i-- > first;)
    if (info[i].body)
      return start;
  return lines->len;
}
