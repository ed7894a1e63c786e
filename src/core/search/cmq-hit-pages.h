/* cmq-hit-pages.h: the first rows of a list model, a page more as the list is scrolled.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CMQ_TYPE_HIT_PAGES (cmq_hit_pages_get_type ())
G_DECLARE_FINAL_TYPE (CmqHitPages, cmq_hit_pages, CMQ, HIT_PAGES, GObject)

/* The first rows of @model (a CmqSearchModel, or any list model). */
CmqHitPages *cmq_hit_pages_new (GListModel *model);
/* A page more, from an idle (the user scrolled near the end). */
void cmq_hit_pages_grow (CmqHitPages *self);
/* Has rows up to @position included (to select it); nothing for G_MAXUINT. */
void cmq_hit_pages_reveal (CmqHitPages *self, guint position);

G_END_DECLS
