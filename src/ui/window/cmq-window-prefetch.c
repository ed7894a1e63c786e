/* cmq-window-prefetch.c: the releases above and below the one being read, loaded before they are
 * asked for.
 *
 * Selecting a release loads it from the index in a worker thread: a fraction of a millisecond of
 * work, but on a loaded machine the hand-over to the thread and back waits for a core (tens to
 * hundreds of milliseconds at a load of 20 on 2 cores), before the page can even be made. Once
 * a page is on screen, its neighbours in the list are loaded, so that Up, Down or a click next
 * to it shows them without waiting for a thread. Only the neighbours of the page painted last
 * are kept, and none once the index changed.
 *
 * The reader itself is ready before the first release is asked for: it stays mapped under the
 * status pages ("No Release Selected"), and once the window is shown and idle it loads an empty
 * page, in the reader's style, whose body the first release then replaces. Else that release
 * waits for WebKit's web process, its first drawing and its first document: 3.5 to 7 s on a
 * loaded machine, where the next ones take a fraction of that.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-window"

#include "config.h"

#include "cmq-window-private.h"

typedef struct
{
  GPtrArray *releases; /* of CmqRelease: the neighbours loaded */
  GCancellable *loading;
  guint prepare_idle; /* loads the reader's first, empty page */
} Prefetch;

static void
prefetch_free (Prefetch *prefetch)
{
  g_clear_handle_id (&prefetch->prepare_idle, g_source_remove);
  if (prefetch->loading != NULL)
    g_cancellable_cancel (prefetch->loading);
  g_clear_object (&prefetch->loading);
  g_ptr_array_unref (prefetch->releases);
  g_free (prefetch);
}

static Prefetch *
get_prefetch (CmqWindow *self)
{
  return g_object_get_data (G_OBJECT (self), "cmq-prefetch");
}

static void
forget (Prefetch *prefetch)
{
  if (prefetch->loading != NULL)
    g_cancellable_cancel (prefetch->loading);
  g_clear_object (&prefetch->loading);
  g_ptr_array_set_size (prefetch->releases, 0);
}

static void
load_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  const char *const *ids = task_data;
  GPtrArray *releases = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; ids[i] != NULL && !g_cancellable_is_cancelled (cancellable); i++)
    {
      CmqRelease *release = cmq_index_load_release (CMQ_INDEX (source), ids[i], NULL);

      /* One that cannot be loaded is loaded again when selected, and says why then. */
      if (release != NULL)
        g_ptr_array_add (releases, release);
    }
  g_task_return_pointer (task, releases, (GDestroyNotify) g_ptr_array_unref);
}

static void
loaded_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GPtrArray) releases = g_task_propagate_pointer (G_TASK (result), NULL);
  Prefetch *prefetch;

  if (releases == NULL)
    return; /* cancelled: the window may be gone */
  prefetch = get_prefetch (CMQ_WINDOW (user_data));
  g_clear_object (&prefetch->loading);
  g_ptr_array_extend_and_steal (prefetch->releases, g_steal_pointer (&releases));
}

/* The id of the release at @position in the list, or NULL. */
static char *
dup_id_at (CmqWindow *self, guint position)
{
  g_autoptr (CmqRelease) release = NULL;

  if (position >= g_list_model_get_n_items (G_LIST_MODEL (self->selection)))
    return NULL;
  release = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  return release != NULL ? g_strdup (cmq_release_get_id (release)) : NULL;
}

