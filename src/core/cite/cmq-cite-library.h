/* cmq-cite-library.h: the citations of what the user kept: favourites and highlighted passages.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-cite-export.h"
#include "cmq-index.h"
#include "cmq-store.h"

G_BEGIN_DECLS

typedef enum
{
  CMQ_CITE_KEPT_FAVOURITES = 1 << 0, /* each favourite release */
  CMQ_CITE_KEPT_HIGHLIGHTS = 1 << 1, /* each highlighted passage, with its paragraph and quote */
} CmqCiteKept;

/* Citations (of CmqCitation) of the store's favourites and/or highlights whose release is in
 * @index, in the store's order (by release id, passages oldest first). A passage is cited at the
 * paragraph where it is found in the release today; one that fits nowhere any more is cited at
 * the paragraph it was kept with. @n_missing (nullable) gets how many kept releases the index does
 * not have (their notes are listed as orphans). */
GPtrArray *cmq_cite_kept (CmqStore *store, CmqIndex *index, CmqCiteKept what, guint *n_missing);

/* The format of an export to a file named @name when @chosen was picked in the dialog: the
 * choice wins, and the name is made to say it (its .json, .bib or .ris replaced, or one added). */
CmqCiteExportFormat cmq_cite_export_format_for_name (const char *name, CmqCiteExportFormat chosen,
                                                     char **file_name);

G_END_DECLS
