/* test-importer-found35.c: the importer on synthetic pages that carry what issue 11's headline
 * and story start missed in the nineteenth held-out set (heldout19 stc-02, uefa-01): the names
 * of a row of icons glued into one line, and a notice about the reader's browser, are the
 * page's, never the headline nor the story's first paragraph.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define HEADLINE "Aid agency warns of a hunger crisis in the northern provinces"
#define STORY                                                                                      \
  "The agency said on Tuesday that two million people in the northern provinces face acute "       \
  "hunger after a second failed harvest.\n\n"                                                      \
  "It called on donors to fund its appeal before the lean season begins in the spring.\n"

static void
assert_head (const char *text)
{
  g_autoptr (CmqRelease) release = import_ok (text);
  const char *const *paragraphs = cmq_release_get_paragraphs (release);

  g_assert_cmpstr (cmq_release_get_title (release), ==, HEADLINE);
  g_assert_nonnull (paragraphs[0]);
  g_assert_true (g_str_has_prefix (paragraphs[0], "The agency said on Tuesday"));
}

/* A row of icons or buttons whose names the dump glued together: one word said four times or
 * more, with no stop, in English or another language. */
static void
test_glued_icon_row (void)
{
  static const char *const rows[] = {
    "Site/Icons / shareSite/Icons / printSite/Icons / mailSite/Icons / downloadSite/Icons / rss",
    "Symbole/Teilen Symbole/Drucken Symbole/Mail Symbole/Herunterladen Symbole/Abonnieren",
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *text = g_strconcat (rows[i], "\n\n" STORY, NULL);
      g_autoptr (CmqRelease) release = import_ok (text);
      const char *const *paragraphs = cmq_release_get_paragraphs (release);

      /* no headline over the story: the row is not one, nor the story's start */
      g_assert_false (cmq_release_get_headline_found (release));
      g_assert_nonnull (paragraphs[0]);
      g_assert_true (g_str_has_prefix (paragraphs[0], "The agency said on Tuesday"));
    }
}

/* A notice that the site works better with other browsers, or that recommends some. */
static void
test_browser_notice (void)
{
  static const char *const notices[] = {
    "Example.org fonctionne mieux avec d'autres navigateurs\nPour profiter au mieux du site, "
    "nous recommandons d'utiliser Chrome, Firefox ou Safari.",
    "Example.org works better with other browsers\nFor the best experience we recommend using "
    "Firefox or Chrome.",
    "Example.org funktioniert besser mit anderen Browsern",
  };

  for (guint i = 0; i < G_N_ELEMENTS (notices); i++)
    {
      g_autofree char *text = g_strconcat (notices[i], "\n\n" HEADLINE "\n\n" STORY, NULL);

      assert_head (text);
    }
}

/* A sentence that names a word four times has its stop; a headline repeating a short word does
 * not make a row of icons: both stay what they are. */
static void
test_not_glued (void)
{
  g_autofree char *text = g_strconcat (
      "Hunger, hunger, hunger and hunger again in the north\n\n24 March 2020\n\n" STORY, NULL);

  assert_import_field (text, title, "Hunger, hunger, hunger and hunger again in the north");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer-found35/glued-icon-row", test_glued_icon_row);
  g_test_add_func ("/importer-found35/browser-notice", test_browser_notice);
  g_test_add_func ("/importer-found35/not-glued", test_not_glued);
  return g_test_run ();
}
