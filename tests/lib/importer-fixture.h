/* importer-fixture.h: importing a text as the importer's tests do.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cmq-importer.h"

static inline CmqRelease *
import (CmqImporter *importer, const char *text, GError **error)
{
  return cmq_importer_import_text (importer, text, -1, "test.txt", 0, error);
}

static inline CmqRelease *
import_ok (const char *text)
{
  g_autoptr (CmqImporter) importer = cmq_importer_new ();
  g_autoptr (GError) error = NULL;
  CmqRelease *release = import (importer, text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (release);
  return release;
}

static inline guint
n_paragraphs (CmqRelease *release)
{
  return g_strv_length ((char **) cmq_release_get_paragraphs (release));
}
