/* cmq-sha256.c: SHA-256 through libcrypto where it can, GChecksum otherwise (see cmq-sha256.h).
 *
 * GLib's SHA-256 is portable C, about 55 instructions a byte: hashing a release's text for its
 * id was a tenth of the importer's work. libcrypto's takes the processor's SHA extensions or
 * vector instructions where it has them. The digest is the same: SHA-256 is SHA-256, and a
 * test compares the two on texts of every length around a block's.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cmq-sha256"

#include <openssl/evp.h>
#include <string.h>

#include "cmq-sha256.h"

struct _CmqSha256
{
  EVP_MD_CTX *ctx;     /* or NULL, and then: */
  GChecksum *fallback; /* where libcrypto has no SHA-256 to give */
};

/* Fetched once: an implicit fetch on every digest costs a name lookup each time. */
static const EVP_MD *
sha256_md (void)
{
  static EVP_MD *md = NULL;
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      md = EVP_MD_fetch (NULL, "SHA2-256", NULL);
      g_once_init_leave (&initialised, 1);
    }
  return md;
}

CmqSha256 *
cmq_sha256_new (void)
{
  CmqSha256 *self = g_new0 (CmqSha256, 1);
  const EVP_MD *md = sha256_md ();

  if (md != NULL)
    {
      self->ctx = EVP_MD_CTX_new ();
      if (self->ctx != NULL && !EVP_DigestInit_ex2 (self->ctx, md, NULL))
        g_clear_pointer (&self->ctx, EVP_MD_CTX_free);
    }
  if (self->ctx == NULL)
    self->fallback = g_checksum_new (G_CHECKSUM_SHA256);
  return self;
}

void
cmq_sha256_update (CmqSha256 *self, const void *data, gssize length)
{
  g_return_if_fail (self != NULL);

  if (length < 0)
    length = strlen (data);
  if (self->ctx == NULL)
    g_checksum_update (self->fallback, data, length);
  else if (!EVP_DigestUpdate (self->ctx, data, length))
    g_critical ("SHA-256: libcrypto failed to hash %" G_GSSIZE_FORMAT " bytes", length);
}

char *
cmq_sha256_free_to_string (CmqSha256 *self)
{
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  char *hex = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->fallback != NULL)
    hex = g_strdup (g_checksum_get_string (self->fallback));
  else if (EVP_DigestFinal_ex (self->ctx, digest, &size) && size == 32)
    {
      static const char figures[] = "0123456789abcdef";

      hex = g_malloc (2 * size + 1);
      for (unsigned int i = 0; i < size; i++)
        {
          hex[2 * i] = figures[digest[i] >> 4];
          hex[2 * i + 1] = figures[digest[i] & 0xF];
        }
      hex[2 * size] = '\0';
    }
  cmq_sha256_free (self);
  g_return_val_if_fail (hex != NULL, g_strdup (""));
  return hex;
}

void
cmq_sha256_free (CmqSha256 *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->ctx, EVP_MD_CTX_free);
  g_clear_pointer (&self->fallback, g_checksum_free);
  g_free (self);
}
