/* cmq-trace.c: a phrase across the years, for `communique --trace` and the trace view.
 *
 * Built on the index's public query API only (the index's own files are not touched): the phrase
 * is searched as a quoted phrase, exactly as `--search '"PHRASE"'` would, so the releases counted
 * each year are the ones the search lists; an empty query gives every release, for the share of
 * each year. Each release found is then loaded and its uses located with the search's folding
 * (cmq_search_normalize()), for the keyword-in-context lines.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-trace"

#include <stdlib.h>
#include <string.h>

#include "cmq-search.h"
#include "cmq-trace.h"

typedef struct
{
  const char *start, *end; /* of the word of the text it comes from */
  char *part;
} Part;

static void
part_clear (Part *part)
{
  g_free (part->part);
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* The normalised parts of the words of @text ("Türkiye’s": "turkiye", then "s"). */
static GArray *
parts_of (const char *text)
{
  GArray *parts = g_array_new (FALSE, FALSE, sizeof (Part));
  const char *p = text;

  g_array_set_clear_func (parts, (GDestroyNotify) part_clear);
  while (*p != '\0')
    {
      const char *start = p;

      if (!is_word_char (g_utf8_get_char (p)))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      while (*p != '\0' && is_word_char (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      {
        g_autofree char *raw = g_strndup (start, p - start);
        g_autofree char *normalized = cmq_search_normalize (raw);
        g_auto (GStrv) split = g_strsplit (g_strstrip (normalized), " ", -1);

        for (guint i = 0; split[i] != NULL; i++)
          if (split[i][0] != '\0')
            {
              Part part = { start, p, g_strdup (split[i]) };

              g_array_append_val (parts, part);
            }
      }
    }
  return parts;
}

static GStrv
phrase_words (const char *phrase)
{
  g_autofree char *normalized = cmq_search_normalize (phrase);
  g_autoptr (GStrvBuilder) words = g_strv_builder_new ();
  g_auto (GStrv) split = g_strsplit (normalized, " ", -1);

  for (guint i = 0; split[i] != NULL; i++)
    if (split[i][0] != '\0')
      g_strv_builder_add (words, split[i]);
  return g_strv_builder_end (words);
}

static GArray *
find_words (const char *text, const char *const *words)
{
  GArray *found = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr (GArray) parts = NULL;
  guint n = g_strv_length ((char **) words);

  if (n == 0)
    return found;
  parts = parts_of (text);
  for (guint i = 0; i + n <= parts->len;)
    {
      guint k = 0;

      while (k < n && g_str_equal (g_array_index (parts, Part, i + k).part, words[k]))
        k++;
      if (k < n)
        {
          i++;
          continue;
        }
      {
        gsize span[2] = { g_array_index (parts, Part, i).start - text,
                          g_array_index (parts, Part, i + n - 1).end - text };

        g_array_append_vals (found, span, 2);
      }
      i += n;
    }
  return found;
}

GArray *
cmq_trace_find (const char *text, const char *phrase)
{
  g_auto (GStrv) words = NULL;

  g_return_val_if_fail (text != NULL && phrase != NULL, NULL);

  words = phrase_words (phrase);
  return find_words (text, (const char *const *) words);
}

static gboolean
part_is (GArray *parts, guint i, const char *word)
{
  return g_str_equal (g_array_index (parts, Part, i).part, word);
}

/* The parts of the exact uses of the phrase of @n @words (as find_words() finds them). */
static gboolean *
exact_parts (GArray *parts, const char *const *words, guint n)
{
  gboolean *exact = g_new0 (gboolean, parts->len);

  for (guint i = 0; i + n <= parts->len;)
    {
      guint k = 0;

      while (k < n && part_is (parts, i + k, words[k]))
        k++;
      if (k < n)
        {
          i++;
          continue;
        }
      for (k = 0; k < n; k++)
        exact[i + k] = TRUE;
      i += n;
    }
  return exact;
}

/* The one word of the @n parts from @i that differs from @words, or -1 when none or more do or
 * one of them belongs to an exact use. */
static int
changed_word (GArray *parts, guint i, const char *const *words, guint n, const gboolean *exact)
{
  int changed = -1;

  for (guint k = 0; k < n; k++)
    {
      if (exact[i + k])
        return -1;
      if (part_is (parts, i + k, words[k]))
        continue;
      if (changed >= 0)
        return -1;
      changed = (int) k;
    }
  return changed;
}

static GArray *
find_variant_words (const char *text, const char *const *words)
{
  GArray *found = g_array_new (FALSE, FALSE, sizeof (CmqTraceVariantSpan));
  g_autoptr (GArray) parts = NULL;
  g_autofree gboolean *exact = NULL;
  guint n = g_strv_length ((char **) words);

  if (n < 2)
    return found;
  parts = parts_of (text);
  if (parts->len < n)
    return found;
  exact = exact_parts (parts, words, n);
  for (guint i = 0; i + n <= parts->len;)
    {
      int changed = changed_word (parts, i, words, n, exact);
      const Part *first, *last, *other;
      CmqTraceVariantSpan span;

      if (changed < 0)
        {
          i++;
          continue;
        }
      first = &g_array_index (parts, Part, i);
      last = &g_array_index (parts, Part, i + n - 1);
      other = &g_array_index (parts, Part, i + changed);
      span.start = first->start - text;
      span.end = last->end - text;
      span.changed_start = other->start - text;
      span.changed_end = other->end - text;
      span.position = changed;
      g_array_append_val (found, span);
      i += n;
    }
  return found;
}

GArray *
cmq_trace_find_variants (const char *text, const char *phrase)
{
  g_auto (GStrv) words = NULL;

  g_return_val_if_fail (text != NULL && phrase != NULL, NULL);

  words = phrase_words (phrase);
  return find_variant_words (text, (const char *const *) words);
}

static void
occurrence_free (CmqTraceOccurrence *use)
{
  g_free (use->id);
  g_free (use->file);
  g_free (use->title);
  g_free (use->date);
  g_free (use->left);
  g_free (use->match);
  g_free (use->right);
  g_free (use->instead_of);
  g_free (use);
}

void
cmq_trace_free (CmqTrace *trace)
{
  if (trace == NULL)
    return;
  g_free (trace->phrase);
  g_array_unref (trace->years);
  g_ptr_array_unref (trace->uses);
  g_clear_pointer (&trace->variants, g_ptr_array_unref);
  g_free (trace->first);
  g_free (trace->last);
  g_free (trace);
}

/* At most @chars characters of @text before @end (or after @start when @after). */
static char *
context_of (const char *text, gsize start, gsize end, guint chars, gboolean after)
{
  const char *p;

  if (after)
    {
      const char *stop = text + start;

      for (guint i = 0; i < chars && *stop != '\0'; i++)
        stop = g_utf8_next_char (stop);
      return g_strndup (text + start, stop - (text + start));
    }
  p = text + end;
  for (guint i = 0; i < chars && p > text; i++)
    p = g_utf8_prev_char (p);
  return g_strndup (p, text + end - p);
}

static CmqTraceOccurrence *
new_use (const CmqIndexHit *hit, int paragraph, const char *text, gsize start, gsize end,
         guint context)
{
  CmqTraceOccurrence *use = g_new0 (CmqTraceOccurrence, 1);

  use->id = g_strdup (hit->id);
  use->file = g_strdup (hit->file);
  use->title = g_strdup (hit->title);
  use->date = g_strdup (hit->date);
  use->paragraph = paragraph;
  use->left = context_of (text, 0, start, context, FALSE);
  use->match = g_strndup (text + start, end - start);
  use->right = context_of (text, end, 0, context, TRUE);
  return use;
}

static void
add_uses (CmqTrace *trace, const CmqIndexHit *hit, int paragraph, const char *text,
          const char *const *words, guint context)
{
  g_autoptr (GArray) found = find_words (text, words);

  for (guint i = 0; i < found->len; i += 2)
    g_ptr_array_add (trace->uses, new_use (hit, paragraph, text, g_array_index (found, gsize, i),
                                           g_array_index (found, gsize, i + 1), context));
}

static guint
year_of (const char *date)
{
  return date != NULL ? (guint) atoi (date) : 0;
}

static int
compare_uses (gconstpointer x, gconstpointer y)
{
  const CmqTraceOccurrence *a = *(CmqTraceOccurrence *const *) x;
  const CmqTraceOccurrence *b = *(CmqTraceOccurrence *const *) y;
  int order;

  if ((a->date == NULL) != (b->date == NULL))
    return a->date == NULL ? 1 : -1;
  if (a->date != NULL && (order = strcmp (a->date, b->date)) != 0)
    return order;
  if ((order = strcmp (a->file, b->file)) != 0)
    return order;
  if (a->paragraph != b->paragraph)
    return a->paragraph < b->paragraph ? -1 : 1;
  return 0;
}

/* Counts by year: every year from the first use to the last (those without a use too, for a
 * chart), then the undated releases when one of them uses the phrase. */
static void
count_years (CmqTrace *trace, GPtrArray *hits, GPtrArray *all)
{
  g_autoptr (GHashTable) totals = g_hash_table_new (NULL, NULL);
  g_autoptr (GHashTable) counts = g_hash_table_new (NULL, NULL);
  guint first = G_MAXUINT, last = 0;

  for (guint i = 0; i < all->len; i++)
    {
      gpointer year = GUINT_TO_POINTER (year_of (((CmqIndexHit *) all->pdata[i])->date));

      g_hash_table_insert (
          totals, year,
          GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (totals, year)) + 1));
    }
  for (guint i = 0; i < hits->len; i++)
    {
      const CmqIndexHit *hit = hits->pdata[i];
      guint y = year_of (hit->date);
      gpointer year = GUINT_TO_POINTER (y);

      g_hash_table_insert (
          counts, year,
          GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, year)) + 1));
      if (y == 0)
        continue;
      first = MIN (first, y), last = MAX (last, y);
      if (trace->first == NULL || strcmp (hit->date, trace->first) < 0)
        {
          g_free (trace->first);
          trace->first = g_strdup (hit->date);
        }
      if (trace->last == NULL || strcmp (hit->date, trace->last) > 0)
        {
          g_free (trace->last);
          trace->last = g_strdup (hit->date);
        }
    }
  for (guint y = first; y <= last && first <= last; y++)
    {
      CmqTraceYear year = { y,
                            GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (y))),
                            GPOINTER_TO_UINT (g_hash_table_lookup (totals, GUINT_TO_POINTER (y))) };

      g_array_append_val (trace->years, year);
    }
  if (g_hash_table_contains (counts, GUINT_TO_POINTER (0)))
    {
      CmqTraceYear undated = { 0, GPOINTER_TO_UINT (g_hash_table_lookup (counts, NULL)),
                               GPOINTER_TO_UINT (g_hash_table_lookup (totals, NULL)) };

      g_array_append_val (trace->years, undated);
    }
}

