/* cmq-html-speaker.h: the name a quotation's speaker is shown by in the reader.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The person @speaker (as the importer found it, nullable) names, for the quotation's footer:
 * "NATO Secretary General Mark Rutte" is "Mark Rutte"; a bare title ("Secretary General",
 * "secrétaire général de l'OTAN") is the person the text names with that title ("… Secretary
 * General Mark Rutte", "… de l'OTAN, Mark Rutte"), looked for in @paragraphs from the quote's
 * @paragraph back to the first, then after it; failing that, the title itself. Anything else is
 * @speaker unchanged. Returns NULL when @speaker is NULL or empty. */
char *cmq_html_speaker_name (const char *speaker, const char *const *paragraphs, guint paragraph);

G_END_DECLS
