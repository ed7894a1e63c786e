/* cmq-hit-pages.c: the first rows of a list model, a page more as the list is scrolled.
 *
 * The search model has a row for every match (CmqHitList), so that a list could span the whole
 * result. GTK 4.8's list view cannot show that cheaply: it binds, measures and lays out a
 * widget for up to 200 rows around the visible ones (GTK_LIST_VIEW_MAX_LIST_ITEMS), and with
 * wrapped titles and snippets that cost each result 265 rows bound and about 0.5 s of layout
 * per keystroke at 10,000 releases (bench-keystroke, GSK_RENDERER=cairo). So the window shows
 * this prefix of it: FIRST_PAGE rows (more than a tall window shows) for a new result, PAGE
 * more whenever the user scrolls near the end.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-hit-pages"

#include "cmq-hit-pages.h"

struct _CmqHitPages
{
  GObject parent_instance;

  GListModel *model;
  guint exposed; /* the rows this model has: the first ones of model */
  guint grow_source;
};

#define FIRST_PAGE 30
#define PAGE       400

static void cmq_hit_pages_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CmqHitPages, cmq_hit_pages, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, cmq_hit_pages_model_init))

static GType
cmq_hit_pages_get_item_type (GListModel *model)
{
  return g_list_model_get_item_type (CMQ_HIT_PAGES (model)->model);
}

static guint
cmq_hit_pages_get_n_items (GListModel *model)
{
  return CMQ_HIT_PAGES (model)->exposed;
}

static gpointer
cmq_hit_pages_get_item (GListModel *model, guint position)
{
  CmqHitPages *self = CMQ_HIT_PAGES (model);

  if (position >= self->exposed)
    return NULL;
  return g_list_model_get_item (self->model, position);
}

static void
cmq_hit_pages_model_init (GListModelInterface *iface)
{
  iface->get_item_type = cmq_hit_pages_get_item_type;
  iface->get_n_items = cmq_hit_pages_get_n_items;
  iface->get_item = cmq_hit_pages_get_item;
}

/* Exposes rows up to @exposed. */
static void
expose (CmqHitPages *self, guint exposed)
{
  guint old = self->exposed;

  exposed = MIN (exposed, g_list_model_get_n_items (self->model));
  if (exposed <= old)
    return;
  self->exposed = exposed;
  g_list_model_items_changed (G_LIST_MODEL (self), old, 0, exposed - old);
}

/* The model's rows from @position on changed. The same result again (the rest of it, or a
 * search run again), or one that changed only below its first page (a file added, changed or
 * removed while the user scrolled further down), keeps what was scrolled to; another one starts
 * with the first page. */
static void
model_changed_cb (GListModel *model, guint position, guint removed, guint added, CmqHitPages *self)
{
  guint old_exposed = self->exposed;
  guint same = MIN (position, old_exposed);
  gboolean same_start = same == old_exposed || same >= FIRST_PAGE;

  self->exposed = MIN (g_list_model_get_n_items (model),
                       same_start ? MAX (old_exposed, FIRST_PAGE) : FIRST_PAGE);
  /* The new list may have fewer rows than @same: each count below is then a difference of a
   * larger and a smaller number, never a wrapped one. */
  same = MIN (same, self->exposed);
  if (same < old_exposed || same < self->exposed)
    g_list_model_items_changed (G_LIST_MODEL (self), same, old_exposed - same,
                                self->exposed - same);
}

static void
cmq_hit_pages_dispose (GObject *object)
{
  CmqHitPages *self = CMQ_HIT_PAGES (object);

  g_clear_handle_id (&self->grow_source, g_source_remove);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  self->exposed = 0;

  G_OBJECT_CLASS (cmq_hit_pages_parent_class)->dispose (object);
}

static void
cmq_hit_pages_class_init (CmqHitPagesClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cmq_hit_pages_dispose;
}

static void
cmq_hit_pages_init (CmqHitPages *self)
{
}

CmqHitPages *
cmq_hit_pages_new (GListModel *model)
{
  CmqHitPages *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (CMQ_TYPE_HIT_PAGES, NULL);
  self->model = g_object_ref (model);
  self->exposed = MIN (g_list_model_get_n_items (model), FIRST_PAGE);
  g_signal_connect (model, "items-changed", G_CALLBACK (model_changed_cb), self);
  return self;
}

static gboolean
grow_cb (gpointer user_data)
{
  CmqHitPages *self = user_data;

  self->grow_source = 0;
  expose (self, self->exposed + PAGE);
  return G_SOURCE_REMOVE;
}

void
cmq_hit_pages_grow (CmqHitPages *self)
{
  g_return_if_fail (CMQ_IS_HIT_PAGES (self));

  /* Not from inside the list view's size allocation, which reports the scrolling. */
  if (self->model != NULL && self->exposed < g_list_model_get_n_items (self->model) &&
      self->grow_source == 0)
    self->grow_source = g_idle_add (grow_cb, self);
}

void
cmq_hit_pages_reveal (CmqHitPages *self, guint position)
{
  g_return_if_fail (CMQ_IS_HIT_PAGES (self));

  if (self->model != NULL && position != G_MAXUINT)
    expose (self, position + 1);
}
