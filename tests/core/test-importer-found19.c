/* test-importer-found19.c: the importer on synthetic pages that carry what the sixteenth
 * held-out set (tests/fixtures/heldout16) showed blind: a site's notice that it uses cookies and
 * asks the reader to accept them, after the story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

/* A headline, its date and a story of two paragraphs. */
#define CONDEMNS_HEADLINE "The Ministry condemns the act of vandalism against a consulate"
#define CONDEMNS_LAST                                                                              \
  "The Ministry is confident that the perpetrators of this act will be found and brought to "      \
  "justice."
#define CONDEMNS_STORY                                                                             \
  CONDEMNS_HEADLINE "\n\n07 July 2021 News\n\n"                                                    \
                    "The Ministry of Foreign Affairs strongly condemns the act of vandalism "      \
                    "against the Honorary "                                                        \
                    "Consulate in Plovdiv.\n\n" CONDEMNS_LAST "\n\n"

/* The last paragraph of the release. */
static const char *
last_paragraph (CmqRelease *release)
{
  const char *const *paragraphs = cmq_release_get_paragraphs (release);
  guint n = g_strv_length ((char **) paragraphs);

  g_assert_cmpuint (n, >, 0);
  return paragraphs[n - 1];
}

/* "This site uses cookies. By accepting cookies you can optimise your browsing experience." then
 * its buttons (heldout16 bulgaria-01): the site's notice that it uses cookies, asking the reader
 * to accept them, is not the story's end, in the languages the importer reads; a sentence of the
 * story about a site's cookies stays. */
static void
test_cookie_notice_to_accept (void)
{
  static const char *const notices[] = {
    "This site uses cookies. By accepting cookies you can optimise your browsing experience.",
    "Ce site utilise des cookies. En acceptant les cookies, vous améliorez votre navigation.",
    "Diese Website verwendet Cookies. Bitte akzeptieren Sie die Cookies.",
    "Questo sito utilizza cookies. Accettando i cookies migliori la navigazione.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (notices); i++)
    {
      g_autofree char *text =
          g_strconcat (CONDEMNS_STORY, notices[i], "\n\nAccept Refuse More", NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (last_paragraph (release), ==, CONDEMNS_LAST);
    }
  {
    static const char *const story =
        "The regulator found that the site uses cookies without asking its readers, and it "
        "ordered the company to stop accepting payments until it complies.";
    g_autofree char *text = g_strconcat (CONDEMNS_STORY, story, NULL);
    g_autoptr (CmqRelease) release = import_ok (text);

    g_assert_cmpstr (last_paragraph (release), ==, story);
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/cookie-notice-to-accept", test_cookie_notice_to_accept);
  return g_test_run ();
}
