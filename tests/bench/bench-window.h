/* bench-window.h: what the benchmarks of the real window share (bench-keystroke, bench-select):
 * the window opened on an index, waiting without a fixed sleep's blind spot, percentiles.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-window-private.h"

G_BEGIN_DECLS

/* The window on the index at @index_path, brought up to date with the folder @library_path
 * first, presented (at @width × @height, or its own size when 0) and returned once it is mapped
 * and its first search is over; NULL (said on stderr) when the index could not be updated. */
CmqWindow *bench_open_window (const char *library_path, const char *index_path, int width,
                              int height, CmqContext **context);
/* Runs the main loop for @ms milliseconds. */
void bench_spin (guint ms);
/* Runs the main loop until @due (monotonic µs), doing what it has to do meanwhile. */
void bench_wait_until (gint64 due);
/* The nearest-rank @percent-th percentile of @values (µs or a count), which it sorts; 100 gives
 * the largest, 0 when it is empty. */
gint64 bench_percentile (GArray *values, guint percent);

G_END_DECLS
