/* cmq-sha256.h: SHA-256 as GChecksum computes it, faster: a release's id is the hash of its
 * text, computed for every release imported.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _CmqSha256 CmqSha256;

CmqSha256 *cmq_sha256_new (void);
/* Adds @length bytes of @data; -1: @data is NUL-terminated. */
void cmq_sha256_update (CmqSha256 *self, const void *data, gssize length);
/* The digest in lower-case hexadecimal, as g_checksum_get_string() writes it; frees @self. */
char *cmq_sha256_free_to_string (CmqSha256 *self);
void cmq_sha256_free (CmqSha256 *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CmqSha256, cmq_sha256_free)

G_END_DECLS
