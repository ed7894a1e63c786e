/* cmq-importer-sentby.h: what a page prints under the story that is not the story: a sender's
 * block, a closing signature, the heading of the readers' comments; and the sender they name.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cmq-importer-roles-private.h"

G_BEGIN_DECLS

/* Under the story from line @first, only short lines under it: a distribution service's notice
 * led by the release's kind ("Press release distributed by Pressat on behalf of …"), a sender's
 * label over its name and address ("Published By"), or a closing signature naming an
 * organisation the story names, then its place and date ("S.S.D. Calcio Città di Brindisi
 * Brindisi, 21 Febbraio 2015"): the first such line, or lines->len (cmq-importer-sentby.c). */
guint cmq_importer_sender_block_start (GArray *lines, const LineInfo *info, guint first);
/* The organisation a sender's label outside the story names ("Published By" over "Game &
 * Wildlife Conservation Trust" and its address), or a closing signature, when the story names it
 * too and it is shaped as an organisation's name, never a person's; or NULL
 * (cmq-importer-sentby.c). */
char *cmq_importer_find_shown_sender (GArray *lines);
/* A comments heading ("Comments", "Commenti", "Leave a reply") under the story from line @first,
 * with more of the story above it than under it: its line, or lines->len
 * (cmq-importer-commentheads.c). */
guint cmq_importer_comment_heading_start (GArray *lines, const LineInfo *info, guint first);

G_END_DECLS
