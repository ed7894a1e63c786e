/* test-watchdog.h: a UI test that hangs fails with the test's name and backtraces.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Aborts the program @seconds from now (scaled by CMQ_TEST_TIMEOUT_MULTIPLIER, as meson's
 * timeout is), after printing the running test case and every thread's backtrace to standard
 * error. Set it a little under the test's meson timeout; a second call moves the deadline. */
void cmq_test_watchdog_start (double seconds);

/* The UI tests' meson timeout is 300 s. Every UI test program (tests/ui, test-webview) calls
 * cmq_test_watchdog_start (CMQ_TEST_WATCHDOG_UI_SECONDS) first in its main (), before
 * ui_isolate_home (), or through ui_test_init () (tests/ui/test-ui-common.h); the soak test, whose
 * timeout is 1800 s, starts it with 1780 instead. */
#define CMQ_TEST_WATCHDOG_UI_SECONDS 280.0

G_END_DECLS
