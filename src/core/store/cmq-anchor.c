/* cmq-anchor.c: finding a highlighted passage again after its release changed.
 *
 * A release may be imported again from an edited file, or the importer may change: paragraphs
 * are reflowed, added or removed, words change around or inside the quote. A passage is kept
 * with its quote, some context, its paragraph number and a hash of its paragraph's words, and
 * is looked for in three steps: the exact text (where it occurs more than once, the occurrence
 * whose context and paragraph fit best); the quote's words in the paragraph with the same hash
 * (spacing, case, accents or punctuation changed); then the span of words that best matches the
 * quote's, in order (longest common subsequence), when enough of them match. What fits nowhere
 * is detached: the caller lists it with its text and note, never drops it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-anchor"

#include <string.h>

#include "cmq-anchor.h"

/* A fuzzy match needs this share of the quote's words, in order, and no more than this share
 * of other words in the span. */
#define FUZZY_MIN_SCORE 0.6
/* How much the context words (five each side) count in a fuzzy match, against the share of the
 * quote's words (0 to 1). */
#define CONTEXT_WEIGHT 0.25
/* What each paragraph away from the passage's own costs a fuzzy match, up to ten: edits add or
 * remove a paragraph or two, so a near match close to its place beats a slightly better one
 * far from it. */
#define PARAGRAPH_WEIGHT 0.005
/* Words of a quote compared in a fuzzy match; a longer quote is matched on its beginning. */
#define FUZZY_MAX_WORDS 80

typedef struct
{
  char *word; /* case-folded, without accents */
  gsize start;
  gsize end;
} Token;

static void
token_clear (Token *token)
{
  g_free (token->word);
}

static char *
fold_word (const char *word, gssize length)
{
  g_autofree char *folded = g_utf8_casefold (word, length);
  g_autofree char *decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFD);
  GString *out = g_string_new (NULL);

  for (const char *p = decomposed; p != NULL && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* The words of @text (runs of letters and digits) with their byte offsets. */
static GArray *
tokenize (const char *text)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  const char *word_start = NULL;

  g_array_set_clear_func (tokens, (GDestroyNotify) token_clear);
  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gboolean in_word = *p != '\0' && g_unichar_isalnum (g_utf8_get_char (p));

      if (in_word && word_start == NULL)
        word_start = p;
      else if (!in_word && word_start != NULL)
        {
          Token token = { fold_word (word_start, p - word_start), word_start - text, p - text };

          g_array_append_val (tokens, token);
          word_start = NULL;
        }
      if (*p == '\0')
        break;
    }
  return tokens;
}

