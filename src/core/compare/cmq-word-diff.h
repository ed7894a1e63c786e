/* cmq-word-diff.h: the word-level changes between two texts.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  CMQ_DIFF_EQUAL,
  CMQ_DIFF_DELETE, /* text of the first only */
  CMQ_DIFF_INSERT, /* text of the second only */
} CmqDiffOp;

/* A run of text: joined in order, the EQUAL and INSERT spans give the second text exactly, and
 * the EQUAL and DELETE spans the first (save that a run of spaces in an EQUAL span is the
 * second's). */
typedef struct
{
  CmqDiffOp op;
  char *text;
} CmqDiffSpan;

void cmq_diff_span_free (CmqDiffSpan *span);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CmqDiffSpan, cmq_diff_span_free)

/* The changes that turn @a into @b, word by word (Myers' diff on words, single punctuation marks
 * and runs of spaces, so the texts can be rebuilt). In each changed stretch the deletion comes
 * before the insertion; a space or a comma, or words shorter than the changes on both sides, left between two changes join them. Texts
 * with very many changes get one deletion and one insertion. Returns a GPtrArray of
 * CmqDiffSpan; empty when both texts are empty. */
GPtrArray *cmq_word_diff (const char *a, const char *b);

/* TRUE when @spans hold no deletion and no insertion. */
gboolean cmq_word_diff_is_equal (GPtrArray *spans);

G_END_DECLS
