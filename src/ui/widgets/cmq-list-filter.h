/* cmq-list-filter.h: All / Favourites / Notes / Highlights, above the release list.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  CMQ_LIST_FILTER_ALL,
  CMQ_LIST_FILTER_FAVOURITES,
  CMQ_LIST_FILTER_NOTES,
  CMQ_LIST_FILTER_HIGHLIGHTS,
} CmqListFilterMode;

#define CMQ_TYPE_LIST_FILTER (cmq_list_filter_get_type ())
G_DECLARE_FINAL_TYPE (CmqListFilter, cmq_list_filter, CMQ, LIST_FILTER, GtkWidget)

GtkWidget *cmq_list_filter_new (void);
/* "notify::mode" tells when the user picks another one. */
CmqListFilterMode cmq_list_filter_get_mode (CmqListFilter *self);
void cmq_list_filter_set_mode (CmqListFilter *self, CmqListFilterMode mode);
void cmq_list_filter_set_counts (CmqListFilter *self, guint all, guint favourites, guint notes,
                                 guint highlights);
/* While a search runs: its counts are not known yet, and the last ones are another search's
 * (shown dimmed until the new ones come). */
void cmq_list_filter_set_counts_unknown (CmqListFilter *self);
gboolean cmq_list_filter_get_counts_known (CmqListFilter *self);
/* For tests: the count shown on a button (the last one known while they are not). */
const char *cmq_list_filter_get_count_text (CmqListFilter *self, CmqListFilterMode mode);
GtkToggleButton *cmq_list_filter_get_button (CmqListFilter *self, CmqListFilterMode mode);

G_END_DECLS
