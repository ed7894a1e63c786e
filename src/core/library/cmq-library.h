/* cmq-library.h: the library's folders of release files, watched, and where imports go.
 *
 * The application's CmqContext watches them (cmq_library_watch()) and has the index read them
 * (tests do the same through tests/lib/library-fixture.h).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CMQ_TYPE_LIBRARY (cmq_library_get_type ())
G_DECLARE_FINAL_TYPE (CmqLibrary, cmq_library, CMQ, LIBRARY, GObject)

typedef struct
{
  char *file;   /* in the file system's encoding: show it with cmq_importer_display_name() */
  char *reason; /* for people, translated */
} CmqSkippedFile;

CmqSkippedFile *cmq_skipped_file_new (const char *file, const char *reason);
void cmq_skipped_file_free (CmqSkippedFile *skipped);

CmqLibrary *cmq_library_new (void);
/* Before cmq_library_watch(), only notes the folder; after it, watches the folder too. */
void cmq_library_add_directory (CmqLibrary *self, GFile *directory);
/* Forgets the folder and stops watching it. */
void cmq_library_remove_directory (CmqLibrary *self, GFile *directory);
gboolean cmq_library_has_directory (CmqLibrary *self, GFile *directory);
/* Watches the folders and says "folders-changed" when a release file is added, changed or removed
 * there, or a folder is added or removed; no release is read (the index reads them). */
void cmq_library_watch (CmqLibrary *self);
gboolean cmq_library_is_watching (CmqLibrary *self);
/* The folders' paths, for cmq_index_set_folders(). Signal "folders-changed": a release file was
 * added, changed or removed in a folder (seen by the folder monitor), or a folder was added or
 * removed after watching began. */
char **cmq_library_dup_directory_paths (CmqLibrary *self);
/* The folder imported releases are copied into (the user's releases folder, or --library). */
void cmq_library_set_import_directory (CmqLibrary *self, GFile *directory);
GFile *cmq_library_get_import_directory (CmqLibrary *self);

G_END_DECLS
