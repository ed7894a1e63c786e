/* test-importer-found29.c: the importer on synthetic pages that carry what issue 11's headline
 * misses showed (heldout7 amnesty-03): a media advisory's head, the page's kind and date line,
 * the headline, a subtitle, then the advisory's fields ("WHEN: …", "WHERE: …") over the story.
 * The fields are never the headline, and the headline is the line under the kind and date line,
 * not its subtitle. And the web-interface lexicon's guard: a headline's sentence with one
 * interface word after a dash ("… - Newsletter") is no link to a person's or topic's page.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cmq-importer.h"
#include "importer-fixture.h"

#define KIND_DATE "Press release Germany 04 November 2013"
#define HEADLINE  "Photo opportunity: Human rights into the coalition agreement"
#define SUBTITLE  "Action on the coalition talks"
#define STORY                                                                                      \
  "PICTURE 1: Members of the organisation will stand in front of the embassy with banners and "    \
  "a bus, to ask the negotiating parties to write human rights into the coalition agreement.\n\n"  \
  "The new government must make human rights a central part of the agreement, the organisation "   \
  "said on Monday in a statement to the press.\n"

/* The advisory's fields, in English, French and German, and none. */
static const char *const fields[] = {
  "WHEN: Tuesday, 5 November 2013, 8:20-10:15\n\n"
  "WHERE: In front of the regional office, 21 Main Street, Berlin\n\n",
  "QUAND : mardi 5 novembre 2013, 8h20\n\n"
  "OÙ : Devant la représentation régionale, 21 rue Principale, Berlin\n\n",
  "WANN: Dienstag, 5. November 2013, 8:20-10:15 Uhr\n\n"
  "WO: An der Landesvertretung, Hauptstraße 21, 10117 Berlin\n\n",
  "",
};

/* The kind and date line, the headline, its subtitle, the fields, the story: the headline is
 * the title, with the fields or without. */
static void
test_advisory_head (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *text =
          g_strconcat (KIND_DATE "\n\n" HEADLINE "\n\n" SUBTITLE "\n\n", fields[i], STORY, NULL);

      assert_import_field (text, title, HEADLINE);
    }
}

/* The fields alone under the headline leave it the headline; so does the kind and date line
 * right over it. */
static void
test_headline_kept (void)
{
  g_autofree char *alone = g_strconcat (HEADLINE "\n\n", fields[0], STORY, NULL);
  g_autofree char *under = g_strconcat (KIND_DATE "\n\n" HEADLINE "\n\n" STORY, NULL);

  assert_import_field (alone, title, HEADLINE);
  assert_import_field (under, title, HEADLINE);
}

/* A headline of more words than a name before a dash and one interface word stays the headline;
 * a name and one word (heldout9 banque-france-02's "François Villeroy de Galhau – Interventions")
 * is still a link, never the headline. */
static void
test_interface_word_after_dash (void)
{
  static const char *const headlines[] = {
    "Ministers agree on the new defence budget - Newsletter",
    "Council adopts conclusions on migration – Accessibility",
    "Les ministres adoptent le budget de la défense – Contact",
  };
  g_autofree char *link = g_strconcat ("Jean Dupont - Speeches\n\n" STORY, NULL);
  g_autoptr (CmqRelease) release = import_ok (link);

  for (guint i = 0; i < G_N_ELEMENTS (headlines); i++)
    {
      g_autofree char *text = g_strconcat (headlines[i], "\n\n" STORY, NULL);

      assert_import_field (text, title, headlines[i]);
    }
  g_assert_cmpstr (cmq_release_get_title (release), !=, "Jean Dupont - Speeches");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer-found29/advisory-head", test_advisory_head);
  g_test_add_func ("/importer-found29/headline-kept", test_headline_kept);
  g_test_add_func ("/importer-found29/interface-word-after-dash", test_interface_word_after_dash);
  return g_test_run ();
}
