/* cmq-library.h: the library's folders of release files, watched, and where imports go.
 *
 * The application's CmqContext watches them (cmq_library_watch()) and has the index read them;
 * cmq_library_load() and the functions on its list of releases are a second, in-memory import
 * of the folders that only tests still use.
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

CmqSkippedFile *cmq_skipped_file_new (const char *file, const char *reason);
void cmq_skipped_file_free (CmqSkippedFile *skipped);

CmqLibrary *cmq_library_new (void);
/* Before cmq_library_load(), only notes the folder; after it, reads the folder's files too. */
void cmq_library_add_directory (CmqLibrary *self, GFile *directory);
/* Forgets the folder and takes its releases out of the list. */
void cmq_library_remove_directory (CmqLibrary *self, GFile *directory);
gboolean cmq_library_has_directory (CmqLibrary *self, GFile *directory);
/* Reads every *.txt file of the directories (not recursively), then watches the directories so
 * files that other programs add, change or remove show at once. Files that are not releases are
 * skipped and listed by cmq_library_get_skipped(). Emits ::reading-file before each file it
 * reads. */
void cmq_library_load (CmqLibrary *self, GCancellable *cancellable);
/* Instead of cmq_library_load(), for the window (whose list is the index's): only watches the
 * folders and says "folders-changed" when a release file is added, changed or removed there, or
 * a folder is added or removed; no release is read, the list stays empty. */
void cmq_library_watch (CmqLibrary *self);
gboolean cmq_library_is_watching (CmqLibrary *self);
/* The folders' paths, for cmq_index_set_folders(). Signal "folders-changed": a release file was
 * added, changed or removed in a folder (seen by the folder monitor), or a folder was added or
 * removed after loading or watching began. */
char **cmq_library_dup_directory_paths (CmqLibrary *self);
/* Reads one file (again, if it changed) into the list; FALSE when it is not a release, which is
 * then listed by cmq_library_get_skipped(). A release already shown from another file is not
 * added twice. */
gboolean cmq_library_add_file (CmqLibrary *self, GFile *file);
void cmq_library_remove_file (CmqLibrary *self, GFile *file);
/* Items are CmqRelease, newest first, one per release id. */
GListModel *cmq_library_get_releases (CmqLibrary *self);
/* The position of the release with @id in the list, or G_MAXUINT. */
guint cmq_library_find_release (CmqLibrary *self, const char *id);
/* The position of the release read from @file, or G_MAXUINT (also when that release is shown
 * from another file). */
guint cmq_library_find_release_by_file (CmqLibrary *self, GFile *file);
/* Of CmqSkippedFile */
GPtrArray *cmq_library_get_skipped (CmqLibrary *self);

/* The folder imported releases are copied into (the user's releases folder, or --library). */
void cmq_library_set_import_directory (CmqLibrary *self, GFile *directory);
GFile *cmq_library_get_import_directory (CmqLibrary *self);

G_END_DECLS
