/* cmq-preferences-window.h: the Preferences window: how releases read, the colours, the samples.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CMQ_TYPE_PREFERENCES_WINDOW (cmq_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (CmqPreferencesWindow, cmq_preferences_window, CMQ, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

GtkWidget *cmq_preferences_window_new (GtkWindow *parent);
/* Hides the sample releases switch, which means nothing when --library shows one folder only. */
void cmq_preferences_window_hide_samples (CmqPreferencesWindow *self);
/* For tests: the widget bound to a settings key ("text-size": a GtkSpinButton, "show-samples": a
 * GtkSwitch, the others an AdwComboRow), or NULL. */
GtkWidget *cmq_preferences_window_get_control (CmqPreferencesWindow *self, const char *key);

G_END_DECLS
