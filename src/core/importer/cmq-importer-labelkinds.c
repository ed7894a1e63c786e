/* cmq-importer-labelkinds.c: kind labels the page's furniture writes with something else on
 * their line: after the release's date ("Monday, November 11 2002 MEDIA RELEASE"), or joined to
 * another kind label as the site files its page under both ("News and Press Release"), or after
 * its issuer's acronym before a colon ("MFA Press Statement: …").
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-private.h"

/* Words of a kind label at the end of a date line: "Media Release", "Communiqué de presse". */
#define MAX_LABEL_WORDS 4

/* Whether all of @folded is a kind phrase of kinds.txt (nothing after it but spaces). */
static gboolean
is_whole_kind_phrase (const char *folded)
{
  gsize n = cmq_importer_kind_phrase_length (folded);

  return n > 0 && folded[n + strspn (folded + n, " ")] == '\0';
}

/* Bytes of a line's end folded alone, first, to see whether its last words may be a kind label. */
#define TAIL_BYTES 96

/* Whether the last MAX_LABEL_WORDS words of @text folded, cheaply found by folding its tail
 * alone, are no kind phrase. Folding works a character at a time (NFD does not reorder across
 * an ASCII space), so the tail after an ASCII space folds to the end of the whole line folded:
 * when that holds more than MAX_LABEL_WORDS words, the places cmq_importer_kind_after_date ()
 * tries are all in it. A long story paragraph is then never folded whole. */
static gboolean
tail_holds_no_label (const char *text)
{
  gsize len = strlen (text);
  const char *tail;
  g_autofree char *folded = NULL;
  guint spaces = 0;
  const char *p;

  if (len <= 2 * TAIL_BYTES || (tail = strchr (text + len - TAIL_BYTES, ' ')) == NULL)
    return FALSE;
  folded = g_strchomp (cmq_importer_fold (tail + 1));
  for (p = folded; *p != '\0'; p++)
    spaces += *p == ' ';
  if (spaces <= MAX_LABEL_WORDS)
    return FALSE;
  spaces = 0;
  for (p = folded + strlen (folded); p > folded && spaces < MAX_LABEL_WORDS; p--)
    {
      if (p[-1] != ' ')
        continue;
      spaces++;
      if (is_whole_kind_phrase (p))
        return FALSE;
    }
  return TRUE;
}

const char *
cmq_importer_kind_after_date (const char *text)
{
  g_autofree char *folded = NULL;
  const char *p;
  guint words = 0;

  if (strpbrk (text, "0123456789") == NULL || tail_holds_no_label (text))
    return NULL;
  folded = g_strchomp (cmq_importer_fold (text));
  /* the label: the last few words, all of them a kind phrase; the date: all that comes before */
  for (p = folded + strlen (folded); p > folded && words < MAX_LABEL_WORDS; p--)
    {
      g_autofree char *date = NULL;

      if (p[-1] != ' ')
        continue;
      words++;
      if (!is_whole_kind_phrase (p))
        continue;
      date = g_strchomp (g_strndup (folded, p - folded));
      if (cmq_importer_is_head_date_line (date))
        return cmq_importer_kind_of_start (p, TRUE);
    }
  return NULL;
}

/* The words that join two labels of one page: "News and Press Release", "Actualité et
 * communiqué", "Nachricht und Pressemitteilung", "Noticia y comunicado". */
static const char *const joins[] = { " and ", " & ", " et ", " und ", " y ", " e ", " en ", NULL };

const char *
cmq_importer_kind_of_joined_labels (const char *text)
{
  g_autofree char *folded = NULL;
  const char *found = NULL;
  const char *part;
  guint parts = 0;

  /* every byte folded is a kind phrase's or a join's, which hold no figure nor these marks
   * (kinds.txt): a line with one is none, and need not be folded */
  if (!g_unichar_isupper (g_utf8_get_char (text)) ||
      strpbrk (text, CMQ_IMPORTER_NOT_IN_KIND_PHRASES) != NULL)
    return NULL;
  folded = g_strstrip (cmq_importer_fold (text));
  for (part = folded; part != NULL; parts++)
    {
      const char *next = NULL;
      const char *kind;
      g_autofree char *label = NULL;

      for (guint j = 0; joins[j] != NULL; j++)
        {
          const char *at = strstr (part, joins[j]);

          if (at != NULL && (next == NULL || at < next))
            next = at;
        }
      label = next != NULL ? g_strndup (part, next - part) : g_strdup (part);
      /* each part a kind label alone, in the singular: a menu names its sections in the plural */
      if (!is_whole_kind_phrase (label) ||
          (kind = cmq_importer_kind_of_start (label, TRUE)) == NULL)
        return NULL;
      /* the most telling kind: a press release over a mere news item */
      if (found == NULL || strcmp (found, "news story") == 0)
        found = kind;
      part = next != NULL ? strchr (next + 1, ' ') + 1 : NULL;
    }
  return parts >= 2 ? found : NULL;
}

/* Lines, not blank, from the story's first line on, where a date and its kind label may still
 * be: a caption or a repeated headline taken for the story's start may come before them. */
#define MAX_STORY_HEAD_LINES 4

const char *
cmq_importer_kind_after_date_in_story_head (GArray *lines, guint first)
{
  guint seen = 0;

  for (guint i = first; i < lines->len && seen < MAX_STORY_HEAD_LINES; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      const char *kind;

      if (*line->text == '\0')
        continue;
      seen++;
      /* a date and a kind label, nothing else, is no sentence, whatever role the line was
       * given: the label of this page, not of a related one, so near the story's start */
      if ((kind = cmq_importer_kind_after_date (line->text)) != NULL)
        return kind;
    }
  return NULL;
}

/* Words of the issuer's acronyms before a kind label ("MFA", "EU", "G7"). */
#define MAX_ISSUER_ACRONYMS 2
/* Characters of such an acronym. */
#define MIN_ACRONYM_CHARS 2
#define MAX_ACRONYM_CHARS 8
/* Bytes of such a label before its colon: "MFA Press Statement". */
#define MAX_ISSUER_LABEL_BYTES 48

/* Whether the @n bytes at @word are an acronym: a capital ASCII letter, then capitals or
 * figures ("MFA", "UNHCR", "G20"). */
static gboolean
is_acronym_word (const char *word, gsize n)
{
  if (n < MIN_ACRONYM_CHARS || n > MAX_ACRONYM_CHARS || !g_ascii_isupper (word[0]))
    return FALSE;
  for (gsize i = 1; i < n; i++)
    if (!g_ascii_isupper (word[i]) && !g_ascii_isdigit (word[i]))
      return FALSE;
  return TRUE;
}

const char *
cmq_importer_kind_of_issuer_label (const char *text)
{
  const char *colon = strchr (text, ':');
  const char *p = text;
  g_autofree char *label = NULL;
  g_autofree char *folded = NULL;
  guint acronyms = 0;

  if (colon == NULL || colon - text > MAX_ISSUER_LABEL_BYTES || colon[1] != ' ')
    return NULL;
  for (gsize n; acronyms < MAX_ISSUER_ACRONYMS && is_acronym_word (p, n = strcspn (p, " :"));
       acronyms++)
    {
      if (p[n] != ' ')
        return NULL;
      p += n + 1;
    }
  if (acronyms == 0 || p >= colon)
    return NULL;
  label = g_strndup (p, colon - p);
  folded = cmq_importer_fold (label);
  return is_whole_kind_phrase (folded) ? cmq_importer_kind_of_start (folded, TRUE) : NULL;
}
