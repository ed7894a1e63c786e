/* cmq-index-tokens.c: FTS5's unicode61 tokenizer for any thread, and one pass of it per release.
 *
 * A release's body was tokenized twice when it was indexed: by an import worker for its
 * prefixes (cmq-index-prefixes.c), then by FTS5 on the writer's thread, the one thread every
 * release goes through. The worker now keeps the tokens of its pass (CmqIndexTokens), and the fts
 * table's tokenizer, "cmq", replays them while the writer inserts that very text
 * (cmq_index_tokens_replay()): the same tokens, from the same tokenizer with the same options,
 * without doing the work again. Any other text (a query, a snippet, a deletion, a note, a text
 * that does not match the tokens byte for byte) goes through unicode61 as before.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-index"

#include <string.h>

#include "cmq-index-private.h"

/* The options of the fts and prefixes tables' tokenizer. */
static const char *const unicode61_args[] = { "remove_diacritics", "2" };

typedef struct
{
  fts5_tokenizer api;
  void *user_data;
} Tokenizer;

/* FTS5's unicode61 tokenizer, found once through a connection kept for it (its functions are
 * SQLite's own; each use creates an instance of its own, so any thread may use it). */
static const Tokenizer *
get_tokenizer (void)
{
  static Tokenizer tokenizer;
  static gsize found = 0;

  if (g_once_init_enter (&found))
    {
      static sqlite3 *db = NULL;
      fts5_api *api = NULL;
      sqlite3_stmt *stmt = NULL;
      gsize ok = 2;

      if (sqlite3_open (":memory:", &db) == SQLITE_OK &&
          sqlite3_prepare_v2 (db, "SELECT fts5 (?1)", -1, &stmt, NULL) == SQLITE_OK)
        {
          sqlite3_bind_pointer (stmt, 1, (void *) &api, "fts5_api_ptr", NULL);
          sqlite3_step (stmt);
        }
      sqlite3_finalize (stmt);
      if (api != NULL &&
          api->xFindTokenizer (api, "unicode61", &tokenizer.user_data, &tokenizer.api) == SQLITE_OK)
        ok = 1;
      g_once_init_leave (&found, ok);
    }
  return found == 1 ? &tokenizer : NULL;
}

int
cmq_index_tokenize (const char *text, int length, void *data, CmqIndexTokenFunc token_cb)
{
  const Tokenizer *tokenizer = get_tokenizer ();
  Fts5Tokenizer *instance = NULL;
  int rc;

  if (tokenizer == NULL)
    return SQLITE_ERROR;
  rc = tokenizer->api.xCreate (tokenizer->user_data, (const char **) unicode61_args,
                               G_N_ELEMENTS (unicode61_args), &instance);
  if (rc != SQLITE_OK)
    return rc;
  rc = tokenizer->api.xTokenize (instance, data, FTS5_TOKENIZE_DOCUMENT, text,
                                 length < 0 ? (int) strlen (text) : length, token_cb);
  tokenizer->api.xDelete (instance);
  return rc;
}

/* The tokens of one text */

struct _CmqIndexTokens
{
  const char *text; /* not owned */
  int length;
  gboolean too_long;  /* a token did not fit in a TokenHead: not replayed */
  int last_end;       /* of the last token added */
  GByteArray *stream; /* of TokenHead, each followed by its token unless SAME_AS_TEXT */
  guint8 *data;       /* @stream's bytes once complete, to the byte */
  gsize size;
};

/* Most tokens are their text as it is (a word in lower case): those are not copied. Four bytes a
 * token keep the tokens of the releases a bulk update holds in memory (up to a batch of them,
 * see cmq-index-update.c) to a few megabytes. */
#define SAME_AS_TEXT G_MAXUINT8

typedef struct
{
  guint16 gap;   /* from the end of the token before */
  guint8 span;   /* end - start */
  guint8 length; /* of the token, or SAME_AS_TEXT */
} TokenHead;

/* Texts replayed so far, for the tests. */
static int n_replayed;

CmqIndexTokens *
cmq_index_tokens_new (const char *text)
{
  CmqIndexTokens *tokens = g_new0 (CmqIndexTokens, 1);

  tokens->text = text;
  tokens->length = (int) strlen (text);
  tokens->stream = g_byte_array_sized_new (tokens->length / 2 + 64);
  return tokens;
}

void
cmq_index_tokens_free (CmqIndexTokens *tokens)
{
  if (tokens == NULL)
    return;
  if (tokens->stream != NULL)
    g_byte_array_unref (tokens->stream);
  g_free (tokens->data);
  g_free (tokens);
}

void
cmq_index_tokens_add (CmqIndexTokens *tokens, const char *token, int length, int start, int end)
{
  TokenHead head = { start - tokens->last_end, end - start, length };
  gboolean same;

  g_return_if_fail (tokens->stream != NULL);
  if (start < tokens->last_end || start - tokens->last_end > G_MAXUINT16 ||
      end - start >= SAME_AS_TEXT || length >= SAME_AS_TEXT || end > tokens->length)
    {
      tokens->too_long = TRUE;
      return;
    }
  tokens->last_end = end;
  same = length == end - start && memcmp (token, tokens->text + start, length) == 0;
  if (same)
    head.length = SAME_AS_TEXT;
  g_byte_array_append (tokens->stream, (const guint8 *) &head, sizeof head);
  if (!same)
    g_byte_array_append (tokens->stream, (const guint8 *) token, length);
}

void
cmq_index_tokens_end (CmqIndexTokens *tokens)
{
  g_return_if_fail (tokens->stream != NULL);
  tokens->size = tokens->stream->len;
  tokens->data = g_realloc (g_byte_array_free (g_steal_pointer (&tokens->stream), FALSE),
                            MAX (tokens->size, 1));
}

