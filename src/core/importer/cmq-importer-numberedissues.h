/* cmq-importer-numberedissues.h: a press service's number line ("Parlamentskorrespondenz Nr. 964
 * vom 22.11.2012"), the page's release-date line.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether @text is a name or kind, a release's number and a full date alone
 * (cmq-importer-numberedissues.c). */
gboolean cmq_importer_is_numbered_issue_line (const char *text);

G_END_DECLS
