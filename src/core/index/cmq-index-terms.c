/* cmq-index-terms.c: a prefix of five characters or more ("stolt"*) as the words of the index
 * it starts, written as one phrase of alternatives.
 *
 * fts has a prefix index of four characters only (cmq-index-schema.c): FTS5 answers "stolt"* by
 * merging the doclists of every word it starts, positions and all, over the whole index, before
 * its first row, and once more for each statement (the cut-off, the ranking, the older matches),
 * ~5 ms each at 100,000 releases. The same prefix written as its words, each a colocated
 * alternative of the phrase's one term (FTS5's query-time synonyms: the "cmq" tokenizer turns
 * the string CMQ_INDEX_TERMS_MARK word MARK word… into them, cmq-index-tokens.c), is the same
 * phrase: the same rows, the same instances at the same positions, so the same bm25 scores and
 * snippets. FTS5 walks the words' doclists side by side, from the docid range's end, and stops
 * where the statement stops, reading what it needs only.
 *
 * The words are listed by fts5vocab over fts (a table of the connection's temp schema: nothing
 * is written to the file), which reads each word's doclist once, and kept for the database and
 * its data version they were read at: a word being typed ("stolt", "stolte", "stolten") takes
 * its words from those of the prefix before it. Only a quoted string of one token is rewritten,
 * and only when its prefix starts at most MAX_WORDS words; anything else is left to FTS5.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-index"

#include <string.h>

#include "cmq-index-private.h"

/* Beyond this many words, walking them side by side may cost more than one merge. */
#define MAX_WORDS 64
/* Shorter prefixes have the prefix index of fts or the prefixes table. */
#define MIN_CHARS 5
/* Prefixes whose words are kept: those of a word being typed, and a few others. */
#define N_KEPT 8

#define VOCAB_SQL                                                                                  \
  "CREATE VIRTUAL TABLE IF NOT EXISTS temp.cmq_terms USING fts5vocab (main, 'fts', 'row')"

typedef struct
{
  char *prefix;
  GPtrArray *words; /* of char *, in order; NULL: more than MAX_WORDS */
} Kept;

struct _CmqIndexTerms
{
  guint generation;     /* of the database the words were read in */
  unsigned int version; /* its data version then */
  GQueue kept;          /* of Kept *, the last used first */
};

static guint n_listed; /* atomic, see cmq_index_terms_get_n_listed() */

guint
cmq_index_terms_get_n_listed (void)
{
  return (guint) g_atomic_int_get (&n_listed);
}

static void
kept_free (void *data)
{
  Kept *kept = data;

  g_free (kept->prefix);
  if (kept->words != NULL)
    g_ptr_array_unref (kept->words);
  g_free (kept);
}

void
cmq_index_terms_free (CmqIndexTerms *terms)
{
  g_queue_clear_full (&terms->kept, kept_free);
  g_free (terms);
}

static int
token_cb (void *data, int flags, const char *token, int length, int start, int end)
{
  GPtrArray *tokens = data;

  g_ptr_array_add (tokens, g_strndup (token, length));
  return SQLITE_OK;
}

/* The words of the index starting with @prefix, or NULL when there are more than MAX_WORDS. */
static GPtrArray *
list_words (sqlite3 *db, const char *prefix, int *rc_out)
{
  g_autoptr (GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_exec (db, VOCAB_SQL, NULL, NULL, NULL);

  g_atomic_int_inc (&n_listed);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "SELECT term FROM temp.cmq_terms WHERE term >= ?1", -1, &stmt,
                             NULL);
  if (rc == SQLITE_OK)
    sqlite3_bind_text (stmt, 1, prefix, -1, SQLITE_STATIC);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *word = (const char *) sqlite3_column_text (stmt, 0);

      rc = SQLITE_OK;
      if (word == NULL || !g_str_has_prefix (word, prefix))
        break; /* in order: the words with @prefix are over */
      if (words->len == MAX_WORDS)
        {
          g_clear_pointer (&words, g_ptr_array_unref);
          break;
        }
      g_ptr_array_add (words, g_strdup (word));
    }
  sqlite3_finalize (stmt);
  *rc_out = rc == SQLITE_DONE || rc == SQLITE_ROW ? SQLITE_OK : rc;
  return *rc_out == SQLITE_OK ? g_steal_pointer (&words) : NULL;
}

/* Lock held, in a read transaction. The words of @prefix: kept, taken from those of a prefix of
 * it, or listed. */
