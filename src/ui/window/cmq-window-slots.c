/* cmq-window-slots.c: the list view's model: one item per position, whatever release it shows.
 *
 * GTK 4.8's list view keeps a row's widgets only while its item stays in the model. Each step of
 * a search replaces the items of a range with new ones (another result, in another order), so
 * the list view would drop the list items of the rows there and make, bind, measure and lay out
 * new ones, the 200-odd it keeps around the view, when a screen of them shows a release. So the
 * list view does not see the releases as its items: it sees one item per position (a bare
 * GObject), the same for as long as the position exists. When the rows of a range show other
 * releases, this model says so ("rows-changed") and the window gives the rows there their new
 * release (cmq-window-rows.c); the list view hears only of rows added or removed at the end.
 *
 * While a search runs (until its result is whole), the rows beyond those it has delivered so far
 * (its first screen) stay, and show the rows of the last whole result at their places, as the
 * list showed them: every position in view shows a real row at once, also after a fast scroll,
 * and the list view keeps their widgets for the whole result that follows. The last whole
 * result is kept (referenced, not copied) until the next one comes.
 *
 * It wraps the window's selection (whose items are the releases, as the rest of the window and
 * the tests see them) and passes selecting on to it.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-window"

#include "config.h"

#include "cmq-window-private.h"

static guint rows_changed_signal;

struct _CmqSlotsModel
{
  GObject parent_instance;

  GtkSelectionModel *selection;
  CmqSearchModel *search;
  guint selected;   /* the selection's row, as the list view was last told */
  guint n_items;    /* the selection's rows: the slots beyond (while held) show the last whole */
  gboolean hold;    /* a search runs: rows removed stay */
  GPtrArray *slots; /* one item (a bare GObject) per position, or NULL until the list view asks */
  guint made_end;   /* the slots from here on are NULL */
  GPtrArray *whole; /* of CmqIndexHit: the last whole result's rows, as the list showed them */
  GPtrArray *whole_owner;
};

static void cmq_slots_model_list_init (GListModelInterface *iface);
static void cmq_slots_model_selection_init (GtkSelectionModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CmqSlotsModel, cmq_slots_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, cmq_slots_model_list_init)
                                   G_IMPLEMENT_INTERFACE (GTK_TYPE_SELECTION_MODEL,
                                                          cmq_slots_model_selection_init))

static GType
cmq_slots_model_get_item_type (GListModel *model)
{
  return G_TYPE_OBJECT;
}

static guint
cmq_slots_model_get_n_items (GListModel *model)
{
  return CMQ_SLOTS_MODEL (model)->slots->len;
}

static gpointer
cmq_slots_model_get_item (GListModel *model, guint position)
{
  CmqSlotsModel *self = CMQ_SLOTS_MODEL (model);

  if (position >= self->slots->len)
    return NULL;
  if (g_ptr_array_index (self->slots, position) == NULL)
    g_ptr_array_index (self->slots, position) = g_object_new (G_TYPE_OBJECT, NULL);
  self->made_end = MAX (self->made_end, position + 1);
  return g_object_ref (g_ptr_array_index (self->slots, position));
}

static void
cmq_slots_model_list_init (GListModelInterface *iface)
{
  iface->get_item_type = cmq_slots_model_get_item_type;
  iface->get_n_items = cmq_slots_model_get_n_items;
  iface->get_item = cmq_slots_model_get_item;
}

static gboolean
is_selected (GtkSelectionModel *model, guint position)
{
  return gtk_selection_model_is_selected (CMQ_SLOTS_MODEL (model)->selection, position);
}

static GtkBitset *
get_selection_in_range (GtkSelectionModel *model, guint position, guint n_items)
{
  return gtk_selection_model_get_selection_in_range (CMQ_SLOTS_MODEL (model)->selection, position,
                                                     n_items);
}

/* A row of the last whole result (while a search runs) is not selectable: it is not in the
 * result. */
static gboolean
select_item (GtkSelectionModel *model, guint position, gboolean unselect_rest)
{
  if (position >= CMQ_SLOTS_MODEL (model)->n_items)
    return FALSE;
  return gtk_selection_model_select_item (CMQ_SLOTS_MODEL (model)->selection, position,
                                          unselect_rest);
}

static gboolean
unselect_item (GtkSelectionModel *model, guint position)
{
  return gtk_selection_model_unselect_item (CMQ_SLOTS_MODEL (model)->selection, position);
}

static gboolean
set_selection (GtkSelectionModel *model, GtkBitset *selected, GtkBitset *mask)
{
  return gtk_selection_model_set_selection (CMQ_SLOTS_MODEL (model)->selection, selected, mask);
}

static void
cmq_slots_model_selection_init (GtkSelectionModelInterface *iface)
{
  iface->is_selected = is_selected;
  iface->get_selection_in_range = get_selection_in_range;
  iface->select_item = select_item;
  iface->unselect_item = unselect_item;
  iface->set_selection = set_selection;
}

static void
unref_slot (gpointer slot)
{
  if (slot != NULL)
    g_object_unref (slot);
}

/* The slots model is @n_slots long: rows added or removed at its end. */
static void
resize (CmqSlotsModel *self, guint n_slots)
{
  guint old_len = self->slots->len;

  if (n_slots == old_len)
    return;
  /* The list view asks for the items near the view only: past them, nothing to unreference,
   * and no call of the free function for each of up to 100,000 empty slots. */
  if (n_slots >= self->made_end)
    g_ptr_array_set_free_func (self->slots, NULL);
  g_ptr_array_set_size (self->slots, n_slots);
  g_ptr_array_set_free_func (self->slots, unref_slot);
  self->made_end = MIN (self->made_end, n_slots);
  if (n_slots > old_len)
    g_list_model_items_changed (G_LIST_MODEL (self), old_len, 0, n_slots - old_len);
  else
    g_list_model_items_changed (G_LIST_MODEL (self), n_slots, old_len - n_slots, 0);
}

