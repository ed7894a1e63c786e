/* cmq-importer-gluedtwice.c: a page's headline said twice in a row on the line that holds the
 * story ("Home News DONATION OF MNT 391 MILLION HANDED OVER TO CHINA DONATION OF MNT 391 MILLION
 * HANDED OVER TO CHINA On March 13, a ceremony …", heldout29 mongolia-01): a page whose head and
 * story were saved as one line, its headline printed as the list's link and as the page's
 * heading. No sentence says a run of several words twice over: the run is the headline, what
 * stands before it the page's links, and the story starts at the capital after the copy. The line
 * is cut into the links, the headline (read once, as a copy on a line of its own is) and the
 * story, in any language.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* The headline said twice has this many words at least, and at most. */
#define MIN_TWICE_WORDS 4
#define MAX_TWICE_WORDS 30
/* The words before it (the page's links) are this few. */
#define MAX_LEADING_WORDS 12
/* The story after the copy has this many words at least. */
#define MIN_STORY_WORDS 6
/* Words of the line looked at. */
#define MAX_WORDS (MAX_LEADING_WORDS + 2 * MAX_TWICE_WORDS + 1)

typedef struct
{
  const char *start;
  gsize len;
} Word;

/* The line's first words, split at spaces (the line's spaces are collapsed); their number. */
static guint
split_words (const char *text, Word *words)
{
  guint n = 0;
  const char *p = text;

  /* byte loops, not strcspn () and strspn (): the words are short, the calls cost more */
  while (*p != '\0' && n < MAX_WORDS)
    {
      const char *end = p;

      while (*end != '\0' && *end != ' ')
        end++;
      words[n++] = (Word){ p, (gsize) (end - p) };
      for (p = end; *p == ' '; p++)
        ;
    }
  return n;
}

static gboolean
same_words (const Word *a, const Word *b, guint n)
{
  for (guint k = 0; k < n; k++)
    if (a[k].len != b[k].len || memcmp (a[k].start, b[k].start, a[k].len) != 0)
      return FALSE;
  return TRUE;
}

/* Whether the @n words from @words[@first], said twice, and the word after them repeat a shorter
 * run over and over ("Allies Allies Allies …"): a pattern, not a headline and its copy. */
static gboolean
is_pattern (const Word *words, guint first, guint n)
{
  for (guint period = 1; period < n; period++)
    {
      guint k = first;

      while (k + period <= first + 2 * n && same_words (words + k, words + k + period, 1))
        k++;
      if (k + period > first + 2 * n)
        return TRUE;
    }
  return FALSE;
}

/* Whether @n words from @words[@first] are said again right after, then a word of a sentence (a
 * capital, then a small letter) opens the rest. */
static gboolean
is_said_twice (const Word *words, guint n_words, guint first, guint n)
{
  const Word *next;

  if (first + 2 * n >= n_words || !same_words (words + first, words + first + n, n))
    return FALSE;
  next = &words[first + 2 * n];
  return g_unichar_isupper (g_utf8_get_char (next->start)) &&
         g_unichar_islower (g_utf8_get_char (g_utf8_next_char (next->start))) &&
         !is_pattern (words, first, n);
}

/* Whether the @len bytes at @run read as a headline, not as sentences said twice ("Very kind of
 * her. Very kind of her.", a speaker's words in a transcript): no sentence's end inside or
 * last. */
static gboolean
is_headline_run (const char *run, gsize len)
{
  g_autofree char *text = g_strndup (run, len);

  return !cmq_importer_ends_sentence (text) && strstr (text, ". ") == NULL &&
         strstr (text, "? ") == NULL && strstr (text, "! ") == NULL;
}

/* Where the headline said twice starts in @text, its length in @len and where the story starts
 * in @story; FALSE when there is none. */
static gboolean
find_twice (const char *text, gsize *start, gsize *len, gsize *story)
{
  Word words[MAX_WORDS];
  guint n_words = split_words (text, words);

  for (guint first = 0; first <= MAX_LEADING_WORDS && first < n_words; first++)
    {
      /* a run of @n words said twice and a word after it: no longer @n fits in the line */
      guint longest = MIN (MAX_TWICE_WORDS, (n_words - first - 1) / 2);

      if (longest < MIN_TWICE_WORDS)
        break;
      if (!g_unichar_isupper (g_utf8_get_char (words[first].start)))
        continue;
      for (guint n = longest; n >= MIN_TWICE_WORDS; n--)
        {
          const Word *last;

          if (!is_said_twice (words, n_words, first, n))
            continue;
          last = &words[first + n - 1];
          *start = (gsize) (words[first].start - text);
          *len = (gsize) (last->start + last->len - words[first].start);
          *story = (gsize) (words[first + 2 * n].start - text);
          return is_headline_run (text + *start, *len) &&
                 cmq_importer_count_words (text + *story) >= MIN_STORY_WORDS;
        }
    }
  return FALSE;
}

void
cmq_importer_split_glued_twice (GArray *lines, Line *line)
{
  gsize start = 0, len = 0, story = 0;
  char *rest;

  if (!find_twice (line->text, &start, &len, &story))
    return;
  if (start > 0)
    cmq_importer_append_paragraph (lines, line->text, start);
  cmq_importer_append_paragraph (lines, line->text + start, len);
  rest = g_strdup (line->text + story);
  g_free (line->text);
  line->text = rest;
}
