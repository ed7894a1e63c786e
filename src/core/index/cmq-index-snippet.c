/* cmq-index-snippet.c: cmq_snippet(), the FTS5 auxiliary function that makes the snippets of the
 * release list and of `--search`, and their marks turned into markup or text.
 *
 * FTS5's own snippet() cuts its window of tokens at tokens, and its tokens are not words:
 * "Euro-Atlantic", "NATO's" and "1,000,000" are two or three tokens each, so a snippet could
 * start with "…Atlantic" or "…s", end with "Secretary…", or show "…General" for a match in
 * "Secretary-General". cmq_snippet() takes the arguments of snippet() and picks its window the
 * same way (the window of tokens with the most different phrases), with the hit a quarter into it
 * rather than in its middle (the list shows the first two lines), but
 * widens it to whole words (runs of characters between spaces), and marks a phrase found as one
 * run, "collective defence", rather than word by word.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-index"

#include <string.h>

#include "cmq-index-private.h"

/* The part of the window's words before the hit: a quarter. The list's rows show two lines of a
 * snippet and cut the rest: with the hit in the middle of 16 tokens, it often fell at the end of
 * the second line, where the row cuts it ("Afghanist…"). */
#define CONTEXT_PART 4

/* A word longer than this (a web address, say) is cut rather than shown whole. */
#define MAX_WORD_WIDENING 80

typedef struct
{
  int start, end; /* bytes */
} Token;

/* The tokens of a text, in an array of our own: appending is most of what tokenizing costs us. */
typedef struct
{
  Token *data;
  guint len, allocated;
  guint max; /* tokenizing stops once it has this many */
} Tokens;

static int
token_cb (void *user_data, int flags, const char *token, int n_token, int start, int end)
{
  Tokens *t = user_data;

  if ((flags & FTS5_TOKEN_COLOCATED) != 0)
    return SQLITE_OK;
  if (t->len == t->allocated)
    {
      t->allocated = MAX (256, t->allocated * 2);
      t->data = g_renew (Token, t->data, t->allocated);
    }
  t->data[t->len++] = (Token){ start, end };
  return t->len >= t->max ? SQLITE_DONE : SQLITE_OK;
}

typedef struct
{
  int column;
  int first; /* the window's first token */
  int score;
} Window;

/* The score of the window of @n_tokens from @first in @column: 1000 for each phrase found in it,
 * 1 for each further hit; a window at the start of the column gets a little more. */
static int
score_window (const Fts5ExtensionApi *api, Fts5Context *fts, int column, int first, int n_tokens)
{
  int n_inst = 0;
  int score = first == 0 ? 1 : 0;
  guint64 seen = 0;

  api->xInstCount (fts, &n_inst);
  for (int i = 0; i < n_inst; i++)
    {
      int phrase, col, offset;

      if (api->xInst (fts, i, &phrase, &col, &offset) != SQLITE_OK || col != column)
        continue;
      if (offset < first || offset + api->xPhraseSize (fts, phrase) > first + n_tokens)
        continue;
      if ((seen & (G_GUINT64_CONSTANT (1) << (phrase % 64))) == 0)
        score += 1000;
      else
        score += 1;
      seen |= G_GUINT64_CONSTANT (1) << (phrase % 64);
    }
  return score;
}

/* The best window over @column (every column when -1): each hit is tried with the phrase a
 * quarter into the window. Over every column, the title's hits count only when the text and the
 * notes have none: a row and a hit show the title already, a snippet that repeats it says
 * nothing more. */
static Window
best_window (const Fts5ExtensionApi *api, Fts5Context *fts, int column, int n_tokens)
{
  Window best = { column < 0 ? 0 : column, 0, -1 };
  Window title = { 0, 0, -1 };
  int n_inst = 0;

  api->xInstCount (fts, &n_inst);
  for (int i = 0; i < n_inst; i++)
    {
      int phrase, col, offset, first, score;

      if (api->xInst (fts, i, &phrase, &col, &offset) != SQLITE_OK ||
          (column >= 0 && col != column))
        continue;
      first = MAX (0, offset - MAX (0, n_tokens - api->xPhraseSize (fts, phrase)) / CONTEXT_PART);
      score = score_window (api, fts, col, first, n_tokens);
      if (column < 0 && col == 0)
        {
          if (score > title.score)
            title = (Window){ col, first, score };
        }
      else if (score > best.score)
        best = (Window){ col, first, score };
    }
  if (best.score < 0 && title.score >= 0)
    best = title;
  if (best.score < 0 && column < 0 && api->xColumnCount (fts) > 1)
    best.column = 1; /* nothing found in a column (a NOT only): the start of the body */
  return best;
}

