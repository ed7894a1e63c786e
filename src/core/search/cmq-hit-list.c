/* cmq-hit-list.c: the release list's model: the hits of a query, rows made on demand.
 *
 * A search over the whole archive can match 100,000 releases. The list holds the hits as the
 * index returned them (id, title, date, language: a few hundred bytes each) and makes a
 * CmqRelease without its text (cmq_index_hit_to_release()) only for the rows the list view asks
 * for (get_item), kept while the hits are shown. The list has every hit as a row from the
 * start, so the scrollbar spans the whole result and dragging it to the end shows the last hit
 * at once; GTK 4.8's list view keeps widgets only for the rows around the visible ones, and
 * asks for no other item.
 *
 * A new result keeps the rows it shares at the start and at the end with the old one, items
 * and all: the "items-changed" it emits covers only the rows between, so the list view does not
 * rebind the rows on screen when the first screen is followed by the rest of its result, or
 * when a search runs again after an update that changed rows further down. The steps of a search
 * (the newest matches, the same screen ranked, the whole result) and the next keystroke's show
 * many of the same releases in another order: an item made for the result before is handed back
 * for its release wherever it is now (the same object), so that GTK's list view gives the row
 * the widget it had, and the window finds the release already shown in it.
 *
 * Finding a release's row (cmq_hit_list_find(), for the selection after every step of a search)
 * is a hash lookup: a whole result comes with its index of positions, made by the worker that
 * ran the query (cmq_hits_index_new()); a short list is searched, and a long one without an
 * index (a filtered result) gets one the first time it is searched. A long result that is
 * replaced, and its index, are freed in a worker thread (cmq_hits_unref_later()).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-hit-list"

#include "cmq-hit-list.h"

#include <string.h>

struct _CmqHitList
{
  GObject parent_instance;

  GPtrArray *shown; /* of CmqIndexHit, borrowed from owner */
  GPtrArray *owner;
  GPtrArray *items;      /* of CmqRelease, or NULL until the list view asks; one per hit */
  GHashTable *positions; /* id (borrowed from owner) → position + 1 in shown, or NULL */
  GHashTable *moved;     /* id → CmqRelease made for the result before, not yet asked for */
};

/* Results longer than this are freed in a worker thread. */
#define FREE_LATER_MIN 1000
/* Lists longer than this are searched by id through an index of positions. */
#define FIND_INDEX_MIN 256

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
  return CMQ_HIT_LIST (model)->shown->len;
}

/* The item the result before made for @hit's release, if it showed it from the same file. */
static CmqRelease *
take_moved (CmqHitList *self, CmqIndexHit *hit)
{
  CmqRelease *release;

  if (self->moved == NULL ||
      !g_hash_table_steal_extended (self->moved, hit->id, NULL, (gpointer *) &release))
    return NULL;
  if (g_strcmp0 (cmq_release_get_file (release), hit->file) == 0)
    return release;
  g_object_unref (release);
  return NULL;
}

static gpointer
cmq_hit_list_get_item (GListModel *model, guint position)
{
  CmqHitList *self = CMQ_HIT_LIST (model);
  CmqIndexHit *hit;

  if (position >= self->shown->len)
    return NULL;
  hit = g_ptr_array_index (self->shown, position);
  /* A release that moved keeps its item: the list view gives it the widget it had. */
  if (g_ptr_array_index (self->items, position) == NULL)
    g_ptr_array_index (self->items, position) = take_moved (self, hit);
  if (g_ptr_array_index (self->items, position) == NULL)
    g_ptr_array_index (self->items, position) = cmq_index_hit_to_release (hit);
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

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->moved, g_hash_table_unref);
  g_clear_pointer (&self->positions, g_hash_table_unref);
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

/* The row of hit @i of @a shows what the row of hit @j of @b would: the same release, from the
 * same file (a renamed file keeps its release's id). */
static gboolean
same_row (GPtrArray *a, guint i, GPtrArray *b, guint j)
{
  CmqIndexHit *x = g_ptr_array_index (a, i), *y = g_ptr_array_index (b, j);

  return g_str_equal (x->id, y->id) && g_strcmp0 (x->file, y->file) == 0;
}

GHashTable *
cmq_hits_index_new (GPtrArray *hits)
{
  GHashTable *positions = g_hash_table_new (g_str_hash, g_str_equal);

  /* From the end, so that the first of two rows with the same id is the one found. */
  for (guint i = hits->len; i > 0; i--)
    g_hash_table_insert (positions, (gpointer) id_at (hits, i - 1), GUINT_TO_POINTER (i));
  return positions;
}

void
cmq_hit_list_set_hits (CmqHitList *self, GPtrArray *shown, GPtrArray *owner)
{
  cmq_hit_list_set_hits_indexed (self, shown, owner, NULL);
}

/* The items of rows @same to @same + @removed go to self->moved (the list view asks for some of
 * them again, at their new places); @added rows without an item take their place, and the rows
 * after them keep theirs. */
