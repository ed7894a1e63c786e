/* test-importer-found202.c: a wire's footer that disclaims the text it closes names its kind
 * ("OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES
 * AUSSENDERS", issue 11: heldout32 tonkuenstler-01), in German, English and French, when the
 * page names none above it. A footer that disclaims nothing, or a kind inside the story, says no
 * kind; a kind the headline names stands.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

/* A release without a kind above its story, then @footer as the dump's last line. */
static char *
release_with_footer (const char *headline, const char *footer)
{
  return g_strconcat (headline,
                      "\n\nThe orchestra presented its programme for the coming season today. "
                      "Its new conductor will open it with a commissioned work.\n\n"
                      "The season runs from September to June, with four symphonies.\n\n"
                      "Contact:\n\nJulia Doe\nT: +43 2742 90 80 70\n\n",
                      footer, "\n", NULL);
}

static void
test_footer_kind (void)
{
  const char *footers[] = {
    "OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES "
    "AUSSENDERS | NEF0001",
    "The issuer is solely responsible for the content of this press release.",
    "Le contenu de ce communiqué de presse relève de la seule responsabilité de l'émetteur.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (footers); i++)
    {
      g_autofree char *text =
          release_with_footer ("New conductor presents his first season", footers[i]);

      assert_import_field (text, kind, "press release");
    }
}

/* a footer that disclaims nothing names no kind of the text ("All press releases"), nor does a
 * disclaimer that names no kind */
static void
test_no_disclaimer (void)
{
  g_autofree char *links = release_with_footer ("New conductor presents his first season",
                                                "Back to the press release list");
  g_autofree char *kindless = release_with_footer (
      "New conductor presents his first season",
      "Der Absender trägt die alleinige inhaltliche Verantwortung für diesen Text.");

  assert_import_field (links, kind, NULL);
  assert_import_field (kindless, kind, NULL);
}

/* the headline's kind stands over the footer's */
static void
test_headline_kind (void)
{
  g_autofree char *text = release_with_footer (
      "Statement by the orchestra on its new conductor",
      "OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES "
      "AUSSENDERS | NEF0001");

  assert_import_field (text, kind, "statement");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found202/footer-kind", test_footer_kind);
  g_test_add_func ("/importer/found202/no-disclaimer", test_no_disclaimer);
  g_test_add_func ("/importer/found202/headline-kind", test_headline_kind);
  return g_test_run ();
}
