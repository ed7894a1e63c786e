/* test-importer-found84.c: a photo's caption saved on the line of the story's first paragraph,
 * before its dateline in capitals (issue 11: heldout23 sso-01, "Wethouder H. VerkampenGEMERT -
 * Stichting …"), glued to it or closed by its credit in brackets, is cut off the paragraph, which
 * opens with the dateline, and kept as a caption; a paragraph whose capitals are not glued to a
 * caption, or whose caption has no credit, is kept whole. A blog's notice of an old post's age
 * over the story ("Ce contenu a 19 ans. Merci de lire cette page en gardant son âge et son
 * contexte en tête.", heldout22 actup-01) is chrome, not the story's first paragraph.
 *
 * Copyright 2026 The Communiqué developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cmq-importer.h"
#include "importer-fixture.h"

#define RELEASE(first)                                                                             \
  "Open letter to the council about the procedure\n\n" first "\n\n"                                \
  "The foundation asks the council to answer its questions before the end of the month.\n"

static void
check_first (const char *text, const char *first)
{
  g_autoptr (CmqRelease) release = import_ok (text);

  g_assert_cmpstr (cmq_release_get_paragraphs (release)[0], ==, first);
}

static void
test_cut (void)
{
  check_first (RELEASE ("Wethouder H. VerkampenGEMERT - Stichting Schoorswinkel en Omgeving (SSO) "
                        "heeft in een open brief aan college en gemeenteraad de verklaringen van "
                        "de wethouder aan de orde gesteld."),
               "GEMERT - Stichting Schoorswinkel en Omgeving (SSO) heeft in een open brief aan "
               "college en gemeenteraad de verklaringen van de wethouder aan de orde gesteld.");
  check_first (RELEASE ("The ministers at the summit. (Photo: Jane Doe) BRUSSELS - The ministers "
                        "of the member states agreed today on a new plan for the region and its "
                        "people."),
               "BRUSSELS - The ministers of the member states agreed today on a new plan for the "
               "region and its people.");
  check_first (RELEASE ("Le ministre à Lyon (Crédit photo : Jean Dupont) LYON, 3 mars 2020 - Le "
                        "ministre a présenté aujourd'hui un nouveau plan pour la région et ses "
                        "habitants."),
               "LYON, 3 mars 2020 - Le ministre a présenté aujourd'hui un nouveau plan pour la "
               "région et ses habitants.");
}

static void
test_kept (void)
{
  const char *const whole[] = {
    /* capitals after a space, no credit: nothing tells a caption */
    "The ministers at the summit BRUSSELS - The ministers of the member states agreed today on a "
    "new plan for the region and its people.",
    /* a name in capitals inside a sentence, no dash set apart after it */
    "The ministers met the head of UNESCO in Paris and agreed today on a new plan for the region "
    "and its people.",
    /* too little after the capitals to be the story's paragraph */
    "The ministers at the summitBRUSSELS - The plan for the region.",
  };

  for (guint k = 0; k < G_N_ELEMENTS (whole); k++)
    {
      g_autofree char *text = g_strdup_printf (RELEASE ("%s"), whole[k]);

      check_first (text, whole[k]);
    }
}

static void
test_age_notice (void)
{
  const char *const notices[] = {
    "Ce contenu a 19 ans. Merci de lire cette page en gardant son âge et son contexte en tête.",
    "This content is 12 years old. Please read this page keeping its age and context in mind.",
  };
  const char *first = "The foundation asks the council to answer its questions before the end of "
                      "the month and to publish them.";

  for (guint k = 0; k < G_N_ELEMENTS (notices); k++)
    {
      g_autofree char *text = g_strdup_printf ("%s\n\n%s\n\n%s\n", notices[k], first,
                                               "The council has not answered the letter yet, "
                                               "and the foundation will write again.");

      check_first (text, first);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/importer/found84/cut", test_cut);
  g_test_add_func ("/importer/found84/kept", test_kept);
  g_test_add_func ("/importer/found84/age-notice", test_age_notice);
  return g_test_run ();
}
