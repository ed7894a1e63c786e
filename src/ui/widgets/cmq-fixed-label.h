/* cmq-fixed-label.h: text in a fixed number of lines, whose size does not depend on the text.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CMQ_TYPE_FIXED_LABEL (cmq_fixed_label_get_type ())
G_DECLARE_FINAL_TYPE (CmqFixedLabel, cmq_fixed_label, CMQ, FIXED_LABEL, GtkWidget)

GtkWidget *cmq_fixed_label_new (void);
/* Plain text, or Pango markup with the use-markup property; NULL is "". */
void cmq_fixed_label_set_label (CmqFixedLabel *self, const char *label);
const char *cmq_fixed_label_get_label (CmqFixedLabel *self);
/* The text as shown, without markup. */
const char *cmq_fixed_label_get_text (CmqFixedLabel *self);
/* @texts nullable: the label's width is that of the widest of them, whatever it shows (NULL:
 * width-chars and max-width-chars characters). */
void cmq_fixed_label_set_widest (CmqFixedLabel *self, const char *const *texts);
/* Times the label measured its text's font (for tests): not once per text. */
guint cmq_fixed_label_get_n_metrics (CmqFixedLabel *self);

G_END_DECLS
