/* cmq-context-follow.h: after an index update, the store's highlights, notes and stars follow
 * their release to its new id. Internal to the context.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cmq-index.h"
#include "cmq-store.h"

G_BEGIN_DECLS

/* What a pass did. */
typedef struct
{
  guint n_releases; /* releases whose entry followed them to a new id */
  guint n_moved;    /* passages re-anchored on the new release */
  guint n_detached; /* passages that did not fit, left listed as detached */
} CmqContextFollowStats;

/* Looks, in a worker thread, for each entry of @store with something in it (a passage, a note, a
 * star) whose release id is no longer in @index, for the release it became: the one from the
 * same file (the entry keeps its release's file), else the one release whose text holds its
 * passages. The callback runs in the caller's thread-default main context; finish moves the
 * entries there (cmq_store_follow_release()) and records the files of entries that have none. */
void cmq_context_follow_async (CmqIndex *index, CmqStore *store, GCancellable *cancellable,
                               GAsyncReadyCallback callback, gpointer user_data);
gboolean cmq_context_follow_finish (CmqStore *store, GAsyncResult *result,
                                    CmqContextFollowStats *stats, GError **error);

G_END_DECLS
