/* cmq-importer-spacedlabels.c: letter-spaced labels. A PDF's letterhead writes its label with
 * its letters spaced out: "N E W S R E L E A S E 2200 Dodge Street, Omaha, … For Immediate
 * Release Contacts: …" on the first line of the text, the story on the next (heldout26
 * joslyn-01). Words written so are a label's or a letterhead's, never a headline's or a
 * sentence's: the line is the letterhead, not the title nor the story's first paragraph, and
 * the letters say the release's kind ("news release": a press release) once read as words,
 * which the letters alone do not mark: they are read against the kinds' phrases, cut in one,
 * two or three words.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-spacedlabels.h"

/* Letter-spaced words have at least this many letters spaced out: fewer ("A B C") may be
 * initials or a list's marks. */
#define MIN_SPACED_LETTERS 4
/* The letters of a label are this many at most. */
#define MAX_SPACED_LETTERS 40

/* The letters that open @text one by one, each a letter alone between spaces, into @letters;
 * *@rest set to what follows them. */
static guint
read_spaced_letters (const char *text, GString *letters, const char **rest)
{
  const char *p = text + strspn (text, " ");
  guint n = 0;

  *rest = p;
  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if (!g_unichar_isalpha (c) || (*next != ' ' && *next != '\0'))
        break;
      g_string_append_unichar (letters, c);
      n++;
      p = next + strspn (next, " ");
      *rest = p;
    }
  return n;
}

/* Whether the folded @words is a kind's phrase whole. */
static gboolean
is_kind_phrase (const char *words)
{
  return cmq_importer_kind_phrase_length (words) == strlen (words);
}

/* @joined, letters without spaces, cut into up to three words so that they make a kind's phrase:
 * that kind, or NULL. */
static const char *
kind_of_joined (const char *joined)
{
  gsize n = strlen (joined);
  g_autoptr (GString) words = g_string_new (NULL);

  for (gsize a = 0; a < n; a++)
    for (gsize b = a; b < n; b++)
      {
        g_string_assign (words, "");
        g_string_append_len (words, joined, a);
        if (a > 0)
          g_string_append_c (words, ' ');
        g_string_append_len (words, joined + a, b - a);
        if (b > a)
          g_string_append_c (words, ' ');
        g_string_append (words, joined + b);
        if ((a == 0 && b > 0) || !is_kind_phrase (words->str))
          continue;
        return cmq_importer_kind_of_start (words->str, FALSE);
      }
  return NULL;
}

const char *
cmq_importer_spaced_label_kind (const char *text, gboolean *spaced, const char **rest)
{
  g_autoptr (GString) letters = g_string_new (NULL);
  g_autofree char *joined = NULL;
  guint n = read_spaced_letters (text, letters, rest);

  *spaced = n >= MIN_SPACED_LETTERS;
  if (!*spaced || n > MAX_SPACED_LETTERS)
    return NULL;
  joined = cmq_importer_key (letters->str);
  return kind_of_joined (joined);
}

guint
cmq_importer_skip_spaced_letterhead (GArray *lines, const LineInfo *info, guint first,
                                     CmqDumpParts *parts)
{
  for (guint i = 0; i <= first && i < lines->len; i++)
    {
      CmqLineRole role = role_at (lines, i);
      const char *rest;
      const char *kind;
      gboolean spaced;

      if (is_blank (lines, i) || (role != CMQ_LINE_STORY && role != CMQ_LINE_LEADING_CHROME))
        continue;
      kind = cmq_importer_spaced_label_kind (g_array_index (lines, Line, i).text, &spaced, &rest);
      if (!spaced)
        continue;
      if (kind != NULL && parts->kind == NULL)
        parts->kind = kind;
      if (*rest == '\0')
        set_role (lines, i, kind != NULL ? CMQ_LINE_KIND : CMQ_LINE_LEADING_CHROME);
      else if (i < first)
        set_role (lines, i, CMQ_LINE_LEADING_CHROME);
      else if (story_body_below (lines, info, i) < lines->len)
        {
          /* the letterhead's date is the release's ("For Immediate Release … May 20, 2017") */
          set_role (lines, i, CMQ_LINE_RELEASE_DATE);
          g_ptr_array_add (parts->date_lines, g_strdup (rest));
          return story_body_below (lines, info, i);
        }
    }
  return first;
}
