/* test-importer-found75.c: a site's scrolling ticker above the release (issue 11: heldout23
 * fo44-01). A line of items joined by runs of three or more hyphens ("12 MAI CONGRÈS --- 3 JUIN
 * STAGE --- …") is page furniture in any language: never the story's first paragraph, and its
 * year-less dates are never the release's, which the date line under it gives. A story line with
 * a dash, or with several, between sentences stays the story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define STORY(lead)                                                                                \
  lead "\n\n"                                                                                      \
       "The union's branches will meet on Monday to decide what to do next, and members will be "  \
       "told of the outcome by letter.\n"

static void
check_ticker (const char *ticker, const char *dateline, const char *date)
{
  g_autofree char *text = g_strconcat ("Union news\n\n", ticker, "\n\n", dateline, "\n\n",
                                       "TALKS BREAK DOWN AT THE PORT\n\n",
                                       STORY ("The dockers' union said on Friday that the talks "
                                              "with the port authority had broken down after "
                                              "three weeks."),
                                       NULL);
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "The dockers"));
  g_assert_cmpstr (cmq_release_get_date (release), ==, date);
}

static void
test_ticker_is_chrome (void)
{
  check_ticker ("12 MAY CONGRESS IN LYON --- 3 JUNE TRAINING \"HEALTH AND SAFETY\" --- 9 JUNE "
                "ELECTIONS --- ...",
                "27 March 2009", "2009-03-27");
  check_ticker ("12 MAI CONGRÈS À LYON ---- 3 JUIN STAGE \"SANTÉ\" ---- 9 JUIN ÉLECTIONS",
                "27 mars 2009", "2009-03-27");
}

/* Sentences joined by dashes are a story paragraph: kept. */
static void
test_dashed_story_kept (void)
{
  const char *lead = "The talks broke down on Friday --- the third time this year --- and the "
                     "union called its members out. The port authority said it was ready to talk "
                     "again --- but not before Monday.";
  g_autofree char *with_lead = g_strconcat ("TALKS BREAK DOWN AT THE PORT\n\n", lead, "\n\n",
                                            "The union's branches will meet on Monday to decide "
                                            "what to do next.\n",
                                            NULL);
  g_autoptr (CmqRelease) release = import_ok (with_lead);

  g_assert_true (g_str_has_prefix (cmq_release_get_paragraphs (release)[0], "The talks broke"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found75/ticker-is-chrome", test_ticker_is_chrome);
  g_test_add_func ("/importer/found75/dashed-story-kept", test_dashed_story_kept);
  return g_test_run ();
}