static gboolean
trace_uses (CmqTrace *trace, CmqIndex *index, GPtrArray *hits, const char *const *words,
            guint context, GCancellable *cancellable, GError **error)
{
  /* The hits are newest first: the first n_searched of them. */
  for (guint i = 0; i < trace->n_searched; i++)
    {
      const CmqIndexHit *hit = hits->pdata[i];
      g_autoptr (CmqRelease) release = NULL;
      const char *const *paragraphs;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      /* A release removed since the query: counted by the search, shown with no use. */
      release = cmq_index_load_release (index, hit->id, NULL);
      if (release == NULL)
        continue;
      add_uses (trace, hit, -1, cmq_release_get_title (release), words, context);
      paragraphs = cmq_release_get_paragraphs (release);
      for (guint p = 0; paragraphs[p] != NULL; p++)
        add_uses (trace, hit, p, paragraphs[p], words, context);
    }
  g_ptr_array_sort (trace->uses, compare_uses);
  return TRUE;
}

CmqTrace *
cmq_trace_phrase (CmqIndex *index, const char *phrase, guint context, guint max_releases,
                  GCancellable *cancellable, GError **error)
{
  g_auto (GStrv) words = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *quoted = NULL;
  g_autoptr (CmqQuery) query = NULL;
  g_autoptr (CmqQuery) everything = NULL;
  g_autoptr (GPtrArray) hits = NULL;
  g_autoptr (GPtrArray) all = NULL;
  g_autoptr (CmqTrace) trace = NULL;

  g_return_val_if_fail (CMQ_IS_INDEX (index), NULL);
  g_return_val_if_fail (phrase != NULL, NULL);

  words = phrase_words (phrase);
  if (words[0] == NULL)
    {
      g_set_error_literal (error, CMQ_INDEX_ERROR, CMQ_INDEX_ERROR_NOT_FOUND,
                           "the phrase has no word");
      return NULL;
    }
  /* The phrase as the search reads a quoted phrase: its normalised words. */
  joined = g_strjoinv (" ", words);
  quoted = g_strdup_printf ("\"%s\"", joined);
  query = cmq_query_parse (quoted, CMQ_QUERY_FLAGS_NONE);
  everything = cmq_query_parse ("", CMQ_QUERY_FLAGS_NONE);
  hits = cmq_index_query (index, query, CMQ_INDEX_SORT_NEWEST, 0, CMQ_INDEX_QUERY_NONE, cancellable,
                          error);
  if (hits == NULL)
    return NULL;
  all = cmq_index_query (index, everything, CMQ_INDEX_SORT_NEWEST, 0, CMQ_INDEX_QUERY_NONE,
                         cancellable, error);
  if (all == NULL)
    return NULL;

  trace = g_new0 (CmqTrace, 1);
  trace->phrase = g_strdup (phrase);
  trace->n_releases = hits->len;
  trace->n_searched = max_releases > 0 ? MIN (max_releases, hits->len) : hits->len;
  trace->years = g_array_new (FALSE, FALSE, sizeof (CmqTraceYear));
  trace->uses = g_ptr_array_new_with_free_func ((GDestroyNotify) occurrence_free);
  count_years (trace, hits, all);
  if (!trace_uses (trace, index, hits, (const char *const *) words, context, cancellable, error))
    return NULL;
  return g_steal_pointer (&trace);
}

