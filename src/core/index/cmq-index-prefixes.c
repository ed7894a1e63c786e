/* cmq-index-prefixes.c: the two- and three-letter prefixes of each release's words, the index
 * a word being typed is looked up in.
 *
 * FTS5's prefix indexes (prefix='2 3') keep the position of every word under its two- and
 * three-letter prefixes: they were 0.63× of the corpus and half the time of building the
 * full-text index. A prefix being typed needs none of that: the table prefixes (contentless,
 * detail=none) holds each release's distinct prefixes as its tokens, so a query for "na*" is a
 * query for the token "na" there. Such a term has no positions: it adds nothing to the rank, and
 * its snippet marks the first word that starts with it (cmq_prefix_snippet()).
 *
 * The prefixes are taken from the tokens of FTS5's own unicode61 tokenizer (with the options of
 * the fts table), so that they are folded exactly as the words of fts are; when a release is
 * imported, in the pass whose tokens fts replays (cmq-index-tokens.c). Being contentless,
 * the table needs a release's prefixes again to delete its row: they are made again from the
 * text the docs_text view gives (cmq_prefixes()), as fts needs its text.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-index"

#include <string.h>

#include "cmq-index-private.h"

/* Words shown before the marked one in a snippet, and in all. */
#define SNIPPET_WORDS_BEFORE 5
#define SNIPPET_WORDS        16

/* The byte length of the first @n characters of @token (valid UTF-8), or -1 when it is shorter. */
static int
char_prefix (const char *token, int n_token, int n)
{
  int at = 0;

  for (int i = 0; i < n; i++)
    {
      if (at >= n_token)
        return -1;
      at += g_utf8_skip[(guchar) token[at]];
    }
  return at <= n_token ? at : -1;
}

/* The prefixes seen: a prefix is at most three characters (twelve bytes), kept in its slot of an
 * open-addressing table, its bytes padded with NULs (a token has none): two numbers compared, and
 * no allocation per prefix, where a GHashTable of strings was a tenth of an import worker's
 * time. */
typedef struct
{
  guint64 key[2]; /* { 0, 0 }: empty */
} Slot;

typedef struct
{
  Slot *slots;
  guint mask; /* slots - 1, a power of two less one */
  guint used;
} Seen;

#define SEEN_FIRST_SIZE     1024
#define SEEN_SPARE_MAX_SIZE 4096

static void seen_grow (Seen *seen);

/* Adds @key; FALSE when it was there already. */
static gboolean
seen_add (Seen *seen, const guint64 key[2])
{
  guint64 hash = (key[0] * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) ^
                 (key[1] * G_GUINT64_CONSTANT (0xC2B2AE3D27D4EB4F));
  guint at = (guint) (hash >> 32) & seen->mask;

  for (;; at = (at + 1) & seen->mask)
    {
      Slot *slot = &seen->slots[at];

      if (slot->key[0] == key[0] && slot->key[1] == key[1])
        return FALSE;
      if (slot->key[0] == 0 && slot->key[1] == 0)
        {
          slot->key[0] = key[0];
          slot->key[1] = key[1];
          if (++seen->used * 2 > seen->mask)
            seen_grow (seen);
          return TRUE;
        }
    }
}

static void
seen_init (Seen *seen, guint size)
{
  seen->slots = g_new0 (Slot, size);
  seen->mask = size - 1;
  seen->used = 0;
}

/* The table of the last release, kept by each thread for the next one: a new one, allocated,
 * cleared (and grown for most releases) each time, was a fifth of the prefixes' time. */
static void
seen_free (gpointer data)
{
  Seen *seen = data;

  g_free (seen->slots);
  g_free (seen);
}

static GPrivate spare_seen = G_PRIVATE_INIT (seen_free);

static void
seen_take (Seen *seen)
{
  Seen *spare = g_private_get (&spare_seen);

  if (spare == NULL || spare->slots == NULL)
    {
      seen_init (seen, SEEN_FIRST_SIZE);
      return;
    }
  *seen = *spare;
  spare->slots = NULL;
  memset (seen->slots, 0, (seen->mask + 1) * sizeof (Slot));
  seen->used = 0;
}

