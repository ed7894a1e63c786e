/* cmq-hit-list.h: the release list's model: the hits of a query, rows made on demand.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cmq-index.h"

G_BEGIN_DECLS

#define CMQ_TYPE_HIT_LIST (cmq_hit_list_get_type ())
G_DECLARE_FINAL_TYPE (CmqHitList, cmq_hit_list, CMQ, HIT_LIST, GObject)

CmqHitList *cmq_hit_list_new (void);
/* Shows @shown (of CmqIndexHit, borrowed from @owner, which is kept alive as long as they are
 * shown), one row per hit. The rows at the start and at the end that show the same releases as
 * before are kept: "items-changed" covers only the rows between. A release shown before that
 * moved comes back as the same item (CmqRelease) at its new place. */
void cmq_hit_list_set_hits (CmqHitList *self, GPtrArray *shown, GPtrArray *owner);
/* The same, with @positions from cmq_hits_index_new (@shown) (nullable; referenced). */
void cmq_hit_list_set_hits_indexed (CmqHitList *self, GPtrArray *shown, GPtrArray *owner,
                                    GHashTable *positions);
/* Every hit: the list's number of rows. */
guint cmq_hit_list_get_n_hits (CmqHitList *self);
/* NULL beyond the last row. */
CmqIndexHit *cmq_hit_list_get_hit (CmqHitList *self, guint position);
/* How many rows have their item made (for tests: the others cost nothing yet). */
guint cmq_hit_list_get_n_made (CmqHitList *self);
/* The position of release @id, or GTK_INVALID_LIST_POSITION (G_MAXUINT). */
/* The first position of the release @id, or G_MAXUINT; a hash lookup in a long list. */
guint cmq_hit_list_find (CmqHitList *self, const char *id);
/* The hits shown, referenced, and the array that owns them (give it to cmq_hits_unref_later()
 * after unreferencing the shown ones): a result kept while the list shows the next one. */
GPtrArray *cmq_hit_list_ref_hits (CmqHitList *self, GPtrArray **owner);
/* @hits' ids (borrowed) → position + 1, the index a long list is searched with; made in a worker
 * thread for a whole result, so that the window's thread never walks it. */
GHashTable *cmq_hits_index_new (GPtrArray *hits);

/* Drops a reference to @hits; when that frees a large result, it is freed in a worker thread
 * (freeing 59,000 hits takes the main thread tens of milliseconds, at each keystroke). */
void cmq_hits_unref_later (GPtrArray *hits);
/* The same for an index of positions (cmq_hits_index_new()), before the hits it was made of. */
void cmq_hits_index_unref_later (GHashTable *positions);

G_END_DECLS
