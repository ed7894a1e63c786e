/* cmq-importer-announced.c: the kind a page's own line announces for the text it carries ("We
 * publish the full speech of…", "Read the statement in full", "Confira na íntegra a nota…"): a
 * repost or an excerpt says what the text is when no label, headline or lead does.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* An announcement is a short line, not a story sentence that speaks of a speech in passing. */
#define MAX_ANNOUNCEMENT_WORDS 30
/* It names the text among its first words ("Leia a intervenção na íntegra"). */
#define MAX_KIND_WORD_INDEX 6
/* Small words between "in full" and the kind ("the full text of the statement"). */
#define MAX_LINK_WORDS 3

/* Words saying a text is given whole, folded, in en fr de es it nl pt pl: the longest first. */
static const char *const whole_words[] = { "full text",
                                           "texte integral",
                                           "dans son integralite",
                                           "en integralite",
                                           "im wortlaut",
                                           "volledige tekst",
                                           "pelny tekst",
                                           "w calosci",
                                           "na integra",
                                           "in full",
                                           "integralmente",
                                           "integralement",
                                           "integrale",
                                           "integral",
                                           "integro",
                                           "integra",
                                           "wortlaut",
                                           "full",
                                           NULL };

/* Small words that may stand between them and the kind ("of the", "du", "a", "della"). */
static const char *const link_words[] = {
  "of", "the", "du",  "de",  "la",   "le",    "l",   "des",    "del",  "della", "dello", "dei",
  "a",  "o",   "da",  "do",  "der",  "die",   "das", "den",    "van",  "het",   "el",    "il",
  "lo", "su",  "sua", "seu", "this", "cette", "ce",  "questo", "este", "esta",  NULL
};

static gboolean
is_link_word (const char *word, gsize n)
{
  for (guint i = 0; link_words[i] != NULL; i++)
    if (strlen (link_words[i]) == n && strncmp (word, link_words[i], n) == 0)
      return TRUE;
  return FALSE;
}

/* The kind whose phrase ends just before @marker in @key, starting at a word no later than
 * MAX_KIND_WORD_INDEX; or NULL. */
static const char *
kind_before (const char *key, const char *marker)
{
  guint index = 0;

  for (const char *p = key; p < marker; index++)
    {
      gsize n = cmq_importer_kind_phrase_length (p);

      if (index > MAX_KIND_WORD_INDEX)
        return NULL;
      if (n > 0 && p + n + 1 == marker)
        return cmq_importer_kind_of_start (p, FALSE);
      p = strchr (p, ' ');
      if (p == NULL)
        return NULL;
      p++;
    }
  return NULL;
}

/* The kind after @p, a few small words passed over, starting at a word no later than
 * MAX_KIND_WORD_INDEX (@index: that of @p); or NULL. */
static const char *
kind_after (const char *p, guint index)
{
  for (guint links = 0; *p != '\0' && index <= MAX_KIND_WORD_INDEX; links++, index++)
    {
      gsize n = strcspn (p, " ");

      if (cmq_importer_kind_phrase_length (p) > 0)
        return cmq_importer_kind_of_start (p, FALSE);
      if (links == MAX_LINK_WORDS || !is_link_word (p, n) || p[n] == '\0')
        return NULL;
      p += n + 1;
    }
  return NULL;
}

/* The number of words of @key before @p. */
static guint
words_before (const char *key, const char *p)
{
  guint n = 0;

  for (const char *q = key; q < p; q++)
    n += *q == ' ';
  return n;
}

/* Whether the @n bytes at @p are those of @cue (which holds no NUL): strncmp () without its call,
 * which cost more than the walk for the few bytes compared, most often one. */
static inline gboolean
holds_at (const char *p, const char *cue, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (p[i] != cue[i])
      return FALSE;
  return TRUE;
}

/* Whether @text holds "ull", "ntegr", "ntégr", "ortlaut", "tekst", "cało" or "calo": every word
 * above is at least four letters, and most lines hold none of these letters together. Each of
 * them holds an 'l', a 'g', a 'k' or the first byte of 'ł' at a known place: the line is walked
 * once from one such byte to the next, where seven strstr() calls walked all of it seven times. */
static gboolean
has_whole_cue (const char *text)
{
  for (const char *p = strpbrk (text, "lgk\xc5"); p != NULL; p = strpbrk (p + 1, "lgk\xc5"))
    {
      gsize before = p - text;

      switch (*p)
        {
        case 'l': /* the first 'l' of "ull" */
          if ((before >= 1 && holds_at (p - 1, "ull", 3)) ||
              (before >= 3 && holds_at (p - 3, "ortlaut", 7)) ||
              (before >= 2 && holds_at (p - 2, "calo", 4)))
            return TRUE;
          break;
        case 'g':
          if ((before >= 3 && holds_at (p - 3, "ntegr", 5)) ||
              (before >= 4 && holds_at (p - 4, "ntégr", 6)))
            return TRUE;
          break;
        case 'k':
          if (before >= 2 && holds_at (p - 2, "tekst", 5))
            return TRUE;
          break;
        default: /* the first byte of 'ł' */
          if (before >= 2 && holds_at (p - 2, "ca\xc5\x82o", 5))
            return TRUE;
          break;
        }
    }
  return FALSE;
}

/* The kind @text announces, or NULL. */
static const char *
kind_announced_by (const char *text)
{
  g_autofree char *key = NULL;
  guint words;

  if (!has_whole_cue (text))
    return NULL;
  key = cmq_importer_key (text);
  words = cmq_importer_count_words (key);
  if (words > MAX_ANNOUNCEMENT_WORDS)
    return NULL;
  for (guint i = 0; whole_words[i] != NULL; i++)
    {
      gsize n = strlen (whole_words[i]);

      for (const char *p = strstr (key, whole_words[i]); p != NULL;
           p = strstr (p + 1, whole_words[i]))
        {
          const char *kind;

          if ((p > key && p[-1] != ' ') || (p[n] != ' ' && p[n] != '\0'))
            continue;
          kind = p > key ? kind_before (key, p) : NULL;
          if (kind == NULL && p[n] == ' ')
            kind = kind_after (p + n + 1, words_before (key, p) + 1);
          if (kind != NULL)
            return kind;
        }
    }
  return NULL;
}

const char *
cmq_importer_kind_announced (GArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const char *kind = kind_announced_by (g_array_index (lines, Line, i).text);

      if (kind != NULL)
        return kind;
    }
  return NULL;
}
