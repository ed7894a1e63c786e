/* cmq-importer-shownissuers.h: the issuer a kind line, a repost's credit, a press office's line,
 * a speaker's office, a name repeated in the chrome, a lead's subject or a dateline's acronym shows
 * (cmq-importer-shownissuers.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The issuer that a kind line ("Communiqué de la FNSEA :"), a repost's credit ("Bron: X"), a
 * press office's line ("X press office - …"), a speaker's office ("Déclaration de M. X,
 * président de la FNSEA, sur …") or an organisation's name alone on lines of the chrome names,
 * its name in organisations.txt when it is there, else the institution a lead opens with as its
 * subject ("The University of Houston has achieved …"), as written, else the acronym a dateline
 * gives ("Basseterre, … (RSCNPF):"), or NULL. @lines: the dump's
 * Line array, their roles set. */
char *cmq_importer_find_shown_issuer (GArray *lines);

G_END_DECLS