/* Newest first, undated last, as the index lists them. */
static int
compare_hits_newest (gconstpointer x, gconstpointer y)
{
  const CmqIndexHit *a = *(CmqIndexHit *const *) x;
  const CmqIndexHit *b = *(CmqIndexHit *const *) y;
  int order;

  if ((a->date == NULL) != (b->date == NULL))
    return a->date == NULL ? 1 : -1;
  if (a->date != NULL && (order = strcmp (b->date, a->date)) != 0)
    return order;
  return strcmp (a->id, b->id);
}

/* "\"w1 w2\" \"w4\"": the words before word @m and those after it, each side a phrase. */
static char *
candidates_query (const char *const *words, guint n, guint m)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint side = 0; side < 2; side++)
    {
      guint from = side == 0 ? 0 : m + 1, to = side == 0 ? m : n;

      if (from >= to)
        continue;
      g_string_append (text, text->len > 0 ? " \"" : "\"");
      for (guint k = from; k < to; k++)
        g_string_append_printf (text, "%s%s", k > from ? " " : "", words[k]);
      g_string_append_c (text, '"');
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The releases that may hold a near variant, newest first: those with every word of the phrase
 * but one, in order around it. */
static GPtrArray *
variant_candidates (CmqIndex *index, const char *const *words, guint max_releases,
                    GCancellable *cancellable, GError **error)
{
  guint n = g_strv_length ((char **) words);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) candidates =
      g_ptr_array_new_with_free_func ((GDestroyNotify) cmq_index_hit_free);

  for (guint m = 0; m < n && n >= 2; m++)
    {
      g_autofree char *text = candidates_query (words, n, m);
      g_autoptr (CmqQuery) query = cmq_query_parse (text, CMQ_QUERY_FLAGS_NONE);
      /* The newest max_releases of all the candidates are among the newest of each query. */
      g_autoptr (GPtrArray) hits =
          cmq_index_query (index, query, CMQ_INDEX_SORT_NEWEST, max_releases, CMQ_INDEX_QUERY_NONE,
                           cancellable, error);

      if (hits == NULL)
        return NULL;
      for (guint i = 0; i < hits->len; i++)
        {
          CmqIndexHit *hit = g_ptr_array_index (hits, i);

          if (g_hash_table_contains (seen, hit->id))
            continue;
          hit = cmq_index_hit_copy (hit);
          g_hash_table_add (seen, hit->id);
          g_ptr_array_add (candidates, hit);
        }
    }
  g_ptr_array_sort (candidates, compare_hits_newest);
  return g_steal_pointer (&candidates);
}