/* The page of the selected release is on screen: its neighbours are loaded next. */
static void
page_painted_cb (CmqWindow *self)
{
  Prefetch *prefetch = get_prefetch (self);
  guint selected = gtk_single_selection_get_selected (self->selection);
  g_autoptr (GStrvBuilder) builder = NULL;
  g_autoptr (GTask) task = NULL;
  char **ids;

  forget (prefetch);
  if (selected == GTK_INVALID_LIST_POSITION)
    return;
  builder = g_strv_builder_new ();
  for (int step = -1; step <= 1; step += 2)
    {
      g_autofree char *id = (step < 0 && selected == 0) ? NULL : dup_id_at (self, selected + step);

      if (id != NULL)
        g_strv_builder_add (builder, id);
    }
  ids = g_strv_builder_end (builder);
  if (ids[0] == NULL)
    {
      g_strfreev (ids);
      return;
    }
  prefetch->loading = g_cancellable_new ();
  task = g_task_new (cmq_context_get_index (self->context), prefetch->loading, loaded_cb, self);
  g_task_set_source_tag (task, page_painted_cb);
  g_task_set_task_data (task, ids, (GDestroyNotify) g_strfreev);
  g_task_run_in_thread (task, load_thread);
}

CmqRelease *
_cmq_window_prefetch_take (CmqWindow *self, const char *id)
{
  Prefetch *prefetch = get_prefetch (self);

  for (guint i = 0; i < prefetch->releases->len; i++)
    {
      CmqRelease *release = g_ptr_array_index (prefetch->releases, i);

      if (g_str_equal (cmq_release_get_id (release), id))
        return g_object_ref (release);
    }
  return NULL;
}

static gboolean
prepare_reader_cb (gpointer user_data)
{
  CmqWindow *self = user_data;

  get_prefetch (self)->prepare_idle = 0;
  cmq_reader_view_prepare (self->reader_view);
  return G_SOURCE_REMOVE;
}

/* The window is shown: once its first frames are drawn and nothing else waits, the reader loads
 * its empty page. */
static void
window_mapped_cb (CmqWindow *self)
{
  Prefetch *prefetch = get_prefetch (self);

  g_signal_handlers_disconnect_by_func (self, window_mapped_cb, NULL);
  if (prefetch != NULL && prefetch->prepare_idle == 0)
    prefetch->prepare_idle = g_idle_add_full (G_PRIORITY_LOW, prepare_reader_cb, self, NULL);
}

/* The stack over the reader shows a status page, over it, or nothing: then the reader takes the
 * pointer and the focus, which it never does under a status page, and assistive technologies
 * see it (under a status page it is hidden from them, as it is from sight). */
static void
cover_reader (CmqWindow *self)
{
  gboolean reading =
      g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "reader") == 0;
  GtkWidget *overlay = gtk_widget_get_parent (GTK_WIDGET (self->content_stack));

  gtk_widget_set_can_target (GTK_WIDGET (self->content_stack), !reading);
  if (GTK_IS_OVERLAY (overlay) && gtk_overlay_get_child (GTK_OVERLAY (overlay)) != NULL)
    {
      GtkWidget *reader = gtk_overlay_get_child (GTK_OVERLAY (overlay));

      gtk_widget_set_can_focus (reader, reading);
      gtk_accessible_update_state (GTK_ACCESSIBLE (reader), GTK_ACCESSIBLE_STATE_HIDDEN, !reading,
                                   -1);
    }
}

void
_cmq_window_prefetch_init (CmqWindow *self)
{
  Prefetch *prefetch = g_new0 (Prefetch, 1);

  prefetch->releases = g_ptr_array_new_with_free_func (g_object_unref);
  g_object_set_data_full (G_OBJECT (self), "cmq-prefetch", prefetch,
                          (GDestroyNotify) prefetch_free);
  g_signal_connect_object (self->reader_view, "page-painted", G_CALLBACK (page_painted_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (window_mapped_cb), NULL);
  g_signal_connect_object (self->content_stack, "notify::visible-child-name",
                           G_CALLBACK (cover_reader), self, G_CONNECT_SWAPPED);
  cover_reader (self);
}

/* The index changed (a release's text, or the index itself): what was loaded may be stale. */
void
_cmq_window_prefetch_forget (CmqWindow *self)
{
  Prefetch *prefetch = get_prefetch (self);

  if (prefetch != NULL)
    forget (prefetch);
}