static gboolean
is_space_at (const char *p)
{
  return g_unichar_isspace (g_utf8_get_char (p));
}

/* Widens [*start, *end) of @text to whole words. */
static void
widen_to_words (const char *text, int length, int *start, int *end)
{
  int s = *start, e = *end;

  while (s > 0 && *start - s < MAX_WORD_WIDENING)
    {
      const char *prev = g_utf8_find_prev_char (text, text + s);

      if (prev == NULL || is_space_at (prev))
        break;
      s = prev - text;
    }
  while (e < length && e - *end < MAX_WORD_WIDENING && !is_space_at (text + e))
    e = g_utf8_next_char (text + e) - text;
  if (s == 0 || is_space_at (g_utf8_find_prev_char (text, text + s)))
    *start = s;
  if (e == length || is_space_at (text + e))
    *end = e;
}

/* Marks each hit in the window: a phrase as one run, overlapping hits as one. */
static void
append_marked (const Fts5ExtensionApi *api, Fts5Context *fts, GString *out, const char *text,
               Tokens *tokens, Window *w, int n_tokens, int start, int end, const char *open,
               const char *close)
{
  int last = MIN ((int) tokens->len, w->first + n_tokens); /* one past the window's last token */
  g_autofree int *run_end = g_new0 (int, tokens->len + 1); /* token → 1 + the last it marks */
  int n_inst = 0;
  int open_until = 0;
  int at = start;

  api->xInstCount (fts, &n_inst);
  for (int i = 0; i < n_inst; i++)
    {
      int phrase, col, offset, stop;

      if (api->xInst (fts, i, &phrase, &col, &offset) != SQLITE_OK || col != w->column)
        continue;
      stop = MIN (last, offset + api->xPhraseSize (fts, phrase));
      offset = MAX (offset, w->first);
      if (offset < stop)
        run_end[offset] = MAX (run_end[offset], stop);
    }
  for (int t = w->first; t < last; t++)
    {
      Token *token = &tokens->data[t];

      if (open_until == 0 && run_end[t] != 0)
        {
          g_string_append_len (out, text + at, token->start - at);
          g_string_append (out, open);
          at = token->start;
        }
      open_until = MAX (open_until, run_end[t]);
      if (open_until == t + 1)
        {
          g_string_append_len (out, text + at, token->end - at);
          g_string_append (out, close);
          at = token->end;
          open_until = 0;
        }
    }
  g_string_append_len (out, text + at, end - at);
}

/* The title (?2 = 0) or the stored body (?2 = 1) of the row ?1, read by docid with a statement
 * kept for the query: FTS5's xColumnText() reads the whole row of the docs_text view, which
 * inflates the whole body, when a snippet needs only the text up to its window. */
#define ROW_SQL                                                                                    \
  "SELECT CASE WHEN ?2 = 0 THEN (SELECT title FROM docs WHERE docid = ?1)"                         \
  " ELSE (SELECT body FROM bodies WHERE docid = ?1) END"

static void
finalize_cb (void *stmt)
{
  sqlite3_finalize (stmt);
}

/* The row statement stepped onto @column of the current row; NULL when it cannot be
 * (xColumnText() then). */