static guint
add_variants (CmqTrace *trace, const CmqIndexHit *hit, int paragraph, const char *text,
              const char *const *words, guint context)
{
  g_autoptr (GArray) found = find_variant_words (text, words);

  for (guint i = 0; i < found->len; i++)
    {
      CmqTraceVariantSpan *span = &g_array_index (found, CmqTraceVariantSpan, i);
      CmqTraceOccurrence *use = new_use (hit, paragraph, text, span->start, span->end, context);

      use->changed_start = span->changed_start - span->start;
      use->changed_end = span->changed_end - span->start;
      use->instead_of = g_strdup (words[span->position]);
      g_ptr_array_add (trace->variants, use);
    }
  return found->len;
}

gboolean
cmq_trace_find_near_variants (CmqTrace *trace, CmqIndex *index, guint context, guint max_releases,
                              GCancellable *cancellable, GError **error)
{
  g_auto (GStrv) words = NULL;
  g_autoptr (GPtrArray) candidates = NULL;

  g_return_val_if_fail (trace != NULL, FALSE);
  g_return_val_if_fail (CMQ_IS_INDEX (index), FALSE);

  words = phrase_words (trace->phrase);
  candidates =
      variant_candidates (index, (const char *const *) words, max_releases, cancellable, error);
  if (candidates == NULL)
    return FALSE;
  g_clear_pointer (&trace->variants, g_ptr_array_unref);
  trace->variants = g_ptr_array_new_with_free_func ((GDestroyNotify) occurrence_free);
  trace->n_variant_releases = 0;
  trace->n_variant_candidates = candidates->len;
  trace->n_variant_searched =
      max_releases > 0 ? MIN (max_releases, candidates->len) : candidates->len;
  for (guint i = 0; i < trace->n_variant_searched; i++)
    {
      const CmqIndexHit *hit = g_ptr_array_index (candidates, i);
      g_autoptr (CmqRelease) release = NULL;
      const char *const *paragraphs;
      guint found;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          g_clear_pointer (&trace->variants, g_ptr_array_unref); /* not half of them */
          return FALSE;
        }
      release = cmq_index_load_release (index, hit->id, NULL);
      if (release == NULL)
        continue; /* removed since the query */
      found = add_variants (trace, hit, -1, cmq_release_get_title (release),
                            (const char *const *) words, context);
      paragraphs = cmq_release_get_paragraphs (release);
      for (guint p = 0; paragraphs[p] != NULL; p++)
        found += add_variants (trace, hit, p, paragraphs[p], (const char *const *) words, context);
      trace->n_variant_releases += found > 0;
    }
  g_ptr_array_sort (trace->variants, compare_uses);
  return TRUE;
}
