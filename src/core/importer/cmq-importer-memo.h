/* cmq-importer-memo.h: what cmq_importer_fold () and cmq_importer_key () gave the texts they
 * were last given, kept by each thread (cmq-importer-memo.c).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The functions whose results are kept. */
typedef enum
{
  CMQ_IMPORTER_MEMO_FOLD,
  CMQ_IMPORTER_MEMO_KEY,
  CMQ_IMPORTER_N_MEMOS
} CmqImporterMemo;

/* What @compute, @memo's function, gives @text: kept from an earlier call of the calling thread
 * with the same text, or computed and kept. */
char *cmq_importer_memo_call (CmqImporterMemo memo, const char *text,
                              char *(*compute) (const char *text));

G_END_DECLS