static sqlite3_stmt *
step_row (const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int column)
{
  sqlite3_stmt *stmt = api->xGetAuxdata (fts, 0);

  if (stmt == NULL)
    {
      if (sqlite3_prepare_v2 (sqlite3_context_db_handle (context), ROW_SQL, -1, &stmt, NULL) !=
          SQLITE_OK)
        {
          sqlite3_finalize (stmt);
          return NULL;
        }
      /* On failure, xSetAuxdata() finalizes the statement itself. */
      if (api->xSetAuxdata (fts, stmt, finalize_cb) != SQLITE_OK)
        return NULL;
    }
  sqlite3_reset (stmt);
  sqlite3_bind_int64 (stmt, 1, api->xRowid (fts));
  sqlite3_bind_int (stmt, 2, column);
  if (sqlite3_step (stmt) != SQLITE_ROW || sqlite3_column_type (stmt, 0) == SQLITE_NULL)
    {
      sqlite3_reset (stmt);
      return NULL;
    }
  return stmt;
}

/* Inflates and tokenizes the body until its text holds the window's @n_needed tokens, one more
 * (so that the last is whole and not the body's last) and room to widen the last to a word, or
 * is complete. Tokens are taken again from the start each time the text grows (doubled). */
static int
read_body (const Fts5ExtensionApi *api, Fts5Context *fts, CmqIndexBodyReader *reader, Tokens *t,
           guint n_needed)
{
  gsize want = MAX (256, (n_needed + 1) * 8 + 2 * MAX_WORD_WIDENING);

  t->max = n_needed + 1;
  for (;;)
    {
      int rc;

      if (!cmq_index_body_reader_fill (reader, want))
        return SQLITE_CORRUPT;
      t->len = 0;
      rc = api->xTokenize (fts, reader->text, (int) reader->length, t, token_cb);
      if (rc != SQLITE_OK || reader->complete)
        return rc;
      if (t->len >= t->max &&
          reader->length >= (gsize) t->data[n_needed - 1].end + MAX_WORD_WIDENING + 8)
        return SQLITE_OK;
      want = reader->length * 2;
    }
}

/* The text of @w's column and its tokens, as far as the window needs them: the body read from
 * its start, the title whole, the notes through FTS5. @reader holds the body's text. */
static int
window_text (const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context,
             const Window *w, int n_tokens, Tokens *t, CmqIndexBodyReader *reader,
             const char **text, int *length)
{
  sqlite3_stmt *row = w->column <= 1 ? step_row (api, fts, context, w->column) : NULL;
  int rc;

  t->max = G_MAXUINT;
  if (row == NULL)
    {
      rc = api->xColumnText (fts, w->column, text, length);
      if (rc == SQLITE_OK && *text != NULL)
        rc = api->xTokenize (fts, *text, *length, t, token_cb);
      return rc;
    }
  if (w->column == 0)
    {
      *text = (const char *) sqlite3_column_text (row, 0);
      *length = sqlite3_column_bytes (row, 0);
      rc = *text != NULL ? api->xTokenize (fts, *text, *length, t, token_cb) : SQLITE_OK;
      return rc;
    }
  cmq_index_body_reader_init (reader, sqlite3_column_blob (row, 0), sqlite3_column_bytes (row, 0));
  rc = read_body (api, fts, reader, t, (guint) (w->first + n_tokens));
  *text = reader->text;
  *length = (int) reader->length;
  return rc;
}