static const Kept *
words_of (CmqIndexTerms *terms, sqlite3 *db, const char *prefix, int *rc_out)
{
  Kept *found = NULL;
  GList *link;

  *rc_out = SQLITE_OK;
  for (link = terms->kept.head; link != NULL; link = link->next)
    {
      Kept *kept = link->data;

      if (strcmp (kept->prefix, prefix) == 0)
        {
          g_queue_unlink (&terms->kept, link);
          g_queue_push_head_link (&terms->kept, link);
          return kept;
        }
      if (found == NULL && kept->words != NULL && g_str_has_prefix (prefix, kept->prefix))
        found = kept;
    }
  if (found != NULL)
    {
      GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < found->words->len; i++)
        if (g_str_has_prefix (g_ptr_array_index (found->words, i), prefix))
          g_ptr_array_add (words, g_strdup (g_ptr_array_index (found->words, i)));
      found = g_new0 (Kept, 1);
      found->words = words;
    }
  else
    {
      GPtrArray *words = list_words (db, prefix, rc_out);

      if (*rc_out != SQLITE_OK)
        return NULL;
      found = g_new0 (Kept, 1);
      found->words = words;
    }
  found->prefix = g_strdup (prefix);
  g_queue_push_head (&terms->kept, found);
  while (terms->kept.length > N_KEPT)
    kept_free (g_queue_pop_tail (&terms->kept));
  return found;
}

/* Appends the alternatives for the quoted string @text (unescaped), or returns FALSE when it is
 * to be left as it is. */
static gboolean
append_words (CmqIndexTerms *terms, sqlite3 *db, GString *out, const char *text, int *rc_out)
{
  g_autoptr (GPtrArray) tokens = g_ptr_array_new_with_free_func (g_free);
  const char *prefix;
  const Kept *kept;

  *rc_out = cmq_index_tokenize (text, -1, tokens, token_cb);
  if (*rc_out != SQLITE_OK || tokens->len != 1)
    return FALSE;
  prefix = g_ptr_array_index (tokens, 0);
  if (g_utf8_strlen (prefix, -1) < MIN_CHARS)
    return FALSE;
  kept = words_of (terms, db, prefix, rc_out);
  if (kept == NULL || kept->words == NULL || kept->words->len == 0)
    return FALSE;
  g_string_append_c (out, '"');
  for (guint i = 0; i < kept->words->len; i++)
    {
      g_string_append_c (out, CMQ_INDEX_TERMS_MARK);
      for (const char *p = g_ptr_array_index (kept->words, i); *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
    }
  g_string_append_c (out, '"');
  return TRUE;
}

/* The end of the quoted string at @start (its closing quote), its text unescaped in @text. */
static const char *
quoted_end (const char *start, GString *text)
{
  const char *p = start + 1;

  g_string_truncate (text, 0);
  for (; *p != '\0'; p++)
    {
      if (*p == '"' && p[1] == '"')
        g_string_append_c (text, *p++);
      else if (*p == '"')
        return p;
      else
        g_string_append_c (text, *p);
    }
  return NULL;
}

static char *
rewrite (CmqIndexTerms *terms, sqlite3 *db, const char *match, int *rc_out)
{
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GString) text = g_string_new (NULL);
  gboolean changed = FALSE;
  const char *p = match;

  *rc_out = SQLITE_OK;
  while (*p != '\0' && *rc_out == SQLITE_OK)
    {
      const char *end = *p == '"' ? quoted_end (p, text) : NULL;

      if (end == NULL)
        {
          g_string_append_c (out, *p++);
          continue;
        }
      if (end[1] == '*' && append_words (terms, db, out, text->str, rc_out))
        {
          changed = TRUE;
          p = end + 2;
        }
      else
        {
          g_string_append_len (out, p, end + 1 - p);
          p = end + 1;
        }
    }
  if (*rc_out != SQLITE_OK || !changed)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
cmq_index_terms_expand (CmqIndex *self, const char *match, int *rc_out)
{
  gboolean own;
  unsigned int version = 0;
  int schema = 0;
  char *expanded = NULL;
  int rc;

  *rc_out = SQLITE_OK;
  if (match == NULL || strchr (match, '*') == NULL)
    return NULL;
  /* One read transaction (the query's, see run_query_locked(), or its own): the words are those
   * of the data version read. */
  own = cmq_index_read_begin (self->db);
  if (sqlite3_get_autocommit (self->db))
    return NULL; /* left to FTS5 */
  rc = cmq_index_query_int (self->db, "PRAGMA main.schema_version", &schema);
  if (rc == SQLITE_OK)
    rc = sqlite3_file_control (self->db, "main", SQLITE_FCNTL_DATA_VERSION, &version);
  if (rc == SQLITE_OK)
    {
      if (self->terms != NULL &&
          (self->terms->generation != self->generation || self->terms->version != version))
        g_clear_pointer (&self->terms, cmq_index_terms_free);
      if (self->terms == NULL)
        {
          self->terms = g_new0 (CmqIndexTerms, 1);
          self->terms->generation = self->generation;
          self->terms->version = version;
        }
      expanded = rewrite (self->terms, self->db, match, &rc);
    }
  cmq_index_read_end (self->db, own);
  *rc_out = rc;
  return expanded;
}
