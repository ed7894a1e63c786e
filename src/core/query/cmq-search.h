/* cmq-search.h: text normalised for matching: case-folded, without accents.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cmq-release.h"

G_BEGIN_DECLS

/* Case-folded, accents removed, every run of non-alphanumeric characters one space, with a
 * leading and trailing space so that word starts and ends are easy to find. */
char *cmq_search_normalize (const char *text);

/* A release's title and story, normalised as above, one line each. */
char *cmq_search_release_text (CmqRelease *release);

G_END_DECLS
