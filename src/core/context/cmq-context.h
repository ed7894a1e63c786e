/* cmq-context.h: the services of a running Communiqué, kept in step, handed to the window.
 *
 * The context owns the library folders (CmqLibrary, watched), the index of their releases
 * (CmqIndex) and the favourites and notes (CmqStore), and keeps them in step, so that no widget
 * ever coordinates them:
 *
 *   - a folder changed (a file added, changed or removed; a folder added or removed): one index
 *     update, for a burst of changes; one update at a time, and changes that come while it runs
 *     start one more when it ends;
 *   - a note changed: the index gets its copy at once, and every update gets the notes from the
 *     store, so a rebuilt index searches them too;
 *   - a release got another id (its file edited): its highlights, note and star follow it, see
 *     cmq-context-follow.c; "updated" comes after that;
 *   - the index file deleted or replaced while the window runs: the index is opened again (and
 *     rebuilt by an update);
 *   - whatever changed what a search finds: one "changed" signal, for one rerun of the search.
 *
 * GLib only: unit-tested without a display (tests/core/test-context.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cmq-index.h"
#include "cmq-library.h"
#include "cmq-store.h"

G_BEGIN_DECLS

#define CMQ_TYPE_CONTEXT (cmq_context_get_type ())
G_DECLARE_FINAL_TYPE (CmqContext, cmq_context, CMQ, CONTEXT, GObject)

/* @library: its folders, watched from now on (cmq_library_watch() is called here when it was
 * not); @store: nullable (no favourites and notes); @index_path: NULL for the default path. The
 * index is opened (never fails, see cmq_index_new()) but not updated: call cmq_context_update().
 * Signals are emitted in the thread-default main context of the caller. */
CmqContext *cmq_context_new (CmqLibrary *library, CmqStore *store, const char *index_path);

CmqLibrary *cmq_context_get_library (CmqContext *self);
/* The index in use: another one after the file was deleted ("notify::index"). */
CmqIndex *cmq_context_get_index (CmqContext *self);
/* nullable */
CmqStore *cmq_context_get_store (CmqContext *self);

/* Brings the index up to date with the folders now (an import just copied files): starts an
 * update, or one more after the running one. */
void cmq_context_update (CmqContext *self);
/* TRUE while an update runs or is waiting to start. */
gboolean cmq_context_is_updating (CmqContext *self);

/* Every release id of the library (a set of strings), read in a worker thread. */
void cmq_context_dup_known_ids_async (CmqContext *self, GCancellable *cancellable,
                                      GAsyncReadyCallback callback, gpointer user_data);
GHashTable *cmq_context_dup_known_ids_finish (CmqContext *self, GAsyncResult *result,
                                              GError **error);

/* Stops watching and cancels the running update, and waits for it to end (it stops at its next
 * file), so that quitting takes no longer; what was indexed so far is kept for the next start.
 * The context does nothing afterwards. */
void cmq_context_shutdown (CmqContext *self);

/* For `communique --search`, which has no context: copies the notes of the store file at
 * @store_path (read only, never written or moved) into @index before an update. A missing file
 * is no notes. */
gboolean cmq_context_copy_notes (CmqIndex *index, const char *store_path, GError **error);

/* Signals:
 * "changed": what a search finds may have changed (releases indexed, a note or a star changed,
 *   the index opened again); emitted once for a burst, from an idle;
 * "progress" (guint done, guint total): the running update's, as CmqIndex's "progress";
 * "updated": an update ended (succeeded, failed or cancelled) and no other is waiting. */

G_END_DECLS
