/* cmq-word-diff.c: the word-level changes between two texts, for the compare view.
 *
 * Texts are cut into tokens that keep everything (words, runs of spaces, each other character),
 * so that both texts can be rebuilt from the changes. Myers' O(ND) diff runs on the tokens,
 * after the common start and end are set aside; then a lone space or punctuation mark between two
 * changes, or a stretch shorter than the changes on both sides, is folded into them, so that
 * "[-the old-]{+a new+}" reads as one change rather than "[-the-]{+a+} [-old-]{+new+}".
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-word-diff"

#include <string.h>

#include "cmq-word-diff.h"

/* Beyond this many changed tokens a pair is shown as one deletion and one insertion: it is
 * rewritten, and Myers' memory grows with the square of the changes. */
#define MAX_EDITS 1200

/* An EQUAL stretch of at most this many tokens, none of them a word, between two changes is
 * folded into them. */
#define MAX_GLUE_TOKENS 3

typedef enum
{
  TOKEN_WORD,
  TOKEN_SPACE,
  TOKEN_OTHER,
} TokenKind;

typedef struct
{
  const char *start;
  guint len;
  guint id; /* equal ids, equal tokens; every run of spaces is the same */
  TokenKind kind;
} Token;

typedef struct
{
  CmqDiffOp op;
  guint a; /* token of a (EQUAL, DELETE) */
  guint b; /* token of b (EQUAL, INSERT) */
} Step;

void
cmq_diff_span_free (CmqDiffSpan *span)
{
  if (span == NULL)
    return;
  g_free (span->text);
  g_free (span);
}

static TokenKind
kind_of (gunichar c)
{
  if (g_unichar_isalnum (c) || g_unichar_ismark (c))
    return TOKEN_WORD;
  if (c != '\n' && g_unichar_isspace (c))
    return TOKEN_SPACE;
  return TOKEN_OTHER;
}

static GArray *
tokenize (const char *text, GHashTable *ids)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  const char *p = text;

  while (*p != '\0')
    {
      Token token = { p, 0, 0, kind_of (g_utf8_get_char (p)) };
      const char *end = g_utf8_next_char (p);

      if (token.kind != TOKEN_OTHER)
        while (*end != '\0' && kind_of (g_utf8_get_char (end)) == token.kind)
          end = g_utf8_next_char (end);
      token.len = end - p;
      if (token.kind == TOKEN_SPACE)
        token.id = 0;
      else
        {
          g_autofree char *key = g_strndup (p, token.len);
          gpointer id;

          if (!g_hash_table_lookup_extended (ids, key, NULL, &id))
            {
              id = GUINT_TO_POINTER (g_hash_table_size (ids) + 1);
              g_hash_table_insert (ids, g_steal_pointer (&key), id);
            }
          token.id = GPOINTER_TO_UINT (id);
        }
      g_array_append_val (tokens, token);
      p = end;
    }
  return tokens;
}

static void
add_step (GArray *steps, CmqDiffOp op, guint a, guint b)
{
  Step step = { op, a, b };

  g_array_append_val (steps, step);
}

static void
backtrack (GPtrArray *trace, int offset, int a0, int n, int b0, int m, GArray *steps)
{
  guint first = steps->len;
  int x = n, y = m;

  for (int d = trace->len - 1; d >= 0; d--)
    {
      const int *v = g_ptr_array_index (trace, d);
      int k = x - y;
      int prev_k = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? k + 1 : k - 1;
      int prev_x = v[offset + prev_k];
      int prev_y = prev_x - prev_k;

      while (x > prev_x && y > prev_y)
        {
          x--, y--;
          add_step (steps, CMQ_DIFF_EQUAL, a0 + x, b0 + y);
        }
      if (d > 0)
        {
          if (x == prev_x)
            add_step (steps, CMQ_DIFF_INSERT, 0, b0 + prev_y);
          else
            add_step (steps, CMQ_DIFF_DELETE, a0 + prev_x, 0);
        }
      x = prev_x, y = prev_y;
    }
  /* The steps were found from the end. */
  for (guint i = first, j = steps->len; i + 1 < j; i++, j--)
    {
      Step tmp = g_array_index (steps, Step, i);

      g_array_index (steps, Step, i) = g_array_index (steps, Step, j - 1);
      g_array_index (steps, Step, j - 1) = tmp;
    }
}

/* Myers' greedy diff of a[a0..a0+n) and b[b0..b0+m); FALSE when it needs more than MAX_EDITS. */
static gboolean
myers (const Token *a, int a0, int n, const Token *b, int b0, int m, GArray *steps)
{
  int max_d = MIN (n + m, MAX_EDITS);
  int offset = max_d + 1;
  g_autofree int *v = g_new0 (int, 2 * max_d + 3);
  g_autoptr (GPtrArray) trace = g_ptr_array_new_with_free_func (g_free);

  for (int d = 0; d <= max_d; d++)
    {
      g_ptr_array_add (trace, g_memdup2 (v, sizeof (int) * (2 * max_d + 3)));
      for (int k = -d; k <= d; k += 2)
        {
          int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                      ? v[offset + k + 1]
                      : v[offset + k - 1] + 1;
          int y = x - k;

          while (x < n && y < m && a[a0 + x].id == b[b0 + y].id)
            x++, y++;
          v[offset + k] = x;
          if (x >= n && y >= m)
            {
              backtrack (trace, offset, a0, n, b0, m, steps);
              return TRUE;
            }
        }
    }
  return FALSE;
}

