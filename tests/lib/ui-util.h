/* ui-util.h: waiting on the main loop and asking WebKit about its page, for the UI tests.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cmq-window-private.h"

G_BEGIN_DECLS

#define UI_TIMEOUT_SECONDS 30

/* Runs the main loop until @done is set; fails the test after UI_TIMEOUT_SECONDS. */
void ui_wait_for (gboolean *done);
/* Runs the main loop until @check (@data) is true; fails the test after UI_TIMEOUT_SECONDS. */
void ui_wait_until (gboolean (*check) (gpointer data), gpointer data);
void ui_spin (guint ms);
/* Makes the home folders temporary (before gtk_init()); returns the temporary root. */
char *ui_isolate_home (void);
CmqWindow *ui_open_window (CmqLibrary *library);
/* Presents a new window once its list is filled, and waits until it is on screen. */
void ui_show_window (CmqWindow *window);
guint ui_n_rows (CmqWindow *window);
/* What @script gives in the page, as a string. */
char *ui_page_eval (WebKitWebView *web_view, const char *script);
/* Waits until @script gives @expected in the page (pages reload as settings change). */
void ui_wait_page (WebKitWebView *web_view, const char *script, const char *expected);
/* Selects a row and waits until the page shows its release. */
void ui_select_and_wait (CmqWindow *window, guint position);
void ui_save_screenshot (GtkWidget *widget, const char *path);
/* The first toplevel window of @type, or NULL. */
GtkWindow *ui_find_toplevel (GType type);

G_END_DECLS
