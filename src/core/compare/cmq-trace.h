/* cmq-trace.h: a phrase across the years: how many releases use it each year, and where.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-index.h"

G_BEGIN_DECLS

typedef struct
{
  guint year;       /* 0 for the releases without a full date */
  guint n_releases; /* releases using the phrase */
  guint n_total;    /* releases of the library that year */
} CmqTraceYear;

/* One use of the phrase, as keyword in context. */
typedef struct
{
  char *id;
  char *file;
  char *title;
  char *date;    /* "YYYY-MM-DD" or NULL */
  int paragraph; /* from 0; -1 for the title */
  char *left;    /* the text before the phrase in its paragraph, at most the context */
  char *match;   /* the phrase as the release writes it */
  char *right;   /* the text after it */
  /* For a near variant: the word changed, as bytes [changed_start, changed_end) of @match, and
   * the word of the phrase it stands for (normalised); 0, 0 and NULL for an exact use. */
  gsize changed_start, changed_end;
  char *instead_of;
} CmqTraceOccurrence;

typedef struct
{
  char *phrase;
  guint n_releases;   /* releases using it: what `--search '"PHRASE"'` lists */
  GArray *years;      /* of CmqTraceYear, oldest first, undated last; years with a release */
  GPtrArray *uses;    /* of CmqTraceOccurrence, by date, oldest first, undated last */
  guint n_searched;   /* releases whose uses were looked for: all, or the newest max_releases */
  char *first, *last; /* dates of the first and last dated use, or NULL */
  /* Near variants, once cmq_trace_find_near_variants() looked for them (NULL before): the
   * phrase with one word changed, by date as @uses, counted apart from them. */
  GPtrArray *variants;        /* of CmqTraceOccurrence */
  guint n_variant_releases;   /* releases with a near variant */
  guint n_variant_candidates; /* releases the index gave as candidates */
  guint n_variant_searched;   /* of which read: all, or the newest max_releases */
} CmqTrace;

void cmq_trace_free (CmqTrace *trace);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CmqTrace, cmq_trace_free)

/* Traces @phrase (words, matched whole, in order, as a quoted phrase of the search) through the
 * releases of @index, using its query API only: the releases found, counted by year against all
 * the releases of that year, and each use in their titles and paragraphs with @context
 * characters either side, looked for in every release found or, when @max_releases is not 0,
 * in the newest @max_releases of them (each costs a read of the release; the counts are always
 * complete). NULL with @error set when the index fails, or when @phrase has no word
 * (CMQ_INDEX_ERROR_NOT_FOUND). */
CmqTrace *cmq_trace_phrase (CmqIndex *index, const char *phrase, guint context, guint max_releases,
                            GCancellable *cancellable, GError **error);

/* Where @phrase occurs in @text: pairs of byte offsets (start, end), words compared as the
 * search compares them (case and accents folded). Pure, for the tests and the reader. */
GArray *cmq_trace_find (const char *text, const char *phrase);

/* A near variant in a text: bytes [start, end) of the text, the changed word [changed_start,
 * changed_end) inside them, and which word of the phrase it changes (from 0). */
typedef struct
{
  gsize start, end;
  gsize changed_start, changed_end;
  guint position;
} CmqTraceVariantSpan;

/* Where @phrase occurs in @text with exactly one word changed (as many words, one position
 * different, the others compared as cmq_trace_find() does), left to right, never overlapping
 * an exact use or each other: a GArray of CmqTraceVariantSpan. A phrase of one word has none
 * (any word would do). Each place of the text is compared with at most the phrase's words, and
 * gives up at the second difference: linear in the text. Pure, for the tests. */
GArray *cmq_trace_find_variants (const char *text, const char *phrase);

/* Adds the near variants of @trace's phrase (cmq_trace_find_variants()) to @trace, found in
 * the releases of @index that the index gives as candidates (for each word of the phrase, the
 * releases with the words before it and the words after it as phrases), in every one of them
 * or, when @max_releases is not 0, in the newest @max_releases. FALSE with @error set when the
 * index fails. */
gboolean cmq_trace_find_near_variants (CmqTrace *trace, CmqIndex *index, guint context,
                                       guint max_releases, GCancellable *cancellable,
                                       GError **error);

G_END_DECLS