static GArray *
diff_tokens (GArray *a, GArray *b)
{
  GArray *steps = g_array_new (FALSE, FALSE, sizeof (Step));
  const Token *ta = (const Token *) a->data;
  const Token *tb = (const Token *) b->data;
  guint prefix = 0, suffix = 0;

  while (prefix < a->len && prefix < b->len && ta[prefix].id == tb[prefix].id)
    prefix++;
  while (suffix < a->len - prefix && suffix < b->len - prefix &&
         ta[a->len - 1 - suffix].id == tb[b->len - 1 - suffix].id)
    suffix++;

  for (guint i = 0; i < prefix; i++)
    add_step (steps, CMQ_DIFF_EQUAL, i, i);
  if (!myers (ta, prefix, a->len - prefix - suffix, tb, prefix, b->len - prefix - suffix, steps))
    {
      for (guint i = prefix; i < a->len - suffix; i++)
        add_step (steps, CMQ_DIFF_DELETE, i, 0);
      for (guint i = prefix; i < b->len - suffix; i++)
        add_step (steps, CMQ_DIFF_INSERT, 0, i);
    }
  for (guint i = suffix; i > 0; i--)
    add_step (steps, CMQ_DIFF_EQUAL, a->len - i, b->len - i);
  return steps;
}

static const Token *
token_of (const Step *step, GArray *a, GArray *b)
{
  return step->op == CMQ_DIFF_INSERT ? &g_array_index (b, Token, step->b)
                                     : &g_array_index (a, Token, step->a);
}

/* A deletion or insertion that starts with a space and is followed by the same space is moved one
 * token on, so that it reads "the [-comprehensive -]package" rather than "the[- comprehensive-]
 * package". */
static void
shift_to_words (GArray *steps, GArray *a, GArray *b)
{
  for (guint i = 0; i < steps->len; i++)
    {
      Step *run = &g_array_index (steps, Step, i);
      guint end = i;

      if (run->op == CMQ_DIFF_EQUAL)
        continue;
      while (end < steps->len && g_array_index (steps, Step, end).op == run->op)
        end++;
      while (end < steps->len && token_of (run, a, b)->kind == TOKEN_SPACE &&
             token_of (&g_array_index (steps, Step, end), a, b)->id == token_of (run, a, b)->id)
        {
          Step *next = &g_array_index (steps, Step, end);
          Step equal = { CMQ_DIFF_EQUAL, run->op == CMQ_DIFF_DELETE ? run->a : next->a,
                         run->op == CMQ_DIFF_INSERT ? run->b : next->b };

          /* The run a[s..e) (or b) with the EQUAL a[e] after it becomes EQUAL a[s] then a[s+1..e]. */
          for (guint j = i; j + 1 < end; j++)
            g_array_index (steps, Step, j) = g_array_index (steps, Step, j + 1);
          if (run->op == CMQ_DIFF_DELETE)
            g_array_index (steps, Step, end - 1) = (Step){ CMQ_DIFF_DELETE, next->a, 0 };
          else
            g_array_index (steps, Step, end - 1) = (Step){ CMQ_DIFF_INSERT, 0, next->b };
          g_array_remove_index (steps, end);
          g_array_insert_val (steps, i, equal);
          i++;
          run = &g_array_index (steps, Step, i);
        }
      i = end - 1;
    }
}

/* The larger of what a run of changes deletes and inserts, in bytes; the run goes from @from
 * forwards (@step 1) or backwards (@step -1) while its steps are changes. */
static gsize
change_length (GArray *steps, int from, int step, GArray *a, GArray *b)
{
  gsize deleted = 0, inserted = 0;

  for (int i = from; i >= 0 && i < (int) steps->len; i += step)
    {
      Step *s = &g_array_index (steps, Step, i);

      if (s->op == CMQ_DIFF_EQUAL)
        break;
      if (s->op == CMQ_DIFF_DELETE)
        deleted += g_array_index (a, Token, s->a).len;
      else
        inserted += g_array_index (b, Token, s->b).len;
    }
  return MAX (deleted, inserted);
}

/* Should the EQUAL steps [@i, @end) between two changes become part of them? When they hold no
 * word and are few (a space, a comma), or when they are shorter than the changes on both sides:
 * "[-the region and-]{+Afghanistan since 2010.+} for" rather than a patchwork of changes around
 * "in" and "the". */
