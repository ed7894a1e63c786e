/* cmq-importer-memo.c: what cmq_importer_fold () and cmq_importer_key () gave the texts they
 * were last given, kept by each thread.
 *
 * The rules fold and key the same lines again and again, each of them on its own: a line's kind,
 * its label, its notice, its date are read by as many rules, which fold it each time. Of the
 * importer's calls, seven folds in ten and six keys in ten were of a text folded or keyed a
 * little before. Both functions depend on their text alone, so what they gave it is given again:
 * a table of texts by their hash, one text in each slot, a new one in place of the old. Each
 * thread has its own table, freed when the thread ends, so that no lock is taken; long texts
 * (a story's paragraphs, each read once or twice) are not kept, so that a table stays small.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-importer"

#include <string.h>

#include "cmq-importer-memo.h"
#include "cmq-importer-private.h"

/* The slots of each table: a power of two. */
#define MEMO_SLOTS 256
/* Texts of this many bytes or more are not kept. */
#define MAX_MEMO_BYTES 1024

typedef struct
{
  char *text; /* the text, then its result after its NUL, in one block; NULL: an empty slot */
  gsize len;
  gsize result_len;
  guint hash;
} MemoEntry;

typedef struct
{
  MemoEntry entries[CMQ_IMPORTER_N_MEMOS][MEMO_SLOTS];
} Memos;

static void
memos_free (gpointer data)
{
  Memos *memos = data;

  for (guint m = 0; m < CMQ_IMPORTER_N_MEMOS; m++)
    for (guint i = 0; i < MEMO_SLOTS; i++)
      g_free (memos->entries[m][i].text);
  g_free (memos);
}

static GPrivate memos_key = G_PRIVATE_INIT (memos_free);

static Memos *
memos_get (void)
{
  Memos *memos = g_private_get (&memos_key);

  if (G_UNLIKELY (memos == NULL))
    {
      memos = g_new0 (Memos, 1);
      g_private_set (&memos_key, memos);
    }
  return memos;
}

char *
cmq_importer_memo_call (CmqImporterMemo memo, const char *text, char *(*compute) (const char *text))
{
  gsize len = strlen (text);
  MemoEntry *entry;
  gsize result_len;
  guint hash;
  char *result;

  g_return_val_if_fail (memo < CMQ_IMPORTER_N_MEMOS, NULL);

  if (len >= MAX_MEMO_BYTES)
    return compute (text);
  hash = cmq_importer_line_hash (text);
  entry = &memos_get ()->entries[memo][hash & (MEMO_SLOTS - 1)];
  if (entry->text != NULL && entry->hash == hash && entry->len == len &&
      memcmp (entry->text, text, len) == 0)
    return g_memdup2 (entry->text + len + 1, entry->result_len + 1);

  result = compute (text);
  result_len = strlen (result);
  g_free (entry->text);
  entry->text = g_malloc (len + 1 + result_len + 1);
  memcpy (entry->text, text, len + 1);
  memcpy (entry->text + len + 1, result, result_len + 1);
  entry->len = len;
  entry->result_len = result_len;
  entry->hash = hash;
  return result;
}