static void
seen_give_back (Seen *seen)
{
  Seen *spare = g_private_get (&spare_seen);

  /* Not the table of an unusually long text: clearing it would cost more than a new one. */
  if (seen->mask + 1 > SEEN_SPARE_MAX_SIZE)
    {
      g_clear_pointer (&seen->slots, g_free);
      return;
    }
  if (spare == NULL)
    {
      spare = g_new0 (Seen, 1);
      g_private_set (&spare_seen, spare);
    }
  g_free (spare->slots);
  *spare = *seen;
  seen->slots = NULL;
}

static void
seen_grow (Seen *seen)
{
  Seen bigger;

  seen_init (&bigger, (seen->mask + 1) * 2);
  for (guint i = 0; i <= seen->mask; i++)
    if (seen->slots[i].key[0] != 0 || seen->slots[i].key[1] != 0)
      seen_add (&bigger, seen->slots[i].key);
  g_free (seen->slots);
  *seen = bigger;
}

typedef struct
{
  Seen seen;
  GString *out;
  CmqIndexTokens *record; /* the tokens, kept; NULL: not kept */
} Collect;

static void
collect_init (Collect *collect)
{
  seen_take (&collect->seen);
  collect->out = g_string_new (NULL);
  collect->record = NULL;
}

/* A prefix is at most three characters: looked up as two numbers, copied only when new. */
static void
collect_add (Collect *collect, const char *token, int length)
{
  guint64 key[2] = { 0, 0 };

  if (length <= 0 || length > (int) sizeof key)
    return;
  memcpy (key, token, length);
  if (!seen_add (&collect->seen, key))
    return;
  if (collect->out->len > 0)
    g_string_append_c (collect->out, ' ');
  g_string_append_len (collect->out, token, length);
}

static int
collect_token_cb (void *data, int flags, const char *token, int n_token, int start, int end)
{
  Collect *collect = data;

  if (collect->record != NULL)
    cmq_index_tokens_add (collect->record, token, n_token, start, end);
  collect_add (data, token, char_prefix (token, n_token, 2));
  collect_add (data, token, char_prefix (token, n_token, 3));
  return SQLITE_OK;
}

static int
collect_texts (Collect *collect, const char *const *texts, guint n_texts)
{
  for (guint i = 0; i < n_texts; i++)
    if (texts[i] != NULL)
      {
        int rc = cmq_index_tokenize (texts[i], -1, collect, collect_token_cb);

        if (rc != SQLITE_OK)
          return rc;
      }
  return SQLITE_OK;
}

char *
cmq_index_prefixes_of (const char *title, const char *body, CmqIndexTokens *body_tokens)
{
  Collect collect;

  collect_init (&collect);
  collect_texts (&collect, &title, 1);
  collect.record = body_tokens;
  collect_texts (&collect, &body, 1);
  if (body_tokens != NULL)
    cmq_index_tokens_end (body_tokens);
  seen_give_back (&collect.seen);
  return g_string_free (collect.out, FALSE);
}

/* cmq_prefixes (text, …): the distinct two- and three-letter prefixes of the words of its
 * arguments (NULLs skipped), separated by spaces: a release's row in prefixes. */
static void
sql_prefixes_cb (sqlite3_context *context, int argc, sqlite3_value **argv)
{
  g_autofree const char **texts = g_new0 (const char *, MAX (argc, 1));
  Collect collect;
  int rc;

  collect_init (&collect);
  for (int i = 0; i < argc; i++)
    texts[i] = (const char *) sqlite3_value_text (argv[i]);
  rc = collect_texts (&collect, texts, argc);
  seen_give_back (&collect.seen);
  if (rc != SQLITE_OK)
    {
      g_string_free (collect.out, TRUE);
      sqlite3_result_error_code (context, rc);
      return;
    }
  sqlite3_result_text (context, g_string_free (collect.out, FALSE), -1, g_free);
}

/* Snippets */

typedef struct
{
  GPtrArray *prefixes; /* folded */
  GArray *starts;      /* byte offsets of the words seen */
  int hit_start, hit_end;
  int n_after; /* words seen after the hit */
} Find;

