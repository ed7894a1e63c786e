/* fuzz-importer.c: libFuzzer target for the importer: any bytes, learnt and imported.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fuzz-importer"

#include "cmq-importer.h"
#include "fuzz.h"

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (CmqImporter) importer = cmq_importer_new ();
  g_autoptr (CmqRelease) release = NULL;
  g_autoptr (GError) error = NULL;

  /* Learning the file first makes its own lines look repeated: the chrome learner runs too. */
  cmq_importer_learn (importer, (const char *) data, size);
  release = cmq_importer_import_text (importer, (const char *) data, size, "fuzz.txt", 0, &error);
  g_assert ((release == NULL) != (error == NULL));
  if (release != NULL)
    {
      const char *const *paragraphs = cmq_release_get_paragraphs (release);

      g_assert (paragraphs[0] != NULL);
      g_assert (g_utf8_validate (cmq_release_get_title (release), -1, NULL));
      for (guint i = 0; paragraphs[i] != NULL; i++)
        g_assert (g_utf8_validate (paragraphs[i], -1, NULL));
      g_assert (cmq_release_get_quotes (release)->len <= CMQ_IMPORT_MAX_QUOTES);
    }
  return 0;
}
