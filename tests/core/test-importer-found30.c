/* test-importer-found30.c: an ambiguous date in figures (12/3/2007) read the way other files
 * write theirs on date lines of the same template ("Date: 8/28/2008 12:00:00 AM"), whatever their
 * first line (issue 11: heldout10 uc-02, whose site line differs from its sibling's); unknown,
 * with a note, when nothing decides it, when the files disagree, or when the lines share no more
 * than their figures.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY                                                                                      \
  "The university presented its annual research report to the Board of Trustees, with grants "     \
  "from federal agencies, foundations and industry.\n\n"                                           \
  "The report lists the departments whose research drew the most support over the year, and the "  \
  "number of students who took part in it.\n"

/* A page: its first line @top (which names the site), a headline, the date line @date_line, and
 * the story. */
static char *
page (const char *top, const char *headline, const char *date_line)
{
  return g_strconcat (top, "\n\n", headline, "\n\n", date_line, "\n\n" STORY, NULL);
}

/* Imports @text with an importer that has learnt @learnt (NULL-terminated) and @text itself, as a
 * library or an --inspect of several files does; returns the release's date and note. */
static void
import_after (const char *const *learnt, const char *text, char **date, char **note)
{
  g_autoptr (CmqImporter) importer = cmq_importer_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (CmqRelease) release = NULL;

  for (guint i = 0; learnt[i] != NULL; i++)
    cmq_importer_learn (importer, learnt[i], -1);
  cmq_importer_learn (importer, text, -1);
  release = import (importer, text, &error);
  g_assert_no_error (error);
  g_assert_nonnull (release);
  *date = g_strdup (cmq_release_get_date (release));
  *note = g_strdup (cmq_release_get_date_note (release));
}

static void
test_same_template_decides (void)
{
  static const struct
  {
    const char *other; /* the other file's date line, NULL: none */
    const char *other2;
    const char *date; /* the ambiguous file's date, NULL: unknown */
  } cases[] = {
    /* Nothing else: unknown, and the note says why. */
    { NULL, NULL, NULL },
    /* The same template, month first elsewhere: 3 December. */
    { "Date: 8/28/2008 12:00:00 AM", NULL, "2007-12-03" },
    /* The same template, day first elsewhere: 12 March. */
    { "Date: 28/8/2008 12:00:00 AM", NULL, "2007-03-12" },
    /* Files of one template that disagree decide nothing. */
    { "Date: 8/28/2008 12:00:00 AM", "Date: 28/8/2008 12:00:00 AM", NULL },
    /* Another template ("Published"), another source perhaps: it decides nothing. */
    { "Published on 8/28/2008 at noon", NULL, NULL },
    /* Bare figures are written alike by sources of both orders: they decide nothing. */
    { "8/28/2008", NULL, NULL },
  };
  g_autofree char *text =
      page ("University logo and link", "Research report presented to the Board",
            "Date: 12/3/2007 12:00:00 AM");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *other = NULL;
      g_autofree char *other2 = NULL;
      g_autofree char *date = NULL;
      g_autofree char *note = NULL;
      const char *learnt[3] = { NULL, NULL, NULL };

      if (cases[i].other != NULL)
        learnt[0] = other = page ("Global engagement home about research news",
                                  "Research results bring headlines", cases[i].other);
      if (cases[i].other2 != NULL)
        learnt[1] = other2 = page ("Search the news of the campus",
                                   "Students honoured for their research", cases[i].other2);
      import_after (learnt, text, &date, &note);
      g_assert_cmpstr (date, ==, cases[i].date);
      if (cases[i].date == NULL)
        g_assert_nonnull (note);
    }
}

/* A file's own figure above 12 still decides it, whatever other files of the template write. */
static void
test_own_figures_first (void)
{
  g_autofree char *other = page ("Global engagement home about research news",
                                 "Research results bring headlines", "Date: 8/28/2008 12:00:00 AM");
  g_autofree char *text =
      page ("University logo and link", "Research report presented", "Date: 13/3/2007 12:00:00 AM");
  const char *learnt[] = { other, NULL };
  g_autofree char *date = NULL;
  g_autofree char *note = NULL;

  import_after (learnt, text, &date, &note);
  g_assert_cmpstr (date, ==, "2007-03-13");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found30/same-template-decides", test_same_template_decides);
  g_test_add_func ("/importer/found30/own-figures-first", test_own_figures_first);
  return g_test_run ();
}
