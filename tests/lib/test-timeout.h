/* test-timeout.h: the one place where C tests read CMQ_TEST_TIMEOUT_MULTIPLIER.
 *
 * Tests wait for conditions (a signal, a page loaded, a frame drawn), each with a deadline that
 * only says when to give up. The deadlines are generous for a busy machine, and scaled by
 * CMQ_TEST_TIMEOUT_MULTIPLIER (build-aux/test sets it for the slower sanitizer build; tests/lib/
 * test-timeout.sh reads it for the scripts).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @seconds scaled by CMQ_TEST_TIMEOUT_MULTIPLIER (at least 1; 1 when unset or not a number). */
static inline double
cmq_test_timeout_seconds (double seconds)
{
  const char *value = g_getenv ("CMQ_TEST_TIMEOUT_MULTIPLIER");
  double multiplier = value != NULL ? g_ascii_strtod (value, NULL) : 1.0;

  return seconds * (multiplier >= 1.0 ? multiplier : 1.0);
}

/* The monotonic time (g_get_monotonic_time()) at which a wait of @seconds, scaled, gives up. */
static inline gint64
cmq_test_deadline (double seconds)
{
  return g_get_monotonic_time () + (gint64) (cmq_test_timeout_seconds (seconds) * G_USEC_PER_SEC);
}

G_END_DECLS