static int
find_token_cb (void *data, int flags, const char *token, int n_token, int start, int end)
{
  Find *find = data;

  if (find->hit_start >= 0)
    return ++find->n_after >= SNIPPET_WORDS ? SQLITE_DONE : SQLITE_OK;
  g_array_append_val (find->starts, start);
  for (guint i = 0; i < find->prefixes->len; i++)
    {
      const char *prefix = g_ptr_array_index (find->prefixes, i);
      size_t length = strlen (prefix);

      if ((size_t) n_token >= length && memcmp (token, prefix, length) == 0)
        {
          find->hit_start = start;
          find->hit_end = end;
          break;
        }
    }
  return SQLITE_OK;
}

static int
fold_token_cb (void *data, int flags, const char *token, int n_token, int start, int end)
{
  g_ptr_array_add (data, g_strndup (token, n_token));
  return SQLITE_OK;
}

/* Where the window of a snippet ends: @n_words words (runs between spaces) after @from. */
static const char *
words_end (const char *from, int n_words)
{
  const char *p = from;

  for (int n = 0; *p != '\0' && n < n_words; n++)
    {
      while (*p == ' ' || *p == '\n')
        p++;
      while (*p != '\0' && *p != ' ' && *p != '\n')
        p++;
    }
  return p;
}

