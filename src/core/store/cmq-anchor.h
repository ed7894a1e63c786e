/* cmq-anchor.h: where a quoted passage is in a release, robust to the release changing.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How much context is kept on each side of the quote, in characters. */
#define CMQ_ANCHOR_CONTEXT_CHARS 40

/* What is kept of a passage to find it again: the words quoted, some context before and after
 * in the same paragraph, the paragraph's number and a hash of its normalised text. */
typedef struct
{
  char *quote;
  char *prefix;
  char *suffix;
  guint paragraph;      /* 1-based */
  char *paragraph_hash; /* see cmq_anchor_paragraph_hash() */
} CmqAnchor;

typedef enum
{
  CMQ_ANCHOR_DETACHED,  /* nothing fits well enough: listed, never dropped */
  CMQ_ANCHOR_EXACT,     /* the quoted text is there as it was */
  CMQ_ANCHOR_PARAGRAPH, /* its paragraph is there, with the same words (spacing, case or
                         * punctuation changed) */
  CMQ_ANCHOR_FUZZY,     /* most of its words are there, in order */
} CmqAnchorMatch;

typedef struct
{
  CmqAnchorMatch match;
  guint paragraph; /* 1-based; 0 when detached */
  gsize start;     /* byte offsets of the passage in that paragraph */
  gsize end;
} CmqAnchorPosition;

/* The anchor of bytes @start to @end of paragraph @paragraph (1-based) of @paragraphs; NULL when
 * the span is empty or not within the paragraph. */
CmqAnchor *cmq_anchor_new (const char *const *paragraphs, guint paragraph, gsize start, gsize end);
CmqAnchor *cmq_anchor_copy (const CmqAnchor *anchor);
void cmq_anchor_free (CmqAnchor *anchor);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CmqAnchor, cmq_anchor_free)

/* A hash of a paragraph's words, case-folded, without accents or punctuation: the same for the
 * same paragraph reflowed or with its quotation marks changed. */
char *cmq_anchor_paragraph_hash (const char *paragraph);

/* Finds @anchor in @paragraphs: the quoted text exactly (the occurrence whose context and
 * paragraph fit best), else in the paragraph with the same hash, else the span whose words
 * best match the quote's, when enough of them do; otherwise CMQ_ANCHOR_DETACHED. */
CmqAnchorPosition cmq_anchor_locate (const CmqAnchor *anchor, const char *const *paragraphs);

G_END_DECLS
