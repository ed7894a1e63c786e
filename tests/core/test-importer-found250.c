/* test-importer-found250.c: a story paragraph that a few releases of one site share (the same
 * background told again) stays in their stories; a site's standing note, on most of its pages,
 * is still the site's (issue 11; found at 100,000 generated releases, where 3 of a site's 10
 * sampled files shared a last paragraph and `--search nuclear` missed 50 releases that rg found).
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define SHARED                                                                                     \
  "Defence Ministers will also address the Alliance's deterrence, including its suite of "         \
  "dual-capable aircraft, at the meeting of the Nuclear Planning Group."
#define STANDING                                                                                   \
  "The Ministry of Defence is responsible for the armed forces and publishes its news, speeches "  \
  "and statements on this site every working day."

/* A page of @site (its first line), numbered @n, whose story ends with @last (or not). */
static char *
page (const char *site, guint n, const char *last)
{
  return g_strdup_printf ("%s\n\nMinisters meet in Brussels, number %u\n\n"
                          "BRUSSELS, %u June 2021 - Ministers met today for the %u meeting of "
                          "the year to discuss the readiness of the forces and their budgets.\n\n"
                          "The Secretary General welcomed the work done since meeting %u and "
                          "said that Allies stand together on every one of the %u points.\n%s%s\n",
                          site, n, 1 + n % 28, n, n, n, last != NULL ? "\n" : "",
                          last != NULL ? last : "");
}

/* The library: 10 files of one site, the first @with_shared ending with @shared, and 10 files of
 * ten other sites; returns the import of the site's first file. */
static CmqRelease *
import_in_library (guint with_shared, const char *shared)
{
  g_autoptr (CmqImporter) importer = cmq_importer_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *first = NULL;
  CmqRelease *release;

  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *text = page ("Ministry of Defence news", i, i < with_shared ? shared : NULL);
      g_autofree char *other_site = g_strdup_printf ("Other site %u home", i);
      g_autofree char *other = page (other_site, 100 + i, NULL);

      cmq_importer_learn (importer, text, -1);
      cmq_importer_learn (importer, other, -1);
      if (i == 0)
        first = g_steal_pointer (&text);
    }
  release = import (importer, first, &error);
  g_assert_no_error (error);
  g_assert_nonnull (release);
  return release;
}

static void
test_shared_paragraph_kept (void)
{
  g_autoptr (CmqRelease) release = import_in_library (3, SHARED);

  g_assert_true (has_paragraph (release, SHARED));
}

static void
test_standing_note_dropped (void)
{
  g_autoptr (CmqRelease) release = import_in_library (8, STANDING);

  g_assert_false (has_paragraph (release, STANDING));
  g_assert_true (has_paragraph (release, "The Secretary General welcomed the work done since "
                                         "meeting 0 and said that Allies stand together on every "
                                         "one of the 0 points."));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found250/shared-paragraph-kept", test_shared_paragraph_kept);
  g_test_add_func ("/importer/found250/standing-note-dropped", test_standing_note_dropped);
  return g_test_run ();
}
