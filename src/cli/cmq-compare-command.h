/* cmq-compare-command.h: `communique --compare A B`, two releases aligned, with no window.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Compares the releases @a and @b, each a release file or the id of a release of the library of
 * @folders (as `--search --json` prints it), and prints the alignment to stdout: a heading (the
 * titles, dates, sources and files, then the summary) and each item with its word changes marked
 * "[-deleted-]{+inserted+}", control characters escaped; or with @json one JSON object per
 * aligned pair (kind, paragraphs of each, similarity, changes). Returns the exit status: 0 when
 * the releases are the same word for word, 1 when they differ, 2 when one cannot be read. */
int cmq_compare_command (const char *const *folders, const char *a, const char *b, gboolean json);

/* Writes @text to @out with control characters (other than newline and tab) and the characters
 * that reorder text (bidirectional overrides) written as escapes ("\x1b", "\u202e"), so that a
 * release cannot drive the terminal or hide text. */
void cmq_append_escaped (GString *out, const char *text);

G_END_DECLS
