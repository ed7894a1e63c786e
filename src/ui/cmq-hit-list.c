/* cmq-hit-list.c: the release list's model: the hits of a query, rows made on demand.
 *
 * A search over the whole archive can match 100,000 releases. The list holds the hits as the
 * index returned them (id, title, date, language: a few hundred bytes each) and makes a
 * CmqRelease without its text (cmq_index_hit_to_release()) only for the rows the list view asks
 * for, so a keystroke costs the same for 10 matches and for 100,000. A new result keeps the
 * items of the rows it shares at the start with the old one: the list view does not rebuild
 * those rows, and the first screen followed by the rest of a result changes only the rest.
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
  GPtrArray *items; /* of CmqRelease or NULL, one per shown hit */
};

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

static gpointer
cmq_hit_list_get_item (GListModel *model, guint position)
{
  CmqHitList *self = CMQ_HIT_LIST (model);

  if (position >= self->shown->len)
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

void
cmq_hit_list_set_hits (CmqHitList *self, GPtrArray *shown, GPtrArray *owner)
{
  g_autoptr (GPtrArray) old_shown = NULL;
  g_autoptr (GPtrArray) old_owner = NULL;
  guint same = 0;
  guint old_len;

  g_return_if_fail (CMQ_IS_HIT_LIST (self));
  g_return_if_fail (shown != NULL && owner != NULL);

  old_len = self->shown->len;
  while (same < old_len && same < shown->len &&
         g_str_equal (id_at (self->shown, same), id_at (shown, same)))
    same++;

  old_shown = g_steal_pointer (&self->shown);
  old_owner = g_steal_pointer (&self->owner);
  self->shown = g_ptr_array_ref (shown);
  self->owner = g_ptr_array_ref (owner);
  /* The items kept read only id, title and date, which are the same in the new hit. */
  g_ptr_array_set_size (self->items, same);
  g_ptr_array_set_size (self->items, shown->len);
  if (same < old_len || same < shown->len)
    g_list_model_items_changed (G_LIST_MODEL (self), same, old_len - same, shown->len - same);
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
cmq_hit_list_find (CmqHitList *self, const char *id)
{
  g_return_val_if_fail (CMQ_IS_HIT_LIST (self), G_MAXUINT);

  for (guint i = 0; id != NULL && i < self->shown->len; i++)
    if (g_str_equal (id_at (self->shown, i), id))
      return i;
  return G_MAXUINT;
}
