/* cmq-compare.h: two releases aligned paragraph by paragraph, with the word changes of each pair.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cmq-word-diff.h"

G_BEGIN_DECLS

typedef enum
{
  CMQ_COMPARE_UNCHANGED,  /* one paragraph of each, the same words */
  CMQ_COMPARE_REWORDED,   /* one paragraph of each, some words changed */
  CMQ_COMPARE_ADDED,      /* a paragraph of the second only */
  CMQ_COMPARE_REMOVED,    /* a paragraph of the first only */
  CMQ_COMPARE_MOVED,      /* paragraphs found elsewhere in the second, perhaps reworded */
  CMQ_COMPARE_SPLIT,      /* one paragraph of the first became several in a row */
  CMQ_COMPARE_MERGED,     /* several paragraphs in a row of the first became one */
  CMQ_COMPARE_MOVED_AWAY, /* where a MOVED item stood in the first: a marker, not counted */
  CMQ_COMPARE_N_KINDS,
} CmqCompareKind;

/* "unchanged", "reworded", "added", "removed", "moved", "split", "merged", "moved-away": for
 * machines (JSON), never shown as such to people. */
const char *cmq_compare_kind_to_string (CmqCompareKind kind);

typedef struct
{
  CmqCompareKind kind;
  guint a_first, a_count; /* paragraphs of the first release (from 0); a_count is 0 if ADDED */
  guint b_first, b_count; /* paragraphs of the second; b_count is 0 if REMOVED or MOVED_AWAY */
  double similarity;      /* of the words, 0 to 1 (1 for UNCHANGED, 0 for ADDED and REMOVED) */
  /* The word changes from the first's paragraphs to the second's, of CmqDiffSpan; the paragraphs
   * of a group are joined with "\n". A MOVED_AWAY marker has none (see its MOVED item). */
  GPtrArray *spans;
  int link; /* MOVED: the index of its MOVED_AWAY marker; MOVED_AWAY: of its MOVED item; else -1 */
} CmqCompareItem;

typedef struct _CmqComparison CmqComparison;

/* Aligns the paragraphs @a of one release with the paragraphs @b of another: each paragraph of
 * either is in exactly one item. Items come in the order of the second release, each removed
 * paragraph (and each MOVED_AWAY marker) where it stood among them in the first. Pure: no
 * index, no display. */
CmqComparison *cmq_comparison_new (const char *const *a, const char *const *b);
void cmq_comparison_free (CmqComparison *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CmqComparison, cmq_comparison_free)

guint cmq_comparison_get_n_items (CmqComparison *self);
const CmqCompareItem *cmq_comparison_get_item (CmqComparison *self, guint index);
/* How many items are of @kind. */
guint cmq_comparison_count (CmqComparison *self, CmqCompareKind kind);
/* "12 unchanged, 3 reworded, 1 added…", in the user's language, kinds with none left out; "No
 * paragraphs" when both releases are empty. */
char *cmq_comparison_summary (CmqComparison *self);

/* How alike two whole releases are, 0 to 1, by their shared pairs of words: for suggesting what
 * to compare a release with. */
double cmq_compare_similarity (const char *const *a, const char *const *b);

G_END_DECLS
