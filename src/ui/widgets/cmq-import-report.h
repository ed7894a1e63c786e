/* cmq-import-report.h: the dialog that says what an import did.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cmq-import-job.h"

G_BEGIN_DECLS

#define CMQ_TYPE_IMPORT_REPORT (cmq_import_report_get_type ())
G_DECLARE_FINAL_TYPE (CmqImportReport, cmq_import_report, CMQ, IMPORT_REPORT, AdwMessageDialog)

/* @job has run. */
GtkWidget *cmq_import_report_new (GtkWindow *parent, CmqImportJob *job);
/* For tests: the list of skipped files (one row per file, title the name, subtitle why). */
GtkListBox *cmq_import_report_get_skipped_list (CmqImportReport *self);

G_END_DECLS
