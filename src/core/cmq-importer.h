/* cmq-importer.h: turns a plain-text dump of a web page into a CmqRelease.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cmq-release.h"

G_BEGIN_DECLS

#define CMQ_IMPORT_ERROR (cmq_import_error_quark ())

typedef enum
{
  CMQ_IMPORT_ERROR_NOT_TEXT, /* binary or undecodable */
  CMQ_IMPORT_ERROR_EMPTY,    /* nothing left once chrome is removed */
  CMQ_IMPORT_ERROR_TOO_LARGE,
} CmqImportError;

GQuark cmq_import_error_quark (void);

#define CMQ_TYPE_IMPORTER (cmq_importer_get_type ())
G_DECLARE_FINAL_TYPE (CmqImporter, cmq_importer, CMQ, IMPORTER, GObject)

CmqImporter *cmq_importer_new (void);

/* Optional: show the importer every file of a library before importing them, so that lines
 * repeated across many files of that library are recognised as chrome. */
void cmq_importer_learn (CmqImporter *self, const char *text, gssize length);

/* @file_name is shown to the user; @file_mtime (seconds since the epoch, 0 for "now") is the
 * latest date the release can have. */
CmqRelease *cmq_importer_import_text (CmqImporter *self, const char *text, gssize length,
                                      const char *file_name, gint64 file_mtime, GError **error);

CmqRelease *cmq_importer_import_file (CmqImporter *self, GFile *file, GCancellable *cancellable,
                                      GError **error);

G_END_DECLS
