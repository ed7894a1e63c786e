/* cmq-twins.h: one release published in two languages ("twins").
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-index.h"

G_BEGIN_DECLS

/* From this score on, two releases are taken for twins. */
#define CMQ_TWINS_THRESHOLD 0.35

/* How surely @a and @b are one release in two languages, 0 to 1: 0 when their languages are
 * the same or unknown, or their dates are not both known and at most a day apart; otherwise the
 * share of their numbers (of two digits or more) and names (capitalised words not opening a
 * sentence, case and accents folded) that they have in common. Pure. */
double cmq_twins_score (CmqRelease *a, CmqRelease *b);

/* The release of @index in another language that is most surely @release's twin (a score of at
 * least CMQ_TWINS_THRESHOLD), or NULL. Uses the index's query API: the releases dated within a
 * day of it. NULL with @error set only when the index fails. */
CmqRelease *cmq_twins_find (CmqIndex *index, CmqRelease *release, GCancellable *cancellable,
                            GError **error);

G_END_DECLS
