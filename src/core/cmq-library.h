/* cmq-library.h: the set of releases the window shows.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cmq-release.h"

G_BEGIN_DECLS

#define CMQ_TYPE_LIBRARY (cmq_library_get_type ())
G_DECLARE_FINAL_TYPE (CmqLibrary, cmq_library, CMQ, LIBRARY, GObject)

typedef struct
{
  char *file;   /* in the file system's encoding: show it with cmq_importer_display_name() */
  char *reason; /* for people, translated */
} CmqSkippedFile;

CmqLibrary *cmq_library_new (void);
void cmq_library_add_directory (CmqLibrary *self, GFile *directory);
/* Reads every *.txt file of the directories (not recursively). Files that are not releases are
 * skipped and listed by cmq_library_get_skipped(). Emits ::reading-file before each file. */
void cmq_library_load (CmqLibrary *self, GCancellable *cancellable);
/* Items are CmqRelease, newest first, one per release id. */
GListModel *cmq_library_get_releases (CmqLibrary *self);
/* Of CmqSkippedFile */
GPtrArray *cmq_library_get_skipped (CmqLibrary *self);

G_END_DECLS