static int
replay (const CmqIndexTokens *tokens, void *context,
        int (*token_cb) (void *, int, const char *, int, int, int))
{
  const guint8 *at = tokens->data;
  const guint8 *end = at + tokens->size;
  int start = 0;
  int rc = SQLITE_OK;

  while (rc == SQLITE_OK && at < end)
    {
      TokenHead head;

      memcpy (&head, at, sizeof head);
      at += sizeof head;
      start += head.gap;
      if (head.length == SAME_AS_TEXT)
        rc = token_cb (context, 0, tokens->text + start, head.span, start, start + head.span);
      else
        {
          rc = token_cb (context, 0, (const char *) at, head.length, start, start + head.span);
          at += head.length;
        }
      start += head.span;
    }
  g_atomic_int_inc (&n_replayed);
  return rc == SQLITE_DONE ? SQLITE_OK : rc; /* as unicode61 does */
}

/* The "cmq" tokenizer: unicode61 with the fts table's options, or the tokens being replayed */

static _Thread_local const CmqIndexTokens *replaying;

void
cmq_index_tokens_replay (const CmqIndexTokens *tokens)
{
  replaying = tokens;
}

guint
cmq_index_tokens_get_n_replayed (void)
{
  return (guint) g_atomic_int_get (&n_replayed);
}

typedef struct
{
  const Tokenizer *base;
  Fts5Tokenizer *instance;
} Instance;

static int
cmq_create (void *user_data, const char **args, int n_args, Fts5Tokenizer **out)
{
  const Tokenizer *base = get_tokenizer ();
  Instance *instance;
  int rc;

  *out = NULL;
  if (base == NULL)
    return SQLITE_ERROR;
  instance = g_new0 (Instance, 1);
  instance->base = base;
  rc = base->api.xCreate (base->user_data, (const char **) unicode61_args,
                          G_N_ELEMENTS (unicode61_args), &instance->instance);
  if (rc != SQLITE_OK)
    {
      g_free (instance);
      return rc;
    }
  *out = (Fts5Tokenizer *) instance;
  return SQLITE_OK;
}

static void
cmq_delete (Fts5Tokenizer *tokenizer)
{
  Instance *instance = (Instance *) tokenizer;

  instance->base->api.xDelete (instance->instance);
  g_free (instance);
}

/* A query's string of alternatives (cmq-index-terms.c): MARK word MARK word…, the words as the
 * index holds them; each after the first is colocated with it, one term of the phrase. */
static int
alternatives (void *context, const char *text, int length,
              int (*token_cb) (void *, int, const char *, int, int, int))
{
  int start = 1, rc = SQLITE_OK;
  gboolean first = TRUE;

  for (int i = 1; i <= length && rc == SQLITE_OK; i++)
    if (i == length || text[i] == CMQ_INDEX_TERMS_MARK)
      {
        if (i > start)
          {
            rc = token_cb (context, first ? 0 : FTS5_TOKEN_COLOCATED, text + start, i - start,
                           start, i);
            first = FALSE;
          }
        start = i + 1;
      }
  return rc;
}

static int
cmq_tokenize (Fts5Tokenizer *tokenizer, void *context, int flags, const char *text, int length,
              int (*token_cb) (void *, int, const char *, int, int, int))
{
  Instance *instance = (Instance *) tokenizer;
  const CmqIndexTokens *tokens = replaying;

  if (flags == FTS5_TOKENIZE_QUERY && length > 1 && text[0] == CMQ_INDEX_TERMS_MARK)
    return alternatives (context, text, length, token_cb);

  if (flags == FTS5_TOKENIZE_DOCUMENT && tokens != NULL && tokens->data != NULL &&
      !tokens->too_long && tokens->length == length && memcmp (tokens->text, text, length) == 0)
    return replay (tokens, context, token_cb);
  return instance->base->api.xTokenize (instance->instance, context, flags, text, length, token_cb);
}

/* The "cmq_words" tokenizer of the prefixes table: every text it is given to index is a list of
 * tokens unicode61 made already, separated by spaces (cmq-index-prefixes.c), so it splits that
 * text at its spaces instead of folding each character again (with columnsize = 0, 1.4% fewer
 * instructions on the writer's thread, the one every release goes through). unicode61's tokens are their own
 * tokens (test-index-prefixes checks it for every character), so the table holds the same tokens
 * as before. A query (or anything else) goes through unicode61, as it always did. */
static int
words_tokenize (Fts5Tokenizer *tokenizer, void *context, int flags, const char *text, int length,
                int (*token_cb) (void *, int, const char *, int, int, int))
{
  Instance *instance = (Instance *) tokenizer;
  int start = 0, rc = SQLITE_OK;

  if (flags != FTS5_TOKENIZE_DOCUMENT)
    return instance->base->api.xTokenize (instance->instance, context, flags, text, length,
                                          token_cb);
  for (int i = 0; i <= length && rc == SQLITE_OK; i++)
    if (i == length || text[i] == ' ')
      {
        if (i > start)
          rc = token_cb (context, 0, text + start, i - start, start, i);
        start = i + 1;
      }
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

int
cmq_index_tokens_register (fts5_api *api)
{
  static fts5_tokenizer tokenizer = { cmq_create, cmq_delete, cmq_tokenize };
  static fts5_tokenizer words = { cmq_create, cmq_delete, words_tokenize };
  int rc = api->xCreateTokenizer (api, "cmq", NULL, &tokenizer, NULL);

  if (rc == SQLITE_OK)
    rc = api->xCreateTokenizer (api, "cmq_words", NULL, &words, NULL);
  return rc;
}