/* cmq_snippet (fts, column, open, close, ellipsis, n_tokens), as snippet(). */
static void
snippet_cb (const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc,
            sqlite3_value **argv)
{
  Tokens t = { NULL, 0, 0, G_MAXUINT };
  Tokens *tokens = &t;
  CmqIndexBodyReader reader = { 0 };
  g_autoptr (GString) out = NULL;
  const char *open, *close, *ellipsis, *text = NULL;
  int column, n_tokens, length = 0, start, end, last;
  Window w;
  int rc;

  if (argc != 5)
    {
      sqlite3_result_error (context, "cmq_snippet: wrong number of arguments", -1);
      return;
    }
  column = sqlite3_value_int (argv[0]);
  open = (const char *) sqlite3_value_text (argv[1]);
  close = (const char *) sqlite3_value_text (argv[2]);
  ellipsis = (const char *) sqlite3_value_text (argv[3]);
  n_tokens = CLAMP (sqlite3_value_int (argv[4]), 1, 64);
  if (open == NULL || close == NULL || ellipsis == NULL)
    {
      sqlite3_result_error_nomem (context);
      return;
    }

  w = best_window (api, fts, column, n_tokens);
  rc = window_text (api, fts, context, &w, n_tokens, &t, &reader, &text, &length);
  if (rc != SQLITE_OK || text == NULL || tokens->len == 0)
    {
      if (rc != SQLITE_OK)
        sqlite3_result_error_code (context, rc);
      else
        sqlite3_result_text (context, "", 0, SQLITE_STATIC);
      cmq_index_body_reader_clear (&reader);
      g_free (t.data);
      sqlite3_reset (api->xGetAuxdata (fts, 0));
      return;
    }
  /* Near the end, the window moves back to hold as many tokens as it can. */
  w.first = MAX (0, MIN (w.first, (int) tokens->len - n_tokens));
  last = MIN ((int) tokens->len, w.first + n_tokens) - 1;
  start = w.first == 0 ? 0 : tokens->data[w.first].start;
  end = last == (int) tokens->len - 1 ? length : tokens->data[last].end;
  widen_to_words (text, length, &start, &end);

  out = g_string_new (start > 0 ? ellipsis : "");
  append_marked (api, fts, out, text, tokens, &w, n_tokens, start, end, open, close);
  if (end < length)
    g_string_append (out, ellipsis);
  sqlite3_result_text (context, out->str, (int) out->len, SQLITE_TRANSIENT);
  cmq_index_body_reader_clear (&reader);
  g_free (t.data);
  sqlite3_reset (api->xGetAuxdata (fts, 0));
}

/* Snippets for people: marks as markup or text */

static char *
convert_snippet (const char *snippet, const char *start, const char *end, gboolean markup)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (snippet != NULL, NULL);

  for (const char *p = snippet; *p != '\0';)
    {
      gsize span = strcspn (p, CMQ_INDEX_MARK_START CMQ_INDEX_MARK_END);

      if (markup)
        {
          g_autofree char *escaped = g_markup_escape_text (p, span);
          g_string_append (out, escaped);
        }
      else
        g_string_append_len (out, p, span);
      p += span;
      if (*p == CMQ_INDEX_MARK_START[0])
        g_string_append (out, start);
      else if (*p == CMQ_INDEX_MARK_END[0])
        g_string_append (out, end);
      if (*p != '\0')
        p++;
    }
  return g_string_free (out, FALSE);
}

char *
cmq_index_snippet_to_markup (const char *snippet)
{
  return convert_snippet (snippet, "<b>", "</b>", TRUE);
}

char *
cmq_index_snippet_to_text (const char *snippet, const char *start, const char *end)
{
  return convert_snippet (snippet, start, end, FALSE);
}

int
cmq_index_snippet_register (fts5_api *api)
{
  return api->xCreateFunction (api, "cmq_snippet", NULL, snippet_cb, NULL);
}

/* Characters of the body shown when the query matches no word (only filters). */
#define LEAD_CHARS 160

/* The first characters of the body, cut at a word, for a hit that matched no word. */
char *
cmq_index_lead_text (sqlite3 *db, sqlite3_int64 docid)
{
  sqlite3_stmt *stmt = NULL;
  char *lead = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT cmq_body (body) FROM bodies WHERE docid = ?", -1, &stmt,
                          NULL) == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, docid);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *body = (const char *) sqlite3_column_text (stmt, 0);
          const char *end = body;
          const char *last_space = NULL;
          glong n = 0;

          while (*end != '\0' && n < LEAD_CHARS)
            {
              if (*end == ' ' || *end == '\n')
                last_space = end;
              end = g_utf8_next_char (end);
              n++;
            }
          if (*end != '\0' && last_space != NULL)
            {
              g_autofree char *cut = g_strndup (body, last_space - body);
              lead = g_strconcat (cut, "…", NULL);
            }
          else
            lead = g_strndup (body, end - body);
          g_strdelimit (lead, "\n", ' ');
        }
    }
  sqlite3_finalize (stmt);
  return lead != NULL ? lead : g_strdup ("");
}