char *
cmq_index_prefix_snippet (const char *text, const char *prefixes)
{
  Find find = { g_ptr_array_new_with_free_func (g_free), g_array_new (FALSE, FALSE, sizeof (int)),
                -1, -1, 0 };
  g_autoptr (GString) out = g_string_new (NULL);
  int first;
  const char *start, *end;

  cmq_index_tokenize (prefixes, -1, find.prefixes, fold_token_cb);
  if (find.prefixes->len > 0)
    cmq_index_tokenize (text, -1, &find, find_token_cb);
  if (find.hit_start < 0)
    {
      g_ptr_array_unref (find.prefixes);
      g_array_unref (find.starts);
      return NULL;
    }
  first = MAX (0, (int) find.starts->len - 1 - SNIPPET_WORDS_BEFORE);
  start = text + g_array_index (find.starts, int, first);
  /* whole words: back to the space before the first token */
  while (start > text && start[-1] != ' ' && start[-1] != '\n')
    start--;
  end = words_end (text + find.hit_end, SNIPPET_WORDS - (find.starts->len - first));
  if (start > text)
    g_string_append (out, "…");
  g_string_append_len (out, start, text + find.hit_start - start);
  g_string_append (out, CMQ_INDEX_MARK_START);
  g_string_append_len (out, text + find.hit_start, find.hit_end - find.hit_start);
  g_string_append (out, CMQ_INDEX_MARK_END);
  g_string_append_len (out, text + find.hit_end, end - (text + find.hit_end));
  if (*end != '\0')
    g_string_append (out, "…");
  g_strdelimit (out->str, "\n", ' ');
  g_ptr_array_unref (find.prefixes);
  g_array_unref (find.starts);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* cmq_prefix_snippet (text, prefixes): a snippet of @text around the first word that starts with
 * one of @prefixes (separated by spaces), marked; NULL when no word does. */
static void
sql_prefix_snippet_cb (sqlite3_context *context, int argc, sqlite3_value **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  const char *prefixes = (const char *) sqlite3_value_text (argv[1]);
  char *snippet =
      text != NULL && prefixes != NULL ? cmq_index_prefix_snippet (text, prefixes) : NULL;

  if (snippet == NULL)
    sqlite3_result_null (context);
  else
    sqlite3_result_text (context, snippet, -1, g_free);
}

typedef struct
{
  const char *prefix; /* folded */
  gboolean found;
} HasPrefix;

static int
has_prefix_token_cb (void *data, int flags, const char *token, int n_token, int start, int end)
{
  HasPrefix *has = data;
  size_t length = strlen (has->prefix);

  /* The tokenizer ends at SQLITE_DONE and returns SQLITE_OK. */
  has->found = (size_t) n_token >= length && memcmp (token, has->prefix, length) == 0;
  return has->found ? SQLITE_DONE : SQLITE_OK;
}

/* cmq_has_prefix (prefix, text, …): whether a word of the texts (NULLs skipped) starts with
 * @prefix, folded as fts folds it: whether the release's row in prefixes would have it. Stops at
 * the first such word. */
static void
sql_has_prefix_cb (sqlite3_context *context, int argc, sqlite3_value **argv)
{
  g_autoptr (GPtrArray) folded = g_ptr_array_new_with_free_func (g_free);
  const char *prefix = (const char *) sqlite3_value_text (argv[0]);
  int rc = prefix != NULL ? cmq_index_tokenize (prefix, -1, folded, fold_token_cb) : SQLITE_OK;
  HasPrefix has = { folded->len == 1 ? g_ptr_array_index (folded, 0) : NULL, FALSE };

  for (int i = 1; rc == SQLITE_OK && has.prefix != NULL && !has.found && i < argc; i++)
    if (sqlite3_value_type (argv[i]) != SQLITE_NULL)
      rc = cmq_index_tokenize ((const char *) sqlite3_value_text (argv[i]), -1, &has,
                               has_prefix_token_cb);
  if (rc != SQLITE_OK && rc != SQLITE_DONE)
    sqlite3_result_error_code (context, rc);
  else
    sqlite3_result_int (context, has.found);
}

int
cmq_index_prefixes_register (sqlite3 *db)
{
  int rc = sqlite3_create_function_v2 (db, "cmq_prefixes", -1,
                                       SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
                                       sql_prefixes_cb, NULL, NULL, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_create_function_v2 (db, "cmq_prefix_snippet", 2,
                                     SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
                                     sql_prefix_snippet_cb, NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_function_v2 (db, "cmq_has_prefix", -1,
                                     SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
                                     sql_has_prefix_cb, NULL, NULL, NULL);
  return rc;
}

int
cmq_index_match_for (sqlite3 *db, CmqQuery *query, CmqIndexMatch *match)
{
  int unfinished = 0;
  int rc;

  *match = (CmqIndexMatch){ cmq_query_get_word_match (query), cmq_query_get_prefix_match (query),
                            FALSE };
  if (match->prefixes == NULL)
    return SQLITE_OK;
  /* One row at most, in a table of its own: a lookup, not a scan of the prefixes. */
  rc = cmq_index_query_int (db, "SELECT EXISTS (SELECT 1 FROM unfinished)", &unfinished);
  if (rc == SQLITE_OK && unfinished)
    *match = (CmqIndexMatch){ cmq_query_get_match (query), NULL, TRUE };
  return rc;
}

/* The first window: about 2 ms of reading text at 100,000 releases (60 µs a release). Static,
 * not a global of the library: the core is linked into both the executable and the window's
 * module, and two definitions of one global are an ODR violation (ASan stops the app). */
#define DEFAULT_FALLBACK_WINDOW 32
static guint fallback_window = DEFAULT_FALLBACK_WINDOW; /* atomic */

guint
cmq_index_fallback_get_window (void)
{
  return g_atomic_int_get (&fallback_window);
}

/* For tests: the first window's size, or the default for 0. */
void
cmq_index_fallback_set_window (guint n)
{
  g_atomic_int_set (&fallback_window, n > 0 ? n : DEFAULT_FALLBACK_WINDOW);
}
static guint n_scanned; /* atomic */

guint
cmq_index_fallback_get_n_scanned (void)
{
  return (guint) g_atomic_int_get (&n_scanned);
}

sqlite3_int64
cmq_index_fallback_bound (sqlite3 *db, sqlite3_int64 low, sqlite3_int64 high, sqlite3_int64 n,
                          int *rc_out)
{
  sqlite3_stmt *stmt = NULL;
  sqlite3_int64 bound = low;
  int rc = sqlite3_prepare_v2 (db,
                               "SELECT docid FROM docs WHERE docid >= ?1 AND docid < ?2"
                               " ORDER BY docid DESC LIMIT 1 OFFSET ?3",
                               -1, &stmt, NULL);

  g_atomic_int_inc (&n_scanned);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, low);
      sqlite3_bind_int64 (stmt, 2, high);
      sqlite3_bind_int64 (stmt, 3, MAX (1, n) - 1);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        bound = sqlite3_column_int64 (stmt, 0);
      if (rc == SQLITE_ROW || rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  *rc_out = rc;
  return bound;
}

gboolean
cmq_index_read_begin (sqlite3 *db)
{
  return sqlite3_get_autocommit (db) && sqlite3_exec (db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK;
}

void
cmq_index_read_end (sqlite3 *db, gboolean begun)
{
  /* Nothing was written: COMMIT only ends it (an error may have ended it already). */
  if (begun && !sqlite3_get_autocommit (db))
    sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
}
