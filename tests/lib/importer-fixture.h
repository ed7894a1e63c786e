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

/* Imports @text and checks one of the release's text fields, cmq_release_get_@field () (title,
 * date, source, kind, url, language…), against @expected (NULL: the field is unset): the shape of
 * most importer tests. A macro, so that a failure names the test's own line. */
#define assert_import_field(text, field, expected)                                                 \
  G_STMT_START                                                                                     \
  {                                                                                                \
    g_autoptr (CmqRelease) imported_ = import_ok (text);                                           \
                                                                                                   \
    g_assert_cmpstr (cmq_release_get_##field (imported_), ==, (expected));                         \
  }                                                                                                \
  G_STMT_END

static inline guint
n_paragraphs (CmqRelease *release)
{
  return g_strv_length ((char **) cmq_release_get_paragraphs (release));
}

/* Whether @text is one of @release's paragraphs, whole. */
static inline gboolean
has_paragraph (CmqRelease *release, const char *text)
{
  return g_strv_contains (cmq_release_get_paragraphs (release), text);
}

/* The release's first paragraph (it must have one). */
static inline const char *
first_paragraph (CmqRelease *release)
{
  g_assert_cmpuint (n_paragraphs (release), >, 0);
  return cmq_release_get_paragraphs (release)[0];
}

/* Imports @text, which must be a release, and checks that its first paragraph is @first, whole. */
static inline void
assert_first_paragraph (const char *text, const char *first)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (first_paragraph (release), ==, first);
}

/* Imports @text, which must be a release, and checks that its last paragraph is @last, whole. */
static inline void
assert_last_paragraph (const char *text, const char *last)
{
  g_autoptr (CmqRelease) release = import_ok (text);
  const char *const *paragraphs = cmq_release_get_paragraphs (release);
  guint n = n_paragraphs (release);

  g_assert_cmpuint (n, >, 0);
  g_assert_cmpstr (paragraphs[n - 1], ==, last);
}
