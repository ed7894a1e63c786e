/* cmq-hit-list.c: the release list's model: the hits of a query, rows made on demand.
 *
 * A search over the whole archive can match 100,000 releases. The list holds the hits as the
 * index returned them (id, title, date, language: a few hundred bytes each) and makes a
 * CmqRelease without its text (cmq_index_hit_to_release()) only for the rows the list view asks
 * for. A new result keeps the items of the rows it shares at the start with the old one: the
 * list view does not rebuild those rows, and the first screen followed by the rest of a result
 * changes only the rest.
 *
 * GTK 4.8's list view spends a few microseconds per row added or removed (35 ms for 10,000 on
 * a loaded two-core machine), whether or not the rows are shown, and it keeps a widget bound,
 * measured and drawn for up to 200 rows around the visible ones (GTK_LIST_VIEW_MAX_LIST_ITEMS):
 * with 200 rows of wrapped titles and snippets, each new result cost a frame of 100 ms and
 * more without a GPU. So the list exposes the hits a page at a time: FIRST_PAGE rows (more than
 * a tall window shows) for a new result, PAGE more whenever the window says the user scrolled
 * near the end (cmq_hit_list_grow()). A keystroke then costs the same for 10 matches and for
 * 100,000; the status line gives the whole count.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-hit-list"

#include "cmq-hit-list.h"

struct _CmqHitList
{
  GObject parent_instance;

  GPtrArray *shown; /* of CmqIndexHit, borrowed from owner */
  GPtrArray *owner;
  GPtrArray *items; /* of CmqRelease or NULL, one per exposed hit */
  guint exposed;    /* the rows the list has: the first ones of shown */
  guint grow_source;
};

#define FIRST_PAGE 30
#define PAGE       400
/* Results longer than this are freed in a worker thread. */
#define FREE_LATER_MIN 1000

static void cmq_hit_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CmqHitList, cmq_hit_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, cmq_hit_list_model_init))

static GType
cmq_hit_list_get_item_type (GListModel *model)
{
  return CMQ_TYPE_RELEASE;
}

static guint
cmq_hit_list_get_n_items (GListModel *model)
{
  return CMQ_HIT_LIST (model)->exposed;
}

static gpointer
cmq_hit_list_get_item (GListModel *model, guint position)
{
  CmqHitList *self = CMQ_HIT_LIST (model);

  if (position >= self->exposed)
    return NULL;
  if (g_ptr_array_index (self->items, position) == NULL)
    g_ptr_array_index (self->items, position) =
        cmq_index_hit_to_release (g_ptr_array_index (self->shown, position));
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
cmq_hit_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = cmq_hit_list_get_item_type;
  iface->get_n_items = cmq_hit_list_get_n_items;
  iface->get_item = cmq_hit_list_get_item;
}

/* Rows not asked for yet have no item. */
static void
unref_item (gpointer item)
{
  if (item != NULL)
    g_object_unref (item);
}

static void
cmq_hit_list_finalize (GObject *object)
{
  CmqHitList *self = CMQ_HIT_LIST (object);

  g_clear_handle_id (&self->grow_source, g_source_remove);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->shown, g_ptr_array_unref);
  g_clear_pointer (&self->owner, g_ptr_array_unref);

  G_OBJECT_CLASS (cmq_hit_list_parent_class)->finalize (object);
}

static void
cmq_hit_list_class_init (CmqHitListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cmq_hit_list_finalize;
}

static void
cmq_hit_list_init (CmqHitList *self)
{
  self->shown = g_ptr_array_new ();
  self->items = g_ptr_array_new_with_free_func (unref_item);
}

CmqHitList *
cmq_hit_list_new (void)
{
  return g_object_new (CMQ_TYPE_HIT_LIST, NULL);
}

static const char *
id_at (GPtrArray *hits, guint i)
{
  return ((CmqIndexHit *) g_ptr_array_index (hits, i))->id;
}

/* The row of hit @i of @a shows what the row of hit @i of @b would: the same release, from the
 * same file (a renamed file keeps its release's id). */
static gboolean
same_row (GPtrArray *a, GPtrArray *b, guint i)
{
  CmqIndexHit *x = g_ptr_array_index (a, i), *y = g_ptr_array_index (b, i);

  return g_str_equal (x->id, y->id) && g_strcmp0 (x->file, y->file) == 0;
}

