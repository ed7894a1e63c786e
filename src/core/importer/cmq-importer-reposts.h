/* cmq-importer-reposts.h: a repost's head glued to its story (cmq-importer-reposts.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cmq-importer-private.h"

G_BEGIN_DECLS

/* Splits @line, of the page's first lines, when it opens with the page's title less the site's
 * name after its dash or bar ("Update on … Press Statement Jen - TopicsExpress" over "Update on
 * … Press Statement Jen Psaki Spokesperson, … Washington, DC August 9, 2013 On Sunday, …") and
 * holds a place and a full date before a capital: appends the headline (the title's words up to
 * a capitalised kind label that they run into) and that label to @lines as lines of their own,
 * and leaves the rest in @line. Of Line. */
void cmq_importer_split_repost_head (GArray *lines, Line *line);

G_END_DECLS
