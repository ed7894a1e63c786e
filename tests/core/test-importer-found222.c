/* test-importer-found222.c: a heading of the story without a full stop, between two of its
 * paragraphs, is kept as a subheading (heldout35 fhf-01, fnsea-02): one opening with an article
 * and naming a body in capitals ("La résolution du Conseil d'Administration de la Fédération
 * Hospitalière de France"), after a paragraph that ends on a quotation's closing mark, with
 * single newlines between paragraphs; one in square brackets, as a speech's transcript heads its
 * parts ("[Dire la vérité]"); in French and English. A caption that names a picture's people
 * from a name, and a bracketed picture's marker, are still no story.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define BEFORE_FR                                                                                      \
  "Dans un communiqué, le directeur général du centre hospitalier adresse ses premières pensées " \
  "aux victimes et tient à rappeler l'attachement des hospitaliers \"aux principes de la "            \
  "République, Liberté, Egalité, Fraternité\"\n"
#define AFTER_FR                                                                                    \
  "\nLe 23 mars, lors de son Conseil d'Administration, la fédération a tenu à exprimer sa plus " \
  "profonde tristesse devant les actes qui ont frappé la Belgique.\n"                              \
  "Les hospitaliers publics sont plus que jamais aux côtés de leurs amis belges et de leurs "     \
  "services de santé.\n"
#define BEFORE_EN                                                                                  \
  "In a statement, the hospital's director general sends his first thoughts to the victims and "   \
  "recalls the staff's attachment \"to the principles of the Republic, Liberty, Equality, "        \
  "Fraternity\".\n"
#define AFTER_EN                                                                                   \
  "\nOn 23 March, at its Board meeting, the federation expressed its deepest sorrow at the acts "  \
  "that struck Belgium and its hospitals.\n"                                                       \
  "Public hospital staff stand more than ever beside their Belgian friends and their health "      \
  "services.\n"

/* @text's paragraph @heading is kept, and as a subheading. */
static void
assert_subheading (const char *text, const char *heading)
{
  g_autoptr (CmqRelease) release = import_ok (text);
  const char *const *paragraphs = cmq_release_get_paragraphs (release);
  guint n = 0;
  const guint *subheadings = cmq_release_get_subheadings (release, &n);
  gboolean found = FALSE;

  for (guint i = 0; i < n; i++)
    found = found || g_strcmp0 (paragraphs[subheadings[i]], heading) == 0;
  g_assert_true (has_paragraph (release, heading));
  g_assert_true (found);
}

static void
test_named_body_heading (void)
{
  assert_subheading (BEFORE_FR "La résolution du Conseil d'Administration de la Fédération "
                               "Hospitalière de France" AFTER_FR,
                     "La résolution du Conseil d'Administration de la Fédération Hospitalière de "
                     "France");
  assert_subheading (BEFORE_EN "The resolution of the Board of the French Hospital Federation "
                               "in Paris" AFTER_EN,
                     "The resolution of the Board of the French Hospital Federation in Paris");
}

static void
test_bracketed_heading (void)
{
  assert_subheading (BEFORE_FR "[Dire la vérité]" AFTER_FR, "[Dire la vérité]");
  assert_subheading (BEFORE_EN "[Telling the truth]" AFTER_EN, "[Telling the truth]");
}

static void
test_captions_stay_out (void)
{
  g_autoptr (CmqRelease) caption = NULL;
  g_autoptr (CmqRelease) marker = NULL;

  /* a picture's people and event, named from a name, in capitals: a caption, no story */
  caption = import_ok (BEFORE_EN "Pre-ministerial press conference by NATO Secretary General "
                                 "Jens Stoltenberg" AFTER_EN);
  g_assert_false (has_paragraph (
      caption, "Pre-ministerial press conference by NATO Secretary General Jens Stoltenberg"));
  /* a picture's marker in brackets, with its figure */
  marker = import_ok (BEFORE_EN "[Image 2]" AFTER_EN);
  g_assert_false (has_paragraph (marker, "[Image 2]"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found222/named-body-heading", test_named_body_heading);
  g_test_add_func ("/importer/found222/bracketed-heading", test_bracketed_heading);
  g_test_add_func ("/importer/found222/captions-stay-out", test_captions_stay_out);
  return g_test_run ();
}
