/* cmq-import-job.h: copies release files and folders into the library folder.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cmq-library.h"

G_BEGIN_DECLS

#define CMQ_TYPE_IMPORT_JOB (cmq_import_job_get_type ())
G_DECLARE_FINAL_TYPE (CmqImportJob, cmq_import_job, CMQ, IMPORT_JOB, GObject)

/* @destination: the library folder the files are copied into; made when missing. */
CmqImportJob *cmq_import_job_new (GFile *destination);
/* A file, or a folder whose *.txt files are taken, recursively. */
void cmq_import_job_add_source (CmqImportJob *self, GFile *source);
/* A release the library already shows (for example from the samples): not copied again. */
void cmq_import_job_add_known_id (CmqImportJob *self, const char *id);

/* Fails only when the destination cannot be made or the job is cancelled; a file that cannot be
 * imported is skipped and listed with its reason. */
gboolean cmq_import_job_run (CmqImportJob *self, GCancellable *cancellable, GError **error);
/* Runs in a worker thread; do not touch the job until @callback. */
void cmq_import_job_run_async (CmqImportJob *self, GCancellable *cancellable,
                               GAsyncReadyCallback callback, gpointer user_data);
gboolean cmq_import_job_run_finish (CmqImportJob *self, GAsyncResult *result, GError **error);

guint cmq_import_job_get_n_imported (CmqImportJob *self);
/* Files whose release (same id) was already in the library or earlier in the same import. */
guint cmq_import_job_get_n_duplicates (CmqImportJob *self);
/* Of CmqSkippedFile: the file (show it with cmq_importer_display_name()) and why. */
GPtrArray *cmq_import_job_get_skipped (CmqImportJob *self);
/* Of GFile: the copies made in the destination, in the order they were imported. */
GPtrArray *cmq_import_job_get_copies (CmqImportJob *self);
/* Of char *: the id of every release imported or found already there, in order. */
GPtrArray *cmq_import_job_get_release_ids (CmqImportJob *self);

G_END_DECLS
