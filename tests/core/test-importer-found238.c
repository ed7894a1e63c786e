/* test-importer-found238.c: a credit or source line that says the page's picture or text is a
 * press release's ("Crédits(c)Communiqué de presse parc zoologique de paris - …", issue 11:
 * heldout30 parczoo-01) gives a repost with no kind label the kind press release, in French,
 * English and German, inside the story or after it. A credit that names a photographer, a source
 * that names a news agency, and the words in a sentence give none; a label's kind stands.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

/* A reposted release with no label, @credit after its first paragraph. */
static char *
repost (const char *credit)
{
  return g_strconcat ("A sea lion pup is born at the zoo\n\n"
                      "The zoo is pleased to announce more than 130 births since the start of the "
                      "year.\n\n",
                      credit,
                      "\n\nThe young female weighed 12.8 kilograms at birth and now joins the "
                      "other sea lions of the park.\n",
                      NULL);
}

static void
test_credit_kind (void)
{
  const char *credits[] = {
    "Crédits(c)Communiqué de presse parc zoologique de paris - La jeune femelle otarie a 1 mois",
    "Crédit photo : communiqué de presse du Parc zoologique",
    "Photo: press release of the City Zoo",
    "Foto: Pressemitteilung Zoo Berlin",
    "Source : communiqué de presse de la préfecture",
  };

  for (guint i = 0; i < G_N_ELEMENTS (credits); i++)
    {
      g_autofree char *text = repost (credits[i]);

      assert_import_field (text, kind, "press release");
    }
}

static void
test_no_credit_kind (void)
{
  const char *lines[] = {
    "Photo: Marie Dupont / City Zoo",
    "Source: News agency reports",
    "Crédits : Agence France-Presse",
    "Photo press releases are published every week by the zoo's office.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree char *text = repost (lines[i]);

      assert_import_field (text, kind, NULL);
    }
}

/* a label's kind stands over the credit's */
static void
test_label_stands (void)
{
  g_autofree char *body = repost ("Photo: press release of the City Zoo");
  g_autofree char *text = g_strconcat ("Statement\n\n", body, NULL);

  assert_import_field (text, kind, "statement");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found238/credit-kind", test_credit_kind);
  g_test_add_func ("/importer/found238/no-credit-kind", test_no_credit_kind);
  g_test_add_func ("/importer/found238/label-stands", test_label_stands);
  return g_test_run ();
}