/* Exposes rows up to @exposed. */
static void
expose (CmqHitList *self, guint exposed)
{
  guint old = self->exposed;

  exposed = MIN (exposed, self->shown->len);
  if (exposed <= old)
    return;
  self->exposed = exposed;
  g_ptr_array_set_size (self->items, exposed);
  g_list_model_items_changed (G_LIST_MODEL (self), old, 0, exposed - old);
}

/* How many rows a new result exposes: the same result again (the rest of it, or a search run
 * again), or one that changed only below its first page (a file added, changed or removed while
 * the user scrolled further down), keeps what was scrolled to; another one starts with the first
 * page. */
static guint
rows_to_expose (guint old_exposed, guint same, guint n_hits)
{
  gboolean same_start = same == old_exposed || same >= FIRST_PAGE;

  return MIN (n_hits, same_start ? MAX (old_exposed, FIRST_PAGE) : FIRST_PAGE);
}

void
cmq_hit_list_set_hits (CmqHitList *self, GPtrArray *shown, GPtrArray *owner)
{
  GPtrArray *old_shown;
  GPtrArray *old_owner;
  guint old_exposed;
  guint same = 0;

  g_return_if_fail (CMQ_IS_HIT_LIST (self));
  g_return_if_fail (shown != NULL && owner != NULL);

  old_exposed = self->exposed;
  while (same < old_exposed && same < shown->len && same_row (self->shown, shown, same))
    same++;

  old_shown = g_steal_pointer (&self->shown);
  old_owner = g_steal_pointer (&self->owner);
  self->shown = g_ptr_array_ref (shown);
  self->owner = g_ptr_array_ref (owner);
  self->exposed = rows_to_expose (old_exposed, same, shown->len);
  /* Rows from @same on change. The new list may have fewer rows than @same (a shorter result), so
   * the change starts at the smaller of the two: each count below is then a difference of a
   * larger and a smaller number, never a wrapped one. */
  same = MIN (same, self->exposed);
  g_assert (same <= old_exposed && same <= self->exposed);
  g_ptr_array_set_size (self->items, same);
  g_ptr_array_set_size (self->items, self->exposed);
  if (same < old_exposed || same < self->exposed)
    g_list_model_items_changed (G_LIST_MODEL (self), same, old_exposed - same,
                                self->exposed - same);
  /* The rows that showed them are gone: nothing refers to the old hits any more (@old_shown may
   * be @old_owner itself, so it goes first). */
  g_ptr_array_unref (old_shown);
  cmq_hits_unref_later (old_owner);
}

static void
unref_thread (gpointer data, gpointer user_data)
{
  g_ptr_array_unref (data);
}

void
cmq_hits_unref_later (GPtrArray *hits)
{
  static GThreadPool *pool;

  if (hits == NULL)
    return;
  if (hits->len < FREE_LATER_MIN)
    {
      g_ptr_array_unref (hits);
      return;
    }
  /* One thread, made once and kept: freeing is memory work that another core does at once. */
  if (g_once_init_enter (&pool))
    g_once_init_leave (&pool, g_thread_pool_new (unref_thread, NULL, 1, FALSE, NULL));
  g_thread_pool_push (pool, hits, NULL);
}

static gboolean
grow_cb (gpointer user_data)
{
  CmqHitList *self = user_data;

  self->grow_source = 0;
  expose (self, self->exposed + PAGE);
  return G_SOURCE_REMOVE;
}

void
cmq_hit_list_grow (CmqHitList *self)
{
  g_return_if_fail (CMQ_IS_HIT_LIST (self));

  /* Not from inside the list view's size allocation, which reports the scrolling. */
  if (self->exposed < self->shown->len && self->grow_source == 0)
    self->grow_source = g_idle_add (grow_cb, self);
}

guint
cmq_hit_list_get_n_hits (CmqHitList *self)
{
  g_return_val_if_fail (CMQ_IS_HIT_LIST (self), 0);
  return self->shown->len;
}

CmqIndexHit *
cmq_hit_list_get_hit (CmqHitList *self, guint position)
{
  g_return_val_if_fail (CMQ_IS_HIT_LIST (self), NULL);
  if (position >= self->exposed)
    return NULL;
  return g_ptr_array_index (self->shown, position);
}

guint
cmq_hit_list_find (CmqHitList *self, const char *id)
{
  g_return_val_if_fail (CMQ_IS_HIT_LIST (self), G_MAXUINT);

  for (guint i = 0; id != NULL && i < self->shown->len; i++)
    if (g_str_equal (id_at (self->shown, i), id))
      {
        expose (self, i + 1);
        return i;
      }
  return G_MAXUINT;
}