static gboolean
is_glue (GArray *steps, guint i, guint end, GArray *out, GArray *a, GArray *b)
{
  gsize len = 0;
  gboolean has_word = FALSE;

  if (i == 0 || end >= steps->len)
    return FALSE;
  for (guint j = i; j < end; j++)
    {
      Token *token = &g_array_index (a, Token, g_array_index (steps, Step, j).a);

      len += token->len;
      has_word = has_word || token->kind == TOKEN_WORD;
    }
  if (!has_word && end - i <= MAX_GLUE_TOKENS)
    return TRUE;
  return len <= change_length (out, out->len - 1, -1, a, b) &&
         len <= change_length (steps, end, 1, a, b);
}

static GArray *
fold_glue (GArray *steps, GArray *a, GArray *b)
{
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (Step), steps->len);
  guint i = 0;

  while (i < steps->len)
    {
      Step *step = &g_array_index (steps, Step, i);
      guint end = i;
      gboolean glue;

      if (step->op != CMQ_DIFF_EQUAL)
        {
          g_array_append_val (out, *step);
          i++;
          continue;
        }
      while (end < steps->len && g_array_index (steps, Step, end).op == CMQ_DIFF_EQUAL)
        end++;
      glue = is_glue (steps, i, end, out, a, b);
      for (guint j = i; j < end; j++)
        {
          Step s = g_array_index (steps, Step, j);

          if (glue)
            {
              add_step (out, CMQ_DIFF_DELETE, s.a, 0);
              add_step (out, CMQ_DIFF_INSERT, 0, s.b);
            }
          else
            g_array_append_val (out, s);
        }
      i = end;
    }
  return out;
}

static void
add_span (GPtrArray *spans, CmqDiffOp op, GString *text)
{
  CmqDiffSpan *span;

  if (text->len == 0)
    return;
  span = g_new0 (CmqDiffSpan, 1);
  span->op = op;
  span->text = g_strndup (text->str, text->len);
  g_ptr_array_add (spans, span);
  g_string_truncate (text, 0);
}

static GPtrArray *
spans_of (GArray *steps, GArray *a, GArray *b)
{
  GPtrArray *spans = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_diff_span_free);
  g_autoptr (GString) equal = g_string_new (NULL);
  g_autoptr (GString) deleted = g_string_new (NULL);
  g_autoptr (GString) inserted = g_string_new (NULL);

  for (guint i = 0; i < steps->len; i++)
    {
      Step *step = &g_array_index (steps, Step, i);
      Token *ta = step->op == CMQ_DIFF_INSERT ? NULL : &g_array_index (a, Token, step->a);
      Token *tb = step->op == CMQ_DIFF_DELETE ? NULL : &g_array_index (b, Token, step->b);

      if (step->op == CMQ_DIFF_EQUAL)
        {
          add_span (spans, CMQ_DIFF_DELETE, deleted);
          add_span (spans, CMQ_DIFF_INSERT, inserted);
          g_string_append_len (equal, tb->start, tb->len);
        }
      else
        {
          add_span (spans, CMQ_DIFF_EQUAL, equal);
          if (ta != NULL)
            g_string_append_len (deleted, ta->start, ta->len);
          else
            g_string_append_len (inserted, tb->start, tb->len);
        }
    }
  add_span (spans, CMQ_DIFF_EQUAL, equal);
  add_span (spans, CMQ_DIFF_DELETE, deleted);
  add_span (spans, CMQ_DIFF_INSERT, inserted);
  return spans;
}

GPtrArray *
cmq_word_diff (const char *a, const char *b)
{
  g_autoptr (GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GArray) ta = NULL;
  g_autoptr (GArray) tb = NULL;
  g_autoptr (GArray) steps = NULL;

  g_return_val_if_fail (a != NULL && b != NULL, NULL);

  if (strcmp (a, b) == 0 || a[0] == '\0' || b[0] == '\0')
    {
      /* Most paragraphs of a new version, and added and removed ones: no need to cut them up. */
      GPtrArray *spans = g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_diff_span_free);
      g_autoptr (GString) text = g_string_new (NULL);

      if (strcmp (a, b) == 0)
        add_span (spans, CMQ_DIFF_EQUAL, g_string_assign (text, a));
      else
        {
          add_span (spans, CMQ_DIFF_DELETE, g_string_assign (text, a));
          add_span (spans, CMQ_DIFF_INSERT, g_string_assign (text, b));
        }
      return spans;
    }
  ta = tokenize (a, ids);
  tb = tokenize (b, ids);
  steps = diff_tokens (ta, tb);
  shift_to_words (steps, ta, tb);
  /* Each fold can make the changes around the next stretch longer: again until none is left. */
  for (guint pass = 0; pass < 16; pass++)
    {
      g_autoptr (GArray) folded = fold_glue (steps, ta, tb);
      gboolean same = folded->len == steps->len;

      g_array_unref (steps);
      steps = g_steal_pointer (&folded);
      if (same)
        break;
    }
  return spans_of (steps, ta, tb);
}

gboolean
cmq_word_diff_is_equal (GPtrArray *spans)
{
  g_return_val_if_fail (spans != NULL, FALSE);

  for (guint i = 0; i < spans->len; i++)
    if (((CmqDiffSpan *) g_ptr_array_index (spans, i))->op != CMQ_DIFF_EQUAL)
      return FALSE;
  return TRUE;
}
