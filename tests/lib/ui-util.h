/* ui-util.h: waiting on the main loop and asking WebKit about its page, for the UI tests.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cmq-window-private.h"
#include "test-timeout.h"

G_BEGIN_DECLS

/* How long a wait may take before the test fails, scaled by CMQ_TEST_TIMEOUT_MULTIPLIER
 * (test-timeout.h): generous, since a busy machine can take many seconds for a frame. */
#define UI_TIMEOUT_SECONDS 60

/* Runs the main loop until @done is set; fails the test after UI_TIMEOUT_SECONDS. */
void ui_wait_for (gboolean *done);
/* Runs the main loop until @check (@data) is true; fails the test after UI_TIMEOUT_SECONDS. */
void ui_wait_until (gboolean (*check) (gpointer data), gpointer data);
/* Runs the main loop until every idle callback queued so far (G_PRIORITY_DEFAULT_IDLE or above)
 * has run, by way of one of lower priority: to let what must NOT happen have its chance. */
void ui_wait_idle_callbacks (void);
/* Runs the main loop until @widget's frame clock has painted a frame that started after this
 * call (the widget must be realized). */
void ui_wait_frame (GtkWidget *widget);
/* Waits until @widget is mapped and has a size, then until two more frames have been painted,
 * so that what the first layout set (a paned's position, say) has been laid out too. Sizes are
 * read after this, never before. */
void ui_wait_laid_out (GtkWidget *widget);
/* Runs the main loop for @ms: only to let something that must NOT happen have its chance (or
 * between steps that a person would space out); never as a wait for something to happen. */
void ui_spin (guint ms);
/* Makes the home folders temporary (before gtk_init()); returns the temporary root. It does not
 * start the watchdog: every UI test's main () starts it first, explicitly (test-watchdog.h). */
char *ui_isolate_home (void);
/* Run by hand with LANGUAGE=fr, LC_ALL=fr_FR.UTF-8 and CMQ_TEST_LOCALEDIR=_build/po, a UI test
 * shows (and its screenshots hold) the translated window: the catalogues of that folder, in the
 * environment's locale. TRUE when CMQ_TEST_LOCALEDIR is set; call before gtk_init(). */
gboolean ui_bind_test_translations (void);
/* A key's name for comparing keys: the lower-case letter, the modifiers that count. */
char *ui_key_name (guint keyval, GdkModifierType modifiers);
/* The keys bound to @widget's named actions: their name (ui_key_name()) → the action's name. */
GHashTable *ui_widget_keys (GtkWidget *widget);
/* A library of the folder tests/fixtures/@name ("seeds", "web"). */
CmqLibrary *ui_fixture_library (const char *name);
CmqWindow *ui_open_window (CmqLibrary *library);
/* The same, with @store (nullable) for favourites and notes. */
CmqWindow *ui_open_window_with_store (CmqLibrary *library, CmqStore *store);
/* Presents a new window once its list is filled, and waits until it is on screen and laid out. */
void ui_show_window (CmqWindow *window);
guint ui_n_rows (CmqWindow *window);
/* What @script gives in the page, as a string. */
char *ui_page_eval (WebKitWebView *web_view, const char *script);
/* Selects the first @n characters (at most) of paragraph @p in the page, as a drag over them
 * does: what is selected. */
char *ui_select_words (WebKitWebView *web_view, guint p, guint n);
/* The text on @clipboard (NULL: none), read without blocking the main loop, which writes it
 * when the clipboard is this process's own. */
char *ui_clipboard_read_text (GdkClipboard *clipboard);
/* As ui_page_eval(), asking again while WebKit answers with an error (the page being replaced by
 * the same one, say, as a background update may do): the answer of the page shown then. */
char *ui_page_read (WebKitWebView *web_view, const char *script);
/* Waits until @script gives @expected in the page (pages reload as settings change). */
void ui_wait_page (WebKitWebView *web_view, const char *script, const char *expected);
/* Waits until WebKit has painted the page as it is now (two animation frames of the page, then
 * a frame of the view), as a screenshot needs. */
void ui_wait_page_painted (WebKitWebView *web_view);
/* Kills WebKit's web processes started by this test with SIGKILL, as a crash ends them: unannounced,
 * from outside. Returns how many. */
guint ui_kill_web_processes (void);
/* Waits until the window's search (started at once by a change of its search text) is over. */
void ui_wait_search (CmqWindow *window);
/* Selects a row and waits until the page shows its release. */
void ui_select_and_wait (CmqWindow *window, guint position);
void ui_save_screenshot (GtkWidget *widget, const char *path);
/* The first toplevel window of @type, or NULL. */
GtkWindow *ui_find_toplevel (GType type);
/* @widget itself or the first widget of @type under it (depth first), mapped or not; or NULL. */
GtkWidget *ui_find_widget (GtkWidget *widget, GType type);

G_END_DECLS
