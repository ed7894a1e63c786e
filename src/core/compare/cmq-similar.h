/* cmq-similar.h: the releases most like one, for the reader's Similar list and Compare With….
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-index.h"

G_BEGIN_DECLS

/* Below this share of words and pairs of words (cmq_compare_similarity()) a release is not
 * listed at all: two unrelated texts of one language share about 5% (their common words); from
 * CMQ_SIMILAR_FOR_EARLIER on, an earlier release of the same kind comes before the others. */
#define CMQ_SIMILAR_MIN         0.1
#define CMQ_SIMILAR_FOR_EARLIER 0.15

typedef struct
{
  CmqRelease *release; /* the whole release, text included */
  double similarity;   /* cmq_compare_similarity() of the two texts, 0 to 1 */
  gboolean earlier_same_kind;
} CmqSimilar;

void cmq_similar_free (CmqSimilar *similar);

/* At most @limit releases of @index most like @release (which must be indexed), as a GPtrArray
 * of CmqSimilar: the candidates the index's signatures give (cmq_index_similar()), the best few
 * weighed again with their whole texts, those of at least CMQ_SIMILAR_MIN kept; earlier releases
 * of the same kind that are alike enough first, then the most similar. For a worker thread. NULL
 * with @error set only when the index fails or @cancellable is cancelled. */
GPtrArray *cmq_similar_find (CmqIndex *index, CmqRelease *release, guint limit,
                             GCancellable *cancellable, GError **error);

G_END_DECLS