static void
splice_items (CmqHitList *self, guint same, guint removed, guint added)
{
  guint old_len = self->items->len;
  guint tail = old_len - same - removed;
  guint new_len = same + added + tail;
  gpointer *items;

  g_clear_pointer (&self->moved, g_hash_table_unref);
  for (guint i = same; i < same + removed; i++)
    {
      CmqRelease *item = g_ptr_array_index (self->items, i);

      if (item == NULL)
        continue;
      if (self->moved == NULL)
        self->moved = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
      g_hash_table_replace (self->moved, (gpointer) cmq_release_get_id (item), item);
      g_ptr_array_index (self->items, i) = NULL;
    }
  if (new_len > old_len)
    g_ptr_array_set_size (self->items, new_len);
  items = self->items->pdata;
  if (tail > 0)
    memmove (&items[same + added], &items[same + removed], tail * sizeof (gpointer));
  if (added > 0)
    memset (&items[same], 0, added * sizeof (gpointer));
  if (new_len < old_len)
    {
      /* Moved down (or emptied above): no reference of theirs to drop, and no call of the free
       * function for each (a result of 100,000 rows replaced by a first screen of 60). */
      g_ptr_array_set_free_func (self->items, NULL);
      g_ptr_array_set_size (self->items, new_len);
      g_ptr_array_set_free_func (self->items, unref_item);
    }
}

void
cmq_hit_list_set_hits_indexed (CmqHitList *self, GPtrArray *shown, GPtrArray *owner,
                               GHashTable *positions)
{
  GPtrArray *old_shown;
  GPtrArray *old_owner;
  guint old_len;
  guint same = 0;
  guint tail = 0;

  g_return_if_fail (CMQ_IS_HIT_LIST (self));
  g_return_if_fail (shown != NULL && owner != NULL);

  old_len = self->shown->len;
  while (same < old_len && same < shown->len && same_row (self->shown, same, shown, same))
    same++;
  /* The same at the end (a change in the middle of a result, by an update of the index). */
  while (tail < old_len - same && tail < shown->len - same &&
         same_row (self->shown, old_len - 1 - tail, shown, shown->len - 1 - tail))
    tail++;

  old_shown = g_steal_pointer (&self->shown);
  old_owner = g_steal_pointer (&self->owner);
  /* Its keys are the old hits' ids: it goes before them. No free function: no walk either, but
   * the arrays of a long result's index are large to give back (milliseconds at 100,000). */
  cmq_hits_index_unref_later (g_steal_pointer (&self->positions));
  self->positions = positions != NULL ? g_hash_table_ref (positions) : NULL;
  self->shown = g_ptr_array_ref (shown);
  self->owner = g_ptr_array_ref (owner);
  /* Only the rows between change, and the items of those that moved are handed back: the list
   * view keeps the others bound, and gives a moved row the widget it had. */
  splice_items (self, same, old_len - same - tail, shown->len - same - tail);
  if (same + tail < old_len || same + tail < shown->len)
    g_list_model_items_changed (G_LIST_MODEL (self), same, old_len - same - tail,
                                shown->len - same - tail);
  /* The rows that showed them are gone: nothing refers to the old hits any more (@old_shown may
   * be @old_owner itself, so it goes first). The moved items hold their own copies. */
  g_ptr_array_unref (old_shown);
  cmq_hits_unref_later (old_owner);
}

typedef struct
{
  gpointer data;
  GDestroyNotify unref;
} Later;

static void
unref_thread (gpointer data, gpointer user_data)
{
  Later *later = data;

  later->unref (later->data);
  g_free (later);
}

/* Drops a reference to @data in a worker thread. */
static void
unref_later (gpointer data, GDestroyNotify unref)
{
  static GThreadPool *pool;
  Later *later = g_new (Later, 1);

  /* One thread, made once and kept: freeing is memory work that another core does at once, in
   * the order given (an index of positions before the hits its keys are borrowed from). */
  if (g_once_init_enter (&pool))
    g_once_init_leave (&pool, g_thread_pool_new (unref_thread, NULL, 1, FALSE, NULL));
  later->data = data;
  later->unref = unref;
  g_thread_pool_push (pool, later, NULL);
}

void
cmq_hits_unref_later (GPtrArray *hits)
{
  if (hits == NULL)
    return;
  if (hits->len < FREE_LATER_MIN)
    g_ptr_array_unref (hits);
  else
    unref_later (hits, (GDestroyNotify) g_ptr_array_unref);
}

void
cmq_hits_index_unref_later (GHashTable *positions)
{
  if (positions == NULL)
    return;
  if (g_hash_table_size (positions) < FREE_LATER_MIN)
    g_hash_table_unref (positions);
  else
    unref_later (positions, (GDestroyNotify) g_hash_table_unref);
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
  if (position >= self->shown->len)
    return NULL;
  return g_ptr_array_index (self->shown, position);
}

guint
cmq_hit_list_get_n_made (CmqHitList *self)
{
  guint n = 0;

  g_return_val_if_fail (CMQ_IS_HIT_LIST (self), 0);
  for (guint i = 0; i < self->items->len; i++)
    n += g_ptr_array_index (self->items, i) != NULL;
  return n;
}

GPtrArray *
cmq_hit_list_ref_hits (CmqHitList *self, GPtrArray **owner)
{
  g_return_val_if_fail (CMQ_IS_HIT_LIST (self), NULL);
  g_return_val_if_fail (owner != NULL, NULL);

  *owner = g_ptr_array_ref (self->owner);
  return g_ptr_array_ref (self->shown);
}

guint
cmq_hit_list_find (CmqHitList *self, const char *id)
{
  g_return_val_if_fail (CMQ_IS_HIT_LIST (self), G_MAXUINT);

  if (id == NULL)
    return G_MAXUINT;
  if (self->positions == NULL && self->shown->len < FIND_INDEX_MIN)
    {
      for (guint i = 0; i < self->shown->len; i++)
        if (g_str_equal (id_at (self->shown, i), id))
          return i;
      return G_MAXUINT;
    }
  if (self->positions == NULL)
    self->positions = cmq_hits_index_new (self->shown);
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->positions, id)) - 1;
}
