/* cmq-hit-bar.h: "3 of 7" and the previous/next buttons for the search hits of the page.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cmq-reader-view.h"

G_BEGIN_DECLS

#define CMQ_TYPE_HIT_BAR (cmq_hit_bar_get_type ())
G_DECLARE_FINAL_TYPE (CmqHitBar, cmq_hit_bar, CMQ, HIT_BAR, GtkWidget)

void cmq_hit_bar_set_reader_view (CmqHitBar *self, CmqReaderView *reader_view);
/* The text shown, for tests: "7 matches", "3 of 7". */
const char *cmq_hit_bar_get_text (CmqHitBar *self);

G_END_DECLS