static void
drop_whole (CmqSlotsModel *self)
{
  /* The shown rows may be the owner itself: they go first, and a long result is freed in a
   * worker thread (milliseconds at 100,000 rows). */
  g_clear_pointer (&self->whole, g_ptr_array_unref);
  cmq_hits_unref_later (g_steal_pointer (&self->whole_owner));
}

/* The result shown is whole: it is kept for the rows beyond the next search's first screen,
 * and nothing more is held. */
static void
follow_search (CmqSlotsModel *self)
{
  CmqHitList *list = cmq_search_model_get_hit_list (self->search);
  GPtrArray *owner = NULL;

  self->hold = !cmq_search_model_is_complete (self->search);
  if (self->hold)
    return;
  drop_whole (self);
  self->whole = cmq_hit_list_ref_hits (list, &owner);
  self->whole_owner = owner;
}

/* The selection may have moved with its row, which a change of items says without a signal of
 * its own. Only its rows are told: GTK 4.8's signal factory binds a row again whenever the list
 * view updates it, selected or not. */
static void
follow_selected (CmqSlotsModel *self)
{
  guint selected = gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (self->selection));
  guint len = self->slots->len;

  if (selected != self->selected && self->selected < len)
    gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), self->selected, 1);
  if (selected != self->selected && selected < len)
    gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), selected, 1);
  self->selected = selected;
}

/* The rows of @position + @removed are now @added others: the slots from @position on show other
 * releases (all of them to the end of the rows when their number changed, as the rows after the
 * range moved; while held, the rows beyond the new ones show the last whole result's), and only
 * the difference is added or removed, at the end. */
static void
items_changed_cb (GListModel *selection, guint position, guint removed, guint added,
                  CmqSlotsModel *self)
{
  guint n_items = g_list_model_get_n_items (selection);
  guint old_len = self->slots->len;
  guint new_len;
  guint end = removed == added ? position + added : MAX (old_len, n_items);

  follow_search (self);
  new_len = self->hold ? MAX (n_items, old_len) : n_items;
  self->n_items = n_items;
  resize (self, new_len);
  end = MIN (end, MIN (old_len, new_len));
  if (end > position)
    g_signal_emit (self, rows_changed_signal, 0, position, end - position);
  follow_selected (self);
}

/* A step of the search that changed no row can still make it whole: what was held goes. */
static void
result_changed_cb (CmqSearchModel *search, guint select, CmqSlotsModel *self)
{
  follow_search (self);
  if (!self->hold && self->slots->len > self->n_items)
    resize (self, self->n_items);
}

static void
selection_changed_cb (GtkSelectionModel *selection, guint position, guint n_items,
                      CmqSlotsModel *self)
{
  self->selected = gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (selection));
  gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), position, n_items);
}

CmqRelease *
_cmq_slots_model_dup_release (CmqSlotsModel *self, guint position)
{
  if (position < self->n_items)
    return g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  if (position >= self->slots->len || self->whole == NULL || position >= self->whole->len)
    return NULL;
  return cmq_index_hit_to_release (g_ptr_array_index (self->whole, position));
}

gboolean
_cmq_slots_model_is_held (CmqSlotsModel *self)
{
  return self->hold;
}

static void
cmq_slots_model_dispose (GObject *object)
{
  CmqSlotsModel *self = CMQ_SLOTS_MODEL (object);

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->search != NULL)
    g_signal_handlers_disconnect_by_data (self->search, self);
  g_clear_object (&self->selection);
  g_clear_object (&self->search);
  if (self->slots != NULL)
    g_ptr_array_set_size (self->slots, 0);
  self->made_end = 0;
  drop_whole (self);

  G_OBJECT_CLASS (cmq_slots_model_parent_class)->dispose (object);
}

static void
cmq_slots_model_finalize (GObject *object)
{
  g_clear_pointer (&CMQ_SLOTS_MODEL (object)->slots, g_ptr_array_unref);

  G_OBJECT_CLASS (cmq_slots_model_parent_class)->finalize (object);
}

static void
cmq_slots_model_class_init (CmqSlotsModelClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cmq_slots_model_dispose;
  G_OBJECT_CLASS (klass)->finalize = cmq_slots_model_finalize;
  /* The rows from @position on (@n_rows) show other releases, in the same items. */
  rows_changed_signal =
      g_signal_new ("rows-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                    NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
}

static void
cmq_slots_model_init (CmqSlotsModel *self)
{
  self->slots = g_ptr_array_new_with_free_func (unref_slot);
}

CmqSlotsModel *
_cmq_slots_model_new (GtkSelectionModel *selection, CmqSearchModel *search)
{
  CmqSlotsModel *self = g_object_new (CMQ_TYPE_SLOTS_MODEL, NULL);

  self->selection = g_object_ref (selection);
  self->search = g_object_ref (search);
  self->selected = gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (selection));
  self->n_items = g_list_model_get_n_items (G_LIST_MODEL (selection));
  g_ptr_array_set_size (self->slots, self->n_items);
  follow_search (self);
  g_signal_connect (selection, "items-changed", G_CALLBACK (items_changed_cb), self);
  g_signal_connect (selection, "selection-changed", G_CALLBACK (selection_changed_cb), self);
  g_signal_connect (search, "result-changed", G_CALLBACK (result_changed_cb), self);
  return self;
}
