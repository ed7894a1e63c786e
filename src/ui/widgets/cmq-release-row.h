/* cmq-release-row.h: one release in the sidebar list.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cmq-release.h"
#include "cmq-store.h"

G_BEGIN_DECLS

#define CMQ_TYPE_RELEASE_ROW (cmq_release_row_get_type ())
G_DECLARE_FINAL_TYPE (CmqReleaseRow, cmq_release_row, CMQ, RELEASE_ROW, GtkWidget)

GtkWidget *cmq_release_row_new (void);
void cmq_release_row_set_release (CmqReleaseRow *self, CmqRelease *release);
CmqRelease *cmq_release_row_get_release (CmqReleaseRow *self);
/* Pango markup of the words around the match (cmq_index_snippet_to_markup()); NULL hides it. */
/* The row keeps room for two lines of snippet, so that it keeps its height when its snippet
 * comes a moment after the row, or when a query without words gives none (the list does not
 * jump). The window's list reserves it while the search box holds a query. */
void cmq_release_row_reserve_snippet (CmqReleaseRow *self, gboolean reserve);
void cmq_release_row_set_snippet (CmqReleaseRow *self, const char *markup);
/* The markup shown, or NULL when there is none (for tests). */
const char *cmq_release_row_get_snippet (CmqReleaseRow *self);
/* The title shown (for tests). */
const char *cmq_release_row_get_title_text (CmqReleaseRow *self);
/* "2 highlights" when the release has highlighted passages, else NULL (for tests). */
const char *cmq_release_row_get_highlights_text (CmqReleaseRow *self);
/* What the date's tooltip says when the date was worked out or has no year, else NULL. */
const char *cmq_release_row_get_date_tooltip (CmqReleaseRow *self);
/* @store nullable: without one the row shows no star. */
void cmq_release_row_set_store (CmqReleaseRow *self, CmqStore *store);

/* Icon, tooltip and accessible name of a favourite toggle, in rows and in the header. */
void cmq_star_button_update (GtkToggleButton *button, gboolean favourite);

G_END_DECLS
