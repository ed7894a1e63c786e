/* cmq-release-json.h: the machine-readable form of a release (communique --inspect).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "cmq-release.h"

G_BEGIN_DECLS

JsonNode *cmq_release_to_json (CmqRelease *release);
/* One line, no trailing newline. */
char *cmq_release_to_json_line (CmqRelease *release);

G_END_DECLS
