/* cmq-banner.h: a message across the top of the content, with one optional button.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CMQ_TYPE_BANNER (cmq_banner_get_type ())
G_DECLARE_FINAL_TYPE (CmqBanner, cmq_banner, CMQ, BANNER, GtkWidget)

GtkWidget *cmq_banner_new (void);
/* @button_label nullable: no button. The "button-clicked" signal tells when it is pressed. */
void cmq_banner_show (CmqBanner *self, const char *title, const char *button_label);
void cmq_banner_hide (CmqBanner *self);
gboolean cmq_banner_get_shown (CmqBanner *self);
const char *cmq_banner_get_title (CmqBanner *self);
/* For tests: presses the button as a click would. */
GtkButton *cmq_banner_get_button (CmqBanner *self);

G_END_DECLS
