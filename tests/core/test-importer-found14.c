/* test-importer-found14.c: the importer on synthetic pages that carry what the fourteenth
 * held-out set (tests/fixtures/heldout14) showed: the site's notice that it uses cookies as the
 * dump's last paragraph, after the story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define COOKIE_STORY                                                                               \
  "Attack on an embassy\n\n"                                                                       \
  "The government firmly condemns the artillery attack that the embassy suffered today and "       \
  "hopes that those responsible will be brought to justice.\n\n"                                   \
  "It recalls the inviolability of diplomatic missions abroad, a basic principle of "              \
  "international law.\n\n"

/* The last paragraph of the dump says that the site uses cookies and points to its policy or
 * settings, in the language of the site, which may not be the story's (heldout14 exteriores-01):
 * it is not the story's end. */
static void
test_cookie_notice_at_end (void)
{
  static const char *const notices[] = {
    "Ce site web utilise des cookies internes et des cookies tiers qui permettent d’assurer son "
    "fonctionnement. Plus d'informations dans notre Politique de cookies.",
    "This website uses cookies to improve your experience. You can change your cookie settings "
    "at any time.",
    "Diese Website verwendet Cookies. Weitere Informationen finden Sie in unserer "
    "Datenschutzerklärung und den Cookie-Richtlinie.",
    "Este sitio web utiliza cookies propias y de terceros. Más información en nuestra política "
    "de cookies.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (notices); i++)
    {
      g_autofree char *text = g_strconcat (COOKIE_STORY, notices[i], NULL);
      g_autoptr (CmqRelease) release = import_ok (text);
      const char *const *paragraphs = cmq_release_get_paragraphs (release);
      guint n = g_strv_length ((char **) paragraphs);

      g_assert_cmpuint (n, >, 0);
      g_assert_true (g_str_has_prefix (paragraphs[n - 1], "It recalls the inviolability"));
    }
}

/* A story's last paragraph that tells of a site's cookies without being the site's notice (no
 * policy, no settings) stays the story's. */
static void
test_cookie_story_stays (void)
{
  g_autoptr (CmqRelease) release = import_ok (
      "Regulator fines an online shop\n\n"
      "The data protection authority today fined an online shop for tracking its customers "
      "without asking them first.\n\n"
      "The authority found that the shop uses cookies to follow its customers across other "
      "sites, which the law forbids without their consent.\n");
  const char *const *paragraphs = cmq_release_get_paragraphs (release);
  guint n = g_strv_length ((char **) paragraphs);

  g_assert_cmpuint (n, >, 0);
  g_assert_true (g_str_has_prefix (paragraphs[n - 1], "The authority found"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/cookie-notice-at-end", test_cookie_notice_at_end);
  g_test_add_func ("/importer/cookie-story-stays", test_cookie_story_stays);
  return g_test_run ();
}