char *
cmq_anchor_paragraph_hash (const char *paragraph)
{
  g_autoptr (GArray) tokens = tokenize (paragraph);
  g_autoptr (GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  for (guint i = 0; i < tokens->len; i++)
    {
      const char *word = g_array_index (tokens, Token, i).word;

      g_checksum_update (checksum, (const guchar *) word, strlen (word));
      g_checksum_update (checksum, (const guchar *) " ", 1);
    }
  return g_strndup (g_checksum_get_string (checksum), 16);
}

/* @text's last (or first) @n characters, on a character boundary. */
static char *
context (const char *text, gsize length, gboolean before)
{
  glong n_chars = g_utf8_strlen (text, length);

  if (before)
    {
      const char *from =
          g_utf8_offset_to_pointer (text, MAX (0, n_chars - CMQ_ANCHOR_CONTEXT_CHARS));

      return g_strndup (from, text + length - from);
    }
  return g_strndup (text, g_utf8_offset_to_pointer (text, MIN (n_chars, CMQ_ANCHOR_CONTEXT_CHARS)) -
                              text);
}

CmqAnchor *
cmq_anchor_new (const char *const *paragraphs, guint paragraph, gsize start, gsize end)
{
  const char *text;
  CmqAnchor *anchor;

  g_return_val_if_fail (paragraphs != NULL, NULL);

  if (paragraph == 0 || paragraph > g_strv_length ((char **) paragraphs))
    return NULL;
  text = paragraphs[paragraph - 1];
  if (start >= end || end > strlen (text) || !g_utf8_validate_len (text + start, end - start, NULL))
    return NULL;

  anchor = g_new0 (CmqAnchor, 1);
  anchor->quote = g_strndup (text + start, end - start);
  anchor->prefix = context (text, start, TRUE);
  anchor->suffix = context (text + end, strlen (text + end), FALSE);
  anchor->paragraph = paragraph;
  anchor->paragraph_hash = cmq_anchor_paragraph_hash (text);
  return anchor;
}

CmqAnchor *
cmq_anchor_copy (const CmqAnchor *anchor)
{
  CmqAnchor *copy = g_new0 (CmqAnchor, 1);

  copy->quote = g_strdup (anchor->quote);
  copy->prefix = g_strdup (anchor->prefix);
  copy->suffix = g_strdup (anchor->suffix);
  copy->paragraph = anchor->paragraph;
  copy->paragraph_hash = g_strdup (anchor->paragraph_hash);
  return copy;
}

void
cmq_anchor_free (CmqAnchor *anchor)
{
  if (anchor == NULL)
    return;
  g_free (anchor->quote);
  g_free (anchor->prefix);
  g_free (anchor->suffix);
  g_free (anchor->paragraph_hash);
  g_free (anchor);
}

/* How many bytes of @prefix end @text before @at, plus how many of @suffix start it after @end. */
static gsize
context_fit (const char *text, gsize at, gsize end, const CmqAnchor *anchor)
{
  gsize prefix_len = anchor->prefix != NULL ? strlen (anchor->prefix) : 0;
  gsize suffix_len = anchor->suffix != NULL ? strlen (anchor->suffix) : 0;
  gsize fit = 0;

  while (fit < prefix_len && fit < at && text[at - 1 - fit] == anchor->prefix[prefix_len - 1 - fit])
    fit++;
  for (gsize i = 0; i < suffix_len && text[end + i] == anchor->suffix[i]; i++)
    fit++;
  return fit;
}

static guint
distance (guint a, guint b)
{
  return a > b ? a - b : b - a;
}

static gboolean
locate_exact (const CmqAnchor *anchor, const char *const *paragraphs, CmqAnchorPosition *out)
{
  gsize quote_len = strlen (anchor->quote);
  double best = -1;

  for (guint p = 0; paragraphs[p] != NULL; p++)
    for (const char *at = strstr (paragraphs[p], anchor->quote); at != NULL;
         at = strstr (at + 1, anchor->quote))
      {
        gsize start = at - paragraphs[p];
        /* Context decides between occurrences; the paragraph number between equal contexts. */
        double score = context_fit (paragraphs[p], start, start + quote_len, anchor) -
                       distance (p + 1, anchor->paragraph) / 1000.0;

        if (score > best)
          {
            best = score;
            *out = (CmqAnchorPosition){ CMQ_ANCHOR_EXACT, p + 1, start, start + quote_len };
          }
      }
  return best > -1;
}

static gboolean
tokens_equal (GArray *a, guint a_from, GArray *b, guint n)
{
  for (guint i = 0; i < n; i++)
    if (strcmp (g_array_index (a, Token, a_from + i).word, g_array_index (b, Token, i).word) != 0)
      return FALSE;
  return TRUE;
}

static gboolean
locate_by_hash (const CmqAnchor *anchor, const char *const *paragraphs, GArray *quote,
                CmqAnchorPosition *out)
{
  guint best_distance = G_MAXUINT;

  if (anchor->paragraph_hash == NULL || quote->len == 0)
    return FALSE;
  for (guint p = 0; paragraphs[p] != NULL; p++)
    {
      g_autofree char *hash = cmq_anchor_paragraph_hash (paragraphs[p]);
      g_autoptr (GArray) tokens = NULL;

      if (strcmp (hash, anchor->paragraph_hash) != 0 ||
          distance (p + 1, anchor->paragraph) >= best_distance)
        continue;
      tokens = tokenize (paragraphs[p]);
      for (guint i = 0; i + quote->len <= tokens->len; i++)
        if (tokens_equal (tokens, i, quote, quote->len))
          {
            best_distance = distance (p + 1, anchor->paragraph);
            *out = (CmqAnchorPosition){ CMQ_ANCHOR_PARAGRAPH, p + 1,
                                        g_array_index (tokens, Token, i).start,
                                        g_array_index (tokens, Token, i + quote->len - 1).end };
            break;
          }
    }
  return best_distance != G_MAXUINT;
}

/* Of the words around a span, how many are the context's (0 to 1). */
static double
token_context_fit (GArray *tokens, guint from, guint to, GArray *before, GArray *after)
{
  guint fit = 0;
  guint total = before->len + after->len;

  for (guint k = 0; k < before->len && k < from; k++)
    fit += strcmp (g_array_index (tokens, Token, from - 1 - k).word,
                   g_array_index (before, Token, before->len - 1 - k).word) == 0;
  for (guint k = 0; k < after->len && to + k < tokens->len; k++)
    fit += strcmp (g_array_index (tokens, Token, to + k).word,
                   g_array_index (after, Token, k).word) == 0;
  return total > 0 ? (double) fit / total : 0;
}

typedef struct
{
  GArray *quote;
  guint n; /* quote words compared */
  GHashTable *quote_words;
  GArray *before; /* context words */
  GArray *after;
  guint *row; /* LCS rows, reused */
  guint *previous;
  double best;
  CmqAnchorPosition position;
} Fuzzy;

/* Every span of @tokens that starts with one of the quote's words (a span starting elsewhere
 * does no better than the one starting at its first matching word) and is not much longer than
 * the quote: the longest common subsequence with the quote, for all lengths at once. */
static void
fuzzy_paragraph (Fuzzy *f, GArray *tokens, guint paragraph, guint anchor_paragraph)
{
  guint max_len = f->n + f->n / 4 + 1;

  for (guint i = 0; i < tokens->len; i++)
    {
      guint limit = MIN (max_len, tokens->len - i);

      if (!g_hash_table_contains (f->quote_words, g_array_index (tokens, Token, i).word))
        continue;
      /* previous[l] = LCS (quote[0..q), window[0..l)), row by row over the quote. */
      memset (f->previous, 0, sizeof (guint) * (limit + 1));
      for (guint q = 1; q <= f->n; q++)
        {
          const char *word = g_array_index (f->quote, Token, q - 1).word;

          f->row[0] = 0;
          for (guint l = 1; l <= limit; l++)
            f->row[l] = strcmp (word, g_array_index (tokens, Token, i + l - 1).word) == 0
                            ? f->previous[l - 1] + 1
                            : MAX (f->previous[l], f->row[l - 1]);
          memcpy (f->previous, f->row, sizeof (guint) * (limit + 1));
        }
      for (guint l = 1; l <= limit; l++)
        {
          guint lcs = f->previous[l];
          double score = (double) lcs / MAX (f->n, l);
          double total;

          if (score < FUZZY_MIN_SCORE || lcs < MIN (f->n, 3u))
            continue;
          /* The words around it weigh as much as one word in four of the quote: an edited quote
           * in its own place beats the original words found in another sentence. */
          total = score +
                  CONTEXT_WEIGHT * token_context_fit (tokens, i, i + l, f->before, f->after) -
                  MIN (distance (paragraph, anchor_paragraph), 10u) * PARAGRAPH_WEIGHT;
          if (total > f->best)
            {
              f->best = total;
              f->position = (CmqAnchorPosition){ CMQ_ANCHOR_FUZZY, paragraph,
                                                 g_array_index (tokens, Token, i).start,
                                                 g_array_index (tokens, Token, i + l - 1).end };
            }
        }
    }
}

static GArray *
last_tokens (const char *text, guint n, gboolean last)
{
  GArray *tokens = tokenize (text != NULL ? text : "");

  if (tokens->len > n)
    {
      if (last)
        g_array_remove_range (tokens, 0, tokens->len - n);
      else
        g_array_set_size (tokens, n);
    }
  return tokens;
}

static gboolean
locate_fuzzy (const CmqAnchor *anchor, const char *const *paragraphs, GArray *quote,
              CmqAnchorPosition *out)
{
  Fuzzy f = { quote, MIN (quote->len, FUZZY_MAX_WORDS), NULL };
  gboolean found;

  if (f.n == 0)
    return FALSE;
  f.quote_words = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint q = 0; q < f.n; q++)
    g_hash_table_add (f.quote_words, g_array_index (quote, Token, q).word);
  f.before = last_tokens (anchor->prefix, 5, TRUE);
  f.after = last_tokens (anchor->suffix, 5, FALSE);
  f.row = g_new0 (guint, f.n + f.n / 4 + 2);
  f.previous = g_new0 (guint, f.n + f.n / 4 + 2);
  f.best = -1;
  for (guint p = 0; paragraphs[p] != NULL; p++)
    {
      g_autoptr (GArray) tokens = tokenize (paragraphs[p]);

      fuzzy_paragraph (&f, tokens, p + 1, anchor->paragraph);
    }
  found = f.best > -1;
  if (found)
    *out = f.position;
  g_hash_table_unref (f.quote_words);
  g_array_unref (f.before);
  g_array_unref (f.after);
  g_free (f.row);
  g_free (f.previous);
  return found;
}

CmqAnchorPosition
cmq_anchor_locate (const CmqAnchor *anchor, const char *const *paragraphs)
{
  CmqAnchorPosition position = { CMQ_ANCHOR_DETACHED, 0, 0, 0 };
  g_autoptr (GArray) quote = NULL;

  g_return_val_if_fail (anchor != NULL && anchor->quote != NULL, position);
  g_return_val_if_fail (paragraphs != NULL, position);

  if (*anchor->quote == '\0')
    return position;
  if (locate_exact (anchor, paragraphs, &position))
    return position;
  quote = tokenize (anchor->quote);
  if (locate_by_hash (anchor, paragraphs, quote, &position) ||
      locate_fuzzy (anchor, paragraphs, quote, &position))
    return position;
  return (CmqAnchorPosition){ CMQ_ANCHOR_DETACHED, 0, 0, 0 };
}
