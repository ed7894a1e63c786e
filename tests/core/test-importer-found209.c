/* test-importer-found209.c: a wire's or a site's metadata fields above the story ("Industry:
 * Environment", "Author:", "Rubrique : Société", "Schlagwörter: …", issue 11: heldout34
 * nationaltrust-01) are never the title: the headline above them is, and the story starts under
 * them, in English, French and German. A headline that a colon cuts is still the headline.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

static void
test_fields_under_headline (void)
{
  const char *cases[][3] = {
    { "Trust appeal in bid to break one million", "Author:\nIndustry: Environment",
      "The Trust has announced that four famous people have joined its appeal to buy a stretch "
      "of the coast." },
    { "La fondation lance un appel pour la côte", "Auteur :\nRubrique : Environnement",
      "La fondation a annoncé que quatre personnalités ont rejoint son appel pour acheter une "
      "partie de la côte." },
    { "Stiftung startet Aufruf für die Küste", "Kategorie: Umwelt\nSchlagwörter: Küste, Natur",
      "Die Stiftung hat bekannt gegeben, dass sich vier bekannte Menschen ihrem Aufruf zum Kauf "
      "der Küste angeschlossen haben." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (
          cases[i][0], "\n\n", cases[i][1], "\n\n", cases[i][2],
          "\n\nThe appeal was launched in late June, the Trust said in a statement.\n", NULL);
      g_autoptr (CmqRelease) release = import_ok (text);

      g_assert_cmpstr (cmq_release_get_title (release), ==, cases[i][0]);
      g_assert_cmpstr (first_paragraph (release), ==, cases[i][2]);
    }
}

/* a headline cut by a colon, its first part not a metadata label, stays the headline */
static void
test_colon_headline (void)
{
  assert_import_field ("Climate: the ministry sets out its plan\n\nThe ministry has set out its "
                       "plan for the climate in a statement published on Monday.\n\nThe plan "
                       "will be debated in parliament next month, the minister said.\n",
                       title, "Climate: the ministry sets out its plan");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found209/fields-under-headline", test_fields_under_headline);
  g_test_add_func ("/importer/found209/colon-headline", test_colon_headline);
  return g_test_run ();
}
