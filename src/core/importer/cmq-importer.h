/* cmq-importer.h: turns a plain-text dump of a web page into a CmqRelease.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cmq-release.h"

G_BEGIN_DECLS

/* Limits. A press release is a few kilobytes of text in short paragraphs; input far beyond these
 * is not one, and no step of the importer ever works on more, so that every file is imported in
 * time linear in its size. */
/* Larger files are refused before they are read. */
#define CMQ_IMPORT_MAX_FILE_BYTES (4 * 1024 * 1024)
/* A file with a longer line (a minified page, a data dump) is not a release. */
#define CMQ_IMPORT_MAX_LINE_BYTES (64 * 1024)
/* Hard-wrapped lines are joined into paragraphs of at most this many bytes. */
#define CMQ_IMPORT_MAX_PARAGRAPH_BYTES (64 * 1024)
/* Quotations looked for in one release; later ones are left as plain text. */
#define CMQ_IMPORT_MAX_QUOTES 500

#define CMQ_IMPORT_ERROR (cmq_import_error_quark ())

typedef enum
{
  CMQ_IMPORT_ERROR_NOT_TEXT,    /* binary or undecodable */
  CMQ_IMPORT_ERROR_EMPTY,       /* empty, blank, or nothing left once chrome is removed */
  CMQ_IMPORT_ERROR_TOO_LARGE,   /* the file, or one of its lines, is over a limit above */
  CMQ_IMPORT_ERROR_HTML,        /* a web page rather than the text of one */
  CMQ_IMPORT_ERROR_NOT_REGULAR, /* a folder, a pipe, a device, a link to nothing */
  CMQ_IMPORT_ERROR_UNREADABLE,  /* no permission, a link loop, an I/O error */
  CMQ_IMPORT_ERROR_GONE,        /* deleted or moved before it could be read */
} CmqImportError;

GQuark cmq_import_error_quark (void);

#define CMQ_TYPE_IMPORTER (cmq_importer_get_type ())
G_DECLARE_FINAL_TYPE (CmqImporter, cmq_importer, CMQ, IMPORTER, GObject)

CmqImporter *cmq_importer_new (void);

/* Optional: show the importer the files of a library before importing them, so that lines
 * repeated across many files of that library, or across 3 files of one website, are recognised
 * as chrome. A release is the same (same paragraphs, same id) wherever it is imported only when
 * every importer of the library learnt the same files: those of cmq_importer_learn_stride(). */
void cmq_importer_learn (CmqImporter *self, const char *text, gssize length);

/* Which files of a library of @n_files release files (every file named *.txt that is not a
 * folder, in strcmp() order of their paths, whether readable or not) an importer learns: the
 * first and every returned-th after it, so that a large library is learnt from a fixed sample of
 * about CMQ_IMPORTER_LEARN_SAMPLE files and a small one from every file. */
#define CMQ_IMPORTER_LEARN_SAMPLE 300
guint cmq_importer_learn_stride (guint n_files);

/* @file_name is shown to the user; @file_mtime (seconds since the epoch, 0 for "now") is the
 * latest date the release can have. */
CmqRelease *cmq_importer_import_text (CmqImporter *self, const char *text, gssize length,
                                      const char *file_name, gint64 file_mtime, GError **error);

CmqRelease *cmq_importer_import_file (CmqImporter *self, GFile *file, GCancellable *cancellable,
                                      GError **error);

/* Reads a release file without ever blocking on a pipe or reading more than
 * CMQ_IMPORT_MAX_FILE_BYTES. Errors are in CMQ_IMPORT_ERROR, with a message a person understands.
 * @mtime (nullable) receives the modification time in seconds since the epoch. */
GBytes *cmq_importer_read_file (GFile *file, gint64 *mtime, GCancellable *cancellable,
                                GError **error);

/* @path (in the file system's encoding) as UTF-8 fit to print on one line: invalid bytes and
 * control characters such as a newline are shown escaped. */
char *cmq_importer_display_name (const char *path);

G_END_DECLS
